"""Result frames on masked strings (no model, no pipeline): each frame names its winner and loser."""

from __future__ import annotations

import pytest
from examples import RE_PLAYER_LETTER, masked_example, sides

from extractor.data.resources import load_resources
from extractor.results.clauses import find_clauses
from extractor.results.frames import Frames
from extractor.results.kinds import FRAME_EXAMPLES, FrameKind


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


# -- every written example of a frame, and every example of the verb data ----------------------


def found(text: str, frames: Frames) -> list[tuple[str, tuple]]:
    """(frame kind, sides) of every clause the clause finder reads in an example."""
    complete, winners, losers = find_clauses(masked_example(text), (0, len(text)), frames)
    return [(c.kind.value, sides(c)) for c in complete + winners + losers]


def expected_sides(text: str, kind: str) -> tuple:
    letters = set(RE_PLAYER_LETTER.findall(text))
    return (
        "W" if "W" in letters and kind != FrameKind.LOSER_ONLY else None,
        "L" if "L" in letters and kind != FrameKind.WINNER_ONLY else None,
        "W2" if "W2" in letters else None,
        "L2" if "L2" in letters else None,
    )


FRAME_CASES = [(kind, text) for kind, texts in FRAME_EXAMPLES.items() for text in texts]


def test_every_frame_has_examples():
    one_sentence = set(FrameKind) - {FrameKind.RETIRED_LATER, FrameKind.WALKOVER_LATER, FrameKind.TEAM_DESCRIBED}
    assert set(FRAME_EXAMPLES) == one_sentence


@pytest.mark.parametrize("kind,text", FRAME_CASES, ids=[t for _, t in FRAME_CASES])
def test_frame_example_gives_its_frame_and_sides(frames, kind, text):
    assert found(text, frames) == [(kind.value, expected_sides(text, kind))]


VERB_CASES = [(fam.lemma, ex) for fam in load_resources().play_verbs for ex in fam.examples]


@pytest.mark.parametrize("lemma,example", VERB_CASES, ids=[f"{lemma}: {ex.text}" for lemma, ex in VERB_CASES])
def test_verb_data_example_gives_its_frame(frames, lemma, example):
    clauses = found(example.text, frames)
    if example.frame is None:
        assert clauses == [], f"{lemma}: {example.text!r} states no result"
    else:
        assert clauses[:1] == [(example.frame, expected_sides(example.text, example.frame))]
