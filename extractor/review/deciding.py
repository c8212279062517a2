"""Deciding on facts: an editor's accept, reject, correct or undo, recorded with the players a
match takes along, and the article's list row updated in the same transaction. ``Review`` (in
``service``) takes these methods from ``Deciding``; they use its reading helpers (``_key``,
``_loaded``, ``_write``, ``_update_summary``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from extractor.db.facts import (
    DECISIONS,
    CorrectionError,
    Fact,
    State,
    accepted_with,
    correct,
    corrected_item,
    needed_players,
    snapshot,
    states,
)
from extractor.db.machine import MACHINE
from extractor.review import decisions, listing
from extractor.review.records import ArticleKey
from models import ArticleRecord

MAX_REASON = 500


class ReviewError(Exception):
    """A request the review cannot carry out; ``status`` is the HTTP status that fits."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


@dataclass
class Loaded:
    key: ArticleKey
    record: ArticleRecord | None
    facts: list[Fact]
    error: str | None = None


def fact_states_of(loaded: Loaded, latest: dict[tuple[str, str], Any]) -> dict[tuple[str, str], State]:
    return states(loaded.facts, loaded.record, latest)


def _same(name: str, before: Any, after: Any) -> bool:
    """Whether a corrected field keeps its value (a score retyped in another notation does)."""
    if name == "score" and isinstance(before, dict) and isinstance(after, dict):
        return {k: v for k, v in before.items() if k != "text"} == {k: v for k, v in after.items() if k != "text"}
    return before == after


