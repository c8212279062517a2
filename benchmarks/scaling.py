"""Scaling of `tennis-extract batch` on a Dask cluster against the local batch, on one corpus, in
one run.

    python benchmarks/scaling.py [--copies 6] [--model NAME]   (needs pip install -e ".[dask]")

The corpus is N copies of fixtures/articles/*.txt. Four set-ups, each a `tennis-extract batch`
subprocess over the whole corpus:

  local --jobs 1;  a 1-worker cluster;  a 2-worker cluster;  local --jobs 2.

The clusters are real processes on 127.0.0.1: `dask scheduler` and `dask worker --nthreads 1
--no-nanny` each, warmed up first (one small batch, so each worker has loaded the model, as on a
long-lived cluster). Rates are marginal, as in throughput.py: (N - 1) / (wall time on the corpus -
wall time of the same command on one article), so interpreter start, connecting and the local
batch's model load are left out alike. Prints articles/s, the ratios 2 workers / 1 worker and
2-worker cluster / local --jobs 2 (targets 1.8 and 0.9), checks that all outputs are
byte-identical, and measures what limits many machines: the records/s the client can take from
task results and write, and the records/s `--db` loads into SQLite (PostgreSQL: benchmarks/load.py).
"""

from __future__ import annotations

import argparse
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
DASK = Path(sys.executable).with_name("dask")
TARGET_WORKERS = 1.8
TARGET_ENGINE = 0.9


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_corpus(folder: Path, copies: int) -> int:
    sources = sorted((ROOT / "fixtures" / "articles").glob("*.txt"))
    folder.mkdir()
    for k in range(copies):
        for src in sources:
            shutil.copyfile(src, folder / f"c{k:02d}_{src.name}")
    return copies * len(sources)


def others_load(window: float = 2.0) -> float:
    """Cores used by other processes over ``window`` seconds while ours are idle (a shared machine
    makes every figure below noisy; this says how much)."""
    from throughput import machine_busy

    before, start = machine_busy(), time.perf_counter()
    time.sleep(window)
    return (machine_busy() - before) / (time.perf_counter() - start)


def batch(inputs: Path, out: Path, extra: list[str]) -> float:
    cmd = [sys.executable, "-m", "extractor.cli", "batch", str(inputs), "-o", str(out), "--quiet", *extra]
    start = time.perf_counter()
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed:\n{result.stderr}")
    return elapsed


class Cluster:
    def __init__(self, workers: int) -> None:
        port = free_port()
        self.address = f"tcp://127.0.0.1:{port}"
        quiet = dict(stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
        self.procs = [
            subprocess.Popen(
                [DASK, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"]
                + ["--dashboard-address", "127.0.0.1:0"],  # the HTTP server starts anyway: keep it on loopback
                **quiet,
            )
        ]
        self.procs += [
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
        import distributed

        with distributed.Client(self.address, timeout=30) as client:
            client.wait_for_workers(workers, timeout=60)

    def chunks(self) -> list[int]:
        import distributed

        from extractor.batch.cluster import worker_info

        with distributed.Client(self.address, timeout=30) as client:
            return sorted(info["chunks"] for info in client.run(worker_info, None).values())

    def stop(self) -> None:
        for p in self.procs[1:]:  # workers: at once (their extraction processes notice and exit)
            p.kill()
        self.procs[0].terminate()
        for p in self.procs:
            p.wait(20)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=6)
    parser.add_argument("--model", default=None)
    args = parser.parse_args()
    model = ["--model", args.model] if args.model else []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        n = make_corpus(tmp / "corpus", args.copies)
        one = tmp / "one"
        one.mkdir()
        shutil.copyfile(sorted((tmp / "corpus").iterdir())[0], one / "a.txt")
        rows, outs = [], []
        setups = [
            ("local --jobs 1", None, ["--jobs", "1"]),
            ("1-worker cluster", 1, []),
            ("2-worker cluster", 2, []),
            ("local --jobs 2", None, ["--jobs", "2"]),
        ]
        for name, workers, extra in setups:
            cluster = Cluster(workers) if workers else None
            try:
                if cluster:
                    extra = ["--scheduler", cluster.address]
                    warm = tmp / "warm"
                    if not warm.exists():
                        warm.mkdir()
                        for k, src in enumerate(sorted((tmp / "corpus").iterdir())[:8]):
                            shutil.copyfile(src, warm / f"w{k}.txt")
                    batch(warm, tmp / "warm.jsonl", extra + model)
                t_one = batch(one, tmp / "one.jsonl", extra + model)
                out = tmp / f"out{len(outs)}.jsonl"
                load_before = others_load()
                t_all = batch(tmp / "corpus", out, extra + model)
                chunks = cluster.chunks() if cluster else None
            finally:
                if cluster:
                    cluster.stop()
            outs.append(out.read_bytes())
            rate = (n - 1) / (t_all - t_one)
            rows.append((name, rate, t_all))
            where = f"; chunks per worker {chunks}" if chunks else ""
            print(
                f"{name:18s} {rate:6.1f} articles/s   ({t_all:.1f} s end to end, {n / t_all:.1f} "
                f"articles/s; other processes used {load_before:.1f} cores just before{where})",
                flush=True,
            )
        rates = {name: rate for name, rate, _ in rows}
        workers = rates["2-worker cluster"] / rates["1-worker cluster"]
        engine = rates["2-worker cluster"] / rates["local --jobs 2"]
        print(f"corpus: {n} articles; model: {args.model or 'default'}")
        print(f"2 workers / 1 worker          = {workers:.2f} (target >= {TARGET_WORKERS})")
        print(f"2-worker cluster / --jobs 2   = {engine:.2f} (target >= {TARGET_ENGINE})")
        print(f"1-worker cluster / --jobs 1   = {rates['1-worker cluster'] / rates['local --jobs 1']:.2f}")
        print("outputs byte-identical: " + ("yes" if all(o == outs[0] for o in outs) else "NO"))
        lines = outs[0].decode("utf-8").splitlines()
        print(
            f"client writing records (unpickle results, write whole "
            f"lines): {client_rate(lines * 10, tmp):,.0f} records/s"
        )
        print(f"batch --db into SQLite (the loader thread, fresh database): {db_rate(lines, tmp):,.0f} records/s")


def client_rate(lines: list[str], tmp: Path) -> float:
    """What the client does per record on a cluster: take it out of a task result, write it."""
    import pickle

    from extractor.batch.output import LineWriter

    results = [pickle.dumps([("record", line) for line in lines[i : i + 128]]) for i in range(0, len(lines), 128)]
    start = time.perf_counter()
    writer = LineWriter(tmp / "client.jsonl", append=False)
    for data in results:
        for _, line in pickle.loads(data):
            writer.write(line)
    writer.close()
    return len(lines) / (time.perf_counter() - start)


def db_rate(lines: list[str], tmp: Path) -> float:
    from extractor.batch.sink import DatabaseSink

    start = time.perf_counter()
    sink = DatabaseSink(f"sqlite:///{tmp / 'rate.db'}", tmp / "sink.jsonl")
    for line in lines:
        sink.add(line)
    sink.close()
    return len(lines) / (time.perf_counter() - start)


if __name__ == "__main__":
    main()
