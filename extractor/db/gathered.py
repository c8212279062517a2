"""Players, rankings and quotes gathered across articles (the canonical tables beside matches).

- a player: the articles that name them, the nationality most give, a conflict when articles give
  different ones, and the reference id the linked official results give them;
- a ranking: one player's rank of one kind in one week (the Monday on or before publication), the
  rank most sources give, a conflict when they differ; a ranking of an undated article stands alone;
- a quote: the same words (folded: case, accents, punctuation and quotation marks aside) from the
  same speaker (the player, else the speaker's name), however many articles quote them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections import Counter, defaultdict

from sqlalchemy import Connection, bindparam, delete, func, or_, select, update

from extractor.db.engine import chunks
from extractor.db.rows import insert_rows
from extractor.db.schema import TABLES

RE_WORD = re.compile(r"\w+")


def words_key(text: str) -> str:
    """A digest of the words alone: 'It was “tough”.' and 'it was tough' give the same key."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))
    return hashlib.sha1(" ".join(RE_WORD.findall(bare)).encode()).hexdigest()[:24]


def week_of(day: dt.date | None) -> dt.date | None:
    return None if day is None else day - dt.timedelta(days=day.weekday())


def ranking_key(ranking_id: int, player_id: int, kind: str, as_of: dt.date | None) -> str:
    week = week_of(as_of)
    return f"{player_id}|{kind}|{week.isoformat() if week else f'r{ranking_id}'}"


def quote_key(speaker_id: int | None, speaker_name: str | None, text: str) -> str:
    from extractor.db.registry import fold

    speaker = f"p{speaker_id}" if speaker_id is not None else f"n:{fold(speaker_name)}" if speaker_name else "-"
    return f"{speaker}|{words_key(text)}"


def link_fact_sources(
    conn: Connection, rankings: list[dict], quotes: list[dict], published: dict[int, dt.date | None]
) -> tuple[set[str], set[str]]:
    """Source rows for a batch's new rankings and quotes; returns the keys they touch."""
    r_links = [
        {
            "ranking_id": r["id"],
            "key": ranking_key(r["id"], r["player_id"], r["kind"], r["as_of"]),
            "canonical_id": None,
            "agrees": True,
        }
        for r in rankings
    ]
    q_links = [
        {"quote_id": q["id"], "key": quote_key(q["speaker_id"], q["speaker_name"], q["text"]), "canonical_id": None}
        for q in quotes
    ]
    insert_rows(conn, "canonical_ranking_sources", r_links)
    insert_rows(conn, "canonical_quote_sources", q_links)
    return {x["key"] for x in r_links}, {x["key"] for x in q_links}


def players_of(conn: Connection, article_pks: list[int]) -> set[int]:
    ap = TABLES["article_players"]
    return set(conn.execute(select(ap.c.player_id).where(ap.c.article_id.in_(article_pks))).scalars())


def _write_keyed(conn: Connection, table: str, links: str, link_id: str, computed: dict[str, tuple[dict, dict]]):
    """Write canonical rows keyed by ``key`` (insert, update, delete what has no source left) and
    point their source rows at them. ``computed``: key -> (values, {source id: agrees or None})."""
    c, ls = TABLES[table], TABLES[links]
    keys = sorted(computed)
    existing = {}
    for chunk in chunks(keys):
        existing.update({r.key: r for r in conn.execute(select(c).where(c.c.key.in_(chunk)))})
    fresh = [k for k in keys if computed[k][0] is not None and k not in existing]
    ids = dict(zip(fresh, insert_rows(conn, table, [dict(computed[k][0]) for k in fresh], ids=True)))
    changed = [
        {"pk": existing[k].id, **computed[k][0]}
        for k in keys
        if k in existing
        and computed[k][0] is not None
        and any(getattr(existing[k], n) != v for n, v in computed[k][0].items())
    ]
    if changed:
        conn.execute(update(c).where(c.c.id == bindparam("pk")), changed)
    gone = [existing[k].id for k in keys if k in existing and computed[k][0] is None]
    if gone:
        conn.execute(delete(c).where(c.c.id.in_(gone)))
    moves = []
    for k in keys:
        values, sources = computed[k]
        if values is None:
            continue
        cid = ids.get(k) or existing[k].id
        for sid, (old_cid, old_agrees, agrees) in sources.items():
            if old_cid != cid or (agrees is not None and old_agrees != agrees):
                moves.append({"sid": sid, "cid": cid, **({"ag": agrees} if agrees is not None else {})})
    if moves:
        values = {"canonical_id": bindparam("cid")}
        if "ag" in moves[0]:
            values["agrees"] = bindparam("ag")
        conn.execute(update(ls).where(ls.c[link_id] == bindparam("sid")).values(**values), moves)


