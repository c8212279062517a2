"""Rank and seed slots (extractor/results/rankslots.py) through the rankings stage, on the blank
pipeline: a rank or seed before a name, after it in apposition or brackets, as predicate, for a
doubles pair, in a list of movers; each with the near miss that must not be taken."""

from __future__ import annotations

import pytest
from support import rankings


def case(case_id: str, text: str, expected: set):
    return pytest.param(text, expected, id=case_id)


# (text, {(surname, rank, kind)})
APPOSITION = [
    # a rank or seed as the second noun of an apposition
    case(
        "champion-and-seed",
        "Iga Swiatek, the defending champion and second seed, beat Coco Gauff 6-4 6-4.",
        {("Swiatek", 2, "seed")},
    ),
    case(
        "place-with-comma-and-seed",
        "Tommy Paul, a former college player from New Jersey, Va., and the No. 12 seed, beat Ben Shelton 6-4 6-4.",
        {("Paul", 12, "seed")},
    ),
    case(
        "finalist-and-world-rank",
        "Casper Ruud, the 2022 finalist and world No. 7, lost to Holger Rune 4-6 4-6.",
        {("Ruud", 7, "world")},
    ),
    case(
        "champion-and-top-ranked",
        "Iga Swiatek, the champion here in 2022 and the world's top-ranked player, beat Coco Gauff 6-4 6-4.",
        {("Swiatek", 1, "world")},
    ),
    # near miss: the rank before another name is that name's
    case(
        "rank-before-the-next-name",
        "Elena Rybakina and world No. 1 Aryna Sabalenka meet on Thursday.",
        {("Sabalenka", 1, "world")},
    ),
    case("former-seed-in-apposition", "Jessica Pegula, the 2024 finalist and a former top seed, lost.", set()),
    case(
        "world-number-player-in-the-world",
        "Carlos Alcaraz, the No. 5 player in the world, beat Tommy Paul 6-4 6-4.",
        {("Alcaraz", 5, "world")},
    ),
    case(
        "worlds-ordinal-ranked",
        "Carlos Alcaraz, the world's fifth-ranked player, beat Tommy Paul 6-4 6-4.",
        {("Alcaraz", 5, "world")},
    ),
    case("worlds-number", "Coco Gauff, the world's No. 3, beat Iga Swiatek 6-4 6-4.", {("Gauff", 3, "world")}),
    case("number-in-the-world", "Coco Gauff, No. 3 in the world, beat Iga Swiatek 6-4 6-4.", {("Gauff", 3, "world")}),
]

PREDICATE = [
    case(
        "was-the-seed-after-apposition",
        "Karolina Muchova, a semi-finalist here last year, is the eighth seed.",
        {("Muchova", 8, "seed")},
    ),
    case("tournaments-top-seed", "Carlos Alcaraz is the tournament's top seed.", {("Alcaraz", 1, "seed")}),
    case("seed-of-another-year", "Karolina Muchova was the eighth seed last year.", set()),
    case(
        "ranked-after-relative-clause",
        "Holger Rune, a left-hander who turned pro in 2019, is ranked 87th.",
        {("Rune", 87, "world")},
    ),
    case("ranked-word-ordinal", "Alexander Zverev, ranked sixth in the world, hit 19 aces.", {("Zverev", 6, "world")}),
    case("ranked-at-the-time", "Boris Becker, who was ranked 20th in the world at the time, won.", set()),
    case("ranked-ago", "Tommy Paul was ranked 411th in the world two years ago.", set()),
    case(
        "fifth-in-the-rankings",
        "Carlos Alcaraz, who is fifth in the world rankings, beat Tommy Paul 6-4 6-4.",
        {("Alcaraz", 5, "world")},
    ),
    case(
        "who-is-number-in-the-rankings",
        "Hubert Hurkacz, who is No. 9 in the PIF ATP Rankings, beat Tommy Paul 6-4 6-4.",
        {("Hurkacz", 9, "world")},
    ),
    case(
        "sits-ordinal-in-the-rankings", "Hubert Hurkacz sits ninth in the ATP Live Rankings.", {("Hurkacz", 9, "world")}
    ),
    case(
        "currently-number-in-the-world",
        "Hubert Hurkacz, currently No. 9 in the world, beat Tommy Paul 6-4 6-4.",
        {("Hurkacz", 9, "world")},
    ),
    # near misses: another player's, a rank to come, a conditional one, a doubles one
    case("the-number-in-the-world-is-the-next-name", "Hubert Hurkacz beat the No. 9 in the world, Tommy Paul.", set()),
    case("expected-to-jump", "Hubert Hurkacz is expected to jump to No. 9 in the ATP rankings.", set()),
    case("can-return-if", "Carlos Alcaraz can return to No. 1 in the world if he wins the title.", set()),
    case("number-in-doubles-rankings", "Rohan Bopanna is No. 1 in the doubles rankings.", set()),
    case("holds-the-ranking", "Coco Gauff holds the No. 3 ranking.", {("Gauff", 3, "world")}),
    case(
        "ranked-participle-first", "Ranked 54th, Daniil Medvedev beat Tommy Paul 6-4 6-4.", {("Medvedev", 54, "world")}
    ),
    case(
        "seeded-participle-first", "Seeded third, Daniil Medvedev beat Tommy Paul 6-4 6-4.", {("Medvedev", 3, "seed")}
    ),
    case("number-ranked", "No. 1-ranked Carlos Alcaraz beat Tommy Paul 6-4 6-4.", {("Alcaraz", 1, "world")}),
    case(
        "seed-and-world-rank-before-name",
        "Iga Swiatek lost to world No. 3 and third seed Coco Gauff 4-6 4-6.",
        {("Gauff", 3, "seed"), ("Gauff", 3, "world")},
    ),
    case(
        "seed-then-world-rank-before-name",
        "Third seed and world No. 3 Coco Gauff beat Iga Swiatek 6-4 6-4.",
        {("Gauff", 3, "seed"), ("Gauff", 3, "world")},
    ),
    case("future-world-rank", "Coco Gauff beat Iga Swiatek 6-4 6-4 and will become the world No. 1 on Monday.", set()),
    case(
        "to-be-the-number-twos-coach",
        "Carlos Alcaraz asked Samuel Lopez to stay on and be the world No. 2's coach for another year.",
        {("Alcaraz", 2, "world")},
    ),
]

