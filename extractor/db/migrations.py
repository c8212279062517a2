"""Schema versions: a ``schema_version`` table and upgrade steps.

A new database is created from the models in ``schema.py`` and stamped with the head version (the
models always describe the head). A database at an older version is brought up by running each
later ``Upgrade`` in its own transaction, recording it in ``schema_version`` as it commits. To
change the schema: edit the models, raise ``SCHEMA_VERSION``, and append the ``Upgrade`` that
takes a database from the previous version to it (``tests/db/test_db.py`` runs the steps).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, false, func, insert, inspect, literal, select, text, true, update
from sqlalchemy.schema import CreateIndex

from extractor.db.engine import DatabaseError, shown
from extractor.db.schema import (
    TABLES,
    Base,
    ReviewDecision,
    ReviewLoginFailure,
    ReviewSetting,
    ReviewSummary,
    ReviewTerm,
    ReviewUser,
    SchemaVersion,
)

SCHEMA_VERSION = 5


@dataclass(frozen=True)
class Upgrade:
    version: int  # the version this step produces, from version - 1
    description: str
    apply: Callable[[Connection], None]


def _review_tables(conn: Connection) -> None:
    """Version 2: the review's accounts, settings, per-article summaries and search terms; the
    decisions table (made by the review itself before) gets a rejection reason and the
    extractor version. Every loaded article gets a summary row marked to compute (``dirty``),
    which the review does when it starts."""
    have = set(inspect(conn).get_table_names())
    for model in (ReviewUser, ReviewSetting, ReviewSummary, ReviewTerm):
        model.__table__.create(conn)
    if "review_decisions" not in have:
        ReviewDecision.__table__.create(conn)
    else:
        columns = {c["name"] for c in inspect(conn).get_columns("review_decisions")}
        for name, sql_type in (("reason", "TEXT"), ("extractor_version", "VARCHAR")):
            if name not in columns:
                conn.execute(text(f"ALTER TABLE review_decisions ADD COLUMN {name} {sql_type}"))
        indexes = {i["name"] for i in inspect(conn).get_indexes("review_decisions")}
        for index in ReviewDecision.__table__.indexes:
            if index.name not in indexes:
                index.create(conn)
    a, s = TABLES["articles"], ReviewSummary.__table__
    columns = [
        "article_pk",
        "title",
        "status",
        "facts",
        "unreviewed",
        "accepted",
        "corrected",
        "rejected",
        "warnings",
        "low_confidence",
        "warned",
        "low",
        "dirty",
    ]
    zero = literal(0)
    conn.execute(
        insert(s).from_select(
            columns,
            select(
                a.c.id,
                a.c.article_id,
                literal("unreviewed"),
                zero,
                zero,
                zero,
                zero,
                zero,
                zero,
                zero,
                false(),
                false(),
                true(),
            ),
        )
    )


def _consolidated_tables(conn: Connection) -> None:
    """Version 3: canonical matches, players, rankings and quotes beside the per-article rows, their
    source rows, the editors' corrections of canonical matches and the reference results; every
    article already loaded is consolidated (once; on a large archive this takes a while)."""
    from extractor.db.consolidate import refresh_all
    from extractor.db.consolidated import CONSOLIDATED_TABLES

    for model in CONSOLIDATED_TABLES:
        model.__table__.create(conn, checkfirst=True)
    refresh_all(conn)


def _logins_and_empty(conn: Connection) -> None:
    """Version 4: failed logins kept in the database (per account and per address, so an admin can
    unlock an account of a running server); an article with no facts is 'empty' (nothing to
    review), no longer 'done'."""
    ReviewLoginFailure.__table__.create(conn, checkfirst=True)
    s = ReviewSummary.__table__
    conn.execute(update(s).where(s.c.facts == 0, s.c.status == "done").values(status="empty"))


# Version 5's columns: (table, column, SQL type); old rows keep null (or the default given).
CONFIDENCE_COLUMNS = (
    ("article_players", "confidence", "FLOAT"),
    ("mentions", "confidence", "FLOAT"),
    ("matches", "score_confidence", "FLOAT"),
    ("rankings", "confidence", "FLOAT"),
    ("quotes", "speaker_confidence", "FLOAT"),
    ("review_decisions", "machine", "BOOLEAN NOT NULL DEFAULT FALSE"),
    ("review_decisions", "threshold", "FLOAT"),
    ("review_decisions", "confidence", "FLOAT"),
    ("review_summaries", "machine_accepted", "INTEGER NOT NULL DEFAULT 0"),
    ("review_summaries", "doubt", "FLOAT"),
)


def _confidences(conn: Connection) -> None:
    """Version 5: every fact's confidence kept (the per-article player rows, the mentions of
    tournaments, venues and dates, a match's score, a ranking, a quote's speaker; null in rows
    loaded before), the machine's acceptances among the decisions (--auto-accept), and the list's
    machine-accepted count and doubt (the least confidence among open facts, indexed). The summaries
    of articles with open facts are marked to compute again (their doubt), which the review does
    when it starts."""
    for table, column, sql_type in CONFIDENCE_COLUMNS:
        if column not in {c["name"] for c in inspect(conn).get_columns(table)}:
            conn.execute(text(f"ALTER TABLE {table} ADD COLUMN {column} {sql_type}"))
    conn.execute(text("DROP INDEX IF EXISTS ix_review_summaries_counts"))  # it covers machine_accepted now
    for index in ReviewSummary.__table__.indexes:  # not reflected: SQLite cannot reflect the doubt's expression
        conn.execute(CreateIndex(index, if_not_exists=True))
    s = ReviewSummary.__table__
    conn.execute(update(s).where(s.c.status.in_(("unreviewed", "partly"))).values(dirty=True))


# Version 1 is the first schema; steps to version 2 onward go here, in order.
UPGRADES: tuple[Upgrade, ...] = (
    Upgrade(2, "the review's accounts, summaries and search terms", _review_tables),
    Upgrade(3, "canonical facts across articles and the reference results", _consolidated_tables),
    Upgrade(4, "failed review logins; articles with nothing to review", _logins_and_empty),
    Upgrade(5, "every fact's confidence; machine acceptances; the review list by doubt", _confidences),
)


def current_version(conn: Connection) -> int | None:
    """The version a database is at; None when it has no schema_version table."""
    if not inspect(conn).has_table(SchemaVersion.__tablename__):
        return None
    return conn.execute(select(func.max(SchemaVersion.version))).scalar()


def migrate(engine: Engine, upgrades: Sequence[Upgrade] = UPGRADES) -> int:
    """Create or upgrade the schema; returns the version the database is now at."""
    steps = sorted(upgrades, key=lambda u: u.version)
    head = max([SCHEMA_VERSION, *(u.version for u in steps)])
    with engine.begin() as conn:
        version = current_version(conn)
        if version is None:
            ours = sorted(set(inspect(conn).get_table_names()) & set(TABLES))
            if ours:
                raise DatabaseError(
                    f"{shown(engine.url)} has tables named like ours ({', '.join(ours)}) but no schema_version table; "
                    "load into an empty database or one that tennis-extract created"
                )
            Base.metadata.create_all(conn)
            conn.execute(insert(SchemaVersion).values(version=head, description=f"schema created at version {head}"))
            return head
    if version > head:
        raise DatabaseError(
            f"{shown(engine.url)} is at schema version {version}, newer than this tennis-extract "
            f"knows ({head}); upgrade tennis-extract"
        )
    for step in steps:
        if step.version <= version:
            continue
        if step.version != version + 1:
            raise DatabaseError(f"{shown(engine.url)}: no upgrade step from schema version {version} to {version + 1}")
        with engine.begin() as conn:
            step.apply(conn)
            conn.execute(insert(SchemaVersion).values(version=step.version, description=step.description))
        version = step.version
    return version
