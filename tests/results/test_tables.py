"""Results told as a table with a Winner column (extractor/results/tables.py): past meetings of two
players, champions lists with a runner-up column; tables with no winner column are no results."""

from __future__ import annotations

from support import matches

from extractor.results.tables import table_results

PLAYERS = {"ana": "Ana Kovac", "bea": "Beatriz del Monte", "cy": "Cyra Holt", "dee": "Dee Lund"}


def results(text: str) -> list[tuple[str, str, str | None]]:
    return [(r.winner, r.loser, r.run.text if r.run else None) for r in table_results(text, PLAYERS)]


def test_a_past_meetings_table_gives_each_row_to_its_winner_over_the_other_player():
    text = (
        "Head-to-head\n"
        "Year\tTournament\tSurface\tWinner\tResult\n"
        "2024\tStrasbourg\tClay\tKovac\t6-3 6-4\n"
        "2023\tEastbourne\tGrass\tdel Monte\t7-6(2) 6-7(5) 6-1\n"
    )
    assert results(text) == [("ana", "bea", "6-3 6-4"), ("bea", "ana", "7-6(2) 6-7(5) 6-1")]


def test_a_champions_table_takes_the_loser_from_its_runner_up_column():
    text = (
        "| Year | Winner | Runner-up | Score |\n"
        "| 2019 | Cyra Holt | Dee Lund | 6-2 6-2 |\n"
        "| 2020 | Dee Lund | Holt | 4-6 6-1 6-3 |\n"
    )
    assert results(text) == [("cy", "dee", "6-2 6-2"), ("dee", "cy", "4-6 6-1 6-3")]
    assert results(text.replace("Winner", "Champion")) == results(text)
    # a list of champions with no runner-up column gives titles, not results
    assert results("Year | Champion | Score\n2019 | Cyra Holt | 6-2 6-2\n2020 | Dee Lund | 6-1 6-1\n") == []


def test_tables_that_are_no_results():
    # one player won every row and no loser column: whom she beat is not in the table
    assert (
        results("Date | Event | Winner | Score\nMay | Rome | Kovac | 6-1 6-1\nJune | Paris | Kovac | 6-2 6-2\n") == []
    )
    # no winner column: odds, a schedule
    assert results("Player | Odds | Seed\nKovac | 4/6 | 3\ndel Monte | 6/5 | 7\n") == []
    # a cell that names nobody of the article
    assert results("Round | Winner | Loser | Score\nR1 | Smith | Jones | 6-1 6-1\n") == []


def test_a_past_meetings_table_in_an_article(blank_record):
    text = (
        "Helena Varga meets Marta Ruiz in the quarter-finals on Friday. Varga is the favourite.\n\n"
        "Date | Event | Round | Winner | Score\n"
        "Mar 2024 | Lyon | R32 | Ruiz | 6-4 6-4\n"
        "Jan 2023 | Hobart | QF | Varga | 3-6 6-3 6-2\n"
        "Oct 2022 | Seoul | R16 | Varga | 6-1 6-2\n"
    )
    assert sorted(matches(blank_record(text))) == [
        ("Ruiz", "Varga", "6-4 6-4", "completed"),
        ("Varga", "Ruiz", "3-6 6-3 6-2", "completed"),
        ("Varga", "Ruiz", "6-1 6-2", "completed"),
    ]
