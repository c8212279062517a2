"""Former players in another capacity (extractor/refs/careers.py): a role word joined to a playing past
makes a non-player; a playing past alone does not. Sentences are paraphrases of no fixture."""

from __future__ import annotations

import pytest

from extractor.data.resources import load_resources
from extractor.refs.careers import career_role, former_career, predicate_role, reader_role


@pytest.fixture(scope="module")
def roles():
    return load_resources().roles


@pytest.mark.parametrize(
    "text,name,role",
    [
        (
            "Speaking on Radio 5, BBC pundit and former world No 4 Hollis Brandvold said it was over.",
            "Hollis",
            "pundit",
        ),
        ("Sky commentator and ex-Wimbledon finalist Ines Arrabal expects a long match.", "Ines", "commentator"),
        ("The federation's analyst and one-time British No 1 Pelle Ravnholt agreed.", "Pelle", "analyst"),
    ],
)
def test_a_role_joined_to_a_playing_past(roles, text, name, role):
    assert former_career(text, text.index(name), roles) == role


@pytest.mark.parametrize(
    "text,name",
    [
        ("Former world number one Hollis Brandvold will face no action over the missed test.", "Hollis"),
        ("Her coach and Hollis Brandvold flew to Paris.", "Hollis"),  # two people: no playing past between
        ("The pundit said former champion Ines Arrabal was the favourite.", "Ines"),  # the role is another's
        ("Her sister and former doubles partner Ines Arrabal watched.", "Ines"),  # family may play
    ],
)
def test_no_role_from_a_playing_past_alone(roles, text, name):
    assert former_career(text, text.index(name), roles) is None


def test_a_former_player_the_story_puts_in_a_match_stays_a_player(roles):
    text = "BBC pundit and former world No 4 Hollis Brandvold beat Ines Arrabal in an exhibition."
    assert career_role(text, [text.index("Hollis")], roles, lambda: True) is None
    assert career_role(text, [text.index("Hollis")], roles, lambda: False) == "pundit"


@pytest.mark.parametrize(
    "text,name",
    [
        ('An email from Hollis Brandvold: "Is this the best set of the year?"', "Hollis Brandvold"),
        ('Ines Arrabal writes in: "Can anyone remember a longer tiebreak?"', "Ines Arrabal"),
        ("A tweet from Pelle Ravnholt says the roof should close.", "Pelle Ravnholt"),
    ],
)
def test_a_reader_writing_in_to_a_live_blog(text, name):
    start = text.index(name)
    assert reader_role(text, start, start + len(name)) == "reader"


def test_no_reader_without_a_message(roles):
    text = "Hollis Brandvold wrote her name into the record books."
    assert reader_role(text, 0, len("Hollis Brandvold")) is None


@pytest.mark.parametrize(
    "text,role",
    [
        ("Hollis Brandvold is a tennis writer based in Leeds.", "writer"),
        ("Ines Arrabal was the tournament doctor for a decade.", "tournament doctor"),
        ("Pelle Ravnholt has been a television commentator since 2015.", "commentator"),
    ],
)
def test_a_role_said_as_predicate(roles, text, role):
    name = " ".join(text.split()[:2])
    assert predicate_role(text, len(name), roles) == role


@pytest.mark.parametrize(
    "text",
    [
        "Hollis Brandvold is a former player who won here in 2009.",  # a player's kind
        "Hollis Brandvold is the top seed this week.",  # a player's title
        "Hollis Brandvold was a set and a break down.",  # no role at all
    ],
)
def test_no_role_as_predicate(roles, text):
    assert predicate_role(text, len("Hollis Brandvold"), roles) is None
