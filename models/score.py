"""Set and match scores, with the tennis rules that make a score legal.

The rules live here, beside the models, because they are invariants of the record:
the extractor's score grammar (``extractor.scores``) builds these models and relies on
their validation to reject strings that only look like scores.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Outcome = Literal["completed", "retired", "walkover", "defaulted"]

# Largest game or point count we accept in one set (the longest set ever played ran to 70-68).
MAX_GAMES = 99


def is_complete_set(hi: int, lo: int, *, tiebreak: int | None = None, match_tiebreak: bool = False) -> bool:
    """True when a set that ended ``hi``-``lo`` (winner's games first) is a finished set.

    Accepted: 6-0..6-4, 7-5, 7-6 (tiebreak points optional), 13-12 (Wimbledon's 12-all
    final-set tiebreak), advantage sets won by two games (8-6, 9-7, 70-68), and match
    tiebreaks written 1-0(8) or 10-8 / 12-10.
    """
    if not (0 <= lo < hi <= MAX_GAMES):
        return False
    if match_tiebreak:
        if (hi, lo) == (1, 0):
            return tiebreak is not None
        return tiebreak is None and hi >= 7 and hi - lo >= 2 and (hi - lo == 2 or hi in (7, 10))
    if tiebreak is not None:
        # A tiebreak decides a set only at 6-6 (or 12-12 in Wimbledon's 2019-21 final set).
        return (hi, lo) in ((7, 6), (13, 12))
    if hi == 6:
        return lo <= 4
    if hi == 7:
        return lo in (5, 6)
    return hi - lo == 2 and lo >= 6


def is_partial_set(a: int, b: int) -> bool:
    """True for an unfinished set, as the last set of a retirement or default ("2-1", "4-4")."""
    hi, lo = max(a, b), min(a, b)
    if hi > MAX_GAMES:
        return False
    return not is_complete_set(hi, lo) and (hi <= 6 or hi - lo <= 1)


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

    def is_complete(self) -> bool:
        hi, lo = max(self.winner_games, self.loser_games), min(self.winner_games, self.loser_games)
        return is_complete_set(hi, lo, tiebreak=self.tiebreak, match_tiebreak=self.match_tiebreak)

    def normalised(self) -> str:
        """GOLD.md form: games from the winner's side, tiebreak as the set loser's points."""
        text = f"{self.winner_games}-{self.loser_games}"
        if self.match_tiebreak and (self.winner_games, self.loser_games) in ((1, 0), (0, 1)):
            # 1-0(8) is a match tiebreak won 10-8 (or by two beyond ten).
            loser_points = self.tiebreak or 0
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
    outcome: Annotated[Outcome, Field(description="completed, retired (loser retired), walkover, defaulted")] = "completed"
    best_of: Annotated[Literal[3, 5] | None, Field(description="3 or 5 when the sets show it, else null")] = None

    @model_validator(mode="after")
    def _legal_tennis(self) -> Score:
        # A record may only carry scores that tennis rules allow (see shared/SCHEMA.md).
        problem = score_problem(self.sets, self.outcome, self.best_of)
        if problem:
            raise ValueError(f"illegal score {self.text!r}: {problem}")
        return self

    def normalised(self) -> str:
        return " ".join(s.normalised() for s in self.sets)

    def sets_won(self) -> tuple[int, int]:
        won = sum(1 for s in self.sets if s.won_by_winner)
        return won, len(self.sets) - won


def score_problem(sets: list[SetScore], outcome: str, best_of: int | None) -> str | None:
    """Why these sets cannot be a real match with this outcome, or None when they can."""
    if outcome == "walkover":
        return "a walkover has no sets" if sets else None
    if outcome == "completed" and not sets:
        return "a completed match needs sets"
    finished = sets if outcome == "completed" else sets[:-1]
    for s in finished:
        if not s.is_complete():
            return f"set {s.normalised()} is not a finished set"
    if outcome in ("retired", "defaulted") and sets:
        last = sets[-1]
        if not (last.is_complete() or is_partial_set(last.winner_games, last.loser_games)):
            return f"set {last.normalised()} is neither finished nor in progress"
        if last.tiebreak is not None and not last.is_complete():
            return "an unfinished set cannot have tiebreak points"
    won = sum(1 for s in finished if s.winner_games > s.loser_games)
    lost = len(finished) - won
    if any(s.match_tiebreak for s in sets[:-1]):
        return "a match tiebreak can only be the last set"
    if outcome == "completed" and sets[-1].match_tiebreak:
        before = sets[:-1]
        if 2 * sum(1 for s in before if s.won_by_winner) != len(before):
            return "a match tiebreak is played only with the sets level"
    if outcome == "completed":
        if sets[-1].winner_games < sets[-1].loser_games:
            return "the winner must win the last set"
        if won <= lost:
            return "the winner must hold the majority of sets"
        if won < 2:
            return "a completed match is won with at least two sets"
        need = {3: 2, 5: 3}.get(best_of or 0)
        if need is not None and won != need:
            return f"a best-of-{best_of} match is won with {need} sets"
        if best_of is None and won > 3:
            return "no match is won with more than three sets"
    else:
        limit = {3: 2, 5: 3}.get(best_of or 0, 3)
        if won >= limit or lost >= limit:
            return "the match was already decided before the retirement or default"
    return None