DOUBLES = [
    case(
        "pair-the-top-seeds",
        "Coco Gauff and Jessica Pegula, the top seeds, beat Storm Hunter and Elise Mertens 6-4 6-4.",
        {("Gauff", 1, "seed"), ("Pegula", 1, "seed")},
    ),
    case(
        "pair-number-seeds",
        "Coco Gauff and Jessica Pegula, the No. 2 seeds, beat Storm Hunter and Elise Mertens 6-4 6-4.",
        {("Gauff", 2, "seed"), ("Pegula", 2, "seed")},
    ),
    case(
        "pair-seeded-ordinal",
        "Leylah Fernandez and Taylor Townsend, seeded 10th, had beaten two seeded teams.",
        {("Fernandez", 10, "seed"), ("Townsend", 10, "seed")},
    ),
    case(
        "pair-of-seeded",
        "The second-seeded pair of Marcel Granollers and Horacio Zeballos beat Rohan Bopanna and Matthew Ebden.",
        {("Granollers", 2, "seed"), ("Zeballos", 2, "seed")},
    ),
    case(
        "pair-and-parenthesis",
        "Marcel Granollers and Horacio Zeballos (2) beat Rohan Bopanna and Matthew Ebden 6-4 6-4.",
        {("Granollers", 2, "seed"), ("Zeballos", 2, "seed")},
    ),
    case(
        "plural-seeds-before-slash-pair",
        "Tenth seeds Marcel Granollers/Horacio Zeballos won 7-6(3) 6-0 in the doubles.",
        {("Granollers", 10, "seed"), ("Zeballos", 10, "seed")},
    ),
    case(
        "plural-seeds-before-partnering",
        "In the doubles, 14th seeds Marcel Granollers, partnering Horacio Zeballos, fell to Rohan Bopanna.",
        {("Granollers", 14, "seed"), ("Zeballos", 14, "seed")},
    ),
    case(
        "the-plural-seeds-comma-pair",
        "In the doubles, Rohan Bopanna and Matthew Ebden beat the sixth seeds, Marcel Granollers and Horacio "
        "Zeballos, 6-4 7-6(6).",
        {("Granollers", 6, "seed"), ("Zeballos", 6, "seed")},
    ),
    case(
        "plural-seeds-comma-slash-pair",
        "The second seeds, Marcel Granollers/Horacio Zeballos, lost 6-4 6-4 in the doubles.",
        {("Granollers", 2, "seed"), ("Zeballos", 2, "seed")},
    ),
    # near miss: a clause after the seeds names no pair of them
    case(
        "plural-seeds-comma-clause",
        "In the doubles, the sixth seeds, who beat Marcel Granollers and Horacio Zeballos, lost 6-4 6-4.",
        set(),
    ),
    case(
        "seed-after-her-partner",
        "In the doubles, Coco Gauff and her partner Jessica Pegula [9] lost to Storm Hunter and Elise Mertens.",
        {("Gauff", 9, "seed"), ("Pegula", 9, "seed")},
    ),
    case(
        "pair-with-partner-the-seeds",
        "In the doubles, Coco Gauff and her partner Jessica Pegula, the eighth seeds, beat Storm Hunter.",
        {("Gauff", 8, "seed"), ("Pegula", 8, "seed")},
    ),
    case(
        "ordinal-seeded-pair-in-doubles",
        "In the doubles, Storm Hunter beat seventh-seeded Coco Gauff and Jessica Pegula 6-2 6-3.",
        {("Gauff", 7, "seed"), ("Pegula", 7, "seed")},
    ),
    # near miss: in singles the seed before two names is the first's
    case(
        "ordinal-seeded-first-of-two-in-singles",
        "Top-seeded Jannik Sinner and Daniil Medvedev both won on Monday.",
        {("Sinner", 1, "seed")},
    ),
    # near miss: two seeds told respectively are no pair's seed
    case(
        "respective-seeds",
        "Jannik Sinner and Daniil Medvedev, seeded first and third, both won.",
        set(),
    ),
]

