"""Rank and seed slots that name two players at once (extractor/results/rankslots.py composes them in
its order): a doubles team's seed before or after the pair, a pair in a draw's brackets.

Composed from the shared rank phrases of extractor/text/lexicon.py and the slot parts of
extractor/results/rankparts.py, so each phrase is written once.
"""

from __future__ import annotations

import re

from extractor.results.placeholders import REF
from extractor.results.rankparts import INITIAL, NO, ORDINAL_WORD, PARTNER_JOIN, R
from extractor.text.lexicon import ORDINAL, RANK_NUMBER, RANK_ORDINAL, number_seed, ordinal_seed

# a doubles pair named with its seed: "the second-seeded pair of X and Y"
RE_SEEDED_PAIR_OF = re.compile(
    rf"\b(?:{number_seed('n')}|{ordinal_seed('o')})\s+(?:pair|team|duo|partnership|pairing)\s+of\s+"
    rf"{R}\s+(?:and|&)\s+(?P<r2>{REF})",
    re.I,
)

# "second seeds Marcel Granollers and Horacio Zeballos", "Tenth seeds X/Y", "14th seeds X, partnering
# Y,", "beat the sixth seeds, X and Y,": a doubles team's seed
RE_SEEDS_BEFORE_PAIR = re.compile(
    rf"\b(?:{NO}(?P<n>{RANK_NUMBER})|(?P<o>{ORDINAL}))[-\s]seeds\s*,?\s+{R}{PARTNER_JOIN}(?P<r2>{REF})", re.I
)

# "seventh-seeded X and Y" in a doubles story: the pair's seed (kept only where doubles are told)
RE_SEEDED_BEFORE_PAIR = re.compile(rf"\b{ordinal_seed('o')}\s+{R}{PARTNER_JOIN}(?P<r2>{REF})", re.I)

# a doubles team's seed after the pair: "Gauff and Pegula, the top seeds,", "Hunter/Mertens, the
# No. 2 seeds"
RE_PAIR_THE_SEEDS = re.compile(
    rf"{R}\s*(?:and|&|/)\s*(?P<r2>{REF})\s*,\s*(?:the\s+)?(?:{NO}(?P<n>{RANK_NUMBER})|(?P<o>{ORDINAL}))"
    rf"[-\s]seeds\b",
    re.I,
)

# "Fernandez and Townsend, seeded 10th," (a pair opening its clause)
RE_PAIR_SEEDED = re.compile(
    # (after an opening phrase with no player in it: "In the doubles, A and B, seeded third,")
    rf"(?:^|[.;:]\s+|\n|^[^⟨\n]{{1,40}},\s+)\s*{R}\s*(?:and|&|/)\s*(?P<r2>{REF})\s*,\s*seeded\s+(?:(?P<n>{RANK_NUMBER})"
    rf"|(?P<o>{ORDINAL_WORD}))\b(?!\s+and\b)"
)

# a draw's seed in square brackets before the name, a doubles partner after a slash: "[1] R. Bopanna
# (IND) / M. Ebden (AUS) d."
RE_BRACKET_SEED_BEFORE = re.compile(
    rf"\[(?P<n>\d{{1,2}})\]\s*{INITIAL}{R}(?:\s*\([A-Z]{{3}}\))?(?:\s*/\s*{INITIAL}(?P<r2>{REF}))?"
)

# a draw's seed in parentheses before the name, opening a results line or an item of a list of results,
# or after its verb: "(1) Jannik Sinner d. (12) Tommy Paul", "...; (3) X def. Y"
RE_PAREN_SEED_BEFORE = re.compile(
    rf"(?:^|\n|[:;]|\b(?:d|bt|def)\.?|\bbeat|\bvs?\.?)\s*\((?P<n>\d{{1,2}})\)\s*{INITIAL}{R}"
    rf"(?:\s*\([A-Z]{{3}}\))?(?:\s*/\s*{INITIAL}(?P<r2>{REF}))?"  # "(2) A (ARG) / B (ESP) def.": the pair's
)

# Two players given two values in order: "X and Y, seeded third and 12th respectively", "X and Y, who
# are ranked 20th and 45th respectively", "X and Y, the second and fifth seeds respectively" (the
# stage gives a seed for "seeded"/"seeds", a world rank for "ranked", nothing else)
RESPECTIVE_VALUE = rf"(?:No\.?\s*)?(?:{RANK_ORDINAL}|{RANK_NUMBER})"
RE_RESPECTIVE = re.compile(
    rf"{R}\s*,?\s+(?:and|&)\s+(?P<r2>{REF})\s*,?\s*"
    r"(?:who\s+(?:are|were)\s+|(?:are|were)\s+|both\s+)?(?:currently\s+)?(?:the\s+)?"  # "who are", "the"
    rf"(?:(?P<seeded>seeded)\s+|(?P<ranked>(?:world-)?ranked)\s+)?"  # "seeded", "ranked"
    rf"(?P<v1>{RESPECTIVE_VALUE})\s+and\s+(?P<v2>{RESPECTIVE_VALUE})"
    rf"(?:\s+(?P<seeds>seeds)|\s+in\s+the\s+world)?\s*,?\s+respectively\b"  # "seeds", "in the world"
)