def refresh_rankings(conn: Connection, keys: set[str]) -> None:
    ls, r = TABLES["canonical_ranking_sources"], TABLES["rankings"]
    for chunk in chunks(sorted(keys)):
        rows = defaultdict(list)
        query = (
            select(ls.c.ranking_id, ls.c.key, ls.c.canonical_id, ls.c.agrees, r.c.player_id, r.c.kind, r.c.tour)
            .add_columns(r.c.rank, r.c.as_of)
            .join(r, r.c.id == ls.c.ranking_id)
            .where(ls.c.key.in_(chunk))
        )
        for row in conn.execute(query):
            rows[row.key].append(row)
        computed = {}
        for key in chunk:
            got = rows.get(key)
            if not got:
                computed[key] = (None, {})
                continue
            counts = Counter(x.rank for x in got)
            rank = min(counts, key=lambda v: (-counts[v], v))
            tours = Counter(x.tour for x in got if x.tour)
            week = week_of(_day(got[0].as_of))
            values = {
                "key": key,
                "player_id": got[0].player_id,
                "kind": got[0].kind,
                "tour": min(tours, key=lambda v: (-tours[v], v)) if tours else None,
                "week": week,
                "rank": rank,
                "sources": len(got),
                "agreeing": counts[rank],
                "state": "conflict" if len(counts) > 1 else "agreed",
                "conflicts": ["rank"] if len(counts) > 1 else [],
            }
            computed[key] = (values, {x.ranking_id: (x.canonical_id, x.agrees, x.rank == rank) for x in got})
        _write_keyed(conn, "canonical_rankings", "canonical_ranking_sources", "ranking_id", computed)


def refresh_quotes(conn: Connection, keys: set[str]) -> None:
    ls, q, a = TABLES["canonical_quote_sources"], TABLES["quotes"], TABLES["articles"]
    for chunk in chunks(sorted(keys)):
        rows = defaultdict(list)
        query = (
            select(ls.c.quote_id, ls.c.key, ls.c.canonical_id, q.c.speaker_id, q.c.speaker_name, q.c.text)
            .add_columns(a.c.published, a.c.article_id, a.c.text_sha256, q.c.span_id)
            .join(q, q.c.id == ls.c.quote_id)
            .join(a, a.c.id == q.c.article_id)
            .where(ls.c.key.in_(chunk))
        )
        for row in conn.execute(query):
            rows[row.key].append(row)
        computed = {}
        for key in chunk:
            got = rows.get(key)
            if not got:
                computed[key] = (None, {})
                continue
            got.sort(key=lambda x: (_day(x.published) or dt.date.max, x.article_id, x.text_sha256, x.text))
            names = Counter(x.speaker_name for x in got if x.speaker_name)
            published = [_day(x.published) for x in got if x.published is not None]
            values = {
                "key": key,
                "speaker_id": got[0].speaker_id,
                "speaker_name": min(names, key=lambda v: (-names[v], v)) if names else None,
                "text": got[0].text,
                "first_published": min(published) if published else None,
                "sources": len(got),
            }
            computed[key] = (values, {x.quote_id: (x.canonical_id, None, None) for x in got})
        _write_keyed(conn, "canonical_quotes", "canonical_quote_sources", "quote_id", computed)


def refresh_players(conn: Connection, ids: set[int], *, linked: bool) -> None:
    """The players' canonical rows; ``linked``: also their reference ids, from the canonical
    matches linked to a reference result."""
    ap, cp = TABLES["article_players"], TABLES["canonical_players"]
    for chunk in chunks(sorted(ids)):
        seen: dict[int, Counter] = defaultdict(Counter)
        query = (
            select(ap.c.player_id, ap.c.nationality, func.count(func.distinct(ap.c.article_id)))
            .where(ap.c.player_id.in_(chunk))
            .group_by(ap.c.player_id, ap.c.nationality)
        )
        for player, nationality, n in conn.execute(query):
            seen[player][nationality] += n
        refs = reference_ids(conn, chunk) if linked else {}
        existing = {r.player_id: r for r in conn.execute(select(cp).where(cp.c.player_id.in_(chunk)))}
        inserts, updates, gone = [], [], []
        for player in chunk:
            counts = seen.get(player)
            if not counts:
                if player in existing:
                    gone.append(player)
                continue
            stated = Counter({k: v for k, v in counts.items() if k is not None})
            nationality = min(stated, key=lambda v: (-stated[v], v)) if stated else None
            values = {
                "sources": sum(counts.values()),
                "nationality": nationality,
                "agreeing": sum(counts.values()) - (sum(stated.values()) - stated[nationality] if stated else 0),
                "state": "conflict" if len(stated) > 1 else "agreed",
                "conflicts": ["nationality"] if len(stated) > 1 else [],
            }
            if linked:
                ref = refs.get(player)
                values["reference_id"], values["reference_name"] = ref if ref else (None, None)
            old = existing.get(player)
            if old is None:
                inserts.append({"player_id": player, "reference_id": None, "reference_name": None, **values})
            elif any(getattr(old, k) != v for k, v in values.items()):
                updates.append({"pk": player, **values})
        insert_rows(conn, "canonical_players", inserts)
        if updates:
            conn.execute(update(cp).where(cp.c.player_id == bindparam("pk")), updates)
        if gone:
            conn.execute(delete(cp).where(cp.c.player_id.in_(gone)))


def reference_ids(conn: Connection, players: list[int]) -> dict[int, tuple[str, str]]:
    """Player id -> (reference id, name) most of the player's linked canonical matches give."""
    c = TABLES["canonical_matches"]
    columns = (c.c.winner_id, c.c.loser_id, c.c.winner_partner_id, c.c.loser_partner_id)
    query = select(c.c.reference_players).where(
        c.c.reference_status.in_(("confirmed", "conflict")), or_(*(col.in_(players) for col in columns))
    )
    votes: dict[int, Counter] = defaultdict(Counter)
    wanted = set(players)
    for (mapping,) in conn.execute(query):
        for player, ref in (mapping or {}).items():
            if int(player) in wanted:
                votes[int(player)][tuple(ref)] += 1
    return {p: min(v, key=lambda r: (-v[r], r)) for p, v in votes.items()}


def _day(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])
