"""Rows of a batch of articles, written in one transaction: article values, entities, the facts with
their evidence spans, and the review list's rows. Every table's rows go in one executemany (COPY on
PostgreSQL, the driver's executemany on SQLite) for the whole batch."""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from sqlalchemy import Connection, Date, bindparam, delete, func, insert, select, text, update

from extractor.db.engine import chunks
from extractor.db.entities import Changes, Row
from extractor.db.machine import accept_open
from extractor.db.registry import fold
from extractor.db.schema import ARTICLE_FACTS, ARTICLE_REVIEW, TABLES
from extractor.db.summaries import loaded_rows, summary_values, title_line
from models import ArticleRecord


def day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def article_values(record: ArticleRecord, now: dt.datetime) -> dict[str, Any]:
    art = record.article
    return {
        "article_id": art.id,
        "text_sha256": art.text_sha256,
        "source": art.source,
        "published": day(art.published),
        "title": art.title,
        "text": art.text,
        "extractor_version": art.extractor_version,
        "schema_version": record.schema_version,
        "meta": art.meta,
        "warnings": record.warnings,
        "loaded_at": now,
    }


def delete_facts(conn: Connection, pks: list[int]) -> None:
    matches, sets = TABLES["matches"], TABLES["match_sets"]
    conn.execute(delete(sets).where(sets.c.match_id.in_(select(matches.c.id).where(matches.c.article_id.in_(pks)))))
    for name in ARTICLE_FACTS[1:]:
        table = TABLES[name]
        conn.execute(delete(table).where(table.c.article_id.in_(pks)))
    for name in ARTICLE_REVIEW:
        table = TABLES[name]
        conn.execute(delete(table).where(table.c.article_pk.in_(pks)))


def insert_rows(conn: Connection, table: str, rows: list[dict], ids: bool = False) -> list[int]:
    """Insert ``rows`` in one executemany; with ``ids``, give them ids first and return those."""
    if not rows:
        return []
    new_ids = _allocate(conn, table, len(rows)) if ids else []
    for row, new_id in zip(rows, new_ids):
        row["id"] = new_id
    if table not in BULK_TABLES:
        conn.execute(insert(TABLES[table]), rows)
    elif conn.dialect.name == "postgresql":
        _copy(conn, table, rows)
    else:
        _executemany(conn, table, rows)
    return new_ids


# Tables of plain values (ints, strings, floats, booleans, dates) that take most of the rows:
# written straight through the driver (PostgreSQL COPY, sqlite3 executemany) in the same
# transaction, without SQLAlchemy's per-row parameter processing.
BULK_TABLES = frozenset(
    {
        "player_aliases",
        "article_players",
        "mentions",
        "matches",
        "match_sets",
        "rankings",
        "quotes",
        "head_to_heads",
        "review_summaries",
        "review_terms",
        "canonical_match_sources",
        "canonical_ranking_sources",
        "canonical_quote_sources",
    }
)


def _copy(conn: Connection, table: str, rows: list[dict]) -> None:
    columns = list(rows[0])
    names = ", ".join(f'"{c}"' for c in columns)
    cursor = conn.connection.driver_connection.cursor()
    try:
        with cursor.copy(f'COPY "{table}" ({names}) FROM STDIN') as copy:
            for row in rows:
                copy.write_row([row[c] for c in columns])
    finally:
        cursor.close()


def _executemany(conn: Connection, table: str, rows: list[dict]) -> None:
    columns = list(rows[0])
    sql = (
        f'INSERT INTO "{table}" ({", ".join(f"{chr(34)}{c}{chr(34)}" for c in columns)}) VALUES '
        f"({', '.join('?' * len(columns))})"
    )
    dates = [i for i, c in enumerate(columns) if isinstance(TABLES[table].c[c].type, Date)]
    values = [[row[c] for c in columns] for row in rows]
    for v in values:
        for i in dates:
            v[i] = v[i].isoformat() if v[i] is not None else None  # SQLAlchemy's Date storage on SQLite
    cursor = conn.connection.driver_connection.cursor()
    try:
        cursor.executemany(sql, values)
    finally:
        cursor.close()


