"""Consolidation at scale: N articles (default 100,000, from benchmarks/load.py's generator) loaded
into SQLite, then every canonical fact computed from them, and `matches --player` timed.

1. load without consolidation (``Loader(consolidate=False)``): the per-article rows only;
2. consolidate them all at once (``tennis-extract consolidate``: source rows for every fact, then
   every pair of sides, ranking week, quote and player computed): the figure the issue asks for;
3. optionally (``--incremental``) the same records loaded into a fresh database with the loader's
   own incremental consolidation, to see what it adds to a load;
4. `matches --player NAME` for common and rare players: the query in this process (median of 5)
   and the whole command in a fresh process (interpreter start included).

    taskset -c 0 .venv/bin/python benchmarks/consolidate.py [--records 100000] [--source OUT.jsonl] [--incremental]

SQLite is one process on one core; ``taskset -c 0`` keeps the whole run on one core.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.load import base_records, varied  # noqa: E402
from extractor.db import connect, load_file  # noqa: E402
from extractor.db.match_list import list_matches  # noqa: E402
from extractor.db.upkeep import consolidate  # noqa: E402


def timed(fn):
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def counts(url: str) -> str:
    engine = connect(url)
    with engine.connect() as conn:
        out = {
            t: conn.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar()
            for t in ("matches", "canonical_matches", "canonical_rankings", "canonical_quotes", "canonical_players")
        }
        conflicts = conn.execute(text("SELECT COUNT(*) FROM canonical_matches WHERE state = 'conflict'")).scalar()
        most = conn.execute(text("SELECT MAX(sources) FROM canonical_matches")).scalar()
    engine.dispose()
    return ", ".join(f"{v:,} {k}" for k, v in out.items()) + f"; {conflicts:,} in conflict; at most {most} sources"


def players_to_ask(url: str) -> list[tuple[str, int]]:
    """The most and least reported players (name, canonical matches)."""
    engine = connect(url)
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT p.name, COUNT(*) n FROM canonical_matches c JOIN players p ON p.id = c.winner_id "
                "GROUP BY p.name ORDER BY n DESC"
            )
        ).all()
    engine.dispose()
    return [tuple(r) for r in rows[:3]] + [tuple(r) for r in rows[len(rows) // 2 : len(rows) // 2 + 1]]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--source", type=Path, help="JSON Lines records to vary (default: extract the seed and fixtures)")
    ap.add_argument("--incremental", action="store_true", help="also load with the loader's own consolidation")
    ap.add_argument("--keep", type=Path, help="keep the consolidated database here")
    args = ap.parse_args()

    bases = base_records(args.source)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "records.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for line in varied(bases, args.records):
                fh.write(line + "\n")
        size = path.stat().st_size / 1e6
        print(f"{args.records:,} records varied from {len(bases)} extracted articles ({size:.0f} MB)")
        db = args.keep or Path(tmp) / "bench.db"
        url = f"sqlite:///{db}"
        seconds, report = timed(lambda: load_file(path, url, consolidate=False))
        assert report.new == args.records, report.summary()
        print(f"load without consolidation      {seconds:8.1f} s")
        seconds, (n, window) = timed(lambda: consolidate(url))
        print(f"consolidate all (SQLite)        {seconds:8.1f} s  ({counts(url)})")
        seconds, _ = timed(lambda: consolidate(url))
        print(f"consolidate again (no change)   {seconds:8.1f} s")

        engine = connect(url)
        for name, n in players_to_ask(url):
            times = []
            for _ in range(5):
                with engine.connect() as conn:
                    took, got = timed(lambda: list_matches(conn, player=name))
                times.append(took)
            cli = [sys.executable, "-m", "extractor.cli", "matches", "--db", url, "--json", "--player", name]
            took_cli, _ = timed(lambda: subprocess.run(cli, capture_output=True, check=True))
            median = statistics.median(times) * 1000
            print(
                f"matches --player {name!r:<24} {len(got):>6,} matches: query {median:6.0f} ms "
                f"(max {max(times) * 1000:.0f}); whole command {took_cli * 1000:.0f} ms"
            )
        engine.dispose()

        if args.incremental:
            other = f"sqlite:///{Path(tmp) / 'incremental.db'}"
            seconds, report = timed(lambda: load_file(path, other))
            print(f"load with incremental consolidation {seconds:8.1f} s  ({counts(other)})")


if __name__ == "__main__":
    main()
