"""The evidence behind each fact, as a flat mapping of named features (numbers, booleans or short
category strings) that a fitted model turns into a probability.

Features come from what the stages already saw: the facts on the Doc (how a match was found, how
often a player is mentioned, whether a quote's speaker came from an explicit attribution), their
``signals`` (what a stage recorded while deciding: the frame that read a result, whether the
statistical NER agreed a name is a person, whether a description was resolved and how far back),
and the article as a whole (how many players it names, whether the page was judged tennis).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any, Mapping

from spacy.tokens import Doc

from extractor.confidence.model import FIELDS
from extractor.findings import EventFact, MatchFact, PlayerFact, QuoteFact, RankingFact
from extractor.text.layout import layout

Features = dict[str, Any]

# A fact's kind as a model knows it
KINDS = tuple(FIELDS)


def _log(n: float) -> float:
    return math.log1p(max(0.0, n))


def _origin(confidence: float, table: Mapping[float, str]) -> str:
    """The stage's own fixed confidence names how the fact was found (until signals say more)."""
    return table.get(round(confidence, 2), "other")


MATCH_ORIGIN = {0.9: "clause_scored", 0.8: "clause", 0.7: "one_side"}
QUOTE_ORIGIN = {0.9: "explicit", 0.8: "run", 0.7: "carried", 0.6: "narrative", 0.3: "none"}


@dataclass
class ArticleContext:
    """What every fact's features read of the whole article, computed once per Doc."""

    text: str
    first_line_end: int
    players: Mapping[str, PlayerFact]
    in_matches: frozenset[str]
    in_rankings: frozenset[str]
    speakers: frozenset[str]
    n_players: int
    n_matches: int

    @classmethod
    def of(cls, doc: Doc) -> ArticleContext:
        text = layout(doc).text
        players = {p.key: p for p in doc._.tennis_players or ()}
        matches = doc._.tennis_matches or ()
        in_matches = {k for m in matches for k in (m.winner, m.loser, m.winner_partner, m.loser_partner) if k}
        first = text.find("\n", 0)
        return cls(
            text=text,
            first_line_end=first if first >= 0 else len(text),
            players=players,
            in_matches=frozenset(in_matches),
            in_rankings=frozenset(r.player for r in doc._.tennis_rankings or ()),
            speakers=frozenset(q.speaker for q in doc._.tennis_quotes or () if q.speaker),
            n_players=len(players),
            n_matches=len(matches),
        )

    def mentions(self, key: str | None) -> int:
        p = self.players.get(key) if key else None
        return len(set(p.mentions)) if p else 0

    def listed(self, *keys: str | None) -> int:
        """How many of these players the shipped list knows (a side no list knows and no NER read
        as a person is more often a name from the page's furniture)."""
        return sum(1 for k in keys if k in self.players and self.players[k].signals.get("listed"))

    def read_as_person(self, *keys: str | None) -> int:
        return sum(1 for k in keys if k in self.players and self.players[k].signals.get("ner"))

    def words(self, span: tuple[int, int]) -> int:
        return len(self.text[span[0] : span[1]].split())


def player_features(p: PlayerFact, ctx: ArticleContext) -> Features:
    mentions = sorted(set(p.mentions))
    return {
        "mentions": _log(len(mentions)),
        "one_mention": len(mentions) == 1,
        "full_name": len(p.name.split()) >= 2,
        "nationality": p.nationality is not None,
        "age": p.age is not None,
        "in_match": p.key in ctx.in_matches,
        "in_ranking": p.key in ctx.in_rankings,
        "speaker": p.key in ctx.speakers,
        "headline_only": bool(mentions) and all(s < ctx.first_line_end for s, _ in mentions),
        "players_in_article": _log(ctx.n_players),
        **_signals(p),
    }


