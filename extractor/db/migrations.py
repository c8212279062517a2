"""Schema versions: a ``schema_version`` table and upgrade steps.

A new database is created from the models in ``schema.py`` and stamped with the head version (the
models always describe the head). A database at an older version is brought up by running each
later ``Upgrade`` in its own transaction, recording it in ``schema_version`` as it commits. To
change the schema: edit the models, raise ``SCHEMA_VERSION``, and append the ``Upgrade`` that
takes a database from the previous version to it (``tests/test_db.py`` runs the steps).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, func, insert, inspect, select

from extractor.db.engine import DatabaseError, shown
from extractor.db.schema import TABLES, Base, SchemaVersion

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Upgrade:
    version: int  # the version this step produces, from version - 1
    description: str
    apply: Callable[[Connection], None]


# Version 1 is the first schema; steps to version 2 onward go here, in order.
UPGRADES: tuple[Upgrade, ...] = ()


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
            f"{shown(engine.url)} is at schema version {version}, newer than this tennis-extract knows ({head}); upgrade tennis-extract"
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
