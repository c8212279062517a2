"""The pipeline's declarations and settings: every stage declares what it reads and writes, and a
user's data folder reaches every place that reads rule data."""

from __future__ import annotations

import json
import shutil

import pytest
import spacy
from db_support import make_record

from extractor import pipeline
from extractor.data.resources import DATA_DIR
from extractor.db import loader as db_loader
from extractor.findings import register_extensions


def test_analyze_pipes_reports_no_problems():
    register_extensions()
    nlp = pipeline.add_stages(spacy.blank("en"))
    analysis = nlp.analyze_pipes(pretty=False)
    assert analysis["problems"] == {name: [] for name in nlp.pipe_names}


def test_every_stage_takes_data_dir_from_its_config(tmp_path):
    register_extensions()
    nlp = pipeline.add_stages(spacy.blank("en"), data_dir=str(tmp_path))
    for name in pipeline.STAGES:
        assert nlp.get_pipe_config(name)["data_dir"] == str(tmp_path), name


def custom_data(tmp_path, players=(), tournaments=()):
    """A copy of the shipped rule data with some rows added."""
    folder = tmp_path / "data"
    shutil.copytree(DATA_DIR, folder)
    for name, rows in (("players.jsonl", players), ("tournaments.jsonl", tournaments)):
        with (folder / name).open("a", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row) + "\n")
    return str(folder)


def test_custom_data_dir_reaches_rankings(tmp_path, make_blank_nlp):
    # A player the shipped list does not know: the tour of a world ranking comes from the custom list.
    folder = custom_data(tmp_path, players=[{"name": "Zorana Quillet", "country": "SRB", "tour": "WTA", "gender": "f"}])
    text = "World No 7 Zorana Quillet beat Ines Varela 6-2 6-3 in the second round."
    shipped = make_blank_nlp()(text)
    custom = make_blank_nlp(folder)(text)
    tours = lambda doc: {r.tour for r in doc._.tennis_rankings if r.kind == "world"}  # noqa: E731
    assert tours(shipped) == {None}
    assert tours(custom) == {"WTA"}


def test_custom_data_dir_reaches_the_loader(tmp_path, monkeypatch):
    folder = custom_data(
        tmp_path, tournaments=[{"name": "Quillet Trophy", "aliases": ["Zorana Classic"], "category": "WTA 250"}]
    )
    assert db_loader.canonical_tournaments(folder)["zorana classic"][0] == "Quillet Trophy"
    assert "zorana classic" not in db_loader.canonical_tournaments()
    asked = []
    real = db_loader.canonical_tournaments
    monkeypatch.setattr(
        db_loader, "canonical_tournaments", lambda data_dir=None: asked.append(data_dir) or real(data_dir)
    )
    body = "Ines Varela beat Zorana Quillet 6-2 6-3."
    record = make_record("a1", body, [("Ines Varela", None), ("Zorana Quillet", None)])
    with db_loader.Loader(f"sqlite:///{tmp_path / 'db.sqlite'}", data_dir=folder) as loader:
        loader.add(record, where="test")
    assert asked == [folder]


def test_cli_data_dir_reaches_extraction(tmp_path):
    from click.testing import CliRunner

    from extractor.cli import main

    folder = custom_data(tmp_path, players=[{"name": "Zorana Quillet", "country": "SRB", "tour": "WTA", "gender": "f"}])
    article = tmp_path / "a.txt"
    article.write_text("World No 7 Zorana Quillet beat Ines Varela 6-2 6-3 in the second round.\n", encoding="utf-8")
    tours = []
    for extra in ([], ["--data-dir", folder]):
        out = tmp_path / f"out{len(extra)}.jsonl"
        result = CliRunner().invoke(main, ["extract", str(article), "--model", "blank", "-o", str(out), *extra])
        assert result.exit_code == 0, result.output
        tours.append([r["tour"] for r in json.loads(out.read_text(encoding="utf-8"))["rankings"]])
    assert tours == [[None], ["WTA"]]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_batch_data_dir_reaches_the_extraction_processes(tmp_path, jobs):
    from click.testing import CliRunner

    from extractor.cli import main

    folder = custom_data(tmp_path, players=[{"name": "Zorana Quillet", "country": "SRB", "tour": "WTA", "gender": "f"}])
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text(
        "World No 7 Zorana Quillet beat Ines Varela 6-2 6-3 in the second round.\n", encoding="utf-8"
    )
    tours = []
    for extra in ([], ["--data-dir", folder]):
        out = tmp_path / f"batch{len(extra)}.jsonl"
        result = CliRunner().invoke(
            main, ["batch", str(inputs), "--model", "blank", "--jobs", jobs, "-o", str(out), "--quiet", *extra]
        )
        assert result.exit_code == 0, result.output
        tours.append([r["tour"] for r in json.loads(out.read_text(encoding="utf-8"))["rankings"]])
    assert tours == [[None], ["WTA"]]
