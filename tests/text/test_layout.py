"""Page layout on plain strings: Title Case headlines and subheadings."""

from __future__ import annotations

import pytest

from extractor.text.layout import title_case


@pytest.mark.parametrize(
    "line,expected",
    [
        ("Tomova Battles Past Halepa To Reach Sofia Semis", True),
        ("Three Qualifiers Storm Into The Main Draw As Lucky Loser Waits", True),
        ("Fritz And Pegula Put USA On Brink Of Final Eight", True),
        ("Tomova battles past Halepa to reach the Sofia semi-finals", False),  # sentence case
        ("Tomova Halepa Kowalska Brandt", False),  # names only: no small word
        ("Viktoriya Tomova (BUL) d. Simona Halepa (ROU) 6-4, 6-2", False),  # a results line
        ("A. Farag (EGY) bt M. Asal (EGY) 11-9 11-7 12-10", False),
        ("Men's singles, quarterfinals:", False),
    ],
)
def test_title_case(line, expected):
    assert title_case(line) is expected
