"""Rule data shipped in ``extractor/data/``, loaded once per process (never at import time).

Tables are exposed as tuples and read-only mappings so no stage can change what another sees.
"""

from __future__ import annotations

import functools
import json
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

from extractor.data.verbs import VerbFamily, family_from_row
from extractor.text.plain import fold

DATA_DIR = Path(__file__).parent


@dataclass(frozen=True)
class KnownPlayer:
    name: str
    country: str | None
    tour: str | None
    gender: str | None
    aliases: tuple[str, ...] = ()
    born: int | None = None


@dataclass(frozen=True)
class KnownTournament:
    name: str
    aliases: tuple[str, ...]
    category: str | None
    tour: str | None
    city: str | None
    country: str | None
    venue: str | None


@dataclass(frozen=True)
class KnownVenue:
    name: str
    aliases: tuple[str, ...]
    city: str | None
    country: str | None
    kind: str | None
    on_names: tuple[str, ...] = ()  # names a court goes by after "on" only ("on Armstrong"): also people's names


@dataclass(frozen=True)
class Resources:
    players: tuple[KnownPlayer, ...] = ()
    tournaments: tuple[KnownTournament, ...] = ()
    venues: tuple[KnownVenue, ...] = ()
    # folded word -> IOC code, for adjectives ("Spanish"), nouns ("Spaniard") and names ("Spain")
    demonyms: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    nationality_nouns: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    country_names: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    reporting_verbs: frozenset[str] = frozenset()
    roles: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    player_index: Mapping[str, KnownPlayer] = field(default_factory=lambda: MappingProxyType({}))
    family_first: frozenset[str] = frozenset()  # folded family names written first ("zheng", "kim")
    play_verbs: tuple[VerbFamily, ...] = ()  # verbs of play by family, with their frame roles
    # role -> phrases of result_words.jsonl ("stopped", "withdrew", "walkover", "defaulted", "retirement")
    result_words: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    # titles only a player holds ("qualifier", "wildcard", "defending champion"): roles.jsonl kind "player"
    player_titles: frozenset[str] = frozenset()
    # slot -> phrases of slot_words.jsonl ("object", "partner", "possessive"): words that make a name a player's
    slot_words: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))


def _read_jsonl(path: Path) -> list[dict]:
    if not path.exists():
        warnings.warn(
            f"tennis-extract: rule data {path.name} is missing from {path.parent}; the stages that "
            f"use it will find less"
        )
        return []
    rows = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not valid JSON ({exc.msg}); fix the data file") from exc
    return rows


def _result_words(rows: list[dict]) -> dict[str, tuple[str, ...]]:
    words: dict[str, list[str]] = {}
    for r in rows:
        words.setdefault(r["role"], []).extend(r.get("phrases") or ())
    return {role: tuple(phrases) for role, phrases in words.items()}


def _phrases_by(rows: list[dict], key: str) -> dict[str, tuple[str, ...]]:
    """The phrases of each row's ``key`` value, rows of the same value joined."""
    words: dict[str, list[str]] = {}
    for r in rows:
        words.setdefault(r[key], []).extend(r.get("phrases") or ())
    return {k: tuple(phrases) for k, phrases in words.items()}


# Reporting verbs the quote stage always knows, should the data file be missing.
BASE_REPORTING_VERBS = ("said", "says", "added", "adds", "told", "tells", "explained", "admitted")


@functools.lru_cache(maxsize=4)
def load_resources(data_dir: str | None = None) -> Resources:
    root = Path(data_dir) if data_dir else DATA_DIR
    players = tuple(
        KnownPlayer(
            r["name"], r.get("country"), r.get("tour"), r.get("gender"), tuple(r.get("aliases") or ()), r.get("born")
        )
        for r in _read_jsonl(root / "players.jsonl")
    )
    tournaments = tuple(
        KnownTournament(
            r["name"],
            tuple(r.get("aliases") or ()),
            r.get("category"),
            r.get("tour"),
            r.get("city"),
            r.get("country"),
            r.get("venue"),
        )
        for r in _read_jsonl(root / "tournaments.jsonl")
    )
    venues = tuple(
        KnownVenue(
            r["name"],
            tuple(r.get("aliases") or ()),
            r.get("city"),
            r.get("country"),
            r.get("kind"),
            tuple(r.get("on_names") or ()),
        )
        for r in _read_jsonl(root / "venues.jsonl")
    )
    demonyms: dict[str, str] = {}
    nouns: dict[str, str] = {}
    names: dict[str, str] = {}
    for r in _read_jsonl(root / "countries.jsonl"):
        for w in r.get("demonyms") or ():
            demonyms[fold(w)] = r["code"]
        for w in r.get("nouns") or ():
            nouns[fold(w)] = r["code"]
            # plural person nouns ("Spaniards") are never a single player; singular forms only
        for w in r.get("names") or ():
            names[fold(w)] = r["code"]
    verbs = set(BASE_REPORTING_VERBS)
    for r in _read_jsonl(root / "reporting_verbs.jsonl"):
        verbs.update(f.lower() for f in r.get("forms") or ())
    role_rows = _read_jsonl(root / "roles.jsonl")
    # A player's title ("qualifier") is no role that sets a person apart from the players.
    roles = {fold(r["word"]): r.get("kind", "other") for r in role_rows if r.get("kind") != "player"}
    titles = frozenset(fold(r["word"]) for r in role_rows if r.get("kind") == "player")
    index: dict[str, KnownPlayer] = {}
    for p in players:
        for n in (p.name, *p.aliases):
            index.setdefault(fold(n), p)
    family = root / "family_names_first.txt"
    family_first = frozenset(
        fold(line)
        for line in (family.read_text(encoding="utf-8").splitlines() if family.exists() else ())
        if line.strip() and not line.startswith("#")
    )
    return Resources(
        family_first=family_first,
        play_verbs=tuple(family_from_row(r) for r in _read_jsonl(root / "play_verbs.jsonl")),
        result_words=MappingProxyType(_result_words(_read_jsonl(root / "result_words.jsonl"))),
        players=players,
        tournaments=tournaments,
        venues=venues,
        demonyms=MappingProxyType(demonyms),
        nationality_nouns=MappingProxyType(nouns),
        country_names=MappingProxyType(names),
        reporting_verbs=frozenset(verbs),
        roles=MappingProxyType(roles),
        player_titles=titles,
        slot_words=MappingProxyType(_phrases_by(_read_jsonl(root / "slot_words.jsonl"), "slot")),
        player_index=MappingProxyType(index),
    )
