"""Set and match scores, with the tennis rules that make a score legal.

The rules live here, beside the models, because they are invariants of the record:
the extractor's score grammar (``extractor.scores``) builds these models and relies on
their validation to reject strings that only look like scores.

A score is legal when one set FORMAT (a way tennis has been scored in some era) makes every
finished set a finished set and the last set of a retirement finished or in progress:

=============  =========================================================================  ===================
format         finished sets                                                              era
=============  =========================================================================  ===================
``standard``   6-0..6-4, 7-5, 7-6 (tiebreak at 6-all), 13-12 (tiebreak at 12-all),        tiebreak era, and
               advantage sets won by two (8-6, 70-68)                                     advantage sets before it
``eight_all``  as ``standard``, plus 9-8: a tiebreak at 8-all                             1971-1978 (Wimbledon, others)
``five_all``   6-0..6-5: a tiebreak at 5-all; advantage sets won by two                   early 1970s events
``short``      4-0..4-2, 4-3: first to four games, a tiebreak at 3-all                    Next Gen finals, 2017-
``points``     21 or 31 points (21-15, 31-25), a 5-x nine-point sudden-death decider      VASSS events, 1970-1972
               as the last set, mixed with game sets
``pro``        one set to 8 or 10 games (8-6, 9-7, 9-8, 10-4): the whole match            pro sets, 1968-1980s
=============  =========================================================================  ===================

Match tiebreaks ([10-8], 1-0(8), and [1-0] when the points were not kept) are legal as the
last set of any format when the sets before it are level.

Results data may also hold scores that no format explains (a completed match written
loser-first, or left incomplete, "6-7 5-7"). ``Score.model_validate(data, context={"as_written":
True})`` accepts those when every set is a plausible set: finished in some format, or an
unfinished last set. Nothing in the extractor's prose path uses that context.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, model_validator

Outcome = Literal["completed", "retired", "walkover", "defaulted"]

# Largest game or point count we accept in one set (the longest set ever played ran to 70-68).
MAX_GAMES = 99

# Tried in this order: the first format that explains a score is its format.
FORMATS = ("standard", "eight_all", "five_all", "short", "points", "pro")
# Sets a tiebreak decides, per format (a "(5)" after any other set is no tiebreak).
TIEBREAK_SETS = {
    "standard": ((7, 6), (13, 12)),
    "eight_all": ((7, 6), (13, 12), (9, 8)),
    "five_all": ((6, 5),),
    "short": ((4, 3),),
    "points": ((7, 6), (13, 12)),
    "pro": ((9, 8),),
}
POINT_SET_TARGETS = (21, 31)


def _standard(hi: int, lo: int) -> bool:
    if hi == 6:
        return lo <= 4
    if hi == 7:
        return lo in (5, 6)
    return hi - lo == 2 and lo >= 6


def _finished_games(hi: int, lo: int, fmt: str) -> bool:
    """A set with no tiebreak points written, ended hi-lo, is finished in ``fmt``."""
    if fmt in ("standard", "points"):
        return _standard(hi, lo)
    if fmt == "eight_all":
        return _standard(hi, lo) or (hi, lo) == (9, 8)
    if fmt == "five_all":
        return (hi == 6 and lo <= 5) or (hi - lo == 2 and lo >= 6)
    if fmt == "short":
        return hi == 4 and lo <= 3
    if fmt == "pro":
        return (hi in (8, 10) and lo <= hi - 2) or (hi - lo == 2 and lo >= 7) or (hi, lo) == (9, 8)
    return False


def is_point_set(hi: int, lo: int) -> bool:
    """A VASSS set played to 21 or 31 points (31-25), or on past it by two (33-31)."""
    return (hi in POINT_SET_TARGETS and lo < hi) or (
        hi - lo == 2 and any(lo >= t - 1 for t in POINT_SET_TARGETS) and hi > 21
    )


def is_complete_set(
    hi: int,
    lo: int,
    *,
    tiebreak: int | None = None,
    match_tiebreak: bool = False,
    fmt: str = "standard",
    last: bool = False,
) -> bool:
    """True when a set that ended ``hi``-``lo`` (winner's games first) is a finished set in ``fmt``.

    ``standard`` (the default) accepts 6-0..6-4, 7-5, 7-6 (tiebreak points optional), 13-12
    (Wimbledon's 12-all final-set tiebreak), advantage sets won by two games (8-6, 9-7, 70-68),
    and match tiebreaks written 1-0(8), [1-0] or 10-8 / 12-10. See the module docstring for the
    other formats; ``last`` says the set ends the match (a VASSS nine-point decider).
    """
    if not (0 <= lo < hi <= MAX_GAMES):
        return False
    if match_tiebreak:
        if (hi, lo) == (1, 0):
            return True  # 1-0(8), or [1-0] with the points not kept
        return tiebreak is None and hi >= 7 and hi - lo >= 2 and (hi - lo == 2 or hi in (7, 10))
    if tiebreak is not None:
        return (hi, lo) in TIEBREAK_SETS.get(fmt, ())
    if fmt == "points":
        return is_point_set(hi, lo) or _standard(hi, lo) or (last and hi == 5 and lo <= 4)
    return _finished_games(hi, lo, fmt)


def is_partial_set(a: int, b: int, *, fmt: str = "standard") -> bool:
    """True for an unfinished set, as the last set of a retirement or default ("2-1", "4-4")."""
    hi, lo = max(a, b), min(a, b)
    if hi > MAX_GAMES or is_complete_set(hi, lo, fmt=fmt):
        return False
    if fmt == "points":
        return hi < max(POINT_SET_TARGETS)
    return hi <= 6 or hi - lo <= 1


class SetScore(BaseModel):
    """One set, from the MATCH winner's side (a set the winner lost reads 4-6)."""

    model_config = ConfigDict(extra="forbid")

    winner_games: Annotated[int, Field(ge=0, le=MAX_GAMES, description="games won by the match winner")]
    loser_games: Annotated[int, Field(ge=0, le=MAX_GAMES, description="games won by the match loser")]
    tiebreak: Annotated[
        int | None,
        Field(ge=0, le=MAX_GAMES, description="the set loser's tiebreak points (7-6(5) -> 5); null without a tiebreak"),
    ] = None
    match_tiebreak: Annotated[
        bool, Field(description="true when this 'set' is a deciding match tiebreak ([10-8] or 1-0(8))")
    ] = False

    @property
    def won_by_winner(self) -> bool:
        return self.winner_games > self.loser_games

    def is_complete(self, fmt: str = "standard", *, last: bool = False) -> bool:
        hi, lo = max(self.winner_games, self.loser_games), min(self.winner_games, self.loser_games)
        return is_complete_set(hi, lo, tiebreak=self.tiebreak, match_tiebreak=self.match_tiebreak, fmt=fmt, last=last)

    def normalised(self) -> str:
        """GOLD.md form: games from the winner's side, tiebreak as the set loser's points."""
        text = f"{self.winner_games}-{self.loser_games}"
        if self.match_tiebreak and (self.winner_games, self.loser_games) in ((1, 0), (0, 1)):
            if self.tiebreak is None:
                return text  # [1-0]: the match tiebreak's points were not kept
            # 1-0(8) is a match tiebreak won 10-8 (or by two beyond ten).
            loser_points = self.tiebreak
            won = max(10, loser_points + 2)
            text = f"{won}-{loser_points}" if self.winner_games else f"{loser_points}-{won}"
            return text
        if self.tiebreak is not None:
            text += f"({self.tiebreak})"
        return text


class Score(BaseModel):
    """A match score: the raw text and its sets normalised to the winner's side."""

    model_config = ConfigDict(extra="forbid")

    text: Annotated[str, Field(description="the score exactly as written in the article")]
    sets: Annotated[list[SetScore], Field(description="sets in order, from the match winner's side")] = []
    outcome: Annotated[Outcome, Field(description="completed, retired (loser retired), walkover, defaulted")] = (
        "completed"
    )
    best_of: Annotated[Literal[3, 5] | None, Field(description="3 or 5 when the sets show it, else null")] = None

    @model_validator(mode="after")
    def _legal_tennis(self, info: ValidationInfo) -> Score:
        # A record may only carry scores that tennis rules allow (see shared/SCHEMA.md); results
        # data validated with context {"as_written": True} only needs plausible sets.
        if info.context and info.context.get("as_written"):
            problem = plausibility_problem(self.sets, self.outcome)
        else:
            problem = score_problem(self.sets, self.outcome, self.best_of)
        if problem:
            raise ValueError(f"illegal score {self.text!r}: {problem}")
        return self

    def normalised(self) -> str:
        return " ".join(s.normalised() for s in self.sets)

    def sets_won(self) -> tuple[int, int]:
        won = sum(1 for s in self.sets if s.won_by_winner)
        return won, len(self.sets) - won

    def format(self) -> str | None:
        """The set format (see FORMATS) that explains these sets, or None."""
        return match_format(self.sets, self.outcome)


def _format_problem(sets: list[SetScore], outcome: str, fmt: str) -> str | None:
    """Why these sets are not finished (and, for a retirement, in progress) sets in ``fmt``."""
    if fmt == "pro" and len(sets) != 1:
        return "a pro set is a one-set match"
    if fmt == "points" and not any(
        is_point_set(max(s.winner_games, s.loser_games), min(s.winner_games, s.loser_games)) for s in sets
    ):
        return "a point-scored match needs a point set"
    finished = sets if outcome == "completed" else sets[:-1]
    for i, s in enumerate(finished):
        if not s.is_complete(fmt, last=i == len(sets) - 1):
            return f"set {s.normalised()} is not a finished set"
    if outcome in ("retired", "defaulted") and sets:
        last = sets[-1]
        if not (last.is_complete(fmt, last=True) or is_partial_set(last.winner_games, last.loser_games, fmt=fmt)):
            return f"set {last.normalised()} is neither finished nor in progress"
        if last.tiebreak is not None and not last.is_complete(fmt, last=True):
            return "an unfinished set cannot have tiebreak points"
    return None


def match_format(sets: list[SetScore], outcome: str) -> str | None:
    """The first format of FORMATS in which every set is legal, or None."""
    if not sets:
        return None
    # A completed one-set match can only be a pro set, whatever else its set could be.
    order = ("pro",) if outcome == "completed" and len(sets) == 1 else FORMATS
    for fmt in order:
        if _format_problem(sets, outcome, fmt) is None:
            return fmt
    return None


def plausibility_problem(sets: list[SetScore], outcome: str) -> str | None:
    """Results data kept as written: every set finished in some format, the last one possibly
    unfinished; nothing about who won."""
    if outcome == "walkover":
        return "a walkover has no sets" if sets else None
    if outcome == "completed" and not sets:
        return "a completed match needs sets"
    if any(s.match_tiebreak for s in sets[:-1]):
        return "a match tiebreak can only be the last set"
    points = any(is_point_set(max(s.winner_games, s.loser_games), min(s.winner_games, s.loser_games)) for s in sets)
    formats = FORMATS if points else tuple(f for f in FORMATS if f != "points")
    for i, s in enumerate(sets):
        last = i == len(sets) - 1
        if any(s.is_complete(fmt, last=last) for fmt in formats):
            continue
        if last and s.tiebreak is None and any(is_partial_set(s.winner_games, s.loser_games, fmt=f) for f in formats):
            continue
        return f"set {s.normalised()} is no plausible set"
    return None


def score_problem(sets: list[SetScore], outcome: str, best_of: int | None) -> str | None:
    """Why these sets cannot be a real match with this outcome, or None when they can."""
    if outcome == "walkover":
        return "a walkover has no sets" if sets else None
    if outcome == "completed" and not sets:
        return "a completed match needs sets"
    fmt = match_format(sets, outcome) if sets else "standard"
    if fmt is None:
        if outcome == "completed" and len(sets) == 1:
            return "a completed match is won with at least two sets, or in one pro set"
        return _format_problem(sets, outcome, "standard")
    finished = sets if outcome == "completed" else sets[:-1]
    won = sum(1 for s in finished if s.winner_games > s.loser_games)
    lost = len(finished) - won
    if any(s.match_tiebreak for s in sets[:-1]):
        return "a match tiebreak can only be the last set"
    if outcome == "completed" and sets[-1].match_tiebreak:
        before = sets[:-1]
        if 2 * sum(1 for s in before if s.won_by_winner) != len(before):
            return "a match tiebreak is played only with the sets level"
    if outcome == "completed":
        return _completed_problem(sets, won, lost, best_of, fmt)
    limit = {3: 2, 5: 3}.get(best_of or 0, 3)
    if won >= limit or lost >= limit:
        return "the match was already decided before the retirement or default"
    return None


def _completed_problem(sets: list[SetScore], won: int, lost: int, best_of: int | None, fmt: str) -> str | None:
    if sets[-1].winner_games < sets[-1].loser_games:
        return "the winner must win the last set"
    if won <= lost:
        return "the winner must hold the majority of sets"
    if won < 2 and fmt != "pro":
        return "a completed match is won with at least two sets"
    need = {3: 2, 5: 3}.get(best_of or 0)
    if need is not None and won != need:
        return f"a best-of-{best_of} match is won with {need} sets"
    if best_of is None and won > 3:
        return "no match is won with more than three sets"
    return None
