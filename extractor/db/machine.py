"""Acceptances by the machine (``load --auto-accept P``, ``review --auto-accept P``): the open facts
whose confidence is at or above P are accepted without an editor, so that they count as accepted in
the verified export, and editors spend their time on the doubtful ones.

They are rows of ``review_decisions`` marked ``machine`` (editor 'machine', the threshold and the
confidence accepted at), apart from editors' decisions wherever those are counted:

- a fact is accepted when each of its confidences is known and at or above P (a match with a score
  needs its score's confidence too, a quote its speaker's; see ``facts.machine_confidence``);
- a match or ranking accepted so takes its undecided players along ("with match M1"), as an
  editor's acceptance does: a match's confidence is the probability that its winner and loser are
  right, so its players are right at least as often;
- only facts that no editor has ever decided on: any editor's decision on a fact, an undo included,
  ends the machine's say on it for good (editors' decisions always win, and are never redone);
- an acceptance holds for the fact as it was, confidences included (``facts.states``): a newer
  extraction that changes either puts the fact back among the open ones, to be accepted again by
  the next auto-accept when it still qualifies.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, insert, select

from extractor.db.facts import (
    Fact,
    State,
    accepted_with,
    facts_of,
    machine_confidence,
    needed_players,
    snapshot,
    states,
)
from extractor.db.schema import TABLES, utcnow
from models import ArticleRecord

MACHINE = "machine"  # the editor name machine rows carry (an account cannot take it)
CHUNK = 500


@dataclass(frozen=True)
class Acceptance:
    kind: str
    ref: str
    original: dict[str, Any]
    confidence: float
    reason: str | None = None  # "with match M1" for a player accepted along


def acceptances(
    record: ArticleRecord,
    facts: list[Fact],
    fact_states: dict[tuple[str, str], State],
    decided: set[tuple[str, str]],
    threshold: float,
) -> list[Acceptance]:
    """What the machine accepts in one article: open facts at or above ``threshold`` that no editor
    ever ``decided`` on, then the undecided players of the matches, rankings and head-to-heads
    among them."""

    def open_(key: tuple[str, str]) -> bool:
        return key not in decided and fact_states.get(key, State()).decision is None

    out: list[Acceptance] = []
    taken: dict[tuple[str, str], Fact] = {}
    for fact in facts:
        confidence = machine_confidence(fact.item)
        if confidence is not None and confidence >= threshold and open_(fact.key):
            out.append(Acceptance(fact.kind, fact.ref, snapshot(fact, record), confidence))
            taken[fact.key] = fact
    players = {f.ref: f for f in facts if f.kind == "player"}
    for accepted in list(out):
        fact = taken[(accepted.kind, accepted.ref)]
        for ref in needed_players(fact, fact.item):
            if ref in players and ("player", ref) not in taken and open_(("player", ref)):
                taken[("player", ref)] = players[ref]
                out.append(
                    Acceptance("player", ref, snapshot(players[ref], record), accepted.confidence, accepted_with(fact))
                )
    return out


def accept_open(
    conn: Connection, articles: list[tuple[ArticleRecord, int]], threshold: float
) -> dict[int, tuple[list[Fact], dict[tuple[str, str], State], int]]:
    """Accept the open facts at or above ``threshold`` of ``articles`` (record, primary key), in
    the caller's transaction. Returns per article its facts, their states after, and how many the
    machine accepted now: what its review summary is computed from."""
    d = TABLES["review_decisions"]
    history: dict[tuple[str, str], list[Any]] = {}
    ids = sorted({record.article.id for record, _ in articles})
    for start in range(0, len(ids), CHUNK):
        query = select(d).where(d.c.article_id.in_(ids[start : start + CHUNK])).order_by(d.c.id)
        for row in conn.execute(query):
            history.setdefault((row.article_id, row.text_sha256), []).append(row)
    now = utcnow()
    rows: list[dict[str, Any]] = []
    out = {}
    for record, pk in articles:
        art = record.article
        latest: dict[tuple[str, str], Any] = {}
        decided: set[tuple[str, str]] = set()
        for row in history.get((art.id, art.text_sha256), []):
            latest[(row.fact_kind, row.fact_ref)] = row
            if not row.machine:
                decided.add((row.fact_kind, row.fact_ref))
        facts = facts_of(record)
        fact_states = states(facts, record, latest)
        new = acceptances(record, facts, fact_states, decided, threshold)
        for a in new:
            fact_states[(a.kind, a.ref)] = State("accept", None, MACHINE, now, reason=a.reason, machine=a.confidence)
            rows.append(
                {
                    "article_id": art.id,
                    "text_sha256": art.text_sha256,
                    "fact_kind": a.kind,
                    "fact_ref": a.ref,
                    "decision": "accept",
                    "corrected": None,
                    "original": a.original,
                    "editor": MACHINE,
                    "decided_at": now,
                    "reason": a.reason,
                    "extractor_version": art.extractor_version,
                    "machine": True,
                    "threshold": threshold,
                    "confidence": a.confidence,
                }
            )
        out[pk] = (facts, fact_states, len(new))
    if rows:
        conn.execute(insert(d), rows)
    return out
