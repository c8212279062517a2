"""The facts of a record as editors review them: one key per fact, what evidence to highlight,
how a correction is checked, and how decisions turn a record into its verified version.

Nothing here touches the database: a record and its decisions go in, facts and records come out.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Literal

from pydantic import BaseModel, ValidationError

from extractor.scores import parse_score
from models import ArticleRecord
from models.record import (
    City,
    DateMention,
    HeadToHead,
    Match,
    Player,
    Quote,
    Ranking,
    Span,
    Tournament,
    Venue,
)

# Panel order; each kind's list in the record.
KINDS: tuple[str, ...] = ("match", "player", "ranking", "quote", "tournament", "venue", "city", "date", "head_to_head")
FIELD_OF = {
    "match": "matches",
    "player": "players",
    "ranking": "rankings",
    "quote": "quotes",
    "tournament": "tournaments",
    "venue": "venues",
    "city": "cities",
    "date": "dates",
    "head_to_head": "head_to_head",
}
MODEL_OF: dict[str, type[BaseModel]] = {
    "match": Match,
    "player": Player,
    "ranking": Ranking,
    "quote": Quote,
    "tournament": Tournament,
    "venue": Venue,
    "city": City,
    "date": DateMention,
    "head_to_head": HeadToHead,
}
# What an editor may change, per kind (evidence spans are the text's, never edited).
EDITABLE: dict[str, tuple[str, ...]] = {
    "match": ("winner", "loser", "winner_partner", "loser_partner", "score", "round", "date", "tournament", "venue"),
    "player": ("name", "nationality", "age"),
    "ranking": ("player", "rank", "kind", "tour"),
    "quote": ("speaker", "speaker_name"),
    "tournament": ("name", "category", "city"),
    "venue": ("name", "city"),
    "city": ("name",),
    "date": ("value",),
    "head_to_head": ("player", "opponent", "wins", "meetings"),
}
# References from a fact to the entities it needs: (field, entity kind, required). A required
# reference the verified record cannot keep leaves the fact out; an optional one is cleared.
REFERENCES: dict[str, tuple[tuple[str, str, bool], ...]] = {
    "match": (
        ("winner", "player", True),
        ("loser", "player", True),
        ("winner_partner", "player", True),
        ("loser_partner", "player", True),
        ("tournament", "tournament", False),
        ("venue", "venue", False),
    ),
    "ranking": (("player", "player", True),),
    "quote": (("speaker", "player", False),),
    "head_to_head": (("player", "player", True), ("opponent", "player", True)),
}
ENTITY_KINDS = ("player", "tournament", "venue")

# A fact's confidences (models.record): the probability that it, its score, its speaker is right.
CONFIDENCE_FIELDS = ("confidence", "score_confidence", "speaker_confidence")

Decision = Literal["accept", "reject", "correct", "clear"]
DECISIONS: tuple[str, ...] = ("accept", "reject", "correct", "clear")
KEPT = frozenset({"accept", "correct"})

# The rank phrase inside a ranking's evidence sentence ("world No 1", "No. 12", "ranked 29th",
# "fifth seed", "seeded seventh", "[3]"), highlighted so the editor sees what the rank was read from.
RE_RANK_PHRASE = re.compile(
    r"""
    (?:world\s+)?(?:No\.?|number|Nr\.?)\s*\d+            # world No 1, No. 12, number 3
    | (?:world\s+)?number\s+(?:one|two|three|four|five|six|seven|eight|nine|ten)\b   # world number one
    | ranked\s+(?:No\.?\s*)?\d+(?:st|nd|rd|th)?          # ranked 29th, ranked No 5
    | \b\d+(?:st|nd|rd|th)\s+seed\b                      # 3rd seed
    # fifth seed
    | \b(?:top|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\w+teenth|twentieth|\w+ty-\w+)
      \s+seed(?:ed)?\b
    | \bseeded\s+(?:No\.?\s*)?\w+                         # seeded seventh, seeded No 3
    | \[\d+\]                                           # [3] after a name
    """,
    re.IGNORECASE | re.VERBOSE,
)


class CorrectionError(ValueError):
    """A correction that would make the fact invalid; the message says what to fix."""


@dataclass
class Fact:
    """One reviewable fact: its kind, its key within the article, the item as extracted, the
    spans to colour (highlight kind, span) and every evidence span it rests on."""

    kind: str
    ref: str
    item: BaseModel
    marks: list[tuple[str, Span]] = field(default_factory=list)
    evidence: list[Span] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str]:
        return (self.kind, self.ref)


def _ref(kind: str, item: Any) -> str:
    if kind in ("player", "tournament", "venue", "match"):
        return item.id
    if kind == "city":
        return f"city:{item.name}"
    if kind == "ranking":
        return f"R{item.evidence.start}-{item.evidence.end}:{item.player}:{item.kind}"
    if kind == "quote":
        return f"Q{item.span.start}-{item.span.end}"
    if kind == "date":
        return f"D{item.span.start}-{item.span.end}"
    return f"H{item.evidence.start}-{item.evidence.end}:{item.player}:{item.opponent}"


def _sub_span(outer: Span, part: str | None) -> Span | None:
    if not part:
        return None
    at = outer.text.find(part)
    if at < 0:
        return None
    return Span(start=outer.start + at, end=outer.start + at + len(part), text=part)


def _marks(kind: str, item: Any) -> tuple[list[tuple[str, Span]], list[Span]]:
    if kind in ("player", "tournament", "venue", "city"):
        return [(kind, s) for s in item.mentions], list(item.mentions)
    if kind == "match":
        marks = [("match", item.evidence)]
        score = _sub_span(item.evidence, item.score.text if item.score else None)
        if score is not None:
            marks.append(("score", score))
        return marks, [item.evidence]
    if kind == "ranking":
        m = RE_RANK_PHRASE.search(item.evidence.text)
        phrase = _sub_span(item.evidence, m.group(0)) if m else None
        return [("ranking", phrase or item.evidence)], [item.evidence]
    if kind == "quote":
        marks = [("quote", item.span)]
        if item.attribution is not None:
            marks.append(("attribution", item.attribution))
        return marks, [item.span] + ([item.attribution] if item.attribution else [])
    if kind == "date":
        return [("date", item.span)], [item.span]
    return [("head_to_head", item.evidence)], [item.evidence]


def facts_of(record: ArticleRecord) -> list[Fact]:
    """Every reviewable fact of a record, in panel order (kinds as in KINDS, record order within)."""
    out: list[Fact] = []
    seen: set[tuple[str, str]] = set()
    for kind in KINDS:
        for item in getattr(record, FIELD_OF[kind]):
            ref, n = _ref(kind, item), 1
            while (kind, ref) in seen:  # the same fact twice in one record: keep both apart
                n += 1
                ref = f"{_ref(kind, item)}#{n}"
            seen.add((kind, ref))
            marks, evidence = _marks(kind, item)
            out.append(Fact(kind, ref, item, marks, evidence))
    return out


def fact_confidence(item: Any) -> float | None:
    """The least of a fact's known confidences (a match's sides and score, a quote and its
    speaker): how doubtful it is. None when it has none (a city, a head-to-head, an old record)."""
    known = [v for name in CONFIDENCE_FIELDS if (v := getattr(item, name, None)) is not None]
    return min(known, default=None)


def machine_confidence(item: Any) -> float | None:
    """The confidence the machine may accept a fact at: the least of all its confidences, each of
    which must be known (a match with a score needs the score's, a quote its speaker's); else None."""
    if getattr(item, "confidence", None) is None:
        return None
    values = [item.confidence]
    if getattr(item, "score", None) is not None:
        values.append(item.score_confidence)
    if hasattr(item, "speaker_confidence"):
        values.append(item.speaker_confidence)
    return None if None in values else min(values)


def _names(record: ArticleRecord) -> dict[str, str]:
    return (
        {p.id: p.name for p in record.players}
        | {t.id: t.name for t in record.tournaments}
        | {v.id: v.name for v in record.venues}
    )


def snapshot(fact: Fact, record: ArticleRecord) -> dict[str, Any]:
    """The fact's value as a decision was made on it: references as names (ids may be renumbered by
    a newer extraction) and no mention lists. A decision whose snapshot differs from the current
    fact was made on an earlier extraction and no longer counts."""
    names = _names(record)
    data = fact.item.model_dump(mode="json", exclude={"mentions"})
    for name, _, _ in REFERENCES.get(fact.kind, ()):
        if data.get(name) is not None:
            data[name] = names.get(data[name], data[name])
    return json.loads(json.dumps(data, sort_keys=True))


def _judged(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in (data or {}).items() if k not in CONFIDENCE_FIELDS}


def same_fact(original: dict[str, Any], current: dict[str, Any]) -> bool:
    """Whether a decision's snapshot is of the fact as it stands: confidences aside (an editor judged
    the fact, not the model's belief in it, so a recalibration leaves decisions in force)."""
    return _judged(original) == _judged(current)


