"""The editors' decisions, stored beside the loaded records in the same database.

``review_decisions`` keeps every decision ever made as its own row (history); the latest row per
fact is the one in force. A fact is named by its article's (article_id, text_sha256), the kind of
fact and its key within the article (``facts.Fact.ref``), so decisions outlive a reload of the
same text. Each row also keeps the fact as it was when decided (``original``), which is how a
decision made on an earlier extraction is told apart.

The table has metadata of its own (the loader's schema versions do not cover it) and is created
when missing, so any database the loader made can be reviewed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Iterable

from sqlalchemy import (
    CheckConstraint,
    Column,
    Connection,
    DateTime,
    Engine,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    func,
    insert,
    select,
)

from extractor.db.schema import JSONType, utcnow
from extractor.review.facts import DECISIONS

metadata = MetaData()

review_decisions = Table(
    "review_decisions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", String, nullable=False, comment="the record's article.id"),
    Column("text_sha256", String(64), nullable=False),
    Column("fact_kind", String, nullable=False, comment="match, player, ranking, quote, tournament, venue, city, date, head_to_head"),
    Column("fact_ref", String, nullable=False, comment="the fact's key within the article (M1, P2, Q120-180, ...)"),
    Column("decision", String, nullable=False),
    Column("corrected", JSONType, nullable=True, comment="the corrected fields, for decision 'correct'"),
    Column("original", JSONType, nullable=False, comment="the fact as it was when decided"),
    Column("editor", String, nullable=False),
    Column("decided_at", DateTime(timezone=True), nullable=False, default=utcnow),
    CheckConstraint("decision IN (" + ", ".join(f"'{d}'" for d in DECISIONS) + ")", name="ck_review_decisions_decision"),
    CheckConstraint("length(editor) > 0", name="ck_review_decisions_editor"),
    Index("ix_review_decisions_fact", "article_id", "text_sha256", "fact_kind", "fact_ref"),
)

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

    @classmethod
    def from_row(cls, r: Any) -> DecisionRow:
        when = r.decided_at
        if when is not None and when.tzinfo is None:  # SQLite keeps no zone; we always write UTC
            when = when.replace(tzinfo=dt.timezone.utc)
        return cls(r.id, r.article_id, r.text_sha256, r.fact_kind, r.fact_ref, r.decision, r.corrected, r.original, r.editor, when)


def ensure_table(engine: Engine) -> None:
    """Create review_decisions when the database has none (idempotent)."""
    metadata.create_all(engine, checkfirst=True)


def add(conn: Connection, article_id: str, text_sha256: str, kind: str, ref: str, decision: str, *,
        editor: str, original: dict[str, Any], corrected: dict[str, Any] | None = None) -> DecisionRow:
    """Record one decision; the caller has checked the editor, the decision and the correction."""
    values = {
        "article_id": article_id, "text_sha256": text_sha256, "fact_kind": kind, "fact_ref": ref, "decision": decision,
        "corrected": corrected, "original": original, "editor": editor, "decided_at": utcnow(),
    }
    new_id = conn.execute(insert(review_decisions).returning(review_decisions.c.id), values).scalar_one()
    return DecisionRow(new_id, article_id, text_sha256, kind, ref, decision, corrected, original, editor, values["decided_at"])


def latest(conn: Connection, articles: Iterable[tuple[str, str]] | None = None) -> dict[tuple[str, str], dict[tuple[str, str], DecisionRow]]:
    """The decision in force per fact: {(article_id, text_sha256): {(kind, ref): row}}, for the
    given articles or all."""
    d = review_decisions
    newest = select(func.max(d.c.id)).group_by(d.c.article_id, d.c.text_sha256, d.c.fact_kind, d.c.fact_ref)
    query = select(d).where(d.c.id.in_(newest))
    if articles is not None:
        wanted = list(articles)
        if not wanted:
            return {}
        ids = sorted({a for a, _ in wanted})
        query = query.where(d.c.article_id.in_(ids))
    out: dict[tuple[str, str], dict[tuple[str, str], DecisionRow]] = {}
    for r in conn.execute(query):
        row = DecisionRow.from_row(r)
        out.setdefault((row.article_id, row.text_sha256), {})[(row.kind, row.ref)] = row
    return out


def history(conn: Connection, article_id: str, text_sha256: str, kind: str | None = None, ref: str | None = None) -> list[DecisionRow]:
    """Every decision on an article (or one of its facts), newest first."""
    d = review_decisions
    query = select(d).where(d.c.article_id == article_id, d.c.text_sha256 == text_sha256)
    if kind is not None:
        query = query.where(d.c.fact_kind == kind)
    if ref is not None:
        query = query.where(d.c.fact_ref == ref)
    return [DecisionRow.from_row(r) for r in conn.execute(query.order_by(d.c.id.desc()))]
