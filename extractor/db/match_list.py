"""Canonical matches as consumers read them (``tennis-extract matches``, the review's match view):
names instead of ids, the article ids of the sources, the reference link, an editor's correction
applied.

One JSON object per match::

    {"id": 12, "winner": "Roger Federer", "loser": "Lleyton Hewitt", "winner_partner": null,
     "loser_partner": null, "tournament": "US Open", "season": 2004, "round": "final",
     "date": "2004-09-12", "score": "6-0 7-6(3) 6-0", "outcome": "completed",
     "sources": ["a1", "a2", "a3"], "agreeing": 2, "state": "conflict", "conflicts": ["score"],
     "confidence": 0.64, "reference": {"id": 7, "status": "confirmed", "conflicts": []},
     "corrected": null}
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from typing import Any

from sqlalchemy import JSON, Connection, Date, String, func, or_, select, type_coerce

from extractor.db.engine import chunks
from extractor.db.registry import fold
from extractor.db.schema import TABLES

PAGE = 2000


def _columns() -> list:
    """The canonical match columns consumers read; dates and JSON as the database stores them
    (decoded in ``_values`` only when not empty: a player's thousands of rows stay cheap)."""
    c = TABLES["canonical_matches"]
    out = []
    for col in c.c:
        if col.name == "reference_players":
            continue
        raw = isinstance(col.type, (Date, JSON)) or col.name in ("conflicts", "reference_conflicts", "corrected")
        out.append(type_coerce(col, String).label(col.name) if raw else col)
    return out


def _json(value: Any) -> Any:
    if isinstance(value, str):
        return None if value == "null" else [] if value == "[]" else json.loads(value)
    return value


def _stamp(value: Any) -> str | None:
    return value.isoformat() if isinstance(value, dt.datetime) else value


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, dt.date) else str(value)[:10]


def players_named(conn: Connection, name: str) -> list[int]:
    """Players a name means: its folded form is a player's name or alias; failing that, the
    players whose name ends with it (a surname)."""
    key = fold(name)
    if not key:
        return []
    p, al = TABLES["players"], TABLES["player_aliases"]
    ids = set(conn.execute(select(p.c.id).where(p.c.name_key == key)).scalars())
    ids |= set(conn.execute(select(al.c.player_id).where(al.c.alias_key == key)).scalars())
    if not ids:
        ids = set(conn.execute(select(p.c.id).where(p.c.name_key.like(f"% {key}"))).scalars())
    return sorted(ids)