class Deciding:
    """The deciding half of ``Review``."""

    def decide(
        self,
        pk: int,
        kind: str,
        ref: str,
        decision: str,
        *,
        editor: str,
        changes: dict[str, Any] | None = None,
        reason: str | None = None,
    ) -> decisions.DecisionRow:
        """Record an editor's decision on one fact: accept, reject (with an optional ``reason``),
        correct (with ``changes``, editable field -> new value) or clear (back to unreviewed;
        history keeps the rest). The article's list row is updated in the same transaction.

        Accepting or correcting a match, ranking or head-to-head accepts its players that nobody
        has decided on yet (their decision rows say "with match M1"), so the verified export keeps
        it; a player already rejected stays so, and the fact's card says it is not exported.
        Clearing the fact clears the players it accepted that way, unless decided on since."""
        editor = (editor or "").strip()
        if not editor:
            raise ReviewError("an editor name is required: say who you are before deciding")
        if len(editor) > decisions.MAX_EDITOR:
            raise ReviewError(f"the editor name is longer than {decisions.MAX_EDITOR} characters")
        if decision not in DECISIONS:
            raise ReviewError(f"decision must be one of {', '.join(DECISIONS)}, got {decision!r}")
        if editor.lower() == MACHINE:
            raise ReviewError(f"{MACHINE!r} names the machine's acceptances, not an editor")
        reason = (reason or "").strip()[:MAX_REASON] or None
        key = self._key(pk)
        item = self._loaded([key])[pk]
        if item.record is None:
            raise ReviewError(item.error or f"article {pk} cannot be read", status=500)
        fact = next((f for f in item.facts if f.key == (kind, ref)), None)
        if fact is None:
            raise ReviewError(f"article {pk} has no {kind} {ref!r}", status=404)
        corrected = None
        if decision == "correct":
            if not changes:
                raise ReviewError("a correction needs the changed fields")
            try:
                corrected = correct(fact, item.record, changes)
            except CorrectionError as exc:
                raise ReviewError(str(exc), status=422) from None
            before = fact.item.model_dump(mode="json")
            corrected = {k: v for k, v in corrected.items() if not _same(k, before.get(k), v)}
            if not corrected:
                raise ReviewError("nothing was changed: accept the fact instead", status=422)
        return self._record(
            key,
            kind,
            ref,
            decision,
            editor=editor,
            original=snapshot(fact, item.record),
            corrected=corrected,
            reason=reason if decision == "reject" else None,
            players=self._players_along(key, item, fact, decision, corrected),
        )

    def _players_along(
        self, key: ArticleKey, item: Loaded, fact: Fact, decision: str, corrected: dict[str, Any] | None
    ) -> list[tuple[str, str, dict[str, Any], str]]:
        """(player ref, decision, its snapshot, reason) for the players a decision on ``fact``
        accepts (or clears again) along with it."""
        with self.engine.connect() as conn:
            latest = decisions.latest(conn, [(key.article_id, key.text_sha256)]).get(
                (key.article_id, key.text_sha256), {}
            )
        fact_states = fact_states_of(item, latest)
        why = accepted_with(fact)
        if decision == "clear":
            refs = needed_players(fact, _item_as_decided(fact, item.record, fact_states.get(fact.key, State())))
            wanted, then = lambda s: s.decision == "accept" and s.reason == why, "clear"
        elif decision in ("accept", "correct"):
            refs = needed_players(fact, _item_as_decided(fact, item.record, State("correct", corrected)))
            wanted, then = lambda s: s.decision is None, "accept"
        else:
            return []
        players = {f.ref: f for f in item.facts if f.kind == "player"}
        return [
            (ref, then, snapshot(players[ref], item.record), why)
            for ref in dict.fromkeys(refs)
            if ref in players and wanted(fact_states.get(("player", ref), State()))
        ]

    def _record(
        self,
        key: ArticleKey,
        kind: str,
        ref: str,
        decision: str,
        *,
        players: list[tuple[str, str, dict[str, Any], str]] = (),  # type: ignore[assignment]
        **values: Any,
    ) -> decisions.DecisionRow:
        with self._write() as conn:
            listing.lock_summary(conn, key.pk)
            row = decisions.add(
                conn,
                key.article_id,
                key.text_sha256,
                kind,
                ref,
                decision,
                extractor_version=key.extractor_version,
                **values,
            )
            for player, then, original, why in players:
                decisions.add(
                    conn,
                    key.article_id,
                    key.text_sha256,
                    "player",
                    player,
                    then,
                    editor=values["editor"],
                    original=original,
                    reason=why,
                    extractor_version=key.extractor_version,
                )
            self._update_summary(conn, key)
        return row

    def undo(self, decision_id: int, *, editor: str) -> decisions.DecisionRow:
        """Undo a decision still in force: its fact goes back to the decision before it (or to
        unreviewed), recorded as a new decision by ``editor``; the history keeps both. The machine's
        acceptance ends with the first editor's decision on the fact, so undoing either (the
        machine's acceptance, or an editor's decision after it) leaves the fact unreviewed."""
        with self.engine.connect() as conn:
            row = decisions.get(conn, decision_id)
            if row is None:
                raise ReviewError(f"no decision {decision_id}", status=404)
            history = decisions.history(conn, row.article_id, row.text_sha256, row.kind, row.ref)
            pk = listing.article_pk(conn, row.article_id, row.text_sha256)
        if history[0].id != row.id:
            raise ReviewError(
                f"decision {decision_id} is no longer in force: {history[0].editor} decided on that fact since",
                status=409,
            )
        if pk is None:
            raise ReviewError(f"the article of decision {decision_id} is no longer loaded", status=404)
        earlier = history[1] if len(history) > 1 else None
        key = self._key(pk)
        item = self._loaded([key])[pk]
        fact = next((f for f in item.facts if f.key == (row.kind, row.ref)), None)

        def along(decision: str, corrected: dict[str, Any] | None = None) -> list:
            """The players that go with the match (as deciding on its card does)."""
            return self._players_along(key, item, fact, decision, corrected) if fact is not None else []

        if earlier is None or earlier.decision == "clear" or earlier.machine:  # an editor's decision ended it
            return self._record(
                key,
                row.kind,
                row.ref,
                "clear",
                editor=editor,
                original=row.original,
                reason=f"undo of #{row.id}",
                players=along("clear"),
            )
        return self._record(
            key,
            row.kind,
            row.ref,
            earlier.decision,
            editor=editor,
            original=earlier.original,
            corrected=earlier.corrected,
            reason=earlier.reason,
            players=along(earlier.decision, earlier.corrected),
        )


def _item_as_decided(fact: Fact, record: ArticleRecord, state: State) -> Any:
    """The fact as its decision in force has it (corrected, when it was)."""
    if state.decision == "correct" and state.corrected:
        try:
            return corrected_item(fact, record, state.corrected)
        except CorrectionError:
            return fact.item
    return fact.item
