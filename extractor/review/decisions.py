"""The editors' decisions, stored beside the loaded records in the same database.

``review_decisions`` keeps every decision ever made as its own row (history); the latest row per
fact is the one in force. A fact is named by its article's (article_id, text_sha256), the kind of
fact and its key within the article (``facts.Fact.ref``), so decisions outlive a reload of the
same text. Each row also keeps the fact as it was when decided (``original``), which is how a
decision made on an earlier extraction is told apart.

The table is part of the loader's schema (``extractor.db.schema.ReviewDecision``, schema version
2); a database made before it is upgraded when the review opens it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Iterable

from sqlalchemy import Connection, func, insert, select

from extractor.db.schema import TABLES, utcnow

review_decisions = TABLES["review_decisions"]

MAX_EDITOR = 80


@dataclass(frozen=True)
class DecisionRow:
    id: int
    article_id: str
    text_sha256: str
    kind: str
    ref: str
    decision: str
    corrected: dict[str, Any] | None
    original: dict[str, Any]
    editor: str
    decided_at: dt.datetime
    reason: str | None = None
    extractor_version: str | None = None
    machine: bool = False  # an acceptance by the machine (--auto-accept), not an editor's decision
    threshold: float | None = None  # the machine's: the --auto-accept threshold
    confidence: float | None = None  # the machine's: the confidence it accepted at

    @classmethod
    def from_row(cls, r: Any) -> DecisionRow:
        when = r.decided_at
        if when is not None and when.tzinfo is None:  # SQLite keeps no zone; we always write UTC
            when = when.replace(tzinfo=dt.timezone.utc)
        return cls(
            r.id,
            r.article_id,
            r.text_sha256,
            r.fact_kind,
            r.fact_ref,
            r.decision,
            r.corrected,
            r.original,
            r.editor,
            when,
            r.reason,
            r.extractor_version,
            bool(r.machine),
            r.threshold,
            r.confidence,
        )


def add(
    conn: Connection,
    article_id: str,
    text_sha256: str,
    kind: str,
    ref: str,
    decision: str,
    *,
    editor: str,
    original: dict[str, Any],
    corrected: dict[str, Any] | None = None,
    reason: str | None = None,
    extractor_version: str | None = None,
) -> DecisionRow:
    """Record one decision; the caller has checked the editor, the decision and the correction."""
    values = {
        "article_id": article_id,
        "text_sha256": text_sha256,
        "fact_kind": kind,
        "fact_ref": ref,
        "decision": decision,
        "corrected": corrected,
        "original": original,
        "editor": editor,
        "decided_at": utcnow(),
        "reason": reason,
        "extractor_version": extractor_version,
    }
    new_id = conn.execute(insert(review_decisions).returning(review_decisions.c.id), values).scalar_one()
    return DecisionRow(
        new_id,
        article_id,
        text_sha256,
        kind,
        ref,
        decision,
        corrected,
        original,
        editor,
        values["decided_at"],
        reason,
        extractor_version,
    )


def latest(
    conn: Connection, articles: Iterable[tuple[str, str]] | None = None
) -> dict[tuple[str, str], dict[tuple[str, str], DecisionRow]]:
    """The decision in force per fact: {(article_id, text_sha256): {(kind, ref): row}}, for the
    given articles or all."""
    d = review_decisions
    newest = select(func.max(d.c.id)).group_by(d.c.article_id, d.c.text_sha256, d.c.fact_kind, d.c.fact_ref)
    if articles is not None:
        wanted = list(articles)
        if not wanted:
            return {}
        ids = sorted({a for a, _ in wanted})
        newest = newest.where(d.c.article_id.in_(ids))
    query = select(d).where(d.c.id.in_(newest))
    out: dict[tuple[str, str], dict[tuple[str, str], DecisionRow]] = {}
    for r in conn.execute(query):
        row = DecisionRow.from_row(r)
        out.setdefault((row.article_id, row.text_sha256), {})[(row.kind, row.ref)] = row
    return out


def history(
    conn: Connection, article_id: str, text_sha256: str, kind: str | None = None, ref: str | None = None
) -> list[DecisionRow]:
    """Every decision on an article (or one of its facts), newest first."""
    d = review_decisions
    query = select(d).where(d.c.article_id == article_id, d.c.text_sha256 == text_sha256)
    if kind is not None:
        query = query.where(d.c.fact_kind == kind)
    if ref is not None:
        query = query.where(d.c.fact_ref == ref)
    return [DecisionRow.from_row(r) for r in conn.execute(query.order_by(d.c.id.desc()))]


def get(conn: Connection, decision_id: int) -> DecisionRow | None:
    row = conn.execute(select(review_decisions).where(review_decisions.c.id == decision_id)).first()
    return DecisionRow.from_row(row) if row is not None else None


def recent(
    conn: Connection, *, editor: str | None = None, before: int | None = None, limit: int = 50
) -> list[DecisionRow]:
    """Decisions newest first (keyset: ids below ``before``), of one editor or all."""
    d = review_decisions
    query = select(d).order_by(d.c.id.desc()).limit(limit)
    if editor:
        query = query.where(d.c.editor == editor)
    if before is not None:
        query = query.where(d.c.id < before)
    return [DecisionRow.from_row(r) for r in conn.execute(query)]
