"""Canonical facts across articles and the official results as a reference, on SQLite and on a
real PostgreSQL server (tests/pg.py). The reference files are small ones written here in the format
of the public ATP/WTA match files (the real ones are not shipped)."""

from __future__ import annotations

import json

import pytest
from canonical_support import AGASSI, DOUBLES_HEADER, FEDERER, FINAL, HEADER, HEWITT, SAFIN, article, row, us_open_file
from click.testing import CliRunner
from db_support import query
from sqlalchemy import text

from extractor import parse_score
from extractor.cli import main
from extractor.db import SCHEMA_VERSION, connect, current_version, load_records, migrate
from extractor.db.canonical import MatchSource, agree, group_sources, scores_agree
from extractor.db.corroboration import match_confidence
from extractor.db.linking import name_fit
from extractor.db.upkeep import import_results, link_results


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'tennis.db'}"
    return request.getfixturevalue("pg_url")


def canonical(url: str) -> list[tuple]:
    return query(
        url,
        "SELECT c.id, w.name, l.name, c.score, c.state, c.conflicts, c.sources, c.agreeing, c.reference_status, "
        "c.reference_conflicts FROM canonical_matches c JOIN players w ON w.id = c.winner_id "
        "JOIN players l ON l.id = c.loser_id ORDER BY c.id",
    )


def as_list(value) -> list:
    return json.loads(value) if isinstance(value, str) else list(value)


def matches_json(url: str, *args: str) -> list[dict]:
    result = CliRunner().invoke(main, ["matches", "--db", url, "--json", *args])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_three_reports_of_one_final_are_one_match_in_conflict_on_the_score(db_url):
    load_records(FINAL, db_url)
    rows = canonical(db_url)
    assert len(rows) == 1
    _, winner, loser, score, state, conflicts, sources, agreeing, status, _ = rows[0]
    assert (winner, loser, state, as_list(conflicts), sources, agreeing) == (
        "Roger Federer",
        "Lleyton Hewitt",
        "conflict",
        ["score"],
        3,
        2,
    )
    assert score == "6-0 7-6(3) 6-0" and status == "unlinked"
    # corroboration per article match row: agreeing sources and the reference status of its canonical match
    per_row = query(
        db_url,
        "SELECT a.article_id, s.agrees, c.agreeing, c.reference_status FROM matches m "
        "JOIN articles a ON a.id = m.article_id JOIN canonical_match_sources s ON s.match_id = m.id "
        "JOIN canonical_matches c ON c.id = s.canonical_id ORDER BY a.article_id",
    )
    assert [(r[0], bool(r[1]), r[2], r[3]) for r in per_row] == [
        ("a1", True, 2, "unlinked"),
        ("a2", True, 2, "unlinked"),
        ("a3", False, 2, "unlinked"),
    ]


def test_a_reference_file_confirms_it_and_gives_players_their_ids(db_url, tmp_path):
    load_records(FINAL, db_url)
    report, counts = import_results(db_url, [us_open_file(tmp_path)])
    assert (report.new, report.errors, counts["confirmed"]) == (1, [], 1)
    (_, _, _, _, _, _, _, _, status, differs) = canonical(db_url)[0]
    assert (status, as_list(differs)) == ("confirmed", [])
    refs = dict(
        query(db_url, "SELECT p.name, c.reference_id FROM canonical_players c JOIN players p ON p.id = c.player_id")
    )
    assert refs == {"Roger Federer": "103819", "Lleyton Hewitt": "103720"}
    (item,) = matches_json(db_url)
    assert item["reference"]["status"] == "confirmed" and item["reference"]["tourney_id"] == "2004-560"
    assert item["confidence"] >= 0.99
    # importing the same file again changes nothing
    report, _ = import_results(db_url, [us_open_file(tmp_path)])
    assert (report.new, report.updated, report.unchanged) == (0, 0, 1)


def test_an_article_reversing_the_winner_is_in_conflict_with_the_reference(db_url, tmp_path):
    import_results(db_url, [us_open_file(tmp_path)])
    load_records([article("r1", "2004-09-13", HEWITT, FEDERER, "6-0 7-6(3) 6-0")], db_url)
    (_, winner, _, _, state, _, _, _, status, differs) = canonical(db_url)[0]
    assert (winner, state, status, as_list(differs)) == ("Lleyton Hewitt", "agreed", "conflict", ["winner"])
    # a tie between sources is broken by the reference
    load_records([article("r2", "2004-09-13", FEDERER, HEWITT, "6-0 7-6(3) 6-0")], db_url)
    (_, winner, _, _, state, conflicts, _, _, status, _) = canonical(db_url)[0]
    assert (winner, state, as_list(conflicts), status) == ("Roger Federer", "conflict", ["winner"], "confirmed")


