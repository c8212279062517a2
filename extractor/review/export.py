"""Records out of the database as JSON Lines: as loaded, or verified by the editors.

A verified record holds only the facts an editor accepted or corrected, corrections applied, and
those the machine accepted (``--auto-accept``: safe to publish unseen, which is its point; the
summary counts them). A kept fact that needs an entity the editors did not keep (a match whose
winner is not an accepted player) is left out and reported; an optional reference (a match's
tournament, a quote's speaker id) is cleared instead. Gold files hold the editors' verdicts alone.
As loaded, ``min_confidence`` leaves out the facts under it (``keep_confident``). Every record
written validates under ``models.ArticleRecord``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from sqlalchemy.engine import URL

from extractor.confidence.filter import keep_confident
from extractor.db.facts import FIELD_OF
from extractor.io import write_record
from extractor.review.service import Review


@dataclass
class ExportReport:
    written: int = 0
    facts: int = 0
    machine: int = 0  # facts written that only the machine accepted
    left_out: list[str] = field(default_factory=list)  # "ARTICLE: kind ref: why"
    errors: list[str] = field(default_factory=list)

    def summary(self, verified: bool) -> str:
        what = "verified record(s)" if verified else "record(s)"
        text = f"{self.written} {what} written with {self.facts} fact(s)"
        if verified:
            text += f" ({self.machine} accepted by the machine)"
        if self.left_out:
            text += f"; {len(self.left_out)} accepted fact(s) left out (their entities are not accepted)"
        if self.errors:
            text += f"; {len(self.errors)} article(s) could not be read"
        return text


def export(
    review: Review,
    out: IO[str],
    *,
    verified: bool = True,
    only_done: bool = False,
    min_confidence: float | None = None,
) -> ExportReport:
    """Write one record a line to ``out``; see the module docstring for what verified means."""
    if verified and min_confidence is not None:
        raise ValueError("min_confidence filters the records as loaded; a verified record holds decided facts")
    report = ExportReport()
    for key, outcome in review.outcomes(verified=verified, only_done=only_done):
        if isinstance(outcome, str):
            report.errors.append(f"{key.article_id}: {outcome}")
            continue
        record = outcome.record if min_confidence is None else keep_confident(outcome.record, min_confidence)
        write_record(out, record)
        report.written += 1
        report.machine += outcome.machine if verified else 0
        report.facts += sum(len(getattr(record, name)) for name in FIELD_OF.values())
        for (kind, ref), why in outcome.left_out.items():
            report.left_out.append(f"{key.article_id}: {kind} {ref} left out: {why}")
    return report


def export_file(url: str | URL, path: str | Path, **options) -> ExportReport:
    """``export`` to a file (written whole, then moved into place: never half a file); the options
    are ``export``'s."""
    path = Path(path)
    review = Review(url)
    part = path.with_name(path.name + ".part")
    try:
        with part.open("w", encoding="utf-8") as fh:
            report = export(review, fh, **options)
        part.replace(path)
    finally:
        part.unlink(missing_ok=True)
        review.close()
    return report


def export_url(url: str | URL, out: IO[str], **options) -> ExportReport:
    """``export`` of the database at ``url`` to an open stream (stdout); the options are ``export``'s."""
    review = Review(url)
    try:
        return export(review, out, **options)
    finally:
        review.close()


def export_gold(url: str | URL, folder: str | Path, *, only_done: bool = False) -> ExportReport:
    """The verified records as gold files in ``folder`` (created), one ``<id>.json`` per article:
    the editors' verdicts alone (a fact only the machine accepted is not in them)."""
    from extractor.review.gold import write_gold

    folder = Path(folder)
    review = Review(url)  # first: a database that cannot be read leaves no folder behind
    report = ExportReport()
    taken: set[str] = set()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for key, outcome in review.outcomes(verified=True, only_done=only_done, machine=False):
            if isinstance(outcome, str):
                report.errors.append(f"{key.article_id}: {outcome}")
                continue
            write_gold(outcome.record, folder, taken)
            report.written += 1
            report.facts += sum(len(getattr(outcome.record, name)) for name in FIELD_OF.values())
            report.left_out += [
                f"{key.article_id}: {kind} {ref} left out: {why}" for (kind, ref), why in outcome.left_out.items()
            ]
    finally:
        review.close()
    return report
