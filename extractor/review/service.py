"""The review library: articles and their facts with the editors' decisions, over one database.

>>> review = Review("sqlite:///tennis.db")                      # doctest: +SKIP
>>> page = review.article(1)                                     # the article page's data
>>> review.decide(1, "match", "M1", "accept", editor="Ann")      # doctest: +SKIP
>>> review.decide(1, "match", "M1", "correct", editor="Ann", changes={"score": "6-4 7-6(3)"})  # doctest: +SKIP

The web app (``extractor.review.app``) and the export (``extractor.review.export``) are thin
layers over this class.
"""

from __future__ import annotations

import threading
from collections import Counter, OrderedDict
from typing import Iterator

from sqlalchemy import Connection, Engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError

from extractor.db import DatabaseError, connect, current_version, migrate, summaries
from extractor.db.engine import WRITE_OPTION, one_line, shown
from extractor.db.facts import (
    Outcome,
    State,
    apply_decisions,
    facts_of,
)
from extractor.db.summaries import (  # noqa: F401 (STATUSES, STATUS_NAME: the app reads them here)
    LOW_CONFIDENCE,
    STATUS_NAME,
    STATUSES,
    title_line,
)
from extractor.review import decisions, listing
from extractor.review.autoaccept import AutoAcceptReport, auto_accept
from extractor.review.deciding import Deciding, Loaded, ReviewError, fact_states_of  # noqa: F401 (ReviewError)
from extractor.review.listing import Filters
from extractor.review.records import (
    ArticleKey,
    RecordUnreadable,
    article_key,
    article_keys,
    read_records,
)
from extractor.review.view import ArticleView, Page, cards, row_summary, segments
from models import ArticleRecord

PAGE = 50
OPEN_EDITOR = "local"  # the name decisions carry on an open (no accounts, loopback) server
CACHE = (
    64  # records kept in memory (reading one again costs ~10 ms; many more would lengthen garbage collection pauses)
)


