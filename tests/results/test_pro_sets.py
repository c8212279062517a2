"""One-set matches in prose: a pro set ("8-6", "9-8 (7-4)", "10-4") is the whole match's score when it
stands right after the loser of a result clause, and nothing else when a set or tiebreak is named after it
or when no result holds it (extractor/results/attach.py, extractor/scores.py)."""

from __future__ import annotations

import pytest
from examples import masked_example
from support import matches

from extractor.results.attach import one_set_match, plausible_runs
from extractor.scores import build_score, find_score_runs

ONE_SET_RESULTS = [
    ("Hannah Price edged Zoe Marsh 9-7 in the club final.", [("Price", "Marsh", "9-7", "completed")]),
    (
        "In the veterans' event Ian Ford defeated Stan Lowe 8-5 before the rain came.",
        [("Ford", "Lowe", "8-5", "completed")],
    ),
    ("Greta Holm beat Nina Vos 9-8 (7-3) on the clubhouse court.", [("Holm", "Vos", "9-8(3)", "completed")]),
    # an apposition between the loser and the set
    ("Carl Dunne beat Paul Irwin, the holder, 8-4 in the plate final.", [("Dunne", "Irwin", "8-4", "completed")]),
]


@pytest.mark.parametrize("text,expected", ONE_SET_RESULTS)
def test_a_pro_set_after_the_loser_of_a_result_is_the_match_score(blank_record, text, expected):
    assert matches(blank_record(text)) == expected


ONE_SET_NOT_A_MATCH = [
    # a set of a longer match named after the score
    ("Jane Doyle beat Mary Rourke 10-8 in the fifth set.", [("Doyle", "Rourke", None, None)]),
    ("Lewis Hart beat Adam Cole 8-6 in the decider after saving two match points.", [("Hart", "Cole", None, None)]),
    # a standard set alone is no match in prose
    ("Sam Okafor beat Tim Lund 6-4 in the opening round.", [("Okafor", "Lund", None, None)]),
]


@pytest.mark.parametrize("text,expected", ONE_SET_NOT_A_MATCH)
def test_one_set_that_is_no_whole_match_gives_no_score(blank_record, text, expected):
    assert matches(blank_record(text)) == expected


@pytest.mark.parametrize(
    "text,usable",
    [
        ("W beat L 8-6", True),
        ("W d. L (AUS) 9-8(4)", True),
        ("W beat L 8-6 in a pro-set", True),
        ("W beat L, the holder, 10-7", True),
        ("W beat L 8-6 in the final set", False),
        ("W won the tiebreak 8-6", False),  # no loser right before the set
        ("W led 8-6 when play stopped", False),
    ],
)
def test_one_set_match_needs_the_loser_before_it_and_no_set_after_it(frames, text, usable):
    masked = masked_example(text)
    (run,) = masked.runs
    assert one_set_match(masked, run, masked.run_pos[0]) is usable
    assert plausible_runs(masked, text, frames.words) == [usable]


def test_build_score_takes_a_pro_set_from_prose_only_when_the_caller_vouches_for_it():
    (run,) = find_score_runs("10-4")
    assert build_score(run.sets, run.text) is None
    assert build_score(run.sets, run.text, pro_set=True).normalised() == "10-4"
    (six,) = find_score_runs("6-4")
    assert build_score(six.sets, six.text, pro_set=True) is None  # a standard set is no whole match
