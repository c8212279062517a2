"""Which article matches are one real match, and what their sources agree on. Plain values in,
plain values out: nothing here touches the database (``consolidate.py`` reads and writes).

Sources of one pair of sides are grouped so that the result does not depend on the order they
arrive in: a source that names the event (tournament, season) and the round joins the group of that
key; a source missing the event or the round joins the keyed group of the same pair whose sources
were published nearest to it, within the window, else a group of such sources started within the
window before it; a source with no date at all (no publication, no match date) stands alone.
Everything is sorted by values that do not change with loading (publication day, article id, the
record's match id), never by row ids.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

WINDOW_DAYS = 10
RE_SET = re.compile(r"^(\d+)-(\d+)(?:\((\d+)\))?$")


@dataclass(frozen=True)
class MatchSource:
    """One article's match row, as grouping and agreement need it. Sides are player-id keys
    ('3' or, in doubles, '3+9')."""

    match_id: int
    order: tuple[str, str, str]  # (article id, text sha256, record match id): stable across loads
    winner: str
    loser: str
    tournament_id: int | None
    round: str | None
    date: dt.date | None
    published: dt.date | None
    score: str | None
    outcome: str | None
    best_of: int | None
    confidence: float

    @property
    def day(self) -> dt.date | None:
        """When the source speaks of the match: its publication day, else the match date."""
        return self.published or self.date

    @property
    def season(self) -> int | None:
        day = self.date or self.published
        return day.year if day else None

    @property
    def keyed(self) -> bool:
        return self.tournament_id is not None and self.round is not None and self.season is not None


def side_key(a: int, b: int | None = None) -> str:
    return "+".join(str(x) for x in sorted(x for x in (a, b) if x is not None))


def pair_key(winner: str, loser: str) -> str:
    return "|".join(sorted((winner, loser)))


@dataclass
class Group:
    """Sources taken for one real match. ``core`` are the keyed sources (or, for a group of
    partial sources, the first one) that others are measured against."""

    key: tuple  # (tournament, season, round) for a keyed group; (0, day, order) for a partial one
    core: list[MatchSource]
    members: list[MatchSource] = field(default_factory=list)

    def distance(self, s: MatchSource) -> int:
        return min(abs((s.day - c.day).days) for c in self.core if c.day is not None)

    def fits(self, s: MatchSource) -> bool:
        for name in ("tournament_id", "round", "season"):
            ours = {getattr(m, name) for m in self.members} - {None}
            if getattr(s, name) is not None and ours and getattr(s, name) not in ours:
                return False
        return True


def group_sources(sources: Iterable[MatchSource], window: int = WINDOW_DAYS) -> list[Group]:
    """The real matches among the sources of one pair of sides (see the module docstring)."""
    ordered = sorted(sources, key=lambda s: s.order)
    keyed: dict[tuple, list[MatchSource]] = {}
    partial = []
    for s in ordered:
        if s.keyed:
            keyed.setdefault((s.tournament_id, s.season, s.round), []).append(s)
        else:
            partial.append(s)
    groups = [Group(k, list(v), list(v)) for k, v in sorted(keyed.items(), key=lambda kv: str(kv[0]))]
    loose: list[Group] = []
    for s in sorted(partial, key=lambda s: (s.day is None, s.day or dt.date.min, s.order)):
        if s.day is None:
            loose.append(Group((1, s.order), [s], [s]))
            continue
        near = [g for g in groups if g.fits(s) and g.distance(s) <= window]
        if near:
            min(near, key=lambda g: (g.distance(s), str(g.key))).members.append(s)
            continue
        started = [g for g in loose if g.core[0].day is not None and g.fits(s) and g.distance(s) <= window]
        if started:
            started[0].members.append(s)
        else:
            loose.append(Group((0, s.day, s.order), [s], [s]))
    return groups + loose


# -- scores ---------------------------------------------------------------------------------------


def parse_sets(score: str) -> list[tuple[int, int, int | None]] | None:
    out = []
    for part in score.split():
        m = RE_SET.match(part)
        if m is None:
            return None
        out.append((int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None))
    return out


def games(score: str | None) -> str | None:
    """The score without tiebreak points: '7-6(5) 6-4' -> '7-6 6-4'."""
    if score is None:
        return None
    return " ".join(part.split("(")[0] for part in score.split())


def scores_agree(a: str | None, b: str | None) -> bool:
    """Two normalised scores (winner's side) agree when their games agree set by set and their
    tiebreak points where both give them: '7-6 6-4' agrees with '7-6(5) 6-4'. A missing score
    disagrees with nothing."""
    if a is None or b is None or a == b:
        return True
    sa, sb = parse_sets(a), parse_sets(b)
    if sa is None or sb is None or len(sa) != len(sb):
        return games(a) == games(b)
    return all(x[:2] == y[:2] and (x[2] is None or y[2] is None or x[2] == y[2]) for x, y in zip(sa, sb))


# -- agreement ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Hint:
    """What a linked reference result says, for breaking ties: the winning side and the score."""

    winner: str
    score: str | None
    outcome: str | None


@dataclass(frozen=True)
class Agreement:
    winner: str
    loser: str
    tournament_id: int | None
    season: int | None
    round: str | None
    date: dt.date | None
    first_published: dt.date | None
    score: str | None
    outcome: str | None
    best_of: int | None
    state: str
    conflicts: tuple[str, ...]
    agrees: dict[int, bool]  # match_id -> gives the agreed winner and score

    @property
    def agreeing(self) -> int:
        return sum(self.agrees.values())


def _vote(values: Sequence, weights: dict, hint=None):
    """The value most sources give; a tie goes to ``hint`` when it is among the tied, else to the
    value of the highest summed confidence, then to the smallest value (deterministic)."""
    counts = Counter(values)
    top = max(counts.values())
    tied = [v for v, n in counts.items() if n == top]
    if len(tied) == 1:
        return tied[0]
    if hint is not None and hint in tied:
        return hint
    return min(tied, key=lambda v: (-round(weights.get(v, 0.0), 9), str(v)))


def _common(values: Iterable) -> object:
    present = [v for v in values if v is not None]
    if not present:
        return None
    counts = Counter(present)
    return min(counts, key=lambda v: (-counts[v], str(v)))


def agree(members: Sequence[MatchSource], hint: Hint | None = None) -> Agreement:
    """The agreed values of one group and what its sources disagree on."""
    weight: Counter = Counter()
    for s in members:
        weight[s.winner] += s.confidence
    winner = _vote([s.winner for s in members], weight, hint.winner if hint else None)
    loser = next(s.loser if s.winner == winner else s.winner for s in members if winner in (s.winner, s.loser))
    scored = [s for s in members if s.winner == winner and s.score is not None]
    score = outcome = best_of = None
    if scored:
        key_weight: Counter = Counter()
        for s in scored:
            key_weight[(games(s.score), s.outcome)] += s.confidence
        hinted = (games(hint.score), hint.outcome) if hint and hint.winner == winner and hint.score else None
        games_key = _vote([(games(s.score), s.outcome) for s in scored], key_weight, hinted)
        same = [s for s in scored if (games(s.score), s.outcome) == games_key]
        variants = Counter(s.score for s in same)
        score = min(variants, key=lambda v: (-variants[v], -v.count("("), v))
        outcome = games_key[1]
        best_of = _common(s.best_of for s in same)
    conflicts = []
    if len({s.winner for s in members}) > 1:
        conflicts.append("winner")
    given = [s for s in members if s.score is not None]
    distinct = sorted({s.score for s in given})
    if any(not scores_agree(a, b) for i, a in enumerate(distinct) for b in distinct[i + 1 :]):
        conflicts.append("score")
    if len({s.outcome for s in given}) > 1:
        conflicts.append("outcome")
    if len({s.round for s in members} - {None}) > 1:
        conflicts.append("round")
    agrees = {
        s.match_id: s.winner == winner and (s.score is None or (scores_agree(s.score, score) and s.outcome == outcome))
        for s in members
    }
    dates = [s.date for s in members if s.date is not None]
    date_counts = Counter(dates)
    published = [s.published for s in members if s.published is not None]
    return Agreement(
        winner=winner,
        loser=loser,
        tournament_id=_common(s.tournament_id for s in members),
        season=_common(s.season for s in members),
        round=_common(s.round for s in members),
        date=min(date_counts, key=lambda d: (-date_counts[d], d)) if dates else None,
        first_published=min(published) if published else None,
        score=score,
        outcome=outcome,
        best_of=best_of,
        state="conflict" if conflicts else "agreed",
        conflicts=tuple(conflicts),
        agrees=agrees,
    )
