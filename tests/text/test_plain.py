"""extractor/text/plain.py: the plain-string helpers the stages share."""

from __future__ import annotations

import re

import pytest

from extractor.text.plain import ignorecase_lower


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
