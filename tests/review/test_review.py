"""The editors' review: records read back from the database, decisions and their history, the
verified export, the web app, and the page itself in a real headless Chromium (Playwright).

The browser test drives Debian's chromium (/usr/bin/chromium, installed by .ci/run), or Playwright's
own browser where a user installed one. Without either it fails in CI (CI=true) and is skipped
elsewhere, saying in one line how to get one.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import http.client
import json
import os
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import text as sql
from support import env_flag

from extractor import parse_score
from extractor.cli import main
from extractor.db import DatabaseError, load_records
from extractor.db.facts import facts_of
from extractor.db.summaries import title_line
from extractor.review import (
    Review,
    ReviewError,
    create_app,
    export_file,
    make_review_server,
)
from extractor.review.accounts import add_user, set_disabled, verify
from extractor.review.listing import Filters
from extractor.review.records import read_records
from extractor.review.service import OPEN_EDITOR
from extractor.review.throttle import Throttle
from models import ArticleRecord

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = Path(os.environ.get("TENNIS_EXTRACT_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]

TEXT = (
    " date 2025-10-28 Cameron Norrie stunned world No 1 Carlos Alcaraz 4-6, 6-3, 6-4 at the Paris Masters on Tuesday "
    "inside La Defense Arena. <script>alert('boom')</script> Later, Jannik Sinner beat Alex de Minaur 6-2 6-2.\n\n"
    "“Massive, it’s so big for me,” Norrie said.\n\n"
    "Read next: Nadal plans comeback"
)


def span(part: str, after: int = 0) -> dict:
    start = TEXT.index(part, after)
    return {"start": start, "end": start + len(part), "text": part}


def sentence(first: str, last: str) -> dict:
    start = TEXT.index(first)
    end = TEXT.index(last, start) + len(last)
    return {"start": start, "end": end, "text": TEXT[start:end]}


def make_record(version: str = "0.1.0", sinner_score: str = "6-2 6-2") -> ArticleRecord:
    """A small article with every kind of fact, a <script> in its text and a cruft line."""
    first = sentence("Cameron Norrie stunned", "La Defense Arena.")
    second = sentence("Later, Jannik", "6-2 6-2.")
    return ArticleRecord.model_validate(
        {
            "article": {
                "id": "review-1",
                "source": "tests/review.txt",
                "published": "2025-10-28",
                "text": TEXT,
                "text_sha256": hashlib.sha256(TEXT.encode()).hexdigest(),
                "extractor_version": version,
            },
            "players": [
                {
                    "id": "P1",
                    "name": "Carlos Alcaraz",
                    "nationality": "ESP",
                    "age": 22,
                    "mentions": [span("Carlos Alcaraz")],
                    "confidence": 0.97,
                },
                {
                    "id": "P2",
                    "name": "Cameron Norrie",
                    "nationality": "GBR",
                    "mentions": [span("Cameron Norrie"), span("Norrie", 60)],
                    "confidence": 0.96,
                },
                {"id": "P3", "name": "Jannik Sinner", "nationality": "ITA", "mentions": [span("Jannik Sinner")]},
                {"id": "P4", "name": "Alex de Minaur", "nationality": "AUS", "mentions": [span("Alex de Minaur")]},
                {"id": "P5", "name": "Rafael Nadal", "mentions": [span("Nadal")]},
            ],
            "tournaments": [
                {
                    "id": "T1",
                    "name": "Paris Masters",
                    "category": "Masters 1000",
                    "city": "Paris",
                    "mentions": [span("Paris Masters")],
                    "confidence": 0.88,
                }
            ],
            "venues": [
                {
                    "id": "V1",
                    "name": "La Defense Arena",
                    "city": "Paris",
                    "mentions": [span("La Defense Arena")],
                    "confidence": 0.8,
                }
            ],
            "matches": [
                {
                    "id": "M1",
                    "winner": "P2",
                    "loser": "P1",
                    "score": parse_score("4-6, 6-3, 6-4").model_dump(),
                    "tournament": "T1",
                    "venue": "V1",
                    "date": "2025-10-28",
                    "evidence": first,
                    "confidence": 0.9,
                    "score_confidence": 0.95,
                },
                {
                    "id": "M2",
                    "winner": "P3",
                    "loser": "P4",
                    "score": parse_score(sinner_score).model_dump(),
                    "evidence": second,
                    "confidence": 0.6,
                },
            ],
            "rankings": [
                {"player": "P1", "rank": 1, "kind": "world", "tour": "ATP", "evidence": first, "confidence": 0.85}
            ],
            "quotes": [
                {
                    "speaker": "P2",
                    "speaker_name": "Cameron Norrie",
                    "span": span("“Massive, it’s so big for me,”"),
                    "attribution": span("Norrie said"),
                    "confidence": 0.9,
                    "speaker_confidence": 0.8,
                }
            ],
            "dates": [{"text": "Tuesday", "value": "2025-10-28", "span": span("Tuesday"), "confidence": 0.99}],
            "boilerplate": [{"span": span("Read next: Nadal plans comeback"), "why": "related link"}],
            "warnings": ["surname 'Nadal' seen only in page cruft"],
        }
    )


EMPTY_TEXT = (
    " date 2025-10-29 Tennis\n\nLeft Menu\n\nRain washes out the day in Paris\n\nNo match was finished on Wednesday."
)


def empty_record() -> ArticleRecord:
    """An article with no facts, under page clutter: a label, a menu."""
    menu = EMPTY_TEXT.index("Left Menu")
    return ArticleRecord.model_validate(
        {
            "article": {
                "id": "review-empty",
                "published": "2025-10-29",
                "text": EMPTY_TEXT,
                "text_sha256": hashlib.sha256(EMPTY_TEXT.encode()).hexdigest(),
                "extractor_version": "0.1.0",
            },
            "boilerplate": [
                {"span": {"start": menu, "end": menu + 9, "text": "Left Menu"}, "why": "link or page furniture"}
            ],
        }
    )


@pytest.fixture()
def db_url(tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'review.db'}"
    report = load_records([make_record()], url)
    assert report.loaded == 1, report.errors
    return url


@pytest.fixture()
def review(db_url):
    r = Review(db_url)
    yield r
    r.close()


def only_pk(review: Review) -> int:
    rows = review.summaries().rows
    assert len(rows) == 1
    return rows[0].pk


def read_jsonl(path: Path) -> list[ArticleRecord]:
    return [
        ArticleRecord.model_validate_json(line)
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


# -- records back out of the database ------------------------------------------------------------


def test_records_read_back_as_loaded(db_url, review):
    with review.engine.connect() as conn:
        (got,) = read_records(conn).values()
    assert got == make_record()


def with_confidences(record: ArticleRecord) -> ArticleRecord:
    """The record with a distinct confidence on every fact that has none yet (no parameters are
    fitted today, so most are null): a player's, a tournament's, a score's, a speaker's..."""
    data = record.model_dump()
    n = 0
    for name in ("players", "tournaments", "venues", "matches", "rankings", "quotes", "dates"):
        for item in data[name]:
            for field in ("confidence", "score_confidence", "speaker_confidence"):
                if field in item and item[field] is None and (field != "score_confidence" or item["score"]):
                    n += 1
                    item[field] = round(0.5 + (n * 0.037) % 0.5, 3)
    return ArticleRecord.model_validate(data)


def test_extracted_fixtures_read_back_as_loaded(extractor, tmp_path):
    """Real extractions: every fact comes back with its local ids, spans, values and confidences
    (shared tournaments and venues carry the name the database keeps for them)."""
    names = ["a01_report_tiebreak_retirement", "a06_doubles_match_tiebreaks", "a04_cruft_byline_captions_related"]
    records = [
        with_confidences(
            extractor.extract((ROOT / "fixtures" / "articles" / f"{n}.txt").read_text(encoding="utf-8"), id=n)
        )
        for n in names
    ]
    assert all(p.confidence is not None for r in records for p in r.players)
    assert any(m.score_confidence is not None for r in records for m in r.matches)
    assert any(t.confidence is not None for r in records for t in r.tournaments)
    assert any(d.confidence is not None for r in records for d in r.dates)
    url = f"sqlite:///{tmp_path / 'fx.db'}"
    load_records(records, url)
    review = Review(url)
    with review.engine.connect() as conn:
        back = {r.article.id: r for r in read_records(conn).values()}
    review.close()
    for record in records:
        got = back[record.article.id]
        assert isinstance(got, ArticleRecord)
        strip = {"tournaments": {"__all__": {"name", "category", "city"}}, "venues": {"__all__": {"name", "city"}}}
        assert got.model_dump(exclude=strip) == record.model_dump(exclude=strip)


def test_every_fact_has_a_key_and_its_evidence():
    facts = facts_of(make_record())
    kinds = [f.kind for f in facts]
    assert kinds.count("player") == 5 and kinds.count("match") == 2
    assert len({f.key for f in facts}) == len(facts)
    m1 = next(f for f in facts if f.key == ("match", "M1"))
    assert [(k, s.text) for k, s in m1.marks][1] == ("score", "4-6, 6-3, 6-4")
    ranking = next(f for f in facts if f.kind == "ranking")
    assert ranking.marks[0][1].text == "world No 1"


# -- decisions -----------------------------------------------------------------------------------


def test_decisions_are_kept_with_history_and_survive_a_restart(db_url, review):
    pk = only_pk(review)
    review.decide(pk, "match", "M1", "accept", editor="Ann")
    review.decide(pk, "match", "M2", "correct", editor="Ann", changes={"score": "6-2 6-3"})
    review.decide(pk, "player", "P5", "reject", editor="Bo")
    review.decide(pk, "player", "P5", "clear", editor="Bo")
    review.decide(pk, "player", "P5", "reject", editor="Bo")

    again = Review(db_url)  # a new server over the same database
    cards = {(c.kind, c.ref): c for c in again.article(pk).cards}
    assert cards[("match", "M1")].state == "accept"
    assert cards[("match", "M2")].state == "correct"
    assert "6-2 6-3" in dict(cards[("match", "M2")].details)["score"]
    assert cards[("match", "M2")].was == "score 6-2 6-2"
    assert cards[("player", "P5")].state == "reject" and cards[("player", "P5")].editor == "Bo"
    history = again.history(pk, "player", "P5")
    assert [h.decision for h in history] == ["reject", "clear", "reject"]
    (correction,) = again.history(pk, "match", "M2")
    assert correction.corrected["score"]["sets"][1] == {
        "winner_games": 6,
        "loser_games": 3,
        "tiebreak": None,
        "match_tiebreak": False,
    }
    assert set(correction.corrected) == {"score"}  # only what changed
    again.close()


@pytest.mark.parametrize(
    ("kind", "ref", "changes", "problem"),
    [
        ("match", "M1", {"score": "6-4 5-2"}, "not a legal tennis score"),
        ("match", "M1", {"winner": "P1"}, "both sides"),
        ("match", "M1", {"date": "28/10/2025"}, "YYYY-MM-DD"),
        ("match", "M1", {"winner": "P9"}, "not a player of this article"),
        ("player", "P1", {"nationality": "Spain"}, "nationality"),
        ("player", "P1", {"age": "old"}, "whole number"),
        ("date", "D{start}-{end}", {"value": "Tuesday"}, "YYYY"),
        ("match", "M1", {"score": "4-6 6-3 6-4"}, "nothing was changed"),  # another notation, same score
    ],
)
def test_a_correction_that_breaks_the_schema_is_refused(review, kind, ref, changes, problem):
    pk = only_pk(review)
    tuesday = span("Tuesday")
    with pytest.raises(ReviewError, match=problem) as exc:
        review.decide(pk, kind, ref.format(**tuesday), "correct", editor="Ann", changes=changes)
    assert exc.value.status == 422


def test_a_decision_needs_an_editor_and_a_known_fact(review):
    pk = only_pk(review)
    with pytest.raises(ReviewError, match="editor name is required"):
        review.decide(pk, "match", "M1", "accept", editor="  ")
    with pytest.raises(ReviewError, match="no match 'M9'") as exc:
        review.decide(pk, "match", "M9", "accept", editor="Ann")
    assert exc.value.status == 404
    with pytest.raises(ReviewError, match="decision must be one of"):
        review.decide(pk, "match", "M1", "approve", editor="Ann")


def test_a_decision_on_an_earlier_extraction_no_longer_counts(db_url, review):
    pk = only_pk(review)
    review.decide(pk, "match", "M2", "accept", editor="Ann")
    review.decide(pk, "match", "M1", "accept", editor="Ann")
    load_records([make_record(version="0.2.0", sinner_score="6-2 6-4")], db_url)  # M2 now says something else
    cards = {(c.kind, c.ref): c for c in Review(db_url).article(pk).cards}
    assert cards[("match", "M1")].state == "accept"
    assert cards[("match", "M2")].state == "unreviewed" and cards[("match", "M2")].stale_by == "Ann"


def test_an_article_with_no_facts_is_nothing_to_review_not_done(review, db_url):
    load_records([empty_record()], db_url)
    page = review.summaries()
    assert [(r.article_id, r.status, r.title) for r in page.rows] == [
        (
            "review-1",
            "unreviewed",
            "Cameron Norrie stunned world No 1 Carlos Alcaraz 4-6, 6-3, 6-4 at the Paris Masters on Tuesday inside La…",
        ),
        ("review-empty", "empty", "Rain washes out the day in Paris"),
    ]
    assert page.totals["status"] == {"unreviewed": 1, "empty": 1}
    assert [r.article_id for r in review.summaries(Filters(status="empty")).rows] == ["review-empty"]
    assert review.summaries(Filters(status="done")).rows == []
    pk = page.rows[0].pk
    assert review.article(pk).next_unreviewed is None  # nothing to review is not to review
    client = create_app(review).test_client()
    body = client.get(f"/articles/{page.rows[1].pk}").get_data(as_text=True)
    assert "Nothing to review: no facts were extracted from this article" in body
    with review.engine.begin() as conn:  # a database of schema 2 called such articles done
        conn.execute(sql("UPDATE review_summaries SET status = 'done' WHERE facts = 0"))
        conn.execute(sql("UPDATE schema_version SET version = 2"))
    again = Review(db_url)
    assert again.summaries().totals["status"] == {"unreviewed": 1, "empty": 1}
    again.close()


@pytest.mark.parametrize(
    ("text", "cruft", "title"),
    [
        (" date 2021-06-19 Tennis\n\nNorrie stuns Shapovalov\n\nNorrie won.", [], "Norrie stuns Shapovalov"),
        (
            " date 2021-06 Left Menu\nHome\n\nBencic ends long wait with Tokyo title\n\nText.",
            [],
            "Bencic ends long wait with Tokyo title",
        ),
        (
            "SPORT IN BRIEF\nRelated stories:\nBoulter reaches Hong Kong semis\nText.",
            [],
            "Boulter reaches Hong Kong semis",
        ),
        (
            "Share this\nBy Jo Smith\nSinner wins again in Vienna final",
            ["Share this", "By Jo Smith"],
            "Sinner wins again in Vienna final",
        ),
        (
            "Tennis\nSinner wins again in Vienna",
            [("Sinner wins again in Vienna", "headline or link text")],
            "Sinner wins again in Vienna",
        ),
        ("Tennis", [], "Tennis"),  # nothing better: the first line
    ],
)
def test_a_title_is_the_first_story_line_not_cruft_or_a_label(text, cruft, title):
    spans = []
    for part in cruft:
        part, why = part if isinstance(part, tuple) else (part, "link or page furniture")
        start = text.index(part)
        spans.append({"span": {"start": start, "end": start + len(part), "text": part}, "why": why})
    record = ArticleRecord.model_validate(
        {
            "article": {
                "id": "t",
                "text": text,
                "text_sha256": hashlib.sha256(text.encode()).hexdigest(),
                "extractor_version": "0.1.0",
            },
            "boilerplate": spans,
        }
    )
    assert title_line(record) == title
    assert title_line(record.model_copy(update={"article": record.article.model_copy(update={"title": "Given"})})) == (
        "Given"
    )


def test_list_filters_and_counts(tmp_path):
    url = f"sqlite:///{tmp_path / 'two.db'}"
    other = make_record().model_dump()
    other["article"]["id"] = "review-2"
    other["warnings"] = []
    other["matches"][1]["confidence"] = 0.9
    load_records([make_record(), other], url)
    review = Review(url)
    page = review.summaries()
    rows, totals = page.rows, page.totals
    assert totals["articles"] == 2 and totals["status"]["unreviewed"] == 2
    first = next(r for r in rows if r.article_id == "review-1")
    review.decide(first.pk, "match", "M1", "accept", editor="Ann")

    def ids(**filters):
        return [r.article_id for r in review.summaries(Filters(**filters)).rows]

    assert ids(status="partly") == ["review-1"]
    assert ids(status="unreviewed") == ["review-2"]
    assert ids(warnings=True) == ["review-1"]
    assert ids(low_confidence=True) == ["review-1"]
    assert len(ids(search="de minaur")) == 2 and len(ids(search="Minaur")) == 2
    assert len(ids(search="paris masters")) == 2
    assert ids(search="federer") == [] and ids(search="aris") == []  # names are found by the start of a word
    assert len(ids(player="sinner")) == 2 and ids(player="paris") == [] and len(ids(tournament="paris")) == 2
    assert len(ids(date_from=dt.date(2025, 10, 1), date_to=dt.date(2025, 10, 31))) == 2
    assert ids(date_from=dt.date(2025, 11, 1)) == []
    for fact in facts_of(make_record()):
        review.decide(first.pk, fact.kind, fact.ref, "accept", editor="Ann")
    page = review.summaries(Filters(status="done"))
    rows, totals = page.rows, page.totals
    assert [r.article_id for r in rows] == ["review-1"] and totals["facts"]["accept"] == len(facts_of(make_record()))
    review.close()


# -- export --------------------------------------------------------------------------------------


def test_verified_export_keeps_only_kept_facts_with_corrections(review, db_url, tmp_path):
    pk = only_pk(review)
    for ref in ("P1", "P2", "P3", "P4"):
        review.decide(pk, "player", ref, "accept", editor="Ann")
    review.decide(pk, "player", "P5", "reject", editor="Ann")
    review.decide(pk, "match", "M1", "accept", editor="Ann")
    review.decide(pk, "match", "M2", "correct", editor="Ann", changes={"score": "6-2 6-3", "round": "semifinal"})
    review.decide(
        pk,
        "quote",
        "Q" + "{start}-{end}".format(**span("“Massive, it’s so big for me,”")),
        "correct",
        editor="Ann",
        changes={"speaker": "", "speaker_name": "Anne Keothavong"},
    )
    out = tmp_path / "verified.jsonl"
    report = export_file(db_url, out, verified=True)
    (record,) = read_jsonl(out)
    assert report.written == 1 and not report.left_out
    assert [p.id for p in record.players] == ["P1", "P2", "P3", "P4"]
    assert [(m.id, m.score.normalised(), m.round) for m in record.matches] == [
        ("M1", "4-6 6-3 6-4", None),
        ("M2", "6-2 6-3", "semifinal"),
    ]
    assert record.matches[0].tournament is None and record.matches[0].venue is None  # tournament and venue not accepted
    assert record.tournaments == [] and record.rankings == [] and record.dates == []
    assert [(q.speaker, q.speaker_name) for q in record.quotes] == [(None, "Anne Keothavong")]
    assert record.article.text == TEXT and record.boilerplate and record.warnings


def test_accepting_a_match_accepts_its_players_so_the_export_keeps_it(review, db_url, tmp_path):
    pk = only_pk(review)
    review.decide(pk, "player", "P1", "reject", editor="Ann")
    review.decide(pk, "match", "M1", "accept", editor="Bo")  # P2 accepted with it; P1 stays rejected
    review.decide(pk, "match", "M2", "correct", editor="Bo", changes={"winner": "P4", "loser": "P3"})
    cards = {c.ref: c for c in review.article(pk).cards}
    assert {r: (cards[r].state, cards[r].editor, cards[r].via) for r in ("P1", "P2", "P3", "P4")} == {
        "P1": ("reject", "Ann", None),
        "P2": ("accept", "Bo", "with match M1"),
        "P3": ("accept", "Bo", "with match M2"),
        "P4": ("accept", "Bo", "with match M2"),
    }
    assert [(h.decision, h.reason) for h in review.history(pk, "player", "P2")] == [("accept", "with match M1")]
    assert cards["M1"].notes == ["Not exported: its loser Carlos Alcaraz (P1) was rejected"]  # said before export
    out = tmp_path / "verified.jsonl"
    report = export_file(db_url, out, verified=True)
    (record,) = read_jsonl(out)
    assert [(m.id, m.winner, m.loser) for m in record.matches] == [("M2", "P4", "P3")]
    assert [p.id for p in record.players] == ["P2", "P3", "P4"]
    assert report.left_out == ["review-1: match M1 left out: its loser Carlos Alcaraz (P1) was rejected"]
    review.decide(pk, "player", "P4", "reject", editor="Ann")  # decided on since: undoing M2 leaves it
    review.decide(pk, "match", "M2", "clear", editor="Bo")  # undo: the players it accepted are back
    states = {c.ref: c.state for c in review.article(pk).cards}
    assert (states["M2"], states["P3"], states["P4"], states["P2"]) == ("unreviewed", "unreviewed", "reject", "accept")
    assert review.summaries().rows[0].counts["accept"] == 2  # M1 and P2
    (accepted,) = review.history(pk, "match", "M1")
    review.undo(accepted.id, editor="Root")  # the Decisions page's undo does the same
    states = {c.ref: c.state for c in review.article(pk).cards}
    assert (states["M1"], states["P2"], states["P1"]) == ("unreviewed", "unreviewed", "reject")


def test_export_command(db_url, review, tmp_path):
    runner = CliRunner()
    out = tmp_path / "all.jsonl"
    result = runner.invoke(main, ["export", "--db", db_url, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert read_jsonl(out) == [make_record()]
    result = runner.invoke(main, ["export", "--db", db_url, "--verified", "-o", str(out)])
    assert result.exit_code == 0 and read_jsonl(out) == []  # nothing decided yet
    assert "0 verified record(s) written" in result.output
    review.decide(
        only_pk(review),
        "date",
        "D{start}-{end}".format(**span("Tuesday")),
        "correct",
        editor="Ann",
        changes={"value": "2025-10-27"},
    )
    result = runner.invoke(main, ["export", "--db", db_url, "--verified", "--only-done", "-o", str(out)])
    assert result.exit_code == 0 and read_jsonl(out) == []
    result = runner.invoke(main, ["export", "--db", db_url, "--verified", "-o", str(out)])
    (record,) = read_jsonl(out)
    assert [(d.text, d.value) for d in record.dates] == [("Tuesday", "2025-10-27")]
    result = runner.invoke(main, ["export", "--db", db_url, "--verified"])  # no -o: the records on stdout
    assert result.exit_code == 0 and [ArticleRecord.model_validate_json(result.stdout)] == [record]
    assert result.stderr == "1 verified record(s) written with 1 fact(s) (0 accepted by the machine) to stdout\n"
    assert "default: stdout" in runner.invoke(main, ["export", "--help"]).stdout


def test_commands_over_a_missing_sqlite_file_create_none(tmp_path):
    url = f"sqlite:///{tmp_path / 'typo.db'}"
    gold = str(tmp_path / "gold")
    for args in (
        ["review", "--port", "0"],
        ["export"],
        ["export", "--verified", "--as-gold", gold],
        ["users", "list"],
        ["quality"],
    ):
        result = CliRunner().invoke(main, [*args, "--db", url])
        assert result.exit_code == 1 and result.stderr.count("\n") == 1, (args, result.output)
        assert "no such database file" in result.stderr and "tennis-extract load" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_review_and_export_explain_a_database_without_records(tmp_path):
    url = f"sqlite:///{tmp_path / 'empty.db'}"
    with pytest.raises(DatabaseError, match="tennis-extract load"):
        Review(url)
    result = CliRunner().invoke(main, ["export", "--db", url, "-o", str(tmp_path / "x.jsonl")])
    assert result.exit_code == 1 and "tennis-extract load" in result.output
    result = CliRunner().invoke(main, ["review", "--db", url, "--port", "0"])
    assert result.exit_code == 1 and "tennis-extract load" in result.output


def test_decisions_and_export_on_postgresql(pg_url, tmp_path):
    load_records([make_record()], pg_url)
    review = Review(pg_url)
    pk = only_pk(review)
    for ref in ("P1", "P2"):
        review.decide(pk, "player", ref, "accept", editor="Ann")
    review.decide(pk, "match", "M1", "correct", editor="Ann", changes={"score": "4-6 6-3 7-5"})
    review.decide(pk, "player", "P5", "reject", editor="Bo")
    review.close()
    again = Review(pg_url)
    assert {c.ref: c.state for c in again.article(pk).cards if c.kind in ("player", "match")} == {
        "M1": "correct",
        "M2": "unreviewed",
        "P1": "accept",
        "P2": "accept",
        "P3": "unreviewed",
        "P4": "unreviewed",
        "P5": "reject",
    }
    assert [h.editor for h in again.history(pk)] == ["Bo", "Ann", "Ann", "Ann"]
    again.close()
    out = tmp_path / "verified.jsonl"
    export_file(pg_url, out, verified=True)
    (record,) = read_jsonl(out)
    assert [(m.id, m.score.normalised()) for m in record.matches] == [("M1", "4-6 6-3 7-5")]
    assert [p.id for p in record.players] == ["P1", "P2"]


# -- the web app (no browser) --------------------------------------------------------------------


ORIGIN = "http://localhost"  # the Flask test client's host


def test_pages_escape_the_article_text_and_the_api_wants_json(review):
    """An open loopback server (no accounts): decisions carry the name 'local', a banner says so."""
    client = create_app(review).test_client()
    pk = only_pk(review)
    page = client.get(f"/articles/{pk}").get_data(as_text=True)
    assert "&lt;script&gt;alert(&#39;boom&#39;)&lt;/script&gt;" in page
    assert "<script>alert" not in page
    assert "Open review" in client.get("/").get_data(as_text=True)
    assert client.get("/articles/999").status_code == 404
    post = functools.partial(client.post, headers={"Origin": ORIGIN})
    assert post(f"/api/articles/{pk}/decisions", data="kind=match&ref=M1&decision=accept").status_code == 415
    res = post(
        f"/api/articles/{pk}/decisions", json={"kind": "match", "ref": "M1", "decision": "accept", "editor": "Mallory"}
    )
    assert res.status_code == 200 and "st-accept" in res.get_json()["panel"]
    assert client.get(f"/api/articles/{pk}/history?kind=match&ref=M1").get_json()["history"][0]["editor"] == OPEN_EDITOR
    for asset in ("review.css", "review.js", "ball.svg"):
        assert client.get(f"/static/{asset}").status_code == 200


def test_a_cross_site_post_is_refused(review):
    client = create_app(review).test_client()
    pk = only_pk(review)
    body = {"kind": "match", "ref": "M1", "decision": "accept"}
    for headers in ({"Origin": "http://evil.example"}, {"Referer": "http://evil.example/page"}, {}, {"Origin": "null"}):
        res = client.post(f"/api/articles/{pk}/decisions", json=body, headers=headers)
        assert res.status_code == 403, headers
    assert review.history(pk) == []
    assert (
        client.post(
            f"/api/articles/{pk}/decisions", json=body, headers={"Referer": ORIGIN + f"/articles/{pk}"}
        ).status_code
        == 200
    )


@pytest.fixture()
def accounts_app(review):
    add_user(review.engine, "ann", "ann-password-1", role="editor")
    add_user(review.engine, "root", "root-password-1", role="admin")
    add_user(review.engine, "gone", "gone-password-1", role="editor")
    set_disabled(review.engine, "gone")
    return create_app(review, throttle=Throttle(review.engine, limit=3, address_limit=5, window=60))


def log_in(client, name: str, password: str):
    return client.post("/login", data={"name": name, "password": password}, headers={"Origin": ORIGIN})


def test_with_accounts_every_page_needs_a_login(accounts_app, review):
    client = accounts_app.test_client()
    pk = only_pk(review)
    res = client.get("/")
    assert res.status_code == 302 and "/login" in res.headers["Location"]
    assert client.get(f"/articles/{pk}").status_code == 302
    res = client.post(
        f"/api/articles/{pk}/decisions",
        json={"kind": "match", "ref": "M1", "decision": "accept"},
        headers={"Origin": ORIGIN},
    )
    assert res.status_code == 401 and review.history(pk) == []
    assert client.get("/static/review.css").status_code == 200 and client.get("/login").status_code == 200


def test_wrong_password_and_disabled_account_are_refused(accounts_app):
    client = accounts_app.test_client()
    assert log_in(client, "ann", "not-her-password").status_code == 401
    assert log_in(client, "nobody", "whatever-password").status_code == 401
    assert log_in(client, "gone", "gone-password-1").status_code == 401
    assert client.get("/").status_code == 302


def test_failed_logins_lock_the_account_not_its_colleagues_behind_the_same_address(accounts_app, db_url):
    client = accounts_app.test_client()
    for _ in range(3):
        assert log_in(client, "ann", "wrong-password").status_code == 401
    res = log_in(client, "ann", "ann-password-1")  # right, but too soon after three failures
    assert res.status_code == 429 and "Too many failed logins for ann" in res.get_data(as_text=True)
    assert log_in(accounts_app.test_client(), "root", "root-password-1").status_code == 302  # same address
    runner = CliRunner()
    assert "ann\teditor\t3 failed login(s)" in runner.invoke(main, ["users", "list", "--db", db_url]).stdout
    result = runner.invoke(main, ["users", "unlock", "ann", "--db", db_url])  # an admin, while the app runs
    assert result.exit_code == 0 and result.stdout == "account ann unlocked (3 failed login(s) forgotten)\n"
    assert log_in(client, "ann", "ann-password-1").status_code == 302


def test_many_failed_logins_from_one_address_lock_that_address(accounts_app, db_url):
    client = accounts_app.test_client()
    for name in ("ann", "root", "bo", "cy", "dee"):  # five names, none locked on its own
        assert log_in(client, name, "wrong-password").status_code == 401
    res = log_in(client, "root", "root-password-1")
    assert res.status_code == 429 and "from your address" in res.get_data(as_text=True)
    other = accounts_app.test_client()  # another address gets in
    assert (
        other.post(
            "/login",
            data={"name": "root", "password": "root-password-1"},
            headers={"Origin": ORIGIN},
            environ_base={"REMOTE_ADDR": "10.1.2.3"},
        ).status_code
        == 302
    )
    result = CliRunner().invoke(main, ["users", "unlock", "--address", "127.0.0.1", "--db", db_url])
    assert result.exit_code == 0
    assert log_in(client, "root", "root-password-1").status_code == 302


def test_a_decision_carries_the_account_name_and_an_admin_can_undo_it(accounts_app, review):
    client = accounts_app.test_client()
    pk = only_pk(review)
    res = log_in(client, "ann", "ann-password-1")
    assert res.status_code == 302
    cookie = res.headers.get("Set-Cookie", "")
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    post = functools.partial(client.post, headers={"Origin": ORIGIN})
    res = post(
        f"/api/articles/{pk}/decisions",
        json={"kind": "player", "ref": "P5", "decision": "reject", "reason": "from a related link", "editor": "root"},
    )
    assert res.status_code == 200
    (row,) = review.history(pk)
    assert (row.editor, row.decision, row.reason, row.extractor_version) == (
        "ann",
        "reject",
        "from a related link",
        "0.1.0",
    )
    assert "ann" in client.get("/decisions").get_data(as_text=True)
    post("/logout")
    assert client.get("/").status_code == 302
    log_in(client, "ann", "ann-password-1")
    assert client.get("/").status_code == 200
    set_disabled(review.engine, "ann")  # a disabled account's open session ends at its next request
    assert client.get("/").status_code == 302
    set_disabled(review.engine, "ann", False)

    root = accounts_app.test_client()
    log_in(root, "root", "root-password-1")
    page = root.get("/decisions").get_data(as_text=True)
    assert f'data-undo="{row.id}"' in page
    res = root.post(f"/api/decisions/{row.id}/undo", json={}, headers={"Origin": ORIGIN})
    assert res.status_code == 200, res.get_json()
    history = review.history(pk, "player", "P5")
    assert [(h.decision, h.editor) for h in history] == [("clear", "root"), ("reject", "ann")]
    assert {c.ref: c.state for c in review.article(pk).cards}["P5"] == "unreviewed"
    assert review.summaries().rows[0].counts["reject"] == 0


def test_an_editor_cannot_undo_another_editors_decision(accounts_app, review):
    pk = only_pk(review)
    review.decide(pk, "match", "M1", "accept", editor="root")
    client = accounts_app.test_client()
    log_in(client, "ann", "ann-password-1")
    (row,) = review.history(pk, "match", "M1")
    assert client.post(f"/api/decisions/{row.id}/undo", json={}, headers={"Origin": ORIGIN}).status_code == 403
    res = client.post(
        f"/api/articles/{pk}/decisions",
        json={"kind": "match", "ref": "M1", "decision": "clear"},
        headers={"Origin": ORIGIN},
    )
    assert res.status_code == 403


def test_a_server_off_loopback_needs_an_account(db_url):
    result = CliRunner().invoke(main, ["review", "--db", db_url, "--host", "0.0.0.0", "--port", "0"])
    assert result.exit_code == 1
    assert len(result.output.strip().splitlines()) == 1 and "tennis-extract users add NAME" in result.output


def test_a_new_password_or_a_removed_account_ends_its_sessions(accounts_app, review, db_url):
    client = accounts_app.test_client()
    assert log_in(client, "ann", "ann-password-1").status_code == 302 and client.get("/").status_code == 200
    runner = CliRunner()
    result = runner.invoke(main, ["users", "password", "ann", "--db", db_url], input="ann-password-2\n")
    assert result.exit_code == 0 and result.stdout == "account ann: new password set\n"
    assert client.get("/").status_code == 302  # the old session ended
    assert log_in(client, "ann", "ann-password-1").status_code == 401
    assert log_in(client, "ann", "ann-password-2").status_code == 302 and client.get("/").status_code == 200
    assert runner.invoke(main, ["users", "remove", "ann", "--db", db_url]).exit_code == 0
    assert client.get("/").status_code == 302
    assert log_in(client, "ann", "ann-password-2").status_code == 401


def test_users_commands(db_url):
    runner = CliRunner()
    result = runner.invoke(main, ["users", "add", "ann", "--role", "admin", "--db", db_url], input="a-long-password\n")
    assert result.exit_code == 0, result.output
    assert runner.invoke(main, ["users", "add", "bo", "--db", db_url], input="short\n").exit_code == 1
    assert runner.invoke(main, ["users", "add", "bo", "--db", db_url], input="bo-password-2\n").exit_code == 0
    assert runner.invoke(main, ["users", "add", "bo", "--db", db_url], input="bo-password-2\n").exit_code == 1  # taken
    assert runner.invoke(main, ["users", "disable", "bo", "--db", db_url]).exit_code == 0
    assert runner.invoke(main, ["users", "disable", "cy", "--db", db_url]).exit_code == 1
    assert runner.invoke(main, ["users", "list", "--db", db_url]).output.splitlines() == [
        "ann\tadmin",
        "bo\teditor\tdisabled",
    ]
    review = Review(db_url)
    assert verify(review.engine, "ann", "a-long-password").role == "admin"
    assert verify(review.engine, "bo", "bo-password-2") is None
    assert runner.invoke(main, ["users", "enable", "bo", "--db", db_url]).stdout == "account bo enabled\n"
    assert verify(review.engine, "bo", "bo-password-2").role == "editor"
    assert runner.invoke(main, ["users", "password", "bo", "--db", db_url], input="short\n").exit_code == 1
    assert runner.invoke(main, ["users", "password", "cy", "--db", db_url], input="cy-password-1\n").exit_code == 1
    assert runner.invoke(main, ["users", "password", "bo", "--db", db_url], input="bo-password-3\n").exit_code == 0
    assert (
        verify(review.engine, "bo", "bo-password-3") is not None
        and verify(review.engine, "bo", "bo-password-2") is None
    )
    result = runner.invoke(main, ["users", "remove", "bo", "--db", db_url])
    assert result.exit_code == 0 and result.stdout == "account bo removed\n"
    assert runner.invoke(main, ["users", "remove", "bo", "--db", db_url]).exit_code == 1
    assert runner.invoke(main, ["users", "list", "--db", db_url]).output.splitlines() == ["ann\tadmin"]
    result = runner.invoke(main, ["users", "unlock", "--db", db_url])
    assert result.exit_code == 2 and "give an account NAME, or --address ADDR" in result.stderr
    review.close()


def test_review_command_serves_with_waitress_behind_an_https_proxy(db_url):
    """`tennis-extract review` as a process on a free port: waitress answers; --behind-proxy takes the
    proxy's X-Forwarded-* headers (the page's https origin, the client's address for the login
    limits) and sets Secure cookies."""
    review = Review(db_url)
    add_user(review.engine, "ann", "ann-password-1", role="editor")
    review.close()
    command = [Path(sys.executable).with_name("tennis-extract"), "review", "--db", db_url, "--port", "0"]
    proc = subprocess.Popen([*command, "--threads", "2", "--behind-proxy"], stderr=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        line = proc.stderr.readline()
        assert "behind the proxy (2 threads" in line, line
        port = int(re.search(r":(\d+)/", line).group(1))
        proxy = {"X-Forwarded-Proto": "https", "X-Forwarded-Host": "review.example", "X-Forwarded-For": "203.0.113.9"}

        def request(method: str, path: str, body: str | None = None, headers: dict | None = None):
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            conn.request(method, path, body=body, headers={**proxy, **(headers or {})})
            res = conn.getresponse()
            return res.status, dict(res.getheaders()), res.read().decode("utf-8")

        status, headers, page = request("GET", "/login")
        assert status == 200 and headers["Server"] == "tennis-extract" and 'id="login"' in page
        form = {"Content-Type": "application/x-www-form-urlencoded", "Origin": "https://review.example"}
        status, _, _ = request("POST", "/login", "name=ann&password=wrong-password", form)
        assert status == 401
        status, headers, _ = request("POST", "/login", "name=ann&password=ann-password-1", form)
        assert status == 302 and headers["Location"] == "/"
        assert "Secure" in headers["Set-Cookie"] and "HttpOnly" in headers["Set-Cookie"]
        with Review(db_url).engine.connect() as conn:  # the failure was counted for the client behind the proxy
            assert conn.execute(sql("SELECT key FROM review_login_failures WHERE scope = 'address'")).scalar() == (
                "203.0.113.9"
            )
    finally:
        proc.terminate()
        proc.wait(10)
        proc.stderr.close()


def test_without_the_proxy_option_forwarded_headers_are_not_trusted(accounts_app, review):
    client = accounts_app.test_client()
    forwarded = {"Origin": ORIGIN, "X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.9"}
    assert client.post("/login", data={"name": "root", "password": "wrong"}, headers=forwarded).status_code == 401
    res = client.post("/login", data={"name": "ann", "password": "ann-password-1"}, headers=forwarded)
    assert res.status_code == 302 and "Secure" not in res.headers["Set-Cookie"]
    with review.engine.connect() as conn:  # a client cannot pick the address its failures count against
        assert conn.execute(sql("SELECT key FROM review_login_failures WHERE scope = 'address'")).scalar() == (
            "127.0.0.1"
        )


def test_create_app_serves_any_wsgi_server_from_a_url(db_url):
    """What gunicorn's 'extractor.review.app:create_app("URL", allow_open=False, behind_proxy=True)' runs."""
    from extractor.review.app import create_app as factory

    client = factory(db_url, allow_open=False, behind_proxy=True).test_client()
    assert client.get("/").status_code == 503  # no account yet: nothing is served open
    review = Review(db_url)
    add_user(review.engine, "ann", "ann-password-1", role="editor")
    review.close()
    res = client.post(
        "/login",
        data={"name": "ann", "password": "ann-password-1"},
        headers={
            "Origin": "https://review.example",
            "X-Forwarded-Proto": "https",
            "X-Forwarded-Host": "review.example",
        },
    )
    assert res.status_code == 302 and "Secure" in res.headers["Set-Cookie"]


