"""Coordinated results in one sentence (no model): a name joined by "and" to an object is the subject of
a clause of its own when its verb follows; each score belongs to the noun phrase it stands in."""

from __future__ import annotations

import pytest
from examples import complete_clauses, sides
from support import matches


@pytest.mark.parametrize(
    "text,expected",
    [
        # a noun of winning, then "and" and a clause of its own (no doubles pair of its object and the next name)
        ("W had a win over L and L2 beat W2 in the evening", [("W", "L"), ("L2", "W2")]),
        ("W picked up a first win over L and L2 then edged W2 in three sets", [("W", "L"), ("L2", "W2")]),
        # a verb, then a clause of the loser named first
        ("W beat L and L2 lost to W2 on the show court", [("W", "L"), ("W2", "L2")]),
        ("W saw off L and L2 was beaten by W2", [("W", "L"), ("W2", "L2")]),
    ],
)
def test_a_name_after_and_with_its_own_verb_starts_a_new_clause(frames, text, expected):
    assert [sides(c) for c in complete_clauses(text, frames)] == [(w, l, None, None) for w, l in expected]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a team: "and" joins two names that share the verb after them
        ("W and W2 beat L and L2 in the doubles final", [("W", "L", "W2", "L2")]),
        # the object pair ends before a participle's comma: the verb after it is the subject's, not theirs
        (
            "W and W2 saved match points in a doubles win over L and L2, taking it 6-3 6-4, and then beat X",
            [("W", "L", "W2", "L2")],
        ),
        # a participle before its object pair: the pair is the object, not a new subject
        ("Having beaten L and L2 in the doubles, W and W2 meet X next", [("W", "L", "W2", "L2")]),
    ],
)
def test_a_pair_after_and_stays_a_team_without_a_verb_of_its_own(frames, text, expected):
    assert [sides(c) for c in complete_clauses(text, frames)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "W had a match point for a win over L",  # a chance of a win is no win
        "W has never had a win over L",  # a negation
        "W had a chance of a win over L in the final",
    ],
)
def test_had_a_win_needs_the_noun_right_after_it(frames, text):
    assert complete_clauses(text, frames) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Holger Rune followed a 6-1 6-1 defeat of Tomas Machac with a 6-4 6-4 win over Alex Michelsen.",
            [("Rune", "Machac", "6-1 6-1", "completed"), ("Rune", "Michelsen", "6-4 6-4", "completed")],
        ),
        (
            "Jiri Lehecka followed up his 6-3 7-5 defeat of Arthur Fils with a 7-6 (4) 6-2 victory over Ben "
            "Shelton on Thursday.",
            [("Lehecka", "Fils", "6-3 7-5", "completed"), ("Lehecka", "Shelton", "7-6(4) 6-2", "completed")],
        ),
        (
            "Bernarda Pera had a 6-2 6-2 win over Petra Martic and Karolina Muchova beat Anna Kalinskaya 6-3 6-4.",
            [("Pera", "Martic", "6-2 6-2", "completed"), ("Muchova", "Kalinskaya", "6-3 6-4", "completed")],
        ),
        # near miss: a score after the loser, then a phrase of place: it stays the clause's before
        (
            "Ons Jabeur beat Daria Kasatkina 6-4 6-4 in the final of the event after a win over Elise Mertens.",
            [("Jabeur", "Kasatkina", "6-4 6-4", "completed"), ("Jabeur", "Mertens", None, None)],
        ),
    ],
)
def test_each_score_belongs_to_the_noun_phrase_it_stands_in(blank_record, text, expected):
    assert sorted(matches(blank_record(text))) == sorted(expected)


def test_a_team_led_by_a_pronoun_owns_their_win(blank_record):
    """ "He and X ... their win over C and D": the pair named by a pronoun and a name owns "their"."""
    text = (
        "Rafael Nadal played doubles on Tuesday. He and Carlos Alcaraz saved two match points in their "
        "opening win over Tallon Griekspoor and Wesley Koolhof, taking it 7-6 (4) 6-7 (2) 10-8."
    )
    record = blank_record(text)
    assert len(record.matches) == 1
    assert matches(record)[0][:3] == ("Nadal", "Griekspoor", "7-6(4) 6-7(2) 10-8")
    m = record.matches[0]
    assert m.winner_partner is not None and m.loser_partner is not None


@pytest.mark.parametrize(
    "text,expected",
    [
        # the loser named first as a pair with no word of doubles: the winner's pair makes it a doubles match
        ("L and L2 suffered a 7-5 7-5 defeat by W and W2 in the third round", [("W", "L", "W2", "L2")]),
        ("Ninth-seeded L and L2's 4-6 6-7 (6) loss to W and W2 ended their run", [("W", "L", "W2", "L2")]),
        ("L and L2 were beaten 6-3 6-4 by W and W2", [("W", "L", "W2", "L2")]),
        # near miss: singles opponents, each side one player
        ("W beat L and L2 lost to W2", [("W", "L", None, None), ("W2", "L2", None, None)]),
    ],
)
def test_a_pair_before_a_loss_to_a_pair_is_a_team(frames, text, expected):
    assert [sides(c) for c in complete_clauses(text, frames)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a colon before a clause opens a segment: the subject of the verb after it is found after the colon
        (
            "L2 at altitude and why L2 is so hard to beat there 11:20 Houston: W d. L 6-4 7-6 in the semi-final, "
            "then loses the final 6-7 4-6 to W2",
            [("W", "L", None, None), ("W2", "W", None, None)],
        ),
        (
            "Notes on L2 and his coach: W beat L 6-3 6-4 in the second round before losing to W2 in the third",
            [("W", "L", None, None), ("W2", "W", None, None)],
        ),
        # near miss: a time of day ("11:20") is no break
        ("W, at 11:20 on court, beat L 6-3 6-4 before losing to W2", [("W", "L", None, None), ("W2", "W", None, None)]),
    ],
)
def test_a_colon_opens_a_segment_for_the_subject_of_a_later_verb(frames, text, expected):
    assert sorted(sides(c) for c in complete_clauses(text, frames)) == sorted(expected)