class Review(Deciding):
    """Articles, facts and decisions of the database at ``url`` (upgraded to the current schema).

    Records are read per article and a few hundred kept in memory while not reloaded; decisions
    and the list's summaries are read on every request, so several editors (or several servers)
    can review one database."""

    def __init__(self, url: str | URL | Engine, *, low_confidence: float = LOW_CONFIDENCE) -> None:
        self.engine = url if isinstance(url, Engine) else connect(url, create=False)
        self.low_confidence = low_confidence
        try:
            with self.engine.connect() as conn:
                version = current_version(conn)
            if version is None:
                raise DatabaseError(
                    f"{shown(self.engine.url)} holds no tennis-extract records; load some first: "
                    f"tennis-extract load OUT.jsonl --db URL"
                )
            migrate(self.engine)
        except SQLAlchemyError as exc:
            raise DatabaseError(f"{shown(self.engine.url)}: {one_line(exc)}") from None
        self._cache: OrderedDict[int, Loaded] = OrderedDict()
        self._lock = threading.Lock()
        self.refresh_dirty()

    def auto_accept(self, threshold: float) -> AutoAcceptReport:
        """The machine accepts the open facts at or above ``threshold`` (``review --auto-accept``)."""
        return auto_accept(self.engine, threshold)

    def close(self) -> None:
        self.engine.dispose()

    def _write(self):
        """A write transaction (SQLite: BEGIN IMMEDIATE, so two deciders queue rather than fail)."""
        return self.engine.execution_options(**{WRITE_OPTION: True}).begin()

    # -- reading -------------------------------------------------------------------------------

    def _loaded(self, keys: list[ArticleKey]) -> dict[int, Loaded]:
        with self._lock:
            stale = [k for k in keys if k.pk not in self._cache or self._cache[k.pk].key != k]
        fresh = {}
        if stale:
            with self.engine.connect() as conn:
                got = read_records(conn, [k.pk for k in stale])
            for k in stale:
                record = got.get(k.pk)
                if isinstance(record, ArticleRecord):
                    fresh[k.pk] = Loaded(k, record, facts_of(record))
                else:
                    fresh[k.pk] = Loaded(k, None, [], str(record or RecordUnreadable(f"article row {k.pk} went away")))
        with self._lock:
            out = {}
            for k in keys:
                item = fresh.get(k.pk) or self._cache[k.pk]
                self._cache[k.pk] = item
                self._cache.move_to_end(k.pk)
                out[k.pk] = item
            while len(self._cache) > CACHE:
                self._cache.popitem(last=False)
            return out

    def _key(self, pk: int, conn: Connection | None = None) -> ArticleKey:
        if conn is None:
            with self.engine.connect() as conn:
                return self._key(pk, conn)
        key = article_key(conn, pk)
        if key is None:
            raise ReviewError(f"no article {pk} in this database", status=404)
        return key

    def refresh_dirty(self) -> int:
        """Compute the summary rows marked dirty (articles reloaded after decisions, a database
        upgraded from schema version 1); returns how many."""
        done = 0
        while True:
            with self.engine.connect() as conn:
                pks = summaries.dirty_pks(conn)
            if not pks:
                return done
            for pk in pks:
                with self._write() as conn:
                    self._update_summary(conn, self._key(pk, conn))
            done += len(pks)

    def _update_summary(self, conn: Connection, key: ArticleKey) -> None:
        item = self._loaded([key])[key.pk]
        if item.record is None:
            summaries.write_summary(
                conn, key.pk, summaries.unreadable_values(key.article_id, item.error or "cannot be read")
            )
            return
        latest = decisions.latest(conn, [(key.article_id, key.text_sha256)]).get((key.article_id, key.text_sha256), {})
        summaries.write_summary(
            conn, key.pk, summaries.fresh_values(item.record, item.facts, latest, title_line(item.record))
        )
        summaries.write_terms(conn, key.pk, summaries.terms_of(item.record))

    def summaries(
        self, filters: Filters | None = None, *, after: int | None = None, before: int | None = None, limit: int = PAGE
    ) -> Page:
        """One page of the article list (keyset pagination on the article's key, in load order)
        and the totals over every article: articles per status and facts per state."""
        filters = filters or Filters()
        if self._has_dirty():
            self.refresh_dirty()
        with self.engine.connect() as conn:
            rows, next_after, prev_before = listing.page(conn, filters, after=after, before=before, limit=limit)
            totals = listing.totals(conn)
        return Page([row_summary(r) for r in rows], totals, next_after, prev_before)

    def _has_dirty(self) -> bool:
        with self.engine.connect() as conn:
            return bool(summaries.dirty_pks(conn, limit=1))

    def article(self, pk: int) -> ArticleView:
        with self.engine.connect() as conn:
            key = self._key(pk, conn)
            latest = decisions.latest(conn, [(key.article_id, key.text_sha256)]).get(
                (key.article_id, key.text_sha256), {}
            )
            previous, following, next_unreviewed = listing.neighbours(conn, pk)
        item = self._loaded([key])[pk]
        if item.record is None:
            raise ReviewError(item.error or f"article {pk} cannot be read", status=500)
        record, facts = item.record, item.facts
        fact_states = fact_states_of(item, latest)
        display = apply_decisions(record, facts, fact_states, verified=False)
        verified = apply_decisions(record, facts, fact_states, verified=True)
        fact_cards = cards(record, facts, fact_states, display, verified, self.low_confidence)
        return ArticleView(
            key=key,
            record=record,
            title=title_line(record),
            segments=segments(record.article.text or "", facts, record),
            cards=fact_cards,
            counts=Counter(c.state for c in fact_cards),
            players=[(p.id, display.items[("player", p.id)].name) for p in record.players],
            tournaments=[(t.id, display.items[("tournament", t.id)].name) for t in record.tournaments],
            venues=[(v.id, display.items[("venue", v.id)].name) for v in record.venues],
            previous=previous,
            next=following,
            next_unreviewed=next_unreviewed,
        )

    def history(self, pk: int, kind: str | None = None, ref: str | None = None) -> list[decisions.DecisionRow]:
        with self.engine.connect() as conn:
            key = self._key(pk, conn)
            return decisions.history(conn, key.article_id, key.text_sha256, kind, ref)

    # -- export --------------------------------------------------------------------------------

    def outcomes(
        self, *, verified: bool, only_done: bool = False, machine: bool = True
    ) -> Iterator[tuple[ArticleKey, Outcome | str]]:
        """Per article, the record with decisions applied (or why it cannot be read). With
        ``verified``, only articles with at least one decision in force (all facts decided when
        ``only_done``). The machine's acceptances count as accepted, unless ``machine`` is False
        (gold files are the editors' truth alone)."""
        with self.engine.connect() as conn:
            keys = article_keys(conn)
            latest = decisions.latest(conn)
        for start in range(0, len(keys), 200):
            chunk = keys[start : start + 200]
            loaded = self._loaded(chunk)
            for key in chunk:
                item = loaded[key.pk]
                if item.record is None:
                    yield key, item.error or "cannot be read"
                    continue
                fact_states = fact_states_of(item, latest.get((key.article_id, key.text_sha256), {}))
                if not machine:
                    fact_states = {k: State() if s.machine is not None else s for k, s in fact_states.items()}
                decided = [s for s in fact_states.values() if s.decision is not None]
                if verified and (not decided or (only_done and len(decided) < len(item.facts))):
                    continue
                yield key, apply_decisions(item.record, item.facts, fact_states, verified=verified)
