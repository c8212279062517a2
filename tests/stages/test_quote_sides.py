"""Quotations whose speaker is named by a side of the match ("her opponent", "the loser") or is
the topic of the narrative paragraph before them (rule stages only)."""

from __future__ import annotations

import pytest
from support import quotes

LEAD = "Greta Volkova beat Nina Sartori 6-4 2-6 7-5 in the semi-finals on Friday.\n\n"
LEAD_M = "Ruben Okafor beat Mattias Lund 7-6 (3), 6-4 in the first round.\n\n"
FIRST = '"I fought for every ball," Volkova said.\n\n'


@pytest.mark.parametrize(
    "text,expected",
    [
        # a side of the match as the subject of the reporting verb
        (LEAD + FIRST + '"The wind made it a lottery," her opponent said.', "Nina Sartori"),
        (LEAD_M + '"It is a lesson for me," said the beaten Swede.', "Mattias Lund"),
        (LEAD_M + '"He deserved to go through," the loser admitted.', "Mattias Lund"),
        (LEAD + '"She returned so well," Volkova\'s rival conceded.', "Nina Sartori"),
        # a side of the match heading the narrative sentence before a bare quotation
        (LEAD + FIRST + 'Her opponent cut a dejected figure. "I had the match on my racquet."', "Nina Sartori"),
        (LEAD + FIRST + 'The beaten Italian was close to tears.\n\n"I had the match on my racquet."', "Nina Sartori"),
    ],
)
def test_a_side_of_the_match_speaks(blank_record, text, expected):
    assert quotes(blank_record(text))[-1][1] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the topic of a narrative paragraph with no reporting verb speaks next
        (LEAD + 'Sartori could not hide her disappointment at the net.\n\n"I let it slip away."', "Nina Sartori"),
        (LEAD_M + 'Lund, 22, was candid about his slump.\n\n"It is frustrating."', "Mattias Lund"),
        (LEAD_M + 'Afterwards, Okafor was in a buoyant mood.\n\n"My forehand felt good."', "Ruben Okafor"),
        # near misses: an act that hands over to no speech, a name acted upon or owning the subject
        (LEAD_M + 'Lund flew home to Malmo on Saturday.\n\n"It is frustrating."', None),
        (LEAD + 'The crowd\'s anger turned against Sartori in the third set.\n\n"I let it slip away."', None),
        (LEAD + 'Sartori\'s coach was disappointed.\n\n"I let it slip away."', None),
    ],
)
def test_the_topic_of_the_paragraph_before_speaks(blank_record, text, expected):
    assert quotes(blank_record(text))[-1][1] == expected


def test_her_coach_is_no_side_of_the_match(blank_record):
    text = LEAD + FIRST + '"She will be back," her coach said.'
    assert quotes(blank_record(text))[-1][1] is None
