"""What the stages find, as plain dataclasses stored on ``Doc`` extensions (all prefixed ``tennis_``).

The stages write these; ``extractor.assemble`` turns them into the pydantic record.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import os
from dataclasses import dataclass, field

from spacy.tokens import Doc

from models import Score


@dataclass
class Cruft:
    start: int
    end: int
    why: str


@dataclass
class PlayerFact:
    key: str  # stable key inside one article (the folded fullest name)
    name: str
    nationality: str | None = None
    age: int | None = None
    gender: str | None = None  # "m" / "f" when known (gazetteer tour or pronouns)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    # what the stage saw while deciding (features of the fact's confidence): extractor/confidence
    signals: dict = field(default_factory=dict)


@dataclass
class PersonFact:
    """A named person who is not a player (coach, official, journalist): kept for quote speakers."""

    key: str
    name: str
    role: str
    mentions: list[tuple[int, int]] = field(default_factory=list)


@dataclass(frozen=True)
class Ref:
    """One reference to a player in the text: a name, a surname, a descriptor or a pronoun."""

    start: int
    end: int
    key: str
    kind: str  # "name" | "surname" | "descriptor" | "pronoun" | "person"


def ref_start(ref: Ref) -> int:
    """The sort key of references in text order (for bisect over a sorted list)."""
    return ref.start


# Lookups in a list of references in text order, by bisect, so that a long text stays linear.
def refs_between(refs: list[Ref], lo: int, hi: int) -> list[Ref]:
    """The references that start in [lo, hi)."""
    return refs[bisect.bisect_left(refs, lo, key=ref_start) : bisect.bisect_left(refs, hi, key=ref_start)]


def starting_at(refs: list[Ref], pos: int) -> list[Ref]:
    """The references that start exactly at ``pos``."""
    return refs[bisect.bisect_left(refs, pos, key=ref_start) : bisect.bisect_right(refs, pos, key=ref_start)]


def last_before(refs: list[Ref], pos: int, kinds: tuple[str, ...]) -> Ref | None:
    """The last reference of one of ``kinds`` that ends at or before ``pos``."""
    for i in range(bisect.bisect_left(refs, pos, key=ref_start) - 1, -1, -1):
        if refs[i].end <= pos and refs[i].kind in kinds:
            return refs[i]
    return None


def first_from(refs: list[Ref], pos: int, kinds: tuple[str, ...]) -> Ref | None:
    """The first reference of one of ``kinds`` that starts at or after ``pos``."""
    return next(
        (r for r in itertools.islice(refs, bisect.bisect_left(refs, pos, key=ref_start), None) if r.kind in kinds), None
    )


@dataclass
class EventFact:
    key: str
    name: str
    category: str | None = None
    city: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)

    def can_host(self, event: EventFact | None) -> bool:
        """Whether this venue can be where ``event`` is played: not when the two are known to be in
        different cities (a past match at the Miami Open told in a sentence that ends "inside the La
        Defense Arena" was not played there)."""
        return event is None or not (self.city and event.city and self.city != event.city)


@dataclass
class MatchFact:
    winner: str
    loser: str
    evidence: tuple[int, int]
    score: Score | None = None
    winner_partner: str | None = None
    loser_partner: str | None = None
    tournament: str | None = None
    venue: str | None = None
    round: str | None = None
    date: str | None = None
    confidence: float = 0.8
    context: list[tuple[int, int]] = field(default_factory=list)  # every sentence that reported it
    signals: dict = field(default_factory=dict)  # how the result was read (confidence features)


@dataclass
class RankingFact:
    player: str
    rank: int
    kind: str
    tour: str | None
    evidence: tuple[int, int]
    signals: dict = field(default_factory=dict)  # how the rank was read (confidence features)


@dataclass
class QuoteFact:
    span: tuple[int, int]
    speaker: str | None  # player key
    speaker_name: str | None
    attribution: tuple[int, int] | None
    confidence: float


@dataclass
class DateFact:
    start: int
    end: int
    value: str


@dataclass
class H2HFact:
    player: str
    opponent: str
    wins: int
    meetings: int
    evidence: tuple[int, int]


EXTENSIONS = {
    "tennis_published": None,  # YYYY-MM-DD or None; set before the pipeline runs, or from the header
    "tennis_published_given": None,  # a --published override, set by the caller
    "tennis_sport": "tennis",
    "tennis_other_sport": None,  # [(start, end)] paragraphs about another sport
    "tennis_cruft": None,
    "tennis_candidates": None,  # name candidates drafted before the statistical NER (players stage)
    "tennis_ner_skipped": None,  # [(start, end)] spans the NER was to read but left for its budget
    "tennis_players": None,
    "tennis_people": None,
    "tennis_refs": None,
    "tennis_tournaments": None,
    "tennis_venues": None,
    "tennis_cities": None,
    "tennis_matches": None,
    "tennis_rankings": None,
    "tennis_quotes": None,
    "tennis_dates": None,
    "tennis_h2h": None,
    "tennis_warnings": None,
}


def register_extensions() -> None:
    for name, default in EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def warn(doc: Doc, message: str) -> None:
    if doc._.tennis_warnings is None:
        doc._.tennis_warnings = []
    if message not in doc._.tennis_warnings:
        doc._.tennis_warnings.append(message)


STRICT_ENV = "TENNIS_EXTRACT_STRICT"


def guarded(*outputs: str):
    """Run a stage so that no text can make it lose the article: on an internal error the stage's
    outputs are left empty and the record carries a warning naming the error. Set
    TENNIS_EXTRACT_STRICT=1 (the tests do) to let the error through instead."""

    def wrap(call):
        @functools.wraps(call)
        def safe(self, doc: Doc) -> Doc:
            try:
                return call(self, doc)
            except Exception as exc:  # noqa: BLE001 - reported in the record, raised in strict mode
                if os.environ.get(STRICT_ENV):
                    raise
                for name in outputs:
                    setattr(doc._, name, [])
                warn(
                    doc,
                    f"{type(self).__name__} failed on this text ({type(exc).__name__}: {exc}); its facts were left out",
                )
                return doc

        return safe

    return wrap