def _allocate(conn: Connection, table: str, n: int) -> list[int]:
    """``n`` ids for new rows of ``table``: from its sequence on PostgreSQL; after the highest id on
    SQLite, whose write lock the transaction holds from its start (BEGIN IMMEDIATE)."""
    if conn.dialect.name == "postgresql":
        query = text("SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :n)")
        return list(conn.execute(query, {"table": table, "n": n}).scalars())
    t = TABLES[table]
    start = conn.execute(select(func.coalesce(func.max(t.c.id), 0))).scalar() + 1
    return list(range(start, start + n))


def flush_entities(conn: Connection, table: str, changes: Changes, values) -> int:
    for row, new_id in zip(changes.new, insert_rows(conn, table, [values(r) for r in changes.new], ids=True)):
        row.id = new_id
    if changes.updated:
        t = TABLES[table]
        conn.execute(update(t).where(t.c.id == bindparam("pk")), [{"pk": r.id, **values(r)} for r in changes.updated])
    return len(changes.new)


def flush_players(conn: Connection, changes: Changes) -> int:
    count = flush_entities(
        conn,
        "players",
        changes,
        lambda r: {"name": r.name, "name_key": r.key, "country": r.country, "registry_id": r.registry_id},
    )
    insert_rows(
        conn,
        "player_aliases",
        [
            {"player_id": r.id, "alias": alias, "alias_key": fold(alias), "source": source}
            for r, alias, source in changes.aliases
        ],
    )
    return count


class FactRows:
    """The fact rows of a batch of articles: mentions first (facts point at their evidence), then
    matches and their sets, rankings, quotes and head-to-heads. ``span`` returns a mention's index
    in the batch; ``write`` turns indexes into mention ids as it inserts."""

    def __init__(self) -> None:
        self.mentions: list[dict] = []
        self.matches: list[dict] = []
        self.match_sets: list[list] = []
        self.rankings: list[dict] = []
        self.quotes: list[dict] = []
        self.h2hs: list[dict] = []

    def span(
        self,
        pk: int,
        kind: str,
        s,
        ref: str | None = None,
        value: str | None = None,
        confidence: float | None = None,
        **entity,
    ) -> int:
        self.mentions.append(
            {
                "article_id": pk,
                "kind": kind,
                "char_start": s.start,
                "char_end": s.end,
                "text": s.text,
                "local_ref": ref,
                "value": value,
                "player_id": entity.get("player_id"),
                "tournament_id": entity.get("tournament_id"),
                "venue_id": entity.get("venue_id"),
                "confidence": confidence,
            }
        )
        return len(self.mentions) - 1

    def add(self, record: ArticleRecord, pk: int, pmap: dict[str, Row], tmap: dict[str, Row], vmap: dict[str, Row]):
        self.add_entity_mentions(record, pk, pmap, tmap, vmap)
        pid = functools.partial(player_id, pmap)
        for m in record.matches:
            self.matches.append(self.match_row(m, pk, pid, tmap, vmap))
            self.match_sets.append(m.score.sets if m.score else [])
        as_of = day(record.article.published)
        for r in record.rankings:
            self.rankings.append(
                {
                    "article_id": pk,
                    "player_id": pid(r.player),
                    "rank": r.rank,
                    "kind": r.kind,
                    "tour": r.tour,
                    "as_of": as_of,
                    "evidence_id": self.span(pk, "ranking", r.evidence, r.player),
                    "confidence": r.confidence,
                }
            )
        for q in record.quotes:
            attribution = self.span(pk, "attribution", q.attribution, q.speaker) if q.attribution else None
            self.quotes.append(
                {
                    "article_id": pk,
                    "speaker_id": pid(q.speaker),
                    "speaker_name": q.speaker_name,
                    "text": q.span.text,
                    "confidence": q.confidence,
                    "speaker_confidence": q.speaker_confidence,
                    "span_id": self.span(pk, "quote", q.span, q.speaker),
                    "attribution_id": attribution,
                }
            )
        for d in record.dates:
            self.span(pk, "date", d.span, value=d.value, confidence=d.confidence)
        for h in record.head_to_head:
            self.h2hs.append(
                {
                    "article_id": pk,
                    "player_id": pid(h.player),
                    "opponent_id": pid(h.opponent),
                    "wins": h.wins,
                    "meetings": h.meetings,
                    "evidence_id": self.span(pk, "head_to_head", h.evidence, h.player),
                }
            )
        for b in record.boilerplate:
            self.span(pk, "boilerplate", b.span, value=b.why)

    def add_entity_mentions(self, record: ArticleRecord, pk: int, pmap, tmap, vmap) -> None:
        for p in record.players:
            for s in p.mentions:
                self.span(pk, "player", s, p.id, player_id=pmap[p.id].id)
        for t in record.tournaments:
            for s in t.mentions:
                self.span(pk, "tournament", s, t.id, confidence=t.confidence, tournament_id=tmap[t.id].id)
        for v in record.venues:
            for s in v.mentions:
                self.span(pk, "venue", s, v.id, confidence=v.confidence, venue_id=vmap[v.id].id)
        for c in record.cities:
            for s in c.mentions:
                self.span(pk, "city", s, value=c.name)

    def match_row(self, m, pk: int, pid, tmap, vmap) -> dict[str, Any]:
        score = m.score
        return {
            "article_id": pk,
            "local_id": m.id,
            "winner_id": pid(m.winner),
            "loser_id": pid(m.loser),
            "winner_partner_id": pid(m.winner_partner),
            "loser_partner_id": pid(m.loser_partner),
            "tournament_id": tmap[m.tournament].id if m.tournament else None,
            "venue_id": vmap[m.venue].id if m.venue else None,
            "round": m.round,
            "date": day(m.date),
            "score_text": score.text if score else None,
            "score": score.normalised() if score else None,
            "outcome": score.outcome if score else None,
            "best_of": score.best_of if score else None,
            "confidence": m.confidence,
            "score_confidence": m.score_confidence,
            "evidence_id": self.span(pk, "match", m.evidence, m.id),
        }

    def write(self, conn: Connection) -> None:
        ids = insert_rows(conn, "mentions", self.mentions, ids=True)
        for row in self.matches + self.rankings + self.h2hs:
            row["evidence_id"] = ids[row["evidence_id"]]
        for row in self.quotes:
            row["span_id"] = ids[row["span_id"]]
            if row["attribution_id"] is not None:
                row["attribution_id"] = ids[row["attribution_id"]]
        match_ids = insert_rows(conn, "matches", self.matches, ids=True)
        sets = [
            {
                "match_id": mid,
                "set_no": n,
                "winner_games": s.winner_games,
                "loser_games": s.loser_games,
                "tiebreak": s.tiebreak,
                "match_tiebreak": s.match_tiebreak,
            }
            for mid, match_sets in zip(match_ids, self.match_sets)
            for n, s in enumerate(match_sets, 1)
        ]
        insert_rows(conn, "match_sets", sets)
        insert_rows(conn, "rankings", self.rankings, ids=True)
        insert_rows(conn, "quotes", self.quotes, ids=True)
        insert_rows(conn, "head_to_heads", self.h2hs)


