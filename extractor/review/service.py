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
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterator

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError

from extractor.db import DatabaseError, connect, current_version
from extractor.db.engine import one_line, shown
from extractor.db.registry import fold
from extractor.review import decisions
from extractor.review.facts import (
    DECISIONS,
    CorrectionError,
    Fact,
    Outcome,
    State,
    apply_decisions,
    correct,
    facts_of,
    snapshot,
    states,
)
from extractor.review.records import (
    ArticleKey,
    RecordUnreadable,
    article_keys,
    read_records,
)
from extractor.review.view import FactCard, Segment, cards, segments, title_line
from models import ArticleRecord

LOW_CONFIDENCE = 0.75
STATUSES = ("unreviewed", "partly", "done")


class ReviewError(Exception):
    """A request the review cannot carry out; ``status`` is the HTTP status that fits."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


@dataclass
class Summary:
    """One article in the list."""

    pk: int
    article_id: str
    title: str
    published: str | None
    source: str | None
    counts: Counter  # unreviewed, accept, reject, correct
    total: int
    warnings: int
    low_confidence: int
    search: str  # folded player and tournament names
    error: str | None = None

    @property
    def reviewed(self) -> int:
        return self.total - self.counts["unreviewed"]

    @property
    def status(self) -> str:
        if self.error:
            return "unreadable"
        if self.total and not self.reviewed:
            return "unreviewed"
        return "done" if self.reviewed == self.total else "partly"


@dataclass
class ArticleView:
    key: ArticleKey
    record: ArticleRecord
    title: str
    segments: list[Segment]
    cards: list[FactCard]
    counts: Counter
    players: list[tuple[str, str]]  # (id, name) with corrections applied: the edit forms' choices
    tournaments: list[tuple[str, str]]
    venues: list[tuple[str, str]]
    previous: int | None = None
    next: int | None = None
    next_unreviewed: int | None = None
    exported: dict[str, int] = field(default_factory=dict)


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
    """Articles, facts and decisions of the database at ``url``.

    Records are read once per article and kept while the article is not reloaded; decisions are
    read on every request, so several editors (or several servers) can review one database."""

    def __init__(self, url: str | URL | Engine, *, low_confidence: float = LOW_CONFIDENCE) -> None:
        self.engine = url if isinstance(url, Engine) else connect(url)
        self.low_confidence = low_confidence
        try:
            with self.engine.connect() as conn:
                version = current_version(conn)
            if version is None:
                raise DatabaseError(
                    f"{shown(self.engine.url)} holds no tennis-extract records; load some first: tennis-extract load OUT.jsonl --db URL"
                )
            decisions.ensure_table(self.engine)
        except SQLAlchemyError as exc:
            raise DatabaseError(f"{shown(self.engine.url)}: {one_line(exc)}") from None
        self._cache: dict[int, _Loaded] = {}
        self._lock = threading.Lock()

    def close(self) -> None:
        self.engine.dispose()

    # -- reading -------------------------------------------------------------------------------

    def _loaded(self, keys: list[ArticleKey]) -> dict[int, _Loaded]:
        with self._lock:
            stale = [k for k in keys if k.pk not in self._cache or self._cache[k.pk].key != k]
        if stale:
            with self.engine.connect() as conn:
                got = read_records(conn, [k.pk for k in stale])
            fresh = {}
            for k in stale:
                record = got.get(k.pk)
                if isinstance(record, ArticleRecord):
                    fresh[k.pk] = _Loaded(k, record, facts_of(record))
                else:
                    fresh[k.pk] = _Loaded(k, None, [], str(record or RecordUnreadable(f"article row {k.pk} went away")))
            with self._lock:
                self._cache.update(fresh)
        with self._lock:
            return {k.pk: self._cache[k.pk] for k in keys}

    def _key(self, pk: int) -> ArticleKey:
        with self.engine.connect() as conn:
            for key in article_keys(conn):
                if key.pk == pk:
                    return key
        raise ReviewError(f"no article {pk} in this database", status=404)

    def summaries(self, *, status: str | None = None, warnings: bool = False, low_confidence: bool = False, search: str | None = None) -> tuple[list[Summary], dict[str, Any]]:
        """The article list, filtered, and totals over every article: articles per status and
        facts per state."""
        with self.engine.connect() as conn:
            keys = article_keys(conn)
            latest = decisions.latest(conn)
        loaded = self._loaded(keys)
        out = []
        for key in keys:
            item = loaded[key.pk]
            if item.record is None:
                out.append(Summary(key.pk, key.article_id, key.article_id, None, None, Counter(), 0, 0, 0, fold(key.article_id), item.error))
                continue
            record = item.record
            fact_states = _states(item, latest.get((key.article_id, key.text_sha256), {}))
            counts = Counter(s.decision or "unreviewed" for s in fact_states.values())
            low = sum(1 for f in item.facts if getattr(f.item, "confidence", 1.0) < self.low_confidence)
            names = [p.name for p in record.players] + [t.name for t in record.tournaments]
            names += [m.text for t in record.tournaments for m in t.mentions]
            out.append(
                Summary(key.pk, key.article_id, title_line(record), record.article.published, record.article.source, counts,
                        len(item.facts), len(record.warnings), low, fold(" | ".join([key.article_id, *names])))
            )
        totals = {
            "articles": len(out),
            "status": Counter(s.status for s in out),
            "facts": sum((s.counts for s in out), Counter()),
            "total": sum(s.total for s in out),
        }
        wanted = fold(search) if search and search.strip() else None
        rows = [
            s for s in out
            if (status in (None, "", "all") or s.status == status)
            and (not warnings or s.warnings)
            and (not low_confidence or s.low_confidence)
            and (wanted is None or wanted in s.search)
        ]
        return rows, totals

    def article(self, pk: int) -> ArticleView:
        key = self._key(pk)
        item = self._loaded([key])[pk]
        if item.record is None:
            raise ReviewError(item.error or f"article {pk} cannot be read", status=500)
        with self.engine.connect() as conn:
            latest = decisions.latest(conn, [(key.article_id, key.text_sha256)]).get((key.article_id, key.text_sha256), {})
            keys = article_keys(conn)
        record, facts = item.record, item.facts
        fact_states = _states(item, latest)
        display = apply_decisions(record, facts, fact_states, verified=False)
        verified = apply_decisions(record, facts, fact_states, verified=True)
        fact_cards = cards(record, facts, fact_states, display, verified, self.low_confidence)
        pks = [k.pk for k in keys]
        at = pks.index(pk)
        view = ArticleView(
            key=key,
            record=record,
            title=title_line(record),
            segments=segments(record.article.text or "", facts, record),
            cards=fact_cards,
            counts=Counter(c.state for c in fact_cards),
            players=[(p.id, display.items[("player", p.id)].name) for p in record.players],
            tournaments=[(t.id, display.items[("tournament", t.id)].name) for t in record.tournaments],
            venues=[(v.id, display.items[("venue", v.id)].name) for v in record.venues],
            previous=pks[at - 1] if at > 0 else None,
            next=pks[at + 1] if at + 1 < len(pks) else None,
        )
        view.next_unreviewed = self._next_unreviewed(keys, at)
        return view

    def _next_unreviewed(self, keys: list[ArticleKey], at: int) -> int | None:
        """The next article (after ``at``, wrapping round) with a fact nobody has decided."""
        order = keys[at + 1 :] + keys[:at]
        loaded = self._loaded(order)
        with self.engine.connect() as conn:
            latest = decisions.latest(conn)
        for key in order:
            item = loaded[key.pk]
            if item.record is None or not item.facts:
                continue
            fact_states = _states(item, latest.get((key.article_id, key.text_sha256), {}))
            if any(s.decision is None for s in fact_states.values()):
                return key.pk
        return None

    def history(self, pk: int, kind: str | None = None, ref: str | None = None) -> list[decisions.DecisionRow]:
        key = self._key(pk)
        with self.engine.connect() as conn:
            return decisions.history(conn, key.article_id, key.text_sha256, kind, ref)

    # -- deciding ------------------------------------------------------------------------------

    def decide(self, pk: int, kind: str, ref: str, decision: str, *, editor: str, changes: dict[str, Any] | None = None) -> decisions.DecisionRow:
        """Record an editor's decision on one fact: accept, reject, correct (with ``changes``,
        editable field -> new value) or clear (back to unreviewed; history keeps the rest)."""
        editor = (editor or "").strip()
        if not editor:
            raise ReviewError("an editor name is required: say who you are before deciding")
        if len(editor) > decisions.MAX_EDITOR:
            raise ReviewError(f"the editor name is longer than {decisions.MAX_EDITOR} characters")
        if decision not in DECISIONS:
            raise ReviewError(f"decision must be one of {', '.join(DECISIONS)}, got {decision!r}")
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
        with self.engine.begin() as conn:
            return decisions.add(conn, key.article_id, key.text_sha256, kind, ref, decision, editor=editor,
                                 original=snapshot(fact, item.record), corrected=corrected)

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