def test_meetings_at_other_events_or_rounds_stay_apart(db_url):
    records = [
        article("e1", "2004-09-13", FEDERER, HEWITT, "6-0 7-6(3) 6-0"),
        article("e2", "2004-11-21", FEDERER, HEWITT, "6-3 6-2", tournament="Masters Cup", rnd="final"),
        article("e3", "2004-11-17", FEDERER, HEWITT, "6-3 6-4", tournament="Masters Cup", rnd="group"),
        article("e4", "2004-11-22", FEDERER, HEWITT, "6-3 6-2", tournament="Masters Cup", rnd="final"),
    ]
    load_records(records, db_url)
    assert sorted((r[6], r[3]) for r in canonical(db_url)) == [(1, "6-0 7-6(3) 6-0"), (1, "6-3 6-4"), (2, "6-3 6-2")]


def test_a_report_without_event_joins_by_date_window(db_url):
    records = [
        article("w1", "2004-09-13", FEDERER, HEWITT, "6-0 7-6(3) 6-0"),
        article("w2", "2004-09-20", FEDERER, HEWITT, None, tournament=None, rnd=None),  # within 10 days
        article("w3", "2004-10-30", FEDERER, HEWITT, "6-4 6-4", tournament=None, rnd=None),  # later: another match
        article("w4", None, FEDERER, HEWITT, None, tournament=None, rnd=None),  # undated: stands alone
    ]
    load_records(records, db_url)
    assert sorted(r[6] for r in canonical(db_url)) == [1, 1, 2]


def test_doubles_sides_are_one_pair_whatever_the_order(db_url):
    a = article("d1", "2004-07-04", FEDERER, HEWITT, "6-4 6-4", rnd="final", partners=[AGASSI, SAFIN])
    b = article("d2", "2004-07-04", HEWITT, FEDERER, "6-4 6-4", rnd="final", partners=[SAFIN, AGASSI])
    # the same sides, named in another order: Agassi and Federer beat Safin and Hewitt
    swapped = {"winner": "P4", "winner_partner": "P2", "loser": "P3", "loser_partner": "P1"}
    b = b.model_copy(update={"matches": [b.matches[0].model_copy(update=swapped)]})
    load_records([a, b], db_url)
    (item,) = matches_json(db_url)
    assert {item["winner"], item["winner_partner"]} == {"Roger Federer", "Andre Agassi"}
    assert {item["loser"], item["loser_partner"]} == {"Lleyton Hewitt", "Marat Safin"}
    assert item["state"] == "agreed" and item["sources"] == ["d1", "d2"]


IDS = ("id", "winner_ids", "loser_ids")  # row ids, which depend on the load order


def snapshot(url: str) -> dict:
    """The canonical tables by names and article ids (row ids depend on the load order)."""
    return {
        "matches": sorted(
            json.dumps({k: v for k, v in m.items() if k not in IDS}, sort_keys=True) for m in matches_json(url)
        ),
        "players": sorted(
            query(
                url,
                "SELECT p.name, c.sources, c.nationality, c.state FROM canonical_players c "
                "JOIN players p ON p.id = c.player_id",
            )
        ),
        "rankings": sorted(
            (r[0], r[1], str(r[2]), r[3], r[4], r[5])
            for r in query(
                url,
                "SELECT p.name, c.kind, c.week, c.rank, c.sources, c.state FROM canonical_rankings c "
                "JOIN players p ON p.id = c.player_id",
            )
        ),
        "quotes": sorted(query(url, "SELECT text, sources FROM canonical_quotes")),
    }