def test_behind_a_proxy_the_server_needs_an_account(db_url):
    """On loopback but reachable through the proxy: no open review without an account."""
    with pytest.raises(ReviewError, match="open to anyone who reaches through the proxy"):
        make_review_server(db_url, "127.0.0.1", 0, behind_proxy=True)


def test_pages_load_nothing_from_other_hosts():
    """Offline: no CDN, every asset is the app's own."""
    folder = ROOT / "extractor" / "review"
    for path in [*folder.glob("templates/*.html"), *folder.glob("static/*")]:
        body = path.read_text(encoding="utf-8")
        assert "http://" not in body.replace("http://www.w3.org/2000/svg", "") and "https://" not in body, path


# -- the page in a real browser ------------------------------------------------------------------


@pytest.fixture()
def browser():
    """Debian's chromium ($TENNIS_EXTRACT_CHROMIUM, default /usr/bin/chromium), else the browser
    Playwright downloaded for this user; without either the browser tests are skipped (failed in CI)."""

    def missing(why: str):
        if env_flag("CI"):
            pytest.fail(f"the review page's browser test cannot run in CI: {why}")
        pytest.skip(why)

    try:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing("playwright is not installed (pip install -e '.[test]')")
    with sync_playwright() as p:
        try:
            if CHROMIUM.exists():
                b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            else:
                b = p.chromium.launch(args=CHROMIUM_ARGS)  # Playwright's own browser, when installed
        except PlaywrightError:
            b = None
        if b is None:
            missing(
                f"no browser: apt-get install -y chromium (to {CHROMIUM}), or .venv/bin/playwright install chromium"
            )
        yield b
        b.close()


