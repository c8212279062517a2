"""The parts rank and seed slots are composed from (extractor/results/rankslots.py): verbs of rank
change, appositions, draw owners, and the words around a rank that make it no current value (a
future, a hope, a past peak, another time).

Composed from the shared rank phrases of extractor/text/lexicon.py, so each phrase is written once.
"""

from __future__ import annotations

import re

from extractor.results.placeholders import REF
from extractor.text.lexicon import (
    ORDINAL,
    RANK_DIGITS,
    RANK_NO,
    RANK_NO_CUE,
    RANK_NUMBER,
    RANK_ORDINAL,
    TOUR_WORD,
)
from extractor.text.plain import ignorecase_lower

R = rf"(?P<r>{REF})"
NO = RANK_NO

CHANGE_VERBS = (
    r"(?:rose|rises|risen|rising|climbed|climbs|climbing|moved|moves|moving|jumped|jumps"
    r"|jumping|soared|soars|returned|returns|"
    r"fell|falls|falling|dropped|drops|dropping|slipped|slips|slipping|slid|slides|stays"
    r"|stayed|remains|remained|sits|sat|"
    r"tumbled|tumbles|plunged|plummeted|dipped|slumped|crashed|"
    r"is\s+now|now\s+sits|re-?entered|climb|rise|drop|fall|slip|move|jump|"
    r"(?:is\s+|are\s+)?(?:up|down)(?=\s+\w+\s+(?:places|spots))"  # "is up 30 spots to No. 24"
    # "is up to No. 198", "is now down to 61st", "now up to 54th"
    r"|(?:is|are|was|now)\s+(?:now\s+)?(?:up|down)(?=\s+to\b))"
)
# "slipped to second"
ORD_RANK = (
    r"(?:(?P<n2>\d{1,4})(?:st|nd|rd|th)\b|(?<=\bto\s)(?P<o>second|third|fourth|fifth|sixth"
    r"|seventh|eighth|ninth|tenth)\b(?![-’']))"
)

