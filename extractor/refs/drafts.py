"""The draft of a Doc's name candidates: what the ``tennis_candidates`` stage settles before the
statistical NER runs and hands on (``doc._.tennis_candidates``) to the ``tennis_players`` stage, which
decides the rest once the NER has read the sentences the draft names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from extractor.refs.names import Candidate
from extractor.refs.slots import Slot
from extractor.text import plain as T

PENDING = "pending"  # a candidate whose fate hangs on the statistical NER, not run yet


@dataclass
class CandidateDraft:
    """The name candidates of one Doc before the statistical NER has run: those settled without
    it, those it must decide (``pending``), the full names kept aside for want of evidence, and
    the story spans the NER must read to decide the pending ones."""

    found: list[Candidate]
    pending: list[tuple[Candidate, list[str]]]
    weak: list[tuple[int, int, str]]
    ner_spans: list[tuple[int, int]] = field(default_factory=list)
    # What the text around a name says, read once per Doc: the players stage decides the pending
    # candidates again with the same contexts (CandidateCollector.slot, _title, _cues).
    slots: dict[tuple[int, int, bool], Slot | None] = field(default_factory=dict)
    titles: dict[tuple[int, int], str | None] = field(default_factory=dict)
    cues: dict[tuple[int, int, bool], Cues] = field(default_factory=dict)


class Cues(NamedTuple):
    """The cues around a name, whatever else the article says (names.Candidate)."""

    before: str | None  # a nationality before the name ("Spaniard X", "Russia's X")
    after: str | None  # a nationality after it ("X (ESP)", "X of Britain")
    age: int | None
    strong: bool  # a strong cue after the name, or a rank or seed beside it


def sole_first_names(found: list[Candidate]) -> frozenset[str]:
    """Folded first names that belong to exactly one of the full names among the candidates."""
    owners: dict[str, set[str]] = {}
    for c in found:
        words = T.fold(c.name).split()
        if len(words) >= 2:
            owners.setdefault(words[0], set()).add(" ".join(words))
    return frozenset(first for first, names in owners.items() if len(names) == 1)
