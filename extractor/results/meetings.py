"""One earlier meeting of two players told from one side ("W had won their only previous meeting",
"L lost the first meeting between the two"): a result whose other side is the opponent the story
has just set the player against, found once the sentence's own results are known."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.results.masking import Masked
from extractor.results.placeholders import RE_REF, REF

# The one-sided statement of a single earlier meeting, after its player (the nearest reference before it):
RE_ONE_MEETING = re.compile(
    rf"(?P<side>{REF})(?:[^⟨]{{0,120}}?)\b(?:had\s+|has\s+)?"
    r"(?P<verb>won|took|claimed|lost|dropped)\s+"  # the side's outcome, told in the past
    r"(?:"
    r"their\s+(?:only|first|last|lone|sole|most\s+recent|previous|one)\b"  # "their only previous meeting"
    r"|the\s+(?:only|first|last|lone|sole|most\s+recent|previous|one)\b(?=[^⟨.;]{0,30}?\b(?:between|against|with)\b)"
    r")"  # "the first meeting between the two": the determiner needs the pair named after the noun
    r"(?:\s+(?:previous|prior|earlier|other|career|tour-level))?"  # "only previous", "first career"
    r"\s+(?:meeting|encounter|clash|head-to-head\s+meeting)\b"  # a meeting, never a set or a match of a tie
    rf"(?:\s+(?:between\s+(?:the\s+two|them|the\s+pair)|(?:against|with)\s+(?P<other>{REF})))?",
    re.IGNORECASE,
)
RE_WON = re.compile(r"(?i:won|took|claimed)")
# An earlier meeting told as a hope, a condition or a record of several is no result
RE_NOT_TOLD = re.compile(r"\b(?:if|unless|hopes?|hoping|would|will|could|might|should|can)\b", re.IGNORECASE)


@dataclass(frozen=True)
class OneMeeting:
    """A player's outcome in one earlier meeting; ``other`` when the sentence names the opponent."""

    side: str
    won: bool
    other: str | None
    sentence: tuple[int, int]


def one_meeting(masked: Masked, span: tuple[int, int]) -> OneMeeting | None:
    m = RE_ONE_MEETING.search(masked.text)
    if m is None or RE_NOT_TOLD.search(masked.text, 0, m.start("verb")):
        return None
    # the side is the last player named before the verb ("W, a qualifier who beat X, had won ...")
    other = masked.refs[int(RE_REF.fullmatch(m.group("other")).group(1))].key if m.group("other") else None
    key = masked.refs[int(RE_REF.fullmatch(m.group("side")).group(1))].key
    return OneMeeting(key, RE_WON.fullmatch(m.group("verb")) is not None, other, span)


def meeting_sides(meeting: OneMeeting, told: list[tuple[str, str, tuple[int, int]]]) -> tuple[str, str] | None:
    """(winner, loser) of the meeting: the opponent named, else the one the story last set the player
    against in a result stated before this sentence (``told``: winner, loser, sentence of each result)."""
    other = meeting.other
    if other is None:
        before = [
            (s, w if l == meeting.side else l)
            for w, l, s in told
            if meeting.side in (w, l) and s[0] < meeting.sentence[0]
        ]
        if not before:
            return None
        other = max(before)[1]
    if other == meeting.side:
        return None
    return (meeting.side, other) if meeting.won else (other, meeting.side)
