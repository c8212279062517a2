"""Results lines of games and team pages put a flag before each name ("🇯🇵 X d. 🇰🇷 Y 6-2 6-3")."""

from __future__ import annotations

import pytest
from support import matches


@pytest.mark.parametrize(
    "line,expected",
    [
        ("🇮🇹 Luca Ferri d. 🇪🇸 Pau Roca 6-4 6-4", ("Ferri", "Roca", "6-4 6-4")),
        ("🇹🇭 SOMCHAI Arun d. 🇲🇾 HAFIZ Amir 7-5 6-7(3) 6-2", ("Somchai", "Hafiz", "7-5 6-7(3) 6-2")),
    ],
)
def test_a_flag_before_the_loser_keeps_the_result(blank_record, line, expected):
    record = blank_record("Games tennis results\n\nMen's singles - gold medal match\n" + line)
    assert [m[:3] for m in matches(record)] == [expected]


def test_a_flag_is_no_word_of_a_loser_clause(blank_record):
    record = blank_record("Games tennis results\n\n🇮🇹 Luca Ferri v 🇪🇸 Pau Roca, 14:00, Court 2")
    assert matches(record) == []
