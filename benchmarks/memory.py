"""Memory of a long `tennis-extract batch` run: the RSS curve against articles done.

    python benchmarks/memory.py [--articles 20000] [--jobs 2] [--every 1000]

Writes a JSON Lines corpus of --articles articles (the fixture articles in turn, each given a
unique id and a line of made-up words, as a scraped dump has new names and URLs in every
article: without spaCy's memory zones these would pile up in the vocabulary), runs
`tennis-extract batch` on it as a subprocess, and samples the resident memory (RSS) of the
batch process and its workers every 0.1 s. A worker's RSS rises while it runs a chunk and falls
after it, so each point of the curve is the peak RSS, summed over the processes, in the interval
of articles that ends there. Prints the curve and checks the target: RSS after all articles
within 10% of RSS after 1,000 (or after the first tenth, for a shorter run). Needs psutil
(`pip install -e ".[bench]"`).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
TARGET = 0.10


def made_up_word(n: int, salt: int) -> str:
    letters = "bcdfghjklmnprstvz"
    word, n = "", n * 7919 + salt
    while True:
        n, r = divmod(n, len(letters))
        word += letters[r] + "aeiou"[r % 5]
        if n == 0:
            return word.capitalize()


def write_corpus(path: Path, count: int) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures" / "articles").glob("*.txt"))]
    with open(path, "w", encoding="utf-8") as fh:
        for n in range(count):
            extra = f"\n\nTags: {made_up_word(n, 1)} {made_up_word(n, 2)}, ref {n:08x}-{made_up_word(n, 3).lower()}\n"
            fh.write(json.dumps({"id": f"m{n:06d}", "text": texts[n % len(texts)] + extra}) + "\n")


def tree_rss(proc: psutil.Process) -> dict[int, int]:
    """RSS of the process and of each of its descendants, by pid, in bytes."""
    rss = {}
    try:
        for p in [proc, *proc.children(recursive=True)]:
            try:
                rss[p.pid] = p.memory_info().rss
            except psutil.NoSuchProcess:
                pass
    except psutil.NoSuchProcess:
        pass
    return rss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=20_000, help="articles in the run (default 20000)")
    parser.add_argument("--jobs", type=int, default=None, help="worker processes (default: all cores)")
    parser.add_argument(
        "--every", type=int, default=1000, help="print a point of the curve every N articles (default 1000)"
    )
    args = parser.parse_args()
    first = 1000 if args.articles >= 10_000 else max(1, args.articles // 10)

    work = Path(tempfile.mkdtemp(prefix="tennis-memory-"))
    corpus, out = work / "corpus.jsonl", work / "out.jsonl"
    write_corpus(corpus, args.articles)
    cmd = [sys.executable, "-m", "extractor.cli", "batch", str(corpus), "-o", str(out), "--quiet"]
    if args.jobs:
        cmd += ["--jobs", str(args.jobs)]
    started = time.monotonic()
    popen = subprocess.Popen(cmd, cwd=ROOT, stderr=subprocess.PIPE, text=True)
    proc = psutil.Process(popen.pid)
    done, offset, points = 0, 0, []
    peak: dict[int, int] = {}  # per process, since the last mark: RSS swings within each chunk
    marks = sorted({first, args.articles, *range(args.every, args.articles + 1, args.every)})
    print(f"{'articles':>9} {'elapsed s':>9} {'peak RSS MB':>11}  per process (main, workers)")
    while popen.poll() is None:
        for pid, rss in tree_rss(proc).items():
            peak[pid] = max(peak.get(pid, 0), rss)
        if out.exists():
            with open(out, "rb") as fh:
                fh.seek(offset)
                chunk = fh.read()
            done += chunk.count(b"\n")
            offset += len(chunk)
        while marks and done >= marks[0]:
            mark = marks.pop(0)
            total = sum(peak.values())
            points.append((mark, total))
            per = ", ".join(f"{r / 2**20:.0f}" for r in peak.values())
            print(f"{mark:>9,} {time.monotonic() - started:9.0f} {total / 2**20:11.1f}  {per}", flush=True)
            peak = {}
        time.sleep(0.1)
    stderr = popen.stderr.read()
    if popen.returncode != 0:
        sys.exit(f"batch failed ({popen.returncode}):\n{stderr}")
    print(stderr.strip())
    base = next((rss for mark, rss in points if mark == first), None)
    last = next((rss for mark, rss in reversed(points)), None)
    if base and last:
        growth = last / base - 1
        verdict = "met" if abs(growth) <= TARGET else "MISSED"
        print(
            f"RSS after {points[-1][0]:,} articles vs after {first:,}: {growth:+.1%} (target "
            f"within {TARGET:.0%}: {verdict})"
        )
    else:
        print("the run ended before the curve could be sampled; use more --articles")
    for p in work.iterdir():
        p.unlink()
    work.rmdir()


if __name__ == "__main__":
    main()
