"""The statistical NER run only where the players stage needs it (tennis_candidates -> tennis_ner ->
tennis_players), and the pieces that keep the cost of a text linear in its length."""

from __future__ import annotations

import re

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.stages.ner import merge_runs, sub_doc, token_spans, within_budget
from extractor.text import plain as T

# -- plain functions -----------------------------------------------------------------------------


def test_merge_runs_joins_spans_separated_by_white_space_only():
    text = "One. Two. Three.\n\nFour."
    assert merge_runs([(10, 16), (0, 4), (5, 9)], text) == [(0, 16)]
    assert merge_runs([(0, 4), (18, 23)], text) == [(0, 4), (18, 23)]


@pytest.mark.parametrize(
    "spans,limit,read,skipped",
    [
        ([(0, 10), (20, 30)], 0, [(0, 10), (20, 30)], []),
        ([(0, 10), (20, 30)], 15, [(0, 10)], [(20, 30)]),
        ([(0, 50)], 10, [(0, 50)], []),  # the first span is always read
    ],
)
def test_within_budget(spans, limit, read, skipped):
    assert within_budget(spans, limit) == (read, skipped)


def test_sub_doc_keeps_the_tokens_of_its_span():
    nlp = spacy.blank("en")
    doc = nlp("Earlier, Jannik Sinner beat Carlos Alcaraz 6-4 6-4. Then rain came.")
    (span,) = token_spans(doc, [(9, 50)])
    sub = sub_doc(span)
    assert [t.text for t in sub] == [t.text for t in span]
    assert sub.text.rstrip() == span.text


def test_a_long_run_without_sentence_ends_is_cut_at_clause_breaks():
    text = ", ".join(f"Player{i} beat Player{i + 1}" for i in range(200))
    pieces = T.sentences(text, T.Block(0, len(text)))
    assert len(pieces) > 1
    assert all(p.end - p.start <= T.MAX_SENTENCE for p in pieces)
    assert all(text[p.start - 2 : p.start] == ", " for p in pieces[1:])


def test_news_sentences_are_not_cut():
    text = "Sinner, the top seed, beat Alcaraz 6-4 7-6(5) on Sunday to win the title in Turin. " * 3
    pieces = T.sentences(text, T.Block(0, len(text.rstrip())))
    assert len(pieces) == 3


def _flat_alternation(phrases):
    alts = sorted({p for p in phrases if p}, key=len, reverse=True)
    body = "|".join(re.escape(a).replace(r"\ ", r"[\s\u00a0]+") for a in alts)
    return re.compile(rf"(?<![\w'-])(?:{body})(?![\w-])")


WORDS = st.sampled_from(
    ["open", "us", "us open", "open court", "the", "queen's", "queen's club", "de", "de minaur", "miami", "miami open"]
)


@settings(max_examples=200, deadline=None)
@given(phrases=st.sets(WORDS, min_size=1), text=st.lists(WORDS, max_size=12).map(" ".join))
def test_the_phrase_trie_matches_what_a_longest_first_alternation_matches(phrases, text):
    trie, flat = T.phrase_pattern(phrases), _flat_alternation(phrases)
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]


# -- on the real model ---------------------------------------------------------------------------


@pytest.mark.model
def test_the_ner_reads_only_sentences_with_an_undecided_name(extractor):
    text = (
        "Carlos Alcaraz beat Jannik Sinner 6-4 6-4 in the final on Sunday. "
        "Alcaraz said he was tired.\n\n"
        "Among the crowd was Miriam Okonkwo, who travelled from Lagos."
    )
    doc = extractor.nlp(text)
    spans = doc._.tennis_candidates.ner_spans
    assert [text[a:b] for a, b in spans] == ["Among the crowd was Miriam Okonkwo, who travelled from Lagos."]


@pytest.mark.model
def test_an_unknown_player_next_to_nothing_is_found_by_the_ner(extractor):
    record = extractor.extract(
        "Tomas Berdych and Radek Stepanek practised together in Prague.\n\nThe weather was fine."
    )
    assert {p.name for p in record.players} >= {"Tomas Berdych", "Radek Stepanek"}


@pytest.mark.model
def test_beyond_its_budget_the_ner_leaves_candidates_to_the_rules(extractor):
    ner = extractor.nlp.get_pipe("tennis_ner")
    text = (
        "Miriam Okonkwo watched from the stands. The sun was out.\n\nIt was a long first-round "
        "match for Peter Valdes and for Oscar Lindqvist."
    )
    saved = ner.max_chars
    try:
        ner.max_chars = 10
        doc = extractor.nlp(text)
    finally:
        ner.max_chars = saved
    assert doc._.tennis_ner_skipped  # something was left unread
    names = {p.name for p in doc._.tennis_players}
    assert {"Peter Valdes", "Oscar Lindqvist"} <= names  # a verb of play decides them without the NER