# An apposition or relative clause set off by commas after a name, no other player in it (a comma
# inside a place name allowed): ", a 22-year-old from Lyon, France,", ", who is coached by her father,"
APPOSITION = r"(?:\s*,(?:[^⟨;:!?.]|\.(?=,)){1,90}?,)?"
# The head of an apposition up to the word before a second noun: ", the 2022 champion " (then
# "and fourth seed"), ", a junior from Richmond, Va., " (then "and the No. 9 seed").
APPOSITION_HEAD = r"\s*,\s*(?:the|a|an)\s+(?:[^⟨;:!?.]|\.(?=,)){1,60}?"
# One item of an apposition that lists what a player is, no verb or relative in it: "Spanish number
# one", "number one in the world", "the 2022 champion".
APPOSITION_ITEM = (
    r"(?:(?!\b(?:who|whose|which|that|when|after|before|beat|beats|beating|lost|losing|defeated|faces|plays)\b)"
    r"(?:[^⟨,;:.!?]|\.(?=\s*\d))){1,40}?"  # "No. 4 in the world"
)
# The words a rank before a name may hold before it: a nationality or another title ("world No. 5
# Argentine X", "world number one and defending champion X"), never a verb or a preposition ("the
# world No 30 lost to X", "the world No. 1 ranking from X").
RANK_NAME_GAP = (
    r"(?:and\s+)?(?:(?:(?-i:[A-Z])[\w'’-]*"  # a capitalised word: "Argentine", "Spanish"
    r"|defending|reigning|champion|titleholder|seed"  # a second title: "and defending champion"
    rf"|{ORDINAL})\s+){{0,2}}?"  # "and third seed", "and top seed"
)
# The noun a rank adjective may hold before the name: "the 54th-ranked player X", "the world's top-ranked
# woman X".
RANKED_NOUN = r"(?:(?:player|man|woman)\s+)?"
# Not the rank in a draw: "the tournament's top-ranked player X" (its top seed, no world rank).
NOT_DRAW_RANK = "".join(rf"(?<!{owner}{q}s\s)" for owner in ("tournament", "draw", "event", "field") for q in "'’")
# Not one of ranks told respectively: "Sinner and Medvedev, seeded first and third".
NOT_RESPECTIVE = rf"(?!\s+(?:and|or)\s+(?:{ORDINAL}|{RANK_NUMBER})\b)"
# A first name's initial before a surname in a results line: "[1] R. Bopanna (IND) / M. Ebden (AUS)".
INITIAL = r"(?:(?-i:[A-Z])\.\s*(?:(?-i:[A-Z])\.\s*)?)?"
# Between two partners: "X and Y", "X/Y", "X, partnering Y", "X and her partner Y".
PARTNER_JOIN = r"(?:\s*/\s*|\s+(?:and|&)\s+(?:(?:his|her|their)\s+partner\s+)?|\s*,\s*partnering\s+)"
# Whose seed it is: "the tournament's top seed", "the men's fifth seed".
DRAW_OWNER = r"(?:tournament|event|draw|men|women)['’]s\s+"
# Not followed by a player's name: the rank is then that name's ("... and world No. 1 Sabalenka").
NO_NAME_NEXT = rf"(?![\s,]*{REF})"
# Words that make a rank told after them no value in force: a future, a hope, a past peak.
NOT_NOW_WORDS = (
    r"(?:will|would|could|can|may|might|should|expected|set|projected|bid|chance|hopes?|aims?|career|former|peak"
    # "India's highest-ranked player at 98th in the world" is current
    r"|best|highest(?![-\s]ranked)|then|once|formerly|previously)"
)
# A world rank as digits or an ordinal after "ranked": "ranked 54th", "ranked No. 54", "ranked 1,204th", "ranked sixth".
# "ranked No. 54", "ranked world number 54"
RANKED_NO = r"(?:(?:world\s+)?(?:No\.?|[Nn]umber)\s*)?"
RANKED_VALUE = rf"(?:{RANKED_NO}(?P<n>{RANK_DIGITS})(?:st|nd|rd|th)?|(?P<o>(?!top\b){RANK_ORDINAL}))\b"
# Not a rank in another list after "ranked N": a seed, a junior, doubles, college or race ranking, or a
# national one ("ranked fourth in Britain", "in the Netherlands"; not "in the Pepperstone ATP Rankings").
NOT_OTHER_LIST = (
    r"(?!\s*(?:seed|in\s+(?:the\s+)?(?:junior|doubles|college|race"
    r"|(?!World\b)(?-i:[A-Z][a-z]+)\b(?:\s+(?-i:[A-Z][a-z]+)\b)?(?!\s+(?:ATP|WTA|[Rr]ankings?|[Ee]ntry)))))"
)
# One character between a name and its seed, no other player and no word of a seed still to come:
# "will be seeded third", "is expected to be seeded", "could be the top seed".
NOT_FUTURE = r"(?:(?!\b(?:will|would|could|might|may|expected|projected|likely|set\s+to)\b)[^⟨])"
# One character of what stands between a name and a rank told with "at", no other player, no
# sentence break and no word of another time in it: "started the year at", "peaked at", "was at".
NOT_NOW_AT = (
    rf"(?:(?!\b(?:{NOT_NOW_WORDS}|peaked|started|began|begun|entered|ended|finished|was|were|been|reached|hit)\b)"
    r"[^⟨.;])"
)
# An ordinal word (not "top": "ranked top 10" is a band, not a rank): "ranked sixth", "seeded 10th".
ORDINAL_WORD = rf"(?!top\b){RANK_ORDINAL}"
# A rank of another time, told right after it: "ranked 411th in the world 12 months ago", "ranked
# 20th at the time", "back then".
THEN = (
    r"\b(?:ago|at\s+the\s+time|back\s+then|last\s+(?:year|season)(?!['’])|a\s+year\s+earlier"
    r"|in\s+(?:19|20)\d\d)\b"
)
# (a period before a number, "No. 1", is no sentence end)
NOT_THEN = rf"(?!(?:[^⟨.;,]|\.(?=\s*\d)){{0,30}}?{THEN})"
# Right before a rank, a word that makes it one of another time: "a Belgian then ranked 177th",
# "once ranked 9th", "formerly No. 3".
NOT_THEN_BEFORE = r"(?<!\bthen\s)(?<!\bonce\s)(?<!\bformerly\s)(?<!\bpreviously\s)"
# right after a description: "who was the top seed last year" (not "the fourth seed, who won in 2002")
RE_THEN_AFTER = re.compile(rf"\s*{THEN}")

# Words just before a ranking that make it not current (or not a world ranking at all).
RE_NOT_CURRENT = re.compile(
    r"(?:\b(?:former|ex|one-time|onetime|then|career-high|career\s+high|year-end|peak|highest"
    r"|best|a|an|will|would|could|"
    r"become|becomes|becoming|reach|reaches|break|into|top)\s*-?\s*(?:world\s+|WTA\s+|ATP\s+)?|\bthe\s+)$",
    re.IGNORECASE,
)


