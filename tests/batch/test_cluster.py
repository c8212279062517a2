"""batch --scheduler: the same batch on a real Dask cluster (a scheduler and two single-threaded
worker processes on 127.0.0.1), byte for byte; a worker killed mid-run; a client killed and
resumed; an unreachable scheduler; mismatched workers; batch --db and load of many files."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
from click.testing import CliRunner

distributed = pytest.importorskip("distributed", reason="needs the [dask] extra")

import pg  # noqa: E402
from db_support import all_counts  # noqa: E402
from test_batch import ROOT, SEED, article, read_jsonl, run_cli_process, wait_for_lines, write_txts  # noqa: E402

from extractor import pipeline  # noqa: E402
from extractor.batch import cluster as batch_dask  # noqa: E402
from extractor.batch import run as batch  # noqa: E402
from extractor.batch.worker import STALL_ENV  # noqa: E402
from extractor.cli import main  # noqa: E402

DASK = Path(sys.executable).with_name("dask")
STALL = "Slowcoach"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    """`dask scheduler` and `dask worker` processes, as an operator would start them."""

    def __init__(self, workers: int = 2) -> None:
        self.address = f"tcp://127.0.0.1:{free_port()}"
        port = self.address.rsplit(":", 1)[1]
        # the workers stall on articles that contain STALL (the test hook of --article-timeout)
        env = dict(os.environ, **{STALL_ENV: STALL})
        quiet = dict(stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT, env=env)
        self.scheduler = subprocess.Popen(
            [DASK, "scheduler", "--host", "127.0.0.1", "--port", port, "--no-dashboard"], **quiet
        )
        self.workers = [
            subprocess.Popen(
                [
                    DASK,
                    "worker",
                    self.address,
                    "--nthreads",
                    "1",
                    "--no-nanny",
                    "--host",
                    "127.0.0.1",
                    "--no-dashboard",
                ],
                **quiet,
            )
            for _ in range(workers)
        ]
        with distributed.Client(self.address, timeout=30) as client:
            client.wait_for_workers(workers, timeout=60)

    def run(self, fn, *args) -> dict:
        with distributed.Client(self.address, timeout=30) as client:
            return client.run(fn, *args)

    def stop(self) -> None:
        for proc in self.workers:  # their extraction processes notice and exit
            if proc.poll() is None:
                proc.kill()
        if self.scheduler.poll() is None:
            self.scheduler.send_signal(signal.SIGTERM)
        for proc in [*self.workers, self.scheduler]:
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


@pytest.fixture(scope="module")
def cluster():
    c = Cluster()
    yield c
    c.stop()


@pytest.fixture
def own_cluster():
    """A cluster for one test (its worker gets killed)."""
    c = Cluster()
    yield c
    c.stop()


def inputs(tmp_path: Path) -> list[str]:
    write_txts(tmp_path / "a", 9)
    dump = tmp_path / "m.jsonl"
    dump.write_text(
        "".join(json.dumps({"id": f"j{n}", "text": article(n + 20)}) + "\n" for n in range(5)) + "{oops\n",
        encoding="utf-8",
    )
    (tmp_path / "a" / "empty.txt").write_bytes(b"")
    return [str(tmp_path / "a"), str(dump), str(SEED), str(tmp_path / "missing.txt")]


def run(tmp_path: Path, name: str, args: list[str], **options) -> tuple[bytes, bytes]:
    out = tmp_path / f"{name}.jsonl"
    batch.run_batch(args, batch.BatchOptions(output=out, chunk_size=3, **options))
    return out.read_bytes(), (tmp_path / f"{name}.errors.jsonl").read_bytes()


@pytest.mark.model
def test_cluster_batch_equals_local_batch_byte_for_byte(cluster, tmp_path, extractor, monkeypatch):
    monkeypatch.setattr(pipeline, "build", lambda *a, **k: extractor.nlp)  # local runs: the session's model
    args = inputs(tmp_path)
    local = run(tmp_path, "local", args, jobs=1)
    assert local[0].count(b"\n") == 15 and local[1].count(b"\n") == 3
    assert run(tmp_path, "dask", args, scheduler=cluster.address) == local
    assert run(tmp_path, "local2", args, jobs=2) == local
    # six chunks over two workers: each worker started its extraction process (the model) once
    infos = list(cluster.run(batch_dask.worker_info, None).values())
    assert [info["pools"] for info in infos] == [1, 1]
    assert all(info["chunks"] >= 1 for info in infos) and sum(info["chunks"] for info in infos) == 6


def test_relative_paths_are_read_by_workers_in_another_folder(cluster, tmp_path, monkeypatch):
    write_txts(tmp_path / "in", 4)
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    monkeypatch.chdir(tmp_path)  # the workers run in the repository folder, not here
    local = run(tmp_path, "local", ["in"], jobs=1, model="blank")
    assert run(tmp_path, "dask", ["in"], scheduler=cluster.address, model="blank") == local
    assert b'"source":"in/art0000.txt"' in local[0] and b'"error": "empty file, no article text"' in local[1]


def test_scheduler_local_starts_a_cluster_of_its_own_with_the_same_output(tmp_path):
    write_txts(tmp_path / "in", 4)
    local = run(tmp_path, "local", [str(tmp_path / "in")], jobs=1, model="blank")
    # port 8787 (Dask's default for the scheduler's HTTP server) taken: no warning about it
    with socket.socket() as taken, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            taken.bind(("", 8787))
            taken.listen()
        except OSError:
            pass  # already taken by something else: the same situation
        assert run(tmp_path, "dask", [str(tmp_path / "in")], scheduler="local", jobs=2, model="blank") == local
    assert not [w for w in caught if "already in use" in str(w.message)]


def test_unreachable_scheduler_is_one_line(tmp_path, monkeypatch):
    monkeypatch.setattr(batch_dask, "CONNECT_TIMEOUT", 2)
    address = f"tcp://127.0.0.1:{free_port()}"
    result = CliRunner().invoke(
        main, ["batch", str(SEED), "-o", str(tmp_path / "o.jsonl"), "--scheduler", address, "--model", "blank"]
    )
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and f"cannot reach the Dask scheduler at {address}" in lines[0]
    assert list(tmp_path.iterdir()) == []  # no empty OUT or errors file left behind


def test_mismatched_workers_are_refused_before_any_work(cluster, tmp_path, monkeypatch):
    out = tmp_path / "o.jsonl"
    with pytest.raises(batch.BatchError, match="no_such_model_pkg is not installed"):
        batch.run_batch(
            [str(SEED)], batch.BatchOptions(output=out, scheduler=cluster.address, model="no_such_model_pkg")
        )
    monkeypatch.setattr(batch_dask, "VERSION", "0.0.0-other")  # this client now claims another version
    with pytest.raises(batch.BatchError, match=r"runs tennis-extract .*, this client 0\.0\.0-other"):
        batch.run_batch([str(SEED)], batch.BatchOptions(output=out, scheduler=cluster.address, model="blank"))
    assert not out.exists() and not batch.default_errors_path(out).exists()


def test_an_article_over_the_timeout_on_a_worker_is_an_error_and_nothing_else_is_lost(cluster, tmp_path):
    write_txts(tmp_path / "in", 8)
    (tmp_path / "in" / "art0003.txt").write_text(
        f"Jannik Sinner beat {STALL} Smith 6-1 6-1 at Wimbledon.\n", encoding="utf-8"
    )
    out = tmp_path / "out.jsonl"
    before = sum(info["replaced"] for info in cluster.run(batch_dask.worker_info, None).values())
    args = [
        "batch",
        str(tmp_path / "in"),
        "-o",
        str(out),
        "--model",
        "blank",
        "--scheduler",
        cluster.address,
        "--article-timeout",
        "2",
    ]
    result = CliRunner().invoke(main, [*args, "--chunk-size", "4"])
    assert result.exit_code == 1, result.stderr
    assert [r["article"]["id"] for r in read_jsonl(out)] == [f"art{n:04d}" for n in range(8) if n != 3]
    (error,) = read_jsonl(tmp_path / "out.errors.jsonl")
    assert error["id"] == "art0003" and error["error"] == "timed out after 2 s"
    after = sum(info["replaced"] for info in cluster.run(batch_dask.worker_info, None).values())
    assert after == before + 1  # the stuck extraction process was replaced on its worker


def test_a_worker_killed_mid_run_loses_nothing(own_cluster, tmp_path):
    write_txts(tmp_path / "in", 300)
    reference = tmp_path / "ref.jsonl"
    proc = run_cli_process(
        "batch", tmp_path / "in", "-o", reference, "--model", "blank", "--jobs", 2, stderr=subprocess.PIPE
    )
    assert proc.wait(120) == 0
    out = tmp_path / "out.jsonl"
    proc = run_cli_process(
        "batch",
        tmp_path / "in",
        "-o",
        out,
        "--model",
        "blank",
        "--scheduler",
        own_cluster.address,
        "--chunk-size",
        16,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_for_lines(out, 32, proc)
        os.kill(own_cluster.workers[0].pid, signal.SIGKILL)
        _, stderr = proc.communicate(timeout=180)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert own_cluster.workers[0].wait(5) == -signal.SIGKILL
    assert proc.returncode == 0, stderr
    assert out.read_bytes() == reference.read_bytes()  # each record once, in order


def test_a_killed_client_resumes_to_the_same_output(cluster, tmp_path):
    write_txts(tmp_path / "in", 240)
    full = tmp_path / "full.jsonl"
    args = ["batch", tmp_path / "in", "--model", "blank", "--scheduler", cluster.address, "--quiet", "--chunk-size", 16]
    assert run_cli_process(*args, "-o", full, stderr=subprocess.DEVNULL).wait(120) == 0
    out = tmp_path / "out.jsonl"
    proc = run_cli_process(*args, "-o", out, stderr=subprocess.DEVNULL)
    try:
        wait_for_lines(out, 40, proc)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
    partial = out.read_bytes().count(b"\n")
    assert 40 <= partial < 240
    resumed = run_cli_process(*args, "-o", out, "--resume", stderr=subprocess.PIPE, text=True)
    _, stderr = resumed.communicate(timeout=120)
    assert resumed.returncode == 0, stderr
    assert f"{partial} skipped" in stderr
    assert out.read_bytes() == full.read_bytes()


# --- batch --db, load of many files -------------------------------------------------------------


def load_cli(*args) -> "object":
    return CliRunner().invoke(main, ["load", *map(str, args)])


@pytest.fixture(params=["sqlite", "postgresql"])
def two_dbs(request, tmp_path):
    """Two empty databases of one kind: one for batch --db, one for a separate load."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'a.db'}", f"sqlite:///{tmp_path / 'b.db'}"
    return request.getfixturevalue("pg_url"), _second_pg(request)


