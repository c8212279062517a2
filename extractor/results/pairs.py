"""Doubles teams referred to as one: "they", "them", "their" after a pair is named ("A and B came into
the event short of practice. They beat C and D"), "the Bryan brothers" (the two players of that
surname), "the pair", "the Czech duo" (the pair named last). Each becomes one reference to the first
player with the second as its partner, for the result frames (extractor/results/masking.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Mapping

from extractor.findings import PlayerFact, Ref
from extractor.text.layout import Layout

# Two references of one team: "A and B", "A/B", "A & B", "A (GER) and B (AUT)", "A and her partner B",
# "A, partnering B", "A alongside B".
RE_JOINED = re.compile(
    r"""^\s*(?:\([^()\n]{0,12}\)|\[[^\[\]\n]{0,6}\])?\s*
    (?:/|&|and(?:\s+(?:his|her|their)(?:\s+[A-Z][\w-]*)?\s+partner)?|,?\s*(?:partnering|alongside)|with\s+(?:his|her)\s+partner)
    \s*$""",
    re.VERBOSE,
)
RESULT_NOUN = r"(?:win|wins|victory|victories|triumph|success|upset|loss|losses|defeat|defeats|exit|elimination)"
RE_TEAM_PRONOUN = re.compile(
    rf"""\b(?:
        [Tt]hey|[Tt]hem                                                   # "They beat C and D", "sent them into"
      | [Tt]heir(?=\s+(?:[\w'’.-]+[\s,]+){{0,4}}?{RESULT_NOUN}\b)          # "their 6-3 win", not "lost their semifinal"
    )\b""",
    re.VERBOSE,
)
# "the Bryan brothers", "the Williams sisters", "the Pliskova twins": the two players of that surname
RE_SIBLINGS = re.compile(
    r"\b[Tt]he\s+(?P<surname>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:brothers|sisters|twins|siblings)\b"
)
# "the pair", "the duo", "the Czech pair", "the American twins": the pair named last
RE_PAIR_NOUN = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w'’-]*\s+){0,2}(?:pair|duo|twins|brothers|sisters|siblings)\b")
PAIR_SENTENCES = 3  # how many sentences back a pair is looked for
# What stands before the pair a result acts on: "the 6-2 6-2 victory over C and D sent them into the final",
# "their loss to C and D knocked them out": "them" is the other pair.
RE_ACTED_ON = re.compile(r"\b(?:over|against|to|by|beat|beating|defeated|defeating|past)\s+(?:the\s+)?$", re.I)


@dataclass(frozen=True)
class Pair:
    first: str
    second: str
    end: int  # where the pair's naming ends in the text
    sentence: int
    start: int = -1  # where it begins

    @property
    def keys(self) -> tuple[str, str]:
        return (self.first, self.second)


def named_pairs(text: str, refs: Iterable[Ref], lay: Layout) -> list[Pair]:
    """Pairs of players named together as a team, in text order ("He and Evans": the first may be a pronoun)."""
    names = [r for r in refs if r.kind in ("name", "surname", "descriptor", "pronoun")]
    out = []
    for a, b in zip(names, names[1:]):
        if b.kind == "pronoun" or a.key == b.key or b.start - a.end > 40:
            continue
        if RE_JOINED.match(text[a.end : b.start]):
            si = lay.sentence_at(b.start)
            if si is not None:
                out.append(Pair(a.key, b.key, b.end, si, a.start))
    return out


def _fold(name: str) -> str:
    return re.sub(r"[^\w]+", " ", name.casefold()).strip()


def team_refs(
    text: str, lay: Layout, refs: list[Ref], players: Mapping[str, PlayerFact], skip=lambda pos: False
) -> list[tuple[Ref, str]]:
    """(reference to the team's first player, the second player's key) for every plural pronoun and
    plural description of a pair outside quotations, in text order."""
    pairs = named_pairs(text, refs, lay)
    out: list[tuple[Ref, str]] = []
    taken: list[tuple[int, int]] = []
    for m in RE_SIBLINGS.finditer(text):
        if lay.in_quote(m.start()) or skip(m.start()):
            continue
        taken.append((m.start(), m.end()))
        surname = " " + _fold(m.group("surname"))
        same = [k for k, p in players.items() if f" {_fold(p.name)}".endswith(surname)]
        if len(same) != 2:  # "Alexander and Mischa Zverev ... the Zverev brothers": the pair of that name
            named = [
                p for p in pairs if p.end <= m.start() and any(f" {k}".endswith(surname) for k in (p.first, p.second))
            ]
            same = [named[-1].first, named[-1].second] if named else []
        if len(same) == 2:
            out.append((Ref(m.start(), m.end(), same[0], "team"), same[1]))
    for pattern in (RE_PAIR_NOUN, RE_TEAM_PRONOUN) if pairs else ():  # (each stands for a pair named before it)
        for m in pattern.finditer(text):
            if lay.in_quote(m.start()) or skip(m.start()) or any(a < m.end() and m.start() < b for a, b in taken):
                continue
            si = lay.sentence_at(m.start())
            before = [p for p in pairs if p.end <= m.start() and si is not None and si - p.sentence <= PAIR_SENTENCES]
            if m.group(0).lower() == "them":  # an object: not the pair a result of its own sentence acts on
                before = [
                    p for p in before if p.sentence != si or not RE_ACTED_ON.search(text, max(0, p.start - 30), p.start)
                ]
            if before:
                # the first pair of the latest sentence naming one: its subject ("A and B beat C and D.
                # They won 6-3 6-4" is A and B)
                pair = next(p for p in before if p.sentence == before[-1].sentence)
                out.append((Ref(m.start(), m.end(), pair.first, "team"), pair.second))
                taken.append((m.start(), m.end()))
    return sorted(out, key=lambda t: t[0].start)
