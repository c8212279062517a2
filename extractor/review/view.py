"""What the review page shows: the article text cut into highlighted segments, and one card per
fact with its label, details, state and edit form values. Plain data for the templates."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from extractor.db.facts import EDITABLE, REFERENCES, Fact, Outcome, State, fact_confidence
from extractor.db.summaries import state_name
from extractor.review.records import ArticleKey
from extractor.text.plain import header_end
from models import ArticleRecord
from models.record import Round

KIND_TITLE = {
    "match": "Matches",
    "player": "Players",
    "ranking": "Rankings",
    "quote": "Quotes",
    "tournament": "Tournaments",
    "venue": "Venues",
    "city": "Cities",
    "date": "Dates",
    "head_to_head": "Head-to-head",
}
KIND_NAME = {
    "match": "Match",
    "player": "Player",
    "ranking": "Ranking",
    "quote": "Quote",
    "tournament": "Tournament",
    "venue": "Venue",
    "city": "City",
    "date": "Date",
    "head_to_head": "Head-to-head",
}
# Highlight kinds drawn as a background colour (short spans) and as an underline (sentences).
CHIP_KINDS = ("score", "player", "tournament", "venue", "city", "date", "ranking", "attribution")
LINE_KINDS = ("quote", "match", "ranking_line", "head_to_head")
LEGEND = ("player", "match", "score", "ranking", "quote", "tournament", "venue", "city", "date", "head_to_head")
LEGEND_NAME = {
    "score": "Score",
    "head_to_head": "Head-to-head",
    **{k: v for k, v in KIND_NAME.items() if k != "head_to_head"},
}
ROUNDS: tuple[str, ...] = Round.__args__  # type: ignore[attr-defined]
OUTCOME_MARK = {"retired": "ret.", "walkover": "w/o", "defaulted": "def."}


@dataclass
class Segment:
    text: str
    facts: tuple[int, ...] = ()  # every fact whose evidence covers the piece, most specific first
    marked: tuple[int, ...] = ()  # the facts whose highlight covers it (what hovering names)
    chip: str | None = None
    lines: tuple[str, ...] = ()
    cruft: bool = False
    header: bool = False  # the scraper's ' date YYYY-MM-DD ' header: kept in the page, not shown

    @property
    def plain(self) -> bool:
        return not (self.facts or self.cruft or self.header)

    @property
    def classes(self) -> str:
        out = ["s"]
        if self.chip:
            out.append(f"c-{self.chip}")
        out.extend(f"u-{kind}" for kind in self.lines)
        if self.cruft:
            out.append("cruft")
        return " ".join(out)


@dataclass
class FactCard:
    index: int
    kind: str
    ref: str
    title: str
    details: list[tuple[str, str]]
    body: str | None
    state: str  # unreviewed, accept, reject, correct, machine (accepted by the machine)
    editor: str | None
    decided_at: dt.datetime | None
    was: str | None  # the title as extracted, when a correction changed it
    stale_by: str | None  # editor of a decision made on an earlier extraction
    notes: list[str] = field(default_factory=list)
    low_confidence: bool = False
    form: dict[str, Any] = field(default_factory=dict)
    via: str | None = None  # a player accepted along with a match: "with match M1"
    confidence: float | None = None  # the least of the fact's confidences (its doubt); None: unknown
    machine: float | None = None  # accepted by the machine at this confidence

    @property
    def label(self) -> str:
        return f"{KIND_NAME[self.kind]}: {self.title}"


def segments(text: str, facts: list[Fact], record: ArticleRecord) -> list[Segment]:
    """The text cut at every span edge; each piece knows which facts cover it and how to colour it
    (the shortest chip wins the background; sentence-long kinds add an underline or a tint). The
    scraper's date header is a piece of its own, hidden on the page: the pieces still add up to the
    text, so offsets are unchanged."""
    spans: list[tuple[int, int, int, str | None]] = []  # (start, end, fact index, mark kind or None for evidence)
    for i, fact in enumerate(facts):
        for kind, s in fact.marks:
            if (
                kind == "ranking"
                and fact.evidence
                and (s.start, s.end) == (fact.evidence[0].start, fact.evidence[0].end)
            ):
                kind = "ranking_line"
            spans.append((s.start, s.end, i, kind))
        for s in fact.evidence:
            spans.append((s.start, s.end, i, None))
    cruft = [(b.span.start, b.span.end) for b in record.boilerplate]
    header = header_end(text)
    cuts = {0, header, len(text)}
    for start, end, _, _ in spans:
        cuts.update((start, end))
    for start, end in cruft:
        cuts.update((start, end))
    cuts = sorted(c for c in cuts if 0 <= c <= len(text))
    out: list[Segment] = []
    for a, b in zip(cuts, cuts[1:]):
        if a == b:
            continue
        covering = [(end - start, i, kind) for start, end, i, kind in spans if start <= a and b <= end]
        covering.sort(key=lambda c: (c[2] is None, c[0]))
        order: list[int] = []
        for _, i, _ in covering:
            if i not in order:
                order.append(i)
        marked = tuple(dict.fromkeys(i for _, i, kind in covering if kind is not None))
        chips = [(length, kind) for length, _, kind in covering if kind in CHIP_KINDS]
        lines = {kind for _, _, kind in covering if kind in LINE_KINDS}
        seg = Segment(
            text=text[a:b],
            facts=tuple(order),
            marked=marked,
            chip=min(chips)[1] if chips else None,
            lines=tuple(k for k in LINE_KINDS if k in lines),
            cruft=any(s <= a and b <= e for s, e in cruft),
            header=b <= header,
        )
        last = out[-1] if out else None
        if last and (last.facts, last.marked, last.chip, last.lines, last.cruft, last.header) == (
            seg.facts,
            seg.marked,
            seg.chip,
            seg.lines,
            seg.cruft,
            seg.header,
        ):
            last.text += seg.text
        else:
            out.append(seg)
    return out


def _score_text(score: Any) -> str:
    """The normalised score with its outcome ('6-3 2-1 ret.', 'w/o'): what parse_score reads back."""
    if score is None:
        return "no score"
    return f"{score.normalised()} {OUTCOME_MARK.get(score.outcome, '')}".strip()


def _title(kind: str, item: Any, names: dict[str, str]) -> str:
    def n(ref: str | None) -> str:
        return names.get(ref, ref or "?")

    if kind == "match":
        win = n(item.winner) + (f" / {n(item.winner_partner)}" if item.winner_partner else "")
        lose = n(item.loser) + (f" / {n(item.loser_partner)}" if item.loser_partner else "")
        return f"{win} d. {lose}"
    if kind in ("player", "tournament", "venue", "city"):
        return item.name
    if kind == "ranking":
        what = f"world No {item.rank}" if item.kind == "world" else f"seed {item.rank}"
        return f"{n(item.player)}: {what}" + (f" ({item.tour})" if item.tour else "")
    if kind == "quote":
        return item.speaker_name or (n(item.speaker) if item.speaker else "unattributed")
    if kind == "date":
        return f"{item.text} → {item.value}"
    return f"{n(item.player)} vs {n(item.opponent)}: {item.wins} of {item.meetings}"


def _details(kind: str, item: Any, names: dict[str, str]) -> tuple[list[tuple[str, str]], str | None]:
    if kind == "match":
        rows = [("score", _score_text(item.score))]
        rows += [
            (label, value)
            for label, value in (
                ("round", item.round),
                ("tournament", names.get(item.tournament) if item.tournament else None),
                ("venue", names.get(item.venue) if item.venue else None),
                ("date", item.date),
            )
            if value
        ]
        rows += _confidences(("confidence", item.confidence), ("score confidence", item.score_confidence))
        return rows, None
    if kind == "player":
        return [
            ("nationality", item.nationality or "—"),
            ("age", str(item.age) if item.age is not None else "—"),
            ("mentions", str(len(item.mentions))),
        ], None
    if kind == "ranking":
        return [("kind", item.kind), ("tour", item.tour or "—")], None
    if kind == "quote":
        who = f"a player ({item.speaker})" if item.speaker else ("not a player" if item.speaker_name else "unknown")
        confidences = _confidences(("confidence", item.confidence), ("speaker confidence", item.speaker_confidence))
        return [("speaker", who)] + confidences, item.span.text
    if kind == "tournament":
        return [(k, v) for k, v in (("category", item.category), ("city", item.city)) if v], None
    if kind == "venue":
        return [("city", item.city)] if item.city else [], None
    if kind == "city":
        return [("mentions", str(len(item.mentions)))], None
    if kind == "date":
        return [], None
    return [("wins", str(item.wins)), ("meetings", str(item.meetings))], None


def _confidences(*pairs: tuple[str, float | None]) -> list[tuple[str, str]]:
    """The known confidences of a fact of two parts (a match and its score, a quote and its
    speaker) as detail rows, two decimals; the card's head shows the least of them, and is all a
    fact of one part shows."""
    return [(label, f"{value:.2f}") for label, value in pairs if value is not None]


def _form(kind: str, item: Any) -> dict[str, Any]:
    values = {}
    for name in EDITABLE[kind]:
        value = getattr(item, name)
        if name == "score":
            value = _score_text(value) if value is not None else ""
        values[name] = "" if value is None else value
    return values


def cards(
    record: ArticleRecord,
    facts: list[Fact],
    fact_states: dict[tuple[str, str], State],
    display: Outcome,
    verified: Outcome,
    low_confidence: float,
) -> list[FactCard]:
    """One card per fact: labels from the corrected record (a corrected player's name shows in
    every match), what the verified export does with it, and its edit form values. Within a kind
    the least certain fact comes first (facts without a confidence last, in record order)."""
    names = {p.id: display.items[("player", p.id)].name for p in record.players}
    names |= {t.id: display.items[("tournament", t.id)].name for t in record.tournaments}
    names |= {v.id: display.items[("venue", v.id)].name for v in record.venues}
    original_names = (
        {p.id: p.name for p in record.players}
        | {t.id: t.name for t in record.tournaments}
        | {v.id: v.name for v in record.venues}
    )
    out = []
    for i, fact in enumerate(facts):
        state = fact_states.get(fact.key, State())
        item = display.items[fact.key]
        title = _title(fact.kind, item, names)
        details, body = _details(fact.kind, item, names)
        was = None
        if state.decision == "correct":
            before = _title(fact.kind, fact.item, original_names)
            old_details, _ = _details(fact.kind, fact.item, original_names)
            changed = [f"{k} {v}" for (k, v) in old_details if (k, v) not in details and k not in ("mentions",)]
            was = ", ".join(([before] if before != title else []) + changed) or None
        notes = []
        if fact.key in verified.left_out:
            notes.append("Not exported: " + verified.left_out[fact.key])
        elif state.decision in ("accept", "correct") and fact.key in verified.cleared:
            notes.append("Exported without " + "; ".join(verified.cleared[fact.key]) + " (not accepted)")
        elif state.decision is None:
            notes.extend(_blocked(fact, item, fact_states, names))
        confidence = fact_confidence(fact.item)
        out.append(
            FactCard(
                index=i,
                kind=fact.kind,
                ref=fact.ref,
                title=title,
                details=details,
                body=body,
                state=state_name(state),
                editor=state.editor,
                decided_at=state.decided_at,
                was=was,
                stale_by=state.stale.editor if state.stale is not None else None,
                notes=notes,
                low_confidence=confidence is not None and confidence < low_confidence,
                form=_form(fact.kind, item),
                via=state.reason if state.decision == "accept" else None,
                confidence=confidence,
                machine=state.machine,
            )
        )
    return sorted(out, key=lambda c: (c.confidence is None, c.confidence or 0.0, c.index))


def _blocked(fact: Fact, item: Any, fact_states: dict[tuple[str, str], State], names: dict[str, str]) -> list[str]:
    """For an unreviewed fact: the references editors already rejected."""
    out = []
    for name, kind, _ in REFERENCES.get(fact.kind, ()):
        ref = getattr(item, name)
        if ref is not None and fact_states.get((kind, ref), State()).decision == "reject":
            out.append(f"Its {name.replace('_', ' ')} {names.get(ref, ref)} was rejected")
    return out


def when(value: dt.datetime | None) -> str:
    """A decision time for people: '14:05' today, else '3 Nov 14:05' (UTC)."""
    if value is None:
        return ""
    value = value.astimezone(dt.timezone.utc)
    now = dt.datetime.now(dt.timezone.utc)
    return value.strftime("%H:%M UTC") if value.date() == now.date() else value.strftime("%-d %b %Y %H:%M UTC")


# -- the pages' data ------------------------------------------------------------------------------


@dataclass
class Summary:
    """One article in the list (a review_summaries row)."""

    pk: int
    article_id: str
    title: str
    published: dt.date | None
    source: str | None
    counts: Counter  # unreviewed, accept, reject, correct, machine
    total: int
    warnings: int
    low_confidence: int
    status: str
    error: str | None = None
    doubt: float | None = None  # the least confidence among its open facts

    @property
    def reviewed(self) -> int:
        return self.total - self.counts["unreviewed"]


@dataclass
class Page:
    rows: list[Summary]
    totals: dict[str, Any]
    next_after: int | None  # keyset: the next page holds articles after this pk
    prev_before: int | None  # the previous page, articles before this pk


@dataclass
class ArticleView:
    key: ArticleKey
    record: ArticleRecord
    title: str
    segments: list[Segment]
    cards: list[FactCard]
    counts: Counter
    players: list[tuple[str, str]]  # (id, name) with corrections applied: the edit forms' choices
    tournaments: list[tuple[str, str]]
    venues: list[tuple[str, str]]
    previous: int | None = None
    next: int | None = None
    next_unreviewed: int | None = None
    exported: dict[str, int] = field(default_factory=dict)


def row_summary(r: Any) -> Summary:
    """A list row from its review_summaries row (joined with its article)."""
    counts = Counter(
        {
            "unreviewed": r.unreviewed,
            "accept": r.accepted,
            "correct": r.corrected,
            "reject": r.rejected,
            "machine": r.machine_accepted,
        }
    )
    return Summary(
        r.article_pk,
        r.article_id,
        r.title,
        r.published,
        r.source,
        counts,
        r.facts,
        r.warnings,
        r.low_confidence,
        r.status,
        r.error,
        r.doubt,
    )
