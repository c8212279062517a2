"""Rank and seed slots over masked sentences (player references as ``⟨Rk⟩``): the patterns the
rankings stage (extractor/stages/rankings.py) reads, each with the kind of value it gives, and the
words around a rank that make it no current value.

Composed from the shared rank phrases of extractor/text/lexicon.py, so each phrase is written once.
"""

from __future__ import annotations

import re

from extractor.results.placeholders import REF
from extractor.text.lexicon import (
    ORDINAL,
    RANK_NO,
    RANK_NUMBER,
    number_seed,
    ordinal_seed,
    world_rank,
)

R = rf"(?P<r>{REF})"
NO = RANK_NO

# (pattern, kind); kind None means "seed in a seeded draw, else world" (a bare "No. 5 Agassi").
CHANGE_VERBS = (
    r"(?:rose|rises|risen|rising|climbed|climbs|climbing|moved|moves|moving|jumped|jumps"
    r"|jumping|soared|soars|returned|returns|"
    r"fell|falls|falling|dropped|drops|dropping|slipped|slips|slipping|slid|slides|stays"
    r"|stayed|remains|remained|sits|sat|"
    r"tumbled|tumbles|plunged|plummeted|dipped|slumped|crashed|"
    r"is\s+now|now\s+sits|re-?entered|climb|rise|drop|fall|slip|move|jump)"
)
# "slipped to second"
ORD_RANK = (
    r"(?:(?P<n2>\d{1,4})(?:st|nd|rd|th)\b|(?<=\bto\s)(?P<o>second|third|fourth|fifth|sixth"
    r"|seventh|eighth|ninth|tenth)\b(?![-’']))"
)

