"""Database URLs and engines: SQLite (embedded, the default) and PostgreSQL through psycopg 3."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError

DEFAULT_URL = "sqlite:///tennis.db"

# postgresql:// (and Heroku-style postgres://) mean psycopg 3, the driver this package installs.
PG_ALIASES = {"postgresql", "postgres", "postgresql+psycopg"}
# Execution option of the loader's write transactions (SQLite: BEGIN IMMEDIATE).
WRITE_OPTION = "tennis_extract_write"


class DatabaseError(Exception):
    """The database cannot be used; the message is one line that says what to do."""


def parse_url(url: str | URL) -> URL:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseError(
            f"{url!r} is not a database URL; use sqlite:///PATH or postgresql://USER:PASSWORD@HOST/DBNAME"
        ) from None
    if parsed.drivername in PG_ALIASES:
        return parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise DatabaseError(
            f"{shown(parsed)}: unsupported database {parsed.get_backend_name()!r}; use sqlite:/// or postgresql://"
        )
    return parsed


def sqlite_exists(url: URL) -> bool:
    """Whether a SQLite URL names a file that is there (an in-memory database always is)."""
    database = url.database or ""
    if database in ("", ":memory:") or url.query.get("uri") or database.startswith("file:"):
        return True
    return Path(database).exists()


def shown(url: URL) -> str:
    """The URL as it may be printed: never with its password."""
    return url.render_as_string(hide_password=True)


def one_line(exc: BaseException) -> str:
    """A driver's message folded to one line, without SQLAlchemy's statement dump and doc link."""
    orig = getattr(exc, "orig", None) or exc
    message = " ".join(str(orig).split())
    return re.sub(r"\s*\(Background on this error at: [^)]*\)", "", message) or type(orig).__name__


def _sqlite_transactions(engine: Engine) -> None:
    # pysqlite opens transactions lazily and never around DDL; take that over so every
    # transaction (the schema creation included) is all-or-nothing, and enforce foreign keys.
    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, record) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:
        # A loader's transaction takes the write lock up front: the ids it hands out stay its own.
        connection.exec_driver_sql(
            "BEGIN IMMEDIATE" if connection.get_execution_options().get(WRITE_OPTION) else "BEGIN"
        )


def connect(url: str | URL = DEFAULT_URL, *, create: bool = True) -> Engine:
    """An engine whose database answered a first query; DatabaseError (one line) otherwise.
    ``create=False`` (the commands that read a loaded database) refuses a SQLite file that does not
    exist instead of creating an empty one."""
    parsed = parse_url(url)
    if not create and parsed.get_backend_name() == "sqlite" and not sqlite_exists(parsed):
        raise DatabaseError(
            f"{shown(parsed)}: no such database file ({parsed.database}); load records into it first: "
            f"tennis-extract load OUT.jsonl --db URL"
        )
    kwargs = {}
    if parsed.get_backend_name() == "postgresql":
        kwargs["connect_args"] = {"connect_timeout": 10}
    try:
        engine = create_engine(parsed, **kwargs)
    except (NoSuchModuleError, ImportError) as exc:
        raise DatabaseError(f"{shown(parsed)}: no driver ({one_line(exc)}); reinstall tennis-extract") from None
    if parsed.get_backend_name() == "sqlite":
        _sqlite_transactions(engine)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except (DBAPIError, SQLAlchemyError) as exc:
        engine.dispose()
        hint = ""
        if parsed.get_backend_name() == "sqlite" and "unable to open" in str(exc):
            hint = " (does the folder exist and can it be written?)"
        raise DatabaseError(f"cannot connect to {shown(parsed)}: {one_line(exc)}{hint}") from None
    return engine


def chunks(items: list, size: int = 500) -> Iterator[list]:
    """``items`` in lists of at most ``size``: as many bound parameters as every database takes."""
    for i in range(0, len(items), size):
        yield items[i : i + size]
