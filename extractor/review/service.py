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
from dataclasses import dataclass
from typing import Any, Iterator

from sqlalchemy import Connection, Engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError

from extractor.db import DatabaseError, connect, current_version, migrate, summaries
from extractor.db.engine import WRITE_OPTION, one_line, shown
from extractor.db.facts import (
    DECISIONS,
    CorrectionError,
    Fact,
    Outcome,
    State,
    accepted_with,
    apply_decisions,
    correct,
    corrected_item,
    facts_of,
    needed_players,
    snapshot,
    states,
)
from extractor.db.summaries import (  # noqa: F401 (STATUSES, STATUS_NAME: the app reads them here)
    LOW_CONFIDENCE,
    STATUS_NAME,
    STATUSES,
    title_line,
)
from extractor.review import decisions, listing
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
MAX_REASON = 500


class ReviewError(Exception):
    """A request the review cannot carry out; ``status`` is the HTTP status that fits."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


@dataclass
class _Loaded:
    key: ArticleKey
    record: ArticleRecord | None
    facts: list[Fact]
    error: str | None = None


def _states(loaded: _Loaded, latest: dict[tuple[str, str], Any]) -> dict[tuple[str, str], State]:
    return states(loaded.facts, loaded.record, latest)


def _same(name: str, before: Any, after: Any) -> bool:
    """Whether a corrected field keeps its value (a score retyped in another notation does)."""
    if name == "score" and isinstance(before, dict) and isinstance(after, dict):
        return {k: v for k, v in before.items() if k != "text"} == {k: v for k, v in after.items() if k != "text"}
    return before == after


class Review:
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
        self._cache: OrderedDict[int, _Loaded] = OrderedDict()
        self._lock = threading.Lock()
        self.refresh_dirty()

    def close(self) -> None:
        self.engine.dispose()

    def _write(self):
        """A write transaction (SQLite: BEGIN IMMEDIATE, so two deciders queue rather than fail)."""
        return self.engine.execution_options(**{WRITE_OPTION: True}).begin()

    # -- reading -------------------------------------------------------------------------------

    def _loaded(self, keys: list[ArticleKey]) -> dict[int, _Loaded]:
        with self._lock:
            stale = [k for k in keys if k.pk not in self._cache or self._cache[k.pk].key != k]
        fresh = {}
        if stale:
            with self.engine.connect() as conn:
                got = read_records(conn, [k.pk for k in stale])
            for k in stale:
                record = got.get(k.pk)
                if isinstance(record, ArticleRecord):
                    fresh[k.pk] = _Loaded(k, record, facts_of(record))
                else:
                    fresh[k.pk] = _Loaded(k, None, [], str(record or RecordUnreadable(f"article row {k.pk} went away")))
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
        fact_states = _states(item, latest)
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

    # -- deciding ------------------------------------------------------------------------------

    def decide(
        self,
        pk: int,
        kind: str,
        ref: str,
        decision: str,
        *,
        editor: str,
        changes: dict[str, Any] | None = None,
        reason: str | None = None,
    ) -> decisions.DecisionRow:
        """Record an editor's decision on one fact: accept, reject (with an optional ``reason``),
        correct (with ``changes``, editable field -> new value) or clear (back to unreviewed;
        history keeps the rest). The article's list row is updated in the same transaction.

        Accepting or correcting a match, ranking or head-to-head accepts its players that nobody
        has decided on yet (their decision rows say "with match M1"), so the verified export keeps
        it; a player already rejected stays so, and the fact's card says it is not exported.
        Clearing the fact clears the players it accepted that way, unless decided on since."""
        editor = (editor or "").strip()
        if not editor:
            raise ReviewError("an editor name is required: say who you are before deciding")
        if len(editor) > decisions.MAX_EDITOR:
            raise ReviewError(f"the editor name is longer than {decisions.MAX_EDITOR} characters")
        if decision not in DECISIONS:
            raise ReviewError(f"decision must be one of {', '.join(DECISIONS)}, got {decision!r}")
        reason = (reason or "").strip()[:MAX_REASON] or None
        key = self._key(pk)
        item = self._loaded([key])[pk]
        if item.record is None:
            raise ReviewError(item.error or f"article {pk} cannot be read", status=500)
        fact = next((f for f in item.facts if f.key == (kind, ref)), None)
        if fact is None:
            raise ReviewError(f"article {pk} has no {kind} {ref!r}", status=404)
        corrected = None
        if decision == "correct":
            if not changes:
                raise ReviewError("a correction needs the changed fields")
            try:
                corrected = correct(fact, item.record, changes)
            except CorrectionError as exc:
                raise ReviewError(str(exc), status=422) from None
            before = fact.item.model_dump(mode="json")
            corrected = {k: v for k, v in corrected.items() if not _same(k, before.get(k), v)}
            if not corrected:
                raise ReviewError("nothing was changed: accept the fact instead", status=422)
        return self._record(
            key,
            kind,
            ref,
            decision,
            editor=editor,
            original=snapshot(fact, item.record),
            corrected=corrected,
            reason=reason if decision == "reject" else None,
            players=self._players_along(key, item, fact, decision, corrected),
        )

    def _players_along(
        self, key: ArticleKey, item: _Loaded, fact: Fact, decision: str, corrected: dict[str, Any] | None
    ) -> list[tuple[str, str, dict[str, Any], str]]:
        """(player ref, decision, its snapshot, reason) for the players a decision on ``fact``
        accepts (or clears again) along with it."""
        with self.engine.connect() as conn:
            latest = decisions.latest(conn, [(key.article_id, key.text_sha256)]).get(
                (key.article_id, key.text_sha256), {}
            )
        fact_states = _states(item, latest)
        why = accepted_with(fact)
        if decision == "clear":
            refs = needed_players(fact, _item_as_decided(fact, item.record, fact_states.get(fact.key, State())))
            wanted, then = lambda s: s.decision == "accept" and s.reason == why, "clear"
        elif decision in ("accept", "correct"):
            refs = needed_players(fact, _item_as_decided(fact, item.record, State("correct", corrected)))
            wanted, then = lambda s: s.decision is None, "accept"
        else:
            return []
        players = {f.ref: f for f in item.facts if f.kind == "player"}
        return [
            (ref, then, snapshot(players[ref], item.record), why)
            for ref in dict.fromkeys(refs)
            if ref in players and wanted(fact_states.get(("player", ref), State()))
        ]

    def _record(
        self,
        key: ArticleKey,
        kind: str,
        ref: str,
        decision: str,
        *,
        players: list[tuple[str, str, dict[str, Any], str]] = (),  # type: ignore[assignment]
        **values: Any,
    ) -> decisions.DecisionRow:
        with self._write() as conn:
            listing.lock_summary(conn, key.pk)
            row = decisions.add(
                conn,
                key.article_id,
                key.text_sha256,
                kind,
                ref,
                decision,
                extractor_version=key.extractor_version,
                **values,
            )
            for player, then, original, why in players:
                decisions.add(
                    conn,
                    key.article_id,
                    key.text_sha256,
                    "player",
                    player,
                    then,
                    editor=values["editor"],
                    original=original,
                    reason=why,
                    extractor_version=key.extractor_version,
                )
            self._update_summary(conn, key)
        return row

    def undo(self, decision_id: int, *, editor: str) -> decisions.DecisionRow:
        """Undo a decision still in force: its fact goes back to the decision before it (or to
        unreviewed), recorded as a new decision by ``editor``; the history keeps both."""
        with self.engine.connect() as conn:
            row = decisions.get(conn, decision_id)
            if row is None:
                raise ReviewError(f"no decision {decision_id}", status=404)
            history = decisions.history(conn, row.article_id, row.text_sha256, row.kind, row.ref)
            pk = listing.article_pk(conn, row.article_id, row.text_sha256)
        if history[0].id != row.id:
            raise ReviewError(
                f"decision {decision_id} is no longer in force: {history[0].editor} decided on that fact since",
                status=409,
            )
        if pk is None:
            raise ReviewError(f"the article of decision {decision_id} is no longer loaded", status=404)
        earlier = history[1] if len(history) > 1 else None
        key = self._key(pk)
        item = self._loaded([key])[pk]
        fact = next((f for f in item.facts if f.key == (row.kind, row.ref)), None)

        def along(decision: str, corrected: dict[str, Any] | None = None) -> list:
            """The players that go with the match (as deciding on its card does)."""
            return self._players_along(key, item, fact, decision, corrected) if fact is not None else []

        if earlier is None or earlier.decision == "clear":
            return self._record(
                key,
                row.kind,
                row.ref,
                "clear",
                editor=editor,
                original=row.original,
                reason=f"undo of #{row.id}",
                players=along("clear"),
            )
        return self._record(
            key,
            row.kind,
            row.ref,
            earlier.decision,
            editor=editor,
            original=earlier.original,
            corrected=earlier.corrected,
            reason=earlier.reason,
            players=along(earlier.decision, earlier.corrected),
        )

    # -- export --------------------------------------------------------------------------------

    def outcomes(self, *, verified: bool, only_done: bool = False) -> Iterator[tuple[ArticleKey, Outcome | str]]:
        """Per article, the record with decisions applied (or why it cannot be read). With
        ``verified``, only articles with at least one decision in force (all facts decided when
        ``only_done``)."""
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
                fact_states = _states(item, latest.get((key.article_id, key.text_sha256), {}))
                decided = [s for s in fact_states.values() if s.decision is not None]
                if verified and (not decided or (only_done and len(decided) < len(item.facts))):
                    continue
                yield key, apply_decisions(item.record, item.facts, fact_states, verified=verified)


def _item_as_decided(fact: Fact, record: ArticleRecord, state: State) -> Any:
    """The fact as its decision in force has it (corrected, when it was)."""
    if state.decision == "correct" and state.corrected:
        try:
            return corrected_item(fact, record, state.corrected)
        except CorrectionError:
            return fact.item
    return fact.item
