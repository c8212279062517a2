"""Scores told under a results heading (extractor/results/headings.py), as plain functions and through the
blank pipeline."""

from __future__ import annotations

import pytest
from support import matches

from extractor.results.headings import heading_line, heading_score, story_under

LISTICLE = (
    "Our pick of the year's upsets.\n\n"
    "4. Lena Varga d. Petra Kos, Linz, quarter-final\n"
    "The qualifier had never won a tour match. She came through 3-6, 6-3, 7-5 after saving two match points.\n\n"
    "3. Tomasz Wilk d. Ivo Brandt, Sofia, second round\n"
    "Wilk, then ranked 301st, led 4-1 in the first set and never looked back: 6-2, 7-6 (4).\n"
)


def test_a_heading_line_is_a_line_without_closing_punctuation():
    at = LISTICLE.index("4. Lena")
    span = (at, LISTICLE.index("\n", at))
    assert heading_line(LISTICLE, span) == span
    story = LISTICLE.index("The qualifier")
    assert heading_line(LISTICLE, (story, LISTICLE.index(".", story) + 1)) is None


def test_the_story_under_a_heading_ends_at_the_blank_line():
    at = LISTICLE.index("4. Lena")
    line = (at, LISTICLE.index("\n", at))
    start, end = story_under(LISTICLE, line)
    assert "3-6, 6-3, 7-5" in LISTICLE[start:end] and "Wilk" not in LISTICLE[start:end]


def test_a_heading_takes_the_one_free_match_score_under_it():
    at = LISTICLE.index("3. Tomasz")
    run = heading_score(LISTICLE, (at, LISTICLE.index("\n", at)), held=[])
    assert run is not None and run.text == "6-2, 7-6 (4)"  # "led 4-1" is no match score


def test_a_score_another_result_holds_is_not_taken():
    at = LISTICLE.index("4. Lena")
    story = LISTICLE.index("The qualifier")
    held = [(story, LISTICLE.index("3. Tomasz"))]
    assert heading_score(LISTICLE, (at, LISTICLE.index("\n", at)), held) is None


def test_two_free_scores_under_a_heading_give_none():
    text = "A d. B, Rome, final\nShe won 6-4, 6-4 there, and 6-1, 6-1 the week before.\n"
    assert heading_score(text, (0, text.index("\n")), held=[]) is None


@pytest.mark.parametrize(
    "text,expected",
    [
        (LISTICLE, {("Varga", "Kos", "3-6 6-3 7-5"), ("Wilk", "Brandt", "6-2 7-6(4)")}),
        # a round-up whose heading names the result in prose, the score written from the loser's side below it
        (
            "Weekend round-up\n\nMarta Lindqvist beat Sofia Arandelovic in Bastad\n"
            "Arandelovic fell 4-6, 2-6 in 70 minutes on Sunday.\n",
            {("Lindqvist", "Arandelovic", "6-4 6-2")},
        ),
    ],
)
def test_headings_take_their_scores_through_the_pipeline(blank_record, text, expected):
    got = {(w, l, s) for w, l, s, _ in matches(blank_record(text))}
    assert expected <= got


def test_a_heading_in_running_text_keeps_no_score_of_another_paragraph(blank_record):
    # the sentence ends with a full stop: running text, not a heading
    text = "Lena Varga beat Petra Kos in Linz.\n\nLater, the wind got up and the doubles finished 6-4, 6-4.\n"
    assert [(w, l, s) for w, l, s, _ in matches(blank_record(text))] == [("Varga", "Kos", None)]
