"""A retirement word gives a score the outcome "retired" only from the score's own clause
(extractor/results/attach.py, score_for): not from another result told in the same sentence."""

from __future__ import annotations

import pytest
from examples import masked_example

from extractor.results.attach import attach_scores, score_for, score_segment
from extractor.results.clauses import find_clauses
from extractor.results.frames import ResultWords


@pytest.fixture(scope="module")
def words(frames) -> ResultWords:
    return frames.words


def outcomes(text: str, frames) -> list[tuple[str | None, str | None, str | None]]:
    masked = masked_example(text)
    clauses = attach_scores(masked, find_clauses(masked, (0, len(text)), frames)[0])
    out = []
    for c in clauses:
        score = score_for(c, masked, text, "2023-05-01", frames.words)
        out.append((c.winner, c.loser, score.outcome if score else None))
    return out


@pytest.mark.parametrize(
    "text",
    [
        "W overpowered L 7-5 6-2, while W2 retired hurt in the second set of the late match.",
        "W saw off L 6-1 6-4; earlier L2 had quit with a shoulder problem.",
        "W beat L 6-3 7-6(4) but his compatriot L2 retired in the opener against W2.",
    ],
)
def test_a_complete_score_keeps_completed_when_a_retirement_is_told_in_another_clause(frames, text):
    assert ("W", "L", "completed") in outcomes(text, frames)


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the retirement is the score's own clause
        "L retired while trailing W 3-6 4-6 in the third round.",
        "L quit with a sore back when 2-6 3-6 down to W.",
        "W beat L 6-3 6-4 after L retired hurt.",
    ],
)
def test_a_retirement_in_the_scores_own_clause_still_gives_retired(frames, text):
    assert ("W", "L", "retired") in outcomes(text, frames)


def test_score_segment_stops_at_the_clause_breaks():
    text = "⟨R0⟩ beat ⟨R1⟩ ⟨S0⟩, while ⟨R2⟩ retired"
    assert text[slice(*score_segment(text, text.index("⟨S0⟩")))] == "⟨R0⟩ beat ⟨R1⟩ ⟨S0⟩, "
