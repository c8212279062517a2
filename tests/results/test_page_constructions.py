"""Constructions real pages wrap around a result (extractor/results/patterns.py, fillers.py, unplayed.py,
coordinated.py, subjects.py): a second title before the loser, a partner's country as a possessor, an
apposition before a retirement, a scored win after the opponent of the clause, a beating given, one player
after "including", a second loser joined by "and", a participle that hangs on no object."""

from __future__ import annotations

import pytest
from examples import complete_clauses, sides


def found(text: str, frames) -> list[tuple[str | None, ...]]:
    return [sides(c) for c in complete_clauses(text, frames)]


def pairs(text: str, frames) -> list[tuple[str | None, str | None]]:
    return [(c.winner, c.loser) for c in complete_clauses(text, frames)]


@pytest.mark.parametrize(
    "text",
    [
        "W ousted top seed and world No 1 L in the quarter-finals",
        "W stunned the defending champion and home favourite L on Centre Court",
    ],
)
def test_two_titles_joined_by_and_before_the_loser(frames, text):
    assert pairs(text, frames) == [("W", "L")]


def test_and_before_a_name_that_is_no_title_still_ends_the_object(frames):
    # the near miss: "beat L and L2 lost" keeps two clauses, no title is read across "and"
    assert ("W", "L2") not in pairs("W beat L and L2 lost to W2", frames)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Spain's W and Italy's W2 beat L and L2 6-4 6-4", [("W", "L", "W2", "L2")]),
        ("The French pair of W and Belgium's W2 overcame L and L2 in a super tie-break", [("W", "L", "W2", "L2")]),
    ],
)
def test_a_partners_country_as_a_possessor(frames, text, expected):
    assert found(text, frames) == expected


@pytest.mark.parametrize(
    "text",
    [
        "L, who had come through qualifying without dropping a set, retired hurt against W",
        "L, the 2019 champion, had a wretched afternoon, retiring with cramp trailing W 2-6 1-4",
    ],
)
def test_an_apposition_between_the_loser_and_the_retirement(frames, text):
    assert pairs(text, frames) == [("W", "L")]


@pytest.mark.parametrize(
    "text",
    [
        "W, who came into the draw as a lucky loser after L withdrew, lost in the first round",
        "W got a place in the field when L pulled out injured",
    ],
)
def test_a_withdrawal_that_lets_a_player_into_the_event_is_no_walkover(frames, text):
    assert pairs(text, frames) == []


@pytest.mark.parametrize(
    "text",
    [
        "W dropped only six games against L, the former champion, in a 6-3 6-3 win",
        "W was barely troubled by L in a 6-1 6-4 victory that took 68 minutes",
        "W lost just five games to L in a 6-2 6-3 win",
    ],
)
def test_a_scored_win_after_the_opponent_of_the_clause(frames, text):
    assert pairs(text, frames) == [("W", "L")]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: games counted in a loss with no win of the subject after it; a final set lost is the match
        "L lost only seven games to W",
        "L lost the final set 4-6 to W after two hours",
    ],
)
def test_games_counted_without_a_win_after_them(frames, text):
    assert ("L", "W") not in pairs(text, frames)


def test_lost_only_games_is_no_loss_but_lost_the_final_set_is(frames):
    assert pairs("L lost the final set 4-6 to W after two hours", frames) == [("W", "L")]


@pytest.mark.parametrize(
    "text",
    ["W handed L a 6-1 6-2 lesson in the final", "W gave L a hiding on Court 2", "W dealt L a 6-0 6-1 schooling"],
)
def test_a_beating_given(frames, text):
    assert pairs(text, frames) == [("W", "L")]


def test_a_lesson_given_without_a_score_is_no_result(frames):
    assert pairs("W gave L a lesson in how to slice", frames) == []


@pytest.mark.parametrize(
    "text",
    [
        "W saw off four seeds on her way to the trophy, including L, 6-4 6-4, in the semi-finals",
        "W has beaten several former champions this year including L",
    ],
)
def test_one_player_after_including(frames, text):
    assert pairs(text, frames) == [("W", "L")]


def test_including_after_no_verb_of_winning(frames):
    assert pairs("W has played several seeds, including L", frames) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("W beat L and L2 before going down to W2 in the final", [("W", "L"), ("W", "L2"), ("W2", "W")]),
        ("W overcame L and L2 en route to the title", [("W", "L"), ("W", "L2")]),
    ],
)
def test_a_second_loser_joined_by_and_before_a_participle(frames, text, expected):
    assert sorted(pairs(text, frames)) == sorted(expected)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("W will face L2 in the final after dispatching L", [("W", "L")]),
        ("W thanked L2 after edging past L", [("W", "L")]),
    ],
)
def test_a_participle_hangs_on_the_subject_not_on_an_object(frames, text, expected):
    assert pairs(text, frames) == expected


def test_a_participle_after_a_subject_with_its_own_verb_stays_its_own(frames):
    # near miss: "W2 beat L2 and L beat W, losing...": the second clause keeps its own subject
    assert ("L", "W") in pairs("W2 beat L2 and L beat W, losing just four games", frames)


@pytest.mark.parametrize(
    "text",
    [
        "W reached the final with a 6-1 6-1 demolition of W2's conqueror, L, on Saturday",
        "W followed up with a straight-sets win over W2's conqueror, L",
    ],
)
def test_a_noun_of_winning_over_a_conqueror_named_in_apposition(frames, text):
    assert ("W", "L") in pairs(text, frames) and ("L", "W2") in pairs(text, frames)
