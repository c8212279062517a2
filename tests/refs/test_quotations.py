"""Where a quotation's attribution sits (extractor/refs/quotations.py) and the subject it names
(extractor/refs/quote_subjects.py), on the blank pipeline: names nobody lists, sentences of no fixture."""

from __future__ import annotations

import pytest
from support import quotes

from extractor.refs.attribution import RE_INDIRECT, RE_LOCAL_DEMONYM, RE_PLAYER_DESCRIPTION
from extractor.refs.resolution import is_object_position, object_cue_pattern

LEAD = "Marco Fabbri beat Radek Holub 6-2 6-1 in the Rome final on Tuesday.\n\n"


def speakers(record) -> list[str | None]:
    return [s for _, s in quotes(record)]


# A lead-in with no reporting verb that hands over to the quotation with a colon: its subject speaks.
@pytest.mark.parametrize(
    "text, expected",
    [
        # a headline or a Q&A line: the name, a colon, the words
        ("Holub: “I can still win a big title”\n\n" + LEAD, ["Radek Holub"]),
        (LEAD + "Fabbri: “The crowd carried me through the second set.”", ["Marco Fabbri"]),
        # the name, what it is about, a colon
        (LEAD + "Holub on his serve: “It let me down at the worst moments.”", ["Radek Holub"]),
        # a sentence of manner or mood ending in a colon
        (
            LEAD + "Afterwards, Fabbri was in no mood to celebrate: “There is another event next week.”",
            ["Marco Fabbri"],
        ),
        # the owner of a noun of speech
        (LEAD + "Holub’s verdict was short: “He was better.”", ["Radek Holub"]),
        # the lead-in a paragraph of its own
        (LEAD + "Fabbri was upbeat:\n\n“I have waited years for a week like this.”", ["Marco Fabbri"]),
    ],
)
def test_a_colon_lead_in_without_a_verb_names_its_subject(blank_record, text, expected):
    assert speakers(blank_record(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # near miss: a possessive that owns someone else (a coach, not a noun of speech)
        LEAD + "Holub’s coach was blunt: “He served badly.”",
        # near miss: the name is acted upon
        LEAD + "The draw had been kind to Holub until then: “It is a lottery.”",
    ],
)
def test_a_colon_lead_in_whose_name_is_no_subject_names_no_speaker(blank_record, text):
    assert speakers(blank_record(text)) == [None]


# A description after the reporting verb: the player it points to.
@pytest.mark.parametrize(
    "attribution",
    ["said the new champion", "added the first-time finalist", "said the title-holder, who", "beamed the winner"],
)
def test_a_player_description_after_the_verb_is_the_player_in_focus(blank_record, attribution):
    text = LEAD + f"“I never stopped believing,” {attribution} will play in Madrid next."
    assert speakers(blank_record(text)) == ["Marco Fabbri"]


def test_a_description_after_the_verb_that_is_no_player_names_no_one(blank_record):
    # near miss: a body, not a player
    text = LEAD + "“The roof will stay open,” said the organising committee."
    assert speakers(blank_record(text)) == [None]


@pytest.mark.parametrize("phrase", ["the beaten semi-finalist", "the home favourite", "a lucky loser", "the victor"])
def test_player_descriptions(phrase):
    assert RE_PLAYER_DESCRIPTION.search(phrase)


@pytest.mark.parametrize("phrase", ["the organising committee", "the referee", "the winning team's owner"])
def test_no_player_descriptions(phrase):
    assert not RE_PLAYER_DESCRIPTION.search(phrase)


# A hearer after "to" is no reported speech: the verb attributes the quotation.
@pytest.mark.parametrize("hearer", ["admitted to Eurosport", "said to reporters", "confided to the press"])
def test_a_verb_to_its_hearer_attributes(blank_record, hearer):
    verb, _, rest = hearer.partition(" ")
    text = LEAD + f"“I lacked matches,” Holub {verb} {rest}."
    assert speakers(blank_record(text)) == ["Radek Holub"]


@pytest.mark.parametrize("tail", [" to play the clay swing", " to skip the event", " that he was tired"])
def test_reported_speech_after_a_verb_is_no_attribution(tail):
    assert RE_INDIRECT.match(tail)


@pytest.mark.parametrize("tail", [" to Eurosport", " to reporters", " to the media"])
def test_a_hearer_is_no_reported_speech(tail):
    assert not RE_INDIRECT.match(tail)


