"""Results told across sentences (extractor/results/later.py), on masked examples: a match in
progress that a later sentence ends with a retirement, a scheduled match that a later withdrawal
turns into a walkover, a doubles team named by a plural description."""

from __future__ import annotations

import pytest
from examples import masked_example

from extractor.results.frames import Frames
from extractor.results.kinds import FrameKind
from extractor.results.later import described_team, quit_later, stopped_while_playing


def told_later(first: str, second: str, frames: Frames) -> list[tuple[str, str | None, str | None]]:
    pending = [(c, 0) for c in stopped_while_playing(masked_example(first), (0, len(first)), frames)]
    return [(c.kind.value, c.winner, c.loser) for c, _ in quit_later(masked_example(second), pending, frames)]


@pytest.mark.parametrize(
    "first,second",
    [
        ("L needed the trainer while leading W 6-4 1-1.", "Two games later L quit."),
        ("L called for the physio when trailing W 3-6 2-2.", "Soon afterwards L could not go on."),
        # a match in progress told from one side, or named by its opponent, then a retirement
        ("L led W 6-4 1-0 in their quarter-final when she turned an ankle.", "L retired two games later."),
        ("L was trailing W by a set and a break.", "Then L quit with a back problem."),
        ("Early in her first-round match against W, L landed awkwardly.", "L retired trailing 4-6, 1-2."),
        ("In his second-round meeting against W at Eastbourne, L felt the hamstring go.", "L retired hurt."),
    ],
)
def test_a_match_in_progress_ended_later_is_a_retirement(frames, first, second):
    assert told_later(first, second, frames) == [(FrameKind.RETIRED_LATER.value, "W", "L")]


@pytest.mark.parametrize(
    "first,second",
    [
        ("L had been scheduled to play W in the quarter-finals.", "But L withdrew with a wrist injury."),
        ("L was due to meet W on Friday.", "L was unable to take to the court."),
    ],
)
def test_a_scheduled_match_ended_by_a_withdrawal_is_a_walkover(frames, first, second):
    assert told_later(first, second, frames) == [(FrameKind.WALKOVER_LATER.value, "W", "L")]


@pytest.mark.parametrize(
    "first,second",
    [
        ("L was due to meet W on Friday.", "L said he will not withdraw."),
        ("L needed the trainer while leading W 6-4 1-1.", "L could have quit but played on to win."),
    ],
)
def test_no_result_when_the_later_sentence_denies_or_hedges(frames, first, second):
    assert told_later(first, second, frames) == []


def test_a_plural_description_is_the_pair_named_just_before(frames):
    before = masked_example("W and W2 arrived unbeaten.")
    text = "The American twins beat L and L2 6-3 6-4."
    clauses = described_team(masked_example(text), before, (0, len(text)), frames)
    assert [(c.winner, c.winner_partner, c.loser, c.loser_partner) for c in clauses] == [("W", "W2", "L", "L2")]


@pytest.mark.parametrize(
    "first,second",
    [
        # the near misses: a lead that no later retirement ends, a match against W that someone else quits
        ("L led W 5-2 in the first set.", "But W came back to win the set and the match."),
        ("In her match against W, L served well.", "L2 retired from the doubles later that day."),
    ],
)
def test_a_match_in_progress_with_no_retirement_of_its_player_is_no_result(frames, first, second):
    assert told_later(first, second, frames) == []


def test_the_retirement_sentence_gives_the_score_it_stopped_at(frames):
    first, second = "Early in her first-round match against W, L landed awkwardly.", "L retired trailing 4-6, 1-2."
    pending = [(c, 0) for c in stopped_while_playing(masked_example(first), (0, len(first)), frames)]
    told = quit_later(masked_example(second), pending, frames, (100, 100 + len(second)))
    assert [(c.winner, c.loser, c.run, c.sentence) for c, _ in told] == [("W", "L", 0, (100, 100 + len(second)))]
    # told without the score: the one of the first sentence is not kept
    second = "L retired two games later, having led 6-4 1-0."
    told = quit_later(masked_example(second), pending, frames, (100, 100 + len(second)))
    assert [c.run for c, _ in told] == [None]
