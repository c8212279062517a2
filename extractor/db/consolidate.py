"""Keeping the canonical tables up to date as articles load, in the load's own transaction.

Each new fact row gets a source row carrying its key: the pair of sides for a match, (player, kind,
week) for a ranking, (speaker, words) for a quote. After a batch is written, every key the batch
touched (and every key of the articles it replaced) is computed again from all of that key's
sources in the database, and only what changed is written. A key's canonical facts depend on its
sources alone, so loading the same records again changes nothing and the order in which articles
load does not change the result; canonical match ids are kept where a match keeps its sources, so
an editor's correction stays with it.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import Connection, bindparam, delete, select, update

from extractor.db.canonical import WINDOW_DAYS, MatchSource, agree, group_sources, pair_key, side_key
from extractor.db.corroboration import match_confidence
from extractor.db.engine import chunks
from extractor.db.gathered import link_fact_sources, players_of, refresh_players, refresh_quotes, refresh_rankings
from extractor.db.linking import Link, ReferenceIndex, Subject, verdict
from extractor.db.rows import insert_rows
from extractor.db.schema import TABLES

WINDOW_SETTING = "consolidation_window_days"
# The canonical match columns computed from the sources (the rest are the editors').
COMPUTED = (
    "pair_key",
    "winner_id",
    "winner_partner_id",
    "loser_id",
    "loser_partner_id",
    "tournament_id",
    "season",
    "round",
    "date",
    "first_published",
    "score",
    "outcome",
    "best_of",
    "state",
    "conflicts",
    "sources",
    "agreeing",
    "confidence",
    "reference_id",
    "reference_status",
    "reference_conflicts",
    "reference_players",
)


def window_days(conn: Connection) -> int:
    s = TABLES["review_settings"]
    value = conn.execute(select(s.c.value).where(s.c.name == WINDOW_SETTING)).scalar()
    return int(value) if value is not None else WINDOW_DAYS


def set_window_days(conn: Connection, days: int) -> None:
    s = TABLES["review_settings"]
    if conn.execute(update(s).where(s.c.name == WINDOW_SETTING).values(value=str(days))).rowcount == 0:
        conn.execute(s.insert().values(name=WINDOW_SETTING, value=str(days)))


@dataclass
class Touched:
    """The keys whose canonical facts must be computed again."""

    pairs: set[str] = field(default_factory=set)
    rankings: set[str] = field(default_factory=set)
    quotes: set[str] = field(default_factory=set)
    players: set[int] = field(default_factory=set)

    def update(self, other: Touched) -> None:
        self.pairs |= other.pairs
        self.rankings |= other.rankings
        self.quotes |= other.quotes
        self.players |= other.players


def touched_by(conn: Connection, pks: list[int]) -> Touched:
    """The keys of the facts the articles ``pks`` hold now (before they are replaced)."""
    out = Touched()
    ls, m = TABLES["canonical_match_sources"], TABLES["matches"]
    rs, r = TABLES["canonical_ranking_sources"], TABLES["rankings"]
    qs, q = TABLES["canonical_quote_sources"], TABLES["quotes"]
    for chunk in chunks(pks):
        out.pairs.update(
            conn.execute(select(ls.c.pair_key).join(m, m.c.id == ls.c.match_id).where(m.c.article_id.in_(chunk)))
            .scalars()
            .all()
        )
        out.rankings.update(
            conn.execute(select(rs.c.key).join(r, r.c.id == rs.c.ranking_id).where(r.c.article_id.in_(chunk)))
            .scalars()
            .all()
        )
        out.quotes.update(
            conn.execute(select(qs.c.key).join(q, q.c.id == qs.c.quote_id).where(q.c.article_id.in_(chunk)))
            .scalars()
            .all()
        )
        out.players.update(players_of(conn, chunk))
    return out


def link_sources(conn: Connection, matches: list[dict], rankings: list[dict], quotes: list[dict], published) -> Touched:
    """Source rows for a batch's new fact rows (dicts with their ids, as ``FactRows`` wrote them);
    ``published`` maps an article pk to its publication day. Returns the keys they touch."""
    out = Touched()
    links = []
    for row in matches:
        key = match_pair(row)
        links.append({"match_id": row["id"], "pair_key": key, "canonical_id": None, "agrees": True})
        out.pairs.add(key)
    insert_rows(conn, "canonical_match_sources", links)
    out.rankings, out.quotes = link_fact_sources(conn, rankings, quotes, published)
    return out


def match_pair(row) -> str:
    get = row.get if isinstance(row, dict) else row._mapping.get
    return pair_key(
        side_key(get("winner_id"), get("winner_partner_id")), side_key(get("loser_id"), get("loser_partner_id"))
    )


class Consolidator:
    """Computes touched keys again within a transaction. The reference index is read once (it
    changes only when results are imported); ``references=False`` never links."""

    def __init__(self, references: bool = True) -> None:
        self._refs: ReferenceIndex | None | bool = None if references else False
        self.window = WINDOW_DAYS

    def refresh(self, conn: Connection, touched: Touched) -> None:
        self.window = window_days(conn)
        if self._refs is None:
            self._refs = ReferenceIndex.read(conn, self.window) or False
        for chunk in chunks(sorted(touched.pairs)):
            self._refresh_pairs(conn, chunk)
        refresh_rankings(conn, touched.rankings)
        refresh_quotes(conn, touched.quotes)
        refresh_players(conn, touched.players, linked=bool(self._refs))

    # -- matches -----------------------------------------------------------------------------

    def _refresh_pairs(self, conn: Connection, pairs: list[str]) -> None:
        ls, m, a, c = (
            TABLES["canonical_match_sources"],
            TABLES["matches"],
            TABLES["articles"],
            TABLES["canonical_matches"],
        )
        query = (
            select(
                ls.c.match_id,
                ls.c.pair_key,
                ls.c.canonical_id,
                ls.c.agrees,
                m.c.winner_id,
                m.c.winner_partner_id,
                m.c.loser_id,
                m.c.loser_partner_id,
                m.c.tournament_id,
                m.c.round,
                m.c.date,
                m.c.score,
                m.c.outcome,
                m.c.best_of,
                m.c.confidence,
                m.c.local_id,
                a.c.article_id,
                a.c.text_sha256,
                a.c.published,
            )
            .join(m, m.c.id == ls.c.match_id)
            .join(a, a.c.id == m.c.article_id)
            .where(ls.c.pair_key.in_(pairs))
        )
        by_pair: dict[str, list] = {}
        for row in conn.execute(query):
            by_pair.setdefault(row.pair_key, []).append(row)
        existing = {r.id: r for r in conn.execute(select(c).where(c.c.pair_key.in_(pairs)))}
        names, tournaments = self._context(conn, by_pair) if self._refs else ({}, {})
        inserts, updates, link_changes, kept = [], [], [], set()
        for key in pairs:
            rows = by_pair.get(key, [])
            info = {r.match_id: r for r in rows}
            groups = group_sources((source(r) for r in rows), self.window)
            groups.sort(key=lambda g: (-len(g.members), str(g.key)))
            for group in groups:
                values, agrees = self._canonical(key, group.members, names, tournaments)
                prior = Counter(
                    info[s.match_id].canonical_id
                    for s in group.members
                    if info[s.match_id].canonical_id in existing and info[s.match_id].canonical_id not in kept
                )
                cid = min(prior, key=lambda i: (-prior[i], i)) if prior else None
                if cid is None:
                    inserts.append((values, group.members, agrees))
                    continue
                kept.add(cid)
                old = existing[cid]
                if any(_differs(getattr(old, k), values[k]) for k in COMPUTED):
                    updates.append({"pk": cid, **values})
                for s in group.members:
                    r = info[s.match_id]
                    if r.canonical_id != cid or r.agrees != agrees[s.match_id]:
                        link_changes.append({"mid": s.match_id, "cid": cid, "ag": agrees[s.match_id]})
        new_ids = insert_rows(conn, "canonical_matches", [v for v, _, _ in inserts], ids=True)
        for cid, (_, members, agrees) in zip(new_ids, inserts):
            link_changes.extend({"mid": s.match_id, "cid": cid, "ag": agrees[s.match_id]} for s in members)
        if updates:
            conn.execute(update(c).where(c.c.id == bindparam("pk")), updates)
        if link_changes:
            conn.execute(
                update(ls)
                .where(ls.c.match_id == bindparam("mid"))
                .values(canonical_id=bindparam("cid"), agrees=bindparam("ag")),
                link_changes,
            )
        gone = sorted(set(existing) - kept)
        if gone:
            conn.execute(delete(c).where(c.c.id.in_(gone)))

    def _canonical(self, key: str, members: list[MatchSource], names, tournaments) -> tuple[dict, dict[int, bool]]:
        side1, side2 = key.split("|")
        link = Link("unlinked")
        first = agree(members)
        if self._refs:
            t = tournaments.get(first.tournament_id, (None, None))
            subject = Subject(
                _ids(side1), _ids(side2), t[0], t[1], first.season, first.round, first.date or first.first_published
            )
            link = self._refs.link(subject, names)
        hint = None
        if link.status == "linked":
            from extractor.db.canonical import Hint

            hint = Hint(side1 if link.side1_won else side2, link.match.score, link.match.outcome)
        agreed = agree(members, hint) if hint else first
        status, differs = verdict(link, agreed.winner == side1, agreed.score, agreed.outcome, agreed.round)
        w, wp = _roles(members, agreed.winner)
        lo, lp = _roles(members, agreed.loser)
        disagreeing = len(members) - agreed.agreeing
        confidences = [s.confidence for s in members if agreed.agrees[s.match_id]]
        values = {
            "pair_key": key,
            "winner_id": w,
            "winner_partner_id": wp,
            "loser_id": lo,
            "loser_partner_id": lp,
            "tournament_id": agreed.tournament_id,
            "season": agreed.season,
            "round": agreed.round,
            "date": agreed.date,
            "first_published": agreed.first_published,
            "score": agreed.score,
            "outcome": agreed.outcome,
            "best_of": agreed.best_of,
            "state": agreed.state,
            "conflicts": list(agreed.conflicts),
            "sources": len(members),
            "agreeing": agreed.agreeing,
            "confidence": match_confidence(confidences, disagreeing, status),
            "reference_id": link.match.id if link.match else None,
            "reference_status": status if status != "linked" else "confirmed",
            "reference_conflicts": list(differs),
            "reference_players": {str(p): list(ref) for p, ref in sorted(link.players.items())} or None,
        }
        return values, agreed.agrees

    def _context(self, conn: Connection, by_pair: dict[str, list]) -> tuple[dict[int, set[str]], dict]:
        """Folded names and aliases of the players, and (name key, city key) of the tournaments."""
        from extractor.db.registry import fold

        p, al, t = TABLES["players"], TABLES["player_aliases"], TABLES["tournaments"]
        ids = {int(x) for key in by_pair for side in key.split("|") for x in side.split("+")}
        tids = {r.tournament_id for rows in by_pair.values() for r in rows if r.tournament_id is not None}
        names: dict[int, set[str]] = {}
        for chunk in chunks(sorted(ids)):
            for r in conn.execute(select(p.c.id, p.c.name_key).where(p.c.id.in_(chunk))):
                names.setdefault(r.id, set()).add(r.name_key)
            for r in conn.execute(select(al.c.player_id, al.c.alias_key).where(al.c.player_id.in_(chunk))):
                names.setdefault(r.player_id, set()).add(r.alias_key)
        tournaments = {}
        for chunk in chunks(sorted(tids)):
            for r in conn.execute(select(t.c.id, t.c.name_key, t.c.city).where(t.c.id.in_(chunk))):
                tournaments[r.id] = (r.name_key, fold(r.city) if r.city else None)
        return names, tournaments


def source(r) -> MatchSource:
    return MatchSource(
        match_id=r.match_id,
        order=(r.article_id, r.text_sha256, r.local_id),
        winner=side_key(r.winner_id, r.winner_partner_id),
        loser=side_key(r.loser_id, r.loser_partner_id),
        tournament_id=r.tournament_id,
        round=r.round,
        date=_day(r.date),
        published=_day(r.published),
        score=r.score,
        outcome=r.outcome,
        best_of=r.best_of,
        confidence=r.confidence,
    )


def _day(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _ids(side: str) -> tuple[int, ...]:
    return tuple(int(x) for x in side.split("+"))


def _roles(members: list[MatchSource], side: str) -> tuple[int, int | None]:
    """A side's player and, in doubles, partner (by id; consumers order partners by name)."""
    ids = _ids(side)
    return ids[0], (ids[1] if len(ids) > 1 else None)