DRAWS = [
    case(
        "bracket-before",
        "[3] Alexander Zverev (GER) d. Tommy Paul (USA) 6-4 6-4",
        {("Zverev", 3, "seed")},
    ),
    case(
        "bracket-after-code",
        "Tommy Paul (USA) d. Alexander Zverev (GER) [3] 6-4 6-4",
        {("Zverev", 3, "seed")},
    ),
    case(
        "bracket-before-initials-pair",
        "Men's final: [1] R. Bopanna (IND) / M. Ebden (AUS) d. I. Dodig (CRO) / A. Krajicek (USA) 6-7(3) 6-3 [10-6]",
        {("Bopanna", 1, "seed"), ("Ebden", 1, "seed")},
    ),
    case("bracket-after-name", "Alexander Zverev [3] beat Tommy Paul 6-4 6-4.", {("Zverev", 3, "seed")}),
    case(
        "code-then-seed-parentheses",
        "Petra Kvitova (CZE) (6) bt Ana Bogdan (ROU) 4-6 7-6 (10-8) 7-6 (7-2)",
        {("Kvitova", 6, "seed")},
    ),
    case(
        "parenthesis-opening-line",
        "(1) Jannik Sinner d. (12) Tommy Paul 6-3 6-2",
        {("Sinner", 1, "seed"), ("Paul", 12, "seed")},
    ),
    # near misses: a qualifier's mark and a match tiebreak are no seeds
    case("qualifier-mark", "[Q] Tommy Paul (USA) d. Alexander Zverev (GER) 6-4 6-4", set()),
    case("match-tiebreak", "Hunter/Mertens d. Gauff/Pegula 6-3 6-7(5) [10-6]", set()),
]

CHANGES = [
    case("movers-list", "Linda Noskova (No. 29 to No. 22)", {("Noskova", 22, "world")}),
    case("movers-up", "Amanda Anisimova (up two places to 16)", {("Anisimova", 16, "world")}),
    case("movers-code-is-no-rank", "Linda Noskova (CZE) beat Amanda Anisimova 6-4 6-4.", set()),
    case(
        "gapped-second-player",
        "Jessica Pegula sits at No. 5 and Elena Rybakina at No. 7.",
        {("Pegula", 5, "world"), ("Rybakina", 7, "world")},
    ),
    case(
        "gapped-ordinal",
        "Aryna Sabalenka remains No. 1 ahead of Iga Swiatek, with Coco Gauff third.",
        {("Sabalenka", 1, "world"), ("Gauff", 3, "world")},
    ),
    case("gapped-without-rank-verb", "Jessica Pegula plays on Court 2 and Elena Rybakina on No. 1 Court.", set()),
    case(
        "described-subject",
        "Sumit Nagal is back in the top 100. India's top singles player climbed from No. 121 to No. 98.",
        {("Nagal", 98, "world")},
    ),
    case(
        "described-subject-the",
        "Jack Draper won in Stuttgart. The former junior standout rose from No. 40 to No. 31 on Monday.",
        {("Draper", 31, "world")},
    ),
    case("no-player-before", "The rankings came out on Monday. The best Briton rose from No. 40 to No. 31.", set()),
    # a doubles ranking is no (singles) world rank
    case(
        "doubles-ranking-change",
        "Rohan Bopanna won the title. The Indian also returns to No. 1 in the doubles rankings.",
        set(),
    ),
    case("doubles-world-number", "Rohan Bopanna, the doubles world No. 1, beat Tommy Paul 6-4 6-4.", set()),
    case(
        "rank-in-the-world-is-singles",
        "Rohan Bopanna rose to No. 1 in the world on Monday.",
        {("Bopanna", 1, "world")},
    ),
    case("spots-up", "Jakub Mensik is up 30 spots to No. 24.", {("Mensik", 24, "world")}),
    case("future-change-with-adverb", "Jodie Burrage will also move up to 83rd on Monday.", set()),
    case("career-high-is-left-out", "Jakub Mensik climbed 30 places to a career-high No. 24.", set()),
    case(
        "change-before-a-name", "Tommy Paul fell to the world No. 3 Carlos Alcaraz 4-6 4-6.", {("Alcaraz", 3, "world")}
    ),
]

# a rank told of the present after a past one, and the past one left out
NOW_AND_THEN = [
    case("is-now-ranked", "Tommy Paul beat Ben Shelton 6-4 6-4. Paul is now ranked 45th.", {("Paul", 45, "world")}),
    case("is-up-to", "Tommy Paul won the title and is up to No. 198.", {("Paul", 198, "world")}),
    case("is-now-down-to", "Tommy Paul lost early and is now down to 61st.", {("Paul", 61, "world")}),
    case(
        "then-ranked-left-out",
        "Tommy Paul, an American then ranked 177th, beat Ben Shelton 6-4 6-4. Paul, now 27, is 52nd in the world.",
        {("Paul", 52, "world")},
    ),
    case("once-ranked-left-out", "Tommy Paul, once ranked ninth in the world, lost to Ben Shelton 4-6 4-6.", set()),
    case(
        "highest-ranked-of-a-nation-at",
        "Sumit Nagal, India's highest-ranked singles player at 98th in the world, beat Tommy Paul 6-4 6-4.",
        {("Nagal", 98, "world")},
    ),
    case(
        "number-word-in-the-world",
        "Jannik Sinner, number one in the world, beat Tommy Paul 6-4 6-4.",
        {("Sinner", 1, "world")},
    ),
    case(
        "number-of-the-ranking",
        "Jasmine Paolini, number four of the WTA ranking, beat Anna Kalinskaya 6-2 6-3.",
        {("Paolini", 4, "world")},
    ),
    # near miss: a peak is no rank in force
    case("highest-ranking-is-a-peak", "Tommy Paul, whose highest ranking was No. 9 in the world, lost.", set()),
]

