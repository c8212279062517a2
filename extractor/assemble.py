"""The one place that knows both the spaCy Doc and the pydantic record: Doc facts -> ArticleRecord."""

from __future__ import annotations

import functools
from typing import Any

from pydantic import ValidationError
from spacy.tokens import Doc

from extractor.article import VERSION, text_sha256
from extractor.text.layout import doc_text
from models import (
    Article,
    ArticleRecord,
    Boilerplate,
    City,
    DateMention,
    HeadToHead,
    Match,
    Player,
    Quote,
    Ranking,
    Span,
    Tournament,
    Venue,
)


def span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end])


def _each(kind: str, items, make, warnings: list[str]) -> list:
    """Build one model per fact; a fact that does not validate (or points at nothing) is left out
    with a warning instead of losing the whole article."""
    out = []
    for item in items or ():
        try:
            out.append(make(item))
        except (ValidationError, KeyError) as exc:
            reason = exc.errors()[0]["msg"] if isinstance(exc, ValidationError) else f"unknown reference {exc}"
            warnings.append(f"a {kind} was left out: {reason}")
    return out


def to_record(
    doc: Doc,
    *,
    id: str | None = None,
    source: str | None = None,
    title: str | None = None,
    meta: dict[str, Any] | None = None,
    keep_text: bool = True,
    warnings: list[str] | None = None,
) -> ArticleRecord:
    text = doc_text(doc)
    digest = text_sha256(text)
    article = Article(
        id=id or digest[:16],
        source=source,
        published=doc._.tennis_published,
        title=title,
        text=text,
        text_sha256=digest,
        extractor_version=VERSION,
        meta=meta or {},
    )
    build = RecordBuilder(doc, text)
    record = ArticleRecord(
        article=article,
        **build.facts(),
        warnings=list(warnings or ()) + list(doc._.tennis_warnings or ()) + build.notes,
    )
    if not keep_text:
        record.article.text = None
    return record


class RecordBuilder:
    """The record's facts from the Doc's, one small method per kind. Players come first: the ids
    facts refer to are those of the players that validated."""

    def __init__(self, doc: Doc, text: str) -> None:
        self.doc = doc
        self.text = text
        self.notes: list[str] = []
        self.player_ids = {p.key: f"P{i}" for i, p in enumerate(doc._.tennis_players or (), 1)}
        self.tournament_ids = {t.key: f"T{i}" for i, t in enumerate(doc._.tennis_tournaments or (), 1)}
        self.venue_ids = {v.key: f"V{i}" for i, v in enumerate(doc._.tennis_venues or (), 1)}

    def span(self, start: int, end: int) -> Span:
        return span(self.text, start, end)

    def spans(self, pairs) -> list[Span]:
        return [self.span(s, e) for s, e in pairs]

    def facts(self) -> dict[str, list]:
        """Every kind in record order (the order warnings are noted in)."""
        doc, each = self.doc, functools.partial(_each, warnings=self.notes)
        out = {"players": each("player", doc._.tennis_players, self.player)}
        kept = {p.id for p in out["players"]}
        self.player_ids = {k: v for k, v in self.player_ids.items() if v in kept}
        out["tournaments"] = each("tournament", doc._.tennis_tournaments, self.tournament)
        out["venues"] = each("venue", doc._.tennis_venues, self.venue)
        out["cities"] = each("city", doc._.tennis_cities, self.city)
        out["matches"] = each("match", doc._.tennis_matches, self.match)
        for i, m in enumerate(out["matches"], 1):
            m.id = f"M{i}"
        out["rankings"] = each("ranking", doc._.tennis_rankings, self.ranking)
        out["quotes"] = each("quote", doc._.tennis_quotes, self.quote)
        out["dates"] = each("date", doc._.tennis_dates, self.date)
        out["head_to_head"] = each("head-to-head", doc._.tennis_h2h, self.h2h)
        out["boilerplate"] = each("cruft span", doc._.tennis_cruft, self.cruft)
        return out

    def player(self, p) -> Player:
        age = p.age if p.age is not None and 5 <= p.age <= 80 else None
        mentions = self.spans(sorted(set(p.mentions)))
        return Player(id=self.player_ids[p.key], name=p.name, nationality=p.nationality, age=age, mentions=mentions)

    def tournament(self, t) -> Tournament:
        return Tournament(
            id=self.tournament_ids[t.key],
            name=t.name,
            category=t.category,
            city=t.city,
            mentions=self.spans(t.mentions),
        )

    def venue(self, v) -> Venue:
        return Venue(id=self.venue_ids[v.key], name=v.name, city=v.city, mentions=self.spans(v.mentions))

    def city(self, c) -> City:
        return City(name=c.name, mentions=self.spans(c.mentions))

    def match(self, m) -> Match:
        ids = self.player_ids
        return Match(
            id="M0",
            winner=ids[m.winner],
            loser=ids[m.loser],
            winner_partner=ids[m.winner_partner] if m.winner_partner else None,
            loser_partner=ids[m.loser_partner] if m.loser_partner else None,
            score=m.score,
            tournament=self.tournament_ids.get(m.tournament) if m.tournament else None,
            venue=self.venue_ids.get(m.venue) if m.venue else None,
            round=m.round,
            date=m.date,
            evidence=self.span(*m.evidence),
            confidence=m.confidence,
        )

    def ranking(self, r) -> Ranking:
        return Ranking(
            player=self.player_ids[r.player], rank=r.rank, kind=r.kind, tour=r.tour, evidence=self.span(*r.evidence)
        )

    def quote(self, q) -> Quote:
        return Quote(
            speaker=self.player_ids.get(q.speaker) if q.speaker else None,
            speaker_name=q.speaker_name,
            span=self.span(*q.span),
            attribution=self.span(*q.attribution) if q.attribution else None,
            confidence=q.confidence,
        )

    def date(self, d) -> DateMention:
        return DateMention(text=self.text[d.start : d.end], value=d.value, span=self.span(d.start, d.end))

    def h2h(self, h) -> HeadToHead:
        return HeadToHead(
            player=self.player_ids[h.player],
            opponent=self.player_ids[h.opponent],
            wins=h.wins,
            meetings=h.meetings,
            evidence=self.span(*h.evidence),
        )

    def cruft(self, c) -> Boilerplate:
        return Boilerplate(span=self.span(c.start, c.end), why=c.why)
