"""Names as results lists write them: the family name in capitals, given name first in the record."""

from __future__ import annotations

import pytest

from extractor.refs.written import written_name

FAMILY_FIRST = frozenset({"kim", "zhou"})


@pytest.mark.parametrize(
    "written,text,expected",
    [
        ("DEKKER Maarten", "", (0, "Maarten Dekker")),
        ("TER HORST Femke", "", (0, "Femke ter Horst")),  # a particle goes lower case after the given name
        ("DOS SANTOS Ícaro", "", (0, "Ícaro dos Santos")),
        ("EL-KHOURY Rania", "", (0, "Rania El-Khoury")),  # hyphenated parts keep their capitals
        ("O'DWYER Ciara", "", (0, "Ciara O'Dwyer")),
        ("ZHOU Lanfang", "", (0, "Zhou Lanfang")),  # a family name written first by custom
        ("JEONG Min-jae", "", (0, "Jeong Min-jae")),  # a Korean given name: family name first
        ("OKADA Haruto", "It was Okada Haruto's day.", (0, "Okada Haruto")),  # the prose writes it family first
        ("Federica MOLINARI", "", (0, "Federica Molinari")),  # "Given SURNAME"
        ("Chinese Taipei LIN Chih-wei", "", (2, "Lin Chih-wei")),  # a label before the capitals is left out
    ],
)
def test_a_family_name_in_capitals_is_written_as_prose_writes_it(written, text, expected):
    assert written_name(written.split(), text, FAMILY_FIRST) == expected


@pytest.mark.parametrize("written", ["ATP", "NADAL BEATS FEDERER", "Marta Kostyuk", "ATP Finals Preview", "J.J. Wolf"])
def test_names_not_in_the_list_form_are_left_as_written(written):
    assert written_name(written.split(), "", FAMILY_FIRST) == (0, written)
