"""tennis-extract batch: every unit gives one record or one error record, input order on any
number of jobs, JSON Lines / HTML / stdin inputs, resume after a real kill, flat vocabulary."""

from __future__ import annotations

import io
import json
import os
import pty
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor import api, pipeline
from extractor.batch import run as batch
from extractor.cli import main
from models import ArticleRecord

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures" / "batch"
SEED = ROOT / "seeds" / "000_97f4a4b276ce1213.txt"
ERROR_KEYS = {"id", "source", "line", "error"}

WINNERS = [
    "Jannik Sinner",
    "Carlos Alcaraz",
    "Iga Swiatek",
    "Aryna Sabalenka",
    "Casper Ruud",
    "Coco Gauff",
    "Jack Draper",
    "Holger Rune",
]
LOSERS = [
    "Alex de Minaur",
    "Taylor Fritz",
    "Elena Rybakina",
    "Jessica Pegula",
    "Ben Shelton",
    "Mirra Andreeva",
    "Tommy Paul",
    "Daniil Medvedev",
]
EVENTS = ["the Paris Masters", "the Madrid Open", "the Italian Open", "Wimbledon", "the US Open"]


def article(n: int) -> str:
    """A short, distinct tennis report (fast to extract)."""
    w, l, e = WINNERS[n % 8], LOSERS[(n * 3) % 8], EVENTS[n % 5]
    return (
        f" date 2025-06-{n % 28 + 1:02d} {w} beat {l} 6-{n % 5} 7-6({n % 8 + 1}) at {e} on "
        f'Tuesday. "It was a tough match," said {w.split()[-1]}.\n'
    )


def write_txts(folder: Path, count: int, start: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(start, start + count):
        path = folder / f"art{n:04d}.txt"
        path.write_text(article(n), encoding="utf-8")
        paths.append(path)
    return paths


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def cli(extractor, monkeypatch):
    """The CLI in-process; every Extractor (in-process or in a forked worker) reuses the session's
    loaded pipeline."""
    monkeypatch.setattr(pipeline, "build", lambda *args, **kwargs: extractor.nlp)
    runner = CliRunner()

    def invoke(*args, input: bytes | None = None):
        return runner.invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)

    return invoke


def run_cli_process(*args, **kwargs) -> subprocess.Popen:
    """A real `tennis-extract` process (for kill and Ctrl-C)."""
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    return subprocess.Popen([sys.executable, "-m", "extractor.cli", *map(str, args)], cwd=ROOT, env=env, **kwargs)


def wait_for_lines(path: Path, count: int, proc: subprocess.Popen, timeout: float = 60) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists():
            lines = path.read_bytes().count(b"\n")
            if lines >= count:
                return lines
        assert proc.poll() is None, "the batch ended before it could be interrupted"
        time.sleep(0.01)
    raise AssertionError(f"{path} never reached {count} lines")


# --- formats ---------------------------------------------------------------------------------


def test_jsonl_fields_meta_and_line_errors(cli, tmp_path):
    out = tmp_path / "out.jsonl"
    result = cli("batch", FIXTURES / "dump.jsonl", "-o", out, "--jobs", 1)
    assert result.exit_code == 1  # wire-003 has no text
    records = {r["article"]["id"]: r for r in read_jsonl(out)}
    assert list(records) == ["wire-001", "wire-002", "wire-004"]
    first = records["wire-001"]["article"]
    assert first["source"] == "https://wire.example.org/001"  # url becomes the source
    assert first["published"] == "2025-05-01" and first["title"] == "Swiatek into Madrid final"
    assert first["meta"] == {"lang": "en", "tags": ["wta", "madrid"]}
    assert records["wire-002"]["article"]["source"] == f"{FIXTURES / 'dump.jsonl'}:2"  # no url: file and line
    assert records["wire-004"]["article"]["published"] is None
    assert any("last Friday" in w for w in records["wire-004"]["warnings"])
    (error,) = read_jsonl(tmp_path / "out.errors.jsonl")
    assert error == {"id": "wire-003", "source": str(FIXTURES / "dump.jsonl"), "line": 3, "error": 'no "text" field'}


