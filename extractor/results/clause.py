"""A result clause as a value: who beat whom in one sentence (or one side of it), where in the masked
sentence it stands, and the score run it holds."""

from __future__ import annotations

from dataclasses import dataclass

from extractor.results.kinds import FrameKind


@dataclass(frozen=True, kw_only=True)
class Clause:
    """One result a sentence states (or one side of it): a value; a changed clause is a new one
    (``dataclasses.replace``)."""

    kind: FrameKind
    winner: str | None
    loser: str | None
    winner_partner: str | None = None
    loser_partner: str | None = None
    start: int  # in masked text
    end: int
    sentence: tuple[int, int]
    run: int | None = None  # index into Masked.runs
    outcome: str | None = None
    verb_at: int = -1  # masked offset of the verb: a score after it and before the clause end is the clause's
    anchor: int = -1  # masked offset just past the clause's last player reference
    relative: bool = False  # "X, who had knocked out Y": a clause inside another
    winner_first: bool = False  # a results line ("X bt Y 2-6 0-1 ret"): its score from the winner's side as written
