"""Article records read back out of the sports database (the loader's schema, ``extractor.db``).

The loader spreads a record over many tables and shares players, tournaments and venues across
articles; this module puts one article's record together again, with the local ids (P1, T1, V1,
M1) the record had, so editors review exactly what was extracted and the export writes records
that still validate under ``models.ArticleRecord``.

Reading is done in bulk: one query per table for a set of articles, never one per fact.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

from pydantic import ValidationError
from sqlalchemy import Connection, select

from extractor.db.schema import TABLES
from models import ArticleRecord

CHUNK = 500
RE_LOCAL_NUMBER = re.compile(r"(\d+)$")


class RecordUnreadable(Exception):
    """An article's rows do not make a valid record (a database edited by hand, or a bug)."""


@dataclass(frozen=True)
class ArticleKey:
    """An article's primary key and what identifies its text across reloads."""

    pk: int
    article_id: str
    text_sha256: str
    loaded_at: dt.datetime | None
    extractor_version: str


def local_order(local_id: str) -> tuple[int, str]:
    """P2 before P10: local ids sort by their number."""
    m = RE_LOCAL_NUMBER.search(local_id or "")
    return (int(m.group(1)) if m else 0, local_id or "")


def _chunks(items: list, size: int = CHUNK) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _rows(
    conn: Connection, table: str, column: str, keys: list[int] | None, order: Iterable[str] = ("id",)
) -> list[Any]:
    t = TABLES[table]
    ordering = [t.c[name] for name in order]
    if keys is None:
        return list(conn.execute(select(t).order_by(*ordering)))
    out: list[Any] = []
    for chunk in _chunks(keys):
        out.extend(conn.execute(select(t).where(t.c[column].in_(chunk)).order_by(*ordering)))
    return out


def article_keys(conn: Connection) -> list[ArticleKey]:
    """Every loaded article, in load order."""
    a = TABLES["articles"]
    query = select(a.c.id, a.c.article_id, a.c.text_sha256, a.c.loaded_at, a.c.extractor_version).order_by(a.c.id)
    return [
        ArticleKey(r.id, r.article_id, r.text_sha256, r.loaded_at, r.extractor_version) for r in conn.execute(query)
    ]


def article_key(conn: Connection, pk: int) -> ArticleKey | None:
    a = TABLES["articles"]
    r = conn.execute(
        select(a.c.id, a.c.article_id, a.c.text_sha256, a.c.loaded_at, a.c.extractor_version).where(a.c.id == pk)
    ).first()
    return None if r is None else ArticleKey(r.id, r.article_id, r.text_sha256, r.loaded_at, r.extractor_version)


def _span(m: Any) -> dict[str, Any]:
    return {"start": m.char_start, "end": m.char_end, "text": m.text}


def read_records(conn: Connection, pks: list[int] | None = None) -> dict[int, ArticleRecord | RecordUnreadable]:
    """The record of each article ``pks`` names (all articles when None), keyed by primary key.

    An article whose rows do not make a valid record maps to a RecordUnreadable saying why, so one
    bad article never hides the others."""
    keys = None if pks is None else list(pks)
    articles = _rows(conn, "articles", "id", keys)
    if not articles:
        return {}

    players = defaultdict(list)
    for r in _rows(conn, "article_players", "article_id", keys, order=("article_id", "local_id")):
        players[r.article_id].append(r)
    mentions = defaultdict(list)
    by_mention: dict[int, Any] = {}
    for r in _rows(conn, "mentions", "article_id", keys):
        mentions[r.article_id].append(r)
        by_mention[r.id] = r
    matches = defaultdict(list)
    for r in _rows(conn, "matches", "article_id", keys):
        matches[r.article_id].append(r)
    sets = defaultdict(list)
    for r in _rows(
        conn,
        "match_sets",
        "match_id",
        [m.id for ms in matches.values() for m in ms] if keys else None,
        order=("match_id", "set_no"),
    ):
        sets[r.match_id].append(r)
    rankings, quotes, h2hs = defaultdict(list), defaultdict(list), defaultdict(list)
    for table, into in (("rankings", rankings), ("quotes", quotes), ("head_to_heads", h2hs)):
        for r in _rows(conn, table, "article_id", keys):
            into[r.article_id].append(r)
    tournament_ids = {m.tournament_id for ms in matches.values() for m in ms} | {
        m.tournament_id for ms in mentions.values() for m in ms
    }
    venue_ids = {m.venue_id for ms in matches.values() for m in ms} | {
        m.venue_id for ms in mentions.values() for m in ms
    }
    tournaments = {r.id: r for r in _rows(conn, "tournaments", "id", sorted(tournament_ids - {None}))}
    venues = {r.id: r for r in _rows(conn, "venues", "id", sorted(venue_ids - {None}))}

    out: dict[int, ArticleRecord | RecordUnreadable] = {}
    for art in articles:
        parts = _Parts(
            players[art.id],
            mentions[art.id],
            by_mention,
            matches[art.id],
            sets,
            rankings[art.id],
            quotes[art.id],
            h2hs[art.id],
            tournaments,
            venues,
        )
        try:
            out[art.id] = ArticleRecord.model_validate(parts.record(art))
        except (ValidationError, KeyError, ValueError) as exc:
            first = exc.errors(include_url=False)[0]["msg"] if isinstance(exc, ValidationError) else str(exc)
            out[art.id] = RecordUnreadable(
                f"article {art.article_id!r} (row {art.id}) does not make a valid record: {first}"
            )
    return out


