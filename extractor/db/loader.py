"""Load article records into the database.

Records are written in batches of whole articles: one transaction per batch, with every table's
rows inserted together (executemany). Should a batch fail on one article's data, it is rolled back
and each of its articles written again in a transaction of its own, so the others load and the bad
one is reported; an article is never half-written. Losing the database mid-load stops the load:
what was committed are whole articles, and running the same load again finishes it (the same
article loads once).

An article is identified by (article.id, article.text_sha256). Loaded again, it is left as it is,
unless the record comes from a newer extractor_version: then its facts are deleted and written
anew in the same transaction.
"""

from __future__ import annotations

import datetime as dt
import functools
import gc
import itertools
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Self

from packaging.version import InvalidVersion, Version
from pydantic import ValidationError
from sqlalchemy import Connection, Date, bindparam, delete, func, insert, select, text, update
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from extractor.db.engine import DEFAULT_URL, WRITE_OPTION, DatabaseError, connect, one_line, shown
from extractor.db.entities import Changes, PlayerIndex, Row, TournamentIndex, VenueIndex
from extractor.db.migrations import UPGRADES, Upgrade, migrate
from extractor.db.registry import Registry, fold
from extractor.db.schema import ARTICLE_FACTS, ARTICLE_REVIEW, TABLES, utcnow
from extractor.db.summaries import loaded_rows, title_line
from models import ArticleRecord

BATCH_SIZE = 500
# The PostgreSQL advisory lock held while loading, (LOCK_CLASS, hash of the schema): one loader
# writes to a schema at a time, so the in-memory player index always matches the database.
LOCK_CLASS = 0x74656E6E  # "tenn"


class LoadAborted(DatabaseError):
    """The database went away mid-load; ``report`` holds what was done before."""

    def __init__(self, message: str, report: LoadReport) -> None:
        super().__init__(message)
        self.report = report