def match_features(m: MatchFact, ctx: ArticleContext) -> Features:
    return {
        "origin": _origin(m.confidence, MATCH_ORIGIN),
        "scored": m.score is not None,
        "outcome": m.score.outcome if m.score is not None else "none",
        "doubles": m.winner_partner is not None or m.loser_partner is not None,
        "sentences": _log(len(m.context or [m.evidence])),
        "evidence_words": _log(ctx.words(m.evidence)),
        "winner_mentions": _log(ctx.mentions(m.winner)),
        "loser_mentions": _log(ctx.mentions(m.loser)),
        "sides_listed": ctx.listed(m.winner, m.loser),
        "sides_read_as_person": ctx.read_as_person(m.winner, m.loser),
        "round": m.round is not None,
        "tournament": m.tournament is not None,
        "matches_in_article": _log(ctx.n_matches),
        **_signals(m),
    }


def score_features(m: MatchFact, ctx: ArticleContext) -> Features:
    sets = m.score.sets if m.score is not None else ()
    return {
        "origin": _origin(m.confidence, MATCH_ORIGIN),
        "sets": len(sets),
        "outcome": m.score.outcome if m.score is not None else "none",
        "tiebreak_points": any(s.tiebreak is not None for s in sets),
        "sentences": _log(len(m.context or [m.evidence])),
        "frame": _signals(m).get("frame"),
    }


def ranking_features(r: RankingFact, ctx: ArticleContext) -> Features:
    return {
        "kind": r.kind,
        "tour": r.tour is not None,
        "rank": _log(r.rank),
        "player_mentions": _log(ctx.mentions(r.player)),
        "player_listed": ctx.listed(r.player) == 1,
        "evidence_words": _log(ctx.words(r.evidence)),
        **_signals(r),
    }


def quote_features(q: QuoteFact, ctx: ArticleContext) -> Features:
    return {
        "origin": _origin(q.confidence, QUOTE_ORIGIN),
        "words": _log(ctx.words(q.span)),
        "attributed": q.attribution is not None,
        **_signals(q),
    }


def speaker_features(q: QuoteFact, ctx: ArticleContext) -> Features:
    return {
        "origin": _origin(q.confidence, QUOTE_ORIGIN),
        "named": q.speaker_name is not None,
        "player": q.speaker is not None,
        "speaker_mentions": _log(ctx.mentions(q.speaker)),
        "attributed": q.attribution is not None,
        **_signals(q),
    }


def event_features(e: EventFact, ctx: ArticleContext) -> Features:
    return {
        "mentions": _log(len(e.mentions)),
        "category": e.category is not None,
        "city": e.city is not None,
        "words": len(e.name.split()),
        **_signals(e),
    }


# The form of a date expression, first match wins: the forms differ in how often a writer means an
# event's date by them (a possessive weekday usually names a match already dated elsewhere).
DATE_FORMS = (
    ("weekday_possessive", re.compile(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s?\b")),
    ("weekday", re.compile(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")),
    ("same_day", re.compile(r"(?i)\b(?:today|tonight|this (?:morning|afternoon|evening))\b")),
    ("day_before", re.compile(r"(?i)\b(?:yesterday|last night)\b")),
    ("period", re.compile(r"(?i)\b(?:week|weekend|month|year|season)\b")),
    ("year", re.compile(r"^\W*\d{4}\W*$")),
    ("month_day", re.compile(r"\d")),
)


def date_form(text: str) -> str:
    return next((name for name, pattern in DATE_FORMS if pattern.search(text)), "other")


def date_features(text: str, value: str, published: str | None) -> Features:
    return {
        "granularity": {10: "day", 7: "month", 4: "year"}.get(len(value), "other"),
        "form": date_form(text),
        "published": bool(published),
        # resolved to a time before, at or after the article's own (ISO strings compare in order)
        "when": "none"
        if not published
        else ("before" if value < published[: len(value)] else "same" if value == published[: len(value)] else "after"),
    }


def _signals(fact: Any) -> Features:
    """What the stage that found the fact recorded about it (``signals``), when it did."""
    return dict(getattr(fact, "signals", None) or {})