def read_record(conn: Connection, pk: int) -> ArticleRecord | None:
    """One article's record; None when no article has this key. Raises RecordUnreadable."""
    got = read_records(conn, [pk]).get(pk)
    if isinstance(got, RecordUnreadable):
        raise got
    return got


@dataclass
class _Parts:
    """One article's rows, and how to turn them back into its record."""

    players: list[Any]
    mentions: list[Any]
    by_mention: dict[int, Any]
    matches: list[Any]
    sets: dict[int, list[Any]]
    rankings: list[Any]
    quotes: list[Any]
    h2hs: list[Any]
    tournaments: dict[int, Any]
    venues: dict[int, Any]
    # filled by record(): players, tournaments and venues rows -> the article's local ids
    locals_of: dict[int, list[str]] = field(default_factory=lambda: defaultdict(list))
    tournament_local: dict[int, str] = field(default_factory=dict)
    venue_local: dict[int, str] = field(default_factory=dict)

    def record(self, art: Any) -> dict[str, Any]:
        by_kind: dict[str, list[Any]] = defaultdict(list)
        for m in self.mentions:
            by_kind[m.kind].append(m)
        for p in sorted(self.players, key=lambda p: local_order(p.local_id)):
            self.locals_of[p.player_id].append(p.local_id)
        tournaments, self.tournament_local = self._entities(
            by_kind["tournament"], "tournament_id", self.tournaments, "T", [m.tournament_id for m in self.matches]
        )
        venues, self.venue_local = self._entities(
            by_kind["venue"], "venue_id", self.venues, "V", [m.venue_id for m in self.matches]
        )
        player_mentions = defaultdict(list)
        for m in by_kind["player"]:
            player_mentions[m.local_ref].append(_span(m))
        cities: dict[str, list[dict]] = {}
        for m in by_kind["city"]:
            cities.setdefault(m.value or m.text, []).append(_span(m))
        return {
            "schema_version": art.schema_version,
            "article": {
                "id": art.article_id,
                "source": art.source,
                "published": art.published.isoformat() if art.published else None,
                "title": art.title,
                "text": art.text,
                "text_sha256": art.text_sha256,
                "extractor_version": art.extractor_version,
                "meta": art.meta or {},
            },
            "players": [
                {
                    "id": p.local_id,
                    "name": p.name,
                    "nationality": p.nationality,
                    "age": p.age,
                    "mentions": player_mentions[p.local_id],
                    "confidence": p.confidence,
                }
                for p in sorted(self.players, key=lambda p: local_order(p.local_id))
            ],
            "tournaments": [
                {
                    "id": local,
                    "name": row.name,
                    "category": row.category,
                    "city": row.city,
                    "mentions": spans,
                    "confidence": confidence,
                }
                for local, row, spans, confidence in tournaments
            ],
            "venues": [
                {"id": local, "name": row.name, "city": row.city, "mentions": spans, "confidence": confidence}
                for local, row, spans, confidence in venues
            ],
            "cities": [{"name": name, "mentions": spans} for name, spans in cities.items()],
            "matches": [self._match(m) for m in self.matches],
            "rankings": [
                {
                    "player": self._evidence(r.evidence_id).local_ref or self._local(r.player_id),
                    "rank": r.rank,
                    "kind": r.kind,
                    "tour": r.tour,
                    "evidence": _span(self._evidence(r.evidence_id)),
                    "confidence": r.confidence,
                }
                for r in self.rankings
            ],
            "quotes": [self._quote(q) for q in self.quotes],
            "dates": [
                {"text": m.text, "value": m.value, "span": _span(m), "confidence": m.confidence}
                for m in by_kind["date"]
            ],
            "head_to_head": [self._h2h(h) for h in self.h2hs],
            "boilerplate": [{"span": _span(m), "why": m.value or ""} for m in by_kind["boilerplate"]],
            "warnings": list(art.warnings or []),
        }

    def _entities(
        self, mentions: list[Any], column: str, rows: dict[int, Any], prefix: str, referenced: list[int | None]
    ):
        """(local id, row, spans, confidence) per tournament or venue, and the row id -> local id map.
        An entity a match refers to without any mention gets the next free local id (and no
        confidence: its mentions carry it)."""
        spans: dict[str, list[dict]] = defaultdict(list)
        row_of: dict[str, int] = {}
        confidence: dict[str, float | None] = {}
        for m in mentions:
            spans[m.local_ref].append(_span(m))
            row_of.setdefault(m.local_ref, getattr(m, column))
            confidence.setdefault(m.local_ref, m.confidence)
        local_of: dict[int, str] = {}
        for local in sorted(row_of, key=local_order):
            local_of.setdefault(row_of[local], local)
        taken = max((local_order(local)[0] for local in row_of), default=0)
        for row_id in referenced:
            if row_id is not None and row_id not in local_of:
                taken += 1
                local_of[row_id] = f"{prefix}{taken}"
                row_of[local_of[row_id]] = row_id
        out = [
            (local, rows[row_of[local]], spans.get(local, []), confidence.get(local))
            for local in sorted(row_of, key=local_order)
        ]
        return out, local_of

    def _evidence(self, mention_id: int) -> Any:
        return self.by_mention[mention_id]

    def _local(self, player_id: int | None, avoid: Iterable[str | None] = ()) -> str | None:
        """The article's local id of a players row; with namesakes merged into one row, the first
        one not already used on the other side."""
        if player_id is None:
            return None
        options = self.locals_of.get(player_id)
        if not options:
            raise KeyError(f"player row {player_id} is not among the article's players")
        avoid = set(avoid)
        return next((o for o in options if o not in avoid), options[0])

    def _match(self, m: Any) -> dict[str, Any]:
        winner = self._local(m.winner_id)
        winner_partner = self._local(m.winner_partner_id, [winner])
        loser = self._local(m.loser_id, [winner, winner_partner])
        loser_partner = self._local(m.loser_partner_id, [winner, winner_partner, loser])
        score = None
        if m.score_text is not None:
            score = {
                "text": m.score_text,
                "sets": [
                    {
                        "winner_games": s.winner_games,
                        "loser_games": s.loser_games,
                        "tiebreak": s.tiebreak,
                        "match_tiebreak": bool(s.match_tiebreak),
                    }
                    for s in self.sets.get(m.id, [])
                ],
                "outcome": m.outcome or "completed",
                "best_of": m.best_of,
            }
        return {
            "id": m.local_id,
            "winner": winner,
            "loser": loser,
            "winner_partner": winner_partner,
            "loser_partner": loser_partner,
            "score": score,
            "tournament": self.tournament_local.get(m.tournament_id),
            "round": m.round,
            "date": m.date.isoformat() if m.date else None,
            "venue": self.venue_local.get(m.venue_id),
            "evidence": _span(self._evidence(m.evidence_id)),
            "confidence": m.confidence,
            "score_confidence": m.score_confidence,
        }

    def _quote(self, q: Any) -> dict[str, Any]:
        span = self._evidence(q.span_id)
        speaker = span.local_ref if q.speaker_id is not None and span.local_ref else self._local(q.speaker_id)
        attribution = self._evidence(q.attribution_id) if q.attribution_id is not None else None
        return {
            "speaker": speaker,
            "speaker_name": q.speaker_name,
            "span": _span(span),
            "attribution": _span(attribution) if attribution is not None else None,
            "confidence": q.confidence,
            "speaker_confidence": q.speaker_confidence,
        }

    def _h2h(self, h: Any) -> dict[str, Any]:
        player = self._evidence(h.evidence_id).local_ref or self._local(h.player_id)
        return {
            "player": player,
            "opponent": self._local(h.opponent_id, [player]),
            "wins": h.wins,
            "meetings": h.meetings,
            "evidence": _span(self._evidence(h.evidence_id)),
        }