def test_jsonl_published_datetime_and_missing_id(cli, tmp_path):
    dump = tmp_path / "d.ndjson"
    text = "Jannik Sinner beat Alex de Minaur 6-3 6-4 on Saturday."
    dump.write_text(
        json.dumps({"text": text, "published": "2025-11-01T20:15:00+01:00", "id": 7})
        + "\n"
        + json.dumps({"text": text + " "})
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    assert cli("batch", dump, "-o", out).exit_code == 0
    first, second = read_jsonl(out)
    assert first["article"]["id"] == "7" and first["article"]["published"] == "2025-11-01"
    assert first["dates"] and first["dates"][0]["value"] == "2025-11-01"  # Saturday, resolved against it
    assert second["article"]["id"] == second["article"]["text_sha256"][:16]  # as the API does


def test_html_main_text_offsets_and_metadata(cli, tmp_path):
    out = tmp_path / "out.jsonl"
    result = cli("batch", FIXTURES / "paris_final.html", FIXTURES / "basel_latin1.htm", "-o", out, "--jobs", 1)
    assert result.exit_code == 0, result.stderr
    paris, basel = (ArticleRecord.model_validate(r) for r in read_jsonl(out))
    text = paris.article.text
    assert text.startswith("Sinner beats Auger-Aliassime to win Paris Masters\n\nJannik Sinner won the Paris Masters")
    for cruft in ("Sign in", "Cookie settings", "Transfer news live", "Football"):
        assert cruft not in text  # navigation, side bar and footer are not article text
    assert paris.article.title == "Sinner beats Auger-Aliassime to win Paris Masters"
    assert paris.article.published == "2025-11-02"
    assert paris.article.meta == {"url": "https://sport.example.org/tennis/sinner-paris-final"}
    assert paris.article.source == str(FIXTURES / "paris_final.html")
    names = {p.name for p in paris.players}
    assert {"Jannik Sinner", "Felix Auger-Aliassime"} <= names
    (final,) = [m for m in paris.matches if m.score and m.score.text == "6-4 7-6(4)"]
    # offsets refer to the extracted text the record keeps
    assert text[final.evidence.start : final.evidence.end] == final.evidence.text
    for p in paris.players:
        assert all(text[s.start : s.end] == s.text for s in p.mentions)
    # a page in its declared charset (ISO-8859-1) reads without a warning
    assert "Gaël Monfils" in basel.article.text and not any("UTF-8" in w for w in basel.warnings)


def test_html_without_article_text_is_an_error(cli, tmp_path):
    page = tmp_path / "empty_page.html"
    page.write_text(
        "<html><head><title>x</title><script>var a = 1;</script></head><body><div> </div></body></html>",
        encoding="utf-8",
    )
    result = cli("batch", page, "-o", tmp_path / "out.jsonl")
    assert result.exit_code == 1
    (error,) = read_jsonl(tmp_path / "out.errors.jsonl")
    assert error["id"] == "empty_page" and "no article text" in error["error"]


def test_stdin_json_lines(cli, tmp_path):
    lines = [json.dumps({"id": f"s{n}", "text": article(n)}) for n in range(3)]
    data = ("\n" + "\n".join(lines[:2]) + "\n{oops\n" + lines[2] + "\n").encode()
    out = tmp_path / "out.jsonl"
    result = cli("batch", "-", "-o", out, input=data)
    assert result.exit_code == 1
    assert [r["article"]["id"] for r in read_jsonl(out)] == ["s0", "s1", "s2"]
    assert [r["article"]["source"] for r in read_jsonl(out)] == ["<stdin>:2", "<stdin>:3", "<stdin>:5"]
    (error,) = read_jsonl(tmp_path / "out.errors.jsonl")
    assert error["source"] == "<stdin>" and error["line"] == 4 and error["error"].startswith("not JSON")


def test_stdin_plain_text_is_one_article(cli, tmp_path):
    out = tmp_path / "out.jsonl"
    result = cli("batch", "-", "-o", out, "--allow-errors", input=article(1).encode() + b"\xff\n")
    assert result.exit_code == 0
    (record,) = read_jsonl(out)
    assert record["article"]["id"] == "stdin" and record["article"]["source"] == "<stdin>"
    assert record["article"]["published"] == "2025-06-02"  # the date header, handled by the pipeline
    assert any("not valid UTF-8" in w for w in record["warnings"])


# --- nothing lost --------------------------------------------------------------------------


def make_bad_inputs(folder: Path) -> dict[str, str]:
    """Bad units, keyed by how the error record names them, with the problem it must state."""
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b" \n\t\n")
    (folder / "binary.txt").write_bytes(b"Sinner beat\x00\x01\x02 Alcaraz")
    (folder / "huge.txt").write_text("Sinner beat Alcaraz 6-4 6-4. " * 40, encoding="utf-8")
    (folder / "notes.md").write_text("not an article format", encoding="utf-8")
    (folder / "lines.jsonl").write_bytes(
        b'{"id": "ok1", "text": "Iga Swiatek beat Coco Gauff 6-2 6-3."}\n'
        b"this is not json\n"
        b'{"id": "nt"}\n'
        b'{"id": "num", "text": 42}\n'
        b'{"id": "spaces", "text": "   "}\n'
        b'["a", "list"]\n'
        b'{"id": "bad-utf8", "text": "Gael Monfils beat Stan Wawrinka 6-4 6-4 \xe9."}\n'
    )
    return {
        "empty": "empty file",
        "blank": "empty file",
        "binary": "binary file",
        "huge": "over --max-chars 500",
        "lines.jsonl:2": "not JSON",
        "nt": 'no "text" field',
        "num": '"text" is a int',
        "spaces": "empty text",
        "lines.jsonl:6": "not an object",
    }


