"""Shared rank phrases and values (extractor/text/lexicon.py) on plain strings."""

from __future__ import annotations

import re

import pytest

from extractor.text.lexicon import RANK_DIGITS, number_value, ordinal_value, world_rank


@pytest.mark.parametrize("word,value", [("12", 12), ("1,204", 1204), ("five", 5), ("Five", 5)])
def test_number_value(word, value):
    assert number_value(word) == value


@pytest.mark.parametrize("word,value", [("3rd", 3), ("1,204th", 1204), ("fifth", 5), ("top", 1)])
def test_ordinal_value(word, value):
    assert ordinal_value(word) == value


@pytest.mark.parametrize(
    "text,rank",
    [
        ("the world No. 5 won", "5"),
        ("WTA number five", "five"),
        ("world No 5 seed", None),  # a seed
        ("the world No. 4 junior", None),  # a junior rank
        ("the world No. 1 doubles player", None),  # a doubles rank
    ],
)
def test_world_rank(text, rank):
    m = re.search(world_rank("n"), text, re.I)
    assert (m.group("n") if m else None) == rank


def test_rank_digits_take_thousands_whole():
    assert re.match(RANK_DIGITS, "1,204th").group(0) == "1,204"
    assert re.match(RANK_DIGITS, "54, and").group(0) == "54"