@dataclass
class LoadReport:
    new: int = 0
    replaced: int = 0
    unchanged: int = 0
    kept_newer: int = 0
    players_new: int = 0
    linked_appearances: int = 0
    errors: list[str] = field(default_factory=list)  # "WHERE: what is wrong": skipped lines, articles not loaded
    warnings: list[str] = field(default_factory=list)  # ambiguous links, older records, a text loaded beside another
    links: list[str] = field(default_factory=list)  # players linked to the registry for the first time

    @property
    def loaded(self) -> int:
        return self.new + self.replaced

    def merge(self, other: LoadReport) -> None:
        for name in ("new", "replaced", "unchanged", "kept_newer", "players_new", "linked_appearances"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors += other.errors
        self.warnings += other.warnings
        self.links += other.links

    def summary(self) -> str:
        parts = [
            f"{self.new} article(s) loaded",
            f"{self.replaced} replaced by a newer extractor's record",
            f"{self.unchanged} already loaded",
        ]
        if self.kept_newer:
            parts.append(f"{self.kept_newer} older than the loaded record (kept the loaded one)")
        parts.append(f"{len(self.errors)} skipped with errors")
        players = f"{self.players_new} new player(s)"
        if self.links or self.linked_appearances:
            players += (
                f", {len(self.links)} newly linked to the registry ({self.linked_appearances} linked appearance(s))"
            )
        return "; ".join(parts) + "; " + players


def version_order(a: str, b: str) -> int:
    """1 when extractor version ``a`` is newer than ``b``, 0 when equal, -1 when older."""
    try:
        va, vb = Version(a), Version(b)
    except InvalidVersion:
        va, vb = a, b  # not PEP 440: compared as text
    return (va > vb) - (va < vb)


@functools.lru_cache(maxsize=4)
def canonical_tournaments(data_dir: str | None = None) -> dict[str, tuple[str, str | None, str | None]]:
    """Folded tournament name or alias -> (canonical name, category, city), from the extractor's
    gazetteer in ``data_dir`` (the shipped one by default); a name two tournaments share is left out."""
    from extractor.data.resources import load_resources

    table: dict[str, tuple[str, str | None, str | None]] = {}
    shared: set[str] = set()
    for t in load_resources(data_dir).tournaments:
        for name in (t.name, *t.aliases):
            key = fold(name)
            if key in table and table[key][0] != t.name:
                shared.add(key)
            table.setdefault(key, (t.name, t.category, t.city))
    return {k: v for k, v in table.items() if k not in shared}


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _chunks(items: list, size: int = 500) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def describe_invalid(exc: ValidationError, line: str | None = None) -> str:
    """One line for a record that failed validation: not JSON, or where the schema says no."""
    errors = exc.errors(include_url=False)
    first = errors[0]
    if first["type"] == "json_invalid":
        return f"not JSON ({first.get('ctx', {}).get('error', first['msg'])})"
    if first["type"] == "model_type":
        return f"not an article record ({first['msg']})"
    if line is not None:
        try:
            obj = json.loads(line)
        except ValueError:
            obj = None
        if isinstance(obj, dict) and "error" in obj and "article" not in obj:
            return f"an error record ({obj['error']}), not an article record"
    where = ".".join(str(p) for p in first["loc"]) or "record"
    more = f" (and {len(errors) - 1} more problem(s))" if len(errors) > 1 else ""
    return f"does not match the record schema: {where}: {first['msg']}{more}"


class Loader:
    """Loads records into the database at ``url``, creating or upgrading its schema first.

    >>> with Loader("sqlite:///tennis.db") as loader:      # doctest: +SKIP
    ...     loader.add(record, where="out.jsonl:1")
    >>> loader.report.summary()                            # doctest: +SKIP
    """

    def __init__(
        self,
        url: str | URL = DEFAULT_URL,
        *,
        registry: Registry | None = None,
        batch_size: int = BATCH_SIZE,
        upgrades: tuple[Upgrade, ...] = UPGRADES,
        data_dir: str | None = None,
    ) -> None:
        self.engine = connect(url)
        self.data_dir = data_dir  # the rule data whose tournament names are canonical
        self.registry = registry
        self.batch_size = max(1, batch_size)
        self.report = LoadReport()
        self._pending: list[tuple[ArticleRecord, str]] = []
        self._keys: set[tuple[str, str]] = set()
        self._indexes: tuple[PlayerIndex, TournamentIndex, VenueIndex] | None = None
        self._warned: set[tuple] = set()
        self._lock: Connection | None = None
        # A batch keeps hundreds of validated records alive at once, so Python's cyclic collector
        # would walk them over and over; collect less often while loading (restored after).
        self._gc = gc.get_threshold()
        gc.set_threshold(max(self._gc[0], 50_000), max(self._gc[1], 20), max(self._gc[2], 100))
        try:
            self._lock = self._take_lock()
            migrate(self.engine, upgrades)
        except BaseException as exc:
            self._release()
            if isinstance(exc, SQLAlchemyError):
                raise DatabaseError(f"{shown(self.engine.url)}: cannot set up the schema: {one_line(exc)}") from None
            raise

    # -- lifecycle ---------------------------------------------------------------------------

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if exc_type is None:
                self.flush()
        finally:
            self._release()

    def _take_lock(self) -> Connection | None:
        if self.engine.dialect.name != "postgresql":
            return None
        conn = self.engine.connect()
        got = conn.execute(
            text("SELECT pg_try_advisory_lock(:cls, hashtext(current_schema()))"), {"cls": LOCK_CLASS}
        ).scalar()
        conn.commit()
        if not got:
            conn.close()
            raise DatabaseError(
                f"{shown(self.engine.url)}: another tennis-extract load is writing to this database; run "
                f"the loads one after another"
            )
        return conn

    def _release(self) -> None:
        if self._lock is not None:
            try:
                self._lock.execute(
                    text("SELECT pg_advisory_unlock(:cls, hashtext(current_schema()))"), {"cls": LOCK_CLASS}
                )
                self._lock.close()
            except SQLAlchemyError:  # a lost connection took its lock with it
                pass
            self._lock = None
        self.engine.dispose()
        gc.set_threshold(*self._gc)

    # -- input -------------------------------------------------------------------------------

    def add(self, record: ArticleRecord, where: str) -> None:
        """Queue one record; ``where`` (FILE:LINE) names it in reports."""
        key = (record.article.id, record.article.text_sha256)
        if key in self._keys:
            self.flush()  # the same article twice: the second is compared with the first as loaded
        self._pending.append((record, where))
        self._keys.add(key)
        if len(self._pending) >= self.batch_size:
            self.flush()

    def reject(self, where: str, problem: str) -> None:
        """Report an input that is not a record; the load goes on."""
        self.report.errors.append(f"{where}: {problem}")

    def flush(self) -> None:
        items, self._pending, self._keys = self._pending, [], set()
        if items:
            self._commit(items)

    # -- writing -----------------------------------------------------------------------------

    def _commit(self, items: list[tuple[ArticleRecord, str]]) -> None:
        dbapi = self.engine.dialect.loaded_dbapi
        try:
            outcome = self._write(items)
        except (DBAPIError, dbapi.Error) as exc:  # the bulk writes raise the driver's own errors
            self._indexes = None  # it may hold rows the rollback took away
            orig = getattr(exc, "orig", exc)
            if isinstance(orig, (dbapi.OperationalError, dbapi.InterfaceError)) or getattr(
                exc, "connection_invalidated", False
            ):
                raise LoadAborted(
                    f"{shown(self.engine.url)}: the database failed mid-load "
                    f"({one_line(exc)}); {self.report.loaded} article(s) "
                    "were loaded before, none half-written: run the same load again to finish it",
                    self.report,
                ) from None
            if len(items) > 1:
                for item in items:
                    self._commit([item])
                return
            record, where = items[0]
            self.report.errors.append(
                f"{where}: article {record.article.id!r} not loaded, the database refused it: {one_line(exc)}"
            )
            return
        except BaseException:
            self._indexes = None
            raise
        self.report.merge(outcome)

    def _write(self, items: list[tuple[ArticleRecord, str]]) -> LoadReport:
        """One transaction: every article of ``items`` whole, or none of them."""
        out = LoadReport()
        warned = set(self._warned)
        with self.engine.execution_options(**{WRITE_OPTION: True}).begin() as conn:
            if self._indexes is None:
                self._indexes = (
                    PlayerIndex.read(conn),
                    TournamentIndex.read(conn, canonical_tournaments(self.data_dir)),
                    VenueIndex.read(conn),
                )
            todo = self._classify(conn, items, out)
            if todo:
                self._write_articles(conn, todo, out, warned)
        self._warned = warned
        return out

    def _classify(
        self, conn: Connection, items: list[tuple[ArticleRecord, str]], out: LoadReport
    ) -> list[tuple[ArticleRecord, str, int | None]]:
        """Which records to write: new articles (pk None) and newer records of loaded ones (pk)."""
        a = TABLES["articles"]
        ids = list(dict.fromkeys(r.article.id for r, _ in items))
        loaded: dict[tuple[str, str], tuple[int, str]] = {}
        for chunk in _chunks(ids):
            query = select(a.c.id, a.c.article_id, a.c.text_sha256, a.c.extractor_version).where(
                a.c.article_id.in_(chunk)
            )
            for row in conn.execute(query):
                loaded[(row.article_id, row.text_sha256)] = (row.id, row.extractor_version)
        loaded_ids = {article_id for article_id, _ in loaded}
        todo = []
        for record, where in items:
            art = record.article
            hit = loaded.get((art.id, art.text_sha256))
            if hit is None:
                if art.id in loaded_ids:
                    out.warnings.append(
                        f"{where}: article {art.id!r} is already loaded with another text; this text is loaded "
                        f"beside it"
                    )
                todo.append((record, where, None))
                out.new += 1
                continue
            order = version_order(art.extractor_version, hit[1])
            if order > 0:
                todo.append((record, where, hit[0]))
                out.replaced += 1
            elif order == 0:
                out.unchanged += 1
            else:
                out.kept_newer += 1
                out.warnings.append(
                    f"{where}: article {art.id!r} is loaded from extractor {hit[1]}, newer than this "
                    f"record's {art.extractor_version}; kept the loaded one"
                )
        return todo

    def _write_articles(
        self, conn: Connection, todo: list[tuple[ArticleRecord, str, int | None]], out: LoadReport, warned: set
    ) -> None:
        a = TABLES["articles"]
        now = utcnow()
        replacing = [pk for _, _, pk in todo if pk is not None]
        if replacing:
            for chunk in _chunks(replacing):
                _delete_facts(conn, chunk)
            conn.execute(
                update(a).where(a.c.id == bindparam("pk")),
                [{"pk": pk, **_article_values(record, now)} for record, _, pk in todo if pk is not None],
            )
        new_pks = iter(
            _insert(conn, "articles", [_article_values(r, now) for r, _, pk in todo if pk is None], ids=True)
        )
        pks = [pk if pk is not None else next(new_pks) for _, _, pk in todo]

        players, tournaments, venues = self._indexes
        maps = []
        for (record, where, _), pk in zip(todo, pks):
            pmap: dict[str, Row] = {}
            for p in record.players:
                link = self.registry.link(p.name, p.nationality) if self.registry is not None else None
                row, newly_linked, ambiguous = players.resolve(p.name, p.nationality, link)
                pmap[p.id] = row
                if newly_linked:
                    out.links.append(f"{where}: {p.name!r} -> registry id {link.entry.id} ({link.entry.name})")
                problem = link.problem(p.name, p.nationality) if link is not None else None
                if ambiguous and problem is None:
                    problem = (
                        f"player {p.name!r} could be any of several players of that name; kept on a row of its "
                        f"own (the text gives no country)"
                    )
                if problem and (fold(p.name), p.nationality) not in warned:
                    warned.add((fold(p.name), p.nationality))
                    out.warnings.append(f"{where}: {problem}")
            tmap = {t.id: tournaments.resolve(t.name, t.category, t.city) for t in record.tournaments}
            vmap = {v.id: venues.resolve(v.name, v.city) for v in record.venues}
            maps.append((pmap, tmap, vmap))

        out.players_new += _flush_players(conn, players.take_changes())
        _flush_entities(
            conn,
            "tournaments",
            tournaments.take_changes(),
            lambda r: {"name": r.name, "name_key": r.key, "category": r.category, "city": r.city},
        )
        _flush_entities(
            conn, "venues", venues.take_changes(), lambda r: {"name": r.name, "name_key": r.key, "city": r.city}
        )

        appearances = []
        for (record, _, _), pk, (pmap, _, _) in zip(todo, pks, maps):
            for p in record.players:
                row = pmap[p.id]
                appearances.append(
                    {
                        "article_id": pk,
                        "local_id": p.id,
                        "player_id": row.id,
                        "name": p.name,
                        "nationality": p.nationality,
                        "age": p.age,
                        "registry_id": row.registry_id,
                    }
                )
                out.linked_appearances += row.registry_id is not None
        _insert(conn, "article_players", appearances)
        _write_facts(conn, [(record, pk, *m) for (record, _, _), pk, m in zip(todo, pks, maps)])
        _write_review(conn, [(record, pk) for (record, _, _), pk in zip(todo, pks)])


def _article_values(record: ArticleRecord, now: dt.datetime) -> dict[str, Any]:
    art = record.article
    return {
        "article_id": art.id,
        "text_sha256": art.text_sha256,
        "source": art.source,
        "published": _day(art.published),
        "title": art.title,
        "text": art.text,
        "extractor_version": art.extractor_version,
        "schema_version": record.schema_version,
        "meta": art.meta,
        "warnings": record.warnings,
        "loaded_at": now,
    }


def _delete_facts(conn: Connection, pks: list[int]) -> None:
    matches, sets = TABLES["matches"], TABLES["match_sets"]
    conn.execute(delete(sets).where(sets.c.match_id.in_(select(matches.c.id).where(matches.c.article_id.in_(pks)))))
    for name in ARTICLE_FACTS[1:]:
        table = TABLES[name]
        conn.execute(delete(table).where(table.c.article_id.in_(pks)))
    for name in ARTICLE_REVIEW:
        table = TABLES[name]
        conn.execute(delete(table).where(table.c.article_pk.in_(pks)))


def _insert(conn: Connection, table: str, rows: list[dict], ids: bool = False) -> list[int]:
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


def _flush_entities(conn: Connection, table: str, changes: Changes, values) -> int:
    for row, new_id in zip(changes.new, _insert(conn, table, [values(r) for r in changes.new], ids=True)):
        row.id = new_id
    if changes.updated:
        t = TABLES[table]
        conn.execute(update(t).where(t.c.id == bindparam("pk")), [{"pk": r.id, **values(r)} for r in changes.updated])
    return len(changes.new)


def _flush_players(conn: Connection, changes: Changes) -> int:
    count = _flush_entities(
        conn,
        "players",
        changes,
        lambda r: {"name": r.name, "name_key": r.key, "country": r.country, "registry_id": r.registry_id},
    )
    _insert(
        conn,
        "player_aliases",
        [
            {"player_id": r.id, "alias": alias, "alias_key": fold(alias), "source": source}
            for r, alias, source in changes.aliases
        ],
    )
    return count


def _player_id(pmap: dict[str, Row], ref: str | None) -> int | None:
    return pmap[ref].id if ref is not None else None


def _write_facts(conn: Connection, articles: list[tuple[ArticleRecord, int, dict, dict, dict]]) -> None:
    """Mentions first (facts point at their evidence), then matches and their sets, rankings,
    quotes and head-to-heads, each table in one executemany for the whole batch."""
    mentions: list[dict] = []

    def span(pk: int, kind: str, s, ref: str | None = None, value: str | None = None, **entity) -> int:
        mentions.append(
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
            }
        )
        return len(mentions) - 1

    matches, match_spans, rankings, quotes, h2hs = [], [], [], [], []
    for record, pk, pmap, tmap, vmap in articles:
        pid = functools.partial(_player_id, pmap)
        for p in record.players:
            for s in p.mentions:
                span(pk, "player", s, p.id, player_id=pmap[p.id].id)
        for t in record.tournaments:
            for s in t.mentions:
                span(pk, "tournament", s, t.id, tournament_id=tmap[t.id].id)
        for v in record.venues:
            for s in v.mentions:
                span(pk, "venue", s, v.id, venue_id=vmap[v.id].id)
        for c in record.cities:
            for s in c.mentions:
                span(pk, "city", s, value=c.name)
        for m in record.matches:
            score = m.score
            matches.append(
                {
                    "article_id": pk,
                    "local_id": m.id,
                    "winner_id": pid(m.winner),
                    "loser_id": pid(m.loser),
                    "winner_partner_id": pid(m.winner_partner),
                    "loser_partner_id": pid(m.loser_partner),
                    "tournament_id": tmap[m.tournament].id if m.tournament else None,
                    "venue_id": vmap[m.venue].id if m.venue else None,
                    "round": m.round,
                    "date": _day(m.date),
                    "score_text": score.text if score else None,
                    "score": score.normalised() if score else None,
                    "outcome": score.outcome if score else None,
                    "best_of": score.best_of if score else None,
                    "confidence": m.confidence,
                    "evidence_id": span(pk, "match", m.evidence, m.id),
                }
            )
            match_spans.append(score.sets if score else [])
        as_of = _day(record.article.published)
        for r in record.rankings:
            rankings.append(
                {
                    "article_id": pk,
                    "player_id": pid(r.player),
                    "rank": r.rank,
                    "kind": r.kind,
                    "tour": r.tour,
                    "as_of": as_of,
                    "evidence_id": span(pk, "ranking", r.evidence, r.player),
                }
            )
        for q in record.quotes:
            quotes.append(
                {
                    "article_id": pk,
                    "speaker_id": pid(q.speaker),
                    "speaker_name": q.speaker_name,
                    "text": q.span.text,
                    "confidence": q.confidence,
                    "span_id": span(pk, "quote", q.span, q.speaker),
                    "attribution_id": span(pk, "attribution", q.attribution, q.speaker) if q.attribution else None,
                }
            )
        for d in record.dates:
            span(pk, "date", d.span, value=d.value)
        for h in record.head_to_head:
            h2hs.append(
                {
                    "article_id": pk,
                    "player_id": pid(h.player),
                    "opponent_id": pid(h.opponent),
                    "wins": h.wins,
                    "meetings": h.meetings,
                    "evidence_id": span(pk, "head_to_head", h.evidence, h.player),
                }
            )
        for b in record.boilerplate:
            span(pk, "boilerplate", b.span, value=b.why)

    ids = _insert(conn, "mentions", mentions, ids=True)
    for row in matches:
        row["evidence_id"] = ids[row["evidence_id"]]
    for row in rankings + h2hs:
        row["evidence_id"] = ids[row["evidence_id"]]
    for row in quotes:
        row["span_id"] = ids[row["span_id"]]
        if row["attribution_id"] is not None:
            row["attribution_id"] = ids[row["attribution_id"]]
    match_ids = _insert(conn, "matches", matches, ids=True)
    _insert(
        conn,
        "match_sets",
        [
            {
                "match_id": mid,
                "set_no": n,
                "winner_games": s.winner_games,
                "loser_games": s.loser_games,
                "tiebreak": s.tiebreak,
                "match_tiebreak": s.match_tiebreak,
            }
            for mid, sets in zip(match_ids, match_spans)
            for n, s in enumerate(sets, 1)
        ],
    )
    _insert(conn, "rankings", rankings)
    _insert(conn, "quotes", quotes)
    _insert(conn, "head_to_heads", h2hs)


