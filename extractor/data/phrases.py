"""Phrases of the rule data as regexes. A phrase is words separated by spaces (any run of spaces
in the text), with alternatives in parentheses: "(could not|couldn't) (go on|continue)". An empty
alternative makes its group optional, with the space that separates it: "was (far|much|) too good for"
reads "was too good for" and "was far too good for". Every other character is literal."""

from __future__ import annotations

import re
from typing import Iterable

from extractor.text import plain as T


def _group_end(phrase: str, i: int) -> int:
    """The index just past the parenthesis that closes the one at ``i``."""
    depth, j = 1, i + 1
    while depth:
        if j >= len(phrase):
            raise ValueError(f"unbalanced parenthesis in phrase {phrase!r}")
        depth += {"(": 1, ")": -1}.get(phrase[j], 0)
        j += 1
    return j


def phrase_regex(phrase: str) -> str:
    """``"(called|calls) it a day"`` -> ``(?:called|calls)\\s+it\\s+a\\s+day``."""
    out: list[str] = []
    i = 0
    while i < len(phrase):
        c = phrase[i]
        if c == "(":
            j = _group_end(phrase, i)
            alts = _alternatives(phrase[i + 1 : j - 1])
            group = "(?:" + "|".join(phrase_regex(alt) for alt in alts if alt) + ")"
            if all(alts):
                out.append(group)
            elif out and out[-1] == r"\s+":  # "was (far|) too": the space before goes with the group
                out[-1] = rf"(?:\s+{group})?"
            else:  # "(far|) too" at the start: the space after goes with it
                while j < len(phrase) and phrase[j].isspace():
                    j += 1
                out.append(rf"(?:{group}\s+)?" if j < len(phrase) else f"{group}?")
            i = j
        elif c.isspace():
            while i < len(phrase) and phrase[i].isspace():
                i += 1
            out.append(r"\s+")
        else:
            j = i
            while j < len(phrase) and phrase[j] not in "( \t":
                j += 1
            out.append(re.escape(phrase[i:j]))
            i = j
    return "".join(out)


def phrase_texts(phrase: str) -> list[str]:
    """Every text a phrase stands for, its alternatives spelt out: ``"(won|beat) (him|her)"`` ->
    ``["won him", "won her", "beat him", "beat her"]`` (words separated by one space)."""
    out = [""]
    i = 0
    while i < len(phrase):
        c = phrase[i]
        if c == "(":
            j = _group_end(phrase, i)
            alts = [t for alt in _alternatives(phrase[i + 1 : j - 1]) for t in phrase_texts(alt)]
            out = [o + a for o in out for a in alts]
            i = j
        else:
            j = i
            while j < len(phrase) and phrase[j] != "(":
                j += 1
            out = [o + phrase[i:j] for o in out]
            i = j
    return [" ".join(t.split()) for t in out]


def phrases_trie(phrases: Iterable[str]) -> str:
    """A regex that matches the same texts as ``phrases_alternation(phrases)``, written as a trie of
    their spelt-out texts (``phrase_texts``; text/tries.trie_alternation): a search tries one branch per
    letter instead of every phrase at every position. Of two texts one of which begins the other, the
    longer is tried first, as ``phrases_alternation`` does; ``(?!)`` when there are none."""
    return T.trie_alternation({t for p in phrases for t in phrase_texts(p)})


def _alternatives(inner: str) -> list[str]:
    """Split on the top-level ``|`` of a parenthesised group."""
    parts, depth, start = [], 0, 0
    for k, c in enumerate(inner):
        depth += {"(": 1, ")": -1}.get(c, 0)
        if c == "|" and depth == 0:
            parts.append(inner[start:k])
            start = k + 1
    parts.append(inner[start:])
    return parts


def phrases_alternation(phrases: Iterable[str], *, before_last: str = "") -> str:
    """``(?:p1|p2|...)``, longest phrase first; ``(?!)`` (never matches) when there are none.
    ``before_last``: a regex allowed before each phrase's last word or group ("defeat (6-3 6-4) to")."""
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    if not ordered:
        return "(?!)"
    if not before_last:
        return "(?:" + "|".join(phrase_regex(p) for p in ordered) + ")"
    parts = [split_last(p) for p in ordered]
    return (
        "(?:"
        + "|".join(rf"{phrase_regex(h)}\s+{before_last}{phrase_regex(t)}" if h else phrase_regex(t) for h, t in parts)
        + ")"
    )


def split_last(phrase: str) -> tuple[str, str]:
    """The phrase cut at its last top-level space: ``"(loss|defeat) (to|by)"`` -> ``("(loss|defeat)", "(to|by)")``."""
    depth = 0
    for k in range(len(phrase) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(phrase[k], 0)
        if phrase[k].isspace() and depth == 0:
            return phrase[:k].rstrip(), phrase[k + 1 :]
    return "", phrase


def first_reading(phrase: str) -> str:
    """The phrase as text, each group read as its first alternative: ``"(was|proved) (far|) too good
    for"`` -> ``"was far too good for"`` (for tests and examples)."""
    out, i = [], 0
    while i < len(phrase):
        if phrase[i] == "(":
            depth, j = 1, i + 1
            while depth:
                depth += {"(": 1, ")": -1}.get(phrase[j], 0)
                j += 1
            out.append(first_reading(_alternatives(phrase[i + 1 : j - 1])[0]))
            i = j
        else:
            out.append(phrase[i])
            i += 1
    return " ".join("".join(out).split())
