"""The article record: the output contract of shared/SCHEMA.md (schema version 1)."""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from models.score import Score

SCHEMA_VERSION = "1"

Round = Literal["final", "semifinal", "quarterfinal", "R16", "R32", "R64", "R128", "group", "qualifying"]
RankKind = Literal["world", "seed"]
Tour = Literal["ATP", "WTA"]

RE_DATE_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
# A fact's confidence: the probability that it is right, fitted on gold (tennis-extract calibrate).
# Null only in records written before confidences were fitted for every kind.
Probability = Annotated[
    float | None, Field(ge=0.0, le=1.0, description="probability that the fact is right (calibrated on gold)")
]

RE_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(Strict):
    """Character offsets (Python str indices) into the article text; text == article_text[start:end]."""

    start: Annotated[int, Field(ge=0)]
    end: Annotated[int, Field(ge=0)]
    text: str

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        # An evidence span is a slice: it cannot end before it starts or disagree with its length.
        if self.end < self.start or self.end - self.start != len(self.text):
            raise ValueError(f"span {self.start}-{self.end} does not fit its text {self.text!r}")
        return self


class Article(Strict):
    id: Annotated[
        str, Field(min_length=1, description="the input's own id, else the first 16 hex digits of text_sha256")
    ]
    source: Annotated[str | None, Field(description="where the text came from (a path, a URL)")] = None
    published: Annotated[str | None, Field(description="YYYY-MM-DD or null")] = None
    title: str | None = None
    text: Annotated[str | None, Field(description="the exact text all offsets refer to; null with --no-text")] = None
    text_sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
    extractor_version: str
    meta: Annotated[dict[str, Any], Field(description="other input fields, kept as given")] = {}

    @field_validator("published")
    @classmethod
    def _day(cls, v: str | None) -> str | None:
        # Downstream loaders parse this as a date: only a full day is allowed.
        if v is not None and not RE_DAY.match(v):
            raise ValueError(f"published must be YYYY-MM-DD, got {v!r}")
        return v


class Player(Strict):
    id: Annotated[str, Field(pattern=r"^P\d+$")]
    name: Annotated[str, Field(min_length=1, description="fullest form the article gives")]
    nationality: Annotated[str | None, Field(pattern=r"^[A-Z]{3}$", description="IOC code when the text states it")] = (
        None
    )
    age: Annotated[int | None, Field(ge=5, le=80)] = None
    mentions: list[Span] = []
    confidence: Probability = None


class Tournament(Strict):
    id: Annotated[str, Field(pattern=r"^T\d+$")]
    name: Annotated[str, Field(min_length=1, description="as the text gives it")]
    category: str | None = None
    city: str | None = None
    mentions: list[Span] = []
    confidence: Probability = None


class Venue(Strict):
    id: Annotated[str, Field(pattern=r"^V\d+$")]
    name: Annotated[str, Field(min_length=1)]
    city: str | None = None
    mentions: list[Span] = []
    confidence: Probability = None


class City(Strict):
    name: Annotated[str, Field(min_length=1)]
    mentions: list[Span] = []


class Match(Strict):
    id: Annotated[str, Field(pattern=r"^M\d+$")]
    winner: Annotated[str, Field(description="player id")]
    loser: Annotated[str, Field(description="player id")]
    winner_partner: Annotated[str | None, Field(description="doubles: the winner's partner (player id)")] = None
    loser_partner: Annotated[str | None, Field(description="doubles: the loser's partner (player id)")] = None
    score: Score | None = None
    tournament: str | None = None
    round: Round | None = None
    date: Annotated[str | None, Field(description="YYYY-MM-DD when the text fixes the day")] = None
    venue: str | None = None
    evidence: Span
    confidence: Annotated[float, Field(ge=0.0, le=1.0, description="probability that winner and loser are right")]
    score_confidence: Annotated[
        float | None, Field(ge=0.0, le=1.0, description="probability that the score is right (null without one)")
    ] = None

    @field_validator("date")
    @classmethod
    def _day(cls, v: str | None) -> str | None:
        # A match date is a day; partial dates belong in dates[].
        if v is not None and not RE_DAY.match(v):
            raise ValueError(f"match date must be YYYY-MM-DD, got {v!r}")
        return v

    @model_validator(mode="after")
    def _two_sides(self) -> Match:
        # Nobody beats themselves: the same player on both sides is an extraction error.
        sides = {self.winner, self.winner_partner} - {None}
        if sides & ({self.loser, self.loser_partner} - {None}):
            raise ValueError("a player cannot be on both sides of a match")
        return self


