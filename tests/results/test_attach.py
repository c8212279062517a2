"""Which clause a score run belongs to (extractor/results/attach.py), on masked examples."""

from __future__ import annotations

import pytest
from examples import masked_example

from extractor.results.attach import attach_scores
from extractor.results.clauses import find_clauses
from extractor.results.frames import Frames


def held_runs(text: str, frames: Frames) -> list[tuple[str | None, str | None, str | None]]:
    masked = masked_example(text)
    clauses = find_clauses(masked, (0, len(text)), frames)[0]
    out = []
    for c in attach_scores(masked, clauses):
        out.append((c.winner, c.loser, masked.runs[c.run].text if c.run is not None else None))
    return out


@pytest.mark.parametrize(
    "text,expected",
    [
        # a results line whose first result is not read (a team score, an unlisted name): its score stays its own
        ("Group B: 6-3 6-4; W bt L 4-6 7-6(5) 6-2", [("W", "L", "4-6 7-6(5) 6-2")]),
        ("Day two: Latvia 2-1 up, 7-5 6-1 in the doubles; W d. L 6-2 6-3", [("W", "L", "6-2 6-3")]),
        # a box score whose first line is not read: its score stays on its line
        ("1. Cal Poly 6-4, 7-5\n2. W (UCLA) def. L (USC) 6-3, 2-6, 6-2", [("W", "L", "6-3, 2-6, 6-2")]),
        ("Court 3: 6-1 6-1 (unfinished)\nCourt 4: W d. L 7-5 7-5", [("W", "L", "7-5 7-5")]),
    ],
)
def test_a_score_before_a_semicolon_or_line_break_is_no_score_of_the_result_after_it(frames, text, expected):
    assert held_runs(text, frames) == expected


def test_a_score_before_the_result_in_the_same_part_still_attaches(frames):
    # the near miss: no semicolon between, the score before the clause is still its score ("6-3 6-4 to W over L")
    assert held_runs("Final: 6-3 6-4, W beat L", frames) == [("W", "L", "6-3 6-4")]
