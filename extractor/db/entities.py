"""Shared entities: one players row per player, one tournaments row per tournament, one venues row
per venue, across every article loaded.

Each index is read from the database once per load and kept in memory; ``resolve`` finds or creates
the row for what an article says, and ``take_changes`` hands over the rows to insert or update in
the current transaction. Should that transaction fail, the loader drops the index and reads it
again, so memory never holds a row the database does not.

Players are keyed by name (accents and punctuation folded, ``registry.fold``) and country: an
article that states no country joins the one player of that name, and a country fills in a row
that had none. Two players of one name and no country to tell them apart is reported, and the
mention is kept on a row of its own rather than guessed. The stored keys are part of the database,
so ``fold`` must only ever change together with a schema upgrade that recomputes them.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import Connection, select

from extractor.db.registry import Link, fold, is_full_name
from extractor.db.schema import TABLES


@dataclass(eq=False)
class Row:
    """A players, tournaments or venues row as the loader knows it (id None until inserted)."""

    id: int | None
    name: str
    key: str
    country: str | None = None  # players: IOC code
    registry_id: str | None = None
    category: str | None = None  # tournaments
    city: str | None = None  # tournaments and venues


@dataclass
class Changes:
    new: list[Row] = field(default_factory=list)
    updated: list[Row] = field(default_factory=list)
    aliases: list[tuple[Row, str, str]] = field(default_factory=list)  # (row, alias, source)


class _Index:
    def __init__(self) -> None:
        self.by_key: dict[str, list[Row]] = defaultdict(list)
        self._changes = Changes()
        self._updated: set[int] = set()

    def _add(self, row: Row, new: bool = True) -> Row:
        self.by_key[row.key].append(row)
        if new:
            self._changes.new.append(row)
        return row

    def _touch(self, row: Row) -> None:
        if row.id is not None and id(row) not in self._updated:
            self._updated.add(id(row))
            self._changes.updated.append(row)

    def take_changes(self) -> Changes:
        changes, self._changes, self._updated = self._changes, Changes(), set()
        return changes


class PlayerIndex(_Index):
    def __init__(self) -> None:
        super().__init__()
        self.by_registry: dict[str, Row] = {}
        self.aliases: set[tuple[int, str]] = set()  # (id(row), alias) in player_aliases or about to be

    @classmethod
    def read(cls, conn: Connection) -> PlayerIndex:
        players, aliases = TABLES["players"], TABLES["player_aliases"]
        index = cls()
        rows = {}
        for r in conn.execute(
            select(players.c.id, players.c.name, players.c.name_key, players.c.country, players.c.registry_id)
        ):
            row = index._add(Row(r.id, r.name, r.name_key, r.country, r.registry_id), new=False)
            rows[r.id] = row
            if r.registry_id:
                index.by_registry[r.registry_id] = row
        for r in conn.execute(select(aliases.c.player_id, aliases.c.alias, aliases.c.alias_key)):
            row = rows[r.player_id]
            index.aliases.add((id(row), r.alias))
            if row not in index.by_key[r.alias_key]:
                index.by_key[r.alias_key].append(row)
        return index

    def resolve(self, name: str, nationality: str | None, link: Link | None = None) -> tuple[Row, bool, bool]:
        """The row for a player an article names: (row, newly linked to the registry, ambiguous).

        ``link`` is the registry's answer for this player when a registry is given. Ambiguous means
        several players share the name and nothing tells them apart: the row is then one kept for
        that name alone, never one of the namesakes."""
        key = fold(name)
        ambiguous = False
        newly_linked = False
        if link is not None and link.entry is not None:
            entry = link.entry
            row = self.by_registry.get(entry.id)
            if row is None:
                country = nationality or entry.country
                same = [
                    r
                    for r in self.by_key.get(key, ())
                    if r.registry_id is None and (country is None or r.country in (None, country))
                ]
                row = same[0] if len(same) == 1 else self._add(Row(None, name, key, country))
                row.registry_id = entry.id
                self.by_registry[entry.id] = row
                self._touch(row)
                newly_linked = True
                for alias in (entry.name, *entry.aliases):
                    self._spelling(row, alias, "registry")
        else:
            candidates = self.by_key.get(key, [])
            if link is not None and link.status == "ambiguous":
                candidates = [r for r in candidates if r.registry_id is None]
            row, ambiguous = self._pick(candidates, key, nationality)
            if row is None:
                row = self._add(Row(None, name, key, nationality))
        if nationality and row.country is None:
            row.country = nationality
            self._touch(row)
        self._spelling(row, name, "article")
        return row, newly_linked, ambiguous

    @staticmethod
    def _pick(candidates: list[Row], key: str, nationality: str | None) -> tuple[Row | None, bool]:
        if nationality is not None:
            for pool in (
                [r for r in candidates if r.country == nationality],
                [r for r in candidates if r.country is None],
            ):
                if len(pool) == 1:
                    return pool[0], False
                if pool:
                    break
            else:
                return None, False  # a namesake of another country, or nobody: a new player
        elif len(candidates) <= 1:
            return (candidates[0] if candidates else None), False
        own = [r for r in candidates if r.key == key and r.country == nationality and r.registry_id is None]
        return (own[0] if len(own) == 1 else None), True

    def _spelling(self, row: Row, name: str, source: str) -> None:
        """Record another spelling; an article's full name takes over from a first name or
        surname alone (which becomes an alias)."""
        key = fold(name)
        if name == row.name:
            pass
        elif source == "article" and not is_full_name(row.name) and is_full_name(name):
            old, row.name, row.key = row.name, name, key
            self._touch(row)
            self._alias(row, old, source)
        else:
            self._alias(row, name, source)
        if key and row not in self.by_key[key]:
            self.by_key[key].append(row)

    def _alias(self, row: Row, alias: str, source: str) -> None:
        if (id(row), alias) not in self.aliases:
            self.aliases.add((id(row), alias))
            self._changes.aliases.append((row, alias, source))


class TournamentIndex(_Index):
    """Tournaments by folded name; names the extractor's gazetteer knows as aliases of one
    tournament ('Roland-Garros', 'French Open') are one row under the canonical name."""

    def __init__(self, canonical: dict[str, tuple[str, str | None, str | None]]) -> None:
        super().__init__()
        self.canonical = canonical

    @classmethod
    def read(cls, conn: Connection, canonical: dict[str, tuple[str, str | None, str | None]]) -> TournamentIndex:
        t = TABLES["tournaments"]
        index = cls(canonical)
        for r in conn.execute(select(t.c.id, t.c.name, t.c.name_key, t.c.category, t.c.city)):
            index._add(Row(r.id, r.name, r.name_key, category=r.category, city=r.city), new=False)
        return index

    def resolve(self, name: str, category: str | None, city: str | None) -> Row:
        known = self.canonical.get(fold(name))
        if known is not None:
            name, category, city = known[0], category or known[1], city or known[2]
        key = fold(name)
        rows = self.by_key.get(key)
        if not rows:
            return self._add(Row(None, name, key, category=category, city=city))
        row = rows[0]
        if (category and not row.category) or (city and not row.city):
            row.category, row.city = row.category or category, row.city or city
            self._touch(row)
        return row


class VenueIndex(_Index):
    """Venues by folded name and city ('Centre Court' in London is not the one in Melbourne)."""

    @classmethod
    def read(cls, conn: Connection) -> VenueIndex:
        v = TABLES["venues"]
        index = cls()
        for r in conn.execute(select(v.c.id, v.c.name, v.c.name_key, v.c.city)):
            index._add(Row(r.id, r.name, r.name_key, city=r.city), new=False)
        return index

    def resolve(self, name: str, city: str | None) -> Row:
        key = fold(name)
        candidates = self.by_key.get(key, [])
        if city is not None:
            same = [r for r in candidates if r.city is not None and fold(r.city) == fold(city)]
            blank = [r for r in candidates if r.city is None]
            row = same[0] if same else (blank[0] if len(blank) == 1 else None)
            if row is not None and row.city is None:
                row.city = city
                self._touch(row)
        else:
            row = candidates[0] if len(candidates) == 1 else next((r for r in candidates if r.city is None), None)
        return row or self._add(Row(None, name, key, city=city))


@functools.lru_cache(maxsize=4)
def canonical_tournaments(data_dir: str | None = None) -> dict[str, tuple[str, str | None, str | None]]:
    """Folded tournament name or alias -> (canonical name, category, city), from the extractor's
    gazetteer in ``data_dir`` (the shipped one by default); a name two tournaments share is left out."""
    from extractor.data.resources import load_resources

    table: dict[str, tuple[str, str | None, str | None]] = {}
    shared: set[str] = set()
    for t in load_resources(data_dir).tournaments:
        for name in (t.name, *t.aliases):
            key = fold(name)
            if key in table and table[key][0] != t.name:
                shared.add(key)
            table.setdefault(key, (t.name, t.category, t.city))
    return {k: v for k, v in table.items() if k not in shared}
