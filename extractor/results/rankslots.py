"""Rank and seed slots over masked sentences (player references as ``⟨Rk⟩``): the patterns the
rankings stage (extractor/stages/rankings.py) reads, each with the kind of value it gives.

Composed from the shared rank phrases of extractor/text/lexicon.py and the slot parts of
extractor/results/rankparts.py, so each phrase is written once.
"""

from __future__ import annotations

import re

from extractor.results.placeholders import REF
from extractor.results.rankpairs import (
    RE_BRACKET_SEED_BEFORE,
    RE_PAIR_SEEDED,
    RE_PAIR_THE_SEEDS,
    RE_PAREN_SEED_BEFORE,
    RE_RESPECTIVE,
    RE_SEEDED_BEFORE_PAIR,
    RE_SEEDED_PAIR_OF,
    RE_SEEDS_BEFORE_PAIR,
)
from extractor.results.rankparts import (
    APPOSITION,
    APPOSITION_HEAD,
    APPOSITION_ITEM,
    CHANGE_VERBS,
    DRAW_OWNER,
    NO,
    NO_NAME_NEXT,
    NOT_DRAW_RANK,
    NOT_FUTURE,
    NOT_NOW_AT,
    NOT_NOW_WORDS,
    NOT_OTHER_LIST,
    NOT_RESPECTIVE,
    NOT_THEN,
    NOT_THEN_BEFORE,
    ORD_RANK,
    ORDINAL_WORD,
    RANK_NAME_GAP,
    RANKED_NO,
    RANKED_NOUN,
    RANKED_VALUE,
    RE_AT_POSITION,
    RE_NTH_BEST,
    R,
)
from extractor.text.lexicon import ORDINAL, RANK_DIGITS, RANK_NUMBER, TOUR_WORD, number_seed, ordinal_seed, world_rank

