"""Results joined to one already read (results/coordinated.py) and matches not played out told after a
comma (results/unplayed.py), on masked examples and on the blank pipeline (no model)."""

from __future__ import annotations

import pytest
from examples import complete_clauses, sides
from support import matches


@pytest.mark.parametrize(
    "text,expected",
    [
        # another noun of winning after "and" shares the winner of the result before it
        (
            "W's run to the title included a 6-3 6-4 win over L in the semi-final and a quarter-final victory over L2",
            [("W", "L", None, None), ("W", "L2", None, None)],
        ),
        (
            "W claimed a hard-fought win over L and a straight-sets triumph against L2 on the same day",
            [("W", "L", None, None), ("W", "L2", None, None)],
        ),
        # near miss: no noun of winning after "and"
        ("W claimed a 6-4 6-4 win over L and a place in the final against L2", [("W", "L", None, None)]),
    ],
)
def test_another_noun_of_winning_after_and_shares_the_winner(frames, text, expected):
    assert [sides(c) for c in complete_clauses(text, frames)] == expected


def test_each_joined_noun_phrase_keeps_its_own_score(blank_record):
    text = (
        "Marta Kostyuk's route to the final included a 3-6, 7-5, 6-2 win over Linda Fruhvirtova in the semi-final "
        "and a quarter-final victory over Paula Badosa, who retired with a back injury trailing 6-3, 3-1."
    )
    got = {(w, l): s for w, l, s, _ in matches(blank_record(text))}
    assert got == {("Kostyuk", "Fruhvirtova"): "3-6 7-5 6-2", ("Kostyuk", "Badosa"): "6-3 3-1"}


@pytest.mark.parametrize(
    "text,expected",
    [
        # a withdrawal or a retirement told in a clause after a comma, further from the winner than one without
        (
            "W reached the semi-finals of the grass-court championships at the club on Friday without hitting a "
            "ball, after L pulled out an hour before their match",
            [("W", "L", None, None)],
        ),
        (
            "W collected the trophy for the third time in front of a half-empty stadium after only three games, "
            "when L retired from the final with a stiff neck",
            [("W", "L", None, None)],
        ),
        # near miss: the player whose partner retired is no side of a match
        ("W and W2, who only teamed up in January after L's long-time partner retired, won the title", []),
    ],
)
def test_a_match_not_played_out_told_after_a_comma(frames, text, expected):
    assert [sides(c) for c in complete_clauses(text, frames)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a walkover received, its giver after "from" or "by", a round between
        ("W received a walkover into the semi-finals from L", [("W", "L", None, None)]),
        ("W reached the final via a walkover from L", [("W", "L", None, None)]),
        ("W was handed a walkover by L on Friday", [("W", "L", None, None)]),
        # a walkover given: the giver first
        ("L, nursing a wrist injury, gave W a walkover into the final", [("W", "L", None, None)]),
        # a withdrawal, then the winner's walkover in a clause joined by "and"
        (
            "L withdrew a few minutes before the match with pain in his elbow, and W went through to the "
            "quarter-finals without hitting a ball",
            [("W", "L", None, None)],
        ),
        # near misses: a walkover to come, a walkover with no giver named
        ("L will give W a walkover if the wrist does not heal", []),
        ("W received a walkover into the semi-finals on Friday", []),
    ],
)
def test_walkovers_without_a_score(frames, text, expected):
    assert [sides(c) for c in complete_clauses(text, frames)] == expected


def test_a_walkover_is_a_match_with_its_outcome(blank_record):
    record = blank_record("Kaja Novak gave Ines Moreau a walkover into the final with a shoulder injury.")
    assert matches(record) == [("Moreau", "Novak", "", "walkover")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # the players a result names after a colon, a dash or "including"
        ("W beat three seeds: L, L2 and W2 on her way to the title", ["L", "L2", "W2"]),
        ("W beat several top-20 players this week, including L and L2", ["L", "L2"]),
        (
            "W's title followed wins over three former champions in the space of five days: L in the "
            "quarter-finals, L2 in the semi-finals and, earlier in the week, 2019 champion W2.",
            ["L", "L2", "W2"],
        ),
        # near misses: a prediction; a list that is the subject of a verb of its own; a single name
        ("W will need to beat three seeds: L, L2 and W2", []),
        ("W beat the odds: L and L2 both lost in the first round", []),
        ("W beat the top seed: L", []),
    ],
)
def test_players_listed_after_a_result_are_its_losers(frames, text, expected):
    found = [c for c in complete_clauses(text, frames) if c.winner == "W"]
    assert [c.loser for c in found] == expected