# a world ranking "of" a number; a college page's bare numbers are college (ITA) ranks
RANKING_OF_AND_COLLEGE = [
    case(
        "has-a-ranking-of",
        "Leo Dubois beat Tommy Paul 6-4 6-4. Dubois, who has an ATP ranking of 612, turns pro next month.",
        {("Dubois", 612, "world")},
    ),
    case(
        "with-a-singles-ranking-of",
        "Maria Chen, with a WTA singles ranking of 88, beat Ana Brix 6-4 6-4.",
        {("Chen", 88, "world")},
    ),
    case("career-high-ranking-of", "Maria Chen, with a career-high ranking of 88, beat Ana Brix 6-4 6-4.", set()),
    case("junior-ranking-of", "Maria Chen, who has a junior ranking of 8, beat Ana Brix 6-4 6-4.", set()),
    case(
        "college-page-bare-number",
        "No. 9 Maria Chen beat No. 27 Ana Brix 6-4 7-5 as the Aggies won the dual match 4-2.",
        set(),
    ),
    case(
        "college-page-keeps-seeds",
        "No. 3 seed Maria Chen beat Ana Brix 6-4 7-5 at the NCAA Singles Championships.",
        {("Chen", 3, "seed")},
    ),
    case("tour-page-bare-number", "No. 9 Maria Chen beat Ana Brix 6-4 7-5 in the Miami Open.", {("Chen", 9, "world")}),
]

# a relative clause after a long apposition; a pair's seed in parentheses before a results line
RELATIVE_AND_PAIRS = [
    case(
        "who-is-ranked-after-long-apposition",
        "Diego Campo, a 19-year-old wildcard from the small coastal town of Cieza who is ranked 612th in the world, "
        "beat Tommy Paul 6-4 6-4.",
        {("Campo", 612, "world")},
    ),
    case(
        "who-is-currently-ranked",
        "Ana Brix, the left-hander from a village near Graz who is currently ranked 88th, beat Mia Lund 6-4 6-4.",
        {("Brix", 88, "world")},
    ),
    case(
        "who-was-ranked-is-no-relative-of-now",
        "Ana Brix, the left-hander from a village near Graz who was ranked 88th last year, beat Mia Lund 6-4 6-4.",
        set(),
    ),
    case(
        "paren-seed-before-a-pair",
        "(2) Facundo Quiroga (ARG) / Marcos Villalba (ESP) def. Kenta Nishioka (JPN) / Adam Idrissi (MAR) 6-3 6-4",
        {("Quiroga", 2, "seed"), ("Villalba", 2, "seed")},
    ),
    case(
        "paren-seed-before-a-pair-with-initials",
        "(4) F. Quiroga / M. Villalba d. K. Nishioka / A. Idrissi 6-3 6-4",
        {("Quiroga", 4, "seed"), ("Villalba", 4, "seed")},
    ),
    # near miss: an unseeded pair after a seeded singles player on another line
    case(
        "paren-seed-is-not-the-next-lines-pair",
        "(1) Facundo Quiroga (ARG) def. Adam Idrissi (MAR) 6-3 6-4\nMarcos Villalba (ESP) / Kenta Nishioka (JPN) "
        "def. Tom Berg (SWE) / Ivo Lind (SWE) 6-2 6-2",
        {("Quiroga", 1, "seed")},
    ),
]

# a tour's possessive, an adjective of time before the rank, a bare rank in parentheses
TOUR_AND_PARENTHESES = [
    case("tours-possessive", "Mia Lund, the WTA's No. 12, beat Ana Brix 6-4 6-4.", {("Lund", 12, "world")}),
    case("atps-possessive", "Tom Berg, the ATP's No. 40, beat Ivo Lind 6-4 6-4.", {("Berg", 40, "world")}),
    case("reigning-world-number", "Tom Berg, the reigning world No. 1, beat Ivo Lind 6-4 6-4.", {("Berg", 1, "world")}),
    case("current-world-number", "Tom Berg, the current world No. 3, lost to Ivo Lind.", {("Berg", 3, "world")}),
    case("bare-rank-in-parentheses", "Tom Berg (No. 12) beat Ivo Lind 6-4 6-4.", {("Berg", 12, "world")}),
    case(
        "bare-rank-in-parentheses-at-a-slam",
        "Tom Berg (No. 12) beat Ivo Lind 6-4 6-4 at the US Open.",
        {("Berg", 12, "seed")},
    ),
    # a pair seeded after an opening phrase with no player in it
    case(
        "pair-seeded-after-opening-phrase",
        "In the doubles, Tom Berg and Ivo Lind, seeded third, beat Ken Sato and Leo Mori 6-4 6-4.",
        {("Berg", 3, "seed"), ("Lind", 3, "seed")},
    ),
    case(
        "pair-seeded-after-time-phrase",
        "Later on Friday, Ana Brix and Mia Lund, seeded second, won the doubles title 6-2 6-2.",
        {("Brix", 2, "seed"), ("Lund", 2, "seed")},
    ),
    # near misses: a former holder; a year in parentheses
    case("former-world-number", "Tom Berg, the former world No. 1, lost to Ivo Lind.", set()),
    case("year-in-parentheses", "Tom Berg (2019) beat Ivo Lind 6-4 6-4.", set()),
]