def _differs(old, new) -> bool:
    if isinstance(new, float) and old is not None:
        return abs(old - new) > 1e-9
    return old != new


def refresh_all(conn: Connection, consolidator: Consolidator | None = None) -> Touched:
    """Give every fact a source row (a database loaded before schema version 3 has none) and compute
    every canonical fact again; canonical ids stay where their sources do. Returns the keys."""
    m, ls = TABLES["matches"], TABLES["canonical_match_sources"]
    r, rs = TABLES["rankings"], TABLES["canonical_ranking_sources"]
    q, qs = TABLES["quotes"], TABLES["canonical_quote_sources"]
    missing = select(m.c.id, m.c.winner_id, m.c.winner_partner_id, m.c.loser_id, m.c.loser_partner_id)
    missing = missing.outerjoin(ls, ls.c.match_id == m.c.id).where(ls.c.match_id.is_(None))
    matches = [{**row._mapping} for row in conn.execute(missing)]
    rankings = [
        {**row._mapping}
        for row in conn.execute(
            select(r.c.id, r.c.player_id, r.c.kind, r.c.as_of)
            .outerjoin(rs, rs.c.ranking_id == r.c.id)
            .where(rs.c.ranking_id.is_(None))
        )
    ]
    quotes = [
        {**row._mapping}
        for row in conn.execute(
            select(q.c.id, q.c.speaker_id, q.c.speaker_name, q.c.text)
            .outerjoin(qs, qs.c.quote_id == q.c.id)
            .where(qs.c.quote_id.is_(None))
        )
    ]
    for part in chunks(matches, 5000):
        link_sources(conn, part, [], [], {})
    for part in chunks(rankings, 5000):
        link_sources(conn, [], [{**x, "as_of": _day(x["as_of"])} for x in part], [], {})
    for part in chunks(quotes, 5000):
        link_sources(conn, [], [], part, {})

    def keys(*columns) -> set:
        return {k for col in columns for k in conn.execute(select(col).distinct()).scalars()}

    # the keys with sources, and those of canonical rows whose sources went away
    cm, cr, cq = TABLES["canonical_matches"], TABLES["canonical_rankings"], TABLES["canonical_quotes"]
    touched = Touched(
        pairs=keys(ls.c.pair_key, cm.c.pair_key),
        rankings=keys(rs.c.key, cr.c.key),
        quotes=keys(qs.c.key, cq.c.key),
        players=keys(TABLES["article_players"].c.player_id, TABLES["canonical_players"].c.player_id),
    )
    (consolidator or Consolidator()).refresh(conn, touched)
    return touched
