"""Lists of names (extractor/refs/name_lists.py): the members of "A, B and C", and whether a name is
listed with a player. Names are invented; the sentences are paraphrases of no fixture."""

from __future__ import annotations

import pytest

from extractor.refs.name_lists import list_members, listed_with


def span(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


@pytest.mark.parametrize(
    "text,names",
    [
        (
            "Joining them in the fourth round are Wilhelmina Osei, Radek Brezina and Aiko Tanabe.",
            ["Wilhelmina Osei", "Radek Brezina", "Aiko Tanabe"],
        ),
        (
            "Seeds through: Oyelaran (NGR), van Loon (NED), Castagnoli, and Mbeki-Ross (RSA).",
            ["Oyelaran", "Loon", "Castagnoli", "Mbeki-Ross"],
        ),
        ("Marguerite Ledoux, Ines Quiroga & Saba Rahimi all won in straight sets.", ["Marguerite Ledoux"]),
    ],
)
def test_the_members_of_a_list(text, names):
    members = [text[a:b] for a, b in list_members(text, *span(text, names[0]))]
    assert all(any(n in m for m in members) for n in names), members
    assert not any(m in ("NGR", "NED", "RSA") for m in members)


@pytest.mark.parametrize(
    "text,name",
    [
        ("Wilhelmina Osei and Radek Brezina won the mixed doubles.", "Wilhelmina Osei"),  # a pair: no list
        ("In Hamburg, Radek Brezina and Aiko Tanabe won.", "Hamburg"),  # a place after a preposition
        ("Brezina won. Osei, Tanabe and Quiroga lost.", "Brezina"),  # another sentence
        ("Osei, 24, and Tanabe, 19, are through.", "Osei"),  # ages between: two names only
    ],
)
def test_no_list_around_a_name(text, name):
    assert list_members(text, *span(text, name)) == []


def test_listed_with_a_player():
    text = "Also into the last 16: Ottoline Baird, Saba Rahimi and Ines Quiroga."
    assert listed_with(text, *span(text, "Ottoline Baird"), [span(text, "Ines Quiroga")])
    assert not listed_with(text, *span(text, "Ottoline Baird"), [span(text, "Ottoline Baird")])  # itself only
    assert not listed_with(text, *span(text, "Ottoline Baird"), [])


def test_a_word_beginning_an_events_name_is_not_listed():
    text = "Australian, Rahimi and Quiroga shine at the Australian Hardcourt Open"
    assert listed_with(text, *span(text, "Rahimi"), [span(text, "Quiroga")], ["australian hardcourt open"])
    assert not listed_with(text, *span(text, "Australian"), [span(text, "Quiroga")], ["australian hardcourt open"])