MIXED = FINAL + [
    article("m1", "2004-11-21", FEDERER, HEWITT, "6-3 6-2", tournament="Masters Cup", quote="It was a great week"),
    article("m2", "2004-11-22", FEDERER, HEWITT, "6-3 6-2", tournament="Masters Cup", quote="It was a great week!"),
    article("m3", "2004-11-23", FEDERER, HEWITT, None, tournament=None, rnd=None, rank=1),
    article("m4", "2004-11-24", AGASSI, SAFIN, "7-5 6-4", tournament=None, rnd="semifinal", rank=2),
    article("m5", "2004-11-25", HEWITT, FEDERER, None, tournament=None, rnd=None, rank=2),
    article("m6", "2004-11-26", FEDERER, SAFIN, None, tournament=None, rnd=None, rank=2),
]


def test_loading_twice_or_in_another_order_gives_the_same_tables(db_url, tmp_path):
    load_records(MIXED, db_url, batch_size=3)
    first = snapshot(db_url)
    assert len(first["matches"]) == 4 and ('"It was a great week,"', 2) in first["quotes"]
    assert ("Roger Federer", "world", "2004-11-22", 1, 2, "conflict") in first["rankings"]
    load_records(MIXED, db_url)
    assert snapshot(db_url) == first
    other = f"sqlite:///{tmp_path / 'reversed.db'}"
    load_records(list(reversed(MIXED)), other, batch_size=2)
    assert snapshot(other) == first


def test_a_newer_extraction_moves_its_match(db_url):
    load_records(FINAL, db_url)
    old = FINAL[2]
    fixed = old.matches[0].model_copy(update={"score": parse_score("6-0 7-6(3) 6-0")})
    article_v2 = old.article.model_copy(update={"extractor_version": "0.2.0"})
    newer = old.model_copy(update={"article": article_v2, "matches": [fixed]})
    report = load_records([newer], db_url)
    assert report.replaced == 1
    (row,) = canonical(db_url)
    assert (row[4], row[6], row[7]) == ("agreed", 3, 3)


def test_upgrade_from_version_2_consolidates_what_was_loaded(db_url):
    load_records(FINAL, db_url)
    engine = connect(db_url)
    try:
        with engine.begin() as conn:
            for name in (
                "canonical_corrections",
                "canonical_match_sources",
                "canonical_ranking_sources",
                "canonical_quote_sources",
                "canonical_players",
                "canonical_rankings",
                "canonical_quotes",
                "canonical_matches",
                "reference_matches",
            ):
                conn.execute(text(f"DROP TABLE {name}"))
            conn.execute(text("UPDATE schema_version SET version = 2"))
        assert migrate(engine) == SCHEMA_VERSION
        with engine.connect() as conn:
            assert current_version(conn) == SCHEMA_VERSION
    finally:
        engine.dispose()
    assert [(r[6], r[7]) for r in canonical(db_url)] == [(3, 2)]


def test_matches_command_filters_by_player_and_state(db_url):
    load_records(MIXED, db_url)
    assert [m["winner"] for m in matches_json(db_url, "--player", "Agassi")] == ["Andre Agassi"]
    conflicts = sorted(matches_json(db_url, "--state", "conflict"), key=lambda m: m["first_published"])
    # m3 and m5 name no event: they join the Masters Cup final, published within 10 days
    assert [m["sources"] for m in conflicts] == [["a1", "a2", "a3"], ["m1", "m2", "m3", "m5"]]
    assert conflicts[1]["conflicts"] == ["winner"] and conflicts[1]["winner"] == "Roger Federer"
    item = conflicts[0]
    for key in ("id", "winner", "loser", "winner_partner", "loser_partner", "tournament", "season", "round", "date"):
        assert key in item
    assert (item["score"], item["outcome"], item["conflicts"], item["reference"]["status"]) == (
        "6-0 7-6(3) 6-0",
        "completed",
        ["score"],
        "unlinked",
    )
    plain = CliRunner().invoke(main, ["matches", "--db", db_url, "--player", "Roger Federer"])
    assert plain.exit_code == 0 and "Roger Federer d. Lleyton Hewitt" in plain.stdout


