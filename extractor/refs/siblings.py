"""Siblings who share a surname, named with it once: "Karolina and Kristyna Pliskova", "Bob and Mike
Bryan", "the Bryan brothers, Bob and Mike". The first name written alone is the first name of a
player with the surname written once: two players, each with the full name (issue 17, principle 2).
"""

from __future__ import annotations

import re

from extractor.text import plain as T

SIBLING_NOUN = r"(?:brothers|sisters|twins|siblings)"
RE_SIBLING_NOUN = re.compile(rf"\b{SIBLING_NOUN}\b", re.IGNORECASE)
# "X and Y": exactly a conjunction between a lone first name and the next name.
RE_AND = re.compile(r"[ \u00a0]+(?:and|&)[ \u00a0]+$")
# "the Bryan brothers, Bob and Mike": the surname, the sibling noun, then the two first names.
RE_NAMED_AFTER = re.compile(
    rf"\b[Tt]he\s+(?P<surname>[^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’-]*)?)\s+{SIBLING_NOUN}\s*,\s*$"
)


def sibling_surnames(
    text: str,
    spans: list[tuple[int, int]],
    first_names: frozenset[str],
    surnames: frozenset[str],
) -> dict[tuple[int, int], list[str]]:
    """Name sequences (of ``spans``, in text order) that are a sibling's lone first name -> the
    words of the surname it takes. "X and Y Z" gives X the surname Z when X is no known surname and
    is a known first name, is written nowhere else, or the text calls them brothers, sisters or twins; "the Z
    brothers, X and Y" gives both. The family is told by a sibling noun near the pair ("Ilona and
    Marta Zawadzka, the twins") or anywhere with the surname ("the Wennberg brothers")."""
    out: dict[tuple[int, int], list[str]] = {}
    for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
        first = text[s1:e1]
        if " " in first:
            continue
        between = text[e1:s2]
        if RE_AND.fullmatch(" " + between.strip(" \u00a0") + " ") is None or "\n" in between:
            continue
        # "the Bryan brothers, Bob and Mike"
        named = RE_NAMED_AFTER.search(text, max(0, s1 - 60), s1)
        if named and " " not in text[s2:e2]:
            surname = named.group("surname").split()
            out[(s1, e1)] = surname
            out[(s2, e2)] = surname
            continue
        words = text[s2:e2].split()
        if len(words) < 2 or T.fold(first) in surnames:
            continue
        surname = _surname_of(words)
        near = text[max(0, s1 - 80) : e2 + 80]
        if (
            T.fold(first) in first_names
            or RE_SIBLING_NOUN.search(near)
            or _called_siblings(text, surname)
            or _named_once(text, first)
        ):
            out[(s1, e1)] = surname
    return out


def _named_once(text: str, word: str) -> bool:
    """A word the text never writes again: no surname of a player the story follows (a writer who
    names a player by surname alone names them again), so the first name of a sibling."""
    return len(re.findall(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", text)) == 1


def _surname_of(words: list[str]) -> list[str]:
    """The surname of a full name: from its first particle ("de Minaur"), else its last word."""
    for i, w in enumerate(words[1:], 1):
        if w.islower():
            return words[i:]
    return words[-1:]


def _called_siblings(text: str, surname: list[str]) -> bool:
    """ "the Pliskova twins", "the Bryan brothers", "Wennberg sisters" anywhere in the text."""
    return (
        re.search(rf"\b{re.escape(' '.join(surname))}(?:['’]s?)?\s+{SIBLING_NOUN}\b", text, re.IGNORECASE) is not None
    )
