"""Masked sentences: player references become ``⟨Rk⟩``, score runs ``⟨Sk⟩``, quoted speech blanks.

Stages that read clauses (matches, rankings, head-to-heads) write their patterns against this
form, so one pattern covers every way of naming a player.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Mapping

from spacy.tokens import Doc

from extractor.findings import Ref, refs_between
from extractor.results.pairs import team_refs
from extractor.results.placeholders import ref_index, ref_placeholder, run_placeholder
from extractor.scores import ScoreRun, find_score_runs
from extractor.text.layout import Layout, layout


@dataclass
class Masked:
    text: str
    refs: list[Ref]
    runs: list[ScoreRun]  # offsets into the document
    ref_pos: list[int] = field(default_factory=list)  # masked offset of each ref placeholder
    run_pos: list[int] = field(default_factory=list)
    partners: dict[int, str] = field(default_factory=dict)  # ref index -> partner key: a team named as one


# A possessive pronoun before the noun it owns: "her 6-3 6-2 win", "their first title"
RE_POSSESSIVE = re.compile(r"(?i:his|her|their|its)$")
RE_OWNED_NOUN = re.compile(
    r"\s+(?:[\w'’.-]+[\s,]+){0,4}?(?:win|wins|victory|victories|triumph|success|upset|loss|losses|defeat|defeats|exit"
    r"|elimination|run|title|campaign|conqueror|opponent)\b",
    re.IGNORECASE,
)


RE_DIGIT = re.compile(r"\d")


def sentence_runs(text: str, sent: tuple[int, int], lay: Layout) -> list[ScoreRun]:
    """The score runs of one sentence outside quoted speech, offsets into the document."""
    s0, s1 = sent
    if RE_DIGIT.search(text, s0, s1) is None:
        return []  # every set score is written in digits
    runs = [ScoreRun(s0 + r.start, s0 + r.end, r.text, r.sets, r.outcome) for r in find_score_runs(text[s0:s1])]
    return [r for r in runs if not lay.in_quote(r.start)]


def mask_sentence(
    text: str,
    sent: tuple[int, int],
    refs: list[Ref],
    lay: Layout,
    *,
    scores: bool = True,
    runs: list[ScoreRun] | None = None,
    partners: Mapping[int, str] | None = None,
    possessives: bool = False,
) -> Masked:
    """``scores=False`` leaves score-like numbers as written (head-to-head records "leads 7-0");
    ``runs``: the sentence's score runs when already found (``sentence_runs``); ``partners``: the
    partner of each team reference, by its start; ``possessives``: a possessive pronoun is written as
    its player's possessive ("her 6-3 win" -> "⟨R0⟩’s ⟨S0⟩ win")."""
    s0, s1 = sent
    quoted = _quotes_within(lay, s0, s1)
    # ``refs`` is in text order: only those starting inside the sentence are looked at.
    inside = [r for r in refs_between(refs, s0, s1) if r.end <= s1 and not (quoted and lay.in_quote(r.start))]
    runs = list(runs) if runs is not None else sentence_runs(text, sent, lay) if scores else []
    items = [(r.start, r.end, "R", i) for i, r in enumerate(inside)] + [
        (r.start, r.end, "S", i) for i, r in enumerate(runs)
    ]
    items.sort()
    out: list[str] = []
    length = 0  # of the masked text so far
    pos = s0
    masked = Masked("", inside, runs, [0] * len(inside), [0] * len(runs))
    for start, end, kind, i in items:
        if start < pos:
            continue
        out.append(_blank_quotes(text, pos, start, lay) if quoted else text[pos:start])
        length += len(out[-1])
        (masked.ref_pos if kind == "R" else masked.run_pos)[i] = length
        out.append(ref_placeholder(i) if kind == "R" else run_placeholder(i))
        length += len(out[-1])
        if kind == "R" and partners and start in partners:
            masked.partners[i] = partners[start]
        if kind == "R" and possessives and RE_POSSESSIVE.match(text, start, end) and RE_OWNED_NOUN.match(text, end):
            out.append("’s")
            length += len(out[-1])
        pos = end
    out.append(_blank_quotes(text, pos, s1, lay) if quoted else text[pos:s1])
    masked.text = "".join(out)
    return masked


