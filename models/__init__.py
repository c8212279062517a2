"""The tennis-extract output contract (shared/SCHEMA.md), as pydantic v2 models."""

from models.record import (
    SCHEMA_VERSION,
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
from models.score import FORMATS, Score, SetScore, is_complete_set, is_partial_set, match_format, score_problem

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "ArticleRecord",
    "Boilerplate",
    "City",
    "DateMention",
    "HeadToHead",
    "Match",
    "Player",
    "Quote",
    "Ranking",
    "Score",
    "SetScore",
    "Span",
    "Tournament",
    "Venue",
    "FORMATS",
    "is_complete_set",
    "is_partial_set",
    "match_format",
    "score_problem",
]
