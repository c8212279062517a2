"""Batch output: whole-line writers, the ids already in OUT (resume), the progress line and the
summary."""

from __future__ import annotations

import errno
import json
import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Callable

from extractor.batch.inputs import FORMATS

MAX_LISTED = 20  # id collisions named in the summary (every record concerned has a warning)
RE_RECORD_ID = re.compile(rb'^\{"schema_version":"[^"]*","article":\{"id":("(?:[^"\\]|\\.)*")')


class BatchError(Exception):
    """The batch cannot start or go on (unusable OUT, a worker process died); says what to do."""


class Interrupted(Exception):
    """Ctrl-C or SIGTERM: OUT was left at a whole line; ``summary`` counts what was written."""

    def __init__(self, summary: "Summary") -> None:
        super().__init__("interrupted")
        self.summary = summary


@dataclass
class Summary:
    units: int = 0
    records: int = 0
    errors: int = 0
    skipped: int = 0
    ignored_files: int = 0
    dropped_partial_bytes: int = 0
    elapsed: float = 0.0
    output: str = ""
    errors_path: str = ""
    load: object = None  # the LoadReport of --db
    collisions: list[str] = field(default_factory=list)  # ids two input files share (both kept)

    @property
    def rate(self) -> float:
        return (self.records + self.errors) / self.elapsed if self.elapsed > 0 else 0.0

    def format(self) -> str:
        parts = [
            f"{self.units:,} unit(s) in",
            f"{self.records:,} record(s) to {self.output}",
            f"{self.errors:,} error(s)",
        ]
        if self.errors:
            parts[-1] += f" to {self.errors_path}"
        if self.skipped:
            parts.append(f"{self.skipped:,} skipped (already in {self.output})")
        text = "batch: " + ", ".join(parts) + f"; {self.elapsed:.1f} s, {self.rate:.1f} articles/s"
        if self.ignored_files:
            text += f"\nbatch: {self.ignored_files:,} file(s) in the input folders ignored (not {', '.join(FORMATS)})"
        for line in self.collisions[:MAX_LISTED]:
            text += f"\nbatch: warning: {line}"
        if len(self.collisions) > MAX_LISTED:
            more = len(self.collisions) - MAX_LISTED
            text += f"\nbatch: warning: {more:,} more id(s) shared by two inputs, each kept with ~N added"
        if self.load is not None:
            text += f"\nbatch: database: {self.load.summary()}"
        if self.dropped_partial_bytes:
            text += (
                f"\nbatch: dropped a partial last line ({self.dropped_partial_bytes} bytes) left "
                f"in {self.output} by an interrupted run"
            )
        return text


def default_errors_path(output: Path) -> Path:
    """OUT.jsonl -> OUT.errors.jsonl, beside it."""
    stem = output.name[: -len(output.suffix)] if output.suffix in (".jsonl", ".ndjson", ".json") else output.name
    return output.with_name(stem + ".errors.jsonl")


class LineWriter:
    """Appends whole lines with unbuffered writes; ``good`` is the size up to the last whole line,
    where the file is cut back if writing stops half-way (Ctrl-C, an error).

    The file is created (or emptied, without ``append``) at the first line, or when a completed run
    closes it: a run that fails before it has anything to write leaves no file behind."""

    def __init__(self, path: Path, *, append: bool) -> None:
        self.path = path
        self.append = append
        self.fh = None
        self.good = 0
        check_writable(path)

    def _open(self) -> None:
        if self.fh is None:
            self.fh = open(self.path, "ab" if self.append else "wb", buffering=0)
            self.good = self.fh.seek(0, os.SEEK_END)

    def write(self, line: str) -> None:
        self._open()
        data = memoryview((line + "\n").encode("utf-8"))
        while data:
            written = self.fh.write(data)
            data = data[written:]
        self.good += len(line.encode("utf-8")) + 1

    def close(self, *, cut: bool = False) -> None:
        """Close the file; ``cut`` (an interrupted or failed run) cuts it back to its last whole line
        and creates nothing, otherwise a file not written to yet is created now (the run's result)."""
        if self.fh is None:
            if cut:
                return
            self._open()
        if cut:
            self.fh.truncate(self.good)
        self.fh.close()


def check_writable(path: Path) -> None:
    """OSError when ``path`` could not be written, found before anything is created."""
    if path.is_dir():
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    target = path if path.exists() else path.parent
    if not target.is_dir() and target == path.parent:
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(path))
    if not os.access(target, os.W_OK):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))


def load_done_ids(path: Path) -> tuple[set[str], int]:
    """The article ids already in OUT, after cutting a trailing partial line (kill -9 mid-write).
    Returns (ids, bytes dropped)."""
    ids: set[str] = set()
    if not path.exists():
        return ids, 0
    whole = dropped = 0
    with open(path, "r+b") as fh:
        for n, line in enumerate(fh, 1):
            if not line.endswith(b"\n"):
                dropped = len(line)
                break
            whole += len(line)
            if not line.strip():
                continue
            match = RE_RECORD_ID.match(line)
            try:
                ids.add(json.loads(match.group(1)) if match else json.loads(line)["article"]["id"])
            except (ValueError, KeyError, TypeError):
                raise BatchError(
                    f"{path}:{n}: not an article record, cannot resume; remove that line or start again "
                    f"without --resume"
                ) from None
        if dropped:
            fh.truncate(whole)
    return ids, dropped


# --- progress ------------------------------------------------------------------------------


class Progress:
    """One self-rewriting line on a terminal: done/total, articles/s, ETA."""

    def __init__(
        self,
        stream: IO[str] | None,
        total: int | None,
        *,
        clock: Callable[[], float] = time.monotonic,
        every: float = 0.5,
    ) -> None:
        self.stream, self.total, self.clock, self.every = stream, total, clock, every
        self.start = clock()
        self.last = float("-inf")

    def update(self, done: int, processed: int, *, force: bool = False) -> None:
        if self.stream is None:
            return
        now = self.clock()
        if not force and now - self.last < self.every:
            return
        self.last = now
        self.stream.write("\r" + self.line(done, processed, now - self.start) + "\x1b[K")
        self.stream.flush()

    def line(self, done: int, processed: int, elapsed: float) -> str:
        rate = processed / elapsed if elapsed > 0 else 0.0
        text = (
            f"{done:,}"
            + (f"/{self.total:,} ({100 * done / self.total:.0f}%)" if self.total else "")
            + f" articles, {rate:.1f} articles/s"
        )
        if self.total and rate > 0:
            text += f", ETA {_duration((self.total - done) / rate)}"
        return text

    def close(self) -> None:
        if self.stream is not None:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def _duration(seconds: float) -> str:
    seconds = int(round(max(seconds, 0)))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}h{m:02d}m" if h else f"{m}m{s:02d}s" if m else f"{s}s"
