"""Dates: relative or partial date expressions resolved against the published date, and the
day of each match. The parsing lives in ``extractor.text.dating``."""

from __future__ import annotations

import datetime as dt
import re

from spacy.language import Language
from spacy.tokens import Doc

from extractor.findings import DateFact, guarded, warn
from extractor.stages.base import RuleStage
from extractor.text.dating import RE_DATE, date_cues, resolve
from extractor.text.layout import layout


def clause_around(text: str, lo: int, hi: int, start: int, end: int) -> str:
    """The clause holding a date expression: "Norrie, who beat Sinner on Tuesday, will face
    Alcaraz on Friday" has a past Tuesday and a future Friday."""
    left = max((m.end() for m in re.finditer(r"[,;:—]|\b(?:and|but|while|whereas)\b", text[lo:start])), default=0)
    right = re.search(r"[,;:—]|\b(?:and|but|while|whereas)\b", text[end:hi])
    return text[lo + left : end + (right.start() if right else hi - end)]


def find_dates(doc: Doc) -> list[DateFact]:
    lay = layout(doc)
    text = layout(doc).text
    published = dt.date.fromisoformat(doc._.tennis_published) if doc._.tennis_published else None
    out: list[DateFact] = []
    unresolved = 0
    cued = date_cues(text)
    for sent in lay.sentences:
        if not cued(sent.start, sent.end):
            continue
        for m in RE_DATE.finditer(text, sent.start, sent.end):
            start = m.start()
            if m.group("wd") and (m.group("wd_mod") or "").lower() in ("on", "since", "until", "by"):
                start = m.start("wd_day")
            if m.group("yr"):
                start = m.start("yr_year")
            value = resolve(m, published, clause_around(text, sent.start, sent.end, m.start(), m.end()))
            if value is None:
                unresolved += 1
                continue
            out.append(DateFact(start, m.end(), value))
    if unresolved and published is None:
        warn(doc, f"{unresolved} relative date expression(s) left unresolved: the published date is unknown")
    return out


def date_matches(doc: Doc, facts: list[DateFact]) -> None:
    """A match takes the day of a day-precise date in a sentence that reports it."""
    for match in doc._.tennis_matches or ():
        for s, e in match.context:
            day = next(
                (
                    f.value
                    for f in facts
                    if s <= f.start < e and len(f.value) == 10 and not layout(doc).in_quote(f.start)
                ),
                None,
            )
            if day:
                match.date = day
                break


@Language.factory(
    "tennis_dates",
    default_config={"data_dir": None},
    assigns=["doc._.tennis_dates", "doc._.tennis_matches"],
    requires=["doc._.tennis_matches", "doc._.tennis_published", "doc._.tennis_cruft"],
)
def make_dates(nlp: Language, name: str, data_dir: str | None) -> "DateStage":
    return DateStage(data_dir)


class DateStage(RuleStage):  # takes data_dir like every stage; reads no rule data yet
    @guarded("tennis_dates")
    def __call__(self, doc: Doc) -> Doc:
        facts = find_dates(doc)
        doc._.tennis_dates = facts
        date_matches(doc, facts)
        return doc
