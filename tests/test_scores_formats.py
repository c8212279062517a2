"""parse_score on tour results data (winner_first=True) and the set formats of every era.

Results data writes the winner's games first whatever happened; the formats (9-8 and 6-5
tiebreak sets of the 1970s, Next Gen short sets, pro sets, VASSS point sets, match tiebreaks)
are accepted there and by the validator, while prose keeps to the standard format.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from results_data import generate, read_right

from extractor import parse_score
from extractor.scores import build_score, find_score_runs
from models import Score, SetScore, match_format

# (results string, normalised, outcome): each class of results data the first reader got wrong.
RESULTS = [
    # retired / defaulted, written winner-first while the winner trails: never flipped
    ("0-6 4-2 RET", "0-6 4-2", "retired"),
    ("2-6 DEF", "2-6", "defaulted"),
    ("6-4 1-6 0-3 RET", "6-4 1-6 0-3", "retired"),
    ("3-6 6-7(4) 1-0 Ret.", "3-6 6-7(4) 1-0", "retired"),
    ("1-6 Def.", "1-6", "defaulted"),
    ("7-6(5) 2-6 1-3 ret.", "7-6(5) 2-6 1-3", "retired"),
    # short sets to four games, a tiebreak at 3-all (Next Gen finals, 2017-)
    ("4-1 3-4(6) 4-3(3)", "4-1 3-4(6) 4-3(3)", "completed"),
    ("4-2 4-1 4-3(5)", "4-2 4-1 4-3(5)", "completed"),
    ("3-4(5) 4-2 4-1 1-4 4-3(7)", "3-4(5) 4-2 4-1 1-4 4-3(7)", "completed"),
    ("4-0 2-1 RET", "4-0 2-1", "retired"),
    # 1970s: a tiebreak at 8-all, at 5-all
    ("9-8 6-3", "9-8 6-3", "completed"),
    ("8-9 6-4 9-8(2) 6-2", "8-9 6-4 9-8(2) 6-2", "completed"),
    ("6-5 6-4", "6-5 6-4", "completed"),
    ("5-6 6-3 6-5", "5-6 6-3 6-5", "completed"),
    # pro sets: the match in one set
    ("8-6", "8-6", "completed"),
    ("10-4", "10-4", "completed"),
    ("9-8", "9-8", "completed"),
    # VASSS point sets, 1970-72, with a nine-point sudden-death decider
    ("25-31 31-17 5-3", "25-31 31-17 5-3", "completed"),
    ("31-20 31-28", "31-20 31-28", "completed"),
    ("21-17 18-21 21-12", "21-17 18-21 21-12", "completed"),
    # a match tiebreak written from the other side, or with the points not kept
    ("6-4 3-6 [12-14]", "6-4 3-6 14-12", "completed"),
    ("6-4 3-6 [0-1]", "6-4 3-6 1-0", "completed"),
    ("3-6 6-3 [1-0]", "3-6 6-3 1-0", "completed"),
    ("7-6(3) 4-6 [10-7]", "7-6(3) 4-6 10-7", "completed"),
    # completed matches left loser-first or incomplete in the data: kept as written
    ("6-7 5-7", "6-7 5-7", "completed"),
    ("0-6 7-6(3)", "0-6 7-6(3)", "completed"),
    ("6-4", "6-4", "completed"),
    # the ordinary cases read as before
    ("6-3 3-6 7-6(5)", "6-3 3-6 7-6(5)", "completed"),
    ("6-4 3-6 6-7(7) 7-6(3) 70-68", "6-4 3-6 6-7(7) 7-6(3) 70-68", "completed"),
    ("W/O", "", "walkover"),
    ("Walkover", "", "walkover"),
    ("RET", "", "retired"),
]


@pytest.mark.parametrize("text,normalised,outcome", RESULTS)
def test_results_data(text, normalised, outcome):
    score = parse_score(text, winner_first=True)
    assert score is not None, text
    assert (score.normalised(), score.outcome, score.text) == (normalised, outcome, text)


@pytest.mark.parametrize(
    "text,fmt",
    [
        ("9-8 6-3", "eight_all"),
        ("6-5 6-4", "five_all"),
        ("4-1 3-4(6) 4-3(3)", "short"),
        ("8-6", "pro"),
        ("25-31 31-17 5-3", "points"),
        ("6-4 6-4", "standard"),
    ],
)
def test_each_era_has_its_format(text, fmt):
    assert parse_score(text, winner_first=True).format() == fmt


# -- prose keeps its strictness ------------------------------------------------------------------

PROSE_NOT_TENNIS = [
    "21-15, 21-18",  # badminton
    "11-9, 11-7, 11-5",  # squash (11-9 12-10 reads as two advantage sets: the match stage asks the era)
    "2-1",  # football
    "8-6",  # hockey, rugby sevens, a pro set without context
    "5-2",  # games inside a set
    "4-2 4-1",  # short sets need a tiebreak annotation in prose
    "9-8 6-3",
    "6-5 6-4",
    "25-31 31-17 5-3",
]


@pytest.mark.parametrize("text", PROSE_NOT_TENNIS)
def test_prose_keeps_its_strictness(text):
    assert parse_score(text) is None
    runs = find_score_runs(text)
    assert all(build_score(r.sets, r.text) is None for r in runs)


@pytest.mark.parametrize(
    "text,normalised",
    [
        ("9-8(5) 6-4", "9-8(5) 6-4"),
        ("4-1 3-4(6) 4-3(3)", "4-1 3-4(6) 4-3(3)"),
        ("6-5(4) 6-3", "6-5(4) 6-3"),
        ("8-9(3), 4-6", "9-8(3) 6-4"),
    ],
)
def test_prose_takes_an_older_format_with_tiebreak_points(text, normalised):
    # A tiebreak annotation shows these are tennis sets; the last is written from the loser's side.
    score = parse_score(text)
    assert score is not None and score.normalised() == normalised


@pytest.mark.parametrize("text", ["9-4(3) 6-4", "6-4 4-2(5)", "5-3(4) 6-2"])
def test_tiebreak_points_on_a_set_no_tiebreak_decides(text):
    assert parse_score(text) is None
    assert parse_score(text, winner_first=True) is None


def test_prose_still_flips_and_results_data_does_not():
    assert parse_score("2-6, 4-6").normalised() == "6-2 6-4"
    assert parse_score("2-6, 4-6", winner_first=True).normalised() == "2-6 4-6"
    assert parse_score("0-6 4-2 RET").normalised() == "6-0 2-4"
    assert parse_score("0-6 4-2 RET", winner_first=True).normalised() == "0-6 4-2"


def test_as_written_scores_need_the_context():
    data = {
        "text": "6-7 5-7",
        "sets": [SetScore(winner_games=6, loser_games=7), SetScore(winner_games=5, loser_games=7)],
    }
    Score.model_validate(data, context={"as_written": True})
    with pytest.raises(ValueError):
        Score.model_validate(data)
    bad = {
        "text": "6-4 9-2",
        "sets": [SetScore(winner_games=6, loser_games=4), SetScore(winner_games=9, loser_games=2)],
    }
    with pytest.raises(ValueError):
        Score.model_validate(bad, context={"as_written": True})


@pytest.mark.parametrize("text", ["6-4 9-2", "6-4 3-6 2-1 6-3", "0-40", "NA", "In Progress", "4-1/2", "19-06-2021", ""])
def test_results_data_that_is_no_score(text):
    assert parse_score(text, winner_first=True) is None


# -- properties: every format, written as results data ------------------------------------------

SET_MAKERS = {
    "standard": st.one_of(
        st.tuples(st.just(6), st.integers(0, 4)), st.just((7, 5)), st.tuples(st.just(7), st.just(6), st.integers(0, 20))
    ),
    "advantage": st.integers(6, 40).map(lambda lo: (lo + 2, lo)),
    "no_points": st.just((7, 6)),
    "eight_all": st.one_of(
        st.tuples(st.just(6), st.integers(0, 4)), st.just((9, 8)), st.tuples(st.just(9), st.just(8), st.integers(0, 3))
    ),
    "five_all": st.tuples(st.just(6), st.integers(0, 5)),
    "short": st.one_of(st.tuples(st.just(4), st.integers(0, 2)), st.tuples(st.just(4), st.just(3), st.integers(0, 15))),
    "points": st.one_of(st.integers(0, 20).map(lambda lo: (21, lo)), st.integers(0, 30).map(lambda lo: (31, lo))),
}
TOKENS = {"retired": ["RET", "Ret.", "ret.", "retired"], "defaulted": ["DEF", "Def.", "def.", "default"]}


def written(s: tuple, won: bool) -> str:
    hi, lo, *tb = s
    text = f"{hi}-{lo}" if won else f"{lo}-{hi}"
    return text + (f"({tb[0]})" if tb else "")


@st.composite
def results_match(draw):
    """(text, normalised, outcome, format family) for a match in one format, winner first."""
    family = draw(st.sampled_from(sorted(SET_MAKERS)))
    best_of = draw(st.sampled_from([3, 5]))
    need = best_of // 2 + 1
    order = draw(st.permutations([True] * (need - 1) + [False] * draw(st.integers(0, need - 1)))) + [True]
    parts = [written(draw(SET_MAKERS[family]), won) for won in order]
    tail = draw(st.sampled_from(["none", "none", "mtb", "mtb_other_side", "nine_point", "retired", "defaulted"]))
    if tail in ("mtb", "mtb_other_side") and order.count(False) == need - 1:
        lo = draw(st.integers(0, 15))
        hi = max(10, lo + 2)
        parts[-1] = f"[{hi}-{lo}]" if tail == "mtb" else f"[{lo}-{hi}]"
        return " ".join(parts), " ".join(parts[:-1] + [f"{hi}-{lo}"]), "completed", family
    if tail == "nine_point" and family == "points" and order.count(False) == need - 1:
        parts[-1] = f"5-{draw(st.integers(0, 4))}"
    if tail in TOKENS:
        parts[-1] = f"{draw(st.integers(0, 3))}-{draw(st.integers(0, 3))}"  # the set in progress
        sets = " ".join(parts)
        return f"{sets} {draw(st.sampled_from(TOKENS[tail]))}", sets, tail, family
    text = draw(st.sampled_from([" ", ", ", "  "])).join(parts)
    return text, " ".join(parts), "completed", family


@settings(max_examples=400)
@given(results_match())
def test_every_format_round_trips_as_results_data(match):
    text, normalised, outcome, _ = match
    score = parse_score(text, winner_first=True)
    assert score is not None, text
    assert (score.normalised(), score.outcome) == (normalised, outcome), text
    # The record validates again as it stands (no context needed: these are legal matches).
    Score.model_validate(score.model_dump())
    assert match_format(score.sets, score.outcome) is not None


@settings(max_examples=200)
@given(
    st.sampled_from(
        ["8-{}".format(i) for i in range(7)] + ["9-7", "9-8", "9-8(4)", "11-9"] + ["10-{}".format(i) for i in range(9)]
    )
)
def test_pro_sets_round_trip(text):
    score = parse_score(text, winner_first=True)
    assert score is not None and score.normalised() == text and score.format() == "pro"


@settings(max_examples=300)
@given(st.text())
def test_results_reader_never_raises(text):
    result = parse_score(text, winner_first=True)
    assert result is None or isinstance(result, Score)


FRAGMENTS = [
    "6-4",
    "9-8",
    "4-3",
    "(5)",
    "(7-5)",
    "[10-8]",
    "[0-1]",
    "31-25",
    " ",
    ", ",
    "RET",
    "Def.",
    "W/O",
    "-",
    "1-0",
    "(",
    ")",
    "[",
    "0-40",
    "99-97",
    "100-98",
]


@settings(max_examples=400)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=12).map("".join), st.booleans())
def test_no_fragment_string_raises(text, winner_first):
    result = parse_score(text, winner_first=winner_first)
    assert result is None or isinstance(result, Score)


# -- a realistic sample of results data ----------------------------------------------------------


def test_synthetic_results_data_reads_at_least_995_in_1000():
    items = generate(5000, seed=2024)
    kinds = {i.kind.split()[0] for i in items}
    assert {
        "advantage",
        "eight_all",
        "five_all",
        "short",
        "vasss",
        "pro",
        "match",
        "standard",
        "walkover",
        "as",
    } <= kinds
    right = sum(read_right(i) for i in items)
    assert right / len(items) >= 0.995
