"""The round a result was played in, from the words of its sentences ("in the quarter-finals", "into
the final", "second round" at a Grand Slam), by GOLD.md's conventions."""

from __future__ import annotations

import re

# A win that takes a player into the next round names the round it was played in.
# ("the Davis Cup final", "the Wimbledon semi-finals": the event's name may stand between)
REACHED = (
    r"\b(?:into|reach|reaches|reached|reaching|booked\s+(?:a|his|her|their)\s+place\s+in|made|makes)\s+the\s+"
    r"(?:(?-i:[A-Z])[\w'’-]*\s+){0,4}"
)

ROUNDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"{REACHED}(?:quarter-?finals?|last\s+eight)\b", re.I), "R16"),
    (re.compile(rf"{REACHED}(?:semi-?finals?|last\s+four)\b", re.I), "quarterfinal"),
    (re.compile(rf"{REACHED}final\b(?!\s+set)", re.I), "semifinal"),
    (re.compile(r"\bquarter-?finals?\b|\blast\s+eight\b", re.I), "quarterfinal"),
    (re.compile(r"\bsemi-?finals?\b|\blast\s+four\b", re.I), "semifinal"),
    (re.compile(r"\bfinal\s*:", re.I), "final"),  # "Final: A d. B 6-4 6-4", a results list's heading
    (
        re.compile(
            r"\b(?:the|a|an|[\w]+['’]s)\s+(?:[\w'’-]+\s+){0,3}?final\b(?!\s+(?:set|four|eight|round|game))", re.I
        ),
        "final",
    ),
    (re.compile(r"\b(?:round\s+of\s+16|last\s+16|fourth\s+round|fourth-round)\b", re.I), "R16"),
    (re.compile(r"\b(?:round\s+of\s+32|last\s+32)\b", re.I), "R32"),
    # "in qualifying", "the qualifying final round"; not "qualifier", a player who came through it and now plays
    # the main draw ("the Brazilian qualifier beat the top seed")
    (re.compile(r"\bqualifying\b(?!\s+(?:rounds?\s+)?to\s+(?:reach|make|get|earn|enter)\b)", re.I), "qualifying"),
    (re.compile(r"\bround[-\s]robin\b|\bgroup\s+(?:stage|match|phase)\b", re.I), "group"),
)
SLAM_ROUNDS = {
    "first": "R128",
    "second": "R64",
    "third": "R32",
    "fourth": "R16",
    "opening": "R128",
    "1st": "R128",
    "2nd": "R64",
    "3rd": "R32",
    "4th": "R16",
}
RE_NUMBERED_ROUND = re.compile(r"\b(first|second|third|fourth|opening|1st|2nd|3rd|4th)[-\s]round\b", re.I)


# A word each pattern above holds as written: a sentence without one names no round
RE_ROUND_WORD = re.compile(r"round|quarter|semi|final|eight|four|16|32|qualifying|robin|group", re.I)


def round_of(sentence: str, category: str | None) -> str | None:
    if RE_ROUND_WORD.search(sentence) is None:
        return None
    m = RE_NUMBERED_ROUND.search(sentence)
    if m:
        return SLAM_ROUNDS[m.group(1).lower()] if category == "Grand Slam" else None
    for pattern, name in ROUNDS:
        if pattern.search(sentence):
            return name
    return None