# a seed as a later item of an apposition listing what the player is
APPOSITION_LISTS = [
    case(
        "national-rank-then-seed",
        "Pablo Carreno, Spanish number two, third seed and champion in 2019, beat Tommy Paul 6-4 6-4.",
        {("Carreno", 3, "seed")},
    ),
    case(
        "world-rank-and-seed",
        "Elena Rybakina, No. 4 in the world and second seed, beat Anna Kalinskaya 6-2 6-3.",
        {("Rybakina", 2, "seed"), ("Rybakina", 4, "world")},
    ),
    # near miss: the seed of a clause with a verb is another player's
    case(
        "relative-with-a-seed-object",
        "Tommy Paul, who beat Ben Shelton and third seed Andrey Rublev, lost.",
        {("Rublev", 3, "seed")},
    ),
]

# a sentence opening with a description no rule resolves, set off by a comma: the player the sentence
# before is about
DESCRIBED_HEAD = [
    case(
        "regional-word-then-ranks",
        "Pablo Carreno reached the semi-finals on Friday. The Asturian, second seed and No. 12 in the world, "
        "beat Tommy Paul 6-4 6-4.",
        {("Carreno", 2, "seed"), ("Carreno", 12, "world")},
    ),
    case(
        "national-number-then-ranked",
        "Karl Vella won the deciding rubber. The Gozo No. 1, ranked 812th in the world, beat Tommy Paul 6-4 6-4.",
        {("Vella", 812, "world")},
    ),
    case(
        "city-word-seeded",
        "Marta Kostyuk won again on Tuesday. The Kyivan, seeded sixth, beat Anna Kalinskaya 6-2 6-3.",
        {("Kostyuk", 6, "seed")},
    ),
    # near miss: a description with no rank after it gives nothing; a thing, not a player, is not resolved
    case("described-head-without-rank", "Pablo Carreno won. The Asturian, a clay-courter, beat Tommy Paul.", set()),
]


# A doubles team's seed kept beside the player's own seed in singles (a player can hold both).
TEAM_SEEDS = [
    case(
        "singles-seed-then-team-seed-in-draw-lines",
        "Tomas Verhoeven (NED) [3] d. Rafael Ortega (ESP) 6-4 6-3\n"
        "[1] T. Verhoeven (NED) / I. Marchenko (UKR) d. R. Ortega (ESP) / J. Berg (SWE) 6-4 6-3",
        {("Verhoeven", 3, "seed"), ("Verhoeven", 1, "seed"), ("Marchenko", 1, "seed")},
    ),
    case(
        "singles-seed-then-team-seed-in-prose",
        "Tomas Verhoeven, the third seed, beat Rafael Ortega 6-4 6-3. Verhoeven and Ilya Marchenko, the top"
        " seeds, won the doubles.",
        {("Verhoeven", 3, "seed"), ("Verhoeven", 1, "seed"), ("Marchenko", 1, "seed")},
    ),
    # near miss: the same seed told for the player and for the team is one fact
    case(
        "team-seed-equal-to-own",
        "Tomas Verhoeven, the top seed, beat Rafael Ortega 6-4 6-3. Verhoeven and Ilya Marchenko, the top"
        " seeds, won the doubles.",
        {("Verhoeven", 1, "seed"), ("Marchenko", 1, "seed")},
    ),
]


# A rank or seed in brackets after the name, and a rank told with "at" in an apposition.
BRACKETS_AND_AT = [
    case(
        "world-rank-in-brackets",
        "Tomas Verhoeven (world No. 54) beat Ilya Marchenko 6-4 6-3.",
        {("Verhoeven", 54, "world")},
    ),
    case("seed-in-brackets", "Tomas Verhoeven beat Ilya Marchenko (No. 4 seed) 6-4 6-3.", {("Marchenko", 4, "seed")}),
    case(
        "ordinal-seed-in-brackets",
        "Tomas Verhoeven (8th seed) beat Ilya Marchenko 6-4 6-3.",
        {("Verhoeven", 8, "seed")},
    ),
    case("former-in-brackets", "Tomas Verhoeven (former world No. 5) beat Ilya Marchenko 6-4 6-3.", set()),
    case(
        "highest-ranked-at-world-number",
        "Tomas Verhoeven, currently the highest-ranked left-hander at world No. 33, beat Ilya Marchenko 6-4 6-3.",
        {("Verhoeven", 33, "world")},
    ),
    case(
        "lowest-ranked-at-number",
        "Tomas Verhoeven, the lowest-ranked player left in the draw at No. 212, beat Ilya Marchenko 6-4 6-3.",
        {("Verhoeven", 212, "world")},
    ),
    # near misses: a rank of another time told with "at"
    case(
        "started-the-year-at",
        "Tomas Verhoeven beat Ilya Marchenko 6-4 6-3. Verhoeven, who started the year at world No. 60, next plays"
        " Rafael Ortega.",
        set(),
    ),
    case(
        "peaked-at",
        "Tomas Verhoeven beat Ilya Marchenko 6-4 6-3. Verhoeven, who peaked at world No. 9 in 2019, next plays"
        " Rafael Ortega.",
        set(),
    ),
]


