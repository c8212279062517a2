"""A partner read across "and" that is the singles side of the next clause (extractor/results/teams.py,
singles_sides), and idioms of a result ("sent L packing", "made it past L", "bested L")."""

from __future__ import annotations

import pytest
from examples import complete_clauses, masked_example, sides

from extractor.results.teams import singles_sides


def read(text: str, frames) -> list[tuple[str | None, ...]]:
    return [sides(c) for c in singles_sides(complete_clauses(text, frames), masked_example(text))]


@pytest.mark.parametrize(
    "text",
    [
        "W beat L 6-3 6-3, while L2 was beaten by W2 and W overcame L in the late match",
        "L was stunned by W and W2 saw off L2 in straight sets",
    ],
)
def test_a_partner_who_is_the_singles_winner_of_the_next_clause_is_no_partner(frames, text):
    assert all(s[2] is None and s[3] is None for s in read(text, frames))


def test_a_doubles_sentence_keeps_its_teams(frames):
    # the near miss: a sentence of doubles keeps the pair
    assert read("In the doubles, L and L2 were beaten by W and W2", frames) == [("W", "L", "W2", "L2")]


@pytest.mark.parametrize(
    "text",
    [
        "W sent the top seed L packing 6-2 6-2",
        "W sends L (3) packing in the second round",
        "W made it past L 7-5 6-4 to reach the last eight",
        "W bested L in three sets",
    ],
)
def test_idioms_of_a_result(frames, text):
    assert [sides(c)[:2] for c in complete_clauses(text, frames)] == [("W", "L")]


def test_sending_a_message_is_no_result(frames):
    assert complete_clauses("W sent L a message of support", frames) == []


@pytest.mark.parametrize(
    "text",
    [
        "W seemed set for a quick night when she crushed L 6-1 in the opening set",
        "W blitzed L 6-0 in the opening set before the rain came",
    ],
)
def test_an_early_set_won_is_no_result(frames, text):
    assert complete_clauses(text, frames) == []


@pytest.mark.parametrize("text", ["W beat L 6-4 6-3 in the second round", "W edged L 7-5 in the final set"])
def test_a_match_score_or_a_deciding_set_is_still_a_result(frames, text):
    assert [sides(c)[:2] for c in complete_clauses(text, frames)] == [("W", "L")]


@pytest.mark.parametrize(
    "text",
    [
        "There was defeat for the holder L against W on Court 3",
        "It was a second-round exit for L at the hands of W, 6-4 7-5",
    ],
)
def test_a_noun_of_losing_for_its_loser(frames, text):
    assert [sides(c)[:2] for c in complete_clauses(text, frames)] == [("W", "L")]


def test_a_loss_for_l_that_would_follow_is_no_result(frames):
    assert complete_clauses("A loss for L to W would end her season", frames) == []


@pytest.mark.parametrize(
    "text",
    [
        "W booked her place in the semi-finals at the expense of L",
        "W clinched a spot in the quarter-finals at the expense of the holder L 6-2 6-4",
    ],
)
def test_a_place_booked_at_the_expense_of_the_loser(frames, text):
    assert [sides(c)[:2] for c in complete_clauses(text, frames)] == [("W", "L")]


def test_a_ranking_place_at_the_expense_of_a_player_is_no_result(frames):
    assert complete_clauses("W claimed a place in the top ten at the expense of L", frames) == []
