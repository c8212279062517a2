"""Siblings who share a surname written once (extractor/refs/siblings.py), on plain strings."""

from __future__ import annotations

import pytest

from extractor.refs.names import name_candidates
from extractor.refs.siblings import sibling_surnames
from extractor.text.plain import Block

FIRST_NAMES = frozenset({"venus", "serena", "karolina"})
SURNAMES = frozenset({"federer", "williams"})


def given(text: str) -> dict[str, str]:
    spans = name_candidates(text, [Block(0, len(text))])
    found = sibling_surnames(text, spans, FIRST_NAMES, SURNAMES)
    return {text[a:b]: " ".join(words) for (a, b), words in found.items()}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Venus and Serena Williams beat the Czechs.", {"Venus": "Williams"}),  # a known first name
        ("Ada and Nkem Eze reached the final.", {"Ada": "Eze"}),  # a word written once: no surname
        ("Ilona and Marta Zawadzka, the twins, won.", {"Ilona": "Zawadzka"}),  # a sibling noun near
        ("Elias and Noah Wennberg won. The Wennberg brothers play next.", {"Elias": "Wennberg"}),
        ("Luz and Ana de la Vega won in Lima. The de la Vega sisters meet the Czechs.", {"Luz": "de la Vega"}),
        ("It was the Bryan brothers, Bob and Mike, who won.", {"Bob": "Bryan", "Mike": "Bryan"}),
    ],
)
def test_a_first_name_takes_the_surname_written_once(text, expected):
    assert given(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Federer and Stan Wawrinka won gold.",  # a known surname before "and"
        "Olabide beat Ivo Rakic. Olabide and Unai Zubieta won the doubles.",  # a surname written again
        "Venus, and Serena Williams too, won.",  # no plain "and" between them
    ],
)
def test_no_sibling(text):
    assert given(text) == {}
