"""Batch extraction: the chunk processor (runs where the model is) and the local engines (in
process for one job, a pool of worker processes for more)."""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor

from extractor.api import ArticleInput, Extractor
from extractor.batch_inputs import Unit, _message, error_record
from extractor.io import InputError, read_html, read_txt, record_json

DEFAULT_MAX_CHARS = 200_000


class ChunkProcessor:
    """Reads and checks the units of a chunk, extracts them in one nlp.pipe inside a memory zone,
    and returns one outcome per unit: ("record", json_line) or ("error", error_record)."""

    def __init__(self, extractor: Extractor, max_chars: int = DEFAULT_MAX_CHARS) -> None:
        self.extractor = extractor
        self.max_chars = max_chars
        # a page trafilatura finds odd is an error record or a record, not a line on stderr
        logging.getLogger("trafilatura").setLevel(logging.ERROR)

    def prepare(self, unit: Unit) -> ArticleInput:
        if unit.kind == "txt":
            item = read_txt(unit.source, lenient=True)
        elif unit.kind == "html":
            item = read_html(unit.source)
        else:
            item = unit.item
        if len(item.text) > self.max_chars:
            raise InputError(f"article is {len(item.text):,} characters, over --max-chars {self.max_chars:,}; raise --max-chars to extract it")
        item.id = unit.id
        return item

    def __call__(self, units: list[Unit]) -> list[tuple[str, str | dict]]:
        outcomes: list[tuple[str, str | dict] | None] = [None] * len(units)
        todo: list[tuple[int, ArticleInput]] = []
        for i, unit in enumerate(units):
            if unit.kind == "error":
                outcomes[i] = ("error", error_record(unit, unit.error))
                continue
            try:
                todo.append((i, self.prepare(unit)))
            except InputError as exc:
                outcomes[i] = ("error", error_record(unit, _message(exc, unit.source)))
            except Exception as exc:  # a reader bug must cost one unit, not the batch
                outcomes[i] = ("error", error_record(unit, f"cannot read: {type(exc).__name__}: {exc}"))
        if todo:
            with self.extractor.nlp.memory_zone():
                try:
                    for (i, _), record in zip(todo, self.extractor.extract_many([item for _, item in todo])):
                        outcomes[i] = ("record", record_json(record))
                except Exception:
                    # isolate the article that failed: the rest of the chunk one by one
                    for i, item in todo:
                        if outcomes[i] is None:
                            try:
                                outcomes[i] = ("record", record_json(next(self.extractor.extract_many([item]))))
                            except Exception as exc:
                                outcomes[i] = ("error", error_record(units[i], f"extraction failed: {type(exc).__name__}: {exc}"))
        return outcomes  # type: ignore[return-value]



_PROCESSOR: ChunkProcessor | None = None


def _init_worker(model: str | None, keep_text: bool, max_chars: int) -> None:
    """Pool initializer: the model is loaded once per worker process."""
    global _PROCESSOR
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the main process handles Ctrl-C and stops us
    parent = os.getppid()
    threading.Thread(target=_exit_when_orphaned, args=(parent,), daemon=True).start()
    _PROCESSOR = ChunkProcessor(Extractor(model=model, keep_text=keep_text), max_chars)


def _exit_when_orphaned(parent: int) -> None:
    """A worker whose main process was killed (kill -9) exits instead of lingering."""
    while True:
        time.sleep(0.5)
        if os.getppid() != parent:
            os._exit(1)


def _run_chunk(units: list[Unit]) -> list[tuple[str, str | dict]]:
    assert _PROCESSOR is not None
    return _PROCESSOR(units)


class _Done:
    """A result available at once (in-process extraction, or a chunk of errors only)."""

    def __init__(self, value) -> None:
        self.value = value

    def done(self) -> bool:
        return True

    def result(self):
        return self.value


class _InProcess:
    def __init__(self, model: str | None, keep_text: bool, max_chars: int) -> None:
        self.processor = ChunkProcessor(Extractor(model=model, keep_text=keep_text), max_chars)

    def submit(self, units: list[Unit]) -> _Done:
        return _Done(self.processor(units))

    def close(self, *, abort: bool = False) -> None:
        pass


class _Pool:
    def __init__(self, jobs: int, model: str | None, keep_text: bool, max_chars: int) -> None:
        method = "fork" if sys.platform == "linux" else "spawn"  # fork: workers start without re-importing
        self.executor = ProcessPoolExecutor(
            max_workers=jobs,
            mp_context=multiprocessing.get_context(method),
            initializer=_init_worker,
            initargs=(model, keep_text, max_chars),
        )

    def submit(self, units: list[Unit]) -> Future:
        return self.executor.submit(_run_chunk, units)

    def close(self, *, abort: bool = False) -> None:
        if abort:
            processes = list((getattr(self.executor, "_processes", None) or {}).values())
            self.executor.shutdown(wait=False, cancel_futures=True)
            for p in processes:
                p.terminate()
            for p in processes:
                p.join(5)
        else:
            self.executor.shutdown(wait=True)

