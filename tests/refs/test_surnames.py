import random

import pytest

from extractor.refs.surnames import phrase_matches
from extractor.text import plain as T


def regex_matches(text, phrases, blocks):
    pattern = T.phrase_pattern(phrases)
    return [(bi, m.start(), m.end()) for bi, b in enumerate(blocks) for m in pattern.finditer(text, b.start, b.end)]


@pytest.mark.parametrize(
    "text, phrases, expected",
    [
        ("then norrie beat fritz.", ["norrie", "fritz"], ["norrie", "fritz"]),
        ("de minaur lost; minaur", ["de minaur", "minaur"], ["de minaur", "minaur"]),  # the longest first
        ("lange-vogel and lange", ["lange"], ["lange"]),  # no part of a hyphenated word
        ("o'driscoll's win", ["o'driscoll"], ["o'driscoll"]),
        ("del\n  potro won", ["del potro", "potro"], ["del\n  potro"]),  # any white space between words
        ("xnorrie norriex", ["norrie"], []),
    ],
)
def test_phrase_matches(text, phrases, expected):
    blocks = [T.Block(0, len(text))]
    assert [text[s:e] for _, s, e in phrase_matches(text, phrases, blocks)] == expected
    assert list(phrase_matches(text, phrases, blocks)) == regex_matches(text, phrases, blocks)


def test_phrase_matches_finds_what_the_phrase_pattern_finds():
    rng = random.Random(7)
    pieces = ["ab", "abc", "b", "c", "a", "-", "'", " ", "  ", "\n", "x"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        phrases = {
            " ".join("".join(rng.choice("abc") for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(1, 2)))
            for _ in range(rng.randint(1, 4))
        }
        cut = rng.randint(0, len(text))
        blocks = [T.Block(0, cut), T.Block(cut, len(text))]
        assert list(phrase_matches(text, phrases, blocks)) == regex_matches(text, phrases, blocks), (text, phrases)


def test_phrase_matches_in_blocks_with_gaps_between_them():
    """A first word found once in the whole text goes to the block it lies inside, whole."""
    rng = random.Random(11)
    pieces = ["ab", "abc", "b", "c", "a", "-", " ", "\n", "x"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
        phrases = {"".join(rng.choice("abc") for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(1, 3))}
        cuts = sorted(rng.randint(0, len(text)) for _ in range(4))
        blocks = [T.Block(cuts[0], cuts[1]), T.Block(cuts[2], cuts[3])]
        assert list(phrase_matches(text, phrases, blocks)) == regex_matches(text, phrases, blocks), (text, phrases)
