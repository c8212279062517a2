"""refs/names.py: the gates before the patterns that end on a word never hide one of their matches."""

import pytest

from extractor.refs.names import ORG_WORDS, RE_ORG_BEFORE, RE_ROLE_BY, RE_ROLE_SPLIT, _ends_on, name_candidates
from extractor.text import plain as T
from extractor.text.plain import Block


@pytest.mark.parametrize(
    "raw",
    [
        "Ana Bravo split from ",
        "who SPLIT FROM\n",
        "the player parted ways with\t",
        "she ended her partnership with  ",
        "having split up with",
        "he has been coached by ",
        "trained for years by  ",
        "parted company wıth ",  # a dotless i: the pattern's own case rules decide
        "she beat ",
        "",
    ],
)
def test_gate_lets_every_match_through(raw):
    if RE_ROLE_SPLIT.search(raw):
        assert _ends_on(raw, ("from", "with"))
    folded = T.fold(raw)
    if RE_ROLE_BY.search(folded):
        assert _ends_on(folded, ("by",))


def test_gate_stops_what_ends_otherwise():
    assert not _ends_on("she split from her coach and ", ("from", "with"))
    assert _ends_on("Split From  ", ("from", "with"))


@pytest.mark.parametrize("before", ["the sponsors ", "its Group\n", "AIRLINE  ", "bank", "the company of ", "Maker\t"])
def test_organisation_gate_lets_every_match_through(before):
    if RE_ORG_BEFORE.search(before):
        assert _ends_on(before, ORG_WORDS)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Sinner won.", ["Sinner"]),
        ("Then Sinner won. The crowd cheered.", ["Then Sinner"]),  # "Then" goes later (strip_modifiers)
        ("Group A. Federer won", ["Group", "Federer"]),
        ("J. won", ["J"]),
        ("Monday was wet", []),
    ],
)
def test_single_word_sequences(text, names):
    assert [text[a:b] for a, b in name_candidates(text, [Block(0, len(text))])] == names
