"""The score grammar (extractor.parse_score) and the tennis rules of models.Score."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from extractor import parse_score
from models import Score, SetScore, is_complete_set, is_partial_set

# (text, normalised from the winner's side, outcome, best_of): every notation of PHENOMENA.md "Scores".
SCORES = [
    # separators
    ("4-6, 6-3, 6-4", "4-6 6-3 6-4", "completed", 3),
    ("4-6 6-3 6-4", "4-6 6-3 6-4", "completed", 3),
    ("6–4 6–3", "6-4 6-3", "completed", 3),
    ("6—4, 3—6, 6—2", "6-4 3-6 6-2", "completed", 3),
    ("6/4 6/3", "6-4 6-3", "completed", 3),
    ("(6-4, 6-3)", "6-4 6-3", "completed", 3),
    ("6-1; 6-2", "6-1 6-2", "completed", 3),
    ("6-2 6-4 6-1", "6-2 6-4 6-1", "completed", 5),
    # tiebreaks: the set loser's points
    ("7-6(5) 6-4", "7-6(5) 6-4", "completed", 3),
    ("7-6 (5) 6-4", "7-6(5) 6-4", "completed", 3),
    ("7-6 (7-5) 6-4", "7-6(5) 6-4", "completed", 3),
    ("7-6 (7/5), 6-4", "7-6(5) 6-4", "completed", 3),
    ("6-4, 7-6(10-8)", "6-4 7-6(8)", "completed", 3),
    ("6-7(2) 6-3 7-6(5)", "6-7(2) 6-3 7-6(5)", "completed", 3),
    ("7-6 (6), 6-3", "7-6(6) 6-3", "completed", 3),
    ("7–6 (7–4), 6–2", "7-6(4) 6-2", "completed", 3),
    ("7-6 6-4", "7-6 6-4", "completed", 3),
    ("6-4 4-6 7-6(10-7)", "6-4 4-6 7-6(7)", "completed", 3),
    # match tiebreaks, written as points
    ("6-4 3-6 [10-8]", "6-4 3-6 10-8", "completed", 3),
    ("6-7(5) 7-6(6) [10-7]", "6-7(5) 7-6(6) 10-7", "completed", 3),
    ("6-4 3-6 1-0(8)", "6-4 3-6 10-8", "completed", 3),
    ("3-6 6-3 [12-10]", "3-6 6-3 12-10", "completed", 3),
    ("6-3, 3-6, 10-12", "3-6 6-3 12-10", "completed", 3),
    # retirements, walkovers, defaults
    ("6-3 2-1 RET", "6-3 2-1", "retired", None),
    ("6-3, 2-1 ret.", "6-3 2-1", "retired", None),
    ("6-4 3-0 retired", "6-4 3-0", "retired", None),
    ("W/O", "", "walkover", None),
    ("w/o", "", "walkover", None),
    ("walkover", "", "walkover", None),
    ("6-1 7-6(4) 6-7(3) 4-4 DEF", "6-1 7-6(4) 6-7(3) 4-4", "defaulted", 5),
    # advantage sets: old final sets, and any set before tiebreaks
    ("6-4 3-6 70-68", "6-4 3-6 70-68", "completed", 3),
    ("6-4 3-6 6-7(7) 7-6(3) 70-68", "6-4 3-6 6-7(7) 7-6(3) 70-68", "completed", 5),
    ("9-7 3-6 11-9 8-6", "9-7 3-6 11-9 8-6", "completed", 5),
    ("13-11 6-4", "13-11 6-4", "completed", 3),
    ("22-24, 1-6, 16-14, 6-3, 11-9", "22-24 1-6 16-14 6-3 11-9", "completed", 5),
    # loser-side writing is turned to the winner's side
    ("2-6, 4-6", "6-2 6-4", "completed", 3),
    ("6-7(3), 4-6", "7-6(3) 6-4", "completed", 3),
    ("3-6 6-3 4-6", "6-3 3-6 6-4", "completed", 3),
]


@pytest.mark.parametrize("text,normalised,outcome,best_of", SCORES)
def test_parse_score(text, normalised, outcome, best_of):
    score = parse_score(text)
    assert score is not None, f"{text!r} was not read as a score"
    assert isinstance(score, Score)
    assert (score.normalised(), score.outcome, score.best_of) == (normalised, outcome, best_of)
    assert score.text == text


NOT_SCORES = [
    "0-40",  # points in a game
    "30-40",
    "5-2",  # games inside a set
    "7-0",  # a head-to-head record
    "6-4",  # one set is not a match
    "2-1",
    "7-7",
    "19-06-2021",  # a date
    "4-1/2",  # a duration
    "2 hours 42 minutes",
    "21-15, 21-18",  # badminton
    "6-3 6-3 6-3 6-3",  # nobody wins four sets
    "6-4 6-4 6-4 6-4",
    "6-5 6-4",  # 6-5 is no finished set
    "6-4 3-6 2-1",  # a partial set without a retirement
    "6-4 1-0(8)",  # a match tiebreak needs the sets level
    "[10-8]",
    "1-0(8)",
    "6-4.5",
    "6-4%",
    "leads 7-0",
    "",
    "7-6(",
    "abc",
    "   ",
]


@pytest.mark.parametrize("text", NOT_SCORES)
def test_not_a_score(text):
    assert parse_score(text) is None


@pytest.mark.parametrize("value", [None, 64, b"6-4 6-4", "6-4 " * 100])
def test_odd_inputs_give_none(value):
    assert parse_score(value) is None


# -- properties ----------------------------------------------------------------------------------

# Sets as (winner games, loser games, tiebreak points or None), from the side of whoever won the set.
REGULAR_SETS = [(6, 0), (6, 1), (6, 2), (6, 3), (6, 4), (7, 5)]


@st.composite
def won_set(draw):
    kind = draw(st.sampled_from(["regular", "regular", "tiebreak", "advantage"]))
    if kind == "regular":
        a, b = draw(st.sampled_from(REGULAR_SETS))
        return a, b, None
    if kind == "tiebreak":
        return 7, 6, draw(st.integers(0, 20))
    lo = draw(st.integers(6, 40))
    return lo + 2, lo, None


@st.composite
def legal_match(draw):
    """(sets from the match winner's side as (w, l, tb, set won by winner), match tiebreak points or None, best_of)."""
    best_of = draw(st.sampled_from([3, 5]))
    need = best_of // 2 + 1
    lost = draw(st.integers(0, need - 1))
    order = draw(st.permutations([True] * (need - 1) + [False] * lost)) + [True]
    match_tiebreak = None
    if best_of == 3 and lost == 1 and draw(st.booleans()):
        order = order[:-1]
        match_tiebreak = draw(st.integers(0, 15))
    sets = [(*draw(won_set()), won) for won in order]
    return sets, match_tiebreak, best_of


@st.composite
def notation(draw):
    return {
        "sep": draw(st.sampled_from([", ", " ", "; ", ",  "])),
        "dash": draw(st.sampled_from(["-", "–", "/"])),
        "tb": draw(st.sampled_from(["({l})", " ({l})", " ({w}-{l})", " ({w}/{l})", "({w}-{l})", " ({w}–{l})"])),
        "mtb": draw(st.sampled_from(["[{w}-{l}]", "1-0({l})"])),
    }


def tiebreak_winner_points(loser_points: int) -> int:
    return max(7, loser_points + 2)


def match_tiebreak_winner_points(loser_points: int) -> int:
    return max(10, loser_points + 2)


def write(sets, match_tiebreak, fmt, *, flip: bool) -> str:
    """The score as a writer would give it: from the winner's side, or every set flipped."""
    parts = []
    for a, b, tb, won in sets:
        mine, theirs = (a, b) if won else (b, a)
        if flip:
            mine, theirs = theirs, mine
        text = f"{mine}{fmt['dash']}{theirs}"
        if tb is not None:
            text += fmt["tb"].format(w=tiebreak_winner_points(tb), l=tb)
        parts.append(text)
    if match_tiebreak is not None:
        w, l = match_tiebreak_winner_points(match_tiebreak), match_tiebreak
        if fmt["mtb"].startswith("["):
            parts.append(f"[{l}-{w}]" if flip else f"[{w}-{l}]")
        else:
            parts.append(f"0-1({l})" if flip else f"1-0({l})")
    return fmt["sep"].join(parts)


def expected(sets, match_tiebreak) -> str:
    parts = []
    for a, b, tb, won in sets:
        text = f"{a}-{b}" if won else f"{b}-{a}"
        if tb is not None:
            text += f"({tb})"
        parts.append(text)
    if match_tiebreak is not None:
        parts.append(f"{match_tiebreak_winner_points(match_tiebreak)}-{match_tiebreak}")
    return " ".join(parts)


@settings(max_examples=300)
@given(st.text())
def test_parse_score_never_raises(text):
    result = parse_score(text)
    assert result is None or isinstance(result, Score)


@settings(max_examples=200)
@given(
    st.lists(
        st.sampled_from(
            ["6-4", "7-6", "(5)", "(7-5)", "[10-8]", " ", ", ", "ret.", "W/O", "/", "–", "1-0", "(", ")", "DEF", "0-40"]
        ),
        max_size=12,
    ).map("".join)
)
def test_parse_score_never_raises_on_score_fragments(text):
    result = parse_score(text)
    assert result is None or isinstance(result, Score)
    if result is not None:
        Score.model_validate(result.model_dump())


@settings(max_examples=300)
@given(legal_match(), notation())
def test_any_notation_of_a_legal_score_round_trips(match, fmt):
    sets, match_tiebreak, best_of = match
    text = write(sets, match_tiebreak, fmt, flip=False)
    score = parse_score(text)
    assert score is not None, text
    assert score.normalised() == expected(sets, match_tiebreak), text
    assert score.outcome == "completed"
    assert score.best_of == best_of


@settings(max_examples=300)
@given(legal_match(), notation())
def test_loser_side_writing_gives_the_same_score(match, fmt):
    sets, match_tiebreak, _ = match
    winner_side = parse_score(write(sets, match_tiebreak, fmt, flip=False))
    loser_side = parse_score(write(sets, match_tiebreak, fmt, flip=True))
    assert winner_side is not None and loser_side is not None
    assert loser_side.normalised() == winner_side.normalised() == expected(sets, match_tiebreak)


# -- models.Score: only legal tennis validates ------------------------------------------------------


def sets_of(*games: tuple) -> list[SetScore]:
    out = []
    for g in games:
        w, l, *rest = g
        tb = rest[0] if rest else None
        mtb = rest[1] if len(rest) > 1 else False
        out.append(SetScore(winner_games=w, loser_games=l, tiebreak=tb, match_tiebreak=mtb))
    return out


LEGAL = [
    (sets_of((6, 4), (6, 3)), "completed", 3),
    (sets_of((4, 6), (7, 6, 5), (6, 4)), "completed", 3),
    (sets_of((6, 4), (3, 6), (1, 0, 8, True)), "completed", 3),
    (sets_of((6, 3), (2, 1)), "retired", None),
    (sets_of((6, 1), (7, 6, 4), (6, 7, 3), (4, 4)), "defaulted", 5),
    (sets_of((6, 4), (3, 6), (70, 68)), "completed", None),
    (sets_of((6, 5), (6, 4)), "completed", 3),  # tiebreak at 5-all, early 1970s
    (sets_of((9, 8, 5), (6, 3)), "completed", 3),  # tiebreak at 8-all, 1971-78
    (sets_of((4, 1), (3, 4, 6), (4, 3, 3), (4, 2)), "completed", 5),  # short sets, Next Gen 2017-
    (sets_of((8, 6)), "completed", None),  # a pro set
    (sets_of((25, 31), (31, 17), (5, 3)), "completed", 3),  # VASSS points, nine-point decider
    (sets_of((6, 4), (3, 6), (1, 0, None, True)), "completed", 3),  # [1-0]: points not kept
    (sets_of((6, 4), (4, 6), (3, 6), (6, 3), (6, 2)), "completed", 5),
    ([], "walkover", None),
]


@pytest.mark.parametrize("sets,outcome,best_of", LEGAL)
def test_legal_scores_validate(sets, outcome, best_of):
    Score(text="x", sets=sets, outcome=outcome, best_of=best_of)


ILLEGAL = [
    (sets_of((6, 5), (7, 5)), "completed", None, "not a finished set"),  # a tiebreak at 5-all, then 7-5
    (sets_of((6, 4), (4, 2)), "completed", None, "not a finished set"),  # a short set after a six-game set
    (sets_of((8, 7), (6, 4)), "completed", None, "not a finished set"),
    (sets_of((6, 4, 5), (6, 4)), "completed", None, "not a finished set"),  # a tiebreak only at 6-6
    (sets_of((6, 4), (4, 6)), "completed", None, "last set"),
    (sets_of((4, 6), (4, 6), (6, 4)), "completed", None, "majority"),
    (sets_of((6, 4), (6, 3), (4, 6)), "completed", None, "last set"),
    (sets_of((6, 4)), "completed", None, "at least two sets"),
    (sets_of((6, 4), (6, 4), (6, 4)), "completed", 3, "best-of-3"),
    (sets_of((6, 4), (6, 4), (6, 4), (6, 4)), "completed", None, "more than three"),
    ([], "completed", None, "needs sets"),
    (sets_of((6, 4), (6, 4)), "walkover", None, "walkover has no sets"),
    (sets_of((1, 0, 8, True), (6, 4), (6, 4)), "completed", None, "last set"),
    (sets_of((6, 4), (6, 4), (1, 0, 8, True)), "completed", None, "sets level"),
    (sets_of((6, 4), (6, 4), (2, 1)), "retired", 3, "already decided"),
    (sets_of((6, 4), (5, 4, 3)), "retired", None, "tiebreak"),
    (sets_of((6, 4), (9, 2)), "retired", None, "neither finished nor in progress"),
]


@pytest.mark.parametrize("sets,outcome,best_of,problem", ILLEGAL)
def test_illegal_scores_are_rejected(sets, outcome, best_of, problem):
    with pytest.raises(ValidationError, match=problem):
        Score(text="x", sets=sets, outcome=outcome, best_of=best_of)


def test_completed_winner_must_hold_the_majority():
    # The same sets read from the loser's side are no legal record of the match.
    winner = sets_of((4, 6), (6, 3), (6, 4))
    Score(text="4-6 6-3 6-4", sets=winner)
    loser = [SetScore(winner_games=s.loser_games, loser_games=s.winner_games) for s in winner]
    with pytest.raises(ValidationError):
        Score(text="6-4 3-6 4-6", sets=loser)


def test_score_models_forbid_extra_fields():
    with pytest.raises(ValidationError):
        SetScore(winner_games=6, loser_games=4, note="x")
    with pytest.raises(ValidationError):
        Score(text="W/O", outcome="walkover", source="x")


@pytest.mark.parametrize(
    "hi,lo,tiebreak,match_tiebreak,complete",
    [
        (6, 4, None, False, True),
        (6, 5, None, False, False),
        (7, 5, None, False, True),
        (7, 6, None, False, True),
        (7, 6, 5, False, True),
        (6, 4, 5, False, False),
        (13, 12, 3, False, True),
        (8, 6, None, False, True),
        (8, 7, None, False, False),
        (70, 68, None, False, True),
        (10, 8, None, True, True),
        (10, 9, None, True, False),
        (12, 10, None, True, True),
        (1, 0, 8, True, True),
        (1, 0, None, True, True),  # [1-0], the points not kept
        (4, 6, None, False, False),  # winner's games first
        (100, 98, None, False, False),  # beyond MAX_GAMES
    ],
)
def test_is_complete_set(hi, lo, tiebreak, match_tiebreak, complete):
    assert is_complete_set(hi, lo, tiebreak=tiebreak, match_tiebreak=match_tiebreak) is complete


@pytest.mark.parametrize(
    "a,b,partial",
    [(2, 1, True), (1, 2, True), (4, 4, True), (6, 6, True), (0, 0, True), (6, 4, False), (7, 5, False), (9, 2, False)],
)
def test_is_partial_set(a, b, partial):
    assert is_partial_set(a, b) is partial
