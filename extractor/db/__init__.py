"""The sports database: a relational schema (SQLAlchemy 2) the article records load into, with
schema versions, one row per player across articles, and links to a players registry.

>>> from extractor.db import load_file, load_records, Registry     # doctest: +SKIP
>>> report = load_file("out.jsonl", "sqlite:///tennis.db", registry=Registry.from_csv("players.csv"))
>>> report = load_records(records, "postgresql://user:pw@host/tennis")   # ArticleRecords as they come
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from extractor.lazy import lazy_face

if TYPE_CHECKING:
    from extractor.db.engine import DEFAULT_URL, DatabaseError, connect, parse_url
    from extractor.db.lines import InputFileError, read_record_lines
    from extractor.db.loader import LoadAborted, Loader, LoadReport, load_file, load_records
    from extractor.db.migrations import SCHEMA_VERSION, Upgrade, current_version, migrate
    from extractor.db.registry import Registry, RegistryError, fold

# name -> module that defines it, imported on first access: a command that only reads the database
# (``matches``, the review app) does not pay for the loader and the ORM models
_LAZY = {
    **dict.fromkeys(("DEFAULT_URL", "DatabaseError", "connect", "parse_url"), "extractor.db.engine"),
    **dict.fromkeys(("InputFileError", "read_record_lines"), "extractor.db.lines"),
    **dict.fromkeys(("LoadAborted", "Loader", "LoadReport", "load_file", "load_records"), "extractor.db.loader"),
    **dict.fromkeys(("SCHEMA_VERSION", "Upgrade", "current_version", "migrate"), "extractor.db.migrations"),
    **dict.fromkeys(("Registry", "RegistryError", "fold"), "extractor.db.registry"),
}


__getattr__, __dir__ = lazy_face(__name__, _LAZY)

__all__ = [
    "DEFAULT_URL",
    "SCHEMA_VERSION",
    "DatabaseError",
    "InputFileError",
    "LoadAborted",
    "LoadReport",
    "Loader",
    "Registry",
    "RegistryError",
    "Upgrade",
    "connect",
    "current_version",
    "fold",
    "load_file",
    "load_records",
    "migrate",
    "parse_url",
    "read_record_lines",
]