def _write_review(conn: Connection, articles: list[tuple[ArticleRecord, int]]) -> None:
    """The review list's row and search terms of each article written (extractor.db.summaries):
    every fact unreviewed, or marked to compute again when the article had decisions before."""
    d = TABLES["review_decisions"]
    decided: set[str] = set()
    for chunk in _chunks(sorted({r.article.id for r, _ in articles})):
        decided.update(conn.execute(select(d.c.article_id).where(d.c.article_id.in_(chunk)).distinct()).scalars())
    summaries, terms = [], []
    for record, pk in articles:
        summary, rows = loaded_rows(record, pk, title_line(record), record.article.id in decided)
        summaries.append(summary)
        terms.extend(rows)
    _insert(conn, "review_summaries", summaries)
    _insert(conn, "review_terms", terms)


# -- entry points ------------------------------------------------------------------------------


RecordLike = ArticleRecord | Mapping[str, Any] | str


def load_records(
    records: Iterable[RecordLike | tuple[str, RecordLike]], url: str | URL = DEFAULT_URL, **options
) -> LoadReport:
    """Load records (ArticleRecord, dicts or JSON strings, optionally as (where, record) pairs)
    into the database at ``url``; the batch command calls this with its records as they come.

    Options: ``registry`` (a Registry), ``batch_size``, ``data_dir`` (rule data, as for extraction).
    Raises DatabaseError when the database cannot be used (nothing written) and LoadAborted when it
    went away mid-load."""
    with Loader(url, **options) as loader:
        for n, item in enumerate(records, 1):
            where, item = item if isinstance(item, tuple) else (f"record {n}", item)
            if isinstance(item, ArticleRecord):
                loader.add(item, where)
                continue
            try:
                record = (
                    ArticleRecord.model_validate_json(item)
                    if isinstance(item, str)
                    else ArticleRecord.model_validate(item)
                )
            except ValidationError as exc:
                loader.reject(where, describe_invalid(exc, item if isinstance(item, str) else None))
            else:
                loader.add(record, where)
    return loader.report


