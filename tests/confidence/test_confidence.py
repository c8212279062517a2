"""Confidences: the fitted model's arithmetic and loading, the reliability figures, the labels a
fit learns from, the filter of consumers, and `tennis-extract calibrate` end to end."""

from __future__ import annotations

import json
import math
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from db_support import make_record

from extractor.cli import main
from extractor.confidence import fit
from extractor.confidence.features import date_form
from extractor.confidence.filter import keep_confident
from extractor.confidence.fit import Example
from extractor.confidence.model import FILE_NAME, ConfidenceModel, KindModel, encode, load_confidence
from extractor.confidence.reliability import Reliability, svg
from extractor.evaluate import fact_labels

ROOT = Path(__file__).resolve().parents[2]


def test_encode_turns_categories_into_indicators():
    assert encode({"origin": "clause", "scored": True, "mentions": 2, "none": None}) == {
        "origin=clause": 1.0,
        "scored": 1.0,
        "mentions": 2.0,
    }


def test_a_kind_model_is_a_logistic_of_its_weights_then_its_steps():
    m = KindModel(0.5, {"scored": 1.0, "origin=clause": -2.0})
    z = 0.5 + 1.0 - 2.0
    assert m.probability({"scored": True, "origin": "clause"}) == round(1 / (1 + math.exp(-z)), 3)
    stepped = KindModel(0.0, {}, (0.0, 0.6), (0.2, 0.9))
    assert stepped.probability({}) == 0.2  # logistic 0.5 falls in the first step


def test_a_kind_without_a_model_keeps_the_stage_value():
    assert ConfidenceModel().probability("match", {"scored": True}, 0.8) == 0.8


def test_parameters_load_from_a_data_dir_and_a_bad_file_says_what_to_do(tmp_path):
    model = ConfidenceModel({"match": KindModel(2.0, {})})
    (tmp_path / FILE_NAME).write_text(json.dumps(model.to_json()))
    load_confidence.cache_clear()
    assert load_confidence(str(tmp_path)).probability("match", {}, 0.1) == round(1 / (1 + math.exp(-2.0)), 3)
    (tmp_path / FILE_NAME).write_text('{"format": 99}')
    load_confidence.cache_clear()
    with pytest.raises(ValueError, match="calibrate"):
        load_confidence(str(tmp_path))
    load_confidence.cache_clear()


def test_reliability_of_calibrated_and_of_overconfident_predictions():
    calibrated, overconfident = Reliability("a"), Reliability("b")
    for i in range(100):
        calibrated.add(0.75, i % 4 != 0)  # 75% right at 0.75
        overconfident.add(0.99, i % 2 == 0)  # 50% right at 0.99
    assert calibrated.ece() == pytest.approx(0.0)
    assert overconfident.ece() == pytest.approx(0.49)
    assert calibrated.at(0.7) == (0.75, 1.0) and calibrated.at(0.8) == (None, 0.0)
    assert "<circle" in svg(calibrated) and "ECE 0.000" in svg(calibrated)


def gold_of(record, **facts) -> dict:
    base = {
        "id": record.article.id,
        "players": [],
        "matches": [],
        "rankings": [],
        "quotes": [],
        "tournaments": [],
        "venues": [],
        "dates": [],
    }
    return base | facts


def test_labels_follow_the_gold_rules_fact_by_fact():
    body = "Sinner beat Alcaraz 6-3 6-4. Zverev beat Fritz 6-1 6-1."
    record = _record_with_names(body)
    gold = gold_of(
        record,
        players=[{"name": "Jannik Sinner"}, {"name": "Carlos Alcaraz"}, {"name": "Alexander Zverev"}],
        matches=[{"winner": "Sinner", "loser": "Alcaraz", "score": "6-3 6-2"}],
    )
    labels = fact_labels(record.model_dump(mode="json"), gold)
    assert labels["player"] == [True, True, True, False]
    assert labels["match"] == [True, False]
    assert labels["score"] == [False, False]  # the right match's score differs; the other match is wrong


def _record_with_names(body: str):
    names = ("Sinner", "Alcaraz", "Zverev", "Fritz")
    full = {
        "Sinner": "Jannik Sinner",
        "Alcaraz": "Carlos Alcaraz",
        "Zverev": "Alexander Zverev",
        "Fritz": "Taylor Fritz",
    }
    record = make_record(
        "x",
        body,
        [(n, None) for n in names],
        matches=[
            ("P1", "P2", "6-3 6-4", "Sinner beat Alcaraz 6-3 6-4"),
            ("P3", "P4", "6-1 6-1", "Zverev beat Fritz 6-1 6-1"),
        ],
    )
    for p in record.players:
        p.name = full[p.name]
    return record