def _second_pg(request):
    """A second fresh schema on the run's PostgreSQL server (pg_url gives the first)."""
    schema = pg.fresh_schema(request.getfixturevalue("pg_server"))
    url = schema.__enter__()
    request.addfinalizer(lambda: schema.__exit__(None, None, None))
    return url


def test_batch_db_loads_the_same_rows_as_a_separate_load(two_dbs, tmp_path):
    db, other = two_dbs
    write_txts(tmp_path / "in", 12)
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(
        main, ["batch", str(tmp_path / "in"), str(SEED), "-o", str(out), "--model", "blank", "--jobs", "2", "--db", db]
    )
    assert result.exit_code == 0, result.stderr
    assert "batch: database: 13 article(s) loaded" in result.stderr
    assert load_cli(out, "--db", other).exit_code == 0
    counts = all_counts(db)
    assert counts["articles"] == 13 and counts == all_counts(other)
    # idempotent: a resumed run (nothing left to do) loads nothing twice
    again = CliRunner().invoke(
        main, ["batch", str(tmp_path / "in"), str(SEED), "-o", str(out), "--model", "blank", "--resume", "--db", db]
    )
    assert again.exit_code == 0 and "13 already loaded" in again.stderr
    assert all_counts(db) == counts


def test_batch_db_on_the_cluster_and_resume_loads_what_a_killed_run_left(cluster, tmp_path):
    write_txts(tmp_path / "in", 10)
    out, db = tmp_path / "out.jsonl", f"sqlite:///{tmp_path / 'x.db'}"
    full = tmp_path / "full.jsonl"
    assert (
        CliRunner()
        .invoke(main, ["batch", str(tmp_path / "in"), "-o", str(full), "--model", "blank", "--jobs", "1"])
        .exit_code
        == 0
    )
    out.write_bytes(b"".join(full.read_bytes().splitlines(keepends=True)[:4]))  # as a killed run without --db left it
    result = CliRunner().invoke(
        main,
        [
            "batch",
            str(tmp_path / "in"),
            "-o",
            str(out),
            "--model",
            "blank",
            "--scheduler",
            cluster.address,
            "--resume",
            "--db",
            db,
        ],
    )
    assert result.exit_code == 0, result.stderr
    assert out.read_bytes() == full.read_bytes()
    assert all_counts(db)["articles"] == 10  # the 4 records of the earlier run too