# -- corrections --------------------------------------------------------------------------------


def _blank(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def _integer(name: str, value: Any) -> int | None:
    value = _blank(value)
    if value is None:
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        raise CorrectionError(f"{name} must be a whole number, got {value!r}") from None


def correct(fact: Fact, record: ArticleRecord, changes: dict[str, Any]) -> dict[str, Any]:
    """The normalised correction for ``changes`` (editable field -> new value as typed); raises
    CorrectionError when the corrected fact would not be valid in this record."""
    unknown = sorted(set(changes) - set(EDITABLE[fact.kind]))
    if unknown:
        raise CorrectionError(
            f"a {fact.kind} has no editable field {', '.join(unknown)}; editable: {', '.join(EDITABLE[fact.kind])}"
        )
    out: dict[str, Any] = {}
    for name, value in changes.items():
        value = _blank(value)
        if name == "score":
            if value is None:
                out[name] = None
                continue
            score = parse_score(value)
            if score is None:
                raise CorrectionError(
                    f"{value!r} is not a legal tennis score; write the sets from the winner's side, e.g. 6-4 3-6 7-6(5)"
                )
            out[name] = score.model_dump(mode="json")
        elif name in ("age", "rank", "wins", "meetings"):
            out[name] = _integer(name, value)
        elif name == "nationality" and value is not None:
            out[name] = value.upper()
        else:
            out[name] = value
    corrected_item(fact, record, out)  # raises when invalid
    return out


def corrected_item(fact: Fact, record: ArticleRecord, corrected: dict[str, Any]) -> BaseModel:
    """The fact's item with ``corrected`` applied, validated, its references checked."""
    data = fact.item.model_dump(mode="json")
    data.update(corrected)
    try:
        item = MODEL_OF[fact.kind].model_validate(data)
    except ValidationError as exc:
        err = exc.errors(include_url=False)[0]
        where = ".".join(str(p) for p in err["loc"])
        raise CorrectionError(f"{where + ': ' if where else ''}{err['msg'].removeprefix('Value error, ')}") from None
    ids = {
        "player": {p.id for p in record.players},
        "tournament": {t.id for t in record.tournaments},
        "venue": {v.id for v in record.venues},
    }
    for name, kind, _ in REFERENCES.get(fact.kind, ()):
        ref = getattr(item, name)
        if ref is not None and ref not in ids[kind]:
            raise CorrectionError(f"{name}: {ref!r} is not a {kind} of this article")
    if fact.kind == "head_to_head" and item.player == item.opponent:
        raise CorrectionError("a head-to-head needs two different players")
    return item


def needed_players(fact: Fact, item: BaseModel) -> list[str]:
    """The players a match, ranking or head-to-head cannot be exported without (its required
    references), as ``item`` (the fact, corrected or not) names them."""
    return [
        ref
        for name, kind, required in REFERENCES.get(fact.kind, ())
        if required and kind == "player" and (ref := getattr(item, name)) is not None
    ]


def accepted_with(fact: Fact) -> str:
    """The reason a player accepted along with ``fact`` carries: "with match M1", "with a ranking"."""
    return f"with match {fact.ref}" if fact.kind == "match" else f"with a {fact.kind.replace('_', '-')}"


# -- decisions applied --------------------------------------------------------------------------


@dataclass
class State:
    """Where a fact stands: its current decision (None: unreviewed), and the decision row behind it."""

    decision: str | None = None
    corrected: dict[str, Any] | None = None
    editor: str | None = None
    decided_at: Any = None
    stale: Any = None  # the latest decision when it was made on an earlier extraction
    reason: str | None = None  # why rejected; for a player accepted with a match, "with match M1"
    machine: float | None = None  # accepted by the machine (--auto-accept) at this confidence


@dataclass
class Outcome:
    """A record with decisions applied: the record, what was left out and why, per fact."""

    record: ArticleRecord
    items: dict[tuple[str, str], BaseModel]  # fact key -> item with its correction applied
    left_out: dict[tuple[str, str], str] = field(default_factory=dict)  # kept fact -> why it is not in the record
    cleared: dict[tuple[str, str], list[str]] = field(default_factory=dict)  # kept fact -> optional references dropped
    machine: int = 0  # facts in the record that only the machine accepted


def states(
    facts: Iterable[Fact], record: ArticleRecord, latest: dict[tuple[str, str], Any]
) -> dict[tuple[str, str], State]:
    """Each fact's State from the latest decision row per fact key (rows with decision,
    corrected, original, editor, decided_at, machine, confidence); a decision made on an earlier
    extraction is stale. A machine acceptance holds for the fact as it was, confidences included:
    when they change it is gone (no note: nobody decided)."""
    out = {}
    for fact in facts:
        row = latest.get(fact.key)
        if row is None or row.decision == "clear":
            out[fact.key] = State()
        elif getattr(row, "machine", False):
            holds = row.original == snapshot(fact, record)
            machine = State("accept", None, row.editor, row.decided_at, reason=row.reason, machine=row.confidence)
            out[fact.key] = machine if holds else State()
        elif not same_fact(row.original, snapshot(fact, record)):
            out[fact.key] = State(stale=row)
        else:
            out[fact.key] = State(
                row.decision,
                row.corrected if row.decision == "correct" else None,
                row.editor,
                row.decided_at,
                reason=row.reason,
            )
    return out


def apply_decisions(
    record: ArticleRecord, facts: list[Fact], fact_states: dict[tuple[str, str], State], *, verified: bool
) -> Outcome:
    """The record with corrections applied. ``verified`` keeps only accepted and corrected facts,
    leaving out a fact whose required references (a match's players, a ranking's player) are not
    kept, and clearing optional ones (a match's tournament, a quote's speaker id)."""
    items: dict[tuple[str, str], BaseModel] = {}
    for fact in facts:
        state = fact_states.get(fact.key, State())
        item = fact.item
        if state.decision == "correct" and state.corrected:
            try:
                item = corrected_item(fact, record, state.corrected)
            except CorrectionError:
                item = fact.item  # a correction that no longer fits (its entity was renumbered): as extracted
        items[fact.key] = item

    def kept(fact: Fact) -> bool:
        return not verified or fact_states.get(fact.key, State()).decision in KEPT

    kept_ids = {kind: {fact.item.id for fact in facts if fact.kind == kind and kept(fact)} for kind in ENTITY_KINDS}
    names = _names(record)
    outcome = Outcome(record=record, items=items)
    lists: dict[str, list[dict[str, Any]]] = {name: [] for name in FIELD_OF.values()}
    for fact in facts:
        if not kept(fact):
            continue
        item = items[fact.key]
        data = item.model_dump(mode="json")
        for name, kind, required in REFERENCES.get(fact.kind, ()):
            ref = data.get(name)
            if ref is None or ref in kept_ids[kind]:
                continue
            who = f"{names.get(ref, ref)} ({ref})"
            if required:
                rejected = fact_states.get((kind, ref), State()).decision == "reject"
                outcome.left_out[fact.key] = f"its {name.replace('_', ' ')} {who} " + (
                    "was rejected" if rejected else f"is not an accepted {kind} yet"
                )
                break
            data[name] = None
            outcome.cleared.setdefault(fact.key, []).append(f"{name} {who}")
        else:
            lists[FIELD_OF[fact.kind]].append(data)
            outcome.machine += fact_states.get(fact.key, State()).machine is not None
    base = record.model_dump(mode="json")
    base.update(lists)
    outcome.record = ArticleRecord.model_validate(base)
    return outcome