def list_matches(
    conn: Connection,
    *,
    player: str | None = None,
    state: str | None = None,
    reference: str | None = None,
    ids: list[int] | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Canonical matches, oldest first: of a player (a name), in a state (agreed, conflict), with a
    reference status (confirmed, conflict, unlinked, ambiguous), or the ones ``ids`` names."""
    c = TABLES["canonical_matches"]
    query = select(*_columns())
    if player is not None:
        who = players_named(conn, player)
        if not who:
            return []
        columns = (c.c.winner_id, c.c.loser_id, c.c.winner_partner_id, c.c.loser_partner_id)
        query = query.where(or_(*(col.in_(who) for col in columns)))
    if state:
        query = query.where(c.c.state == state)
    if reference:
        query = query.where(c.c.reference_status == reference)
    if ids is not None:
        query = query.where(c.c.id.in_(ids))
    query = query.order_by(func.coalesce(c.c.date, c.c.first_published), c.c.id)
    if limit is not None:
        query = query.limit(limit)
    rows = list(conn.execute(query))
    return describe(conn, rows)


def iter_matches(conn: Connection, **filters) -> Any:
    """Every canonical match (as ``list_matches`` gives them), a page at a time, by id."""
    c = TABLES["canonical_matches"]
    after = 0
    while True:
        query = select(*_columns()).where(c.c.id > after).order_by(c.c.id).limit(PAGE)
        if filters.get("state"):
            query = query.where(c.c.state == filters["state"])
        if filters.get("reference"):
            query = query.where(c.c.reference_status == filters["reference"])
        rows = list(conn.execute(query))
        if not rows:
            return
        yield from describe(conn, rows)
        after = rows[-1].id


def describe(conn: Connection, rows: list[Any]) -> list[dict[str, Any]]:
    """The consumer's view of canonical match rows."""
    if not rows:
        return []
    p, t, ref = TABLES["players"], TABLES["tournaments"], TABLES["reference_matches"]
    ls, m, a = TABLES["canonical_match_sources"], TABLES["matches"], TABLES["articles"]
    pids = {x for r in rows for x in (r.winner_id, r.loser_id, r.winner_partner_id, r.loser_partner_id) if x}
    names: dict[int, str] = {}
    for chunk in chunks(sorted(pids)):
        names.update(conn.execute(select(p.c.id, p.c.name).where(p.c.id.in_(chunk))).all())
    tids = sorted({r.tournament_id for r in rows if r.tournament_id})
    tournaments = dict(conn.execute(select(t.c.id, t.c.name).where(t.c.id.in_(tids))).all()) if tids else {}
    sources: dict[int, list[str]] = defaultdict(list)
    cids = [r.id for r in rows]
    for chunk in chunks(cids):
        query = (
            select(ls.c.canonical_id, a.c.article_id)
            .join(m, m.c.id == ls.c.match_id)
            .join(a, a.c.id == m.c.article_id)
            .where(ls.c.canonical_id.in_(chunk))
        )
        for cid, article_id in conn.execute(query):
            sources[cid].append(article_id)
    rids = sorted({r.reference_id for r in rows if r.reference_id})
    refs = {}
    for chunk in chunks(rids):
        for r in conn.execute(select(ref).where(ref.c.id.in_(chunk))):
            refs[r.id] = r
    out = []
    for r in rows:
        item = _values(r, names, tournaments)
        linked = refs.get(r.reference_id)
        item["sources"] = sorted(sources.get(r.id, []))
        item["reference"] = {
            "id": r.reference_id,
            "status": r.reference_status,
            "conflicts": list(_json(r.reference_conflicts) or []),
            **(
                {
                    "tour": linked.tour,
                    "tourney_id": linked.tourney_id,
                    "tourney_name": linked.tourney_name,
                    "match_num": linked.match_num,
                    "round": linked.round,
                    "winner": linked.winner_name,
                    "loser": linked.loser_name,
                    "score": linked.score_text,
                }
                if linked is not None
                else {}
            ),
        }
        out.append(item)
    return out


def _values(r: Any, names: dict[int, str], tournaments: dict[int, str]) -> dict[str, Any]:
    winner = (r.winner_id, r.winner_partner_id)
    loser = (r.loser_id, r.loser_partner_id)
    fix = _json(r.corrected) or {}
    if fix.get("winner") is not None and int(fix["winner"]) in loser:
        winner, loser = loser, winner
    w = [names.get(x, "?") for x in winner if x]
    lo = [names.get(x, "?") for x in loser if x]
    if len(w) > 1:  # partners by name, whatever their ids
        w.sort(key=fold)
    if len(lo) > 1:
        lo.sort(key=fold)
    date = fix.get("date") or _iso(r.date)
    return {
        "id": r.id,
        "winner": w[0],
        "loser": lo[0],
        "winner_partner": w[1] if len(w) > 1 else None,
        "loser_partner": lo[1] if len(lo) > 1 else None,
        "tournament": tournaments.get(r.tournament_id),
        "season": r.season,
        "round": fix.get("round", r.round),
        "date": date,
        "first_published": _iso(r.first_published),
        "score": fix.get("score", r.score),
        "outcome": fix.get("outcome", r.outcome),
        "state": r.state,
        "conflicts": list(_json(r.conflicts) or []),
        "agreeing": r.agreeing,
        "source_count": r.sources,
        "confidence": r.confidence,
        "corrected": {"fields": fix, "by": r.corrected_by, "at": _stamp(r.corrected_at)} if fix else None,
        "winner_ids": [x for x in winner if x],
        "loser_ids": [x for x in loser if x],
    }
