"""Batch extraction at scale: many inputs, all cores, nothing lost, resumable.

Every input unit (a .txt or .html file, one line of a .jsonl/.ndjson file, or stdin) ends as
exactly one record line in OUT or one error line ``{id, source, line, error}`` in the errors file.
Records are written in input order, whole lines only, flushed one by one, so an interrupted run
leaves valid JSON Lines and ``resume=True`` carries on from the ids already in OUT.

Parallelism: extraction processes (extractor.batch.pool), each loading the model once, take
chunks of units; or the chunks run on a Dask cluster (extractor.batch.cluster). Either way results are
written in submission order with a bounded number of chunks in flight. Each chunk runs inside
``nlp.memory_zone()`` so the vocabulary does not grow with the corpus and memory stays flat.
With ``db`` the records are loaded into the database as they are written (extractor.batch.sink).
"""

from __future__ import annotations

import json
import os
import time
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Sequence

from extractor.batch.inputs import (
    FORMATS,
    STDIN,
    Source,
    Unit,
    _chunks,
    _fresh,
    count_units,
    discover,
    error_record,
    iter_units,
    unique_ids,
)
from extractor.batch.output import (
    BatchError,
    Interrupted,
    LineWriter,
    Progress,
    Summary,
    default_errors_path,
    load_done_ids,
)
from extractor.batch.pool import DEFAULT_ARTICLE_TIMEOUT, Pool, PoolError
from extractor.batch.worker import DEFAULT_MAX_CHARS, ChunkProcessor

__all__ = [
    "CHUNK_SIZE",
    "DEFAULT_ARTICLE_TIMEOUT",
    "DEFAULT_MAX_CHARS",
    "FORMATS",
    "STDIN",
    "BatchError",
    "BatchOptions",
    "ChunkProcessor",
    "Interrupted",
    "LineWriter",
    "Progress",
    "Source",
    "Summary",
    "Unit",
    "count_units",
    "default_errors_path",
    "default_jobs",
    "discover",
    "error_record",
    "iter_units",
    "load_done_ids",
    "run_batch",
]

CHUNK_SIZE = 32  # units per task sent to a local extraction process; one memory zone per chunk
DASK_CHUNK_SIZE = 128  # units per Dask task: about 10 s of work with the default model


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


# --- the run -------------------------------------------------------------------------------


@dataclass
class BatchOptions:
    output: Path
    errors: Path | None = None
    jobs: int | None = None
    resume: bool = False
    max_chars: int = DEFAULT_MAX_CHARS
    model: str | None = None
    keep_text: bool = True
    chunk_size: int | None = None  # default CHUNK_SIZE
    progress: IO[str] | None = None  # a terminal stream to draw progress on, or None
    stdin: IO[bytes] | None = None
    article_timeout: float | None = DEFAULT_ARTICLE_TIMEOUT  # None: no limit
    scheduler: str | None = None  # a Dask scheduler address, or "local" for a LocalCluster
    db: str | None = None  # load the records into this database as they are written
    data_dir: str | None = None  # rule data to use instead of the shipped files (extraction and --db)
    min_confidence: float | None = None  # leave facts under it out of the records (a count in warnings)


class _Done:
    """A result available at once (a chunk of errors only)."""

    def __init__(self, value) -> None:
        self.value = value

    def done(self) -> bool:
        return True

    def result(self):
        return self.value


def _engine(options: BatchOptions, jobs: int):
    if options.scheduler:
        from extractor.batch.cluster import DaskEngine

        return DaskEngine(
            options.scheduler,
            options.model,
            options.keep_text,
            options.max_chars,
            timeout=options.article_timeout,
            jobs=options.jobs,
            data_dir=options.data_dir,
            min_confidence=options.min_confidence,
        )
    try:
        return Pool(
            jobs,
            options.model,
            options.keep_text,
            options.max_chars,
            timeout=options.article_timeout,
            data_dir=options.data_dir,
            min_confidence=options.min_confidence,
        )
    except OSError as exc:
        raise BatchError(f"cannot start the extraction processes ({exc})") from None


