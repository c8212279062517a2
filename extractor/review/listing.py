"""The article list's queries, on ``review_summaries`` and ``review_terms`` (see summaries.py).

Every query is shaped for an index: a page is a keyset range on the article key (never OFFSET),
or on (doubt, article key) in the order by doubt; filters are equalities or ranges on indexed
columns, a search is a prefix range on the terms index, and the counts are one aggregate. So a
page costs the same on page 1 and page 2,000.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, func, or_, select, true

from extractor.db.registry import fold
from extractor.db.schema import DOUBT_ORDER, TABLES

HIGHEST = "\uffff"  # above every character a folded name holds: term < prefix + HIGHEST is a prefix range
ORDERS = ("load", "doubt")  # load order; least certain open fact first (articles with none last, in load order)


@dataclass
class Filters:
    """What the list shows: a status, flags, a search (any name), a player, a tournament, a
    publication date range; and in which order (ORDERS)."""

    status: str = "all"
    warnings: bool = False
    low_confidence: bool = False
    search: str = ""
    player: str = ""
    tournament: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    order: str = "load"


def _conditions(filters: Filters) -> list[Any]:
    s, t = TABLES["review_summaries"], TABLES["review_terms"]
    out = []
    if filters.status not in (None, "", "all"):
        out.append(s.c.status == filters.status)
    if filters.warnings:
        out.append(s.c.warned == true())
    if filters.low_confidence:
        out.append(s.c.low == true())
    if filters.date_from:
        out.append(s.c.published >= filters.date_from)
    if filters.date_to:
        out.append(s.c.published <= filters.date_to)
    for kind, wanted in ((None, filters.search), ("player", filters.player), ("tournament", filters.tournament)):
        prefix = fold(wanted or "").strip()
        if not prefix:
            continue
        terms = select(t.c.article_pk).where(t.c.term >= prefix, t.c.term < prefix + HIGHEST)
        if kind is not None:
            terms = terms.where(t.c.kind == kind)
        out.append(s.c.article_pk.in_(terms))
    return out


def page(
    conn: Connection, filters: Filters, *, after: int | None = None, before: int | None = None, limit: int = 50
) -> tuple[list[Any], int | None, int | None]:
    """(rows, next_after, prev_before): one page of summary rows joined with their article, in
    load order (or by doubt); ``after`` / ``before`` are the keyset bounds the pager links carry.

    The page's keys are found first on the indexes alone (a narrow query the planner can sort
    cheaply), then their rows are read."""
    s = TABLES["review_summaries"]
    conditions = and_(true(), *_conditions(filters))
    if filters.order == "doubt":
        return _doubt_page(conn, conditions, after=after, before=before, limit=limit)
    keys = select(s.c.article_pk).where(conditions).limit(limit + 1)
    if before is not None:
        pks = list(conn.execute(keys.where(s.c.article_pk < before).order_by(s.c.article_pk.desc())).scalars())
        more_before = len(pks) > limit
        pks = pks[:limit][::-1]
        return _rows(conn, pks), (pks[-1] if pks else None), (pks[0] if pks and more_before else None)
    if after is not None:
        keys = keys.where(s.c.article_pk > after)
    pks = list(conn.execute(keys.order_by(s.c.article_pk)).scalars())
    more_after = len(pks) > limit
    pks = pks[:limit]
    prev_before = None
    if pks and after is not None:
        earlier = select(s.c.article_pk).where(conditions, s.c.article_pk < pks[0]).limit(1)
        prev_before = pks[0] if conn.execute(earlier).first() is not None else None
    return _rows(conn, pks), (pks[-1] if pks and more_after else None), prev_before


def _beyond(conn: Connection, pk: int, forward: bool) -> Any:
    """The rows after (``forward``) or before article ``pk`` in the order by doubt: its key is read
    again, so a pager link holds an article key only."""
    s = TABLES["review_summaries"]
    key = conn.execute(select(DOUBT_ORDER).where(s.c.article_pk == pk)).scalar()
    if key is None:  # the article went away: from the start
        return true()
    if forward:
        return and_(DOUBT_ORDER >= key, or_(DOUBT_ORDER > key, s.c.article_pk > pk))
    return and_(DOUBT_ORDER <= key, or_(DOUBT_ORDER < key, s.c.article_pk < pk))


def _doubt_page(
    conn: Connection, conditions: Any, *, after: int | None, before: int | None, limit: int
) -> tuple[list[Any], int | None, int | None]:
    """``page`` in the order by doubt: keyset on (doubt, article key), on the doubt index."""
    s = TABLES["review_summaries"]
    keys = select(s.c.article_pk).where(conditions).limit(limit + 1)
    ascending, descending = (DOUBT_ORDER, s.c.article_pk), (DOUBT_ORDER.desc(), s.c.article_pk.desc())
    if before is not None:
        pks = list(conn.execute(keys.where(_beyond(conn, before, False)).order_by(*descending)).scalars())
        more_before = len(pks) > limit
        pks = pks[:limit][::-1]
        return _rows(conn, pks, doubt=True), (pks[-1] if pks else None), (pks[0] if pks and more_before else None)
    if after is not None:
        keys = keys.where(_beyond(conn, after, True))
    pks = list(conn.execute(keys.order_by(*ascending)).scalars())
    more_after = len(pks) > limit
    pks = pks[:limit]
    prev_before = None
    if pks and after is not None:
        earlier = select(s.c.article_pk).where(conditions, _beyond(conn, pks[0], False)).limit(1)
        prev_before = pks[0] if conn.execute(earlier).first() is not None else None
    return _rows(conn, pks, doubt=True), (pks[-1] if pks and more_after else None), prev_before


def _rows(conn: Connection, pks: list[int], doubt: bool = False) -> list[Any]:
    if not pks:
        return []
    s, a = TABLES["review_summaries"], TABLES["articles"]
    order = (DOUBT_ORDER, s.c.article_pk) if doubt else (s.c.article_pk,)
    query = (
        select(s, a.c.article_id, a.c.source)
        .join(a, a.c.id == s.c.article_pk)
        .where(s.c.article_pk.in_(pks))
        .order_by(*order)
    )
    return list(conn.execute(query))


def totals(conn: Connection) -> dict[str, Any]:
    """Articles per status and facts per state over the whole database: one aggregate query."""
    s = TABLES["review_summaries"]
    query = select(
        s.c.status,
        func.count(),
        func.sum(s.c.facts),
        func.sum(s.c.unreviewed),
        func.sum(s.c.accepted),
        func.sum(s.c.corrected),
        func.sum(s.c.rejected),
        func.sum(s.c.machine_accepted),
    ).group_by(s.c.status)
    status: dict[str, int] = {}
    facts = {"unreviewed": 0, "accept": 0, "correct": 0, "reject": 0, "machine": 0}
    total = 0
    for name, n, f, unreviewed, accepted, corrected, rejected, machine in conn.execute(query):
        status[name] = n
        total += f or 0
        for k, v in (
            ("unreviewed", unreviewed),
            ("accept", accepted),
            ("correct", corrected),
            ("reject", rejected),
            ("machine", machine),
        ):
            facts[k] += v or 0
    return {"articles": sum(status.values()), "status": status, "facts": facts, "total": total}


def neighbours(conn: Connection, pk: int) -> tuple[int | None, int | None, int | None]:
    """(previous, next, next with facts left to review, wrapping round) around article ``pk``."""
    a, s = TABLES["articles"], TABLES["review_summaries"]
    previous = conn.execute(select(func.max(a.c.id)).where(a.c.id < pk)).scalar()
    following = conn.execute(select(func.min(a.c.id)).where(a.c.id > pk)).scalar()
    open_ = s.c.status.in_(("unreviewed", "partly"))
    todo = conn.execute(select(func.min(s.c.article_pk)).where(open_, s.c.article_pk > pk)).scalar()
    if todo is None:
        todo = conn.execute(select(func.min(s.c.article_pk)).where(open_, s.c.article_pk < pk)).scalar()
    return previous, following, todo


def lock_summary(conn: Connection, pk: int) -> None:
    """Hold the article's summary row for this transaction (PostgreSQL: FOR UPDATE), so two
    decisions on one article update its counts one after the other."""
    if conn.dialect.name == "postgresql":
        s = TABLES["review_summaries"]
        conn.execute(select(s.c.article_pk).where(s.c.article_pk == pk).with_for_update()).first()


def article_pk(conn: Connection, article_id: str, text_sha256: str) -> int | None:
    a = TABLES["articles"]
    return conn.execute(select(a.c.id).where(a.c.article_id == article_id, a.c.text_sha256 == text_sha256)).scalar()
