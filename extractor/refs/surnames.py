"""Bare surnames in folded text, found without compiling a pattern per article.

The players stage links every capitalised occurrence of a surname known in the article to its owner.
The surnames differ from article to article, so one regex of them (``T.phrase_pattern``) would be
compiled afresh for each Doc, which costs more than the search itself. ``phrase_matches`` finds what
that regex finds with ``str.find``: the places where a phrase's first word occurs, then the rest of
the phrase and the word boundaries checked there.
"""

from __future__ import annotations

import bisect
import re
from typing import Iterable, Iterator

from extractor.text import plain as T

RE_WORD_BEFORE = re.compile(r"[\w'-]")  # a phrase starts no word: nothing of a word right before it
RE_WORD_AFTER = re.compile(r"[\w-]")  # and ends one: "lange" is not found in "lange-vogel"
RE_SPACE = re.compile(r"[\s\u00a0]+")  # a run of white space in a phrase matches any run of it


def phrase_matches(folded: str, phrases: Iterable[str], blocks: Iterable[T.Block]) -> Iterator[tuple[int, int, int]]:
    """(block index, start, end) of each phrase in each block of ``folded``, as ``T.phrase_pattern(phrases)
    .finditer(folded, block.start, block.end)`` finds them: whole words, left to right, the longest phrase
    that fits first, no two overlapping. ``phrases`` are words joined by white space (folded with fold_chars)."""
    by_first: dict[str, list[list[str]]] = {}
    for phrase in phrases:
        words = phrase.split()
        if words:
            by_first.setdefault(words[0], []).append(words)
    # Where each first word occurs, looked for once in the whole text (not once per block): (position, word)
    hits = sorted((pos, first) for first in by_first for pos in _occurrences(folded, first))
    for bi, block in enumerate(blocks):
        at: dict[int, list[list[str]]] = {}
        lo, hi = bisect.bisect_left(hits, (block.start,)), bisect.bisect_left(hits, (block.end,))
        for pos, first in hits[lo:hi]:
            if pos + len(first) <= block.end:  # the first word inside the block
                at.setdefault(pos, []).extend(by_first[first])
        for start, end in _in_block(folded, at, block.start, block.end):
            yield bi, start, end


def _occurrences(folded: str, word: str) -> Iterator[int]:
    pos = folded.find(word)
    while pos >= 0:
        yield pos
        pos = folded.find(word, pos + 1)


def _in_block(folded: str, at: dict[int, list[list[str]]], start: int, end: int) -> Iterator[tuple[int, int]]:
    """The phrases standing at the places ``at`` (position -> phrases whose first word is there)."""
    done = start
    for pos in sorted(at):
        if pos < done or (pos > 0 and RE_WORD_BEFORE.match(folded, pos - 1)):
            continue
        ends = [e for words in at[pos] if (e := _match_words(folded, pos, end, words)) is not None]
        if ends:
            done = max(ends)
            yield pos, done


def _match_words(folded: str, pos: int, end: int, words: list[str]) -> int | None:
    """Where ``words`` (white space between them) end when they stand at ``pos``, a whole word, or None."""
    for i, word in enumerate(words):
        if i:
            gap = RE_SPACE.match(folded, pos, end)
            if gap is None:
                return None
            pos = gap.end()
        if not folded.startswith(word, pos, end):
            return None
        pos += len(word)
    if pos < end and RE_WORD_AFTER.match(folded, pos):
        return None
    return pos
