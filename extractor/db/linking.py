"""Which official result a canonical match describes (``reference_matches``, imported by
``tennis-extract results import``), and whether it agrees.

A reference match fits a canonical match when its players are the canonical sides' players, in
either order (a name or alias folded to the same words, in any order as in 'Li Na' / 'Na Li'; the
same surname and first initial; or, only at the same event, a surname alone), at the same event
(the tournament's canonical name, a name starting with it as 'Davis Cup WG R1: ...', or its city)
and season, or, when the articles name no event, within the window of the tournament's dates. Of the
fitting matches the one of the nearest round, then the nearest dates, then the strongest names is
taken; several equally near are ``ambiguous``, none is ``unlinked``. A linked match is
``confirmed`` when winner, score, outcome and round agree, else ``conflict`` with what differs.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import Connection, select

from extractor.db.canonical import scores_agree
from extractor.db.schema import TABLES

EVENT_DAYS = 14  # a tournament's matches are played within this many days of its first day
ROUND_ORDER = {
    "final": 0,
    "semifinal": 1,
    "group": 1.5,
    "quarterfinal": 2,
    "R16": 3,
    "R32": 4,
    "R64": 5,
    "R128": 6,
    "qualifying": 8,
}


@dataclass(frozen=True)
class RefMatch:
    id: int
    season: int
    tourney_date: dt.date
    tournament_key: str
    round: str | None
    doubles: bool
    winners: tuple[tuple[str, str], ...]  # (reference player id, folded name)
    losers: tuple[tuple[str, str], ...]
    score: str | None
    outcome: str | None


@dataclass(frozen=True)
class Subject:
    """What a canonical match says, for finding its result: the two sides' player ids (in pair
    order), the event and round, and a day (the match date, else the first publication)."""

    side1: tuple[int, ...]
    side2: tuple[int, ...]
    tournament_key: str | None
    tournament_city: str | None
    season: int | None
    round: str | None
    day: dt.date | None


@dataclass(frozen=True)
class Link:
    status: str  # linked, unlinked, ambiguous
    match: RefMatch | None = None
    side1_won: bool = True  # the reference's winner is side1
    players: dict[int, tuple[str, str]] = field(default_factory=dict)  # player id -> (reference id, name)


def name_fit(keys: set[str], ref: str) -> int:
    """How well a player's folded names fit a reference name: 3 the same words, 2 the same
    surname and first initial (or two words in common), 1 the surname alone, 0 none."""
    ref_words = ref.split()
    if not ref_words:
        return 0
    best = 0
    for key in keys:
        words = key.split()
        if not words:
            continue
        if key == ref or sorted(words) == sorted(ref_words):
            return 3
        shared = set(words) & set(ref_words)
        if len(shared) >= 2 or (len(words) >= 2 and words[-1] == ref_words[-1] and words[0][0] == ref_words[0][0]):
            best = max(best, 2)
        elif (len(words) == 1 and words[0] in ref_words[1:]) or words[-1] == ref_words[-1]:
            best = max(best, 1)
    return best


def side_fit(players: tuple[int, ...], ref_side: tuple[tuple[str, str], ...], names: dict[int, set[str]]) -> int:
    """The weakest player fit of the best pairing of a side's players with a reference side's."""
    if len(players) != len(ref_side):
        return 0
    if len(players) == 1:
        return name_fit(names.get(players[0], set()), ref_side[0][1])
    a, b = players
    straight = min(name_fit(names.get(a, set()), ref_side[0][1]), name_fit(names.get(b, set()), ref_side[1][1]))
    crossed = min(name_fit(names.get(a, set()), ref_side[1][1]), name_fit(names.get(b, set()), ref_side[0][1]))
    return max(straight, crossed)


def _event_fits(subject: Subject, ref: RefMatch) -> bool:
    key = subject.tournament_key
    if not key:
        return False
    return (
        ref.tournament_key == key
        or ref.tournament_key.startswith(key + " ")
        or key.startswith(ref.tournament_key + " ")
        or (subject.tournament_city is not None and ref.tournament_key == subject.tournament_city)
    )


def _days_off(day: dt.date | None, ref: RefMatch) -> int:
    if day is None:
        return 0
    end = ref.tourney_date + dt.timedelta(days=EVENT_DAYS)
    if day < ref.tourney_date:
        return (ref.tourney_date - day).days
    return max(0, (day - end).days)


def _round_off(ours: str | None, theirs: str | None) -> float:
    if ours is None or theirs is None:
        return 0
    return abs(ROUND_ORDER.get(ours, 9) - ROUND_ORDER.get(theirs, 9))


class ReferenceIndex:
    """The imported reference matches, by season and by every word of their players' names."""

    def __init__(self, rows: list[RefMatch], window: int) -> None:
        self.window = window
        self.by_word: dict[tuple[int, str], list[RefMatch]] = defaultdict(list)
        for r in rows:
            words = {w for _, name in r.winners + r.losers for w in name.split()}
            for w in words:
                self.by_word[(r.season, w)].append(r)
        self.size = len(rows)

    @classmethod
    def read(cls, conn: Connection, window: int) -> ReferenceIndex | None:
        """The index of every imported match; None when nothing was imported."""
        from extractor.db.registry import fold

        t = TABLES["reference_matches"]
        rows = []
        for r in conn.execute(select(t)):
            winners = [(r.winner_ref, fold(r.winner_name))]
            losers = [(r.loser_ref, fold(r.loser_name))]
            if r.doubles:
                winners.append((r.winner2_ref or "", fold(r.winner2_name or "")))
                losers.append((r.loser2_ref or "", fold(r.loser2_name or "")))
            rows.append(
                RefMatch(
                    r.id,
                    r.season,
                    r.tourney_date,
                    r.tournament_key,
                    r.round,
                    r.doubles,
                    tuple(winners),
                    tuple(losers),
                    r.score,
                    r.outcome,
                )
            )
        return cls(rows, window) if rows else None

    def link(self, subject: Subject, names: dict[int, set[str]]) -> Link:
        if subject.season is None and subject.day is None:
            return Link("unlinked")
        seasons = {s for s in (subject.season, subject.day.year if subject.day else None) if s is not None}
        words = {w for p in subject.side1 for key in names.get(p, ()) for w in key.split()}
        pool = {r.id: r for s in seasons for w in words for r in self.by_word.get((s, w), ())}
        doubles = len(subject.side1) > 1
        ranked = []
        for ref in pool.values():
            if ref.doubles != doubles:
                continue
            event = _event_fits(subject, ref)
            if subject.tournament_key and not event:
                continue  # the articles name another event
            days = _days_off(subject.day, ref)
            if not event and (subject.day is None or days > self.window):
                continue
            if event and ref.season != subject.season and days > self.window:
                continue
            straight = (side_fit(subject.side1, ref.winners, names), side_fit(subject.side2, ref.losers, names))
            crossed = (side_fit(subject.side1, ref.losers, names), side_fit(subject.side2, ref.winners, names))
            side1_won = min(straight) >= min(crossed)
            fits = straight if side1_won else crossed
            if min(fits) == 0 or (min(fits) == 1 and not event):
                continue  # a surname alone needs the event for context
            rank = (_round_off(subject.round, ref.round), days, -min(fits), -sum(fits))
            ranked.append((rank, ref, side1_won))
        if not ranked:
            return Link("unlinked")
        ranked.sort(key=lambda x: (x[0], x[1].id))
        best = [x for x in ranked if x[0] == ranked[0][0]]
        if len(best) > 1:
            return Link("ambiguous")
        _, ref, side1_won = best[0]
        winners, losers = (subject.side1, subject.side2) if side1_won else (subject.side2, subject.side1)
        players = {}
        for ours, theirs in ((winners, ref.winners), (losers, ref.losers)):
            for p in ours:
                hit = max(theirs, key=lambda t: (name_fit(names.get(p, set()), t[1]), t[0]))
                players[p] = hit
        return Link("linked", ref, side1_won, players)


def verdict(
    link: Link, winner_is_side1: bool, score: str | None, outcome: str | None, round_: str | None
) -> tuple[str, tuple[str, ...]]:
    """(status, what differs) of a canonical match against its link."""
    if link.status != "linked" or link.match is None:
        return link.status, ()
    ref = link.match
    differs = []
    if winner_is_side1 != link.side1_won:
        differs.append("winner")
    if score is not None and ref.score is not None and not scores_agree(score, ref.score):
        differs.append("score")
    if outcome is not None and ref.outcome is not None and outcome != ref.outcome:
        differs.append("outcome")
    if round_ is not None and ref.round is not None and round_ != ref.round:
        differs.append("round")
    return ("conflict" if differs else "confirmed"), tuple(differs)
