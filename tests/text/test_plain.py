"""extractor/text/plain.py: the plain-string helpers the stages share."""

from __future__ import annotations

import re

import pytest

from extractor.text.plain import ignorecase_lower, paragraphs, sentences


@pytest.mark.parametrize(
    "text,safe",
    [
        ("Seeded third at Roland-Garros, Świątek won.", True),  # accents lower-case in place
        ("The KELVIN sign \u212a folds to k both ways.", True),
        ("Istanbul's İpek Öz won.", False),  # "İ" lower-cases to two characters
        ("Çağla Büyükakçay was seeded ſixth.", False),  # dotless ı and long ſ: IGNORECASE matches i and s
    ],
)
def test_ignorecase_lower_says_when_a_lowered_search_is_the_case_insensitive_one(text, safe):
    lower = ignorecase_lower(text)
    assert (lower is not None) == safe
    if safe:
        for word in ("seeded", "won", "k"):
            found = [m.start() for m in re.finditer(word, text, re.IGNORECASE)]
            assert [m.start() for m in re.finditer(word, lower)] == found


def sentence_texts(text: str) -> list[str]:
    return [text[s.start : s.end].strip() for b in paragraphs(text) for s in sentences(text, b)]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a number a word governs ends the sentence when a full stop follows it
        (
            "The match was moved to Court 2. Varga is now ranked 88th.",
            ["The match was moved to Court 2.", "Varga is now ranked 88th."],
        ),
        (
            "She is seeded No. 5. Her next opponent is a qualifier.",
            ["She is seeded No. 5.", "Her next opponent is a qualifier."],
        ),
        # a list's numbers after a colon, a comma or at a line start open items, not sentences
        (
            "Top 3: 1. Varga (HUN), 2. Leroux (FRA), 3. Krogh (DEN).",
            ["Top 3: 1. Varga (HUN), 2. Leroux (FRA), 3. Krogh (DEN)."],
        ),
        ("Seeds:\n1. Varga (HUN)\n2. Leroux (FRA)", ["Seeds:", "1. Varga (HUN)", "2. Leroux (FRA)"]),
    ],
)
def test_a_list_number_is_where_a_list_item_starts(text, expected):
    assert sentence_texts(text) == expected