# Ranks past 999 written with a comma, a men's or women's ranking, a draw owner before a seed after the
# name; a national, junior or doubles rank is no world rank.
LEAD = "Tomas Verhoeven beat Ilya Marchenko 6-4 6-3. "
WORDINGS = [
    case(
        "ranked-thousands",
        LEAD + "Verhoeven, ranked 1,204th in the world, next plays Rafael Ortega.",
        {("Verhoeven", 1204, "world")},
    ),
    case(
        "mens-ranking-of-thousands", LEAD + "Verhoeven holds a men's ranking of 1,204.", {("Verhoeven", 1204, "world")}
    ),
    case(
        "womens-singles-ranking-of",
        LEAD + "Verhoeven has a women's singles ranking of 354.",
        {("Verhoeven", 354, "world")},
    ),
    case(
        "draw-owner-seed-in-apposition",
        LEAD + "Verhoeven, the tournament's third seed, next plays Rafael Ortega.",
        {("Verhoeven", 3, "seed")},
    ),
    case(
        "newly-crowned-world-number",
        LEAD + "Verhoeven, the newly crowned world No. 54, next plays Rafael Ortega.",
        {("Verhoeven", 54, "world")},
    ),
    case(
        "ranked-in-the-tour-rankings",
        LEAD + "Verhoeven, ranked 54th in the Pepperstone ATP Rankings, next plays Rafael Ortega.",
        {("Verhoeven", 54, "world")},
    ),
    # near misses: a national, a junior or a doubles rank
    case("ranked-in-a-country", LEAD + "Verhoeven, ranked fourth in the Netherlands, next plays Rafael Ortega.", set()),
    case("ranked-in-a-country-bare", LEAD + "Verhoeven, ranked 12th in Britain, next plays Rafael Ortega.", set()),
    case("world-number-junior", LEAD + "Verhoeven, the world No. 4 junior, next plays Rafael Ortega.", set()),
    case("junior-ranking-of", LEAD + "Verhoeven holds a junior ranking of 12.", set()),
]


# "top-ranked" at a sentence's start or after a tour's possessive; a seed still to come is none.
TOP_AND_FUTURE = [
    case("top-ranked-opening", LEAD + "Top-ranked Verhoeven next plays Rafael Ortega.", {("Verhoeven", 1, "world")}),
    case(
        "tours-top-ranked",
        LEAD + "Verhoeven, the ATP's top-ranked player, next plays Rafael Ortega.",
        {("Verhoeven", 1, "world")},
    ),
    case(
        "tours-ordinal-ranked",
        LEAD + "Verhoeven, the WTA's fifth-ranked player, next plays Rafael Ortega.",
        {("Verhoeven", 5, "world")},
    ),
    case(
        "has-held-the-ranking",
        LEAD + "Verhoeven, who has held the No. 1 ranking since June, next plays Rafael Ortega.",
        {("Verhoeven", 1, "world")},
    ),
    case(
        "dash-apposition", LEAD + "Verhoeven – world No. 15 – next plays Rafael Ortega.", {("Verhoeven", 15, "world")}
    ),
    # near misses: a national top rank; a seed still to come
    case("top-ranked-nationality", LEAD + "Top-ranked American Verhoeven next plays Rafael Ortega.", set()),
    case("top-ranked-nationality-noun", LEAD + "The top-ranked Dutchman Verhoeven next plays Rafael Ortega.", set()),
    case("will-be-seeded", LEAD + "Verhoeven will be seeded 15th at Wimbledon.", set()),
    case("expected-to-be-seeded", LEAD + "Verhoeven is expected to be seeded No. 4 in Paris.", set()),
]


# A rank something gives the player: in force when told in the past or present, not when still to come.
CAUSED = [
    case("win-lifts", LEAD + "The win lifts Verhoeven to No. 54.", {("Verhoeven", 54, "world")}),
    case("victory-saw-climb", LEAD + "The victory saw Verhoeven climb to No. 54.", {("Verhoeven", 54, "world")}),
    case("now-up-to", LEAD + "Verhoeven, now up to 54th, next plays Rafael Ortega.", {("Verhoeven", 54, "world")}),
    case(
        "ranked-world-number",
        LEAD + "Verhoeven, who is ranked world No. 54, next plays Rafael Ortega.",
        {("Verhoeven", 54, "world")},
    ),
    case(
        "ranked-world-number-word",
        LEAD + "Verhoeven, ranked world number 54, next plays Rafael Ortega.",
        {("Verhoeven", 54, "world")},
    ),
    case("ranked-as-high-as", LEAD + "Verhoeven, ranked as high as No. 9 in 2019, next plays Rafael Ortega.", set()),
    # a rank joined on after "and" is of another time when one follows it (the event's seed stays)
    case(
        "joined-world-rank-now",
        LEAD + "Marchenko, the defending champion and world No. 1, lost.",
        {("Marchenko", 1, "world")},
    ),
    case(
        "joined-world-rank-at-the-time",
        LEAD + "Marchenko, the defending champion and world No. 1 at the time, lost.",
        set(),
    ),
    case(
        "seed-and-world-rank-at-the-time",
        LEAD + "Marchenko was the top seed and world No. 1 at the time.",
        {("Marchenko", 1, "seed")},
    ),
    # a ranking as the subject of a verb of change
    case("ranking-rises-to", LEAD + "Verhoeven's ranking rises to 54.", {("Verhoeven", 54, "world")}),
    case(
        "ranking-rose-from-to",
        LEAD + "Verhoeven's singles ranking rose from 60 to No. 54.",
        {("Verhoeven", 54, "world")},
    ),
    case("ranking-will-rise", LEAD + "Verhoeven's ranking will rise to 54.", set()),
    case("ranking-dropped-in-a-year", LEAD + "Verhoeven's ranking dropped to 54 in 2019.", set()),
    # near misses: the same, still to come
    case("win-will-lift-in-the-world", LEAD + "The win will lift Verhoeven to No. 54 in the world.", set()),
    case("victory-will-see-climb", LEAD + "The victory will see Verhoeven climb to No. 54.", set()),
    case("title-would-take-back", LEAD + "The title would take Verhoeven back to No. 1 in the rankings.", set()),
]

