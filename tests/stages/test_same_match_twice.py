"""One match told twice, once with a side named and once with that side read from a description
(extractor/stages/scorelines.py, one_match_per_score): the named side wins."""

from __future__ import annotations

from support import match_pairs

from extractor.findings import MatchFact
from extractor.scores import RawSet, build_score
from extractor.stages.scorelines import one_match_per_score


def test_a_results_line_names_the_winner_a_description_misread(blank_record):
    text = (
        "Carla Moreno reached the third round for the first time. Anna Lindqvist had a longer day.\n\n"
        "The 23-year-old qualifier from Spain upset 9th-seeded Petra Novak 6-4, 3-6, 7-5 on Court 9.\n\n"
        "Women's second round\n\nAnna Lindqvist, Sweden, def. Julia Berg, Germany, 6-2, 6-2.\n\n"
        "Carla Moreno, Spain, def. Petra Novak (9), Czech Republic, 6-4, 3-6, 7-5."
    )
    pairs = match_pairs(blank_record(text, published="2021-08-31"))
    assert ("Moreno", "Novak") in pairs
    assert not any(l == "Novak" and w != "Moreno" for w, l in pairs)


def test_two_named_winners_of_the_same_score_both_stay(blank_record):
    # the near miss: both sides named each time; two matches (two events) with the same score stay two
    text = (
        "Petra Novak lost 6-4 6-4 to Carla Moreno in Rome in May.\n\n"
        "A week later in Madrid, Anna Lindqvist beat Petra Novak 6-4 6-4 as well."
    )
    pairs = match_pairs(blank_record(text, published="2021-06-01"))
    assert {("Moreno", "Novak"), ("Lindqvist", "Novak")} <= pairs


def _team_result(loser: str, loser_ref: str, score) -> MatchFact:
    m = MatchFact("herbert", loser, (0, 10), score, winner_partner="mahut", loser_partner="ram")
    m.signals = {"winner_ref": "name", "loser_ref": loser_ref}
    return m


def test_a_doubles_result_told_again_with_one_player_read_from_a_pronoun():
    score = build_score((RawSet(6, 4), RawSet(7, 6, 0)), "6-4 7-6(0)")
    assert score is not None
    named, read = _team_result("salisbury", "name", None), _team_result("medvedev", "pronoun", score)
    (kept,) = one_match_per_score([named, read])
    assert (kept.loser, kept.loser_partner, kept.score) == ("salisbury", "ram", score)


def test_two_scored_doubles_results_stay_two():
    # the near miss: both scored (two matches of nearly the same teams, a week apart)
    first = _team_result("salisbury", "name", build_score((RawSet(6, 4), RawSet(6, 4)), "6-4 6-4"))
    second = _team_result("medvedev", "pronoun", build_score((RawSet(7, 5), RawSet(6, 3)), "7-5 6-3"))
    assert len(one_match_per_score([first, second])) == 2
