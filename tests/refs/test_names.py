"""refs/names.py: the gates before the patterns that end on a word never hide one of their matches."""

import pytest

from extractor.data.resources import load_resources
from extractor.refs.names import (
    ORG_WORDS,
    RE_ORG_BEFORE,
    RE_ROLE_BY,
    RE_ROLE_SPLIT,
    PlayerGazetteer,
    _ends_on,
    name_candidates,
    role_of,
)
from extractor.text import plain as T
from extractor.text.plain import Block


@pytest.mark.parametrize(
    "raw",
    [
        "Ana Bravo split from ",
        "who SPLIT FROM\n",
        "the player parted ways with\t",
        "she ended her partnership with  ",
        "having split up with",
        "he has been coached by ",
        "trained for years by  ",
        "parted company wıth ",  # a dotless i: the pattern's own case rules decide
        "she beat ",
        "",
    ],
)
def test_gate_lets_every_match_through(raw):
    if RE_ROLE_SPLIT.search(raw):
        assert _ends_on(raw, ("from", "with"))
    folded = T.fold(raw)
    if RE_ROLE_BY.search(folded):
        assert _ends_on(folded, ("by",))


def test_gate_stops_what_ends_otherwise():
    assert not _ends_on("she split from her coach and ", ("from", "with"))
    assert _ends_on("Split From  ", ("from", "with"))


@pytest.mark.parametrize("before", ["the sponsors ", "its Group\n", "AIRLINE  ", "bank", "the company of ", "Maker\t"])
def test_organisation_gate_lets_every_match_through(before):
    if RE_ORG_BEFORE.search(before):
        assert _ends_on(before, ORG_WORDS)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Sinner won.", ["Sinner"]),
        ("Then Sinner won. The crowd cheered.", ["Then Sinner"]),  # "Then" goes later (strip_modifiers)
        ("Group A. Federer won", ["Group", "Federer"]),
        ("J. won", ["J"]),
        ("Monday was wet", []),
    ],
)
def test_single_word_sequences(text, names):
    assert [text[a:b] for a, b in name_candidates(text, [Block(0, len(text))])] == names


@pytest.fixture(scope="module")
def gaz():
    return PlayerGazetteer.build(load_resources())


@pytest.mark.parametrize(
    "text,name,role",
    [
        ("Ilya Markov (coach) watched from the box as his player lost.", "Ilya Markov", "coach"),
        ("Support came from Oona Hervik ( physio ) and the team doctor.", "Oona Hervik", "physio"),
        ("Ilya Markov, his coach, watched from the box.", "Ilya Markov", "coach"),
        ("His coach, Ilya Markov, watched from the box.", "Ilya Markov", "coach"),
        # near misses: a country code, a rank, a coach "of" something else in the bracket
        ("Ilya Markov (RUS) beat the top seed 6-4 6-4.", "Ilya Markov", None),
        ("Ilya Markov (ranked 40th) beat the top seed 6-4 6-4.", "Ilya Markov", None),
        ("Ilya Markov (coach of the year in 2019) beat the top seed.", "Ilya Markov", None),
    ],
)
def test_role_of_a_name(gaz, text, name, role):
    start = text.index(name)
    assert role_of(text, start, start + len(name), gaz) == role


@pytest.mark.parametrize(
    "text,name",
    [
        ("Harvey Okonjo and Rhys ap Gwilym were beaten in the boys' doubles.", "Rhys ap Gwilym"),
        ("Gwenllian ap Rhys beat Tamsin Okafor 6-4 6-4.", "Gwenllian ap Rhys"),
        ("Miguel de los Reyes beat Tamsin Okafor 6-4 6-4.", "Miguel de los Reyes"),
        ("Lucia de las Heras lost in the first round.", "Lucia de las Heras"),
    ],
)
def test_a_particle_in_lower_case_stays_inside_the_name(text, name):
    spans = name_candidates(text, [Block(0, len(text))])
    assert name in [text[a:b] for a, b in spans]


def test_a_wire_agency_in_capitals_is_still_no_part_of_a_name():
    text = "Tamsin Okafor AP photo"
    assert "Tamsin Okafor" in [text[a:b] for a, b in name_candidates(text, [Block(0, len(text))])]


@pytest.mark.parametrize("text", ["And in South America, Ana Ruiz won.", "Latin America has three events this week."])
def test_a_region_named_with_a_compass_word_is_no_name(text):
    found = [text[a:b] for a, b in name_candidates(text, [Block(0, len(text))])]
    assert not any("America" in n for n in found)


def test_a_transcripts_question_marker_is_no_initial():
    text = "Q. Hedda, how did the wind change things?\nQ. Vikander said she was tired. Did you see it?"
    found = [text[a:b] for a, b in name_candidates(text, [Block(0, len(text))])]
    assert "Hedda" in found and "Vikander" in found and not any(n.startswith("Q.") for n in found)


def test_an_initial_q_inside_a_line_stays_an_initial():
    text = "The winner was Q. Hedda Vikander of Norway."
    assert "Q. Hedda Vikander" in [text[a:b] for a, b in name_candidates(text, [Block(0, len(text))])]
