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

import gc
import itertools
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, Self

from packaging.version import InvalidVersion, Version
from pydantic import ValidationError
from sqlalchemy import Connection, bindparam, select, text, update
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from extractor.db.consolidate import Consolidator, Touched, link_sources, touched_by
from extractor.db.engine import DEFAULT_URL, WRITE_OPTION, DatabaseError, chunks, connect, one_line, shown
from extractor.db.entities import PlayerIndex, Row, TournamentIndex, VenueIndex, canonical_tournaments
from extractor.db.lines import describe_invalid, read_record_lines
from extractor.db.load_report import LoadReport
from extractor.db.migrations import UPGRADES, Upgrade, migrate
from extractor.db.registry import Registry, fold
from extractor.db.rows import (
    article_values,
    day,
    delete_facts,
    flush_entities,
    flush_players,
    insert_rows,
    write_facts,
    write_review,
)
from extractor.db.schema import TABLES, utcnow
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


def version_order(a: str, b: str) -> int:
    """1 when extractor version ``a`` is newer than ``b``, 0 when equal, -1 when older."""
    try:
        va, vb = Version(a), Version(b)
    except InvalidVersion:
        va, vb = a, b  # not PEP 440: compared as text
    return (va > vb) - (va < vb)


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
        consolidate: bool = True,
        auto_accept: float | None = None,
    ) -> None:
        self.engine = connect(url)
        self.auto_accept = auto_accept  # the machine accepts the open facts at or above it (extractor.db.machine)
        self.consolidate = consolidate  # False: leave the canonical tables to a later 'consolidate' run
        self.data_dir = data_dir  # the rule data whose tournament names are canonical
        self.registry = registry
        self.batch_size = max(1, batch_size)
        self.report = LoadReport()
        self._pending: list[tuple[ArticleRecord, str]] = []
        self._keys: set[tuple[str, str]] = set()
        self._indexes: tuple[PlayerIndex, TournamentIndex, VenueIndex] | None = None
        self._warned: set[tuple] = set()
        self._lock: Connection | None = None
        self._consolidator = Consolidator()
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
        for chunk in chunks(ids):
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
        touched = touched_by(conn, replacing) if replacing else Touched()
        if replacing:
            for chunk in chunks(replacing):
                delete_facts(conn, chunk)
            conn.execute(
                update(a).where(a.c.id == bindparam("pk")),
                [{"pk": pk, **article_values(record, now)} for record, _, pk in todo if pk is not None],
            )
        new_pks = iter(
            insert_rows(conn, "articles", [article_values(r, now) for r, _, pk in todo if pk is None], ids=True)
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

        out.players_new += flush_players(conn, players.take_changes())
        flush_entities(
            conn,
            "tournaments",
            tournaments.take_changes(),
            lambda r: {"name": r.name, "name_key": r.key, "category": r.category, "city": r.city},
        )
        flush_entities(
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
                        "confidence": p.confidence,
                    }
                )
                out.linked_appearances += row.registry_id is not None
        insert_rows(conn, "article_players", appearances)
        rows = write_facts(conn, [(record, pk, *m) for (record, _, _), pk, m in zip(todo, pks, maps)])
        out.machine_accepted += write_review(conn, [(r, pk) for (r, _, _), pk in zip(todo, pks)], self.auto_accept)
        if not self.consolidate:
            return
        published = {pk: day(record.article.published) for (record, _, _), pk in zip(todo, pks)}
        touched.update(link_sources(conn, rows.matches, rows.rankings, rows.quotes, published))
        touched.players.update(row.id for pmap, _, _ in maps for row in pmap.values())
        self._consolidator.refresh(conn, touched)


# -- entry points ------------------------------------------------------------------------------


RecordLike = ArticleRecord | Mapping[str, Any] | str


def load_records(
    records: Iterable[RecordLike | tuple[str, RecordLike]], url: str | URL = DEFAULT_URL, **options
) -> LoadReport:
    """Load records (ArticleRecord, dicts or JSON strings, optionally as (where, record) pairs)
    into the database at ``url``; the batch command calls this with its records as they come.

    Options: ``registry`` (a Registry), ``batch_size``, ``data_dir`` (rule data, as for extraction),
    ``consolidate`` (False: leave the canonical tables to a later ``tennis-extract consolidate``),
    ``auto_accept`` (the machine accepts the open facts at or above this confidence).
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
