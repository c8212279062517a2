"""Plain views of an ArticleRecord for table-driven tests, and the UPDATE_GOLDEN flag.

Tests compare small tuples (surnames, normalised scores) rather than whole records, so a
case states only the fact it is about.
"""

from __future__ import annotations

import os

from models import ArticleRecord

TRUTHY = frozenset({"1", "true", "yes", "on"})


def env_flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in TRUTHY


def update_golden_requested() -> bool:
    """UPDATE_GOLDEN=1 asks for goldens to be rewritten; it must never be on in CI."""
    return env_flag("UPDATE_GOLDEN")


def surname(name: str) -> str:
    return name.split()[-1]


def player_names(record: ArticleRecord) -> list[str]:
    return [p.name for p in record.players]


def player(record: ArticleRecord, name: str):
    """The player whose name is ``name`` (or ends with it, for a surname)."""
    hits = [p for p in record.players if p.name == name or surname(p.name) == name]
    assert len(hits) == 1, f"expected one player {name!r}, found {player_names(record)}"
    return hits[0]


def mention_texts(record: ArticleRecord, name: str) -> list[str]:
    return [m.text for m in player(record, name).mentions]


def _names(record: ArticleRecord) -> dict[str, str]:
    return {p.id: p.name for p in record.players}


def matches(record: ArticleRecord) -> list[tuple]:
    """(winner surname, loser surname, normalised score or None, outcome or None) per match."""
    names = _names(record)
    out = []
    for m in record.matches:
        score = m.score.normalised() if m.score is not None else None
        outcome = m.score.outcome if m.score is not None else None
        out.append((surname(names[m.winner]), surname(names[m.loser]), score, outcome))
    return out


def match_pairs(record: ArticleRecord) -> set[tuple[str, str]]:
    return {(w, l) for w, l, _, _ in matches(record)}


def rankings(record: ArticleRecord) -> set[tuple[str, int, str]]:
    names = _names(record)
    return {(surname(names[r.player]), r.rank, r.kind) for r in record.rankings}


def quotes(record: ArticleRecord) -> list[tuple[str, str | None]]:
    """(quoted text, speaker_name) per quotation."""
    return [(q.span.text, q.speaker_name) for q in record.quotes]


def dates(record: ArticleRecord) -> dict[str, str]:
    return {d.text: d.value for d in record.dates}


def h2h(record: ArticleRecord) -> set[tuple[str, str, int, int]]:
    names = _names(record)
    return {(surname(names[h.player]), surname(names[h.opponent]), h.wins, h.meetings) for h in record.head_to_head}


def cruft_texts(record: ArticleRecord) -> list[str]:
    return [b.span.text for b in record.boilerplate]
