"""What makes a clause no result (extractor/results/mood.py), on masked strings: a modal, a hope or
a prediction before the verb, a condition or question whose subject the verb follows, a prediction
about the subject, a set inside a match; and the near misses that still state a result."""

from __future__ import annotations

import pytest
from examples import masked_example, sides

from extractor.results.clauses import find_clauses
from extractor.results.frames import Frames
from extractor.results.mood import is_question, set_in_match


def complete(text: str, frames: Frames) -> list[tuple]:
    return [sides(c) for c in find_clauses(masked_example(text), (0, len(text)), frames)[0]]


@pytest.mark.parametrize(
    "text",
    [
        # a condition whose subject the verb follows
        "If the veteran W beats L on Thursday, a first final since 2019 awaits.",
        "Unless W, the holder, gets past L, the draw opens up.",
        "She reaches the top ten provided W defeats L this week.",
        # a question, or an auxiliary before its subject
        "Can qualifier W stun L again?",
        "Will W finally get the better of L",
        "Should W see off L, the semi-final is against the top seed.",
        "Had W beaten L last year, the ranking would look different.",
        # a prediction about the subject
        "Bookmakers fancy W to knock out L in straight sets.",
        "Few expected 19-year-old W to beat L.",
        "W is the heavy favourite to overcome L.",
        # a hope or an attempt
        "W is eager to beat L for the first time.",
        "W's chances of beating L look slim.",
        "W tried to knock out L but ran out of steam.",
        "W didn’t beat L in their last meeting either.",
        # a set inside a match, not the match
        "L dropped the second set 3-6 to W before rain fell.",
        "W won the opening set against L in a tiebreak.",
        "L lost a set to W for the first time this year.",
    ],
)
def test_a_statement_that_is_not_a_result_gives_no_clause(frames, text):
    assert complete(text, frames) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        # "if" that governs no clause of the result
        ("As if to prove a point, W beat L 6-0 6-1.", ("W", "L", None, None)),
        # a modal in another clause, a set lost by the winner on the way
        ("W, who will play again on Friday, beat L 6-3 6-4.", ("W", "L", None, None)),
        ("W, who lost the first set to L, fought back to beat L 3-6 6-3 6-2.", ("W", "L", None, None)),
        ("W recovered from losing the opening set to beat L 4-6 6-2 6-1.", ("W", "L", None, None)),
        # the deciding set is the match
        ("L lost the final set 4-6 to W after two hours.", ("W", "L", None, None)),
        # an auxiliary inside the sentence, not opening a clause
        ("W had beaten L in the final and will now play in Rome.", ("W", "L", None, None)),
    ],
)
def test_the_near_miss_still_states_its_result(frames, text, expected):
    assert complete(text, frames)[:1] == [expected]


def test_a_question_is_read_from_its_closing_mark():
    assert is_question("Can ⟨R0⟩ beat ⟨R1⟩ on Friday? ")
    assert is_question('Who will stop ⟨R0⟩?"')
    assert not is_question("⟨R0⟩ beat ⟨R1⟩ 6-3 6-4.")


def test_a_set_is_only_inside_a_match_against_the_clauses_own_opponent():
    text = "⟨R0⟩ lost the first set to ⟨R1⟩ and beat ⟨R2⟩"
    assert set_in_match(text, 0, text.index("⟨R1⟩") + 4)
    assert not set_in_match(text, 0, len(text))


def test_every_mood_example_of_the_data_is_read_as_no_result(frames):
    """The examples of the irrealis, predictor, condition and inverted rows, with X and Y for the
    players, give no clause."""
    rows = {"irrealis", "predictor", "condition", "inverted"}
    import json
    from pathlib import Path

    data = Path(__file__).resolve().parents[2] / "extractor" / "data" / "result_words.jsonl"
    for row in map(json.loads, data.read_text().splitlines()):
        if row["role"] in rows:
            for example in row["examples"]:
                text = example.replace("X", "W").replace("Y", "L")
                assert complete(text, frames) == [], example
