"""The frames of a result that name the loser first ("L lost to W", "L was beaten by W", "L's loss to W",
"Having lost to W, L ..."), written from the slots of ``extractor.results.fillers`` and the verb and
result-word alternations of ``extractor.results.patterns.Lexicon``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from extractor.results.fillers import NOT_POSSESSOR, NR, PRE_LOSER, PRE_NAME, SEEDISH, TEAM, R, S
from extractor.results.kinds import FrameKind

if TYPE_CHECKING:
    from extractor.results.patterns import Lexicon

# A part of a match lost or won inside it: "losing the first set to W", "going down a break to W"
PART_OF_MATCH = r"(?:set|break|game|games|point|points|lead|tiebreak|tie-break|tiebreaker)\b"
# Games or points counted after a verb of losing: "lost only seven games to W" is W's opponent's win, "dropped just
# four points" (a final set lost, "lost the final set 4-6 to W", is still the match)
GAMES_COUNTED = (
    r"\s+(?:only\s+|just\s+|a\s+mere\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\s+(?:games|points)\b"
)
# A loss is to its winner "to", "against" or "at the hands of".
LOSS_PREP = r"(?:to|against|at\s+the\s+hands\s+of)"
# Where a participle opening a sentence or clause stands: "Having beaten L, W ..."
CLAUSE_START = r"(?:^|[.;:\u2013\u2014]\s*)\s*"


def defeat_frames(lex: Lexicon) -> tuple[tuple[FrameKind, str], ...]:
    """Frames that name the loser first. A verb of winning after "to" makes it an infinitive
    ("recovered from losing the first set to beat W"), not the loser's opponent."""
    win = lex.win
    return (
        # "L was beaten by W", "the world No 1 stunned by W"
        (
            FrameKind.PASSIVE,
            rf"""
            (?P<l>{R})(?P<lp>{TEAM}){SEEDISH}           # the loser (and partner)
            {NR}{{0,60}}?\b(?P<v>{lex.passive})\s+      # ... beaten
            {NR}{{0,40}}?\bby\s+{PRE_LOSER}             # ... by
            (?P<w>{R}){NOT_POSSESSOR}(?P<wp>{TEAM})     # the winner (and partner)
        """,
        ),
        # "L lost to W", "L fell 2-6 4-6 to W", "L crashed out ... losing to W", "L bowed out at
        # the hands of W", "L was no match for W"
        (
            FrameKind.LOST,
            rf"""
            (?P<l>{R})(?P<lp>{TEAM}){SEEDISH}
            {NR}{{0,60}}?\b
            (?:(?P<v>{lex.lose})\b(?!{GAMES_COUNTED})                        # (not "lost only seven games to")
              {NR}{{0,50}}?\b{LOSS_PREP}                                        # ... lost ... to
              |(?P<v2>{lex.lose_to}))                         # ... was no match for
            \s+(?!{win}(?!\w)){PRE_LOSER}                     # (not "to beat")
            (?P<w>{R}){NOT_POSSESSOR}(?P<wp>{TEAM})
        """,
        ),
        # "L came within two points of the title, going down to W 7-6 3-6 7-5", "L, who came through a tough
        # draw, before losing to W": a participle of losing hangs on the subject of its clause however far
        # before it stands (an object read first is no subject: subjects.gerund_subject); not a set lost
        (
            FrameKind.LOST,
            rf"""
            (?P<l>{R})(?P<lp>{TEAM}){SEEDISH}
            {NR}{{0,200}}?(?:,\s*|\b(?:before|after|then)\s+)(?:\w+ly\s+)?
            (?P<v>{lex.losing})\b(?!\s+(?:[\w-]+\s+){{0,2}}?{PART_OF_MATCH})
            {NR}{{0,50}}?\b{LOSS_PREP}\s+(?!{win}(?!\w)){PRE_LOSER}
            (?P<w>{R}){NOT_POSSESSOR}(?P<wp>{TEAM})
        """,
            rf"(?:,|\b(?:before|after|then))\s+(?:\w+ly\s+)?{lex.losing}\b",
        ),
        # "L had few answers against W, losing 1-6 2-6": a participle of losing after the opponent of the clause
        (
            FrameKind.LOST,
            rf"""
            (?P<l>{R})(?P<lp>{TEAM}){NR}{{0,80}}?\bagainst\s+{PRE_LOSER}(?P<w>{R})(?P<wp>{TEAM})
            {NR}{{0,50}}?,\s*(?P<v>{lex.losing})\s+{S}
        """,
            rf",\s*{lex.losing}\s+{S}",
        ),
        # "L led W by a set but lost 6-4 2-6 3-6": a lead given up, then the loss
        (
            FrameKind.LOST,
            rf"""
            (?P<l>{R})(?P<lp>{TEAM}){NR}{{0,40}}?\b(?:led|was\s+leading|were\s+leading|was\s+ahead\s+of|were\s+ahead\s+of)\s+
            {PRE_NAME}(?P<w>{R})(?P<wp>{TEAM}){NR}{{0,80}}?\b(?:but|before|and)\s+(?:then\s+|eventually\s+|ultimately\s+)?
            (?P<v>lost|losing|went\s+down|going\s+down|fell|falling)\b(?!\s+(?:[\w-]+\s+){{0,2}}?{PART_OF_MATCH})
            (?!\s+the\s+(?:first|second|third|fourth|fifth|opening|next|middle|deciding)\b)    # (a set lost)
        """,
            r"\b(?:led|leading|ahead\s+of)\b",
        ),
        # "L's run ended at the hands of W", "L's hopes were dashed by W", "L's campaign came to an end against W"
        (
            FrameKind.RUN_ENDED,
            rf"""
            (?P<l>{R})(?P<lp>{TEAM})['’]s?\s+(?:[\w-]+\s+){{0,3}}?(?:run|campaign|bid|hopes|challenge|reign|adventure|journey
              |defen[cs]e|interest|streak)\s+{NR}{{0,30}}?\b(?P<v>ended|ends|came\s+to\s+an\s+end|comes\s+to\s+an\s+end
              |(?:was|were|is|are)\s+(?:ended|dashed|halted|snapped|over))\b
            (?:(?!\bby\b){NR}){{0,30}}?\b(?:against|at\s+the\s+hands\s+of|by|with\s+(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?(?:loss|defeat)\s+to)\s+
            {PRE_LOSER}(?P<w>{R}){NOT_POSSESSOR}(?P<wp>{TEAM})
        """,
        ),
        # "L's loss to W", "his defeat to W", "L suffered a 6-2 6-2 defeat by W"
        (
            FrameKind.POSSESSIVE_LOSS,
            rf"""
            (?P<l>{R})(?:['’]s)?
            {NR}{{0,80}}?\b(?:{lex.loss_noun})\s+{PRE_LOSER}  # ... loss (6-3 6-4) to
            (?P<w>{R}){NOT_POSSESSOR}(?P<wp>{TEAM})
        """,
        ),
        # "Having lost to W in the final, L ...", "After being beaten by W, L ..."
        (
            FrameKind.PARTICIPLE_LOST,
            rf"""
            {CLAUSE_START}(?:having|after|since|following)\s+
            (?:(?P<v>{lex.lose})\b{NR}{{0,50}}?\b{LOSS_PREP}
              |(?:been|being)\s+(?P<v2>{lex.passive})\s+{NR}{{0,40}}?\bby)
            \s+{PRE_LOSER}(?P<w>{R})(?P<wp>{TEAM})
            {NR}{{0,100}}?,\s*{PRE_NAME}(?P<l>{R})(?P<lp>{TEAM})
        """,
        ),
    )
