"""The batch's pool of extraction processes, with the --article-timeout guard.

Each process (extractor.batch.worker.process_main) loads the model once and reports every unit
of a chunk as soon as it is done. The pool sends chunks to idle processes (the last chunk waiting
is shared out among them, so the end of a batch keeps every process busy), collects the outcomes
and watches the clock: an article still running after the timeout costs its process (killed
with SIGKILL, a new one started) and becomes an error record; the rest of its chunk goes to the
new process. A process that dies on an article (a crash, the kernel's OOM killer) is replaced
the same way. The other processes are not disturbed.

Processes are forked on Linux (fast; the batch itself) or started as a fresh interpreter
(``start="exec"``: inside a Dask worker, where forking a threaded process is unsafe).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import socket
import subprocess
import sys
import time
from collections import deque
from multiprocessing.connection import Connection, wait

from extractor.batch.inputs import Unit, error_record
from extractor.batch.worker import Outcome, process_main

DEFAULT_ARTICLE_TIMEOUT = 60.0
MIN_PIECE = 4  # the smallest part of a chunk sent on its own when the last chunk is shared out


class PoolError(Exception):
    """An extraction process cannot start (the model does not load, it dies while loading)."""


class ChunkJob:
    """One chunk in the pool: ``done()`` and ``result()`` as a future has."""

    def __init__(self, pool: "Pool", units: list[Unit]) -> None:
        self.pool, self.units = pool, units
        self.outcomes: list[Outcome | None] = [None] * len(units)
        self.left = len(units)

    def set(self, index: int, outcome: Outcome) -> None:
        if self.outcomes[index] is None:
            self.outcomes[index] = outcome
            self.left -= 1

    def done(self) -> bool:
        if self.left:
            self.pool.pump(0)
        return not self.left

    def result(self) -> list[Outcome]:
        while self.left:
            self.pool.pump(None)
        return self.outcomes  # type: ignore[return-value]


class Proc:
    """One extraction process and the chunk part it is working on."""

    def __init__(self, config: tuple, start: str) -> None:
        ours, theirs = socket.socketpair()
        if start == "fork":
            ctx = multiprocessing.get_context("fork")
            self.process = ctx.Process(target=_forked, args=(theirs.fileno(), os.getpid(), ours.fileno()), daemon=True)
            self.process.start()
            self.pid = self.process.pid
        else:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "extractor.batch.worker", str(theirs.fileno()), str(os.getpid())],
                pass_fds=[theirs.fileno()],
            )
            self.pid = self.process.pid
        theirs.close()
        self.conn = Connection(ours.detach())
        self.conn.send(("config", *config))
        self.ready = False
        self.job: ChunkJob | None = None
        self.indexes: list[int] = []  # job indexes of the units sent, in the order sent
        self.since = 0.0  # when the last outcome came (or the chunk was sent)

    def send(self, job: ChunkJob, indexes: list[int]) -> None:
        self.job, self.indexes, self.since = job, indexes, time.monotonic()
        self.conn.send([job.units[i] for i in indexes])

    def current(self) -> int | None:
        """The job index of the article being extracted: the first sent unit with no outcome."""
        return next((i for i in self.indexes if self.job.outcomes[i] is None), None) if self.job else None

    def alive(self) -> bool:
        if isinstance(self.process, subprocess.Popen):
            return self.process.poll() is None
        return self.process.exitcode is None

    def kill(self) -> None:
        if self.alive():
            try:
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self.join(5)
        self.conn.close()

    def join(self, timeout: float) -> None:
        if isinstance(self.process, subprocess.Popen):
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                pass
        else:
            self.process.join(timeout)


def _forked(fd: int, parent: int, parent_end: int) -> None:
    os.close(parent_end)  # so that the pool's end of the pipe closes when the pool goes
    process_main(Connection(fd), parent)


class Pool:
    """``jobs`` extraction processes; ``submit(units)`` gives a ChunkJob."""

    def __init__(
        self,
        jobs: int,
        model: str | None,
        keep_text: bool,
        max_chars: int,
        *,
        timeout: float | None = DEFAULT_ARTICLE_TIMEOUT,
        start: str | None = None,
        data_dir: str | None = None,
        min_confidence: float | None = None,
    ) -> None:
        self.config = (model, keep_text, max_chars, data_dir, min_confidence)
        self.timeout = timeout
        self.start = start or ("fork" if sys.platform == "linux" else "exec")
        self.queue: deque[tuple[ChunkJob, list[int]]] = deque()
        self.procs: list[Proc] = []
        self.replaced = 0
        self.window = 2 * jobs  # chunks in flight: one running and one waiting per process
        for _ in range(jobs):
            self.procs.append(Proc(self.config, self.start))

    def submit(self, units: list[Unit]) -> ChunkJob:
        job = ChunkJob(self, units)
        self.queue.append((job, list(range(len(units)))))
        self._dispatch()
        return job

    def wait_any(self, jobs: list[ChunkJob]) -> None:
        """Wait until one of ``jobs`` moves on (at most until the next outcome of any process)."""
        self.pump(None)

    def pump(self, wait_for: float | None) -> None:
        """Move work on: take what the processes sent (waiting up to ``wait_for`` seconds, None:
        until something comes), enforce the timeout, hand queued chunks to idle processes."""
        self._dispatch()
        busy = [p for p in self.procs if p.job is not None or not p.ready]
        if not busy:
            return
        limit = wait_for
        if self.timeout is not None:
            running = [p.since + self.timeout - time.monotonic() for p in busy if p.job is not None]
            if running:
                limit = max(0.0, min(running)) if limit is None else min(limit, max(0.0, min(running)))
        for conn in wait([p.conn for p in busy], timeout=limit):
            proc = next(p for p in busy if p.conn is conn)
            while proc in self.procs and self._receive(proc) and proc.conn.poll():
                pass
        self._enforce_timeout()
        self._dispatch()

    def _receive(self, proc: Proc) -> bool:
        try:
            message = proc.conn.recv()
        except (EOFError, OSError):
            self._lost(proc)
            return False
        if message[0] == "one":
            proc.job.set(proc.indexes[message[1]], message[2])
            proc.since = time.monotonic()
        elif message[0] == "end":
            proc.job, proc.indexes = None, []
        elif message[0] == "ready":
            proc.ready = True
        elif message[0] == "fatal":
            raise PoolError(message[1])
        return True

    def _lost(self, proc: Proc) -> None:
        """The process died on its own: while loading the model, a fatal error; on an article,
        that article is an error record and a new process takes the rest of the chunk."""
        if not proc.ready or proc.job is None:
            code = proc.process.returncode if isinstance(proc.process, subprocess.Popen) else proc.process.exitcode
            raise PoolError(f"an extraction process died while starting (exit code {code})")
        self._replace(proc, "the extraction process died on this article (out of memory? a crash?)")

    def _enforce_timeout(self) -> None:
        if self.timeout is None:
            return
        now = time.monotonic()
        for proc in list(self.procs):
            if proc.job is not None and now - proc.since > self.timeout:
                self._replace(proc, f"timed out after {self.timeout:g} s")

    def _replace(self, proc: Proc, error: str) -> None:
        job, culprit = proc.job, proc.current()
        proc.kill()
        self.procs[self.procs.index(proc)] = Proc(self.config, self.start)
        self.replaced += 1
        if job is None or culprit is None:
            return
        job.set(culprit, ("error", error_record(job.units[culprit], error)))
        rest = [i for i in proc.indexes if job.outcomes[i] is None]
        if rest:
            self.queue.appendleft((job, rest))

    def _dispatch(self) -> None:
        for proc in self.procs:
            if not self.queue:
                return
            if proc.ready and proc.job is None:
                proc.send(*self._next_piece())

    def _next_piece(self) -> tuple[ChunkJob, list[int]]:
        """What an idle process gets: the queue's first chunk (part) whole while others wait behind
        it; the last one waiting is shared out (guided scheduling): the process takes 1/jobs of it,
        both parts at least MIN_PIECE units, and the rest waits for the next idle process. Without that, the
        end of a batch leaves processes idle while one works through a whole chunk."""
        job, indexes = self.queue.popleft()
        share = max(MIN_PIECE, -(-len(indexes) // len(self.procs)))
        if self.queue or len(indexes) - share < MIN_PIECE:
            return job, indexes
        self.queue.appendleft((job, indexes[share:]))
        return job, indexes[:share]

    def close(self, *, abort: bool = False) -> None:
        for proc in self.procs:
            if abort or not proc.ready:
                proc.kill()
                continue
            try:
                proc.conn.send(None)
            except OSError:
                pass
        for proc in self.procs:
            proc.join(5)
            if not abort:
                proc.kill()  # no-op when it has exited
        self.procs = []
