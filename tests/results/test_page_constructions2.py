"""More constructions real pages wrap around a result (extractor/results/patterns.py, fillers.py, teams.py,
coordinated.py, subjects.py): a verb form used as a noun, a partner's two-word country, a pair in a relative
clause, the subject of a relative clause on a winner, a second loser after the first one's apposition."""

from __future__ import annotations

import pytest
from examples import complete_clauses, masked_example, sides

from extractor.results.clauses import find_clauses


def pairs(text: str, frames) -> list[tuple[str | None, str | None]]:
    return [(c.winner, c.loser) for c in complete_clauses(text, frames)]


@pytest.mark.parametrize(
    "text",
    [
        "W, 17, stuns L as a day of upsets claims L2 and W2",
        "W edges L while the shocks keep coming for L2",
    ],
)
def test_a_verb_form_after_of_or_an_article_is_a_noun(frames, text):
    assert pairs(text, frames) == [("W", "L")]


def test_a_verb_after_a_noun_phrase_is_still_a_verb(frames):
    # the near miss: no article or "of" just before the verb
    assert pairs("Day two shocks: W upsets L in straight sets", frames) == [("W", "L")]


@pytest.mark.parametrize(
    "text",
    [
        "The title went to Sri Lanka's W and New Zealand's W2, who beat L and L2 in the final",
        "In the doubles, W and Belgium's W2 saw off L and L2 6-3 6-4",
    ],
)
def test_a_pair_named_with_possessive_countries(frames, text):
    assert [sides(c) for c in complete_clauses(text, frames)] == [("W", "L", "W2", "L2")]


@pytest.mark.parametrize(
    "text",
    [
        "L2 fell 6-4 7-5 to the qualifier W, who then lost to W2 in the second round",
        "L2 was beaten by W, who was beaten by W2 a day later",
    ],
)
def test_the_subject_of_a_relative_clause_on_a_winner_lost_too(frames, text):
    assert sorted(pairs(text, frames)) == sorted([("W", "L2"), ("W2", "W")])


def test_a_name_read_as_a_loser_is_no_subject_of_a_relative_clause_again(frames):
    # near miss: "W beat L, who lost to W2" would give L two losses in one breath only when L is no loser yet
    assert sorted(pairs("W beat L, who had lost to W2 in Rome", frames)) == sorted([("W", "L"), ("W2", "L")])


@pytest.mark.parametrize(
    "text",
    [
        "W then knocked out L2, a three-time major champion, and the fifth seed L, winning in a tiebreaker",
        "W has beaten L2, the holder, and top seed L on her way to the final",
    ],
)
def test_a_second_loser_after_the_first_ones_apposition(frames, text):
    assert sorted(pairs(text, frames)) == sorted([("W", "L2"), ("W", "L")])


def test_a_second_clause_after_an_apposition_is_no_second_loser(frames):
    assert sorted(pairs("W beat L, the holder, and L2 beat W2 in three sets", frames)) == sorted(
        [("W", "L"), ("L2", "W2")]
    )


@pytest.mark.parametrize(
    "text",
    [
        "L2 was outplayed by W, the Californian who served L2 off the court and won 6-3 6-4",
        "W, a qualifier who gave L2 no rhythm at all, won 6-1 6-2",
    ],
)
def test_a_win_in_a_relative_clause_is_its_subjects_not_its_objects(frames, text):
    masked = masked_example(text)
    winners = find_clauses(masked, (0, len(text)), frames)[1]
    assert [c.winner for c in winners] == ["W"]


def test_a_winner_named_as_the_subject_keeps_the_win(frames):
    # near miss: no relative clause before the name: the name is the subject
    text = "L2 said that W won 6-3 6-4"
    masked = masked_example(text)
    assert [c.winner for c in find_clauses(masked, (0, len(text)), frames)[1]] == ["W"]
