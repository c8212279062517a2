"""The match view of the review page: canonical matches (one per real match), conflicts first, each
with every source side by side and the reference result, and a correction on the canonical match.

Routes: ``/matches`` (the list: conflicts between sources, with the reference, or all; a player
filter; keyset pages), ``/matches/<id>`` (one match) and ``POST /api/matches/<id>/correction``
(JSON ``{"winner": player id, "score", "round", "date"}``; ``{}`` undoes the correction in force).
"""

from __future__ import annotations

from typing import Any

from flask import Flask, g, jsonify, render_template, request
from flask_login import current_user
from sqlalchemy import and_, func, or_, select, true

from extractor.db.corrections import ROUNDS, MatchCorrectionError, correct_match, sources_of
from extractor.db.engine import WRITE_OPTION
from extractor.db.match_list import describe, players_named
from extractor.db.schema import TABLES

PAGE = 50
SHOWS = {
    "conflicts": "Conflicts",
    "sources": "Sources disagree",
    "reference": "Reference disagrees",
    "corrected": "Corrected",
    "all": "All",
}


def _condition(show: str):
    c = TABLES["canonical_matches"]
    if show == "sources":
        return c.c.state == "conflict"
    if show == "reference":
        return c.c.reference_status == "conflict"
    if show == "conflicts":
        return and_(or_(c.c.state == "conflict", c.c.reference_status == "conflict"), c.c.corrected_by.is_(None))
    if show == "corrected":
        return c.c.corrected_by.is_not(None)
    return true()


def register(app: Flask, review) -> None:
    """Add the match view's routes to the review app (``review``: extractor.review.service.Review)."""

    @app.get("/matches")
    def matches_page() -> str:
        show = request.args.get("show", "conflicts")
        show = show if show in SHOWS else "conflicts"
        player = request.args.get("player", "").strip()
        after = request.args.get("after", "")
        c = TABLES["canonical_matches"]
        query = select(c).where(_condition(show))
        with review.engine.connect() as conn:
            if player:
                who = players_named(conn, player) or [-1]
                columns = (c.c.winner_id, c.c.loser_id, c.c.winner_partner_id, c.c.loser_partner_id)
                query = query.where(or_(*(col.in_(who) for col in columns)))
            if after.isdigit():
                query = query.where(c.c.id > int(after))
            rows = list(conn.execute(query.order_by(c.c.id).limit(PAGE + 1)))
            counts = {n: conn.execute(select(func.count()).select_from(c).where(_condition(n))).scalar() for n in SHOWS}
            items = describe(conn, rows[:PAGE])
        more = rows[PAGE - 1].id if len(rows) > PAGE else None
        return render_template(
            "matches.html", items=items, show=show, shows=SHOWS, counts=counts, player=player, more=more
        )

    @app.get("/matches/<int:cid>")
    def match_page(cid: int):
        c = TABLES["canonical_matches"]
        with review.engine.connect() as conn:
            row = conn.execute(select(c).where(c.c.id == cid)).first()
            if row is None:
                return render_template("error.html", message=f"There is no match {cid}."), 404
            items = describe(conn, [row])
            sources = sources_of(conn, cid)
            players = _players(conn, row)
        return render_template(
            "match.html",
            m=items[0],
            sources=sources,
            players=players,
            rounds=ROUNDS,
            differs=_differs(items[0], sources),
        )

    @app.post("/api/matches/<int:cid>/correction")
    def correct(cid: int):
        if not request.is_json or not isinstance(request.get_json(silent=True), dict):
            return jsonify(error="send the correction as a JSON object"), 415
        editor = "local" if g.open else current_user.name
        try:
            with review.engine.execution_options(**{WRITE_OPTION: True}).begin() as conn:
                fixed = correct_match(conn, cid, request.get_json(), editor)
        except MatchCorrectionError as exc:
            status = 404 if str(exc).startswith("no canonical match") else 422
            return jsonify(error=str(exc)), status
        return jsonify(corrected=fixed or None)


def _players(conn, row) -> list[tuple[int, str]]:
    p = TABLES["players"]
    ids = [x for x in (row.winner_id, row.winner_partner_id, row.loser_id, row.loser_partner_id) if x]
    names = dict(conn.execute(select(p.c.id, p.c.name).where(p.c.id.in_(ids))).all())
    return [(i, names.get(i, str(i))) for i in ids]


def _differs(m: dict[str, Any], sources: list[dict[str, Any]]) -> dict[int, set[str]]:
    """Per source, the fields that differ from the canonical match (highlighted on the page)."""
    from extractor.db.canonical import scores_agree

    out = {}
    for s in sources:
        fields = set()
        if s["winner_id"] not in m["winner_ids"]:
            fields.add("winner")
        if s["score"] and m["score"] and not scores_agree(s["score"], m["score"]):
            fields.add("score")
        for name in ("outcome", "round", "date", "tournament"):
            if s[name] and m.get(name) and s[name] != m[name]:
                fields.add(name)
        out[s["match_id"]] = fields
    return out
