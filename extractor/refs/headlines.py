"""Names in a Title Case headline or subheading, where every word is capitalised and a name runs
into the words around it ("Keys Battles Past Kasatkina", "As Paul Powers Into"). The candidates
stage reads such a line once the story's names are known (extractor/refs/candidates.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from extractor.refs.names import Candidate
from extractor.text import plain as T

RE_WORD = re.compile(r"\S+")


def headline_names(
    text: str,
    spans: list[tuple[int, int]],
    found: list[Candidate],
    surname_keys: Callable[[str], tuple[str, ...]],
    player_index: Mapping,
) -> list[Candidate]:
    """The names in the headline ``spans``: only the words that name a person of the story (a full
    name among ``found``, one of its ``surname_keys``) or a listed player (``player_index``)."""
    known: dict[str, Candidate] = {}
    for c in found:
        for key in (T.fold_chars(c.name), *surname_keys(c.name)):
            known.setdefault(key, c)
    out: list[Candidate] = []
    for start, end in spans:
        words = [(start + m.start(), start + m.end()) for m in RE_WORD.finditer(text[start:end])]
        i = 0
        while i < len(words):
            for j in range(len(words), i, -1):
                a, b = words[i][0], words[j - 1][1]
                key = T.fold_chars(text[a:b])
                person = known.get(key)
                if person is not None or (j - i > 1 and player_index.get(T.fold(text[a:b]))):
                    role = person.role if person is not None else None
                    out.append(Candidate(a, b, text[a:b], "headline", role=role))
                    i = j
                    break
            else:
                i += 1
    return out