_PATTERNS: tuple[tuple, ...] = (
    (RE_RESPECTIVE, "respective", "respectively"),
    (re.compile(rf"\bfrom\s+(?:world\s+)?{NO}\d+\s+to\s+(?:world\s+)?{NO}(?P<n>\d+)"), "world_change", "no"),
    # "drops to No. 2", "climbing three places to No. 6", "slips to 14th", "is now 31st", "remains No. 1"
    (
        re.compile(
            rf"\b{CHANGE_VERBS}\s+(?:back\s+|up\s+|down\s+|\w+\s+places?\s+|\w+\s+spots?\s+)?(?:to\s+"
            rf"|at\s+)?(?:a\s+|the\s+)?(?:world\s+|WTA\s+|ATP\s+)?(?:ranked\s+)?"  # "is now ranked 45th"
            rf"(?:{NO}(?P<n>\d{{1,4}})\b|{ORD_RANK})"
            rf"(?!\s*(?:seed|-seeded|place|in\s+the\s+race|serve|set|round)){NO_NAME_NEXT}"
        ),
        "world_change",
        "change",
    ),
    # "lifted Keys to No. 9"
    (
        re.compile(
            rf"\b(?:lifted|lifts|lift|took|takes|moved|moves|sent|sends|pushed|pushes|propelled"
            rf"|propels)\s+{R}\s+(?:up\s+|back\s+)?to\s+(?:world\s+)?{NO}(?P<n>\d{{1,4}})"
        ),
        "world",
        "no",
    ),
    # "Sinner is the world No. 1 again", "reclaimed the world No. 1 ranking"
    (
        re.compile(
            rf"{R}[^⟨]{{0,30}}?\b(?:is|becomes|became|remains|stays|returns\s+as|returned\s+as)\s+"
            rf"(?:the\s+)?(?:new\s+)?{world_rank('n')}",
            re.I,
        ),
        "world",
        "no",
    ),
    (
        re.compile(
            rf"{R}[^⟨]{{0,30}}?\b(?:reclaimed|regained|claimed|took|seized|retained|kept|holds|has\s+held|holding"
            rf"|returned\s+to)\s+(?:the\s+)?(?:{TOUR_WORD}\s+)?{NO}(?P<n>{RANK_NUMBER})\b\s+(?:ranking"
            rf"|spot|position)",
            re.I,
        ),
        "world",
        "no",
    ),
    # results tables: "1. Jannik Sinner (ITA) 11500, 2. Carlos Alcaraz (ESP) 11250"; a list of seeds under
    # a heading that says so: "Seeds: 1. Jannik Sinner (ITA), 2. ..." (the stage tells which)
    (re.compile(rf"(?:^|(?<=[\s,;:]))(?P<n>\d{{1,3}})\.\s+{R}\s*\([A-Z]{{3}}\)"), "table", "paren"),
    # "world No. 5 X", "world No. 5 Argentine X", "world number one and defending champion X" (never "the
    # world No 30 lost to X": a verb or a preposition before the name makes it another player)
    (
        re.compile(rf"\b{world_rank('n')}\s+{RANK_NAME_GAP}{R}", re.I),
        "world",
        "no",
    ),
    (
        re.compile(
            # "X, the world No. 5", "X, currently world No. 5", "X, the reigning world No. 1", "X (world No. 5)"
            rf"{R}\s*[,(–—]\s*(?:the\s+|currently\s+|now\s+)?(?:(?:reigning|current|new|newly[-\s]crowned)\s+)?{world_rank('n')}",
            re.I,
        ),
        "world",
        "no",
    ),
    # "Paul, ranked 14th in the world", "Shnaider, a Russian who plays college tennis, was ranked
    # 102nd", "The German, ranked sixth in the world,"
    (
        re.compile(
            rf"{R}{APPOSITION}[^⟨]{{0,40}}?\b(?:is\s+|was\s+|now\s+|currently\s+)?{NOT_THEN_BEFORE}(?:world-)?ranked\s+"
            rf"{RANKED_VALUE}{NOT_RESPECTIVE}{NOT_OTHER_LIST}(?![^⟨.,]{{0,30}}\bbefore\b)"
            rf"{NOT_THEN}"
        ),
        "world",
        "rank",
    ),
    (
        re.compile(
            rf"\branked\s+(?:No\.?\s*)?(?P<n>\d{{1,4}})(?:st|nd|rd|th)?\s+in\s+the\s+world\s+(?:[a-z]+\s+){{0,2}}?{R}"
        ),
        "world",
        "rank",
    ),
    # a relative clause on the name after a long apposition: "X, a 19-year-old wildcard from the Murcian
    # town of Cieza who is ranked 612th in the world,"; on a description in apposition, after a first
    # relative clause: "X, the 34-year-old German who had two children and who is ranked 103rd"
    (
        re.compile(
            rf"{R}(?:\s*,|\s+(?=who\b))[^⟨;:!?.]{{0,90}}?\bwho\s+is\s+(?:currently\s+|now\s+)?(?:world-)?ranked\s+"
            rf"{RANKED_NO}(?P<n>{RANK_DIGITS})(?:st|nd|rd|th)?\b"
            rf"{NOT_OTHER_LIST}(?![^⟨.,]{{0,30}}\bbefore\b){NOT_THEN}"
        ),
        "world",
        "rank",
    ),
    (
        re.compile(rf"{R}[^⟨]{{0,30}}?\b(?:is\s+|was\s+)?world[-\s]ranked\s+(?:No\.?\s*)?(?P<n>\d{{1,4}})"),
        "world",
        "rank",
    ),
    # "the 54th-ranked X", "the 54th-ranked player X"
    (
        re.compile(
            rf"{NOT_DRAW_RANK}\b(?P<n>\d{{1,4}})(?:st|nd|rd|th)[-\s]ranked\s+(?:[A-Z][a-z]+\s+)?{RANKED_NOUN}{R}"
        ),
        "world",
        "rank",
    ),
    # "the third-ranked Nadal", "the third-ranked player X"
    (
        re.compile(
            rf"{NOT_DRAW_RANK}\b(?P<o>(?!top\b){ORDINAL})[-\s]ranked\s+(?:(?-i:[A-Z][a-z]+)\s+)?{RANKED_NOUN}{R}", re.I
        ),
        "world",
        "rank",
    ),
    # "Agassi, the world's top-ranked player", "X, the ATP's top-ranked player"
    (re.compile(rf"{R}\s*,\s*the\s+{TOUR_WORD}\s+top[-\s]ranked\b"), "world_top", "rank"),
    # "Alcaraz, the world's fifth-ranked player", "X, the WTA's fifth-ranked player"
    (re.compile(rf"{R}\s*,\s*the\s+{TOUR_WORD}\s+(?P<o>{ORDINAL_WORD})[-\s]ranked\b"), "world", "rank"),
    # "Alcaraz, the No. 5 player in the world", "X, the No. 1 women's player in the world"
    (
        re.compile(
            rf"{R}\s*,\s*(?:the\s+)?{NO}(?P<n>\d{{1,4}})\s+(?:(?:men|women)['’]s\s+)?(?:player|woman|man)\s+in\s+the\s+world\b"
        ),
        "world",
        "no",
    ),
    # "X, who has an ATP ranking of 612", "X, with a world ranking of 88," (not "a doubles/junior ranking",
    # "a career-high ranking of")
    (
        re.compile(
            rf"{R}(?:(?!\b{NOT_NOW_WORDS}\b)[^⟨.;]){{0,30}}?\b(?:an?|the|his|her|a\s+current|(?:his|her)\s+current)"
            # "an ATP ranking", "a singles ranking", "a men's ranking", "a women's singles ranking"
            rf"\s+(?:{TOUR_WORD}\s+|singles\s+|{TOUR_WORD}\s+singles\s+|(?:men|women)['’]s\s+(?:singles\s+)?)"
            rf"ranking\s+of\s+(?:No\.?\s*)?(?P<n>{RANK_DIGITS})\b"
            rf"{NOT_THEN}"
        ),
        "world",
        "ranking",
    ),
    # a ranking as the subject of a verb of change: "Verhoeven's ranking rose to 54", "her WTA ranking has
    # climbed from 60 to No. 54" (never "his ranking will rise to 54": no verb right after "ranking")
    (
        re.compile(
            rf"{R}(?:['’]s)?\s+(?:{TOUR_WORD}\s+|singles\s+)?ranking\s+(?:has\s+|have\s+)?(?:now\s+)?{CHANGE_VERBS}"
            rf"\s+(?:\w+\s+places?\s+)?(?:from\s+(?:No\.?\s*)?{RANK_DIGITS}(?:st|nd|rd|th)?\s+)?to\s+(?:No\.?\s*)?"
            rf"(?P<n>{RANK_DIGITS})(?:st|nd|rd|th)?\b{NOT_THEN}"
        ),
        "world",
        "ranking",
    ),
    # "X, 350th in the ATP entry list", "X, who is fifth in the world rankings"
    (
        re.compile(
            rf"{R}[^⟨.]{{0,40}}?\b(?:(?P<n>\d{{1,4}})(?:st|nd|rd|th)|(?P<o>{ORDINAL_WORD}))\s+in\s+the\s+"
            rf"(?:current\s+|latest\s+)?(?:world|ATP|WTA)\s+(?:entry\s+list|rankings?)\b"
        ),
        "world",
        "world",
    ),
    (RE_AT_POSITION, "world", "world"),
    (RE_NTH_BEST, "world", "world"),
    # "No. 1-ranked Alcaraz"
    (re.compile(rf"\b{NO}(?P<n>\d{{1,4}})[-\s]ranked\s+(?:(?-i:[A-Z][a-z]+)\s+)?{R}"), "world", "rank"),
    # "top-ranked Sinner", "Top-ranked Dane X" (the stage drops "the top-ranked American X": a national rank)
    # "the world's top-ranked player X" (never "the tournament's top-ranked player X": its top seed)
    (
        re.compile(rf"{NOT_DRAW_RANK}\b[Tt]op[-\s]ranked\s+(?:(?P<nat>[A-Z][a-z]+)\s+)?{RANKED_NOUN}{R}"),
        "world_top",
        "rank",
    ),
    (re.compile(rf"{R}\s*[,(–—]\s*(?:the\s+)?(?P<n>\d{{1,4}})(?:st|nd|rd|th)[-\s]ranked\b"), "world", "rank"),
    (re.compile(rf"\b{number_seed('n')}\s+(?:(?-i:[A-Z][a-z]+)\s+)?{R}", re.I), "seed", "seed"),
    # "Third seed and world No. 3 Coco Gauff": a seed joined to the world rank before the name
    (
        re.compile(rf"\b(?:{number_seed('n')}|{ordinal_seed('o')})\s+and\s+(?:the\s+)?{world_rank()}\s+{R}", re.I),
        "seed",
        "seed",
    ),
    (RE_SEEDED_PAIR_OF, "seed", "seed"),
    # "Top-seeded Americans X and Y": a plural before two names gives neither a seed
    (
        re.compile(
            rf"\b{ordinal_seed('o')}\s+(?:(?!(?-i:[A-Z][a-z]+s)\s+{REF}\s+(?:and"
            rf"|&)\s)(?-i:[A-Z][a-z]+)\s+)?{R}",
            re.I,
        ),
        "seed",
        "seed",
    ),
    (RE_SEEDS_BEFORE_PAIR, "seed", "seed"),
    (RE_SEEDED_BEFORE_PAIR, "doubles_seed", "seed"),
    # a draw's seed before the name, after its owner: "beat the tournament's eighth seed, X,", "the
    # women's top seed X" (never "the eighth seed's coach, X")
    (
        re.compile(rf"\bthe\s+{DRAW_OWNER}(?:{number_seed('n')}|{ordinal_seed('o')})\s*,?\s+{R}", re.I),
        "seed",
        "seed",
    ),
    # "Seeded four Nikolay Davydenko"
    (re.compile(rf"\b[Ss]eeded\s+(?:(?P<n>{RANK_NUMBER})|(?P<o>{ORDINAL}))\s+{R}"), "seed", "seed"),
    # "X, the No. 3 seed", "X - eighth seed", "X (8th seed)", "X, the tournament's third seed"
    (
        re.compile(
            rf"{R}\s*[,(–—-]\s*(?:the\s+{DRAW_OWNER}|the\s+)?(?:{number_seed('n')}|{ordinal_seed('o')})\b", re.I
        ),
        "seed",
        "seed",
    ),
    # a seed as a later item of an apposition listing what the player is: "Alcaraz, Spanish number one,
    # first seed and ...", "Sinner, number one in the world and top seed," (never an item with a verb
    # or a relative: "X, who beat the Russian and the third seed")
    (
        re.compile(
            rf"{R}\s*,\s*{APPOSITION_ITEM}(?:,|\s+and)\s+(?:the\s+)?(?:{number_seed('n')}|{ordinal_seed('o')})\b"
            rf"{NO_NAME_NEXT}",
            re.I,
        ),
        "seed",
        "seed",
    ),
    # "X, who is seeded No. 3" (never "X will be seeded third")
    (
        re.compile(rf"{R}{NOT_FUTURE}{{0,20}}?\bseeded\s+(?:No\.?\s*)?(?P<n>{RANK_NUMBER})\b{NOT_RESPECTIVE}"),
        "seed",
        "seed",
    ),
    # "Arthurs, ranked 60th in the world and seeded fifth"
    (re.compile(rf"{R}{NOT_FUTURE}{{0,40}}?\bseeded\s+(?P<o>{ORDINAL})\b{NOT_RESPECTIVE}"), "seed", "seed"),
    # "Sinner (1)", "Swiatek (POL x1)", "Dijkstra (NED) (6)"
    (re.compile(rf"{R}(?:\s*\([A-Z]{{3}}\))?\s*\((?:[A-Z]{{3}}\s*[x×])?(?P<n>\d{{1,2}})\)"), "seed", "paren"),
    # "Korkmaz, the eighth seeds": a pair's seed after its second partner (the first found by the stage)
    (
        re.compile(rf"{R}\s*,\s*(?:the\s+)?(?:{NO}(?P<n>{RANK_NUMBER})|(?P<o>{ORDINAL}))[-\s]seeds\b", re.I),
        "seed",
        "seed",
    ),
    # "the world number one and top seed", "the top seed and world No. 4": a second rank joined on
    # (never "Rybakina and world No. 1 Aryna Sabalenka": a rank before a name is that name's)
    (
        re.compile(
            rf"{R}\s+and\s+(?:the\s+)?(?:{number_seed('n')}|{ordinal_seed('o')})\b{NO_NAME_NEXT}{NOT_THEN}", re.I
        ),
        "seed",
        "seed",
    ),
    (
        re.compile(rf"{R}\s+and\s+(?:the\s+)?{world_rank('n')}{NO_NAME_NEXT}{NOT_THEN}", re.I),
        "world",
        "no",
    ),
    # a rank or seed as the second noun of an apposition: "Rybakina, the 2022 champion and fourth
    # seed,", "Oduya, a junior from Richmond, Va., and the No. 9 seed,", "Federer, the defending
    # champion and the world's top-ranked player"
    (
        re.compile(
            rf"{R}{APPOSITION_HEAD}\band\s+(?:the\s+)?(?:{number_seed('n')}|{ordinal_seed('o')})\b{NO_NAME_NEXT}{NOT_THEN}",
            re.I,
        ),
        "seed",
        "seed",
    ),
    (
        re.compile(rf"{R}{APPOSITION_HEAD}\band\s+(?:the\s+)?{world_rank('n')}{NO_NAME_NEXT}{NOT_THEN}", re.I),
        "world",
        "no",
    ),
    (
        re.compile(rf"{R}{APPOSITION_HEAD}\band\s+the\s+world['’]s\s+top[-\s]ranked\b{NO_NAME_NEXT}"),
        "world_top",
        "rank",
    ),
    # a seed as predicate, after an apposition or not: "Dubois-Ferraro, a 22-year-old from Lyon,
    # France, was the No. 3 seed", "Crawley is the fifth seed"
    (
        re.compile(
            rf"{R}{APPOSITION}\s+(?:is|was|remains|has\s+been)\s+(?:the\s+{DRAW_OWNER}|the\s+)?(?:{number_seed('n')}"
            rf"|{ordinal_seed('o')})\b{NO_NAME_NEXT}{NOT_THEN}",
            re.I,
        ),
        "seed",
        "seed",
    ),
    # a rank opening the sentence with "at": "At No. 54 in the world, X is ...", "At world No. 54, X ..." (never
    # "At No. 1 Court, X beat ...": a court)
    (
        re.compile(
            rf"(?:^|(?<=[.;:]\s))\s*(?-i:A)t\s+(?:{world_rank('n')}|{NO}(?P<n2>\d{{1,4}})\s+in\s+the\s+"
            rf"(?:world|(?:[\w-]+\s+){{0,3}}?rankings?))\s*,\s*{R}",
            re.I,
        ),
        "world",
        "no",
    ),
    # a participle opening the sentence: "Ranked 54th, X beat ...", "Seeded third, X ..."
    (
        re.compile(
            rf"(?:^|(?<=[.;:]\s))\s*(?:World-)?(?-i:R)anked\s+(?:(?:No\.?\s*)?(?P<n>\d{{1,4}})(?:st|nd|rd|th)?"
            rf"|(?P<o>{ORDINAL_WORD}))(?:\s+in\s+the\s+world)?\s*,\s*{R}",
            re.I,
        ),
        "world",
        "rank",
    ),
    (
        re.compile(
            rf"(?:^|(?<=[.;:]\s))\s*(?-i:S)eeded\s+(?:(?:No\.?\s*)?(?P<n>{RANK_NUMBER})|(?P<o>{ORDINAL_WORD}))"
            rf"\s*,\s*{R}",
            re.I,
        ),
        "seed",
        "seed",
    ),
    # a rank "in the world" or "in the rankings" told of the name before it: "Gauff, No. 3 in the
    # world,", "Hurkacz, who is No. 9 in the PIF ATP Rankings,", "Hurkacz sits ninth in the live
    # rankings", "currently No. 9 in the world" (never "will be", "is expected to jump to", "can return
    # to ... if", "career-high", "former", a doubles or junior ranking; "beat the No. 9 in the world, X"
    # is X's)
    (
        re.compile(
            rf"{R}(?:(?!\b{NOT_NOW_WORDS}\b)[^⟨.;]){{0,50}}?"
            rf"(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s){NOT_THEN_BEFORE}\b(?:{NO}(?P<n>{RANK_NUMBER})|(?P<o>{ORDINAL_WORD}))"
            # "No. 9 in the world", "number one in the world", "number four of the ranking"
            rf"\s+(?:in|of)\s+the\s+"
            rf"(?!(?:[\w-]+\s+){{0,2}}(?:doubles|junior|race)\b)(?:world\b|(?:[\w-]+\s+){{0,3}}?[Rr]ankings?\b)"
            rf"{NOT_THEN}(?![^⟨.;]{{0,25}}\bif\b)"
        ),
        "world",
        "world",
    ),
    (RE_PAIR_THE_SEEDS, "seed", "seed"),
    (RE_PAIR_SEEDED, "seed", "seed"),
    # a rank told with "at" after the name: "Yuan, the highest-ranked Chinese player in the draw at world
    # No. 41", "X, the world's highest-ranked teenager at No. 41" (never "started the year at world No. 60")
    (
        re.compile(rf"{R}{NOT_NOW_AT}{{0,60}}?\bat\s+(?:the\s+)?{world_rank('n')}{NOT_THEN}", re.I),
        "world",
        "no",
    ),
    (
        re.compile(
            rf"{R}{NOT_NOW_AT}{{0,40}}?[-\s]ranked\b{NOT_NOW_AT}{{0,40}}?\bat\s+{NO}(?P<n>\d{{1,4}})\b"
            rf"(?![-\s]+seed){NOT_THEN}"
        ),
        "world",
        "rank",
    ),
    # a draw's seed in square brackets, before or after the name: "[1] R. Bopanna (IND) / M. Ebden
    # (AUS) d.", "Kavanagh [5]", "Sinner (ITA) [1]"
    (RE_BRACKET_SEED_BEFORE, "seed", "bracket"),
    (re.compile(rf"{R}(?:\s*\([A-Z]{{3}}\))?\s*\[(?P<n>\d{{1,2}})\]"), "seed", "bracket"),
    (RE_PAREN_SEED_BEFORE, "seed", "paren"),
    # a rank change in parentheses after the name, in a list of movers: "Linda Noskova (No. 29 to
    # No. 22)", "Anisimova (up two to 16)"
    (re.compile(rf"{R}\s*\([^()⟨]{{0,30}}?\bto\s+(?:world\s+)?(?:{NO})?(?P<n>\d{{1,4}})\)"), "world", "paren"),
    # the second of two players in a rankings sentence, its verb left out: "Pegula sits at No. 5
    # and Rybakina at No. 7", "... with Coco Gauff third" (kept only after a verb of rank change)
    (
        re.compile(
            rf"(?:,\s*|\s+)(?:and|with|while)\s+{R}\s+(?:(?:at|to|on)\s+(?:world\s+)?{NO}(?P<n>\d{{1,4}})\b"
            rf"|(?P<o>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{{1,4}}(?:st|nd|rd|th))"
            rf"(?=\s*(?:[.,;]|$)))"
        ),
        "world_gapped",
        "change",
    ),
    (re.compile(rf"\b{NO}(?P<n>\d{{1,3}})\s+{R}"), None, "no"),
    # a bare rank in parentheses after the name: "Tommy Paul (No. 12)" (a seed in a seeded draw, else a rank)
    (re.compile(rf"{R}\s*\(\s*{NO}(?P<n>\d{{1,3}})\s*\)"), None, "no"),
    # a draw preview's seed list, one a line: "3 Lleyton Hewitt (Australia)"
    (
        re.compile(
            rf"(?:^|\n)\s*(?P<n>\d{{1,2}})\.?\s+{R}\s*\([A-Z][\w.]*(?:\s(?:and\s)?[A-Z][\w.]*){{0,3}}\)(?=\s*(?:$|\n))"
        ),
        "list",
        "paren",
    ),
)


# (pattern, kind, what the sentence must hold) with kind None for "seed in a seeded draw, else world"
# (a bare "No. 5 Agassi"). What a slot needs is a word or sign without which it cannot match (the
# stage passes over sentences without it, rankparts.slot_cues): "seed"; "change", a verb of change
# (RE_CHANGE_VERB); "world" ("world", "ranking" or a tour's name), for a rank "in the world" or "in
# the rankings"; "ranking", for a ranking "of" a number; "rank" ("ranked", "top-ranked"); "no" (a
# RANK_NO: "No. 5", "number one"); "paren" and "bracket", for a seed or rank in brackets; "respectively".
PATTERNS: tuple[tuple[re.Pattern[str], str | None, str], ...] = _PATTERNS
