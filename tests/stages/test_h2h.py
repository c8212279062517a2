"""Head-to-head records stated in the text: wins of meetings, never a match result of their own."""

from __future__ import annotations

import pytest
from support import h2h, match_pairs

from extractor.results.headtohead import is_h2h_statement

LEAD = "Cameron Norrie beat Carlos Alcaraz 4-6, 6-3, 6-4 in Paris. "

# (text, {(player, opponent, wins, meetings)})
RECORDS = [
    (LEAD + "It is the third time in eight meetings that Norrie has defeated Alcaraz.", {("Norrie", "Alcaraz", 3, 8)}),
    (LEAD + "It was the 3rd time in 8 meetings that Norrie had beaten Alcaraz.", {("Norrie", "Alcaraz", 3, 8)}),
    (
        "It was the fifth time in nine meetings that Jannik Sinner had beaten Daniil Medvedev.",
        {("Sinner", "Medvedev", 5, 9)},
    ),
    (
        "Novak Djokovic beat Andy Murray 6-4 6-4 in Doha. Djokovic has won 25 of his 36 meetings with Murray.",
        {("Djokovic", "Murray", 25, 36)},
    ),
    (
        "Novak Djokovic beat Andy Murray 6-4 6-4 in Doha. Djokovic has now won 25 of their 36 "
        "career meetings against Murray.",
        {("Djokovic", "Murray", 25, 36)},
    ),
    (LEAD + "Norrie said it was the best win of his career.", set()),
]

SCORE_SHAPED_RECORDS = [
    (
        "Novak Djokovic beat Rafael Nadal 6-4 6-4 in the final in Rome.\n\nDjokovic leads Nadal "
        "30-29 in their rivalry.",
        {("Djokovic", "Nadal", 30, 59)},
    ),
    (
        "Iga Swiatek beat Coco Gauff 6-4 6-4 in the final in Rome.\n\nSwiatek improved her "
        "record against Gauff to 7-0.",
        {("Swiatek", "Gauff", 7, 7)},
    ),
    (
        "Iga Swiatek beat Coco Gauff 6-4 6-4 in the final in Rome.\n\nSwiatek leads the "
        "head-to-head against Gauff 7-0.",
        {("Swiatek", "Gauff", 7, 7)},
    ),
]


@pytest.mark.parametrize("text,expected", RECORDS)
def test_head_to_head(blank_record, text, expected):
    assert h2h(blank_record(text)) == expected


@pytest.mark.parametrize("text,expected", SCORE_SHAPED_RECORDS)
def test_head_to_head_written_as_a_record(blank_record, text, expected):
    assert h2h(blank_record(text)) == expected


def test_a_head_to_head_is_not_a_match(blank_record):
    record = blank_record("It was the fifth time in nine meetings that Jannik Sinner had beaten Daniil Medvedev.")
    assert record.matches == []
    record = blank_record(LEAD + "It is the third time in eight meetings that Norrie has defeated Alcaraz.")
    assert match_pairs(record) == {("Norrie", "Alcaraz")}
    assert len(record.matches) == 1


def test_h2h_evidence_is_the_sentence(blank_record):
    text = LEAD + "It is the third time in eight meetings that Norrie has defeated Alcaraz."
    (fact,) = blank_record(text).head_to_head
    assert fact.evidence.text == "It is the third time in eight meetings that Norrie has defeated Alcaraz."


@pytest.mark.parametrize(
    "masked,is_record",
    [
        ("It is the third time in eight meetings that ⟨R0⟩ has defeated ⟨R1⟩.", True),
        ("⟨R0⟩ has won five of their eight meetings.", True),
        ("⟨R0⟩ beat ⟨R1⟩ ⟨S0⟩ in the final.", False),
        ("⟨R0⟩ won the title for the third time.", False),
    ],
)
def test_is_h2h_statement(masked, is_record):
    assert is_h2h_statement(masked) is is_record


def test_a_record_like_11_3_does_not_make_tennis_another_sport(blank_record):
    record = blank_record("Iga Swiatek beat Coco Gauff 6-4 6-4. Swiatek leads Gauff 11-3 in their head-to-head.")
    assert match_pairs(record) == {("Swiatek", "Gauff")}