def test_every_unit_is_one_record_or_one_error(cli, tmp_path):
    expected = make_bad_inputs(tmp_path / "in")
    write_txts(tmp_path / "in" / "sub", 3)
    out, errors = tmp_path / "out.jsonl", tmp_path / "errs.jsonl"
    args = [
        "batch",
        tmp_path / "in",
        tmp_path / "nothere.txt",
        tmp_path / "none*.txt",
        tmp_path / "in" / "notes.md",
        "-o",
        out,
        "--errors",
        errors,
        "--max-chars",
        500,
    ]
    result = cli(*args, "--jobs", 2)
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr
    records = read_jsonl(out)
    assert [r["article"]["id"] for r in records] == ["ok1", "bad-utf8", "art0000", "art0001", "art0002"]
    (bad_utf8,) = [r for r in records if r["article"]["id"] == "bad-utf8"]
    assert "\ufffd" in bad_utf8["article"]["text"] and any("not valid UTF-8" in w for w in bad_utf8["warnings"])
    errs = read_jsonl(errors)
    assert all(set(e) == ERROR_KEYS for e in errs)
    by_key = {e["id"] or f"{Path(e['source']).name}:{e['line']}" for e in errs}
    for key, problem in expected.items():
        (e,) = [e for e in errs if (e["id"] or f"{Path(e['source']).name}:{e['line']}") == key]
        assert problem in e["error"], (key, e)
    assert "nothere.txt:None" in by_key and "none*.txt:None" in by_key
    (md,) = [e for e in errs if e["source"].endswith("notes.md")]
    assert "unsupported format .md" in md["error"]  # named explicitly: an error; inside a folder: ignored
    units = len(records) + len(errs)
    assert units == 5 + len(expected) + 3
    summary = result.stderr.strip().splitlines()
    assert summary[0].startswith(f"batch: {units} unit(s) in, 5 record(s) to {out}, {len(errs)} error(s) to {errors};")
    assert "articles/s" in summary[0] and "1 file(s) in the input folders ignored" in summary[1]
    assert cli(*args, "--jobs", 1, "--allow-errors").exit_code == 0


def test_the_batch_never_reads_its_own_output(cli, tmp_path):
    write_txts(tmp_path / "in", 2)
    (tmp_path / "in" / "bad.jsonl").write_text("{oops\n", encoding="utf-8")
    out = tmp_path / "in" / "out.jsonl"
    for _ in range(2):  # the second run finds out.jsonl and out.errors.jsonl in the folder
        result = cli("batch", tmp_path / "in", "-o", out)
        assert result.exit_code == 1
        assert len(read_jsonl(out)) == 2 and len(read_jsonl(tmp_path / "in" / "out.errors.jsonl")) == 1
    result = cli("batch", out, "-o", out)
    assert result.exit_code == 1
    assert read_jsonl(tmp_path / "in" / "out.errors.jsonl")[0]["error"] == "is this run's own output file, not an input"


def test_an_unwritable_out_is_a_clear_error(cli, tmp_path):
    result = cli("batch", SEED, "-o", tmp_path / "no" / "such" / "out.jsonl")
    assert result.exit_code == 1
    assert "cannot write (No such file or directory)" in result.stderr and "Traceback" not in result.stderr


