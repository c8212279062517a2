"""refs/cues.py: the gates before the cue patterns never hide one of their matches."""

import itertools

import pytest

from extractor.data.resources import load_resources
from extractor.refs.cues import RE_DEMONYM_HEAD_BEFORE, cues_after, demonym_head_before

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


@pytest.mark.parametrize(
    ("after", "nat", "age", "strong"),
    [
        (" (ESP) won", "ESP", None, True),
        (" , 21, said", None, 21, True),
        (" of Spain", "ESP", None, True),
        ("\n(3)", None, None, True),
        (", aged 19,", None, 19, True),
        (" won", None, None, False),
        ("", None, None, False),
    ],
)
def test_cues_after(after, nat, age, strong):
    assert cues_after("Carla Ruiz" + after, len("Carla Ruiz"), load_resources()) == (nat, age, strong)