@pytest.fixture()
def server(db_url):
    srv = make_review_server(db_url, "127.0.0.1", 0)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.server_port}"
    srv.shutdown()
    srv.server_close()


def test_review_page_in_chromium(browser, server, db_url, tmp_path):
    page = browser.new_page(
        viewport={"width": 1400, "height": 900}, reduced_motion="reduce"
    )  # no smooth scrolling under the clicks
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("dialog", lambda d: (errors.append(f"dialog: {d.message}"), d.dismiss()))
    outside: list[str] = []
    page.on(
        "request", lambda r: None if r.url.startswith(server) or r.url.startswith("data:") else outside.append(r.url)
    )

    load_records([empty_record()], db_url)  # an article with no facts
    # with an account in the database every page asks for a login first
    review = Review(db_url)
    add_user(review.engine, "ann", "ann-password-1", role="editor")
    review.close()
    page.goto(server + "/")
    page.wait_for_selector("#login")
    page.fill("input[name=name]", "ann")
    page.fill("input[name=password]", "wrong-password")
    page.click("#login button")
    assert "Wrong name or password" in page.inner_text("main")
    page.fill("input[name=password]", "ann-password-1")
    page.click("#login button")

    # the list: one unreviewed article, titled by its first story line, and one with nothing to review
    page.wait_for_selector("table.articles")
    rows = page.locator("table.articles tbody tr")
    assert rows.count() == 2
    first, empty = rows.nth(0).inner_text(), rows.nth(1).inner_text()
    assert first.startswith("Cameron Norrie stunned world No 1") and "Unreviewed" in first
    assert empty.startswith("Rain washes out the day in Paris") and "Nothing to review" in empty
    assert "Nothing to review 1" in " ".join(page.inner_text("nav.tabs").split())
    page.click("table.articles a")
    page.wait_for_selector("#panel .card")
    # the date header is not shown, but still in the page: the text's offsets are the record's
    assert "date 2025-10-28" not in page.inner_text("#text") and page.text_content("#text") == TEXT
    assert (
        page.inner_text("h1")
        == "Cameron Norrie stunned world No 1 Carlos Alcaraz 4-6, 6-3, 6-4 at the Paris Masters on Tuesday inside La…"
    )

    # the text is shown as text, the cruft dimmed, each kind in its own colour
    text = page.locator("#text")
    assert "<script>alert('boom')</script>" in text.inner_text()
    assert page.locator("#text .cruft").first.inner_text().startswith("Read next")
    for kind in ("player", "score", "ranking", "tournament", "venue", "date", "attribution"):
        assert page.locator(f"#text .c-{kind}").count() >= 1, kind
    assert page.locator("#text .u-match").count() >= 1 and page.locator("#text .u-quote").count() >= 1
    colours = {
        k: page.locator(f"#text .c-{k}").first.evaluate("e => getComputedStyle(e).backgroundColor")
        for k in ("player", "score", "venue", "date")
    }
    assert len(set(colours.values())) == 4, colours

    # hovering a highlight names its fact; clicking a fact flashes its evidence
    page.hover("#text .c-score")
    assert "Match: Cameron Norrie d. Carlos Alcaraz" in page.inner_text("#tip")
    m1 = page.locator(".card[data-ref='M1']")
    m1.click()
    assert "selected" in m1.get_attribute("class")
    assert page.locator("#text .s.flash").count() >= 1

    # accept a match: stored under the logged-in account, its two players accepted with it
    m1.locator("[data-act=accept]").click()
    page.wait_for_selector(".card[data-ref='M1'].st-accept")
    for ref in ("P1", "P2"):
        assert "accepted by ann with match M1" in page.locator(f".card[data-ref='{ref}'] .by").inner_text()

    # correct a score with the keyboard: select M2, e, type, Enter
    page.locator(".card[data-ref='M2']").click()
    page.keyboard.press("e")
    score = page.locator(".card[data-ref='M2'] input[name=score]")
    assert score.is_visible()
    score.fill("6-5 6-2")
    score.press("Enter")
    page.wait_for_selector(".card[data-ref='M2'] .err:not([hidden])")
    assert "not a legal tennis score" in page.locator(".card[data-ref='M2'] .err").inner_text()
    score.fill("6-2 6-3")
    score.press("Enter")
    page.wait_for_selector(".card[data-ref='M2'].st-correct")

    # reject the player read from the cruft, saying why; accept the four real ones with j/k and a
    page.locator(".card[data-ref='P5']").click()
    page.fill(".card[data-ref='P5'] input.reason", "only in a related link")
    page.locator(".card[data-ref='P5'] [data-act=reject]").click()
    page.wait_for_selector(".card[data-ref='P5'].st-reject")
    assert "with match M2" in page.locator(".card[data-ref='P4'] .by").inner_text()
    page.locator(".card[data-ref='P2']").click()  # least sure first: Norrie (0.96) above Alcaraz (0.97)
    page.keyboard.press("j")
    assert "selected" in page.locator(".card[data-ref='P1']").get_attribute("class")
    page.keyboard.press("k")
    assert "selected" in page.locator(".card[data-ref='P2']").get_attribute("class")
    page.locator(".card[data-ref='P3'] .title").click()  # u undoes, a accepts (now in its own right)
    page.keyboard.press("u")
    page.wait_for_selector(".card[data-ref='P3'].st-unreviewed")
    page.locator(".card[data-ref='P3'] .title").click()
    page.keyboard.press("a")
    page.wait_for_selector(".card[data-ref='P3'].st-accept")
    assert "with match" not in page.locator(".card[data-ref='P3'] .by").inner_text()
    page.keyboard.press("?")
    assert page.locator("#help").is_visible()
    page.keyboard.press("Escape")
    assert not page.locator("#help").is_visible()

    # reload: every decision is still there, with its editor
    page.reload()
    page.wait_for_selector("#panel .card")
    assert "st-accept" in page.locator(".card[data-ref='M1']").get_attribute("class")
    m2 = page.locator(".card[data-ref='M2']")
    assert (
        "st-correct" in m2.get_attribute("class")
        and "6-2 6-3" in m2.inner_text()
        and "was: score 6-2 6-2" in m2.inner_text()
    )
    assert "st-reject" in page.locator(".card[data-ref='P5']").get_attribute("class")
    assert "ann" in page.locator(".card[data-ref='M1'] .by").inner_text()
    assert (
        " ".join(page.inner_text("#progress").split())
        == "7 of 12 facts reviewed · 5 accepted · 1 corrected · 1 rejected"
    )
    page.locator(".card[data-ref='M2']").click()
    page.wait_for_timeout(1400)  # let the flash settle for the picture
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / ".gitignore").write_text("*\n", encoding="utf-8")
    shot = ARTIFACTS / "review_page.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000

    page.goto(server + "/?status=partly")
    assert page.locator("table.articles tbody tr").count() == 1
    page.screenshot(path=str(ARTIFACTS / "review_list.png"))

    # the quality page: precision per kind with its chart, drawn by the server
    page.goto(server + "/quality")
    assert "only in a related link (1)" in page.inner_text("table.quality")
    assert page.locator("svg.chart circle").count() >= 2
    page.screenshot(path=str(ARTIFACTS / "review_quality.png"), full_page=True)
    assert errors == [] and outside == []

    # the verified export has what the editor kept, corrections applied
    out = tmp_path / "verified.jsonl"
    result = CliRunner().invoke(main, ["export", "--db", db_url, "--verified", "-o", str(out)])
    assert result.exit_code == 0, result.output
    (record,) = read_jsonl(out)
    assert [p.name for p in record.players] == ["Carlos Alcaraz", "Cameron Norrie", "Jannik Sinner", "Alex de Minaur"]
    assert [(m.winner, m.loser, m.score.normalised()) for m in record.matches] == [
        ("P2", "P1", "4-6 6-3 6-4"),
        ("P3", "P4", "6-2 6-3"),
    ]
    assert record.quotes == [] and record.rankings == [] and record.tournaments == []
    assert json.loads(out.read_text(encoding="utf-8"))["article"]["id"] == "review-1"
