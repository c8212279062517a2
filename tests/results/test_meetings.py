"""One earlier meeting told from one side (extractor/results/meetings.py): the player's outcome, the
opponent named or the one the story set the player against, and the statements that are no result."""

from __future__ import annotations

import pytest
from examples import masked_example
from support import match_pairs

from extractor.results.meetings import OneMeeting, meeting_sides, one_meeting


def read(text: str) -> OneMeeting | None:
    return one_meeting(masked_example(text), (100, 100 + len(text)))


@pytest.mark.parametrize(
    "text,side,won,other",
    [
        ("W, the holder who had lost just once all year, had won their only previous meeting.", "W", True, None),
        ("L lost their lone earlier encounter, on grass in 2021.", "L", False, None),
        ("W took the first meeting between the two in Acapulco.", "W", True, None),
        ("W claimed their most recent clash with L in straight sets.", "W", True, "L"),
    ],
)
def test_one_meeting_is_read_from_its_side(text, side, won, other):
    meeting = read(text)
    assert meeting is not None and (meeting.side, meeting.won, meeting.other) == (side, won, other)


@pytest.mark.parametrize(
    "text",
    [
        "W has won their last three meetings.",  # a record of several meetings
        "W won the first set of their meeting.",  # a set inside a match
        "W will hope to win their next meeting.",  # a hope, a future meeting
        "If W won their first meeting, she would rise to No. 3.",  # a condition
        "W won the first meeting of the committee.",  # a meeting with no pair after the determiner "the"
        "W won their first match of the week.",  # a match of a tournament, not a meeting of two players
    ],
)
def test_statements_that_are_no_earlier_meeting(text):
    assert read(text) is None


def test_the_opponent_is_the_one_the_story_set_the_player_against_before():
    meeting = OneMeeting("L", True, None, (200, 260))
    told = [("X", "Y", (0, 50)), ("W", "L", (60, 150)), ("L", "Z", (300, 350))]
    assert meeting_sides(meeting, told) == ("L", "W")
    # no result of the player before the sentence: no opponent, no result
    assert meeting_sides(OneMeeting("Q", False, None, (200, 260)), told) is None


def test_an_earlier_meeting_adds_the_reversed_result_in_an_article(blank_record):
    text = (
        "Helena Varga beat Marta Ruiz 6-4 6-4 to reach the final on Saturday. "
        "Ruiz, a qualifier who had won eight matches in a row, had won their only previous meeting."
    )
    assert match_pairs(blank_record(text)) == {("Varga", "Ruiz"), ("Ruiz", "Varga")}


def test_an_earlier_meeting_won_by_the_same_winner_adds_nothing(blank_record):
    text = (
        "Helena Varga beat Marta Ruiz 6-4 6-4 to reach the final on Saturday. "
        "Varga also won the first meeting between the two, in Lyon."
    )
    assert len(blank_record(text).matches) == 1
