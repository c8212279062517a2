"""The review list's rows: one ``review_summaries`` row per article (fact counts per state, flags,
status) and its ``review_terms`` (search terms), computed from the record and its decisions.

The loader writes them for every article it loads (all facts unreviewed; ``dirty`` when the
article already had decisions, say on a reload); a decision rewrites its article's row in the same
transaction; ``refresh_dirty`` computes the rows marked dirty. So the list, its filters, search and
counts are indexed queries on these two tables and never read a record.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import Any, Iterable

from sqlalchemy import Connection, delete, select, true, update

from extractor.db.facts import Fact, State, facts_of, states
from extractor.db.registry import fold
from extractor.db.schema import TABLES
from models import ArticleRecord

RE_DATE_HEADER = re.compile(r"^\s*date \d{4}-\d{2}-\d{2}\s+")
LOW_CONFIDENCE = 0.75
STATUSES = ("unreviewed", "partly", "done")
MAX_TERM = 200


def _low(confidence: float | None) -> bool:
    """A fact under the review list's low-confidence line (a fact without a confidence is not)."""
    return confidence is not None and confidence < LOW_CONFIDENCE


def status_of(total: int, unreviewed: int, error: str | None = None) -> str:
    if error:
        return "unreadable"
    if total and unreviewed == total:
        return "unreviewed"
    return "done" if unreviewed == 0 else "partly"


def summary_values(
    record: ArticleRecord, facts: list[Fact], fact_states: dict[tuple[str, str], State], title: str
) -> dict[str, Any]:
    """The review_summaries values of one readable article."""
    counts = Counter(s.decision or "unreviewed" for s in fact_states.values())
    unreviewed = len(facts) - (counts["accept"] + counts["reject"] + counts["correct"])
    low = sum(1 for f in facts if _low(getattr(f.item, "confidence", None)))
    published = record.article.published
    return {
        "title": title,
        "published": dt.date.fromisoformat(published) if published else None,
        "status": status_of(len(facts), unreviewed),
        "facts": len(facts),
        "unreviewed": unreviewed,
        "accepted": counts["accept"],
        "corrected": counts["correct"],
        "rejected": counts["reject"],
        "warnings": len(record.warnings),
        "low_confidence": low,
        "warned": bool(record.warnings),
        "low": low > 0,
        "error": None,
        "dirty": False,
    }


def title_line(record: ArticleRecord, limit: int = 110) -> str:
    """The article's title, else its first words (without the ' date YYYY-MM-DD ' header)."""
    if record.article.title:
        return record.article.title
    text = RE_DATE_HEADER.sub("", record.article.text or "").strip()
    first = text.split("\n", 1)[0]
    return first if len(first) <= limit else first[: limit - 1].rsplit(" ", 1)[0] + "…"


def unreadable_values(article_id: str, error: str) -> dict[str, Any]:
    return {
        "title": article_id,
        "published": None,
        "status": "unreadable",
        "facts": 0,
        "unreviewed": 0,
        "accepted": 0,
        "corrected": 0,
        "rejected": 0,
        "warnings": 0,
        "low_confidence": 0,
        "warned": False,
        "low": False,
        "error": error,
        "dirty": False,
    }


def word_suffixes(name: str) -> list[str]:
    """'Alex de Minaur' -> ['alex de minaur', 'de minaur', 'minaur'] (folded)."""
    words = fold(name).split()
    return [" ".join(words[i:])[:MAX_TERM] for i in range(len(words))]


def terms_of(record: ArticleRecord) -> list[tuple[str, str]]:
    """(kind, term) pairs an article is found by: its players' and tournaments' names as the record
    gives them and as the text writes them, and its id."""
    out: set[tuple[str, str]] = {("id", fold(record.article.id)[:MAX_TERM])}
    for p in record.players:
        out.update(("player", t) for t in word_suffixes(p.name))
    for t in record.tournaments:
        for name in [t.name, *(m.text for m in t.mentions)]:
            out.update(("tournament", term) for term in word_suffixes(name))
    return sorted(x for x in out if x[1])


def loaded_rows(record: ArticleRecord, pk: int, title: str, dirty: bool) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The summary row (every fact unreviewed) and term rows the loader writes for an article."""
    facts = facts_of(record)
    values = summary_values(record, facts, {f.key: State() for f in facts}, title)
    values.update(article_pk=pk, dirty=dirty)
    return values, [{"article_pk": pk, "kind": kind, "term": term} for kind, term in terms_of(record)]


def write_summary(conn: Connection, pk: int, values: dict[str, Any]) -> None:
    """Replace one article's summary row."""
    s = TABLES["review_summaries"]
    done = conn.execute(update(s).where(s.c.article_pk == pk).values(**values)).rowcount
    if not done:
        conn.execute(s.insert().values(article_pk=pk, **values))


def write_terms(conn: Connection, pk: int, terms: Iterable[tuple[str, str]]) -> None:
    t = TABLES["review_terms"]
    conn.execute(delete(t).where(t.c.article_pk == pk))
    rows = [{"article_pk": pk, "kind": kind, "term": term} for kind, term in terms]
    if rows:
        conn.execute(t.insert(), rows)


def fresh_values(
    record: ArticleRecord, facts: list[Fact], latest: dict[tuple[str, str], Any], title: str
) -> dict[str, Any]:
    return summary_values(record, facts, states(facts, record, latest), title)


def dirty_pks(conn: Connection, limit: int = 500) -> list[int]:
    s = TABLES["review_summaries"]
    return list(
        conn.execute(select(s.c.article_pk).where(s.c.dirty == true()).order_by(s.c.article_pk).limit(limit)).scalars()
    )