def test_keep_confident_leaves_out_low_facts_and_what_refers_to_them():
    record = _record_with_names("Sinner beat Alcaraz 6-3 6-4. Zverev beat Fritz 6-1 6-1.")
    for p, c in zip(record.players, (0.99, 0.98, 0.4, 0.97)):
        p.confidence = c
    record.matches[0].confidence, record.matches[0].score_confidence = 0.95, 0.5
    record.matches[1].confidence = 0.99
    out = keep_confident(record, 0.9)
    assert [p.name for p in out.players] == ["Jannik Sinner", "Carlos Alcaraz", "Taylor Fritz"]
    assert len(out.matches) == 1 and out.matches[0].score is None  # Zverev's match goes with him
    assert "left out: 1 players, 1 matches, 1 scores" in out.warnings[-1]
    assert len(record.players) == 4  # the input record is untouched


def copy_small_gold(tmp_path: Path, stems: list[str]) -> Path:
    gold = tmp_path / "gold"
    articles = tmp_path / "articles"
    gold.mkdir()
    articles.mkdir()
    for stem in stems:
        shutil.copy(ROOT / "fixtures" / "gold" / f"{stem}.json", gold)
        shutil.copy(ROOT / "fixtures" / "articles" / f"{stem}.txt", articles)
    return gold


@pytest.mark.model
def test_calibrate_writes_parameters_that_change_the_confidences(tmp_path):
    stems = sorted(p.stem for p in (ROOT / "fixtures" / "gold").glob("*.json"))[:12]
    gold = copy_small_gold(tmp_path, stems)
    out = tmp_path / "fitted"
    result = CliRunner().invoke(main, ["calibrate", str(gold), "--out", str(out), "--folds", "3"])
    assert result.exit_code == 0, result.output
    assert "| match |" in result.stdout and (out / "reliability" / "match.svg").exists()
    fitted = json.loads((out / FILE_NAME).read_text())
    assert {"player", "match", "ranking", "quote"} <= set(fitted["kinds"])
    assert (out / "players.jsonl").exists()  # a complete rule-data folder, usable as --data-dir
    article = ROOT / "fixtures" / "articles" / f"{stems[0]}.txt"
    shipped = CliRunner().invoke(main, ["extract", str(article)])
    refit = CliRunner().invoke(main, ["extract", str(article), "--data-dir", str(out)])
    assert shipped.exit_code == 0 and refit.exit_code == 0

    def confidences(output: str) -> list:
        rec = json.loads(output)
        return [p["confidence"] for p in rec["players"]] + [m["confidence"] for m in rec["matches"]]

    assert confidences(shipped.stdout) != confidences(refit.stdout)


def test_calibrate_without_texts_says_where_to_look(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    shutil.copy(next((ROOT / "fixtures" / "gold").glob("a01*.json")), gold)
    result = CliRunner().invoke(main, ["calibrate", str(gold), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1 and "--texts" in result.output


@pytest.mark.parametrize(
    "text, form",
    [
        ("Saturday's", "weekday_possessive"),
        ("Tuesday’s", "weekday_possessive"),
        ("Friday night", "weekday"),
        ("this evening", "same_day"),
        ("tonight", "same_day"),
        ("last night", "day_before"),
        ("earlier this month", "period"),
        ("next season", "period"),
        ("1998", "year"),
        ("4 May", "month_day"),
        ("Oct. 4, 2023", "month_day"),
    ],
)
def test_a_date_expression_has_a_form(text, form):
    assert date_form(text) == form


def test_the_regularisation_kept_is_the_one_with_the_best_out_of_fold_brier(monkeypatch):
    # facts whose one feature separates right from wrong: every strength is tried, the model kept separates them
    rows = [Example({"clue": i % 4 != 0}, i % 4 != 0, f"a{i % 10}") for i in range(200)]
    tried = []
    real = fit.out_of_fold

    def spy(rows, folds, c):
        tried.append(c)
        return real(rows, folds, c)

    monkeypatch.setattr(fit, "out_of_fold", spy)
    model, oof = fit.fit_kind(rows, folds=5)
    assert tried == list(fit.STRENGTHS)
    assert model.probability({"clue": True}) > 0.9 > 0.1 > model.probability({"clue": False})
    assert len(oof) == len(rows)