# A name in apposition to a title, set off by commas, is the subject of the verb after it.
@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        "Holub’s coach, Marek Dvorsky, said: “He needs more matches.”",
        "“He needs more matches,” the Czech’s long-time coach, Marek Dvorsky, later admitted.",
    ],
)
def test_a_name_in_apposition_before_the_verb_is_its_subject(extractor, sentence):
    text = "Marco Fabbri beat Czech player Radek Holub 6-2 6-1 in the Rome final on Tuesday.\n\n" + sentence
    assert [q.speaker_name for q in extractor.extract(text).quotes] == ["Marek Dvorsky"]


# A headline that opens with a quotation, then a dash and its speaker run into Title Case words.
@pytest.mark.parametrize(
    "headline",
    ["‘I Was Lucky Today’ - Fabbri After Narrow Rome Win", "“Nobody Believed In Me” – Marco Fabbri On His Title"],
)
def test_a_headline_quotation_credited_after_a_dash(blank_record, headline):
    assert speakers(blank_record(headline + "\n\n" + LEAD)) == ["Marco Fabbri"]


def test_a_dash_after_a_quotation_ending_a_sentence_line_is_no_credit(blank_record):
    # near miss: a line that ends as a sentence does is narration after a dash, not a headline
    text = LEAD + "“A perfect day” - Fabbri's title ended a long wait for the home fans."
    assert speakers(blank_record(text)) == [None]


# An embedded post credited under it: the name, the handle, the date.
@pytest.mark.parametrize(
    "credit",
    ["— Marco Fabbri (@marcofabbri) June 2, 2024", "— Marco Fabbri (@mfabbri_official)"],
)
def test_an_embedded_post_credits_its_author(blank_record, credit):
    text = LEAD + f"“Proud of this one. Thank you Rome!” {credit}\n\nFabbri plays next in Paris."
    assert speakers(blank_record(text)) == ["Marco Fabbri"]


def test_an_embedded_post_with_only_a_handle_credits_no_one(blank_record):
    # near miss: a handle alone names no one
    text = LEAD + "“Proud of this one. Thank you Rome!” — (@marcofabbri) June 2, 2024\n\nFabbri plays next in Paris."
    assert speakers(blank_record(text)) == [None]


@pytest.mark.parametrize("tail", [" that evening", " that day, smiling"])
def test_that_before_a_time_is_no_reported_speech(blank_record, tail):
    text = LEAD + f"“I had never even practised with him,” de Groot said{tail}. “It felt unreal.”"
    text = text.replace("Radek Holub", "Jan de Groot")
    assert speakers(blank_record(text)) == ["Jan de Groot", "Jan de Groot"]


def test_that_opening_a_clause_is_reported_speech():
    # near miss: "said that the night ..." reports speech
    assert RE_INDIRECT.match(" that the night session would start late")


# A clause after the quotation that ends in a colon leads into the next quotation, but its first
# verb still attributes this one.
@pytest.mark.parametrize("link", ["Fabbri said, before adding:", "said Fabbri, who then added:"])
def test_an_attribution_that_goes_on_into_the_next_quotation(blank_record, link):
    text = LEAD + f"“I was lucky today,” {link} “Now I want the next title.”"
    assert speakers(blank_record(text)) == ["Marco Fabbri", "Marco Fabbri"]


def test_a_lead_in_after_a_quotation_with_one_verb_is_the_next_ones(blank_record):
    # near miss: one verb, the next quotation's ('"..." Holub said:' is no attribution after it)
    text = LEAD + "“What a match.” Holub said: “He was better.”"
    assert speakers(blank_record(text)) == [None, "Radek Holub"]


# A demonym of a region or city that no country list holds describes a player as a nation does.
@pytest.mark.parametrize(
    "attribution", ["said the Mallorcan", "the Carrarino explained", "said the South Tyrolean in the press room"]
)
def test_a_local_demonym_is_the_player_in_focus(blank_record, attribution):
    text = LEAD + f"“My body feels good,” {attribution}."
    assert speakers(blank_record(text)) == ["Marco Fabbri"]


@pytest.mark.parametrize("phrase", ["the Federation", "the ATP", "the Grand Slam Board"])
def test_a_body_is_no_local_demonym(phrase):
    # near miss: capitalised bodies end in no demonym's suffix
    assert not RE_LOCAL_DEMONYM.search(phrase)


# A definite title with no name is the one person of the article who holds it.
@pytest.mark.parametrize(
    "sentence",
    [
        "“He has never served better,” his coach told reporters.",
        "It was a win his coach described as “the best of his career”.",
    ],
)
def test_a_definite_title_is_the_one_person_holding_it(blank_record, sentence):
    text = LEAD + "Fabbri has been working with his coach, Paolo Neri, since 2019.\n\n" + sentence
    assert speakers(blank_record(text)) == ["Paolo Neri"]


