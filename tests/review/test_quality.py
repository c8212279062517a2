"""The editors' verdicts as a quality measure: the quality report and command, the chart, and the
loop that scores a fresh extraction against the verified export (export --verified --as-gold, eval)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import text
from test_review import make_record, span

from extractor.cli import main
from extractor.db import load_records
from extractor.evaluate import score_corpus
from extractor.io import write_record
from extractor.review import Review
from extractor.review.quality import corrected_fields, precision_chart, quality_report

ROOT = Path(__file__).resolve().parents[2]
QUOTE = "Q{start}-{end}".format(**span("“Massive, it’s so big for me,”"))


def sets(*games, tiebreak=None):
    return {
        "sets": [
            {
                "winner_games": w,
                "loser_games": l,
                "tiebreak": tiebreak if (w, l) == (7, 6) else None,
                "match_tiebreak": False,
            }
            for w, l in games
        ],
        "outcome": "completed",
    }


@pytest.mark.parametrize(
    ("kind", "original", "corrected", "fields"),
    [
        (
            "match",
            {"score": sets((7, 6), (6, 4), tiebreak=5)},
            {"score": sets((7, 6), (6, 4), tiebreak=3)},
            ["score tiebreaks"],
        ),
        ("match", {"score": sets((6, 3), (6, 4))}, {"score": sets((6, 3), (6, 2))}, ["score games"]),
        (
            "match",
            {"score": sets((6, 3), (6, 4))},
            {"score": sets((6, 3), (4, 6), (6, 1))},
            ["score sets (missing or extra)"],
        ),
        (
            "match",
            {"score": sets((6, 3), (2, 1))},
            {"score": {**sets((6, 3), (2, 1)), "outcome": "retired"}},
            ["score outcome"],
        ),
        ("match", {"score": None}, {"score": sets((6, 3), (6, 4))}, ["score added"]),
        (
            "quote",
            {"speaker": "Cameron Norrie"},
            {"speaker": None, "speaker_name": "Anne Keothavong"},
            ["speaker", "speaker name"],
        ),
    ],
)
def test_what_a_correction_changed(kind, original, corrected, fields):
    assert corrected_fields(kind, original, corrected) == fields


@pytest.fixture()
def decided(tmp_path):
    url = f"sqlite:///{tmp_path / 'q.db'}"
    load_records([make_record()], url)
    review = Review(url)
    pk = review.summaries().rows[0].pk
    review.decide(pk, "match", "M1", "accept", editor="Ann")
    review.decide(pk, "match", "M2", "correct", editor="Ann", changes={"score": "6-2 7-6(3)"})
    review.decide(
        pk, "quote", QUOTE, "correct", editor="Ann", changes={"speaker": "", "speaker_name": "Anne Keothavong"}
    )
    for ref in ("P1", "P2", "P3"):
        review.decide(pk, "player", ref, "accept", editor="Bo")
    review.decide(pk, "player", "P4", "accept", editor="Bo")
    review.decide(pk, "player", "P4", "clear", editor="Bo")  # undone: no longer counts
    review.decide(pk, "player", "P5", "reject", editor="Bo", reason="only in a related link")
    yield url, review, pk
    review.close()


def test_quality_report_per_kind_and_version(decided):
    url, review, pk = decided
    report = quality_report(review.engine)
    rows = {(r["kind"], r["extractor_version"]): r for r in report["rows"]}
    match, player, quote = rows[("match", "0.1.0")], rows[("player", "0.1.0")], rows[("quote", "0.1.0")]
    assert (match["decided"], match["precision"], match["correction_rate"]) == (2, 0.5, 0.5)
    assert (player["decided"], player["precision"], player["rejection_rate"]) == (4, 0.75, 0.25)
    assert player["reasons"] == {"only in a related link": 1}
    assert quote["correction_rate"] == 1.0
    fields = {(f["kind"], f["field"]): f["count"] for f in report["corrected_fields"]}
    assert fields == {("match", "score games"): 1, ("quote", "speaker"): 1, ("quote", "speaker name"): 1}
    # a newer extractor's record of the same text: its decisions count under its own version
    load_records([make_record(version="0.2.0")], url)
    review.decide(pk, "match", "M1", "reject", editor="Ann")
    rows = {(r["kind"], r["extractor_version"]): r for r in quality_report(review.engine)["rows"]}
    assert rows[("match", "0.2.0")]["precision"] == 0.0 and rows[("match", "0.1.0")]["decided"] == 1


def test_precision_over_time_and_since(decided):
    url, review, pk = decided
    with review.engine.begin() as conn:  # the match decisions and P1's were made three weeks ago
        conn.execute(
            text("UPDATE review_decisions SET decided_at = :t WHERE fact_kind = 'match' OR fact_ref = 'P1'"),
            {"t": dt.datetime.now(dt.timezone.utc) - dt.timedelta(weeks=3)},
        )
    report = quality_report(review.engine)
    weeks_ago = dt.date.today() - dt.timedelta(weeks=3)
    monday = (weeks_ago - dt.timedelta(days=weeks_ago.weekday())).isoformat()
    assert report["timeline"]["match"] == [[monday, 0.5, 2]]
    assert [(p, n) for _, p, n in report["timeline"]["player"]] == [(1.0, 1), (2 / 3, 3)]
    svg = str(precision_chart(report["timeline"]))
    assert svg.startswith("<svg") and "http://www.w3.org/2000/svg" in svg and "https://" not in svg
    assert svg.count("<circle") == 4 and svg.count("<polyline") == 1  # match, quote: one week each; player: two, joined
    recent = quality_report(review.engine, since=dt.date.today() - dt.timedelta(days=1))
    assert {r["kind"]: r["decided"] for r in recent["rows"]} == {"player": 3, "quote": 1}


def test_quality_command(decided):
    url, _, _ = decided
    runner = CliRunner()
    result = runner.invoke(main, ["quality", "--db", url, "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert {(r["kind"], r["decided"]) for r in data["rows"]} == {("match", 2), ("player", 4), ("quote", 1)}
    result = runner.invoke(main, ["quality", "--db", url])
    assert "player" in result.output and "rejected 1x: only in a related link" in result.output
    assert "match score games: 1" in result.output
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    assert runner.invoke(main, ["quality", "--db", url, "--since", tomorrow]).output.startswith("no decisions yet")
    assert runner.invoke(main, ["quality", "--db", url, "--since", "last week"]).exit_code == 2


def test_a_fresh_extraction_is_scored_against_the_editors_truth(extractor, tmp_path):
    """The loop: extract, load, review, export --verified --as-gold, extract again, eval."""
    name = "a01_report_tiebreak_retirement"
    record = extractor.extract((ROOT / "fixtures" / "articles" / f"{name}.txt").read_text(encoding="utf-8"), id=name)
    url = f"sqlite:///{tmp_path / 'loop.db'}"
    load_records([record], url)
    review = Review(url)
    pk = review.summaries().rows[0].pk
    facts = sorted(review.article(pk).cards, key=lambda c: c.index)  # record order (the panel's: least sure first)
    players = [c for c in facts if c.kind == "player"]
    matches = [c for c in facts if c.kind == "match"]
    assert len(players) >= 3 and matches and matches[0].form["score"]
    for card in facts:
        review.decide(pk, card.kind, card.ref, "accept", editor="Ann")
    review.decide(pk, "player", players[-1].ref, "reject", editor="Ann")  # the editors say: not a player
    review.decide(pk, "match", matches[0].ref, "correct", editor="Ann", changes={"score": "6-0 6-0"})
    review.close()

    gold = tmp_path / "gold"
    result = CliRunner().invoke(main, ["export", "--db", url, "--verified", "--only-done", "--as-gold", str(gold)])
    assert result.exit_code == 0, result.output
    (path,) = gold.glob("*.json")
    assert json.loads(path.read_text(encoding="utf-8"))["id"] == name

    fresh = tmp_path / "fresh.jsonl"
    with fresh.open("w", encoding="utf-8") as fh:
        write_record(
            fh, extractor.extract((ROOT / "fixtures" / "articles" / f"{name}.txt").read_text(encoding="utf-8"), id=name)
        )
    report = score_corpus([json.loads(line) for line in fresh.read_text(encoding="utf-8").splitlines()], gold)
    players_figure = report.figures["players"]
    assert (players_figure.fp, players_figure.fn) == (1, 0)  # the rejected player, found again
    assert (
        report.ratios["match scores exact"].right == report.ratios["match scores exact"].total - 1
    )  # the corrected score
    result = CliRunner().invoke(main, ["eval", str(fresh), str(gold)])
    assert result.exit_code == 0 and "players" in result.output


def test_as_gold_needs_verified(tmp_path):
    url = f"sqlite:///{tmp_path / 'x.db'}"
    load_records([make_record()], url)
    result = CliRunner().invoke(main, ["export", "--db", url, "--as-gold", str(tmp_path / "g")])
    assert result.exit_code == 2 and "--as-gold needs --verified" in result.output
