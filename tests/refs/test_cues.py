"""refs/cues.py: the gate before the demonym-and-head-noun pattern never hides one of its matches."""

import itertools

import pytest

from extractor.refs.cues import RE_DEMONYM_HEAD_BEFORE, demonym_head_before

PREFIXES = ["", "the ", "beat ", "said the ", "In Paris, ", "x" * 60 + " "]
HEADS = [
    "Spanish teenager",
    "Croatian duo",
    "American left-hander",
    "Czech twins Karolina and",
    "Swiss pair Mia Keller &",
    "Italian pairing",
    "Russian superstar",
    "South Korean player",
    "British brothers",
    "Spanish teenager Carlos",
    "Spanish",
]
SPACES = [" ", "  ", "\n", " \u00a0", "\t", ""]


@pytest.mark.parametrize(("prefix", "head", "space"), list(itertools.product(PREFIXES, HEADS, SPACES)))
def test_gate_keeps_every_match(prefix, head, space):
    text = prefix + head + space + "Carla Ruiz"
    start = len(text) - len("Carla Ruiz")
    want = RE_DEMONYM_HEAD_BEFORE.search(text[max(0, start - 70) : start])
    got = demonym_head_before(text, start)
    assert (got and (got.span(), got.groupdict())) == (want and (want.span(), want.groupdict()))