# What may stand between a rank and the name after it: a nationality or a second title, never a verb
# or a preposition (the name after them is another player).
RANK_BEFORE_NAME = [
    case(
        "nationality-between",
        LEAD + "World No. 5 Argentine Ilya Marchenko next plays Rafael Ortega.",
        {("Marchenko", 5, "world")},
    ),
    case(
        "second-title-between",
        LEAD + "World number one and defending champion Rafael Ortega next plays Ilya Marchenko.",
        {("Ortega", 1, "world")},
    ),
    # (the description is the subject's, Verhoeven's; never Ortega's)
    case(
        "verb-between",
        LEAD + "Later the world No 30 lost to Rafael Ortega 6-4 6-4.",
        {("Verhoeven", 30, "world")},
    ),
    case(
        "ranking-from", LEAD + "Verhoeven took the world No. 1 ranking from Rafael Ortega.", {("Verhoeven", 1, "world")}
    ),
]

# Two players, two values in order; a numbered list of seeds under its heading; a rank adjective with its noun.
RESPECTIVE_AND_LISTS = [
    case(
        "seeded-respectively",
        LEAD + "Verhoeven and Marchenko, seeded third and 12th respectively, meet again in Rome.",
        {("Verhoeven", 3, "seed"), ("Marchenko", 12, "seed")},
    ),
    case(
        "who-are-ranked-respectively",
        LEAD + "Verhoeven and Marchenko, who are ranked No. 20 and No. 45 respectively, meet again in Rome.",
        {("Verhoeven", 20, "world"), ("Marchenko", 45, "world")},
    ),
    case(
        "the-seeds-respectively",
        LEAD + "Verhoeven and Marchenko, the second and fifth seeds respectively, meet again in Rome.",
        {("Verhoeven", 2, "seed"), ("Marchenko", 5, "seed")},
    ),
    # near miss: two former ranks told respectively are no values in force
    case(
        "former-respectively",
        LEAD + "Verhoeven and Marchenko, former world No. 3 and No. 8 respectively, meet again in Rome.",
        set(),
    ),
    case(
        "seeds-heading-list",
        "Seeds: 1. Tomas Verhoeven (NED), 2. Ilya Marchenko (UKR), 3. Rafael Ortega (ESP)",
        {("Verhoeven", 1, "seed"), ("Marchenko", 2, "seed"), ("Ortega", 3, "seed")},
    ),
    case(
        "seeds-heading-lines",
        "The seeds in Rome:\n1. Tomas Verhoeven (Netherlands)\n2. Ilya Marchenko (Ukraine)\n3. Rafael Ortega (Spain)",
        {("Verhoeven", 1, "seed"), ("Marchenko", 2, "seed"), ("Ortega", 3, "seed")},
    ),
    # near miss: a numbered ranking table is world ranks
    case(
        "ranking-table",
        "ATP rankings: 1. Tomas Verhoeven (NED) 9,850, 2. Ilya Marchenko (UKR) 8,120",
        {("Verhoeven", 1, "world"), ("Marchenko", 2, "world")},
    ),
    case(
        "worlds-top-ranked-player-before",
        LEAD + "Next is the world's top-ranked player Rafael Ortega.",
        {("Ortega", 1, "world")},
    ),
    case(
        "ordinal-ranked-player-before",
        LEAD + "Next is the 54th-ranked player Rafael Ortega.",
        {("Ortega", 54, "world")},
    ),
    case(
        "tournaments-seed-comma-name",
        LEAD + "Next Verhoeven plays the tournament's eighth seed, Rafael Ortega, in Rome.",
        {("Ortega", 8, "seed")},
    ),
    case(
        "womens-top-seed-name", LEAD + "Next Verhoeven plays the men's top seed Rafael Ortega.", {("Ortega", 1, "seed")}
    ),
    case("seeds-coach", LEAD + "Verhoeven thanked the tournament's eighth seed's coach, Rafael Ortega.", set()),
    case(
        "at-number-in-the-world-opening",
        LEAD + "At No. 54 in the world, Verhoeven is the lowest-ranked player left.",
        {("Verhoeven", 54, "world")},
    ),
    case(
        "at-world-number-opening",
        LEAD + "At world No. 54, Verhoeven is the lowest-ranked man left.",
        {("Verhoeven", 54, "world")},
    ),
    # near miss: a court's number
    case("at-number-court", LEAD + "At No. 1 Court, Verhoeven will face Rafael Ortega.", set()),
    # an absolute clause after a change names its own subject
    case(
        "with-player-slipping",
        LEAD + "Verhoeven rises to No. 3 in the rankings, with Marchenko slipping to No. 9.",
        {("Verhoeven", 3, "world"), ("Marchenko", 9, "world")},
    ),
    case(
        "with-player-dropping-ordinal",
        LEAD + "Verhoeven climbed to No. 3 with Marchenko dropping to 9th.",
        {("Verhoeven", 3, "world"), ("Marchenko", 9, "world")},
    ),
    # near miss: "with" before no player is no clause of its own
    case(
        "with-a-win",
        LEAD + "Verhoeven rose to No. 3 with a win over Marchenko.",
        {("Verhoeven", 3, "world")},
    ),
    # near miss: the draw's top-ranked player is its top seed, no world rank
    case("tournaments-top-ranked-player", LEAD + "Next is the tournament's top-ranked player Rafael Ortega.", set()),
]


