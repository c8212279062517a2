"""``batch --db URL``: records go into the database as they are written to OUT.

A thread runs ``extractor.db.load_records`` over a bounded queue that the batch feeds with each
record line it writes, so loading overlaps extraction and memory stays flat. With ``--resume``
the records already in OUT are loaded first: the loader is idempotent (an article already loaded
is left as it is), so the database always ends with the same rows as a separate
``tennis-extract load OUT``, even after a run killed before its last transaction committed.

Also here: the files that ``tennis-extract load`` is given (files and folders of JSON Lines)."""

from __future__ import annotations

import os
import queue
import threading
from pathlib import Path
from typing import Iterator, Sequence

from extractor.batch.output import BatchError

QUEUE_SIZE = 2_000  # records waiting for the loader at most
_END = None


class DatabaseSink:
    def __init__(
        self, url: str, output: Path, *, resume: bool = False, batch_size: int = 500, data_dir: str | None = None
    ) -> None:
        from extractor.db import load_records

        self.output = output
        self.backlog = output.stat().st_size if resume and output.exists() else 0
        self.lines = _count_lines(output, self.backlog)  # lines of OUT before this run's
        self.queue: queue.Queue = queue.Queue(QUEUE_SIZE)
        self.started = threading.Event()
        self.report = None
        self.error: BaseException | None = None

        def run() -> None:
            try:
                self.report = load_records(self._records(), url, batch_size=batch_size, data_dir=data_dir)
            except BaseException as exc:  # DatabaseError, LoadAborted: raised in the batch
                self.error = exc
            finally:
                self.started.set()

        self.thread = threading.Thread(target=run, name="tennis-extract-db", daemon=True)
        self.thread.start()
        self.started.wait()
        self._check()

    def _records(self) -> Iterator[tuple[str, str]]:
        self.started.set()  # the loader has connected and set up the schema
        if self.backlog:
            with open(self.output, "rb") as fh:
                for n, raw in enumerate(_whole_lines(fh, self.backlog), 1):
                    if raw.strip():
                        yield f"{self.output}:{n}", raw.decode("utf-8")
        while (item := self.queue.get()) is not _END:
            yield item

    def _check(self) -> None:
        if self.error is not None:
            raise BatchError(
                f"--db: {self.error}; OUT keeps every record: run again with --resume to finish, or load "
                f"OUT with `tennis-extract load`"
            )

    def add(self, line: str) -> None:
        self.lines += 1
        while True:
            self._check()
            try:
                self.queue.put((f"{self.output}:{self.lines}", line), timeout=0.5)
                return
            except queue.Full:
                continue

    def close(self, *, abort: bool = False) -> None:
        """Wait for the loader to commit what it was given (also after Ctrl-C: those records are
        whole lines in OUT). Raises BatchError if the database failed, unless ``abort``."""
        if self.thread.is_alive():
            while True:
                try:
                    self.queue.put(_END, timeout=0.5)
                    break
                except queue.Full:
                    if not self.thread.is_alive():
                        break
            self.thread.join()
        if not abort:
            self._check()


def _whole_lines(fh, size: int) -> Iterator[bytes]:
    read = 0
    for raw in fh:
        read += len(raw)
        if read > size:
            return
        yield raw


def _count_lines(path: Path, size: int) -> int:
    if not size:
        return 0
    with open(path, "rb") as fh:
        return sum(1 for _ in _whole_lines(fh, size))


def record_files(paths: Sequence[Path]) -> list[Path]:
    """The files to load: each file named, and the JSON Lines files in each folder (recursive,
    sorted; error files ``*.errors.jsonl`` and hidden entries skipped)."""
    files: list[Path] = []
    for path in paths:
        if not path.is_dir():
            files.append(path)
            continue
        for dirpath, dirnames, filenames in os.walk(path):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                if (
                    name.endswith((".jsonl", ".ndjson"))
                    and not name.endswith(".errors.jsonl")
                    and not name.startswith(".")
                ):
                    files.append(Path(dirpath) / name)
    return files
