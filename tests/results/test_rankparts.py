"""The rankings stage's cues (extractor/results/rankparts.py): a sentence that ``may_hold_rank`` says
no to holds no rank or seed slot, and every slot that matches a masked sentence finds what it needs
there (``slot_cues``); the sentences that hold no cue are passed over."""

from __future__ import annotations

import pytest

from extractor.results.rankparts import may_hold_rank, slot_cues
from extractor.results.rankslots import PATTERNS

# Masked sentences (players as ⟨Rk⟩) that one slot or more reads, one a way of writing a rank or seed.
MASKED = [
    "⟨R0⟩ climbed from No. 12 to No. 9 this week.",
    "⟨R0⟩ slips to 14th after the loss.",
    "⟨R0⟩ is the world No. 1 again.",
    "1. ⟨R0⟩ (ITA) 11500, 2. ⟨R1⟩ (ESP) 11250",
    "⟨R0⟩, ranked 54th in the world, beat ⟨R1⟩.",
    "The third-ranked ⟨R0⟩ lost.",
    "⟨R0⟩, with a world ranking of 88, won.",
    "⟨R0⟩, who is fifth in the WTA rankings, won.",
    "No. 3 seed ⟨R0⟩ beat ⟨R1⟩.",
    "Top-seeded ⟨R0⟩ beat ⟨R1⟩.",
    "⟨R0⟩ (3) beat ⟨R1⟩ (POL x1).",
    "[1] R. ⟨R0⟩ (IND) / M. ⟨R1⟩ (AUS) d. ⟨R2⟩ [5]",
    "(1) ⟨R0⟩ d. (12) ⟨R1⟩",
    "⟨R0⟩ (No. 29 to No. 22) and ⟨R1⟩ (up two to 16)",
    "⟨R0⟩ sits at No. 5 and ⟨R1⟩ at No. 7.",
    "⟨R0⟩, number four in the world, won.",
    "Seeded third, ⟨R0⟩ beat ⟨R1⟩.",
    "\n3 ⟨R0⟩ (Australia)\n",
    "⟨R0⟩ is up to No. 198.",
    "⟨R0⟩ (8th seed) beat ⟨R1⟩.",
    "⟨R0⟩, the highest-ranked player left at No. 41, won.",
]


@pytest.mark.parametrize("masked", MASKED)
def test_every_matching_slot_finds_what_it_needs(masked):
    has = slot_cues(masked)
    matched = [i for i, (pattern, _, needs) in enumerate(PATTERNS) if pattern.search(masked)]
    assert matched, "an example no slot reads"
    for i in matched:
        assert has[PATTERNS[i][2]], f"slot {i} matched without its cue {PATTERNS[i][2]!r}"
    assert may_hold_rank(masked)


@pytest.mark.parametrize(
    "sentence",
    [
        "Sinner beat Alcaraz 6-4 6-3 in the final on Sunday.",
        "She won the first set but lost the second.",  # an ordinal with no word of ranking or change
        "It was not the day for him, he said.",  # "not", "know": no "No."
    ],
)
def test_sentences_without_a_cue_are_passed_over(sentence):
    assert not may_hold_rank(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Sinner (ITA) won.",
        "The No5 held on.",
        "She rose to fifth.",  # an ordinal after a verb of change
        "She is fifth in the WTA race.",  # an ordinal with a tour's name
        "The Top-Ranked player won.",  # any case
    ],
)
def test_sentences_with_a_cue_are_read(sentence):
    assert may_hold_rank(sentence)