class InputFileError(Exception):
    """The records file as a whole cannot be loaded (one line that says why)."""


def read_record_lines(path: str | Path) -> Iterator[tuple[str, ArticleRecord | None, str | None]]:
    """(FILE:LINE, record, None) for each good line, (FILE:LINE, None, problem) for each bad one."""
    first = True
    with open(path, "rb") as fh:
        for n, raw in enumerate(fh, 1):
            where = f"{path}:{n}"
            if n == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue
            if first and raw.strip() == b"{":
                raise InputFileError(
                    f"{path}: one record spread over many lines (extract --pretty?); load reads JSON Lines, "
                    f"one record a line"
                )
            first = False
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield where, None, f"not UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1})"
                continue
            try:
                yield where, ArticleRecord.model_validate_json(line), None
            except ValidationError as exc:
                yield where, None, describe_invalid(exc, line)


def load_file(path: str | Path, url: str | URL = DEFAULT_URL, **options) -> LoadReport:
    """Load a JSON Lines file of records; bad lines are reported with their line numbers and skipped."""
    lines = read_record_lines(path)
    first = next(lines, None)  # a file that cannot be loaded at all fails before the database is touched
    with Loader(url, **options) as loader:
        for where, record, problem in itertools.chain([first] if first else [], lines):
            if record is None:
                loader.reject(where, problem)
            else:
                loader.add(record, where)
    return loader.report
