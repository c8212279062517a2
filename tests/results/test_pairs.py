"""Doubles teams referred to as one (extractor/results/pairs.py), on plain text: "they" after a pair,
"the X sisters", "the pair"; and what is no team reference."""

from __future__ import annotations

import re

from extractor.findings import PlayerFact, Ref
from extractor.results.pairs import named_pairs, team_refs
from extractor.text import plain as T
from extractor.text.layout import Layout, of_paragraphs


def layout_of(text: str) -> Layout:
    return of_paragraphs(text, T.paragraphs(text))


def refs_of(text: str, names: list[str]) -> tuple[list[Ref], dict[str, PlayerFact]]:
    """A reference for each mention of the full names and their surnames; the players."""
    players = {n.lower(): PlayerFact(n.lower(), n) for n in names}
    refs = []
    for n in names:
        for m in re.finditer(rf"\b(?:{re.escape(n)}|{re.escape(n.split()[-1])})\b", text):
            refs.append(Ref(m.start(), m.end(), n.lower(), "name"))
    refs = sorted({(r.start, r.end): r for r in refs}.values(), key=lambda r: r.start)
    return [r for r in refs if not any(o.start < r.start < o.end for o in refs)], players


def teams(text: str, names: list[str]) -> list[tuple[str, str, str]]:
    refs, players = refs_of(text, names)
    return [(text[r.start : r.end], r.key, partner) for r, partner in team_refs(text, layout_of(text), refs, players)]


def test_a_pair_is_two_players_joined_as_a_team():
    text = "Lina Moss/Ada Roe won. Ana Bell (ESP) and her partner Eve Lund lost. Ana Bell beat Eve Lund."
    refs, _ = refs_of(text, ["Lina Moss", "Ada Roe", "Ana Bell", "Eve Lund"])
    pairs = [(p.first, p.second) for p in named_pairs(text, refs, layout_of(text))]
    assert pairs == [("lina moss", "ada roe"), ("ana bell", "eve lund")]


def test_they_them_and_their_result_stand_for_the_pair_named_before():
    text = (
        "Lina Moss and Ada Roe had lost once all year. They beat the holders in the final. "
        "Their 6-4 6-4 win sent them top."
    )
    assert teams(text, ["Lina Moss", "Ada Roe"]) == [
        ("They", "lina moss", "ada roe"),
        ("Their", "lina moss", "ada roe"),
        ("them", "lina moss", "ada roe"),
    ]


def test_siblings_are_the_two_players_of_their_surname():
    text = "Tom Vale and Jon Vale won again. Later the Vale brothers beat Ana Bell and Eve Lund."
    assert teams(text, ["Tom Vale", "Jon Vale", "Ana Bell", "Eve Lund"])[0] == (
        "the Vale brothers",
        "tom vale",
        "jon vale",
    )


def test_a_plural_description_takes_the_last_pair_named():
    text = "Ana Bell and Eve Lund were seeded fourth. The Swedish pair won 6-3 6-3."
    assert teams(text, ["Ana Bell", "Eve Lund"]) == [("The Swedish pair", "ana bell", "eve lund")]


def test_no_team_reference_without_a_pair_or_inside_a_quotation():
    assert teams("Ana Bell won. They said the roof would close.", ["Ana Bell"]) == []
    text = 'Ana Bell and Eve Lund won. "They were the better team," Bell said.'
    assert teams(text, ["Ana Bell", "Eve Lund"]) == []
    # "their" that owns no result is no reference ("lost their semi-final to")
    assert teams("Ana Bell and Eve Lund lost their semi-final.", ["Ana Bell", "Eve Lund"]) == []


def test_them_after_a_result_over_a_pair_is_the_other_pair():
    names = ["Lina Moss", "Ada Roe", "Kim Falk", "Uma Dahl"]
    for text in (
        "Lina Moss and Ada Roe were unbeaten. The 6-2 6-2 win over Kim Falk and Uma Dahl sent them into the final.",
        "Lina Moss and Ada Roe came in as wildcards. Beating Kim Falk and Uma Dahl in straight sets put them through.",
    ):
        assert [(t, k) for t, k, _ in teams(text, names) if t == "them"] == [("them", "lina moss")]


def test_them_beside_the_pair_that_is_its_sentence_s_subject_stays_that_pair():
    # the near miss: the pair is the subject of the sentence, not the object of its result
    text = "Kim Falk and Uma Dahl were beaten early. Lina Moss and Ada Roe said the crowd had carried them."
    names = ["Lina Moss", "Ada Roe", "Kim Falk", "Uma Dahl"]
    assert [(t, k) for t, k, _ in teams(text, names) if t == "them"] == [("them", "lina moss")]
