"""The patterns beside the result frames over masked sentences: one side of a result ("W won 6-3 6-4", "L was
beaten"), results joined to one already read ("... and a victory over L2", "beat three seeds: L, L2 and L3"), a
name in object position, a sentence that only gives a score, a result told a sentence later."""

from __future__ import annotations

from extractor.results.fillers import NOT_POSSESSOR, NR, PRE_LOSER, PRE_PREP_OBJECT, SEEDISH, TEAM, R, S
from extractor.results.patterns import NOUN_DET, NOUN_WORD


def another_win_pattern(win_noun: str) -> str:
    """ "W's route included a 6-3 6-4 win over L in the semi-final and a quarter-final victory over L2": another
    noun of winning joined by "and" to a result already read (right after it) shares its winner."""
    return rf"""{NR}{{0,60}}?,?\s+and\s+(?:then\s+|also\s+)?
        (?P<np>(?:a|an|his|her|their|another)\s+(?:{NOUN_WORD}){{0,4}}?(?:{win_noun}))\s+{PRE_LOSER}
        (?P<l>{R}){NOT_POSSESSOR}(?P<lp>{TEAM})
    """


def loser_list_pattern(win: str, win_noun: str) -> str:
    """ "W beat three seeds: L, L2 and L3", "W's wins over three former champions: L in the second round, L2 ...",
    "W beat several top-20 players, including L and L2": a verb or noun of winning whose object is a class of
    players, then the players it names, listed after a colon, a dash or "including" (coordinated.listed_after)."""
    return rf"""
        (?P<w>{R})(?P<wp>{TEAM}){SEEDISH}{NR}{{0,150}}?
        \b(?:(?P<verb>{win})(?!\w)|(?:{win_noun}))\s+                       # "beat", "wins over"
        (?:[\w'’-]+\s+){{0,11}}?[\w'’-]+                                     # "three seeds", "several top-20 players"
        (?:\s*:\s*|\s*,?\s+including\s+|\s+[\u2013\u2014]\s+)                  # ":", ", including", " — "
    """


def winner_only_pattern(holder: str, win_word: str) -> str:
    """One side only, completed by the rest of the article: "W won 6-3 6-4"; "W raced to a 6-2 6-1
    victory", "W ran out a 6-4 6-3 winner" (a holder and a noun of winning, ``win_word``, with its score)."""
    return rf"""
        (?P<w>{R})(?P<wp>{TEAM}){NR}{{0,80}}?
        \b(?:won|wins|win|winning|triumphed|triumph|prevailed|prevail|rallied|came\s+through|battled|fought\s+back|recovered|advanced|progressed|reached|booked|moved|sealed|clinched|completed|closed\s+out|wrapped\s+up|needed|served\s+out|serves\s+out|held\s+on|edged|edges|secured
          # "raced to a 6-2 6-1 victory", "took three hours to earn his 4-6 6-3 7-6 win": a scored win
          |(?:{holder})(?=\s+{NOUN_DET}\s+(?:[\w'’-]+\s+){{0,2}}?{S}\s+(?:[\w'’-]+\s+){{0,2}}?(?:{win_word})\b))
        (?:{NR}|{R}['’]s){{0,60}}?(?P<s>{S})          # (across the possessor: "earn ⟨R⟩’s ⟨S⟩ victory")
    """


def loser_only_pattern(passive: str, lose: str) -> str:
    """ "L was beaten" (no "by"), "L lost", "L and L2 went down 2-6 3-6" (no "to"): the loser alone."""
    return rf"""
        (?P<l>{R})(?P<lp>{TEAM}){NR}{{0,30}}?\b
        (?:(?:was|were|is|has\s+been|had\s+been|got)\s+(?:{passive})\b(?!{NR}{{0,40}}?\bby\b)  # "was beaten"
          |(?:{lose}|retired)\b(?!{NR}{{0,50}}?\b(?:to|against)\s+{R}))                   # "lost", "went down"
    """


def team_described_pattern(win: str) -> str:
    """ "The American twins beat L and P 6-3 6-4": a doubles team named by a plural description
    opening the sentence; the team itself is the pair named just before (extractor/stages/scorelines.py)."""
    return rf"""
        # "the Argentine", or a nationality read as one player's description
        ^\s*(?:the\s+(?:(?-i:[A-Z])[\w-]*\s+){{0,2}}|{R}\s+)
        (?:twins|brothers|sisters|pair|duo|couple)\s+
        (?:{NR}{{0,40}}?\s)?(?P<verb>{win})(?!\w)\s*{PRE_LOSER}
        (?P<l>{R})(?P<lp>{TEAM})
    """


def before_object_pattern(win: str, *, prepositions: bool = True) -> str:
    """A name is an object after a verb of winning (across "the top seed, Australia's"), after a
    preposition (but not across a comma: "On his way to the final, Djokovic"), or after a score;
    ``prepositions=False``: the side of a result only, not the object of "with" or "of" ("with X beating
    Y": X is the gerund's subject; "the Swedish pair of X and Y beat")."""
    words = "by|to|over|against|from|with|of" if prepositions else "by|to|over|against"
    preposition = rf"\b(?:{words})\b\s*(?:{PRE_PREP_OBJECT})?"
    return rf"""(?:
        {preposition}
      | \b{win}(?!\w)\s*(?:{PRE_LOSER})?
      | {S}\s*
    )$"""


def score_statement_pattern(statement: str) -> str:
    """A sentence naming no player that gives the score of the result before it: "The score was 6-0
    6-1" (``statement``: the phrases of result_words.jsonl), "The 32-year-old needed 71 minutes to win
    6-3 6-2" (a win whose subject is no reference)."""
    return rf"""^\W*(?:
        {statement}\s*{S}
      | (?:the|a|an)\s+[^⟨.;]{{0,60}}?\b(?:won|win|wins|winning|victory|triumph|prevailed)\b[^⟨.;]{{0,30}}?{S}
    )"""


def later_pattern(words: str, reach: int) -> str:
    """ "L ... quit", "L ... could not play": a player and, within ``reach`` characters of the same
    clause, a word of a result not played out (told in a later sentence than the match)."""
    return rf"(?P<l>{R})[^⟨.;]{{0,{reach}}}?\b(?P<verb>{words})\b"