def test_load_takes_many_files_and_folders(tmp_path):
    write_txts(tmp_path / "in", 6)
    parts = tmp_path / "parts"
    parts.mkdir()
    files = sorted((tmp_path / "in").glob("*.txt"))
    for n, name in enumerate(["a", "b"]):
        sub = tmp_path / "in" / name
        sub.mkdir()
        for p in files[n * 3 : n * 3 + 3]:
            p.rename(sub / p.name)
        assert (
            CliRunner()
            .invoke(main, ["batch", str(sub), "-o", str(parts / f"{name}.jsonl"), "--model", "blank", "--jobs", "1"])
            .exit_code
            == 0
        )
    (parts / "a.errors.jsonl").write_text('{"id": null, "source": "x", "line": null, "error": "e"}\n', encoding="utf-8")
    extra = tmp_path / "seed.jsonl"
    assert (
        CliRunner().invoke(main, ["batch", str(SEED), "-o", str(extra), "--model", "blank", "--jobs", "1"]).exit_code
        == 0
    )
    db = f"sqlite:///{tmp_path / 'l.db'}"
    result = load_cli(parts, extra, "--db", db)
    assert result.exit_code == 0, result.output
    assert "7 article(s) loaded" in result.output


def test_fsspec_urls_are_read_by_the_workers(cluster, tmp_path):
    write_txts(tmp_path / "in", 3)
    dump = tmp_path / "d.jsonl"
    dump.write_text(json.dumps({"id": "j1", "text": article(30)}) + "\n", encoding="utf-8")
    urls = [f"file://{p}" for p in sorted((tmp_path / "in").glob("*.txt"))] + [
        f"file://{dump}",
        f"file://{tmp_path}/gone.txt",
    ]
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(
        main, ["batch", *urls, "-o", str(out), "--model", "blank", "--scheduler", cluster.address]
    )
    assert result.exit_code == 1
    records = read_jsonl(out)
    assert [r["article"]["id"] for r in records] == ["art0000", "art0001", "art0002", "j1"]
    assert records[0]["article"]["source"] == urls[0] and records[0]["article"]["text"] == article(0)
    (error,) = read_jsonl(tmp_path / "out.errors.jsonl")
    assert error["id"] == "gone" and "No such file" in error["error"]