def dask_chunk_size(units: int | None, threads: int) -> int:
    """Tasks of about 10 s of work (DASK_CHUNK_SIZE), but at least 4 per worker thread, so the
    last tasks do not leave workers idle (small inputs, big clusters)."""
    if units is None:
        return DASK_CHUNK_SIZE
    return max(8, min(DASK_CHUNK_SIZE, -(-units // (4 * max(1, threads)))))


def run_batch(inputs: Sequence[str], options: BatchOptions) -> Summary:
    """Extract every unit of ``inputs`` to ``options.output``; returns the counts. Raises
    Interrupted on KeyboardInterrupt (OUT cut back to a whole line) and BatchError."""
    started = time.monotonic()
    output = Path(options.output)
    errors_path = Path(options.errors) if options.errors else default_errors_path(output)
    if errors_path.resolve() == output.resolve():
        raise BatchError("the errors file must differ from OUT")
    summary = Summary(output=str(output), errors_path=str(errors_path))
    done_ids: set[str] = set()
    if options.resume:
        done_ids, summary.dropped_partial_bytes = load_done_ids(output)
    ignored: list[str] = []
    sources = discover(inputs, ignored=ignored, outputs=(output, errors_path))
    summary.ignored_files = len(ignored)
    jobs = max(1, options.jobs or default_jobs())
    # a Dask cluster is reached before any output is opened: an unreachable one leaves no file behind
    engine = _engine(options, jobs) if options.scheduler else None
    try:
        writer = Writer.open(options, summary, errors_path, count_units(sources) if options.progress else None)
    except BaseException:
        if engine is not None:
            engine.close(abort=True)
        raise
    aborted = True
    try:
        engine = _extract_all(sources, done_ids, options, summary, writer, engine, jobs)
        aborted = False
    except KeyboardInterrupt:
        summary.elapsed = time.monotonic() - started
        raise Interrupted(summary) from None
    finally:
        if engine is not None:
            engine.close(abort=aborted)
        writer.close(aborted)
    summary.elapsed = time.monotonic() - started
    return summary


def _extract_all(sources, done_ids: set[str], options: BatchOptions, summary: Summary, writer: Writer, engine, jobs):
    """Submit the units chunk by chunk and write their outcomes in input order; returns the engine
    (to be closed by the caller; a Dask one is given, connected), or None when every unit was an
    input error."""
    pending: deque = deque()
    size = options.chunk_size or CHUNK_SIZE
    if engine is not None:  # a Dask cluster: the chunk size depends on its size
        size = options.chunk_size or dask_chunk_size(count_units(sources), engine.threads)
    units = unique_ids(iter_units(sources, options.stdin), summary.collisions)
    for chunk in _chunks(_fresh(units, done_ids, summary), size):
        if all(u.kind == "error" for u in chunk):
            pending.append(_Done([("error", error_record(u, u.error)) for u in chunk]))
        else:
            if engine is None:
                engine = _engine(options, jobs)
            pending.append(engine.submit(chunk))
        _drain(pending, engine, writer.write)
    while pending:
        writer.write(_result(pending.popleft()))
    writer.finish()
    return engine


@dataclass
class Writer:
    """Where outcomes go, in input order: records to OUT (and the database with --db), errors to
    the errors file; the summary and the progress line follow every write."""

    out: LineWriter
    err: LineWriter
    sink: Any
    summary: Summary
    progress: Progress

    @classmethod
    def open(cls, options: BatchOptions, summary: Summary, errors_path: Path, total: int | None) -> Writer:
        """Check that OUT and the errors file can be written (they are created at their first line,
        or at the end of a completed run), then connect the database of --db."""
        output = Path(options.output)
        try:
            out = LineWriter(output, append=options.resume)
            err = LineWriter(errors_path, append=False)
        except OSError as exc:
            raise BatchError(f"{exc.filename}: cannot write ({exc.strerror})") from None
        sink = None
        if options.db:
            from extractor.batch.sink import DatabaseSink

            sink = DatabaseSink(options.db, output, resume=options.resume, data_dir=options.data_dir)
        return cls(out, err, sink, summary, Progress(options.progress, total))

    def write(self, outcomes: list[tuple[str, str | dict]]) -> None:
        summary = self.summary
        for kind, payload in outcomes:
            if kind == "record":
                self.out.write(payload)  # type: ignore[arg-type]
                summary.records += 1
                if self.sink is not None:
                    self.sink.add(payload)  # type: ignore[arg-type]
            else:
                self.err.write(json.dumps(payload, ensure_ascii=False))
                summary.errors += 1
        summary.units = summary.records + summary.errors + summary.skipped
        self.progress.update(summary.units, summary.records + summary.errors)

    def finish(self) -> None:
        """Every outcome written: the database load completes."""
        if self.sink is not None:
            self.sink.close()
            self.summary.load = self.sink.report
            self.sink = None

    def close(self, aborted: bool) -> None:
        if self.sink is not None and aborted:
            self.sink.close(abort=True)
            self.summary.load = self.sink.report
        self.out.close(cut=aborted)
        self.err.close(cut=aborted)
        self.progress.close()
        self.summary.units = self.summary.records + self.summary.errors + self.summary.skipped


def _drain(pending: deque, engine, write) -> None:
    """Write the finished chunks at the head of ``pending`` (input order), then return once fewer
    than ``engine.window`` chunks are running, so the caller submits the next one. While the
    window is full, wait for any chunk to finish (not just the head: a worker that finishes early
    gets new work at once). Finished chunks waiting behind a slow head are bounded too (4 windows)."""
    while pending:
        if pending[0].done():
            write(_result(pending.popleft()))
            continue
        if len(pending) >= 4 * engine.window:
            write(_result(pending.popleft()))  # waits for the head
            continue
        running = [job for job in pending if not job.done()]
        if len(running) < engine.window:
            return
        engine.wait_any(running)


def _result(pending) -> list[tuple[str, str | dict]]:
    try:
        return pending.result()
    except PoolError as exc:
        raise BatchError(f"{exc}; OUT keeps every record written so far: run again with --resume to continue") from None
