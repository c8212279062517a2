"""Name candidates (extractor/refs/candidates.py) as the statistical NER would find them: on a blank
pipeline, drafted as if an NER ran after (``has_ner=True``), so a name is either settled by the text
around it or left pending for the NER. Names are invented: no list knows them."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from extractor.refs.candidates import CandidateCollector


@pytest.fixture(scope="module")
def gazetteer(blank_nlp):
    return blank_nlp.get_pipe("tennis_players").gazetteer


def draft(blank_doc, gazetteer, text):
    doc = blank_doc(text)
    return doc, CandidateCollector(doc, gazetteer, has_ner=True).draft()


def found_names(d) -> set[str]:
    return {c.name for c in d.found if not c.role}


def pending_names(d) -> set[str]:
    return {c.name for c, _ in d.pending}


@pytest.mark.parametrize(
    "text,names",
    [
        ("Falk Ostergaard knocked out Emeric Vauclair 6-2 6-2 in Lyon.", {"Falk Ostergaard", "Emeric Vauclair"}),
        ("Solene Prevost defeated 10th-ranked Efua Mensimah.", {"Solene Prevost", "Efua Mensimah"}),
        ("Wojtek Sobieraj def. Jannes Lange-Vogt 6-4 6-2", {"Wojtek Sobieraj", "Jannes Lange-Vogt"}),
        ("Karim al Nasser fell to Chidi Onwuka (NGR) 6-3, 6-4.", {"Karim al Nasser", "Chidi Onwuka"}),
        ('"It was a battle," said Tobenna Ozor, who plays Odile Marchetti next.', {"Tobenna Ozor", "Odile Marchetti"}),
    ],
)
def test_a_name_in_a_players_slot_is_settled_without_the_ner(blank_doc, gazetteer, text, names):
    _, d = draft(blank_doc, gazetteer, text)
    assert names <= found_names(d)
    assert not names & pending_names(d)


def test_a_name_beside_nothing_of_play_is_left_to_the_ner(blank_doc, gazetteer):
    _, d = draft(blank_doc, gazetteer, "Among the crowd at the final was Miriam Okonjo, who flew in from Lagos.")
    assert "Miriam Okonjo" in pending_names(d)


def test_the_partner_of_a_player_the_ner_found_is_a_player(blank_doc, gazetteer):
    """ "A and B came into the event": the NER labels A a person and not B; B is A's partner."""
    text = "Iker Olabide and Unai Zubieta came into the event short of practice. Both are 24."
    doc, d = draft(blank_doc, gazetteer, text)
    assert {"Iker Olabide", "Unai Zubieta"} <= pending_names(d)
    a = text.index("Iker Olabide")
    doc.set_ents([doc.char_span(a, a + len("Iker Olabide"), label="PERSON")])
    doc._.tennis_ner_skipped = []
    found = CandidateCollector(doc, gazetteer, has_ner=True).collect(d)
    assert {c.name for c in found} >= {"Iker Olabide", "Unai Zubieta"}


def test_no_partner_through_a_verb(blank_doc, gazetteer):
    text = "Iker Olabide thanked Unai Zubieta for the wildcard on Monday. Both are 24."
    doc, d = draft(blank_doc, gazetteer, text)
    a = text.index("Iker Olabide")
    doc.set_ents([Span(doc, *_tokens(doc, a, a + len("Iker Olabide")), label="PERSON")])
    doc._.tennis_ner_skipped = []
    found = CandidateCollector(doc, gazetteer, has_ner=True).collect(d)
    assert "Unai Zubieta" not in {c.name for c in found}


def _tokens(doc, start, end):
    span = doc.char_span(start, end)
    return span.start, span.end


@pytest.mark.parametrize(
    "text,word",
    [
        ("Further down, world No. 21 Alejo Fuentes Roca held his place.", "Further"),
        ("Elsewhere, eighth seed Alejo Fuentes Roca beat the Portuguese.", "Elsewhere"),
        ("Rain had held up play for two hours before Alejo Fuentes Roca beat him.", "Rain"),
        ("Officials said the final would start at noon, before Fuentes Roca won 6-3 6-4.", "Officials"),
        ('"Just play free," he told Alejo Fuentes Roca before the match he won 6-3 6-4.', "Just"),
    ],
)
def test_a_capitalised_word_at_a_sentence_start_is_no_player(blank_doc, gazetteer, text, word):
    _, d = draft(blank_doc, gazetteer, text)
    assert word not in found_names(d)


@pytest.mark.parametrize(
    "text,names",
    [
        (
            "Iker Olabide arrived in Lyon on a run of four wins. He completed a 6-2 6-2 upset of the top seed.",
            {"Iker Olabide"},
        ),
        (
            "Iker Olabide and Unai Zubieta arrived in Lyon short of practice. They were beaten 6-3 6-4 by the seeds.",
            {"Iker Olabide", "Unai Zubieta"},
        ),
    ],
)
def test_a_name_the_next_sentence_takes_up_with_a_pronoun_in_a_slot(blank_doc, gazetteer, text, names):
    _, d = draft(blank_doc, gazetteer, text)
    assert names <= found_names(d)


@pytest.mark.parametrize(
    "text",
    [
        "Iker Olabide arrived in Lyon on Monday. He said the courts were slow.",  # no result slot
        "Iker Olabide watched Unai Zubieta in Lyon on Monday. He beat the top seed later.",  # a name between
        "Una Zubieta watched Iker Olabide in Lyon on Monday. He beat the top seed later.",  # not the subject
        "Iker Olabide and Unai Zubieta arrived in Lyon. He beat the top seed later.",  # "he" for a pair
    ],
)
def test_no_pronoun_slot(blank_doc, gazetteer, text):
    _, d = draft(blank_doc, gazetteer, text)
    assert "Iker Olabide" not in found_names(d)


@pytest.mark.parametrize(
    "text,names",
    [
        (
            "Ana Rus beat Ida Holm 6-2 6-3. On Tuesday Van Dijk beat Lindqvist.\n\n"
            "Thursday's order of play: Rus-Holm and Van Dijk-Lindqvist.",
            {"Van Dijk", "Lindqvist"},
        ),
        (
            "Ana Rus beat Ida Holm 6-2 6-3.\n\nIn the top half, the survivor of Zverev-Rune meets Rus next.",
            {"Zverev", "Rune"},
        ),
        ("Ana Rus beat Ida Holm 6-2 6-3.\n\nHolm was sent to the court after Medvedev-Hurkacz.", {"Medvedev"}),
    ],
)
def test_both_surnames_of_a_hyphenated_pairing_are_players(blank_record, text, names):
    assert names <= {p.name for p in blank_record(text).players}


def test_a_one_word_name_after_from_is_still_a_place(blank_record):
    text = "Ana Rus beat Ida Holm 6-2 6-3. Rus flew in from Tarrant on Monday."
    assert "Tarrant" not in {p.name for p in blank_record(text).players}
