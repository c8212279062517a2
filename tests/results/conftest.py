"""Fixtures shared by the tests of extractor/results/."""

from __future__ import annotations

import pytest

from extractor.data.resources import load_resources
from extractor.results.frames import Frames


@pytest.fixture(scope="module")
def frames() -> Frames:
    """The frames compiled from the shipped rule data (verbs of play and result words)."""
    res = load_resources()
    return Frames.build(res.play_verbs, res.result_words)