def _quotes_within(lay: Layout, start: int, end: int) -> bool:
    """Whether quoted speech overlaps text[start:end] (quotes are in text order, as ``_blank_quotes`` reads them)."""
    first = max(0, bisect.bisect_right(lay._quote_starts, start) - 1)
    last = bisect.bisect_left(lay._quote_starts, end)
    return any(q.end > start for q in lay.quotes[first:last])


def _blank_quotes(text: str, start: int, end: int, lay: Layout) -> str:
    """text[start:end] with quoted speech turned to spaces (same length)."""
    out = []
    pos = start
    first = max(0, bisect.bisect_right(lay._quote_starts, start) - 1)  # quotes are in text order
    for q in lay.quotes[first:]:
        if q.start >= end:
            break
        if q.end <= pos:
            continue
        a, b = max(q.start, pos), min(q.end, end)
        out.append(text[pos:a])
        out.append(" " * (b - a))
        pos = b
    out.append(text[pos:end])
    return "".join(out)


def masked_sentences(doc: Doc, *, people: bool = True) -> list[tuple[tuple[int, int], Masked]]:
    """Every story sentence outside other-sport parts, masked with all of ``doc._.tennis_refs``
    (pronouns included; ``people=False`` leaves non-players' names as written). Computed once
    per Doc and variant, and cached in ``doc.user_data`` like the layout."""
    cache_key = f"tennis_masked:{people}"
    cached = doc.user_data.get(cache_key)
    if cached is not None:
        return cached
    lay = layout(doc)
    other = tuple(doc._.tennis_other_sport or ())  # read once: a Doc extension is slow to read per sentence

    def other_sport(pos: int) -> bool:  # as extractor.text.layout.other_sport reads it
        return any(s <= pos < e for s, e in other)

    players = {p.key for p in doc._.tennis_players or ()}
    all_refs = [r for r in doc._.tennis_refs or () if people or r.key in players]
    names = sorted((r for r in all_refs if r.kind != "pronoun"), key=lambda r: r.start)
    pronouns = [r for r in all_refs if r.kind == "pronoun"]
    refs = sorted(names + pronouns, key=lambda r: r.start)
    partners: dict[int, str] = {}
    if people:
        # doubles teams referred to as one ("they", "the Bryan brothers") take the place of what they cover
        by_key = {p.key: p for p in doc._.tennis_players or ()}
        teams = team_refs(lay.text, lay, refs, by_key, skip=other_sport)
        spans = [(t.start, t.end) for t, _ in teams]
        refs = [r for r in refs if not any(a < r.end and r.start < b for a, b in spans)]
        refs = sorted(refs + [t for t, _ in teams], key=lambda r: r.start)
        partners = {t.start: partner for t, partner in teams}
    runs = story_score_runs(doc)
    out = []
    for sent in lay.sentences:
        if other_sport(sent.start):
            continue
        span = (sent.start, sent.end)
        masked = mask_sentence(lay.text, span, refs, lay, runs=runs[span], partners=partners, possessives=people)
        out.append((span, masked))
    doc.user_data[cache_key] = out
    return out


def story_score_runs(doc: Doc) -> dict[tuple[int, int], list[ScoreRun]]:
    """The score runs of every story sentence, found once per Doc (both masked variants use them)."""
    cached = doc.user_data.get("tennis_score_runs")
    if cached is None:
        lay = layout(doc)
        cached = doc.user_data["tennis_score_runs"] = {
            (s.start, s.end): sentence_runs(lay.text, (s.start, s.end), lay) for s in lay.sentences
        }
    return cached


def ref_of(masked: Masked, placeholder: str | None) -> Ref | None:
    """The reference a placeholder (or a match group holding one) stands for."""
    i = ref_index(placeholder)
    return masked.refs[i] if i is not None else None