class Ranking(Strict):
    player: str
    rank: Annotated[int, Field(ge=1, le=5000)]
    kind: RankKind
    tour: Tour | None = None
    evidence: Span
    confidence: Probability = None


class Quote(Strict):
    speaker: Annotated[str | None, Field(description="player id when the speaker is a player")] = None
    speaker_name: Annotated[str | None, Field(description="the speaker's fullest name, players or not")] = None
    span: Span
    attribution: Span | None = None
    confidence: Annotated[float, Field(ge=0.0, le=1.0, description="probability that the quotation is right")]
    speaker_confidence: Annotated[
        float | None, Field(ge=0.0, le=1.0, description="probability that the speaker (or null speaker) is right")
    ] = None


class DateMention(Strict):
    text: str
    value: Annotated[str, Field(description="YYYY-MM-DD, YYYY-MM or YYYY")]
    span: Span
    confidence: Probability = None

    @field_validator("value")
    @classmethod
    def _shape(cls, v: str) -> str:
        # Partial dates keep their precision; anything else is not a date value.
        if not RE_DATE_VALUE.match(v):
            raise ValueError(f"date value must be YYYY, YYYY-MM or YYYY-MM-DD, got {v!r}")
        return v


class HeadToHead(Strict):
    player: str
    opponent: str
    wins: Annotated[int, Field(ge=0)]
    meetings: Annotated[int, Field(ge=1)]
    evidence: Span

    @model_validator(mode="after")
    def _consistent(self) -> HeadToHead:
        # Wins are a part of meetings.
        if self.wins > self.meetings:
            raise ValueError("wins cannot exceed meetings")
        return self


class Boilerplate(Strict):
    span: Span
    why: str


class ArticleRecord(Strict):
    schema_version: Literal["1"] = SCHEMA_VERSION
    article: Article
    players: list[Player] = []
    tournaments: list[Tournament] = []
    venues: list[Venue] = []
    cities: list[City] = []
    matches: list[Match] = []
    rankings: list[Ranking] = []
    quotes: list[Quote] = []
    dates: list[DateMention] = []
    head_to_head: list[HeadToHead] = []
    boilerplate: list[Boilerplate] = []
    warnings: list[str] = []

    def spans(self):
        """Every evidence span in the record, for checks and for the database's mentions table."""
        for group in (self.players, self.tournaments, self.venues, self.cities):
            for item in group:
                yield from item.mentions
        for m in self.matches:
            yield m.evidence
        for r in self.rankings:
            yield r.evidence
        for q in self.quotes:
            yield q.span
            if q.attribution is not None:
                yield q.attribution
        for d in self.dates:
            yield d.span
        for h in self.head_to_head:
            yield h.evidence
        for b in self.boilerplate:
            yield b.span

    @model_validator(mode="after")
    def _spans_match_text(self) -> ArticleRecord:
        # Editors verify facts against the text: every span must be the exact slice it claims.
        text = self.article.text
        if text is None:
            return self
        for span in self.spans():
            if span.end > len(text) or text[span.start : span.end] != span.text:
                raise ValueError(f"span {span.start}-{span.end} {span.text!r} is not the text at those offsets")
        return self

    @model_validator(mode="after")
    def _references_resolve(self) -> ArticleRecord:
        # References are ids in the same record, so the record loads into relational tables.
        players = {p.id for p in self.players}
        tournaments = {t.id for t in self.tournaments}
        venues = {v.id for v in self.venues}
        for kind, ids in (("player", players), ("tournament", tournaments), ("venue", venues)):
            if len(ids) != len(getattr(self, kind + "s")):
                raise ValueError(f"duplicate {kind} ids")

        def check(ref: str | None, ids: set[str], what: str) -> None:
            if ref is not None and ref not in ids:
                raise ValueError(f"{what} refers to unknown id {ref!r}")

        for m in self.matches:
            for ref in (m.winner, m.loser, m.winner_partner, m.loser_partner):
                check(ref, players, f"match {m.id}")
            check(m.tournament, tournaments, f"match {m.id}")
            check(m.venue, venues, f"match {m.id}")
        for r in self.rankings:
            check(r.player, players, "ranking")
        for q in self.quotes:
            check(q.speaker, players, "quote")
        for h in self.head_to_head:
            check(h.player, players, "head_to_head")
            check(h.opponent, players, "head_to_head")
        return self
