"""Attributions whose subject is a described name after the verb, a message's sender, a tabloid's
description, or the subject of a coordinated clause (rule stages only)."""

from __future__ import annotations

import pytest
from support import quotes

LEAD = "Greta Volkova beat Nina Sartori 6-4 2-6 7-5 in the semi-finals on Friday.\n\n"


@pytest.mark.parametrize(
    "text,expected",
    [
        # a description between the reporting verb and the name after it
        (LEAD + '"I had nothing left," said the 31-year-old Sartori, who retired in May.', "Nina Sartori"),
        (LEAD + '"It was my best match of the year," added the defending champion Volkova.', "Greta Volkova"),
        # near miss: a preposition before the name makes it no subject
        (LEAD + '"She played very well," said the coach of Volkova.', None),
        # a message's sender handing over with a colon, a reader no list knows
        (LEAD + 'An email from Derek Philpott: "Has anyone ever hit more drop shots in a set?"', "Derek Philpott"),
        (LEAD + 'Another text from Amira Haddad, in Leeds: "Volkova is a joy to watch."', "Amira Haddad"),
        # near miss: one word is no name to credit
        (LEAD + 'A message from Leeds: "Volkova is a joy to watch."', None),
        # a tabloid's description of a player
        (LEAD + 'The Yorkshire lass said: "My mum will be screaming at home."', "Greta Volkova"),
        # the subject of the clause the reporting verb is coordinated with
        (
            LEAD + 'The 24-year-old needed treatment on her wrist but said later it was "nothing to worry about."',
            "Greta Volkova",
        ),
        (LEAD + 'Sartori took a medical time-out and told reporters it was "only cramp."', "Nina Sartori"),
    ],
)
def test_attribution_subjects(blank_record, text, expected):
    assert quotes(blank_record(text))[-1][1] == expected


def test_a_body_before_the_verb_still_names_no_player(blank_record):
    # near miss: the subject phrase is a body, with no clause word inside it
    text = LEAD + 'The tournament organisers said the roof was "closed for safety."'
    assert quotes(blank_record(text))[-1][1] is None