PATTERNS: tuple[tuple[re.Pattern[str], str | None], ...] = (
    (re.compile(rf"\bfrom\s+(?:world\s+)?{NO}\d+\s+to\s+(?:world\s+)?{NO}(?P<n>\d+)"), "world_change"),
    # "drops to No. 2", "climbing three places to No. 6", "slips to 14th", "is now 31st", "remains No. 1"
    (
        re.compile(
            rf"\b{CHANGE_VERBS}\s+(?:back\s+|up\s+|down\s+|\w+\s+places?\s+|\w+\s+spots?\s+)?(?:to\s+"
            rf"|at\s+)?(?:a\s+|the\s+)?(?:world\s+|WTA\s+|ATP\s+)?(?:{NO}(?P<n>\d{{1,4}})\b|{ORD_RANK})"
            rf"(?!\s*(?:seed|-seeded|place|in\s+the\s+race|serve|set|round))"
        ),
        "world_change",
    ),
    # "lifted Keys to No. 9"
    (
        re.compile(
            rf"\b(?:lifted|lifts|lift|took|takes|moved|moves|sent|sends|pushed|pushes|propelled"
            rf"|propels)\s+{R}\s+(?:up\s+|back\s+)?to\s+(?:world\s+)?{NO}(?P<n>\d{{1,4}})"
        ),
        "world",
    ),
    # "Sinner is the world No. 1 again", "reclaimed the world No. 1 ranking"
    (
        re.compile(
            rf"{R}[^⟨]{{0,30}}?\b(?:is|becomes|became|remains|stays|returns\s+as|returned\s+as)\s+"
            rf"(?:the\s+)?(?:new\s+)?{world_rank('n')}",
            re.I,
        ),
        "world",
    ),
    (
        re.compile(
            rf"{R}[^⟨]{{0,30}}?\b(?:reclaimed|regained|claimed|took|seized|retained|kept|holds"
            rf"|returned\s+to)\s+(?:the\s+)?{world_rank('n')}\s+(?:ranking"
            rf"|spot|position)",
            re.I,
        ),
        "world",
    ),
    # results tables: "1. Jannik Sinner (ITA) 11500, 2. Carlos Alcaraz (ESP) 11250"
    (re.compile(rf"(?:^|(?<=[\s,;:]))(?P<n>\d{{1,3}})\.\s+{R}\s*\([A-Z]{{3}}\)"), "world"),
    (
        re.compile(rf"\b{world_rank('n')}\s+(?:and\s+)?(?:[\w-]+\s+){{0,2}}?{R}", re.I),
        "world",
    ),
    (
        re.compile(
            rf"{R}\s*,\s*(?:the\s+|currently\s+|now\s+)?{world_rank('n')}",
            re.I,
        ),
        "world",
    ),
    (
        re.compile(
            rf"{R}[^⟨]{{0,40}}?\b(?:is\s+|was\s+|now\s+|currently\s+)?(?:world-)?ranked\s+(?:No\.?\s*)?"
            rf"(?P<n>\d{{1,4}})(?:st|nd|rd|th)?\b(?!\s*(?:seed|in\s+(?:the\s+)?(?:junior|doubles"
            rf"|college|race)))(?![^⟨.,]{{0,30}}\bbefore\b)"
        ),
        "world",
    ),
    (
        re.compile(
            rf"\branked\s+(?:No\.?\s*)?(?P<n>\d{{1,4}})(?:st|nd|rd|th)?\s+in\s+the\s+world\s+(?:[a-z]+\s+){{0,2}}?{R}"
        ),
        "world",
    ),
    (re.compile(rf"{R}[^⟨]{{0,30}}?\b(?:is\s+|was\s+)?world[-\s]ranked\s+(?:No\.?\s*)?(?P<n>\d{{1,4}})"), "world"),
    (re.compile(rf"\b(?P<n>\d{{1,4}})(?:st|nd|rd|th)[-\s]ranked\s+(?:[A-Z][a-z]+\s+)?{R}"), "world"),
    # "the third-ranked Nadal"
    (re.compile(rf"\b(?P<o>(?!top\b){ORDINAL})[-\s]ranked\s+(?:(?-i:[A-Z][a-z]+)\s+)?{R}", re.I), "world"),
    # "Agassi, the world's top-ranked player"
    (re.compile(rf"{R}\s*,\s*the\s+world['’]s\s+top[-\s]ranked\b"), "world_top"),
    # "X, 350th in the ATP entry list"
    (
        re.compile(
            rf"{R}[^⟨.]{{0,40}}?\b(?P<n>\d{{1,4}})(?:st|nd|rd|th)\s+in\s+the\s+(?:current\s+|latest\s+"
            rf")?(?:world|ATP|WTA)\s+(?:entry\s+list|rankings?)\b"
        ),
        "world",
    ),
    (re.compile(rf"\btop[-\s]ranked\s+(?:[A-Z][a-z]+\s+)?{R}"), "world_top"),
    (re.compile(rf"{R}\s*[,(–—]\s*(?:the\s+)?(?P<n>\d{{1,4}})(?:st|nd|rd|th)[-\s]ranked\b"), "world"),
    (re.compile(rf"\b{number_seed('n')}\s+(?:(?-i:[A-Z][a-z]+)\s+)?{R}", re.I), "seed"),
    # "Top-seeded Americans X and Y": a plural before two names gives neither a seed
    (
        re.compile(
            rf"\b{ordinal_seed('o')}\s+(?:(?!(?-i:[A-Z][a-z]+s)\s+{REF}\s+(?:and"
            rf"|&)\s)(?-i:[A-Z][a-z]+)\s+)?{R}",
            re.I,
        ),
        "seed",
    ),
    # "second seeds Marcel Granollers and Horacio Zeballos": a doubles team's seed
    (
        re.compile(
            rf"\b(?:{NO}(?P<n>{RANK_NUMBER})|(?P<o>{ORDINAL}))[-\s]seeds\s+{R}\s+(?:and|&)\s+(?P<r2>{REF})", re.I
        ),
        "seed",
    ),
    # "Seeded four Nikolay Davydenko"
    (re.compile(rf"\b[Ss]eeded\s+(?:(?P<n>{RANK_NUMBER})|(?P<o>{ORDINAL}))\s+{R}"), "seed"),
    (
        re.compile(rf"{R}\s*[,–—-]\s*(?:the\s+)?(?:{number_seed('n')}|{ordinal_seed('o')})\b", re.I),
        "seed",
    ),
    (re.compile(rf"{R}[^⟨]{{0,20}}?\bseeded\s+(?:No\.?\s*)?(?P<n>{RANK_NUMBER})\b"), "seed"),
    # "Arthurs, ranked 60th in the world and seeded fifth"
    (re.compile(rf"{R}[^⟨]{{0,40}}?\bseeded\s+(?P<o>{ORDINAL})\b"), "seed"),
    (re.compile(rf"{R}\s*\((?:[A-Z]{{3}}\s*[x×])?(?P<n>\d{{1,2}})\)"), "seed"),
    # "the world number one and top seed", "the top seed and world No. 4": a second rank joined on
    (
        re.compile(rf"{R}\s+and\s+(?:the\s+)?(?:{number_seed('n')}|{ordinal_seed('o')})\b", re.I),
        "seed",
    ),
    (
        re.compile(rf"{R}\s+and\s+(?:the\s+)?{world_rank('n')}", re.I),
        "world",
    ),
    (re.compile(rf"\b{NO}(?P<n>\d{{1,3}})\s+{R}"), None),
    # a draw preview's seed list, one a line: "3 Lleyton Hewitt (Australia)"
    (
        re.compile(
            rf"(?:^|\n)\s*(?P<n>\d{{1,2}})\.?\s+{R}\s*\([A-Z][\w.]*(?:\s(?:and\s)?[A-Z][\w.]*){{0,3}}\)\s*(?:$|\n)"
        ),
        "list",
    ),
)

# Words just before a ranking that make it not current (or not a world ranking at all).
RE_NOT_CURRENT = re.compile(
    r"(?:\b(?:former|ex|one-time|onetime|then|career-high|career\s+high|year-end|peak|highest"
    r"|best|a|an|will|would|could|"
    r"become|becomes|becoming|reach|reaches|break|into|top)\s*-?\s*(?:world\s+|WTA\s+|ATP\s+)?|\bthe\s+)$",
    re.IGNORECASE,
)


RE_FUTURE_CHANGE = re.compile(
    r"\b(?:will|would|could|should|set\s+to|expected\s+to|projected\s+to|going\s+to|is\s+to|bid\s+to|chance\s+to)\s+$",
    re.I,
)
RE_CLAUSE_BREAK = re.compile(r"\b(?:while|whereas|but|although)\b|;|, and\b", re.I)
