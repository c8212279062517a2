"""The one place that knows both the spaCy Doc and the pydantic record: Doc facts -> ArticleRecord."""

from __future__ import annotations

import functools
from typing import Any

from pydantic import ValidationError
from spacy.tokens import Doc

from extractor.article import VERSION, text_sha256
from extractor.confidence import features as F
from extractor.confidence.model import ConfidenceModel, load_confidence
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
    confidence: ConfidenceModel | None = None,
) -> ArticleRecord:
    """The record of one processed Doc. ``confidence``: the fitted models (default: those of the
    shipped rule data); each fact's features are left in ``doc.user_data[FEATURES_KEY]``, aligned
    with the record's lists, for ``tennis-extract calibrate``."""
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
    build = RecordBuilder(doc, text, confidence if confidence is not None else load_confidence())
    record = ArticleRecord(
        article=article,
        **build.facts(),
        warnings=list(warnings or ()) + list(doc._.tennis_warnings or ()) + build.notes,
    )
    doc.user_data[FEATURES_KEY] = build.features
    if not keep_text:
        record.article.text = None
    return record


FEATURES_KEY = "tennis_features"


class RecordBuilder:
    """The record's facts from the Doc's, one small method per kind. Players come first: the ids
    facts refer to are those of the players that validated."""

    def __init__(self, doc: Doc, text: str, model: ConfidenceModel) -> None:
        self.doc = doc
        self.text = text
        self.model = model
        self.ctx = F.ArticleContext.of(doc)
        self.published = doc._.tennis_published
        self.notes: list[str] = []
        # kind -> the features of each fact built, in record order (FEATURES_KEY)
        self.features: dict[str, list[F.Features]] = {kind: [] for kind in F.KINDS}
        self.player_ids = {p.key: f"P{i}" for i, p in enumerate(doc._.tennis_players or (), 1)}
        self.tournament_ids = {t.key: f"T{i}" for i, t in enumerate(doc._.tennis_tournaments or (), 1)}
        self.venue_ids = {v.key: f"V{i}" for i, v in enumerate(doc._.tennis_venues or (), 1)}

    def scored(self, kind: str, features: F.Features, default: float | None) -> float | None:
        """The fact's probability from the fitted model of its kind (``default`` when there is
        none); the features are kept for calibration."""
        self.features[kind].append(features)
        return self.model.probability(kind, features, default)

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
        player = Player(id=self.player_ids[p.key], name=p.name, nationality=p.nationality, age=age, mentions=mentions)
        player.confidence = self.scored("player", F.player_features(p, self.ctx), None)
        return player

    def tournament(self, t) -> Tournament:
        tid = self.tournament_ids[t.key]
        out = Tournament(id=tid, name=t.name, category=t.category, city=t.city, mentions=self.spans(t.mentions))
        out.confidence = self.scored("tournament", F.event_features(t, self.ctx), None)
        return out

    def venue(self, v) -> Venue:
        out = Venue(id=self.venue_ids[v.key], name=v.name, city=v.city, mentions=self.spans(v.mentions))
        out.confidence = self.scored("venue", F.event_features(v, self.ctx), None)
        return out

    def city(self, c) -> City:
        return City(name=c.name, mentions=self.spans(c.mentions))

    def match(self, m) -> Match:
        ids = self.player_ids
        match = Match(
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
        match.confidence = self.scored("match", F.match_features(m, self.ctx), m.confidence)
        if m.score is not None:
            match.score_confidence = self.scored("score", F.score_features(m, self.ctx), None)
        return match

    def ranking(self, r) -> Ranking:
        out = Ranking(
            player=self.player_ids[r.player], rank=r.rank, kind=r.kind, tour=r.tour, evidence=self.span(*r.evidence)
        )
        out.confidence = self.scored("ranking", F.ranking_features(r, self.ctx), None)
        return out

    def quote(self, q) -> Quote:
        out = Quote(
            speaker=self.player_ids.get(q.speaker) if q.speaker else None,
            speaker_name=q.speaker_name,
            span=self.span(*q.span),
            attribution=self.span(*q.attribution) if q.attribution else None,
            confidence=q.confidence,
        )
        out.confidence = self.scored("quote", F.quote_features(q, self.ctx), q.confidence)
        out.speaker_confidence = self.scored("speaker", F.speaker_features(q, self.ctx), None)
        return out

    def date(self, d) -> DateMention:
        out = DateMention(text=self.text[d.start : d.end], value=d.value, span=self.span(d.start, d.end))
        out.confidence = self.scored("date", F.date_features(out.text, d.value, self.published), None)
        return out

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
