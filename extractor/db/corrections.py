"""An editor's correction of a canonical match, and the sources of one canonical match side by side.

A correction names the fields it fixes: ``winner`` (a player id of either side: that side won),
``score`` (from the winner's side, as in records; the outcome comes with it), ``round``, ``date``.
Every correction is a row of ``canonical_corrections`` (the history); the latest is copied onto the
match (``corrected``, ``corrected_by``, ``corrected_at``), and consumers see the corrected values.
An empty correction undoes the one in force. Corrections stay with a canonical match while it keeps
its sources (the loader keeps its id).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, select, update

from extractor.db.schema import TABLES, utcnow
from extractor.scores import parse_score
from models.record import Round

ROUNDS: tuple[str, ...] = Round.__args__  # type: ignore[attr-defined]
FIELDS = ("winner", "score", "round", "date")


class MatchCorrectionError(ValueError):
    """A correction that cannot be stored; the message says what to fix."""


def correct_match(conn: Connection, canonical_id: int, changes: dict[str, Any], editor: str) -> dict[str, Any]:
    """Check and store a correction (see the module docstring); returns the fields stored."""
    c = TABLES["canonical_matches"]
    row = conn.execute(select(c).where(c.c.id == canonical_id)).first()
    if row is None:
        raise MatchCorrectionError(f"no canonical match {canonical_id}")
    unknown = sorted(set(changes) - set(FIELDS))
    if unknown:
        raise MatchCorrectionError(f"no field {', '.join(unknown)} on a match; correct {', '.join(FIELDS)}")
    fixed: dict[str, Any] = {}
    for name, value in changes.items():
        value = value.strip() if isinstance(value, str) else value
        if value in (None, ""):
            continue
        if name == "winner":
            sides = {row.winner_id, row.winner_partner_id, row.loser_id, row.loser_partner_id} - {None}
            if not str(value).isdigit() or int(value) not in sides:
                raise MatchCorrectionError("winner: pick one of the match's players")
            fixed["winner"] = int(value)
        elif name == "score":
            score = parse_score(value)
            if score is None:
                raise MatchCorrectionError(
                    f"{value!r} is not a legal tennis score; write the sets from the winner's side, e.g. 6-4 3-6 7-6(5)"
                )
            fixed["score"], fixed["outcome"] = score.normalised() or None, score.outcome
        elif name == "round":
            if value not in ROUNDS:
                raise MatchCorrectionError(f"round must be one of {', '.join(ROUNDS)}")
            fixed["round"] = value
        else:
            try:
                fixed["date"] = dt.date.fromisoformat(value).isoformat()
            except ValueError:
                raise MatchCorrectionError(f"date {value!r} is not YYYY-MM-DD") from None
    now = utcnow()
    conn.execute(
        TABLES["canonical_corrections"]
        .insert()
        .values(canonical_id=canonical_id, corrected=fixed or None, editor=editor, decided_at=now)
    )
    conn.execute(
        update(c)
        .where(c.c.id == canonical_id)
        .values(corrected=fixed or None, corrected_by=editor if fixed else None, corrected_at=now if fixed else None)
    )
    return fixed


def sources_of(conn: Connection, canonical_id: int) -> list[dict[str, Any]]:
    """Every article match row of a canonical match, as its article gives it: names as written,
    score, round, date, tournament, the evidence sentence, confidence and whether it agrees."""
    ls, m, a = TABLES["canonical_match_sources"], TABLES["matches"], TABLES["articles"]
    e, t, ap = TABLES["mentions"], TABLES["tournaments"], TABLES["article_players"]
    query = (
        select(
            m.c.id,
            m.c.article_id.label("pk"),
            m.c.local_id,
            m.c.winner_id,
            m.c.loser_id,
            m.c.winner_partner_id,
            m.c.loser_partner_id,
            m.c.score,
            m.c.score_text,
            m.c.outcome,
            m.c.round,
            m.c.date,
            m.c.confidence,
            ls.c.agrees,
            a.c.article_id,
            a.c.title,
            a.c.published,
            t.c.name.label("tournament"),
            e.c.text.label("evidence"),
        )
        .join(m, m.c.id == ls.c.match_id)
        .join(a, a.c.id == m.c.article_id)
        .join(e, e.c.id == m.c.evidence_id)
        .outerjoin(t, t.c.id == m.c.tournament_id)
        .where(ls.c.canonical_id == canonical_id)
        .order_by(a.c.published, a.c.article_id, m.c.local_id)
    )
    rows = list(conn.execute(query))
    written: dict[tuple[int, int], str] = {}
    pks = sorted({r.pk for r in rows})
    if pks:
        for r in conn.execute(select(ap.c.article_id, ap.c.player_id, ap.c.name).where(ap.c.article_id.in_(pks))):
            written.setdefault((r.article_id, r.player_id), r.name)

    def name(pk: int, player: int | None) -> str | None:
        return written.get((pk, player)) if player is not None else None

    return [
        {
            "match_id": r.id,
            "article_pk": r.pk,
            "article_id": r.article_id,
            "title": r.title,
            "published": r.published.isoformat() if r.published else None,
            "local_id": r.local_id,
            "winner_id": r.winner_id,
            "winner": name(r.pk, r.winner_id),
            "winner_partner": name(r.pk, r.winner_partner_id),
            "loser": name(r.pk, r.loser_id),
            "loser_partner": name(r.pk, r.loser_partner_id),
            "score": r.score,
            "score_text": r.score_text,
            "outcome": r.outcome,
            "round": r.round,
            "date": r.date.isoformat() if r.date else None,
            "tournament": r.tournament,
            "evidence": r.evidence,
            "confidence": r.confidence,
            "agrees": bool(r.agrees),
        }
        for r in rows
    ]
