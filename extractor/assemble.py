"""The one place that knows both the spaCy Doc and the pydantic record: Doc facts -> ArticleRecord."""

from __future__ import annotations

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
    notes: list[str] = []
    player_ids = {p.key: f"P{i}" for i, p in enumerate(doc._.tennis_players or (), 1)}
    players = _each(
        "player",
        doc._.tennis_players,
        lambda p: Player(
            id=player_ids[p.key],
            name=p.name,
            nationality=p.nationality,
            age=p.age if p.age is not None and 5 <= p.age <= 80 else None,
            mentions=[span(text, s, e) for s, e in sorted(set(p.mentions))],
        ),
        notes,
    )
    player_ids = {k: v for k, v in player_ids.items() if any(p.id == v for p in players)}
    tournament_ids = {t.key: f"T{i}" for i, t in enumerate(doc._.tennis_tournaments or (), 1)}
    venue_ids = {v.key: f"V{i}" for i, v in enumerate(doc._.tennis_venues or (), 1)}
    tournaments = _each(
        "tournament",
        doc._.tennis_tournaments,
        lambda t: Tournament(
            id=tournament_ids[t.key],
            name=t.name,
            category=t.category,
            city=t.city,
            mentions=[span(text, s, e) for s, e in t.mentions],
        ),
        notes,
    )
    venues = _each(
        "venue",
        doc._.tennis_venues,
        lambda v: Venue(
            id=venue_ids[v.key], name=v.name, city=v.city, mentions=[span(text, s, e) for s, e in v.mentions]
        ),
        notes,
    )
    cities = _each(
        "city",
        doc._.tennis_cities,
        lambda c: City(name=c.name, mentions=[span(text, s, e) for s, e in c.mentions]),
        notes,
    )
    matches = _each(
        "match",
        doc._.tennis_matches,
        lambda m: Match(
            id="M0",
            winner=player_ids[m.winner],
            loser=player_ids[m.loser],
            winner_partner=player_ids[m.winner_partner] if m.winner_partner else None,
            loser_partner=player_ids[m.loser_partner] if m.loser_partner else None,
            score=m.score,
            tournament=tournament_ids.get(m.tournament) if m.tournament else None,
            venue=venue_ids.get(m.venue) if m.venue else None,
            round=m.round,
            date=m.date,
            evidence=span(text, *m.evidence),
            confidence=m.confidence,
        ),
        notes,
    )
    for i, m in enumerate(matches, 1):
        m.id = f"M{i}"
    rankings = _each(
        "ranking",
        doc._.tennis_rankings,
        lambda r: Ranking(
            player=player_ids[r.player], rank=r.rank, kind=r.kind, tour=r.tour, evidence=span(text, *r.evidence)
        ),
        notes,
    )
    quotes = _each(
        "quote",
        doc._.tennis_quotes,
        lambda q: Quote(
            speaker=player_ids.get(q.speaker) if q.speaker else None,
            speaker_name=q.speaker_name,
            span=span(text, *q.span),
            attribution=span(text, *q.attribution) if q.attribution else None,
            confidence=q.confidence,
        ),
        notes,
    )
    dates = _each(
        "date",
        doc._.tennis_dates,
        lambda d: DateMention(text=text[d.start : d.end], value=d.value, span=span(text, d.start, d.end)),
        notes,
    )
    h2h = _each(
        "head-to-head",
        doc._.tennis_h2h,
        lambda h: HeadToHead(
            player=player_ids[h.player],
            opponent=player_ids[h.opponent],
            wins=h.wins,
            meetings=h.meetings,
            evidence=span(text, *h.evidence),
        ),
        notes,
    )
    boilerplate = _each(
        "cruft span", doc._.tennis_cruft, lambda c: Boilerplate(span=span(text, c.start, c.end), why=c.why), notes
    )
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
        warnings=list(warnings or ()) + list(doc._.tennis_warnings or ()) + notes,
    )
    if not keep_text:
        record.article.text = None
    return record
