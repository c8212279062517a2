"""The one place that knows both the spaCy Doc and the pydantic record: Doc facts -> ArticleRecord."""

from __future__ import annotations

import hashlib
from typing import Any

from spacy.tokens import Doc

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

VERSION = "0.1.0"


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end])


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
    text = doc.text
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
    player_ids = {p.key: f"P{i}" for i, p in enumerate(doc._.tennis_players or (), 1)}
    players = [
        Player(
            id=player_ids[p.key],
            name=p.name,
            nationality=p.nationality,
            age=p.age,
            mentions=[span(text, s, e) for s, e in sorted(set(p.mentions))],
        )
        for p in doc._.tennis_players or ()
    ]
    tournament_ids = {t.key: f"T{i}" for i, t in enumerate(doc._.tennis_tournaments or (), 1)}
    venue_ids = {v.key: f"V{i}" for i, v in enumerate(doc._.tennis_venues or (), 1)}
    tournaments = [
        Tournament(id=tournament_ids[t.key], name=t.name, category=t.category, city=t.city, mentions=[span(text, s, e) for s, e in t.mentions])
        for t in doc._.tennis_tournaments or ()
    ]
    venues = [
        Venue(id=venue_ids[v.key], name=v.name, city=v.city, mentions=[span(text, s, e) for s, e in v.mentions])
        for v in doc._.tennis_venues or ()
    ]
    cities = [City(name=c.name, mentions=[span(text, s, e) for s, e in c.mentions]) for c in doc._.tennis_cities or ()]
    matches = [
        Match(
            id=f"M{i}",
            winner=player_ids[m.winner],
            loser=player_ids[m.loser],
            winner_partner=player_ids.get(m.winner_partner) if m.winner_partner else None,
            loser_partner=player_ids.get(m.loser_partner) if m.loser_partner else None,
            score=m.score,
            tournament=tournament_ids.get(m.tournament) if m.tournament else None,
            venue=venue_ids.get(m.venue) if m.venue else None,
            round=m.round,
            date=m.date,
            evidence=span(text, *m.evidence),
            confidence=m.confidence,
        )
        for i, m in enumerate(doc._.tennis_matches or (), 1)
    ]
    rankings = [
        Ranking(player=player_ids[r.player], rank=r.rank, kind=r.kind, tour=r.tour, evidence=span(text, *r.evidence))
        for r in doc._.tennis_rankings or ()
    ]
    quotes = [
        Quote(
            speaker=player_ids.get(q.speaker) if q.speaker else None,
            speaker_name=q.speaker_name,
            span=span(text, *q.span),
            attribution=span(text, *q.attribution) if q.attribution else None,
            confidence=q.confidence,
        )
        for q in doc._.tennis_quotes or ()
    ]
    dates = [DateMention(text=text[d.start : d.end], value=d.value, span=span(text, d.start, d.end)) for d in doc._.tennis_dates or ()]
    h2h = [
        HeadToHead(player=player_ids[h.player], opponent=player_ids[h.opponent], wins=h.wins, meetings=h.meetings, evidence=span(text, *h.evidence))
        for h in doc._.tennis_h2h or ()
    ]
    boilerplate = [Boilerplate(span=span(text, c.start, c.end), why=c.why) for c in doc._.tennis_cruft or ()]
    record = ArticleRecord(
        article=article,
        players=players,
        tournaments=tournaments,
        venues=venues,
        cities=cities,
        matches=matches,
        rankings=rankings,
        quotes=quotes,
        dates=dates,
        head_to_head=h2h,
        boilerplate=boilerplate,
        warnings=list(warnings or ()) + list(doc._.tennis_warnings or ()),
    )
    if not keep_text:
        record.article.text = None
    return record
