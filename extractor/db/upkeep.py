"""Whole-database operations on the canonical tables, each in one write transaction under the
loader's lock: import reference results (and link), link again, consolidate again (with a new
window).

>>> import_results("sqlite:///tennis.db", ["atp_matches_2004.csv"])        # doctest: +SKIP
>>> link_results("sqlite:///tennis.db")                                     # doctest: +SKIP
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import Connection, func, select
from sqlalchemy.engine import URL

from extractor.db.consolidate import Consolidator, refresh_all, set_window_days, window_days
from extractor.db.engine import WRITE_OPTION
from extractor.db.loader import Loader
from extractor.db.reference import ImportReport, read_results, store
from extractor.db.schema import TABLES

CHUNK = 5000
STATUSES = ("confirmed", "conflict", "unlinked", "ambiguous")


def _write(loader: Loader):
    return loader.engine.execution_options(**{WRITE_OPTION: True}).begin()


def link_counts(conn: Connection) -> Counter:
    """Canonical matches per reference status."""
    c = TABLES["canonical_matches"]
    counts = Counter({s: 0 for s in STATUSES})
    counts.update(dict(conn.execute(select(c.c.reference_status, func.count()).group_by(c.c.reference_status)).all()))
    return counts


def import_results(
    url: str | URL, paths: Iterable[str | Path], *, data_dir: str | None = None, link: bool = True
) -> tuple[ImportReport, Counter | None]:
    """Import results files (all read and checked before anything is written), then link every
    canonical match; returns the import report and the matches per reference status."""
    report = ImportReport()
    rows = []
    for path in paths:
        report.files += 1
        for where, values, problem in read_results(path, data_dir):
            if values is None:
                report.errors.append(f"{where}: {problem}")
                continue
            if values["score_text"] and values["score"] is None and values["outcome"] != "walkover":
                report.unparsed_scores += 1
            rows.append(values)
    with Loader(url, data_dir=data_dir) as loader:
        with _write(loader) as conn:
            for start in range(0, len(rows), CHUNK):
                store(conn, rows[start : start + CHUNK], report)
            counts = None
            if link:
                refresh_all(conn, Consolidator())
                counts = link_counts(conn)
    return report, counts


def link_results(url: str | URL) -> Counter:
    """Link every canonical match to the reference results again (after more imports)."""
    with Loader(url) as loader:
        with _write(loader) as conn:
            refresh_all(conn, Consolidator())
            return link_counts(conn)


def consolidate(url: str | URL, window: int | None = None) -> tuple[int, int]:
    """Compute every canonical fact again, with a new date window (days) when given; returns
    (canonical matches, window)."""
    with Loader(url) as loader:
        with _write(loader) as conn:
            if window is not None:
                set_window_days(conn, window)
            refresh_all(conn, Consolidator())
            c = TABLES["canonical_matches"]
            return conn.execute(select(func.count()).select_from(c)).scalar(), window_days(conn)
