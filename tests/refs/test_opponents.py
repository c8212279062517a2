"""Players named by their side of a match ("her opponent", "the loser", "X's conqueror")."""

from __future__ import annotations

import re

import pytest

from extractor.findings import MatchFact, Ref
from extractor.refs.opponents import side_refs

TEXT = "Ana Brix beat Lea Holm 6-2 6-3 and Kim Roe beat Ida Vos 6-1 6-1. PHRASE said."
NAMES = {"Ana Brix": "brix", "Lea Holm": "holm", "Kim Roe": "roe", "Ida Vos": "vos"}
MATCHES = [MatchFact("brix", "holm", (0, 30)), MatchFact("roe", "vos", (35, 64))]


def refs_of(text: str) -> list[Ref]:
    out = [Ref(m.start(), m.end(), key, "name") for name, key in NAMES.items() for m in re.finditer(name, text)]
    out += [Ref(m.start(), m.end(), NAMES["Ida Vos"], "name") for m in re.finditer(r"\bVos\b(?!\s)", text)]
    return sorted(out, key=lambda r: r.start)


def resolved(phrase: str, owner: str | None = None) -> list[tuple[str, str]]:
    text = TEXT.replace("PHRASE", phrase)
    refs = refs_of(text)
    found = side_refs(text, MATCHES, refs, owner_of=lambda pos, word: owner, skip=lambda pos: False)
    return [(text[r.start : r.end], r.key) for r in found]


@pytest.mark.parametrize(
    "phrase,owner,expected",
    [
        ("Her opponent", "roe", [("Her opponent", "vos")]),  # the other side of the owner's match
        ("His beaten rival", "holm", [("His beaten rival", "brix")]),
        ("Vos's conqueror", None, [("Vos's conqueror", "roe")]),  # the winner over the owner
        ("Ana Brix's first-round victim", None, [("Ana Brix's first-round victim", "holm")]),  # the loser to her
        ("The loser", None, [("The loser", "vos")]),  # the match of the player named last
        ("The beaten Dane", None, [("The beaten Dane", "vos")]),
        ("The victorious Czech", None, [("The victorious Czech", "roe")]),
    ],
)
def test_sides_resolve_through_the_results(phrase, owner, expected):
    assert resolved(phrase, owner) == expected


@pytest.mark.parametrize(
    "phrase,owner",
    [
        ("Her coach", "roe"),  # no side of a match
        ("Brix's conqueror", None),  # she won: no one beat her
        ("His opponent", None),  # an owner nobody resolves
        ("The winner", None),  # also an event's winner: a description, left to the descriptions
        ("Sunday's opponent", None),  # an owner that names no player
        ("The loser of the other semi-final", None),  # another match's side, named by what follows
    ],
)
def test_phrases_no_result_settles_give_no_reference(phrase, owner):
    assert resolved(phrase, owner) == []


def test_doubles_results_give_no_opponent():
    text = TEXT.replace("PHRASE", "Her opponent")
    doubles = [MatchFact("brix", "holm", (0, 30), winner_partner="roe", loser_partner="vos")]
    assert side_refs(text, doubles, refs_of(text), owner_of=lambda p, w: "brix", skip=lambda p: False) == []
