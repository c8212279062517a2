"""The command line: records out, one clear line per bad input, non-zero exit on any failure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor import pipeline
from extractor.cli import main
from models import ArticleRecord

# Every test here runs the real pipeline (statistical model loaded once per session).
pytestmark = pytest.mark.model

SEED_ID = "000_97f4a4b276ce1213"


@pytest.fixture
def cli(extractor, monkeypatch):
    """Run the CLI in-process; every Extractor it builds reuses the session's loaded pipeline."""
    monkeypatch.setattr(pipeline, "build", lambda *args, **kwargs: extractor.nlp)
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(main, [str(a) for a in args], catch_exceptions=False)

    return invoke


@pytest.fixture(scope="session")
def seed(repo_root) -> Path:
    return repo_root / "seeds" / f"{SEED_ID}.txt"


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_extract_writes_one_valid_record_per_file(cli, seed, tmp_path):
    out = tmp_path / "out.jsonl"
    result = cli("extract", seed, "-o", out)
    assert result.exit_code == 0, result.stderr
    (line,) = out.read_text(encoding="utf-8").splitlines()
    record = ArticleRecord.model_validate_json(line)
    assert record.article.id == SEED_ID
    assert record.article.source == str(seed)
    assert record.article.published == "2025-10-28"
    assert record.article.text == seed.read_text(encoding="utf-8")


def test_extract_to_stdout_is_json_lines(cli, seed):
    result = cli("extract", seed)
    assert result.exit_code == 0
    (line,) = result.stdout.splitlines()
    ArticleRecord.model_validate_json(line)
    assert "error" not in result.stderr  # data on stdout; stderr is for progress and errors


def test_published_option_and_no_text(cli, seed, tmp_path):
    out = tmp_path / "out.jsonl"
    result = cli("extract", seed, "--published", "2025-11-01", "--no-text", "-o", out)
    assert result.exit_code == 0
    (record,) = read_jsonl(out)
    assert record["article"]["published"] == "2025-11-01"
    assert record["article"]["text"] is None
    ArticleRecord.model_validate(record)


def make_bad(kind: str, tmp_path: Path) -> Path:
    path = tmp_path / f"{kind}.txt"
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "blank":
        path.write_bytes(b"  \n\n \t\n")
    elif kind == "binary":
        path.write_bytes(b"Sinner beat\x00\x01\x02 Alcaraz")
    elif kind == "latin1":
        path.write_bytes("Gaël Monfils beat Stan Wawrinka 6-4 6-4.".encode("latin-1"))
    elif kind == "missing":
        pass
    elif kind == "directory":
        path = tmp_path / "articles"
        path.mkdir()
    return path


BAD = [
    ("empty", "empty file"),
    ("blank", "empty file"),
    ("binary", "binary file"),
    ("latin1", "not valid UTF-8"),
    ("missing", "no such file"),
    ("directory", "is a directory"),
]


@pytest.mark.parametrize("kind,problem", BAD)
def test_a_bad_input_is_reported_and_the_good_one_still_written(cli, seed, tmp_path, kind, problem):
    bad = make_bad(kind, tmp_path)
    out = tmp_path / "out.jsonl"
    result = cli("extract", bad, seed, "-o", out)
    assert result.exit_code != 0
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, result.stderr
    assert errors[0].startswith(f"error: {bad}: ")
    assert problem in errors[0]
    assert "Traceback" not in result.stderr
    (record,) = read_jsonl(out)
    assert record["article"]["id"] == SEED_ID


def test_every_bad_input_gets_its_own_line(cli, seed, tmp_path):
    bads = [make_bad(kind, tmp_path) for kind, _ in BAD]
    out = tmp_path / "out.jsonl"
    result = cli("extract", *bads, seed, "-o", out)
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert [e.split(": ")[1] for e in errors] == [str(b) for b in bads]
    assert len(read_jsonl(out)) == 1


def test_only_bad_inputs_fail_without_loading_the_model(tmp_path, monkeypatch):
    def no_model(*args, **kwargs):
        raise AssertionError("the model was loaded with no article to extract")

    monkeypatch.setattr(pipeline, "build", no_model)
    result = CliRunner().invoke(main, ["extract", str(make_bad("empty", tmp_path))])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {tmp_path / 'empty.txt'}: empty file")


@pytest.mark.parametrize("value", ["2025-13-01", "yesterday", "28/10/2025", "2025-10"])
def test_bad_published_is_a_usage_error(cli, seed, tmp_path, value):
    out = tmp_path / "out.jsonl"
    result = cli("extract", seed, "--published", value, "-o", out)
    assert result.exit_code == 2
    assert "--published" in result.stderr and "YYYY-MM-DD" in result.stderr
    assert not out.exists()


def test_extract_needs_a_file(cli):
    result = cli("extract")
    assert result.exit_code == 2


def test_eval_prints_the_figures(cli, seed, repo_root, tmp_path):
    out = tmp_path / "out.jsonl"
    assert cli("extract", seed, "-o", out).exit_code == 0
    result = cli("eval", out, repo_root / "seeds" / "gold")
    assert result.exit_code == 0, result.output
    report = result.stdout
    assert report.startswith("articles: 1")
    for figure in (
        "players F1",
        "matches F1",
        "rankings F1",
        "quotes F1",
        "tournaments F1",
        "venues F1",
        "match scores exact",
        "quote attribution",
        "published exact",
        "players from page cruft",
    ):
        assert figure in report, figure


def test_eval_details_lists_misses(cli, repo_root, tmp_path):
    empty = tmp_path / "none.jsonl"
    empty.write_text("", encoding="utf-8")
    result = cli("eval", empty, repo_root / "seeds" / "gold", "--details")
    assert result.exit_code == 0
    assert "(1 without a prediction)" in result.stdout
    assert f"[no prediction] {SEED_ID}" in result.stdout


def test_eval_errors_say_what_is_wrong(cli, tmp_path):
    empty = tmp_path / "none.jsonl"
    empty.write_text("", encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    result = cli("eval", empty, gold)
    assert result.exit_code == 1 and "no gold files" in result.stderr
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{not json\n", encoding="utf-8")
    (gold / "x.json").write_text("{}", encoding="utf-8")
    result = cli("eval", broken, gold)
    assert result.exit_code == 1 and "broken.jsonl:1: not a JSON record" in result.stderr