def test_results_files_errors_are_one_line(tmp_path):
    url = f"sqlite:///{tmp_path / 't.db'}"
    bad = tmp_path / "atp_matches_bad.csv"
    bad.write_text("tourney_id,tourney_name\nx,y\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["results", "import", str(bad), "--db", url])
    assert result.exit_code == 1 and len(result.stderr.strip().splitlines()) == 1
    assert "no tourney_date, match_num" in result.stderr
    lines = tmp_path / "wta_matches_2005.csv"
    good = row(
        "2005-1", "Wimbledon", "20050620", 1, "1", "Venus Williams", "USA", "2", "Lindsay Davenport", "USA",
        "4-6 7-6(4) 9-7", "F", 3,
    )  # fmt: skip
    lines.write_text("\n".join([HEADER, good, good.replace("20050620", "2005-06-20")]) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["results", "import", str(lines), "--db", url])
    assert result.exit_code == 1
    assert "wta_matches_2005.csv:3: tourney_date '2005-06-20' is not YYYYMMDD" in result.stderr
    assert query(url, "SELECT tour, round, score, outcome FROM reference_matches") == [
        ("WTA", "final", "4-6 7-6(4) 9-7", "completed")
    ]
    assert CliRunner().invoke(main, ["results", "link", "--db", url]).exit_code == 0


def test_doubles_files_and_surname_linking(db_url, tmp_path):
    path = tmp_path / "atp_matches_doubles_2004.csv"
    cells = "2004-540,Wimbledon,Grass,64,G,20040621,100,1,2,3,4,6-4 6-4,5,F"
    names = "Roger Federer,SUI,Andre Agassi,USA,Lleyton Hewitt,AUS,Marat Safin,RUS"
    path.write_text(f"{DOUBLES_HEADER}\n{cells},{names}\n", encoding="utf-8")
    records = [
        article("d1", "2004-07-04", ("Federer", None), ("Hewitt", None), "6-4 6-4", tournament="Wimbledon",
                partners=[("Agassi", None), ("Safin", None)]),
    ]  # fmt: skip
    load_records(records, db_url)
    _, counts = import_results(db_url, [path])
    assert counts["confirmed"] == 1
    assert ("Federer", "1") in query(
        db_url, "SELECT p.name, c.reference_id FROM canonical_players c JOIN players p ON p.id = c.player_id"
    )
    assert link_results(db_url)["confirmed"] == 1


def test_name_fit_and_score_agreement():
    assert name_fit({"li na"}, "na li") == 3
    assert name_fit({"justine henin hardenne"}, "justine henin") == 2
    assert name_fit({"andy roddick"}, "andrew roddick") == 2
    assert name_fit({"roddick"}, "andy roddick") == 1
    assert name_fit({"andy murray"}, "jamie murray") == 1
    assert name_fit({"roger federer"}, "lleyton hewitt") == 0
    assert scores_agree("7-6 6-4", "7-6(5) 6-4") and not scores_agree("7-6(3) 6-4", "7-6(5) 6-4")
    assert not scores_agree("6-4 6-4", "6-4 7-5")
    assert match_confidence([0.8, 0.8], 0) == 0.96 and match_confidence([0.8, 0.8], 1) == 0.64
    assert match_confidence([0.8], 0, "confirmed") == 0.99 and match_confidence([0.9], 0, "conflict") == 0.5


def test_grouping_does_not_depend_on_the_order():
    import datetime as dt

    def src(i, day, t, rnd, winner="1"):
        d = dt.date(2004, 9, day)
        return MatchSource(i, (f"a{i}", "", "M1"), winner, "2" if winner == "1" else "1", t, rnd, None, d,
                           "6-4 6-4", "completed", 3, 0.8)  # fmt: skip

    sources = [src(1, 1, 5, "final"), src(2, 3, None, None), src(3, 9, 5, "semifinal"), src(4, 20, None, None)]
    for order in (sources, sources[::-1], sources[1:] + sources[:1]):
        groups = group_sources(order)
        assert sorted(sorted(s.match_id for s in g.members) for g in groups) == [[1, 2], [3], [4]]
    assert agree([src(1, 1, 5, "final"), src(2, 1, 5, "final", winner="2")]).conflicts == ("winner",)


def test_the_new_commands_start_without_spacy(tmp_path):
    import subprocess
    import sys

    url = f"sqlite:///{tmp_path / 't.db'}"
    load_records(FINAL, url)
    path = us_open_file(tmp_path)
    for args in (["results", "import", str(path), "--db", url], ["matches", "--db", url, "--json"]):
        code = (
            "import sys, atexit\n"
            "atexit.register(lambda: print('SPACY=' + str('spacy' in sys.modules), file=sys.stderr))\n"
            "from extractor.cli import main\n"
            f"main({args!r})\n"
        )
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        assert done.returncode == 0 and "SPACY=False" in done.stderr, done.stderr[-2000:]