RE_FUTURE_CHANGE = re.compile(
    r"\b(?:will|would|could|should|set\s+to|expected\s+to|projected\s+to|going\s+to|is\s+to|bid\s+to|chance\s+to)"
    r"\s+(?:(?:also|then|now|soon|\w+ly)\s+)?$",  # "will also move up to 83rd"
    re.I,
)
# Right before a name, a cause still to come of its rank: "the win will lift X to No. 5", "the title
# would see X climb to No. 5", "is set to take X back to No. 1".
RE_CAUSED_LATER = re.compile(
    r"\b(?:will|would|could|should|might|may|can|set\s+to|expected\s+to|projected\s+to|likely\s+to)"
    r"\s+(?:also\s+|then\s+|now\s+)?(?:lift|see|take|send|push|propel|move|put|help|make|return)\s+$",
    re.I,
)
# Two rank slots (extractor/results/rankslots.py) written out here for the length of that module.
# A rank given as a position "at" a number, after the name: "X, at 38 in the rankings,", "X, who sits at
# 112 in the world," (never "X was at 38 in the rankings before ...", nor "could be at 38": NOT_NOW_WORDS)
RE_AT_POSITION = re.compile(
    rf"{R}(?:(?!\b{NOT_NOW_WORDS}\b)[^⟨.;]){{0,30}}?\bat\s+(?P<n>{RANK_DIGITS})\s+in\s+the\s+"
    rf"(?!(?:[\w-]+\s+){{0,2}}(?:doubles|junior|race)\b)(?:world\b|(?:[\w-]+\s+){{0,3}}?[Rr]ankings?\b)"
    rf"{NOT_THEN}(?![^⟨.;]{{0,25}}\b(?:if|before)\b)"
)
# A rank as "the world's Nth-best player": "X, the world's 38th-best player", "X, the 38th best player in
# the world", "X, the WTA's third-best player" (never "the third-best player in the draw")
RE_NTH_BEST = re.compile(
    rf"{R}\s*[,(]\s*(?:currently\s+|now\s+)?the\s+(?:(?P<tour>{TOUR_WORD})\s+)?(?:(?P<n>\d{{1,4}})(?:st|nd|rd|th)"
    rf"|(?P<o>{ORDINAL_WORD}))[-\s]best\s+(?:(?:men|women)['’]s\s+)?(?:player|man|woman)?"
    rf"(?(tour)|\s*in\s+the\s+world\b)"
)

# Where a clause of its own subject starts: "X remains No. 1, while Y ...", "X rises to No. 3, with Y
# slipping to No. 9" (an absolute clause: "with" right before a player).
RE_CLAUSE_BREAK = re.compile(r"\b(?:while|whereas|but|although)\b|;|, and\b|\bwith(?=\s+⟨)", re.I)
RE_CHANGE_VERB = re.compile(rf"\b{CHANGE_VERBS}\b")


# Cues for passing over sentences that no slot can match, over lowercased text (a case-insensitive
# search is several times slower): every slot of rankslots.py holds one of what it needs (its third
# field, found by ``slot_cues`` on the masked sentence), and a sentence holding none of RE_RANK_CUE,
# nor an ordinal with a word of ranking or of rank change, holds none.
RE_RANK_CUE = re.compile(
    r"[(\[]"  # a draw's seed or a rank in brackets: "(3)", "[3]", "(No. 12)", "1. X (ITA)"
    rf"|{RANK_NO_CUE}"  # "No. 5", "number one", "#5"
    r"|rank|seed"  # "ranked", "rankings", "seeded", "top seeds"
    r"|\bat\s+\d{1,4}\s+in\s+the\s+world"  # a bare number as a position: "X, at 88 in the world,"
)
RE_ORDINAL_CUE = re.compile(RANK_ORDINAL)  # "slips to 14th", "fifth in the world rankings"
RE_ORDINAL_CONTEXT = re.compile(
    r"world|atp|wta"  # "fifth in the WTA rankings"
    r"|\b(?:up|down)\b"  # a change verb whose lookahead a blanked quote may satisfy: "is up to"
    rf"|\b{CHANGE_VERBS}\b"  # "slips to 14th" (lowercased, "Rose to 14th" too: a cue may say yes in vain)
)
RE_NO_CUE = re.compile(RANK_NO_CUE)


def may_hold_rank(sentence: str) -> bool:
    """False when no slot can match the sentence once masked (masking only takes text away); True
    too when the sentence does not lower-case safely (``plain.ignorecase_lower``)."""
    lower = ignorecase_lower(sentence)
    if lower is None or RE_RANK_CUE.search(lower):
        return True
    return RE_ORDINAL_CUE.search(lower) is not None and RE_ORDINAL_CONTEXT.search(lower) is not None


def slot_cues(masked: str) -> dict[str, bool]:
    """What a masked sentence holds of what the slots need (the third field of each slot)."""
    lower = masked.lower()
    return {
        "seed": "seed" in lower,
        "change": RE_CHANGE_VERB.search(masked) is not None,
        "ranking": "ranking" in lower,
        "world": "world" in lower or "ranking" in lower or "atp" in lower or "wta" in lower,
        "rank": "rank" in lower,
        "no": RE_NO_CUE.search(lower) is not None,
        "paren": "(" in masked,
        "bracket": "[" in masked,
        "respectively": "respectively" in lower,
    }
