"""The frames of matches not played out (a withdrawal, a retirement, a walkover) over masked sentences,
written from the slots of ``extractor.results.fillers`` and the phrases of result_words.jsonl."""

from __future__ import annotations

from extractor.results.fillers import NR, PRE_LOSER, PRE_NAME, TEAM, R, S
from extractor.results.kinds import FrameKind


def walkover_frames(stopped: str, withdrew: str) -> tuple[tuple[FrameKind, str], ...]:
    """Matches not played out: a withdrawal, a retirement, a walkover. ``stopped`` and ``withdrew``
    are the phrase alternations of result_words.jsonl (a match stopped part-way; a withdrawal)."""
    return (
        # "W advanced when L withdrew", "W moved to 2-0 when L retired"
        (
            FrameKind.WALKOVER,
            rf"""
            (?P<w>{R})(?P<wp>{TEAM}){NR}{{0,80}}?\b(?:when|after|as|because)\s+
            (?:(?:his|her|their)\s+opponent[^⟨.]{{0,25}}?,?\s*)?{PRE_LOSER}
            (?P<l>{R})(?P<lp>{TEAM}){NR}{{0,30}}?\b
            (?P<how>{withdrew}|{stopped})
        """,
        ),
        # "L retired when 6-2 3-0 down to W", "L quit trailing 2-6 1-4 to W", "L retired while trailing W"
        (
            FrameKind.RETIRED_TO,
            rf"""
            (?P<l>{R})(?P<lp>{TEAM}){NR}{{0,40}}?\b{stopped}\b
            {NR}{{0,50}}?\b(?:(?:down|behind|trailing)\s+(?:\(?{S}\)?\s+)?(?:to|against)   # "when 6-2 3-0 down to"
              |(?:while|when|as)\s+(?:trailing|behind|facing|playing|against)              # "while trailing"
              |trailing|against)
            \s+{PRE_NAME}(?P<w>{R})(?P<wp>{TEAM})
        """,
        ),
        # "L pulled out of a charity match with W": a walkover given before the match
        (
            FrameKind.WITHDREW_FROM,
            rf"""
            (?P<l>{R})(?:(?!\b(?:could|would|may|might|will|should|threaten\w*|set|expected|likely|if)\b){NR}){{0,120}}?
            \b(?:pull(?:ed|s)?\s+out\s+of|withdr[ae]w\s+from|withdrawn\s+from)\s+(?:an?|the|their|his|her)\s+
            (?:[\w-]+\s+){{0,3}}?(?:match|clash|encounter|meeting)\s+(?:with|against)\s+{PRE_LOSER}(?P<w>{R})
        """,
        ),
        # "W received a walkover from L"
        (
            FrameKind.WALKOVER_FROM,
            rf"""
            (?P<w>{R}){NR}{{0,40}}?\b(?:received|was\s+handed|was\s+given|got)\s+a\s+walkover\s+(?:from|against|over)\s+(?P<l>{R})
        """,
        ),
        # "L withdrew, handing W a place in the final"
        (
            FrameKind.WITHDREW_GIVING,
            rf"""
            (?P<l>{R})(?P<lp>{TEAM}){NR}{{0,40}}?\b(?:{withdrew}|{stopped}){NR}{{0,60}}?\b(?:handing|giving|sending)\s+
            {PRE_NAME}(?P<w>{R})(?P<wp>{TEAM})
        """,
        ),
    )