def player_id(pmap: dict[str, Row], ref: str | None) -> int | None:
    return pmap[ref].id if ref is not None else None


def write_facts(conn: Connection, articles: list[tuple[ArticleRecord, int, dict, dict, dict]]) -> FactRows:
    """Every fact of a batch of articles, each table in one executemany; the rows as written (with
    their ids), for the consolidation."""
    rows = FactRows()
    for record, pk, pmap, tmap, vmap in articles:
        rows.add(record, pk, pmap, tmap, vmap)
    rows.write(conn)
    return rows


def write_review(conn: Connection, articles: list[tuple[ArticleRecord, int]], auto_accept: float | None = None) -> int:
    """The review list's row and search terms of each article written (extractor.db.summaries):
    every fact unreviewed, or marked to compute again when the article had decisions before. With
    ``auto_accept``, the machine first accepts the open facts at or above it (extractor.db.machine)
    and the rows count them; returns how many it accepted."""
    accepted = 0
    machine = accept_open(conn, articles, auto_accept) if auto_accept is not None else {}
    d = TABLES["review_decisions"]
    decided: set[str] = set()
    for chunk in chunks(sorted({r.article.id for r, pk in articles if pk not in machine})):
        decided.update(conn.execute(select(d.c.article_id).where(d.c.article_id.in_(chunk)).distinct()).scalars())
    summaries, terms = [], []
    for record, pk in articles:
        summary, rows = loaded_rows(record, pk, title_line(record), record.article.id in decided)
        if pk in machine:
            facts, fact_states, n = machine[pk]
            summary.update(summary_values(record, facts, fact_states, summary["title"]))
            accepted += n
        summaries.append(summary)
        terms.extend(rows)
    insert_rows(conn, "review_summaries", summaries)
    insert_rows(conn, "review_terms", terms)
    return accepted
