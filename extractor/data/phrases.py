"""Phrases of the rule data as regexes. A phrase is words separated by spaces (any run of spaces
in the text), with alternatives in parentheses: "(could not|couldn't) (go on|continue)". An empty
alternative makes its group optional, with the space that separates it: "was (far|much|) too good for"
reads "was too good for" and "was far too good for". Every other character is literal."""

from __future__ import annotations

import re
from typing import Iterable


def phrase_regex(phrase: str) -> str:
    """``"(called|calls) it a day"`` -> ``(?:called|calls)\\s+it\\s+a\\s+day``."""
    out: list[str] = []
    i = 0
    while i < len(phrase):
        c = phrase[i]
        if c == "(":
            depth, j = 1, i + 1
            while depth:
                if j >= len(phrase):
                    raise ValueError(f"unbalanced parenthesis in phrase {phrase!r}")
                depth += {"(": 1, ")": -1}.get(phrase[j], 0)
                j += 1
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


def phrases_alternation(phrases: Iterable[str]) -> str:
    """``(?:p1|p2|...)``, longest phrase first; ``(?!)`` (never matches) when there are none."""
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "(?:" + "|".join(phrase_regex(p) for p in ordered) + ")" if ordered else "(?!)"
