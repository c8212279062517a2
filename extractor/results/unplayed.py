"""The frames of matches not played out (a withdrawal, a retirement, a walkover) over masked sentences,
written from the slots of ``extractor.results.fillers`` and the phrases of result_words.jsonl."""

from __future__ import annotations

from extractor.results.fillers import NOT_POSSESSOR, NR, PRE_LOSER, PRE_NAME, TEAM, R, S
from extractor.results.kinds import FrameKind

# What gives its subject a walkover: "received", "was handed", "via", "thanks to"
WALKOVER_HOLDER = (
    r"received|receives|was\s+handed|was\s+given|was\s+awarded|got|gets|took|collected|accepted|benefited\s+from"
    r"|via|on|with|after|thanks\s+to|courtesy\s+of"
)


# An apposition or a relative clause between commas after a name: ", the Indian Wells champion, had a less
# happy time,", ", who had won her first-round match on Monday,"
APPOSITION = r"(?:\s*,[^⟨,;.]{1,70},)?"
# What tells that a player's withdrawal let another into the event, not through a match: "came into the
# event as an alternate after L withdrew", "got a place in the draw when L pulled out"
NOT_OPPONENT = r"(?:alternate|replacement|substitute|lucky\s+loser|in\s+place\s+of|draw|field|line-?up|spot)\b"
GAP = rf"(?:(?!{NOT_OPPONENT}){NR})"  # the words between the winner and "when L withdrew"


def walkover_frames(stopped: str, withdrew: str, walkover: str) -> tuple[tuple[FrameKind, str], ...]:
    """Matches not played out: a withdrawal, a retirement, a walkover. ``stopped``, ``withdrew`` and
    ``walkover`` are the phrase alternations of result_words.jsonl (a match stopped part-way; a withdrawal;
    the words of a walkover)."""
    return (
        # "W advanced when L withdrew", "W moved to 2-0 when L retired", "W reached the semi-finals of the
        # Queen's Club Championships without hitting a ball, after L pulled out" (a clause after a comma may
        # stand further on); not "after L's partner retired"
        (
            FrameKind.WALKOVER,
            rf"""
            (?P<w>{R})(?P<wp>{TEAM})(?:{GAP}{{0,80}}?\b|{GAP}{{0,160}}?,\s*)(?:when|after|as|because)\s+
            (?:(?:his|her|their)\s+opponent[^⟨.]{{0,25}}?,?\s*)?{PRE_LOSER}
            (?P<l>{R}){NOT_POSSESSOR}(?P<lp>{TEAM}){NR}{{0,30}}?\b
            (?P<how>{withdrew}|{stopped})
        """,
        ),
        # "W, whose opponent L retired trailing 1-6 0-3", "W, whose quarter-final opponent L withdrew", "W's
        # opponent, L, pulled out": the opponent of W, named, did not play the match out (not W's next or
        # former opponent: a match still to come, or another one)
        (
            FrameKind.WALKOVER,
            rf"""
            (?P<w>{R})(?P<wp>{TEAM})(?:\s*,\s*whose|['’]s?)\s+
            (?!(?:next|former|future|potential|possible|prospective|likely|would-be)\b)(?:[\w'’-]+\s+){{0,2}}?
            opponents?\s*,?\s*{PRE_NAME}(?P<l>{R}){NOT_POSSESSOR}(?P<lp>{TEAM})\s*,?
            (?:(?!\b(?:could|would|may|might|will|should|if)\b){NR}){{0,40}}?\b(?P<how>{withdrew}|{stopped})\b
        """,
        ),
        # "L retired when 6-2 3-0 down to W", "L quit trailing 2-6 1-4 to W", "L retired while trailing W"
        (
            FrameKind.RETIRED_TO,
            rf"""
            (?P<l>{R})(?P<lp>{TEAM}){APPOSITION}{NR}{{0,40}}?\b{stopped}\b
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
        # "W received a walkover from L", "W reached the final via a walkover from L", "W was handed a walkover
        # into the semi-finals by L"
        (
            FrameKind.WALKOVER_FROM,
            rf"""
            (?P<w>{R})(?P<wp>{TEAM}){NR}{{0,60}}?\b(?:{WALKOVER_HOLDER})\s+a\s+walkover
            (?:\s+(?:into|in|to|for)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){{0,2}}?)?    # "into the semi-finals"
            \s+(?:from|against|over|by)\s+{PRE_NAME}(?P<l>{R})(?P<lp>{TEAM})
        """,
        ),
        # "L gave W a walkover into the final", "L, injured, handed W a walkover"
        (
            FrameKind.WALKOVER_FROM,
            rf"""
            (?P<l>{R})(?P<lp>{TEAM}){NR}{{0,40}}?\b(?P<v>gave|gives|handed|hands|granted|grants|conceded
              |concedes)\s+{PRE_NAME}(?P<w>{R})(?P<wp>{TEAM})\s+a\s+walkover\b
        """,
        ),
        # "L withdrew before the match with an elbow injury, and W went through without hitting a ball"
        (
            FrameKind.WALKOVER,
            rf"""
            (?P<l>{R})(?P<lp>{TEAM}){NR}{{0,40}}?\b(?P<how>{withdrew})\b{NR}{{0,100}}?,?\s+and\s+(?:then\s+)?{PRE_NAME}
            (?P<w>{R})(?P<wp>{TEAM}){NR}{{0,80}}?\b(?:{walkover})
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
