"""extractor/refs/headlines.py: names in a Title Case headline, read once the story's names are known."""

from extractor.refs.headlines import headline_names
from extractor.refs.names import Candidate

HEADLINE = "Keys Battles Past Kasatkina To Reach Final"


def _surnames(name: str) -> tuple[str, ...]:
    return (name.split()[-1].lower(),)


def test_the_words_that_name_a_person_of_the_story():
    found = [Candidate(100, 113, "Madison Keys", "cue"), Candidate(120, 135, "Daria Kasatkina", "cue", role=None)]
    out = headline_names(HEADLINE, [(0, len(HEADLINE))], found, _surnames, {})
    assert [(HEADLINE[c.start : c.end], c.source) for c in out] == [("Keys", "headline"), ("Kasatkina", "headline")]


def test_a_listed_player_named_in_full_and_nobody_else():
    text = "As Paul Powers Into Final"
    out = headline_names(text, [(0, len(text))], [], _surnames, {"paul powers": object()})
    assert [text[c.start : c.end] for c in out] == ["Paul Powers"]
    assert headline_names(text, [(0, len(text))], [], _surnames, {}) == []
