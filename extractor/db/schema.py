"""The relational schema the records load into (SQLAlchemy 2 declarative models).

Articles own their facts: everything with an ``article_id`` is replaced as a whole when a newer
extractor's record of the same article arrives. Players, tournaments and venues are shared across
articles (one row per real-world entity); ``article_players`` maps an article's local ids (P1, P2)
to those rows and keeps what that article said (the name as written, nationality, age).

Every evidence span is a ``mentions`` row pointing back to its article; facts point at their
evidence (``matches.evidence_id``, ``quotes.span_id``) and entity mentions at their entity
(``mentions.player_id``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
    func,
    literal_column,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

JSONType = JSON().with_variant(JSONB(), "postgresql")


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    pass


class SchemaVersion(Base):
    """One row per schema version applied to this database; the current version is the highest."""

    __tablename__ = "schema_version"

    version: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    description: Mapped[str] = mapped_column(Text)
    applied_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Article(Base):
    """One article text. The same (article_id, text_sha256) is loaded once; a record from a newer
    extractor_version replaces the row's facts."""

    __tablename__ = "articles"
    __table_args__ = (UniqueConstraint("article_id", "text_sha256", name="uq_articles_id_sha"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[str] = mapped_column(String, comment="the record's article.id")
    text_sha256: Mapped[str] = mapped_column(String(64))
    source: Mapped[str | None] = mapped_column(Text)
    published: Mapped[dt.date | None] = mapped_column(Date)
    title: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str | None] = mapped_column(Text, comment="null when extracted with --no-text")
    extractor_version: Mapped[str] = mapped_column(String)
    schema_version: Mapped[str] = mapped_column(String, comment="the record's schema_version")
    meta: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    warnings: Mapped[list[str]] = mapped_column(JSONType, default=list)
    loaded_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Player(Base):
    """One real player across all articles: the first full name seen (accents folded into
    ``name_key``), the country where an article or the registry states it."""

    __tablename__ = "players"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String)
    name_key: Mapped[str] = mapped_column(
        String, index=True, comment="name lower-cased, accents and punctuation folded"
    )
    country: Mapped[str | None] = mapped_column(String(3), comment="IOC code")
    registry_id: Mapped[str | None] = mapped_column(String, unique=True, comment="id in the --players registry")


class PlayerAlias(Base):
    """Other spellings of a player: later article spellings, registry names and aliases."""

    __tablename__ = "player_aliases"

    player_id: Mapped[int] = mapped_column(ForeignKey("players.id", ondelete="CASCADE"), primary_key=True)
    alias: Mapped[str] = mapped_column(String, primary_key=True)
    alias_key: Mapped[str] = mapped_column(String, index=True)
    source: Mapped[str] = mapped_column(String, comment="'article' or 'registry'")


class Tournament(Base):
    __tablename__ = "tournaments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String)
    name_key: Mapped[str] = mapped_column(String, unique=True)
    category: Mapped[str | None] = mapped_column(String)
    city: Mapped[str | None] = mapped_column(String)


