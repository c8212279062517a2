"""``review --auto-accept P``: when the server starts, the machine accepts the open facts at or above
P of the loaded articles (the rules are ``extractor.db.machine``'s). The acceptances are stored:
they stay after the server stops, until an editor decides on the fact or undoes them.

Each run remembers, per threshold, when it started (``review_settings``), and the next run with the
same threshold reads only the articles loaded since (with an hour's margin for loads that were
committing meanwhile; accepting again is a no-op), so a restart over a large archive is quick.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, insert, select, update

from extractor.db.engine import WRITE_OPTION
from extractor.db.machine import accept_open
from extractor.db.schema import TABLES, utcnow
from extractor.db.summaries import summary_values, title_line, write_summary
from extractor.review.records import read_records

CHUNK = 200
MARGIN = dt.timedelta(hours=1)


@dataclass
class AutoAcceptReport:
    threshold: float
    articles: int = 0  # articles read
    changed: int = 0  # articles with a new machine acceptance
    facts: int = 0  # facts accepted now

    def summary(self) -> str:
        return (
            f"auto-accept {self.threshold:g}: {self.facts} fact(s) accepted by the machine in "
            f"{self.changed} article(s) ({self.articles} article(s) with open facts read)"
        )


def _setting(threshold: float) -> str:
    return f"auto-accept {threshold:g} since"


def _since(conn: Connection, threshold: float) -> dt.datetime | None:
    s = TABLES["review_settings"]
    value = conn.execute(select(s.c.value).where(s.c.name == _setting(threshold))).scalar()
    return dt.datetime.fromisoformat(value) if value else None


def _remember(conn: Connection, threshold: float, started: dt.datetime) -> None:
    s = TABLES["review_settings"]
    name, value = _setting(threshold), started.isoformat()
    if not conn.execute(update(s).where(s.c.name == name).values(value=value)).rowcount:
        conn.execute(insert(s).values(name=name, value=value))


def _open_articles(conn: Connection, since: dt.datetime | None) -> list[int]:
    """The articles with open facts (loaded since ``since``, less the margin), in load order."""
    summaries, articles = TABLES["review_summaries"], TABLES["articles"]
    query = select(summaries.c.article_pk).where(summaries.c.status.in_(("unreviewed", "partly")))
    if since is not None:
        query = query.join(articles, articles.c.id == summaries.c.article_pk).where(
            articles.c.loaded_at >= since - MARGIN
        )
    return list(conn.execute(query.order_by(summaries.c.article_pk)).scalars())


def auto_accept(engine: Engine, threshold: float) -> AutoAcceptReport:
    """Accept the open facts at or above ``threshold`` (see the module docstring)."""
    if not 0.0 <= threshold <= 1.0:
        raise ValueError(f"the auto-accept threshold is a probability between 0 and 1, got {threshold}")
    report = AutoAcceptReport(threshold)
    started = utcnow()
    with engine.connect() as conn:
        pks = _open_articles(conn, _since(conn, threshold))
    writing = engine.execution_options(**{WRITE_OPTION: True})
    summaries = TABLES["review_summaries"]
    for start in range(0, len(pks), CHUNK):
        chunk = pks[start : start + CHUNK]
        with writing.begin() as conn:
            if conn.dialect.name == "postgresql":  # editors deciding meanwhile wait (listing.lock_summary)
                conn.execute(select(summaries.c.article_pk).where(summaries.c.article_pk.in_(chunk)).with_for_update())
            records = {pk: r for pk, r in read_records(conn, chunk).items() if not isinstance(r, Exception)}
            done = accept_open(conn, [(r, pk) for pk, r in records.items()], threshold)
            for pk, (facts, fact_states, n) in done.items():
                report.articles += 1
                if n:
                    record = records[pk]
                    write_summary(conn, pk, summary_values(record, facts, fact_states, title_line(record)))
                    report.changed += 1
                    report.facts += n
    with engine.begin() as conn:
        _remember(conn, threshold, started)
    return report
