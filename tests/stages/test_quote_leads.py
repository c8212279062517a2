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


LEAD_M = "Ruben Okafor beat Mattias Lund 7-6 (3), 6-4 in the first round.\n\n"


@pytest.mark.parametrize(
    "text,expected",
    [
        # the one the words are about is not the pronoun's speaker
        (LEAD_M + '"He moves like a cat," he said of Okafor.', "Mattias Lund"),
        (LEAD_M + '"He will win this event," he told reporters, referring to Okafor.', "Mattias Lund"),
        # near miss: with no one talked about, "he" is the player in focus
        (LEAD_M + '"I moved like a cat," he said.', "Ruben Okafor"),
        # a sentence after the quotation that hands it to its speaker
        (LEAD_M + '"I just kept swinging." That was how Okafor summed up his afternoon.', "Ruben Okafor"),
        (LEAD_M + '"It is only one match."\n\nSuch was the blunt verdict of Lund after his defeat.', "Mattias Lund"),
        # near miss: a sentence naming someone with no handing-over words
        (LEAD_M + '"It is only one match."\n\nLund, however, has lost six in a row.', None),
        # a credit line with the occasion after the name
        (LEAD_M + '"I have never served better" – Okafor speaking to Tennis Channel after the match', "Ruben Okafor"),
        (LEAD_M + '"It is only one match" - Lund on his early exit', "Mattias Lund"),
        # near miss: a dash into narration
        (LEAD_M + '"It is only one match" - Lund then packed his bags and left.', None),
    ],
)
def test_who_the_words_are_about_and_handing_over(blank_record, text, expected):
    assert quotes(blank_record(text))[-1][1] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a reporting verb's bare form after a determiner is a noun: the lead-in's subject speaks
        (LEAD_M + 'In a short Instagram post, Lund thanked his fans: "See you in Paris."', "Mattias Lund"),
        (LEAD_M + 'In his reply, Okafor was blunt: "No more questions about my knee."', "Ruben Okafor"),
        # near misses: an inflected form is the verb; a body as its subject names no player
        (LEAD_M + 'The club posted: "Congratulations to both players on a great match."', None),
        (LEAD_M + 'Lund would not comment on his knee: "It is private."', "Mattias Lund"),
    ],
)
def test_a_verb_word_used_as_a_noun(blank_record, text, expected):
    assert quotes(blank_record(text))[-1][1] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "his"/"her" heading a colon lead-in with a noun of speech or a post: the pronoun's player
        (LEAD_M + 'Lund did not look for excuses. His verdict: "Okafor was simply better."', "Mattias Lund"),
        (LEAD + 'Volkova was gracious. Later, her Instagram post read: "Nina, you pushed me."', "Greta Volkova"),
        # near miss: a possessive of a thing that is no speech
        (LEAD_M + 'Lund did not look for excuses. His knee was strapped: "It is fine."', None),
        # a credit line with a time or a role in brackets after the name
        (LEAD_M + '"Okafor has the best forehand on tour." — Dara Whelan (14:20)\n\nNext week: Halle.', "Dara Whelan"),
        (LEAD_M + '"Lund needs a new coach." — Tom Price (co-host)\n\nNext week: Halle.', "Tom Price"),
    ],
)
def test_possessive_leads_and_bracketed_credits(blank_record, text, expected):
    assert quotes(blank_record(text))[-1][1] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a title serving the player speaks, not the player: no name, no speaker
        (LEAD_M + 'A spokesperson for Lund said: "Mattias has a minor wrist strain."', None),
        (LEAD_M + '"Ruben will be fine for Halle," a representative of Okafor said.', None),
        # near miss: the player himself, after a preposition of place
        (LEAD_M + 'Back home in Malmo, Lund said: "I need a rest."', "Mattias Lund"),
    ],
)
def test_a_title_serving_a_player_speaks_for_him(blank_record, text, expected):
    assert quotes(blank_record(text))[-1][1] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a relative no stage linked, named in apposition to the title, after or before the verb
        (LEAD_M + '"He sleeps with his racquet," says his mother, Ngozi, who drove him to every event.', "Ngozi"),
        (LEAD_M + 'His sister, Ebele Okafor, said: "We are all so proud of him."', "Ebele Okafor"),
        # near miss: a title with no name in apposition names no one
        (LEAD_M + '"He sleeps with his racquet," says his mother, who drove him to every junior event.', None),
    ],
)
def test_a_relative_named_in_apposition_to_the_title(blank_record, text, expected):
    assert quotes(blank_record(text))[-1][1] == expected


SWISS = "Livia Brunner beat Olga Danilenko 7-6(5), 3-6, 6-2 in the Gstaad final yesterday.\n\n"


@pytest.mark.parametrize(
    "text,expected",
    [
        # a region's demonym in the forms of French- and German-speaking outlets, a national nickname
        (SWISS + '"My legs were heavy at the start," said the Genevoise after the match.', "Livia Brunner"),
        (SWISS + '"My legs were heavy at the start," the Baslerin admitted.', "Livia Brunner"),
        (SWISS + '"The crowd carried me," said the azzurra in the press room.', "Livia Brunner"),
        # near miss: a capitalised word with none of those endings is no description
        (SWISS + '"The roof stays open," said the Management in a note.', None),
    ],
)
def test_regional_demonyms_of_other_languages(blank_record, text, expected):
    assert quotes(blank_record(text))[-1][1] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a paragraph of quotation, then a sentence naming whose words they were
        (LEAD_M + '"Enjoy it, because it goes fast."\n\nThat was the advice from Okafor.', "Ruben Okafor"),
        (LEAD_M + '"Why do you play?"\n\nThese are the questions Lund asks now.', "Mattias Lund"),
        # near miss: no noun of speech
        (LEAD_M + '"Enjoy it, because it goes fast."\n\nThat was the third title for Okafor this year.', None),
    ],
)
def test_the_next_paragraph_names_whose_words_they_were(blank_record, text, expected):
    assert quotes(blank_record(text))[-1][1] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a verb naming something in the subject's words, before a quoted fragment
        (LEAD_M + 'Lund branded his own serving "embarrassing" and left without a word.', "Mattias Lund"),
        (LEAD_M + 'Okafor hailed the crowd as "the best in Europe" after the win.', "Ruben Okafor"),
        # near misses: the press or the fans are no player, whatever their nation
        (LEAD_M + 'The Swedish press labelled him "the new Edberg" last year.', None),
        (LEAD_M + 'The Nigerian fans dubbed him "the Lagos Lion" long ago.', None),
    ],
)
def test_naming_verbs_before_a_fragment(blank_record, text, expected):
    assert quotes(blank_record(text))[-1][1] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a pull quote credited on the line below it, after a long dash
        (LEAD_M + '"Okafor has the best forehand on tour."\n— Dara Whelan\n\nNext week: Halle.', "Dara Whelan"),
        (LEAD_M + '"Lund needs a new coach."\n– Tom Price, co-host\n\nNext week: Halle.', "Tom Price"),
        # a title in lower case before the credited name
        (LEAD_M + '"Okafor has the best forehand on tour." — co-host Dara Whelan\n\nNext week: Halle.', "Dara Whelan"),
        # near miss: a dash into narration that names a player
        (LEAD_M + '"Lund needs a new coach" - and then Lund fired his coach.', None),
        # near miss: a list of links under a quotation, bulleted with hyphens
        (LEAD_M + '"Lund needs a new coach."\n- Halle Preview\n- Ticket News\n\nNext week: Halle.', None),
    ],
)
def test_a_credit_on_the_next_line(blank_record, text, expected):
    assert quotes(blank_record(text))[-1][1] == expected
