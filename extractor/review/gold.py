"""Verified records as gold files (shared GOLD.md format), so ``tennis-extract eval`` scores a new
extraction of the same articles against what the editors accepted and corrected:

    tennis-extract export --db URL --verified --only-done --as-gold gold-verified/
    tennis-extract extract ARTICLES... -o new.jsonl     # or batch; the same article ids
    tennis-extract eval new.jsonl gold-verified/

A verified record holds only the facts editors kept; the facts the old extractor never found are
not in it, so recall here is measured against what the editors have seen (see docs/review.md).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from models import ArticleRecord

RE_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def to_gold(record: ArticleRecord) -> dict[str, Any]:
    """One verified record as a GOLD.md gold object."""
    names = {p.id: p.name for p in record.players}
    tournaments = {t.id: t.name for t in record.tournaments}

    def side(a: str, partner: str | None) -> str:
        return " / ".join(names[x] for x in (a, partner) if x)

    return {
        "id": record.article.id,
        "published": record.article.published,
        "players": [{"name": p.name, "nationality": p.nationality, "age": p.age} for p in record.players],
        "not_players": [],
        "matches": [
            {
                "winner": side(m.winner, m.winner_partner),
                "loser": side(m.loser, m.loser_partner),
                "score": m.score.normalised() if m.score and m.score.sets else None,
                "outcome": m.score.outcome if m.score else "completed",
                "tournament": tournaments.get(m.tournament) if m.tournament else None,
                "round": m.round,
                "date": m.date,
            }
            for m in record.matches
        ],
        "rankings": [{"player": names[r.player], "rank": r.rank, "kind": r.kind} for r in record.rankings],
        "quotes": [
            {
                "speaker": q.speaker_name or (names.get(q.speaker) if q.speaker else None),
                "start": q.span.start,
                "end": q.span.end,
            }
            for q in record.quotes
        ],
        "tournaments": [t.name for t in record.tournaments],
        "venues": [v.name for v in record.venues],
        "cities": [c.name for c in record.cities],
        "dates": [{"text": d.text, "value": d.value} for d in record.dates],
        "head_to_head": [
            {"player": names[h.player], "opponent": names[h.opponent], "wins": h.wins, "meetings": h.meetings}
            for h in record.head_to_head
        ],
        "boilerplate": [{"start": b.span.start, "end": b.span.end, "why": b.why} for b in record.boilerplate],
    }


def write_gold(record: ArticleRecord, folder: Path, taken: set[str]) -> Path:
    """Write ``folder/<id>.json`` (the id made safe for a file name, kept apart from ``taken``) and,
    when the record keeps its text, the article beside it as ``<id>.txt`` (GOLD.md's layout), so
    the folder is all `tennis-extract calibrate` and a new extraction need."""
    stem = RE_UNSAFE.sub("_", record.article.id).strip("._") or "article"
    name, n = stem, 1
    while name in taken:
        n += 1
        name = f"{stem}~{n}"
    taken.add(name)
    path = folder / f"{name}.json"
    path.write_text(json.dumps(to_gold(record), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if record.article.text is not None:
        (folder / f"{name}.txt").write_text(record.article.text, encoding="utf-8")
    return path