def test_a_title_two_people_hold_names_neither(blank_record):
    # near miss: two coaches are named, so "his coach" is not settled by the title
    text = (
        LEAD + "Fabbri works with his coach, Paolo Neri, and Holub with his coach, Jan Kodes Jr.\n\n"
        "“He has never served better,” his coach told reporters."
    )
    assert speakers(blank_record(text)) == [None]


# A name after a possessive in object position ("lost to her compatriot X") is acted upon: a "she"
# after it is the subject of the sentence.
@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Brix lost 6-4 4-6 6-4 to her compatriot Mia Lund on Thursday, a defeat she called “hard to take”.",
        "Ana Brix went down 6-4 6-4 against her fellow Dane Mia Lund, and she admitted: “I was flat.”",
    ],
)
def test_a_pronoun_after_a_possessive_object_is_the_subject(blank_record, sentence):
    assert speakers(blank_record(sentence)) == ["Ana Brix"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Brix lost to her compatriot Mia Lund", True),
        ("Brix beat his fellow Dane Mia Lund", True),
        # near miss: a possessive after a word that puts no one in object position
        ("Brix and her compatriot Mia Lund", False),
    ],
)
def test_a_possessive_after_an_object_word_keeps_the_object_position(text, expected):
    assert is_object_position(text, text.index("Mia"), object_cue_pattern("beat|defeated")) is expected


# Quotations answering an interviewer's questions: the speaker of the answer before, else the person
# the narrative before the questions is about.
@pytest.mark.parametrize(
    "interview",
    [
        "Afterwards he sat down with us.\n\nQ: How did you feel today?\n\n“Great from the first ball.”\n\n"
        "Q: And the crowd?\n\n“They were amazing.”",
        "“I felt great,” Fabbri said.\n\nWhat changed this week?\n\n“I trusted my forehand.”\n\n"
        "And the crowd?\n\n“They were amazing.”",
    ],
)
def test_an_answer_to_a_question_is_the_interviewees(blank_record, interview):
    got = speakers(blank_record(LEAD + interview))
    assert got and set(got) == {"Marco Fabbri"}


def test_a_paragraph_with_a_quotation_and_a_question_mark_is_no_interviewers_question(blank_record):
    # near miss: a quotation ending in a question mark is a speaker's words; the next one follows on
    text = LEAD + "“Who else could beat him?” Holub asked.\n\n“Nobody this week.”"
    assert speakers(blank_record(text)) == ["Radek Holub", "Radek Holub"]


# A double surname shortened to its first part names the player of the double surname.
@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Pablo Carreño Busta beat Radek Holub 6-2 6-1 in Gijon.\n\n“I felt at home,” Carreño said.",
        "Mariana Echeverri Lozano beat Ana Brix 6-2 6-1 in Cali.\n\n“I cried,” said Echeverri.",
    ],
)
def test_the_first_of_two_surnames_names_the_player(extractor, text):
    # with the statistical NER the shortened surname is a player of its own before the quote stage
    full = text.split(" beat ")[0]
    assert [q.speaker_name for q in extractor.extract(text).quotes] == [full]


@pytest.mark.model
def test_the_first_of_two_surnames_two_players_share_names_neither(extractor):
    # near miss: two players carry that first surname
    text = (
        "Pablo Carreño Busta and Lucas Carreño Diaz beat Radek Holub and Ivo Lind 6-2 6-1 in Gijon.\n\n"
        "“I felt at home,” Carreño said."
    )
    assert [q.speaker_name for q in extractor.extract(text).quotes] not in (
        ["Pablo Carreño Busta"],
        ["Lucas Carreño Diaz"],
    )


# A phrase whose head is a body or a thing is no player's description, whatever player words precede it.
@pytest.mark.parametrize(
    "attribution",
    [
        "said the world governing body",
        "the sport's world governing body said",
        "said the champion's management company",
    ],
)
def test_a_body_headed_phrase_names_no_player(blank_record, attribution):
    text = LEAD + f"“We will review the incident,” {attribution}."
    assert speakers(blank_record(text)) == [None]


def test_a_player_headed_phrase_with_a_body_word_before_is_a_description(blank_record):
    # near miss: the head is the player ("the federation's top seed")
    text = LEAD + "“I never stopped believing,” said the tournament's top seed."
    assert speakers(blank_record(text)) == ["Marco Fabbri"]
