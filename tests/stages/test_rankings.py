"""World rankings and seeds: only values in force, with the kind and the tour."""

from __future__ import annotations

import pytest
from support import rankings

# (text, {(surname, rank, kind)})
RANKINGS = [
    ("World No 1 Novak Djokovic beat Tommy Paul 6-4 6-4 at Indian Wells.", {("Djokovic", 1, "world")}),
    (
        "World number one Iga Swiatek beat world number 21 Donna Vekic 6-4 6-4.",
        {("Swiatek", 1, "world"), ("Vekic", 21, "world")},
    ),
    ("Carlos Alcaraz, the world number two, beat Casper Ruud 6-4 6-4.", {("Alcaraz", 2, "world")}),
    ("Coco Gauff beat Elena Rybakina, the world No. 4, 6-4 6-4.", {("Rybakina", 4, "world")}),
    (
        "Tommy Paul lost to Novak Djokovic 4-6 4-6. Paul, ranked 14th in the world, was not discouraged.",
        {("Paul", 14, "world")},
    ),
    ("20th-ranked Casper Ruud beat Carlos Alcaraz 6-4 6-4.", {("Ruud", 20, "world")}),
    ("The top-ranked Jannik Sinner beat Tommy Paul 6-3 6-2.", {("Sinner", 1, "world")}),
    # a descriptor carries the rank to the player it points to
    (
        "Carlos Alcaraz’s hopes were dashed, with the world No 1 stunned by Cameron Norrie 4-6 6-3 6-4.",
        {("Alcaraz", 1, "world")},
    ),
    # seeds
    ("No. 3 seed Elena Rybakina beat Anna Blinkova 6-3 6-1.", {("Rybakina", 3, "seed")}),
    ("Number four seed Elena Rybakina beat Anna Blinkova 6-3 6-1.", {("Rybakina", 4, "seed")}),
    ("Top seed Iga Swiatek beat Sorana Cirstea 6-1 6-1.", {("Swiatek", 1, "seed")}),
    ("Eighth seed Maria Sakkari lost to Emma Navarro 6-7(3) 4-6.", {("Sakkari", 8, "seed")}),
    ("Second-seeded Coco Gauff beat Katie Boulter 6-4 6-4.", {("Gauff", 2, "seed")}),
    ("5th-seeded Jessica Pegula lost to Anna Kalinskaya 4-6 4-6.", {("Pegula", 5, "seed")}),
    ("Iga Swiatek (POL x1) bt Sorana Cirstea (ROU) 6-1 6-1", {("Swiatek", 1, "seed")}),
    ("Jannik Sinner (1) bt Tommy Paul (12) 6-3 6-2", {("Sinner", 1, "seed"), ("Paul", 12, "seed")}),
    # a ranking that changes: only the value now in force
    (
        "Cameron Norrie rose from No.101 to No.77 in the ATP rankings after beating Daniel Evans 6-4 6-4.",
        {("Norrie", 77, "world")},
    ),
    (
        "Jasmine Paolini moved up to world No. 4 in the WTA rankings after beating Coco Gauff 6-4 6-4.",
        {("Paolini", 4, "world")},
    ),
    # not current, not a world ranking
    ("Daniil Medvedev, the former world No 1, beat Andrey Rublev 6-4 6-4.", set()),
    ("British No 1 Cameron Norrie beat Daniel Evans 6-3 6-2.", set()),
    ("Ben Shelton, who hit a career-high 10th this year, beat Tommy Paul 6-3 6-2.", set()),
    ("Joao Fonseca beat Tommy Paul 6-3 6-2 and will break into the top 100 next week.", set()),
    pytest.param(
        "Jasmine Paolini beat former world No 1 Naomi Osaka 6-4 6-4.",
        set(),
        id="former-world-no-1-before-name",
    ),
    pytest.param(
        "Casper Ruud beat Alexander Zverev 6-4 6-4. Ruud, the 20th-ranked Norwegian, had won two titles this year.",
        {("Ruud", 20, "world")},
        id="appositive-nth-ranked",
    ),
]


@pytest.mark.parametrize("text,expected", RANKINGS)
def test_rankings(blank_record, text, expected):
    assert rankings(blank_record(text)) == expected


@pytest.mark.parametrize(
    "text,tour",
    [
        ("Jasmine Paolini moved up to world No. 4 in the WTA rankings after beating Coco Gauff 6-4 6-4.", "WTA"),
        ("Cameron Norrie rose from No.101 to No.77 in the ATP rankings after beating Daniel Evans 6-4 6-4.", "ATP"),
        ("World No 1 Novak Djokovic beat Tommy Paul 6-4 6-4.", "ATP"),  # from the known player
    ],
)
def test_world_rankings_carry_the_tour(blank_record, text, tour):
    (r,) = blank_record(text).rankings
    assert (r.kind, r.tour) == ("world", tour)


def test_seeds_carry_no_tour(blank_record):
    (r,) = blank_record("No. 3 seed Elena Rybakina beat Anna Blinkova 6-3 6-1 in the WTA event.").rankings
    assert (r.kind, r.tour) == ("seed", None)


def test_ranking_evidence_is_the_sentence(blank_record):
    text = "It rained. World No 1 Novak Djokovic beat Tommy Paul 6-4 6-4. Paul was calm."
    (r,) = blank_record(text).rankings
    assert r.evidence.text == "World No 1 Novak Djokovic beat Tommy Paul 6-4 6-4."


def test_world_rank_and_seed_for_one_player(blank_record):
    text = (
        "Frances Tiafoe, the world No 12, lost to Jack Draper 6-4 6-4. Fifth seed Frances Tiafoe was not at his best."
    )
    assert rankings(blank_record(text)) == {("Tiafoe", 12, "world"), ("Tiafoe", 5, "seed")}