class Venue(Base):
    __tablename__ = "venues"
    __table_args__ = (Index("ix_venues_name_key", "name_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String)
    name_key: Mapped[str] = mapped_column(String)
    city: Mapped[str | None] = mapped_column(String)


class ArticlePlayer(Base):
    """A player as one article gives it: local id, the name as written, what the text states."""

    __tablename__ = "article_players"

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    local_id: Mapped[str] = mapped_column(String, primary_key=True, comment="P1, P2, ... in the record")
    player_id: Mapped[int] = mapped_column(ForeignKey("players.id"), index=True)
    name: Mapped[str] = mapped_column(String, comment="as this article writes it")
    nationality: Mapped[str | None] = mapped_column(String(3))
    age: Mapped[int | None] = mapped_column(Integer)
    registry_id: Mapped[str | None] = mapped_column(String, comment="registry link made for this appearance")
    confidence: Mapped[float | None] = mapped_column(Float, comment="probability that the player is right")


class Mention(Base):
    """Every evidence span of a record, with its offsets into the article text.

    kind: player, tournament, venue, city, match, ranking, quote, attribution, date,
    head_to_head, boilerplate. ``local_ref`` is the record's own reference (P1, M2, a city name);
    ``value`` carries a date's resolved value or why a span is boilerplate; ``confidence`` the
    confidence of the tournament, venue or date a mention belongs to (every mention of T1 carries
    T1's: these facts have no per-article row of their own)."""

    __tablename__ = "mentions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String)
    char_start: Mapped[int] = mapped_column(Integer, comment="offset of the first character (Python str index)")
    char_end: Mapped[int] = mapped_column(Integer, comment="offset after the last character")
    text: Mapped[str] = mapped_column(Text)
    local_ref: Mapped[str | None] = mapped_column(String)
    value: Mapped[str | None] = mapped_column(Text)
    player_id: Mapped[int | None] = mapped_column(ForeignKey("players.id"), index=True)
    tournament_id: Mapped[int | None] = mapped_column(ForeignKey("tournaments.id"), index=True)
    venue_id: Mapped[int | None] = mapped_column(ForeignKey("venues.id"))
    confidence: Mapped[float | None] = mapped_column(
        Float, comment="a tournament's, venue's or date's confidence in this article"
    )


class Match(Base):
    """A result: winner and loser (and partners in doubles), the score normalised to the winner's
    side, where and when, and the sentence it came from."""

    __tablename__ = "matches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    local_id: Mapped[str] = mapped_column(String, comment="M1, M2, ... in the record")
    winner_id: Mapped[int] = mapped_column(ForeignKey("players.id"), index=True)
    loser_id: Mapped[int] = mapped_column(ForeignKey("players.id"), index=True)
    winner_partner_id: Mapped[int | None] = mapped_column(ForeignKey("players.id"))
    loser_partner_id: Mapped[int | None] = mapped_column(ForeignKey("players.id"))
    tournament_id: Mapped[int | None] = mapped_column(ForeignKey("tournaments.id"), index=True)
    venue_id: Mapped[int | None] = mapped_column(ForeignKey("venues.id"))
    round: Mapped[str | None] = mapped_column(String)
    date: Mapped[dt.date | None] = mapped_column(Date)
    score_text: Mapped[str | None] = mapped_column(String, comment="the score as written")
    score: Mapped[str | None] = mapped_column(String, comment="normalised, winner's side: '6-7(5) 7-6(6) 10-7'")
    outcome: Mapped[str | None] = mapped_column(String, comment="completed, retired, walkover, defaulted")
    best_of: Mapped[int | None] = mapped_column(Integer)
    confidence: Mapped[float] = mapped_column(Float, comment="probability that winner and loser are right")
    score_confidence: Mapped[float | None] = mapped_column(Float, comment="probability that the score is right")
    evidence_id: Mapped[int] = mapped_column(ForeignKey("mentions.id"))


class MatchSet(Base):
    __tablename__ = "match_sets"

    match_id: Mapped[int] = mapped_column(ForeignKey("matches.id", ondelete="CASCADE"), primary_key=True)
    set_no: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    winner_games: Mapped[int] = mapped_column(Integer, comment="games of the MATCH winner")
    loser_games: Mapped[int] = mapped_column(Integer)
    tiebreak: Mapped[int | None] = mapped_column(Integer, comment="the set loser's tiebreak points")
    match_tiebreak: Mapped[bool] = mapped_column(default=False)


class Ranking(Base):
    """A world rank or seed the article states, as of the article's publication."""

    __tablename__ = "rankings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    player_id: Mapped[int] = mapped_column(ForeignKey("players.id"), index=True)
    rank: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String, comment="world or seed")
    tour: Mapped[str | None] = mapped_column(String)
    as_of: Mapped[dt.date | None] = mapped_column(Date, comment="the article's published date")
    evidence_id: Mapped[int] = mapped_column(ForeignKey("mentions.id"))
    confidence: Mapped[float | None] = mapped_column(Float, comment="probability that the ranking is right")


class Quote(Base):
    __tablename__ = "quotes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    speaker_id: Mapped[int | None] = mapped_column(ForeignKey("players.id"), index=True, comment="null for non-players")
    speaker_name: Mapped[str | None] = mapped_column(String)
    text: Mapped[str] = mapped_column(Text)
    confidence: Mapped[float] = mapped_column(Float, comment="probability that the quotation is right")
    speaker_confidence: Mapped[float | None] = mapped_column(
        Float, comment="probability that the speaker (or no player speaker) is right"
    )
    span_id: Mapped[int] = mapped_column(ForeignKey("mentions.id"))
    attribution_id: Mapped[int | None] = mapped_column(ForeignKey("mentions.id"))


class HeadToHead(Base):
    """A head-to-head record as an article states it (wins of player over opponent in meetings)."""

    __tablename__ = "head_to_heads"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    player_id: Mapped[int] = mapped_column(ForeignKey("players.id"), index=True)
    opponent_id: Mapped[int] = mapped_column(ForeignKey("players.id"))
    wins: Mapped[int] = mapped_column(Integer)
    meetings: Mapped[int] = mapped_column(Integer)
    evidence_id: Mapped[int] = mapped_column(ForeignKey("mentions.id"))


# -- the editors' review (extractor.review) ------------------------------------------------------

DECISIONS = ("accept", "reject", "correct", "clear")
ROLES = ("editor", "admin")


class ReviewDecision(Base):
    """Every decision ever made on a fact (history); the latest row per fact is the one in force.
    A fact is named by its article's (article_id, text_sha256), its kind and its key within the
    article, so decisions outlive a reload of the same text; ``original`` is the fact as it was
    when decided, which tells a decision made on an earlier extraction apart."""

    __tablename__ = "review_decisions"
    __table_args__ = (
        CheckConstraint(
            "decision IN (" + ", ".join(f"'{d}'" for d in DECISIONS) + ")", name="ck_review_decisions_decision"
        ),
        CheckConstraint("length(editor) > 0", name="ck_review_decisions_editor"),
        Index("ix_review_decisions_fact", "article_id", "text_sha256", "fact_kind", "fact_ref"),
        Index("ix_review_decisions_editor", "editor", "id"),
        Index("ix_review_decisions_decided_at", "decided_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[str] = mapped_column(String, comment="the record's article.id")
    text_sha256: Mapped[str] = mapped_column(String(64))
    fact_kind: Mapped[str] = mapped_column(
        String, comment="match, player, ranking, quote, tournament, venue, city, date, head_to_head"
    )
    fact_ref: Mapped[str] = mapped_column(String, comment="the fact's key within the article (M1, P2, Q120-180, ...)")
    decision: Mapped[str] = mapped_column(String)
    corrected: Mapped[dict[str, Any] | None] = mapped_column(
        JSONType, nullable=True, comment="the corrected fields, for decision 'correct'"
    )
    original: Mapped[dict[str, Any]] = mapped_column(JSONType, comment="the fact as it was when decided")
    editor: Mapped[str] = mapped_column(String, comment="the account's name (or 'local' on an open loopback server)")
    decided_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    reason: Mapped[str | None] = mapped_column(Text, comment="why a fact was rejected, when the editor said")
    extractor_version: Mapped[str | None] = mapped_column(String, comment="the extractor whose output was decided on")
    machine: Mapped[bool] = mapped_column(
        Boolean,
        default=False,
        server_default=false(),
        comment="an acceptance by the machine (--auto-accept), not an editor's decision",
    )
    threshold: Mapped[float | None] = mapped_column(Float, comment="the machine's: the --auto-accept threshold")
    confidence: Mapped[float | None] = mapped_column(
        Float, comment="the machine's: the confidence it accepted at (a match's, for players accepted with it)"
    )


class ReviewUser(Base):
    """An account of the review page: a name, a password hash (werkzeug), a role."""

    __tablename__ = "review_users"
    __table_args__ = (CheckConstraint("role IN ('editor', 'admin')", name="ck_review_users_role"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String, unique=True)
    password_hash: Mapped[str] = mapped_column(String)
    role: Mapped[str] = mapped_column(String)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ReviewSetting(Base):
    """Settings the review servers of one database share (the session signing key)."""

    __tablename__ = "review_settings"

    name: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ReviewSummary(Base):
    """One row per article for the review list: its fact counts per state, flags and status, kept
    up to date by the loader and by every decision, so the list is one indexed query. ``dirty``
    marks a row to compute again from the record (an article reloaded after decisions)."""

    __tablename__ = "review_summaries"
    __table_args__ = (
        Index("ix_review_summaries_status", "status", "article_pk"),
        Index("ix_review_summaries_warned", "warned", "article_pk"),
        Index("ix_review_summaries_low", "low", "article_pk"),
        Index("ix_review_summaries_published", "published", "article_pk"),
        Index("ix_review_summaries_dirty", "dirty"),
        # covers the counts' aggregate: it reads this index, not the wide rows
        Index(
            "ix_review_summaries_counts",
            "status",
            "facts",
            "unreviewed",
            "accepted",
            "corrected",
            "rejected",
            "machine_accepted",
        ),
    )

    article_pk: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    title: Mapped[str] = mapped_column(Text, default="")
    published: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String, comment="unreviewed, partly, done, empty (no facts), unreadable")
    facts: Mapped[int] = mapped_column(Integer, default=0)
    unreviewed: Mapped[int] = mapped_column(Integer, default=0)
    accepted: Mapped[int] = mapped_column(Integer, default=0)
    corrected: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    warnings: Mapped[int] = mapped_column(Integer, default=0)
    low_confidence: Mapped[int] = mapped_column(Integer, default=0)
    warned: Mapped[bool] = mapped_column(
        Boolean, default=False, comment="warnings > 0 (an equality the index can take)"
    )
    low: Mapped[bool] = mapped_column(Boolean, default=False, comment="low_confidence > 0")
    machine_accepted: Mapped[int] = mapped_column(
        Integer, default=0, server_default="0", comment="facts accepted by the machine, no editor decision since"
    )
    doubt: Mapped[float | None] = mapped_column(
        Float, comment="the least confidence among the open (unreviewed) facts; null when none has one"
    )
    error: Mapped[str | None] = mapped_column(Text)
    dirty: Mapped[bool] = mapped_column(Boolean, default=False)


# The list's order by doubt: least certain open fact first, articles with none last (the same
# expression in the index and in the query, so the planner walks the index).
NO_DOUBT = 2.0
DOUBT_ORDER = func.coalesce(ReviewSummary.__table__.c.doubt, literal_column(repr(NO_DOUBT)))
Index("ix_review_summaries_doubt", DOUBT_ORDER, ReviewSummary.__table__.c.article_pk)


class ReviewTerm(Base):
    """Search terms of an article: every word-suffix of its folded player and tournament names
    ('alex de minaur', 'de minaur', 'minaur') and its id, so a search is a prefix range on an index."""

    __tablename__ = "review_terms"
    __table_args__ = (
        Index("ix_review_terms_term", "term", "article_pk"),
        Index("ix_review_terms_article", "article_pk"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_pk: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String, comment="player, tournament or id")
    # bytewise order on PostgreSQL whatever the database's locale, as on SQLite: a prefix is a range
    term: Mapped[str] = mapped_column(String().with_variant(String(collation="C"), "postgresql"))


class ReviewLoginFailure(Base):
    """A failed login to the review page, counted twice: for the account name tried and for the
    address it came from. Kept in the database so every server of it (and a restart) sees the same
    counts, and ``tennis-extract users unlock`` works against a running server; rows older than the
    throttle's window are removed as new ones come."""

    __tablename__ = "review_login_failures"
    __table_args__ = (
        CheckConstraint("scope IN ('account', 'address')", name="ck_review_login_failures_scope"),
        Index("ix_review_login_failures_key", "scope", "key", "failed_at"),
        Index("ix_review_login_failures_failed_at", "failed_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scope: Mapped[str] = mapped_column(String, comment="account or address")
    key: Mapped[str] = mapped_column(String, comment="the account name tried (lower case), or the client address")
    failed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


TABLES = Base.metadata.tables
# Facts owned by an article, children before parents: the order to delete them in.
ARTICLE_FACTS = ("match_sets", "matches", "rankings", "quotes", "head_to_heads", "mentions", "article_players")
# The review's rows per article, replaced with its facts.
ARTICLE_REVIEW = ("review_terms", "review_summaries")

# The consolidated and reference tables (schema version 3) share this Base; importing them here
# registers them in TABLES wherever the schema is used.
from extractor.db import consolidated  # noqa: E402, F401
