"""Constructions of a result that real pages add around the verb (extractor/results/patterns.py,
unplayed.py, coordinated.py): a match noun after "came through" or "survived", a defeat handed with an
adverb before it, the opponent of W who did not play the match out, a loss told again to a second winner."""

from __future__ import annotations

import pytest
from examples import complete_clauses, sides


def pairs(text: str, frames) -> list[tuple[str | None, str | None]]:
    return [(c.winner, c.loser) for c in complete_clauses(text, frames)]


@pytest.mark.parametrize(
    "text",
    [
        "W came through a bruising three-hour battle with L 7-6 6-7 7-5",
        "W survived a marathon encounter against L on Court 2",
        "On Tuesday W, the fourth seed, came through a nervy match against L in straight sets",
    ],
)
def test_a_match_noun_after_came_through_or_survived_names_the_loser(frames, text):
    assert pairs(text, frames) == [("W", "L")]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: no match noun (a scare, a storm), or the match still to come
        "W survived a scare against L's compatriot in practice",
        "W came through qualifying and now meets L",
        "W will have to come through a tough match against L",
    ],
)
def test_came_through_without_a_match_noun_or_not_yet_played_is_no_result(frames, text):
    assert ("W", "L") not in pairs(text, frames)


@pytest.mark.parametrize(
    "text",
    [
        "W hands L only her second defeat of the season",
        "W handed L just a third loss on grass in five years",
    ],
)
def test_a_defeat_handed_with_an_adverb_before_it(frames, text):
    assert pairs(text, frames) == [("W", "L")]


def test_a_handed_trophy_is_no_defeat(frames):
    assert pairs("W handed L only the runners-up trophy", frames) == []


@pytest.mark.parametrize(
    "text",
    [
        "W, whose opponent L of Chile retired with a calf strain, moves on",
        "W, whose semi-final opponent L pulled out with a wrist injury, is in the final",
        "W's opponent, L, quit after one set",
    ],
)
def test_the_opponent_of_w_who_stopped_or_withdrew(frames, text):
    assert pairs(text, frames) == [("W", "L")]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a match still to come, a player retiring from the sport in the future
        "W, whose next opponent L withdrew from Halle last week, plays on Thursday",
        "W's opponent L said he would retire at the end of the season",
    ],
)
def test_a_next_opponent_or_a_future_retirement_is_no_result(frames, text):
    assert pairs(text, frames) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("L has been beaten twice on grass: by W in Halle, and by W2 at Queen's", [("W", "L"), ("W2", "L")]),
        ("L lost to W in the first round in Paris and then to W2 in Rome", [("W", "L"), ("W2", "L")]),
        ("L has twice lost to W, both times in finals, and once to W2", [("W", "L"), ("W2", "L")]),
    ],
)
def test_a_loss_told_again_to_a_second_winner(frames, text, expected):
    assert [sides(c)[:2] for c in complete_clauses(text, frames)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # near misses: "by" after a loss to is no passive's agent; "to" after "and" opens an infinitive
        "L lost to W in Halle and by then W2 had gone home",
        "L lost to W and went to W2 for advice",
    ],
)
def test_no_second_winner_without_the_prepositions_of_the_loss(frames, text):
    assert [sides(c)[:2] for c in complete_clauses(text, frames)] == [("W", "L")]
