"""Batch extraction where the model is: the chunk processor, and the main loop of the extraction
process that the batch's pool (extractor.batch.pool) starts and talks to over a pipe.

An extraction process loads the model once, then takes chunks of units and answers with one
message per unit as soon as its outcome is known, so the pool always knows which article is being
extracted and how long it has taken (the --article-timeout guard)."""

from __future__ import annotations

import logging
import os
import signal
import sys
import threading
import time
from multiprocessing.connection import Connection
from typing import Iterator

from extractor.api import Extractor
from extractor.article import ArticleInput
from extractor.batch.inputs import Unit, _message, error_record, read_unit
from extractor.io import InputError, record_json

DEFAULT_MAX_CHARS = 200_000
# Test hook, for the tests of --article-timeout on Dask workers (separate processes that a test
# cannot patch): an article whose text contains this string stalls as a runaway stage would.
# Never set outside the tests.
STALL_ENV = "TENNIS_EXTRACT_TEST_STALL"
Outcome = tuple[str, "str | dict"]  # ("record", json_line) or ("error", error_record)


class ChunkProcessor:
    """Reads and checks the units of a chunk, extracts them in one nlp.pipe inside a memory zone,
    and gives one outcome per unit: ("record", json_line) or ("error", error_record)."""

    def __init__(self, extractor: Extractor, max_chars: int = DEFAULT_MAX_CHARS) -> None:
        self.extractor = extractor
        self.max_chars = max_chars
        # a page trafilatura finds odd is an error record or a record, not a line on stderr
        logging.getLogger("trafilatura").setLevel(logging.ERROR)

    def prepare(self, unit: Unit) -> ArticleInput:
        item = read_unit(unit)
        if len(item.text) > self.max_chars:
            raise InputError(
                f"article is {len(item.text):,} characters, over --max-chars {self.max_chars:,}; raise "
                f"--max-chars to extract it"
            )
        return item

    def __call__(self, units: list[Unit]) -> list[Outcome]:
        outcomes: list[Outcome | None] = [None] * len(units)
        for i, outcome in self.stream(units):
            outcomes[i] = outcome
        return outcomes  # type: ignore[return-value]

    def stream(self, units: list[Unit]) -> Iterator[tuple[int, Outcome]]:
        """(index, outcome) per unit: the units that cannot be read first, then the records in
        order, each as soon as it is extracted."""
        todo: list[tuple[int, ArticleInput]] = []
        for i, unit in enumerate(units):
            if unit.kind == "error":
                yield i, ("error", error_record(unit, unit.error))
                continue
            try:
                todo.append((i, self.prepare(unit)))
            except InputError as exc:
                yield i, ("error", error_record(unit, _message(exc, unit.path or unit.source)))
            except Exception as exc:  # a reader bug must cost one unit, not the batch
                yield i, ("error", error_record(unit, f"cannot read: {type(exc).__name__}: {exc}"))
        if not todo:
            return
        done = 0
        with self.extractor.nlp.memory_zone():
            try:
                stall = os.environ.get(STALL_ENV)
                for (i, item), record in zip(todo, self.extractor.extract_many([item for _, item in todo])):
                    if stall and stall in item.text:
                        time.sleep(3600)
                    line = record_json(record)
                    done += 1
                    yield i, ("record", line)
            except Exception:
                # isolate the article that failed: the rest of the chunk one by one
                for i, item in todo[done:]:
                    try:
                        outcome = ("record", record_json(next(self.extractor.extract_many([item]))))
                    except Exception as exc:
                        outcome = ("error", error_record(units[i], f"extraction failed: {type(exc).__name__}: {exc}"))
                    yield i, outcome


# --- the extraction process --------------------------------------------------------------------
# Messages, pool -> process: ("config", model, keep_text, max_chars, data_dir, min_confidence) once,
# then a list of units per chunk, None to stop. Process -> pool: ("ready",) or ("fatal", message)
# after loading the model, ("one", index, outcome) per unit, ("end",) per chunk.


def process_main(conn: Connection, parent: int) -> None:
    """The main loop of an extraction process; ends when the pool closes the pipe or says None."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the batch handles Ctrl-C and stops us
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    threading.Thread(target=_exit_when_orphaned, args=(parent,), daemon=True).start()
    try:
        _, model, keep_text, max_chars, data_dir, min_confidence = conn.recv()
        extractor = Extractor(model=model, keep_text=keep_text, data_dir=data_dir, min_confidence=min_confidence)
        processor = ChunkProcessor(extractor, max_chars)
        # one short article before "ready", so that what loads on first use (rule data, lazily
        # imported modules) is not counted against the --article-timeout of a real article
        extractor.extract("Warm-up: A. Player beat B. Player 6-1 6-1.", id="warm-up")
    except (EOFError, OSError):
        return
    except Exception as exc:
        conn.send(("fatal", f"cannot load the model {model!r}: {type(exc).__name__}: {exc}"))
        return
    conn.send(("ready",))
    while True:
        try:
            units = conn.recv()
        except (EOFError, OSError):  # the pool went away
            return
        if units is None:
            return
        for i, outcome in processor.stream(units):
            conn.send(("one", i, outcome))
        conn.send(("end",))


def _exit_when_orphaned(parent: int) -> None:
    """An extraction process whose parent was killed (kill -9) exits instead of lingering."""
    while True:
        time.sleep(0.5)
        if os.getppid() != parent:
            os._exit(1)


if __name__ == "__main__":  # started by the pool as `python -m extractor.batch.worker FD PARENT`
    process_main(Connection(int(sys.argv[1])), int(sys.argv[2]))
