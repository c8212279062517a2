"""Load throughput: N records (default 10,000) into SQLite and PostgreSQL, in records/s.

The records are real extractor output, varied: the seed and the fixture articles are extracted
once, then copied with new article ids and texts (a suffix after every span), half the players
renamed from a pool of first names and surnames (so players recur across articles and the player
index grows to thousands of rows) and a third of the nationalities dropped. Each backend loads the
file twice into a fresh database: the first load inserts everything, the second finds every
article already loaded. Reading and validating the file alone is timed too.

    .venv/bin/python benchmarks/load.py [--records 10000] [--source OUT.jsonl] [--pg URL] [--batch-size 500]

PostgreSQL: --pg, else $TENNIS_EXTRACT_TEST_PG_URL, else the local cluster .ci/run sets up; the run
uses a schema of its own on that database and drops it after.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, text

from extractor.db import DatabaseError, connect, load_file, parse_url, read_record_lines
from extractor.db.registry import is_full_name
from models import ArticleRecord

ROOT = Path(__file__).resolve().parent.parent
PG_DEFAULT = "postgresql+psycopg://tennis:tennis@127.0.0.1:5432/tennis_test"


def base_records(source: Path | None) -> list[ArticleRecord]:
    if source is not None:
        return [r for _, r, _ in read_record_lines(source) if r is not None]
    from extractor import Extractor
    from extractor.io import read_txt

    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "fixtures" / "articles").glob("*.txt"))
    return list(Extractor().extract_many([read_txt(p) for p in paths]))


def varied(bases: list[ArticleRecord], n: int, seed: int = 0):
    """``n`` records varied from ``bases`` (new ids and texts, half the full names changed, some
    nationalities dropped), one JSON line at a time."""
    rng = random.Random(seed)
    full = sorted({p.name for b in bases for p in b.players if is_full_name(p.name) and len(p.name.split()) > 1})
    firsts = sorted({name.split()[0] for name in full})[:40]
    lasts = sorted({name.split(maxsplit=1)[1] for name in full})[:60]
    for i in range(n):
        base = bases[i % len(bases)]
        art = base.article
        body = None if art.text is None else f"{art.text}\n\n[copy {i}]"
        sha = hashlib.sha256((body if body is not None else f"{art.text_sha256}{i}").encode()).hexdigest()
        players = [
            p.model_copy(
                update={
                    "name": f"{rng.choice(firsts)} {rng.choice(lasts)}"
                    if is_full_name(p.name) and rng.random() < 0.5
                    else p.name,
                    "nationality": p.nationality if rng.random() > 0.3 else None,
                }
            )
            for p in base.players
        ]
        article = art.model_copy(update={"id": f"{art.id}~{i}", "text": body, "text_sha256": sha})
        yield base.model_copy(update={"article": article, "players": players}).model_dump_json()


def vary(bases: list[ArticleRecord], n: int, seed: int = 0) -> list[str]:
    return list(varied(bases, n, seed))


def pg_schema(url: str | None) -> tuple[str, callable] | None:
    """A URL to a fresh schema on the server and the function that drops it; None without a server."""
    server = parse_url(url or os.environ.get("TENNIS_EXTRACT_TEST_PG_URL", PG_DEFAULT))
    try:
        connect(server).dispose()
    except DatabaseError as exc:
        print(f"PostgreSQL: skipped ({exc})", file=sys.stderr)
        return None
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(server)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))

    def drop() -> None:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()

    return server.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False), drop


def timed(fn) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def rows(url: str) -> str:
    engine = connect(url)
    with engine.connect() as conn:
        counts = {
            t: conn.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar()
            for t in ("players", "matches", "quotes", "mentions")
        }
    engine.dispose()
    return ", ".join(f"{v} {k}" for k, v in counts.items())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--records", type=int, default=10_000)
    ap.add_argument(
        "--source", type=Path, help="JSON Lines records to vary (default: extract the seed and fixtures now)"
    )
    ap.add_argument("--pg", help="PostgreSQL URL (default: $TENNIS_EXTRACT_TEST_PG_URL or the local test cluster)")
    ap.add_argument("--batch-size", type=int, default=500)
    args = ap.parse_args()

    bases = base_records(args.source)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "records.jsonl"
        path.write_text("\n".join(vary(bases, args.records)) + "\n", encoding="utf-8")
        size = path.stat().st_size / 1e6
        print(
            f"{args.records} records varied from {len(bases)} extracted articles ({size:.1f} MB JSON "
            f"Lines), batch size {args.batch_size}"
        )
        seconds, _ = timed(lambda: sum(1 for _ in read_record_lines(path)))
        print(f"{'read + validate only':<22} {args.records / seconds:>8,.0f} records/s")

        targets = [("SQLite", f"sqlite:///{Path(tmp) / 'bench.db'}", None)]
        pg = pg_schema(args.pg)
        if pg is not None:
            targets.append(("PostgreSQL", *pg))
        for name, url, cleanup in targets:
            try:
                first, report = timed(lambda url=url: load_file(path, url, batch_size=args.batch_size))
                assert report.new == args.records and not report.errors, report.summary()
                again, report = timed(lambda url=url: load_file(path, url, batch_size=args.batch_size))
                assert report.unchanged == args.records, report.summary()
                print(
                    f"{name + ' first load':<22} {args.records / first:>8,.0f} records/s  ({first:.1f} s; {rows(url)})"
                )
                print(
                    f"{name + ' reload':<22} {args.records / again:>8,.0f} records/s  ({again:.1f} s; all "
                    f"already loaded)"
                )
            finally:
                if cleanup is not None:
                    cleanup()


if __name__ == "__main__":
    main()
