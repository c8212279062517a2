"""More constructions of a result (no model): a defeat given, an infinitive after "It took W ... to", a match
named as a noun "with" its loser, infinitives of every verb of winning, a participle of winning after a comma
that hangs on the subject of its clause."""

from __future__ import annotations

import pytest
from examples import complete_clauses, sides
from support import matches


@pytest.mark.parametrize(
    "text",
    [
        # W gives L the noun of losing
        "W handed L a 6-2 6-2 defeat in the final",
        "W, the second seed, dealt L a straight-sets beating",
        "W inflicted a first home defeat in two years on L",
        "W condemned L to a first-round exit",
        # "It took W ... to <win> L"
        "It took W just 78 minutes to dispatch L",
        "It took W three hours and two tie-breaks to get past L",
        # a match named as a noun, its loser after "with"
        "W edged a tight contest with L 7-6 7-5",
        "W won his quarter-final match with L in three sets",
        # the infinitive of a verb of winning
        "W needed three sets to crush L",
        "W came from a set down to stun L",
        # verb phrases of the data
        "W made short work of L",
        "W came out on top against L in three sets",
        "W emerged victorious over L",
        "W advanced at the expense of L",
    ],
)
def test_a_result_in_each_construction(frames, text):
    assert [sides(c) for c in complete_clauses(text, frames)] == [("W", "L", None, None)]


@pytest.mark.parametrize(
    "text",
    [
        "W gave L a hug at the net",  # no noun of losing
        "W handed L the trophy",
        "W will hand L a defeat",  # a prediction
        "It took W a while to get used to L's serve",  # no verb of winning
        "W won a doubles match with L on Friday",  # a partner, not an opponent
        "W won a match with L as her partner",
    ],
)
def test_near_misses_state_no_result(frames, text):
    assert complete_clauses(text, frames) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Jannik Sinner denied Daniil Medvedev a first title of the year, winning 7-6 (4) 7-5.",
            [("Sinner", "Medvedev", "7-6(4) 7-5", "completed")],
        ),
        (
            "Coco Gauff spoiled Jessica Pegula's birthday, eventually winning 6-4 4-6 6-2.",
            [("Gauff", "Pegula", "6-4 4-6 6-2", "completed")],
        ),
    ],
)
def test_a_participle_after_a_comma_is_the_subjects_win(blank_record, text, expected):
    """The nearest name before ", winning 7-5" is the object of another verb: the subject won."""
    assert matches(blank_record(text)) == expected


def test_a_defeat_given_keeps_its_score_from_the_winners_side(blank_record):
    text = "Holger Rune handed Taylor Fritz a 6-3 7-6 (5) defeat in the quarter-finals."
    assert matches(blank_record(text)) == [("Rune", "Fritz", "6-3 7-6(5)", "completed")]


@pytest.mark.parametrize(
    "text",
    [
        # the loser first: a run, a campaign or hopes ended by the winner
        "L's run to the final ended at the hands of W",
        "L's hopes of a first title were dashed by W",
        "L's title defence came to an end against W on Friday",
        # a participle of losing after the clause's opponent; a lead given up, then the loss
        "L had few answers against W, losing 1-6 2-6",
        "L led W by a set but eventually lost 6-4 2-6 3-6",
        "L was ahead of W for two hours before falling 7-5 4-6 4-6",
        # a win after the opponent of the clause
        "W kept up her perfect record against L with a 6-1 6-2 win",
        "L was sent crashing out by W",
    ],
)
def test_a_loss_in_each_construction(frames, text):
    assert [sides(c) for c in complete_clauses(text, frames)] == [("W", "L", None, None)]


@pytest.mark.parametrize(
    "text",
    [
        "L's hopes were dashed by the rain against W",  # the rain ended them
        "L's winning streak ended on Friday",  # no winner
        "L's bid for a title will be ended by W",  # a prediction
    ],
)
def test_an_ended_run_needs_its_winner_now(frames, text):
    assert [c for c in complete_clauses(text, frames) if c.winner == "W"] == []


def test_a_lead_given_up_keeps_the_score_from_the_winners_side(blank_record):
    text = "Daria Kasatkina led Elina Svitolina by a set but lost 6-4 2-6 3-6 in Saturday's final."
    assert matches(blank_record(text)) == [("Svitolina", "Kasatkina", "4-6 6-2 6-3", "completed")]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Paula Badosa next meets Linda Noskova, the woman who knocked her out in the first round last year.",
            [("Noskova", "Badosa")],
        ),
        (
            "Elise Mertens reached the final when Anna Blinkova retired against her trailing 1-6, 0-2.",
            [("Mertens", "Blinkova")],
        ),
    ],
)
def test_her_as_the_object_of_a_result(blank_record, text, expected):
    assert [(w, l) for w, l, _, _ in matches(blank_record(text))] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("It was a 6-2 6-3 victory for W over L", [("W", "L", None, None)]),
        ("Victory for W against the top seed L means a place in the final", [("W", "L", None, None)]),
        # near misses: a condition, a hope
        ("A win for W over L would send her through", []),
        ("W hopes for a win over L", []),
    ],
)
def test_a_noun_of_winning_names_its_winner_after_for(frames, text, expected):
    assert [sides(c) for c in complete_clauses(text, frames)] == expected
