"""Helpers the database tests share (tests/db, tests/batch, tests/test_pipeline.py): a small valid
record, and row counts read back from a database URL."""

from __future__ import annotations

import hashlib

from sqlalchemy import text

from extractor import parse_score
from extractor.db import connect
from models import ArticleRecord


def make_record(article_id: str, body: str, players, *, matches=(), quotes=(), version: str = "0.1.0") -> ArticleRecord:
    """A small valid record: ``players`` are (name, nationality) found in ``body``; ``matches`` are
    (winner P-id, loser P-id, score, evidence text); ``quotes`` (speaker P-id, quote text)."""

    def span(part: str) -> dict:
        start = body.index(part)
        return {"start": start, "end": start + len(part), "text": part}

    return ArticleRecord.model_validate(
        {
            "article": {
                "id": article_id,
                "published": "2025-10-28",
                "text": body,
                "text_sha256": hashlib.sha256(body.encode()).hexdigest(),
                "extractor_version": version,
            },
            "players": [
                {"id": f"P{i}", "name": n, "nationality": c, "mentions": [span(n)]}
                for i, (n, c) in enumerate(players, 1)
            ],
            "matches": [
                {
                    "id": f"M{i}",
                    "winner": w,
                    "loser": l,
                    "score": parse_score(s).model_dump(),
                    "evidence": span(e),
                    "confidence": 0.9,
                }
                for i, (w, l, s, e) in enumerate(matches, 1)
            ],
            "quotes": [{"speaker": sp, "speaker_name": None, "span": span(q), "confidence": 0.9} for sp, q in quotes],
        }
    )


def query(url: str, sql: str, **params) -> list[tuple]:
    engine = connect(url)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql), params)]
    finally:
        engine.dispose()


def count(url: str, table: str) -> int:
    return query(url, f"SELECT COUNT(*) FROM {table}")[0][0]


def all_counts(url: str) -> dict[str, int]:
    tables = (
        "articles",
        "players",
        "player_aliases",
        "tournaments",
        "venues",
        "article_players",
        "mentions",
        "matches",
        "match_sets",
        "rankings",
        "quotes",
        "head_to_heads",
    )
    return {t: count(url, t) for t in tables}
