"""Result frames on masked strings (no model, no pipeline): each frame names its winner and loser."""

from __future__ import annotations

import pytest

from extractor.data.resources import load_resources
from extractor.results.frames import FrameKind, Frames


@pytest.fixture(scope="module")
def frames() -> Frames:
    res = load_resources()
    return Frames.build(res.play_verbs, res.result_words)


def first_complete(frames: Frames, text: str):
    for kind, pattern in frames.complete:
        m = pattern.search(text)
        if m:
            return kind, m
    return None, None


@pytest.mark.parametrize("connector", ["and then", "and later", "and Then"])
def test_a_lowercase_or_capitalised_word_after_and_is_no_doubles_partner(frames, connector):
    """Inside the case-insensitive frames the capitalised-word part of a partner is written
    ``(?-i:...)``: "and then ⟨R2⟩" never makes ⟨R2⟩ the loser's partner."""
    kind, m = first_complete(frames, f"⟨R0⟩ beat ⟨R1⟩ {connector} ⟨R2⟩ lost in three sets")
    assert kind == FrameKind.ACTIVE
    assert (m.group("w"), m.group("l")) == ("⟨R0⟩", "⟨R1⟩")
    if connector != "and Then":
        assert m.group("lp") == ""


@pytest.mark.parametrize(
    "partner", ["⟨R1⟩ and ⟨R2⟩", "⟨R1⟩/⟨R2⟩", "⟨R1⟩ and the Serbian ⟨R2⟩", "⟨R1⟩ and his partner ⟨R2⟩"]
)
def test_a_doubles_partner_is_read_in_every_written_form(frames, partner):
    kind, m = first_complete(frames, f"⟨R0⟩ beat {partner} ⟨S0⟩")
    assert kind == FrameKind.ACTIVE
    assert m.group("l") == "⟨R1⟩" and "⟨R2⟩" in m.group("lp")
