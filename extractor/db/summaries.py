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

from extractor.db.facts import Fact, State, fact_confidence, facts_of, states
from extractor.db.registry import fold
from extractor.db.schema import TABLES
from extractor.text.plain import header_end
from models import ArticleRecord

RE_LINE = re.compile(r"[^\n]+")
# Boilerplate kinds that may be the page's own headline (a headline under a section label is set apart
# as "headline or link text"; its second copy as "repeated headline"): they still make a title.
HEADLINE_CRUFT = frozenset({"headline or link text", "repeated headline"})
LOW_CONFIDENCE = 0.75
STATUSES = ("unreviewed", "partly", "done", "empty")  # empty: no facts, nothing to review
STATUS_NAME = {
    "unreviewed": "Unreviewed",
    "partly": "Partly reviewed",
    "done": "Done",
    "empty": "Nothing to review",
    "unreadable": "Unreadable",
}
MAX_TERM = 200


def _low(confidence: float | None) -> bool:
    """A fact under the review list's low-confidence line (a fact without a confidence is not)."""
    return confidence is not None and confidence < LOW_CONFIDENCE


def state_name(state: State) -> str:
    """unreviewed, accept, reject, correct, or machine (accepted by the machine, no editor since)."""
    return "machine" if state.machine is not None else state.decision or "unreviewed"


def status_of(total: int, unreviewed: int, error: str | None = None) -> str:
    """unreviewed, partly, done; empty for an article with no facts (nobody has anything to check
    there, so it is not counted as done); unreadable for a record that cannot be read."""
    if error:
        return "unreadable"
    if not total:
        return "empty"
    if unreviewed == total:
        return "unreviewed"
    return "done" if unreviewed == 0 else "partly"


def summary_values(
    record: ArticleRecord, facts: list[Fact], fact_states: dict[tuple[str, str], State], title: str
) -> dict[str, Any]:
    """The review_summaries values of one readable article; its doubt is the least confidence among
    its open facts (neither decided by an editor nor accepted by the machine)."""
    counts = Counter(state_name(s) for s in fact_states.values())
    unreviewed = len(facts) - (counts["accept"] + counts["reject"] + counts["correct"] + counts["machine"])
    low = sum(1 for f in facts if _low(fact_confidence(f.item)))
    open_facts = [f for f in facts if fact_states.get(f.key, State()).decision is None]
    doubt = min((c for f in open_facts if (c := fact_confidence(f.item)) is not None), default=None)
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
        "machine_accepted": counts["machine"],
        "doubt": doubt,
        "warnings": len(record.warnings),
        "low_confidence": low,
        "warned": bool(record.warnings),
        "low": low > 0,
        "error": None,
        "dirty": False,
    }


def title_line(record: ArticleRecord, limit: int = 110) -> str:
    """The article's title; else the first line of the story that is neither page furniture nor a
    label: not the scraper's ' date YYYY-MM-DD ' header, not cruft the record names (a section label,
    a byline, a credit, a widget, a link; a headline the boilerplate stage set apart as "headline or
    link text" or "repeated headline" still makes a title), and not a label of its own ("Tennis",
    "Left Menu", "US OPEN", "BODY:"); else the first line of text; else the article's id."""
    if record.article.title and record.article.title.strip():
        return _shortened(record.article.title.strip(), limit)
    text = record.article.text or ""
    cruft = [(b.span.start, b.span.end) for b in record.boilerplate if b.why not in HEADLINE_CRUFT]
    first = None
    for m in RE_LINE.finditer(text, header_end(text)):
        line = m.group().strip()
        if not line:
            continue
        first = first or line
        covered = sum(max(0, min(e, m.end()) - max(s, m.start())) for s, e in cruft)
        if covered * 2 < len(line) and not _label(line):
            return _shortened(line, limit)
    return _shortened(first, limit) if first else record.article.id


def _label(line: str) -> bool:
    """A line that names a section rather than a story: under three words, or up to four words in
    capitals or ending in a colon ("SPORT IN BRIEF", "Related stories:")."""
    words = line.split()
    return len(words) < 3 or (len(words) <= 4 and (line.endswith(":") or line == line.upper()))


def _shortened(line: str, limit: int) -> str:
    return line if len(line) <= limit else line[: limit - 1].rsplit(" ", 1)[0] + "…"


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
        "machine_accepted": 0,
        "doubt": None,
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
