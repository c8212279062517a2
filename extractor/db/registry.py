"""Player names folded for matching, and the ``--players`` registry that links extracted players
to a sports database's own ids.

A registry is a CSV file with at least the columns ``id`` and ``name``; ``aliases`` (other
spellings, separated by ``|`` or ``;``) and ``country`` (IOC code) are used when present, other
columns are ignored. A player links to an entry whose name or alias folds to the same key and whose
country agrees with the article's (or is unknown on either side). Two or more such entries make the
link ambiguous: it is reported and not made.
"""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

# Letters NFKD does not decompose into a base letter and a mark.
FOLD_LETTERS = str.maketrans(
    {
        "Đ": "Dj",  # Serbian and Croatian: Đoković is written Djokovic
        "đ": "dj",
        "Ð": "D",
        "ð": "d",
        "Ø": "O",
        "ø": "o",
        "Ł": "L",
        "ł": "l",
        "ß": "ss",
        "Æ": "Ae",
        "æ": "ae",
        "Œ": "Oe",
        "œ": "oe",
        "Þ": "Th",
        "þ": "th",
        "ı": "i",
    }
)
RE_NOT_WORD = re.compile(r"[\W_]+")  # hyphens, apostrophes, dots and spaces all separate words
RE_IOC = re.compile(r"^[A-Z]{3}$")
RE_ALIAS_SEP = re.compile(r"[|;]")


@functools.lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """'Novak Đoković' -> 'novak djokovic', 'Auger-Aliassime' -> 'auger aliassime'."""
    decomposed = unicodedata.normalize("NFKD", name.translate(FOLD_LETTERS))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(RE_NOT_WORD.sub(" ", bare.casefold()).split())


def is_full_name(name: str) -> bool:
    """A first name and a surname at least ('Sascha' and 'Rafa' are not full names)."""
    return len(fold(name).split()) >= 2


class RegistryError(Exception):
    """The registry file cannot be used; the message names the file and line."""


@dataclass(frozen=True)
class RegistryEntry:
    id: str
    name: str
    aliases: tuple[str, ...]
    country: str | None

    def label(self) -> str:
        return f"{self.id} ({self.name}{', ' + self.country if self.country else ''})"


@dataclass(frozen=True)
class Link:
    """The outcome of looking a player up: linked (entry), ambiguous (candidates), conflict (the
    name matches but the countries differ: candidates) or none."""

    status: Literal["linked", "ambiguous", "conflict", "none"]
    entry: RegistryEntry | None = None
    candidates: tuple[RegistryEntry, ...] = ()

    @property
    def registry_id(self) -> str | None:
        return self.entry.id if self.entry else None

    def problem(self, name: str, nationality: str | None) -> str | None:
        """The one-line report of an ambiguous or conflicting link; None otherwise."""
        who = f"{name!r}{f' ({nationality})' if nationality else ''}"
        labels = ", ".join(c.label() for c in self.candidates)
        if self.status == "ambiguous":
            return (
                f"player {who} matches registry entries {labels}; not linked (add the country, or an "
                f"alias to one entry only)"
            )
        if self.status == "conflict":
            return f"player {who} matches registry {labels} by name but not by country; not linked"
        return None


class Registry:
    def __init__(self, entries: list[RegistryEntry], source: str = "registry") -> None:
        self.entries = entries
        self.source = source
        self._by_key: dict[str, list[RegistryEntry]] = defaultdict(list)
        for entry in entries:
            for key in dict.fromkeys(fold(n) for n in (entry.name, *entry.aliases)):
                if key:
                    self._by_key[key].append(entry)

    def __len__(self) -> int:
        return len(self.entries)

    @classmethod
    def from_csv(cls, path: str | Path) -> Registry:
        path = Path(path)
        try:
            fh = path.open(encoding="utf-8-sig", newline="")
        except OSError as exc:
            raise RegistryError(f"{path}: cannot read ({exc.strerror})") from None
        with fh:
            try:
                return cls._parse(csv.reader(fh), str(path))
            except UnicodeDecodeError:
                raise RegistryError(f"{path}: not UTF-8; save the registry as UTF-8 CSV") from None
            except csv.Error as exc:
                raise RegistryError(f"{path}: not a CSV file ({exc})") from None

    @classmethod
    def _parse(cls, rows, name: str) -> Registry:
        header = next(rows, None)
        if header is None:
            raise RegistryError(f"{name}: empty file; a registry needs the columns id, name (and aliases, country)")
        columns = [h.strip().lower() for h in header]
        for needed in ("id", "name"):
            if needed not in columns:
                raise RegistryError(
                    f"{name}: no {needed!r} column (found {', '.join(columns) or 'none'}); a registry needs "
                    f"id, name, aliases, country"
                )
        at = {c: columns.index(c) for c in ("id", "name", "aliases", "country") if c in columns}
        entries, seen = [], {}
        for line, row in enumerate(rows, 2):
            if not any(cell.strip() for cell in row):
                continue
            cell = {c: (row[i].strip() if i < len(row) else "") for c, i in at.items()}
            if not cell["id"] or not cell["name"]:
                raise RegistryError(f"{name}:{line}: every row needs an id and a name")
            if cell["id"] in seen:
                raise RegistryError(f"{name}:{line}: id {cell['id']!r} is already used on line {seen[cell['id']]}")
            seen[cell["id"]] = line
            country = cell.get("country", "").upper() or None
            if country is not None and not RE_IOC.match(country):
                raise RegistryError(
                    f"{name}:{line}: country {cell['country']!r} is not a three-letter IOC code (ESP, GBR, USA)"
                )
            aliases = tuple(a.strip() for a in RE_ALIAS_SEP.split(cell.get("aliases", "")) if a.strip())
            entries.append(RegistryEntry(cell["id"], cell["name"], aliases, country))
        return cls(entries, name)

    def link(self, name: str, nationality: str | None) -> Link:
        found = self._by_key.get(fold(name), [])
        if not found:
            return Link("none")
        if nationality is None:
            pool = found
        else:
            pool = [e for e in found if e.country == nationality] or [e for e in found if e.country is None]
            if not pool:
                return Link("conflict", candidates=tuple(found))
        if len(pool) == 1:
            return Link("linked", entry=pool[0])
        return Link("ambiguous", candidates=tuple(pool))