def test_all_bad_inputs_fail_without_loading_the_model(tmp_path, monkeypatch):
    def no_model(*args, **kwargs):
        raise AssertionError("the model was loaded with no article to extract")

    monkeypatch.setattr(pipeline, "build", no_model)
    missing = tmp_path / "missing.txt"
    result = CliRunner().invoke(main, ["batch", str(missing), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 1
    assert (tmp_path / "o.jsonl").read_bytes() == b""
    assert read_jsonl(tmp_path / "o.errors.jsonl") == [
        {"id": None, "source": str(missing), "line": None, "error": "no such file or directory"}
    ]


def test_an_extraction_failure_costs_one_article(cli, tmp_path, monkeypatch):
    real = api.to_record

    def fragile(doc, **kwargs):
        if "Rune" in doc.text:
            raise RuntimeError("boom")
        return real(doc, **kwargs)

    monkeypatch.setattr(api, "to_record", fragile)
    write_txts(tmp_path / "in", 8)  # art0007 has Holger Rune
    result = cli("batch", tmp_path / "in", "-o", tmp_path / "out.jsonl", "--jobs", 1)
    assert result.exit_code == 1
    assert len(read_jsonl(tmp_path / "out.jsonl")) == 7
    (error,) = read_jsonl(tmp_path / "out.errors.jsonl")
    assert error["id"] == "art0007" and error["error"] == "extraction failed: RuntimeError: boom"


def test_duplicate_ids_are_errors(cli, tmp_path):
    dump = tmp_path / "d.jsonl"
    dump.write_text("".join(json.dumps({"id": "x", "text": article(n)}) + "\n" for n in range(2)), encoding="utf-8")
    result = cli("batch", dump, "-o", tmp_path / "out.jsonl")
    assert result.exit_code == 1
    assert len(read_jsonl(tmp_path / "out.jsonl")) == 1
    (error,) = read_jsonl(tmp_path / "out.errors.jsonl")
    assert error["line"] == 2 and error["error"] == f"duplicate id 'x' (first at {dump}:1); ids must be unique"


def test_an_id_shared_by_two_files_is_kept_for_both_and_the_same_on_resume(cli, tmp_path):
    write_txts(tmp_path / "in", 1)
    (tmp_path / "in" / "dump.jsonl").write_text(json.dumps({"id": "art0000", "text": article(5)}) + "\n")
    out = tmp_path / "out.jsonl"
    result = cli("batch", tmp_path / "in", "-o", out)
    assert result.exit_code == 0 and [r["article"]["id"] for r in read_jsonl(out)] == ["art0000", "art0000~2"]
    result = cli("batch", tmp_path / "in", "-o", out, "--resume")
    assert result.exit_code == 0 and "2 skipped" in result.stderr and len(read_jsonl(out)) == 2


# --- order and determinism ---------------------------------------------------------------------


def test_input_order_and_identical_bytes_on_any_number_of_jobs(cli, tmp_path, monkeypatch):
    monkeypatch.setattr(batch, "CHUNK_SIZE", 2)  # many chunks over the two workers
    write_txts(tmp_path / "a", 7)
    dump = tmp_path / "m.jsonl"
    dump.write_text(
        "".join(json.dumps({"id": f"j{n}", "text": article(n + 20)}) + "\n" for n in range(6)), encoding="utf-8"
    )
    write_txts(tmp_path / "b", 4, start=40)
    inputs = [tmp_path / "a", dump, str(tmp_path / "b" / "*.txt"), SEED]
    outs = []
    for jobs in (1, 2, 2):
        out = tmp_path / f"out{len(outs)}.jsonl"
        assert cli("batch", *inputs, "-o", out, "--jobs", jobs).exit_code == 0
        outs.append(out.read_bytes())
    assert outs[0] == outs[1] == outs[2]
    ids = [r["article"]["id"] for r in read_jsonl(tmp_path / "out0.jsonl")]
    assert ids == [f"art{n:04d}" for n in range(7)] + [f"j{n}" for n in range(6)] + [
        f"art{n:04d}" for n in range(40, 44)
    ] + [SEED.stem]
    # a .txt gives the same record as `extract`
    single = tmp_path / "single.jsonl"
    assert cli("extract", SEED, "-o", single).exit_code == 0
    assert outs[0].splitlines()[-1] == single.read_bytes().rstrip(b"\n")


def test_no_text_option(cli, tmp_path):
    out = tmp_path / "out.jsonl"
    assert cli("batch", SEED, "-o", out, "--no-text").exit_code == 0
    (record,) = read_jsonl(out)
    assert record["article"]["text"] is None and record["players"]


# --- resume and interruption ------------------------------------------------------------------


def test_resume_skips_done_ids_and_cuts_a_partial_line(cli, tmp_path):
    write_txts(tmp_path / "in", 6)
    full = tmp_path / "full.jsonl"
    assert cli("batch", tmp_path / "in", "-o", full).exit_code == 0
    lines = full.read_bytes().splitlines(keepends=True)
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"".join(lines[:2]) + lines[2][:100])  # as left by kill -9 in mid-write
    result = cli("batch", tmp_path / "in", "-o", out, "--resume")
    assert result.exit_code == 0
    assert "2 skipped (already in" in result.stderr and "dropped a partial last line (100 bytes)" in result.stderr
    assert out.read_bytes() == full.read_bytes()  # same records; here even the same order


def test_resume_refuses_a_corrupt_out(cli, tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("not a record\n", encoding="utf-8")
    result = cli("batch", SEED, "-o", out, "--resume")
    assert result.exit_code == 1 and "out.jsonl:1: not an article record, cannot resume" in result.stderr


def children_of(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(c) for c in path.read_text().split()] if path.exists() else []


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().split(")")[-1].split()[0] == "Z")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc for the worker processes")
def test_kill_9_then_resume_gives_the_same_records(cli, tmp_path):
    write_txts(tmp_path / "in", 240)
    out = tmp_path / "out.jsonl"
    proc = run_cli_process("batch", tmp_path / "in", "-o", out, "--jobs", 2, stderr=subprocess.DEVNULL)
    try:
        wait_for_lines(out, batch.CHUNK_SIZE, proc)
        workers = children_of(proc.pid)
        os.kill(proc.pid, signal.SIGKILL)
        assert proc.wait(10) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
    data = out.read_bytes()
    assert data.endswith(b"\n")  # whole lines only
    partial = [json.loads(line) for line in data.splitlines()]
    assert batch.CHUNK_SIZE <= len(partial) < 240
    # the orphaned workers notice and exit
    deadline = time.monotonic() + 10
    while any(alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert workers and not any(alive(w) for w in workers)

    resumed = run_cli_process(
        "batch", tmp_path / "in", "-o", out, "--resume", "--quiet", stderr=subprocess.PIPE, text=True
    )
    _, stderr = resumed.communicate(timeout=120)
    assert resumed.returncode == 0, stderr
    assert f"{len(partial)} skipped" in stderr
    reference = tmp_path / "ref.jsonl"
    assert cli("batch", tmp_path / "in", "-o", reference, "--jobs", 1).exit_code == 0
    got = out.read_text(encoding="utf-8").splitlines()
    assert len(got) == 240 and sorted(got) == sorted(reference.read_text(encoding="utf-8").splitlines())


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses a pseudo-terminal and process groups")
def test_ctrl_c_stops_cleanly_with_progress_on_a_terminal(tmp_path):
    write_txts(tmp_path / "in", 1200)  # long enough to be running at the Ctrl-C
    out = tmp_path / "out.jsonl"
    master, slave = pty.openpty()
    proc = run_cli_process(
        "batch",
        tmp_path / "in",
        "-o",
        out,
        "--jobs",
        2,
        stderr=slave,
        start_new_session=True,
        # as from a terminal: a run started in the background of a script (nohup, "&") inherits
        # SIGINT ignored, and Python then never turns Ctrl-C into KeyboardInterrupt
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    os.close(slave)
    screen = b""

    def read_screen(wait: float) -> bytes:
        """What the terminal shows within ``wait`` seconds (never longer: the progress line keeps
        redrawing, and reading until it stops would let the batch finish before the Ctrl-C)."""
        chunks = b""
        deadline = time.monotonic() + wait
        while (left := deadline - time.monotonic()) > 0 and select.select([master], [], [], left)[0]:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            if not chunk:
                break
            chunks += chunk
        return chunks

    try:
        wait_for_lines(out, batch.CHUNK_SIZE, proc)
        screen += read_screen(1.0)
        os.killpg(proc.pid, signal.SIGINT)  # as Ctrl-C does: the whole foreground group
        assert proc.wait(30) == 130
        screen += read_screen(0.5)
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(master)
    text = screen.decode("utf-8", "replace")
    assert "/1,200 (" in text and "articles/s" in text and "ETA" in text  # the progress line
    assert "interrupted:" in text and "--resume" in text and "Traceback" not in text
    data = out.read_bytes()
    assert data.endswith(b"\n") and all(json.loads(line) for line in data.splitlines())


# --- progress, memory ----------------------------------------------------------------------------


def test_progress_line_rate_and_eta():
    now = [100.0]
    stream = io.StringIO()
    progress = batch.Progress(stream, total=1000, clock=lambda: now[0])
    now[0] = 110.0
    progress.update(250, 200)
    assert stream.getvalue() == "\r250/1,000 (25%) articles, 20.0 articles/s, ETA 38s\x1b[K"
    now[0] = 110.2
    progress.update(260, 210)  # too soon: not redrawn
    assert stream.getvalue().count("\r") == 1
    assert batch.Progress(None, None).update(1, 1) is None  # quiet / not a terminal: nothing


def test_quiet_and_non_terminal_print_only_the_summary(cli, tmp_path):
    for extra in ([], ["--quiet"]):
        result = cli("batch", SEED, "-o", tmp_path / "out.jsonl", *extra)
        assert result.exit_code == 0
        assert "\r" not in result.stderr and result.stderr.count("\n") == 1


def test_chunks_run_in_a_memory_zone(extractor, monkeypatch):
    """New strings seen in a chunk do not stay in the vocabulary, so memory stays flat."""
    processor = batch.ChunkProcessor(extractor)
    units = [
        batch.Unit("<test>", n, f"m{n}", "article", item=api.ArticleInput(text=article(n) + f" Tags: zqv{n}x wkr{n}y."))
        for n in range(4)
    ]
    before = len(extractor.nlp.vocab.strings)
    outcomes = processor(units)
    assert [kind for kind, _ in outcomes] == ["record"] * 4
    assert len(extractor.nlp.vocab.strings) == before
    assert "zqv1x" not in extractor.nlp.vocab.strings


def test_default_errors_path():
    assert batch.default_errors_path(Path("d/out.jsonl")) == Path("d/out.errors.jsonl")
    assert batch.default_errors_path(Path("records")) == Path("records.errors.jsonl")


# --- the --article-timeout guard ----------------------------------------------------------------


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_article_over_the_timeout_is_an_error_and_nothing_else_is_lost(cli, tmp_path, monkeypatch, jobs):
    """A stage stuck on one article (here: to_record sleeping on a marked text, as a regex
    blowing up on a huge page would) costs that article only; its process is replaced."""
    real = api.to_record

    def stuck_on_marker(doc, **kwargs):
        if "Slowcoach" in doc.text:
            time.sleep(3600)
        return real(doc, **kwargs)

    monkeypatch.setattr(api, "to_record", stuck_on_marker)  # forked extraction processes inherit it
    monkeypatch.setattr(batch, "CHUNK_SIZE", 4)
    write_txts(tmp_path / "in", 10)
    (tmp_path / "in" / "art0004.txt").write_text(
        "Jannik Sinner beat Slowcoach Smith 6-1 6-1 at Wimbledon.\n", encoding="utf-8"
    )
    out = tmp_path / "out.jsonl"
    started = time.monotonic()
    result = cli("batch", tmp_path / "in", "-o", out, "--jobs", jobs, "--article-timeout", 1.5)
    assert time.monotonic() - started < 30
    assert result.exit_code == 1
    assert [r["article"]["id"] for r in read_jsonl(out)] == [f"art{n:04d}" for n in range(10) if n != 4]
    (error,) = read_jsonl(tmp_path / "out.errors.jsonl")
    assert error["id"] == "art0004" and error["error"] == "timed out after 1.5 s"
    monkeypatch.setattr(api, "to_record", real)
    reference = tmp_path / "ref.jsonl"
    assert cli("batch", tmp_path / "in", "-o", reference, "--jobs", 1).exit_code == 0
    assert [
        line for line in reference.read_bytes().splitlines() if b'"id":"art0004"' not in line
    ] == out.read_bytes().splitlines()


def test_scheduler_without_the_dask_extra_says_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if dask[distributed] were not installed
    result = CliRunner().invoke(
        main, ["batch", str(SEED), "-o", str(tmp_path / "o.jsonl"), "--scheduler", "local", "--model", "blank"]
    )
    assert result.exit_code == 1
    assert result.stderr.strip() == "Error: --scheduler needs Dask: pip install 'tennis-extract[dask]'"