# A rank as a position "at" a number, a rank as "the world's Nth-best player", a draw's seed in brackets
# opening a later item of a list of results; with the near misses.
POSITIONS_AND_LISTS = [
    case(
        "at-number-in-the-rankings",
        LEAD + "Marchenko, at 212 in the rankings, had won their only meeting.",
        {("Marchenko", 212, "world")},
    ),
    case(
        "sits-at-number-in-the-world",
        LEAD + "Marchenko, who sits at 88 in the world, next plays Rafael Ortega.",
        {("Marchenko", 88, "world")},
    ),
    # near misses: a position of another time, a future one
    case("was-at-before", LEAD + "Marchenko was at 212 in the rankings before the clay season.", set()),
    case("could-be-at", LEAD + "Marchenko could be at 40 in the rankings if he wins the title.", set()),
    case(
        "worlds-nth-best-player",
        "Tomas Verhoeven, the world's 38th-best player, beat Ilya Marchenko 6-4 6-3.",
        {("Verhoeven", 38, "world")},
    ),
    case(
        "nth-best-player-in-the-world",
        LEAD + "Marchenko, currently the 61st best player in the world, had led 4-2.",
        {("Marchenko", 61, "world")},
    ),
    case(
        "wta-ordinal-best",
        "Anna Verhoeven, the WTA's third-best player, beat Ilse Marchenko 6-4 6-3.",
        {("Verhoeven", 3, "world")},
    ),
    # near miss: the best player of a draw or a country is no world rank
    case("best-in-the-draw", "Tomas Verhoeven, the third-best player in the draw, beat Ilya Marchenko 6-4 6-3.", set()),
    case(
        "paren-seed-after-semicolon",
        "Second round: (1) Tomas Verhoeven (BEL) def. Ilya Marchenko (UKR) 6-3 6-4; (3) Rafael Ortega (ESP) def."
        " Pavel Drozd (CZE) 7-5 6-1.",
        {("Verhoeven", 1, "seed"), ("Ortega", 3, "seed")},
    ),
    case(
        "paren-seed-after-semicolon-no-codes",
        "Results: (2) Tomas Verhoeven d. Ilya Marchenko 6-3 6-4; (7) Rafael Ortega d. Pavel Drozd 7-5 6-1.",
        {("Verhoeven", 2, "seed"), ("Ortega", 7, "seed")},
    ),
    # near miss: a description by a past rank gives no current one
    case("former-rank-description", LEAD + "The former world No. 3 had lost twice to Marchenko.", set()),
    case(
        "two-time-champion-ranked",
        LEAD + "The two-time champion, ranked 66th, served 20 aces.",
        {("Verhoeven", 66, "world")},
    ),
    # a second relative clause on a description in apposition
    case(
        "description-two-relatives-ranked",
        "Ilse Marchenko lost to Anna Verhoeven, the 34-year-old German who had two children and who is ranked"
        " 103rd, 6-4 6-3.",
        {("Verhoeven", 103, "world")},
    ),
    case(
        "description-relative-ranked",
        "Ilse Marchenko lost to Anna Verhoeven, the 29-year-old Belgian who is ranked 88th, 6-4 6-3.",
        {("Verhoeven", 88, "world")},
    ),
    # near miss: a relative clause of another time
    case(
        "description-relative-ranked-before",
        "Ilse Marchenko lost to Anna Verhoeven, the Dutch left-hander who was ranked 88th before her injury.",
        set(),
    ),
    # a rank of a relational description: the other player of its owner's match, never the owner
    case(
        "her-opponent-the-seed",
        "Anna Verhoeven beat Ilse Marchenko 6-3 6-4. Her opponent, the fifth seed, served 11 double faults.",
        {("Marchenko", 5, "seed")},
    ),
    case(
        "his-opponent-ranked",
        LEAD + "His opponent, ranked 140th in the world, had come through qualifying.",
        {("Marchenko", 140, "world")},
    ),
    # near miss: a count in brackets inside a sentence is no seed
    case("paren-count-in-prose", "Tomas Verhoeven beat Ilya Marchenko 6-3 6-4, and aces (12) won it.", set()),
]


@pytest.mark.parametrize(
    "text,expected",
    RESPECTIVE_AND_LISTS
    + RANK_BEFORE_NAME
    + APPOSITION
    + PREDICATE
    + DOUBLES
    + DRAWS
    + CHANGES
    + NOW_AND_THEN
    + APPOSITION_LISTS
    + DESCRIBED_HEAD
    + RANKING_OF_AND_COLLEGE
    + TEAM_SEEDS
    + BRACKETS_AND_AT
    + WORDINGS
    + TOP_AND_FUTURE
    + CAUSED
    + POSITIONS_AND_LISTS,
)
def test_rank_slots(blank_record, text, expected):
    assert rankings(blank_record(text)) == expected
