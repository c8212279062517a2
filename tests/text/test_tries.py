"""extractor/text/tries.py: phrases merged into one trie."""

from __future__ import annotations

import re

from extractor.text.tries import trie_alternation


def test_a_trie_writes_what_words_share_once():
    """Texts that differ in one word write what follows it once: the product of alternatives is not spelt out."""
    verbs, adverbs, adjectives = ["was", "were", "proved", "looked"], ["far", "much", ""], ["good", "strong", "hot"]
    texts = [f"{v} {a} too {j} for".replace("  ", " ") for v in verbs for a in adverbs for j in adjectives]
    assert trie_alternation(texts).count("strong") == 6  # after "too" and "(far|much) too", by first letter (w, p, l)
    body = trie_alternation(texts + ["looks", "look", "was"])  # (words that start another are read apart)
    for text in texts + ["looks", "look", "was"]:
        assert re.fullmatch(body, text), text
    # the longest text that fits is the one matched, whatever follows
    assert re.match(body, "looks good").group(0) == "looks"
    assert re.match(body, "was far too hot for her").group(0) == "was far too hot for"
    assert re.match(body, "was far too hot").group(0) == "was"
    assert re.match(body, "were   much\u00a0too good for").group(0) == "were   much\u00a0too good for"
