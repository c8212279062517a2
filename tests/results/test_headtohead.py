"""The head-to-head patterns and the cue that gates them (extractor/results/headtohead.py)."""

import pytest

from extractor.results.headtohead import PATTERNS, RE_COUNT_CUE, RE_CUE, holds_cue

RECORDS = [
    "the third time in eight meetings that ⟨R0⟩ has defeated ⟨R1⟩",
    "⟨R0⟩ has won five of their eight meetings with ⟨R1⟩",
    "⟨R0⟩ leads ⟨R1⟩ 5-2",
    "⟨R0⟩ leads the head-to-head against ⟨R1⟩ 5-2",
    "⟨R0⟩ improved her record against ⟨R1⟩ to 7-0",
    "⟨R0⟩ extended his head-to-head to 7-0 against ⟨R1⟩",
]


@pytest.mark.parametrize("text", RECORDS)
def test_every_record_a_pattern_reads_holds_the_cue(text):
    assert any(p.search(text) for p in PATTERNS)
    assert RE_CUE.search(text)


def test_every_pattern_is_written_with_a_cue_word():
    # the h2h stage masks only the sentences the cue finds: a pattern without one would never be tried
    for p in PATTERNS:
        assert RE_CUE.search(p.pattern), p.pattern
    for p in PATTERNS[:2]:  # is_h2h_statement tries them only where RE_COUNT_CUE finds a word
        assert RE_COUNT_CUE.search(p.pattern), p.pattern


def test_a_sentence_without_a_cue_word_is_no_record():
    assert RE_CUE.search("⟨R0⟩ beat ⟨R1⟩ 6-3 6-4 in the final") is None


@pytest.mark.parametrize(
    "text", ["He LEADS 5-2", "the first Time", "a wonderful day", "she sealed it", "no record here", "İmproved", "ſo"]
)
def test_the_cue_on_lowered_ascii_text_is_the_regex(text):
    lowered = text.lower() if text.isascii() else None
    assert holds_cue(text, lowered, 0, len(text)) == (RE_CUE.search(text) is not None)
    assert holds_cue(text, None, 0, len(text)) == (RE_CUE.search(text) is not None)
