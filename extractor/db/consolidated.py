"""The consolidated tables (schema version 3): one row per real match, player, ranking and quote
across the articles that report it, beside the per-article rows, and the official results they are
checked against.

Every per-article fact row has a source row (``canonical_match_sources`` for ``matches``, ...)
naming the canonical fact it is attached to and whether it agrees with it; the canonical rows keep
the agreed values, the number of sources and of agreeing sources, the state (``agreed`` or
``conflict`` with what disagrees) and, for matches, the reference result they are linked to. The
loader keeps them up to date as articles load (``extractor.db.consolidate``); ``reference_matches``
holds the rows of ``tennis-extract results import`` (``extractor.db.reference``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from extractor.db.schema import Base, JSONType, utcnow


class CanonicalMatch(Base):
    """One real match: the pair of sides, the event (tournament, season) and round, the values most
    sources agree on, its state among the sources and its link to the reference results."""

    __tablename__ = "canonical_matches"
    __table_args__ = (
        Index("ix_canonical_matches_pair", "pair_key"),
        Index("ix_canonical_matches_winner", "winner_id"),
        Index("ix_canonical_matches_loser", "loser_id"),
        Index("ix_canonical_matches_winner_partner", "winner_partner_id"),
        Index("ix_canonical_matches_loser_partner", "loser_partner_id"),
        Index("ix_canonical_matches_state", "state", "id"),
        Index("ix_canonical_matches_reference", "reference_status", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pair_key: Mapped[str] = mapped_column(String, comment="the two sides' player ids, sorted: '3|17' or '3+9|17+20'")
    winner_id: Mapped[int] = mapped_column(ForeignKey("players.id"))
    loser_id: Mapped[int] = mapped_column(ForeignKey("players.id"))
    winner_partner_id: Mapped[int | None] = mapped_column(ForeignKey("players.id"))
    loser_partner_id: Mapped[int | None] = mapped_column(ForeignKey("players.id"))
    tournament_id: Mapped[int | None] = mapped_column(ForeignKey("tournaments.id"))
    season: Mapped[int | None] = mapped_column(Integer, comment="the year of the match date, else of publication")
    round: Mapped[str | None] = mapped_column(String)
    date: Mapped[dt.date | None] = mapped_column(Date, comment="the match date most sources give")
    first_published: Mapped[dt.date | None] = mapped_column(Date, comment="the earliest source's publication")
    score: Mapped[str | None] = mapped_column(String, comment="the agreed score, winner's side")
    outcome: Mapped[str | None] = mapped_column(String)
    best_of: Mapped[int | None] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String, comment="agreed or conflict")
    conflicts: Mapped[list[str]] = mapped_column(JSONType, default=list, comment="winner, score, outcome, round")
    sources: Mapped[int] = mapped_column(Integer, comment="article match rows attached")
    agreeing: Mapped[int] = mapped_column(Integer, comment="sources giving the agreed winner and score")
    confidence: Mapped[float] = mapped_column(Float, comment="extractor.db.corroboration.match_confidence")
    reference_id: Mapped[int | None] = mapped_column(ForeignKey("reference_matches.id", ondelete="SET NULL"))
    reference_status: Mapped[str] = mapped_column(
        String, default="unlinked", comment="confirmed, conflict, unlinked, ambiguous"
    )
    reference_conflicts: Mapped[list[str]] = mapped_column(JSONType, default=list, comment="winner, score, outcome")
    reference_players: Mapped[dict[str, Any] | None] = mapped_column(
        JSONType, comment="player id -> [reference player id, name], from the linked result"
    )
    corrected: Mapped[dict[str, Any] | None] = mapped_column(JSONType, comment="an editor's correction in force")
    corrected_by: Mapped[str | None] = mapped_column(String)
    corrected_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class CanonicalMatchSource(Base):
    """An article's match row attached to its canonical match; ``agrees``: it gives the agreed
    winner and score."""

    __tablename__ = "canonical_match_sources"
    __table_args__ = (
        Index("ix_canonical_match_sources_pair", "pair_key"),
        Index("ix_canonical_match_sources_canonical", "canonical_id"),
    )

    match_id: Mapped[int] = mapped_column(
        ForeignKey("matches.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    pair_key: Mapped[str] = mapped_column(String)
    canonical_id: Mapped[int | None] = mapped_column(ForeignKey("canonical_matches.id", ondelete="SET NULL"))
    agrees: Mapped[bool] = mapped_column(Boolean, default=True)


class CanonicalPlayer(Base):
    """What the articles say of one player, together: how many articles name them, the nationality
    most give, and whether they disagree on it."""

    __tablename__ = "canonical_players"

    player_id: Mapped[int] = mapped_column(
        ForeignKey("players.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    sources: Mapped[int] = mapped_column(Integer, comment="articles naming the player")
    nationality: Mapped[str | None] = mapped_column(String(3))
    agreeing: Mapped[int] = mapped_column(Integer, comment="articles giving that nationality (or none)")
    state: Mapped[str] = mapped_column(String)
    conflicts: Mapped[list[str]] = mapped_column(JSONType, default=list)
    reference_id: Mapped[str | None] = mapped_column(String, comment="the reference results' player id")
    reference_name: Mapped[str | None] = mapped_column(String)


class CanonicalRanking(Base):
    """One player's rank of one kind in one week (the Monday of the articles' publication)."""

    __tablename__ = "canonical_rankings"
    __table_args__ = (UniqueConstraint("key", name="uq_canonical_rankings_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String, comment="player|kind|week (an undated ranking stands alone)")
    player_id: Mapped[int] = mapped_column(ForeignKey("players.id"), index=True)
    kind: Mapped[str] = mapped_column(String)
    tour: Mapped[str | None] = mapped_column(String)
    week: Mapped[dt.date | None] = mapped_column(Date)
    rank: Mapped[int] = mapped_column(Integer, comment="the rank most sources give")
    sources: Mapped[int] = mapped_column(Integer)
    agreeing: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String)
    conflicts: Mapped[list[str]] = mapped_column(JSONType, default=list)


class CanonicalRankingSource(Base):
    __tablename__ = "canonical_ranking_sources"
    __table_args__ = (Index("ix_canonical_ranking_sources_key", "key"),)

    ranking_id: Mapped[int] = mapped_column(
        ForeignKey("rankings.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    key: Mapped[str] = mapped_column(String)
    canonical_id: Mapped[int | None] = mapped_column(ForeignKey("canonical_rankings.id", ondelete="SET NULL"))
    agrees: Mapped[bool] = mapped_column(Boolean, default=True)


class CanonicalQuote(Base):
    """The same words from the same speaker, however many articles quote them."""

    __tablename__ = "canonical_quotes"
    __table_args__ = (UniqueConstraint("key", name="uq_canonical_quotes_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String, comment="speaker and a digest of the folded words")
    speaker_id: Mapped[int | None] = mapped_column(ForeignKey("players.id"), index=True)
    speaker_name: Mapped[str | None] = mapped_column(String)
    text: Mapped[str] = mapped_column(Text, comment="the words as the earliest source gives them")
    first_published: Mapped[dt.date | None] = mapped_column(Date)
    sources: Mapped[int] = mapped_column(Integer)


class CanonicalQuoteSource(Base):
    __tablename__ = "canonical_quote_sources"
    __table_args__ = (Index("ix_canonical_quote_sources_key", "key"),)

    quote_id: Mapped[int] = mapped_column(
        ForeignKey("quotes.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    key: Mapped[str] = mapped_column(String)
    canonical_id: Mapped[int | None] = mapped_column(ForeignKey("canonical_quotes.id", ondelete="SET NULL"))


class CanonicalCorrection(Base):
    """Every correction an editor made on a canonical match (history); the latest is in force and
    copied onto the match's ``corrected`` columns."""

    __tablename__ = "canonical_corrections"
    __table_args__ = (Index("ix_canonical_corrections_match", "canonical_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    canonical_id: Mapped[int] = mapped_column(ForeignKey("canonical_matches.id", ondelete="CASCADE"))
    corrected: Mapped[dict[str, Any] | None] = mapped_column(JSONType, comment="null: the correction undone")
    editor: Mapped[str] = mapped_column(String)
    decided_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ReferenceMatch(Base):
    """A match of the official results (the public ATP/WTA match files), as imported."""

    __tablename__ = "reference_matches"
    __table_args__ = (
        UniqueConstraint("tour", "tourney_id", "match_num", "doubles", name="uq_reference_matches_match"),
        Index("ix_reference_matches_season", "season"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tour: Mapped[str] = mapped_column(String, comment="ATP, WTA, or '' when the file name does not say")
    doubles: Mapped[bool] = mapped_column(Boolean, default=False)
    source: Mapped[str] = mapped_column(String, comment="the file it was imported from")
    tourney_id: Mapped[str] = mapped_column(String)
    tourney_name: Mapped[str] = mapped_column(String)
    tournament_key: Mapped[str] = mapped_column(String, comment="folded canonical tournament name (gazetteer)")
    tourney_date: Mapped[dt.date] = mapped_column(Date, comment="the tournament's first day")
    season: Mapped[int] = mapped_column(Integer)
    match_num: Mapped[int] = mapped_column(Integer)
    round: Mapped[str | None] = mapped_column(String, comment="as in records: final, semifinal, ... R128, group")
    round_raw: Mapped[str | None] = mapped_column(String, comment="as in the file: F, SF, QF, R16, RR, ...")
    best_of: Mapped[int | None] = mapped_column(Integer)
    winner_ref: Mapped[str] = mapped_column(String)
    winner_name: Mapped[str] = mapped_column(String)
    winner_ioc: Mapped[str | None] = mapped_column(String)
    loser_ref: Mapped[str] = mapped_column(String)
    loser_name: Mapped[str] = mapped_column(String)
    loser_ioc: Mapped[str | None] = mapped_column(String)
    winner2_ref: Mapped[str | None] = mapped_column(String)
    winner2_name: Mapped[str | None] = mapped_column(String)
    loser2_ref: Mapped[str | None] = mapped_column(String)
    loser2_name: Mapped[str | None] = mapped_column(String)
    score_text: Mapped[str | None] = mapped_column(String)
    score: Mapped[str | None] = mapped_column(String, comment="normalised, winner's side; null when unparsable")
    outcome: Mapped[str | None] = mapped_column(String)


# In the order to create them (a table after those it refers to).
CONSOLIDATED_TABLES = (
    ReferenceMatch,
    CanonicalMatch,
    CanonicalMatchSource,
    CanonicalPlayer,
    CanonicalRanking,
    CanonicalRankingSource,
    CanonicalQuote,
    CanonicalQuoteSource,
    CanonicalCorrection,
)
