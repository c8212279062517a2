"""A participle of losing ("going down to W", "before losing to W") hangs on the subject of its clause,
however far before it the subject stands (no model)."""

from __future__ import annotations

import pytest
from examples import complete_clauses, sides
from support import matches


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "L reached a first final on the grass after three weeks on the road and two qualifying rounds, "
            "going down to W 7-6 3-6 7-5",
            [("W", "L", None, None)],
        ),
        (
            "L, who had come through a draw full of former champions earlier in the week, before losing to W, "
            "said the crowd carried her",
            [("W", "L", None, None)],
        ),
        # the object read first is no subject: the participle is the subject's
        (
            "Seeded ninth, L beat L2 6-4 3-6 9-7 6-2 in the fourth round, a match that finished after dark, "
            "before losing to W in the quarter-finals",
            [("L", "L2", None, None), ("W", "L", None, None)],
        ),
        # a doubles pair as the subject
        (
            "L and L2, the local wildcards, were beaten in the semi-finals of the doubles on Thursday, falling "
            "6-4 7-6 to the eventual champions, the top seeds W and W2",
            [("W", "L", "W2", "L2")],
        ),
    ],
)
def test_a_participle_of_losing_is_its_subjects_loss(frames, text, expected):
    assert [sides(c) for c in complete_clauses(text, frames)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # a set, a break or a lead lost inside a match is no result
        "L fought back from two sets down in the longest match of the day, going down a break to W before rallying",
        "L praised the crowd, whose support had carried her through a long fortnight, after losing the first set to W",
    ],
)
def test_a_part_of_a_match_lost_is_no_result(frames, text):
    assert complete_clauses(text, frames) == []


def test_an_infinitive_of_winning_after_to_is_no_opponent(frames):
    text = (
        "W struggled through the first hour of a final delayed by rain, losing serve twice, before going on to beat L"
    )
    assert [sides(c) for c in complete_clauses(text, frames)] == [("W", "L", None, None)]


def test_the_score_after_a_far_participle_is_the_matchs(blank_record):
    text = (
        "Matteo Ricci came within a handful of points of becoming the first Italian boy in a decade to win the "
        "junior title, going down to Portugal's Duarte Silva Pinto 7-6 (3), 3-6, 7-5 in Saturday's final."
    )
    assert matches(blank_record(text)) == [("Pinto", "Ricci", "7-6(3) 3-6 7-5", "completed")]
