"""Fixtures shared by the tests of extractor/refs/."""

from __future__ import annotations

import pytest

from extractor.data.resources import load_resources
from extractor.refs.slots import PlayerSlots


@pytest.fixture(scope="module")
def slots() -> PlayerSlots:
    """The slot patterns compiled from the shipped rule data."""
    return PlayerSlots.build(load_resources())
