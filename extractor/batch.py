"""Batch extraction at scale: many inputs, all cores, nothing lost, resumable.

Every input unit (a .txt or .html file, one line of a .jsonl/.ndjson file, or stdin) ends as
exactly one record line in OUT or one error line ``{id, source, line, error}`` in the errors file.
Records are written in input order, whole lines only, flushed one by one, so an interrupted run
leaves valid JSON Lines and ``resume=True`` carries on from the ids already in OUT.

Parallelism: worker processes, each loading the model once (pool initializer), take chunks of
units; results come back in submission order. Each chunk runs inside ``nlp.memory_zone()`` so the
vocabulary does not grow with the corpus and memory stays flat over long runs.
"""

from __future__ import annotations

import glob
import json
import logging
import multiprocessing
import os
import re
import signal
import sys
import threading
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Callable, Iterable, Iterator, Sequence

from extractor.api import ArticleInput, Extractor
from extractor.io import InputError, decode_lenient, parse_jsonl_line, read_html, read_txt, record_json
from extractor.records import text_sha256

# File suffix -> reader kind. Directories are searched recursively for these suffixes only.
FORMATS = {".txt": "txt", ".jsonl": "jsonl", ".ndjson": "jsonl", ".html": "html", ".htm": "html"}
DEFAULT_MAX_CHARS = 200_000
CHUNK_SIZE = 32  # units per task sent to a worker; one memory zone per chunk
STDIN = "<stdin>"
RE_GLOB = re.compile(r"[*?\[]")
RE_RECORD_ID = re.compile(rb'^\{"schema_version":"[^"]*","article":\{"id":("(?:[^"\\]|\\.)*")')


class BatchError(Exception):
    """The batch cannot start or go on (unusable OUT, a worker process died); says what to do."""


class Interrupted(Exception):
    """Ctrl-C or SIGTERM: OUT was left at a whole line; ``summary`` counts what was written."""

    def __init__(self, summary: "Summary") -> None:
        super().__init__("interrupted")
        self.summary = summary


@dataclass
class Source:
    """One thing named on the command line after expansion: a file of a known kind, stdin, or an
    error (missing path, pattern matching nothing, unsupported format)."""

    kind: str  # txt | html | jsonl | stdin | error
    path: str
    error: str | None = None


@dataclass
class Unit:
    """One input unit: one article to extract (read by the worker for txt/html), or an error."""

    source: str
    line: int | None
    id: str | None
    kind: str  # txt | html | article | error
    item: ArticleInput | None = None
    error: str | None = None


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

    @property
    def rate(self) -> float:
        return (self.records + self.errors) / self.elapsed if self.elapsed > 0 else 0.0

    def format(self) -> str:
        parts = [f"{self.units:,} unit(s) in", f"{self.records:,} record(s) to {self.output}", f"{self.errors:,} error(s)"]
        if self.errors:
            parts[-1] += f" to {self.errors_path}"
        if self.skipped:
            parts.append(f"{self.skipped:,} skipped (already in {self.output})")
        text = "batch: " + ", ".join(parts) + f"; {self.elapsed:.1f} s, {self.rate:.1f} articles/s"
        if self.ignored_files:
            text += f"\nbatch: {self.ignored_files:,} file(s) in the input folders ignored (not {', '.join(FORMATS)})"
        if self.dropped_partial_bytes:
            text += f"\nbatch: dropped a partial last line ({self.dropped_partial_bytes} bytes) left in {self.output} by an interrupted run"
        return text


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def default_errors_path(output: Path) -> Path:
    """OUT.jsonl -> OUT.errors.jsonl, beside it."""
    stem = output.name[: -len(output.suffix)] if output.suffix in (".jsonl", ".ndjson", ".json") else output.name
    return output.with_name(stem + ".errors.jsonl")


# --- inputs ---------------------------------------------------------------------------------


def discover(inputs: Sequence[str], *, ignored: list[str] | None = None, outputs: Iterable[Path] = ()) -> list[Source]:
    """Expand the command-line inputs, in order: files, directories (recursive, sorted, hidden
    entries skipped, known suffixes only), glob patterns (sorted), and ``-`` for stdin. The
    batch's own ``outputs`` are never read: skipped inside folders, an error when named."""
    sources: list[Source] = []
    ignored = ignored if ignored is not None else []
    own = {p.resolve() for p in outputs}
    for arg in inputs:
        if arg == "-":
            sources.append(Source("stdin", STDIN))
            continue
        path = Path(arg)
        if path.is_dir():
            sources.extend(_walk(path, ignored, own))
        elif path.exists():
            sources.append(_file_source(path, own))
        elif RE_GLOB.search(arg):
            matches = sorted(glob.glob(arg, recursive=True))
            if not matches:
                sources.append(Source("error", arg, "no file matches this pattern"))
            for match in matches:
                m = Path(match)
                sources.extend(_walk(m, ignored, own) if m.is_dir() else [_file_source(m, own)])
        else:
            sources.append(Source("error", arg, "no such file or directory"))
    return sources


def _file_source(path: Path, own: set[Path]) -> Source:
    if path.resolve() in own:
        return Source("error", str(path), "is this batch's own output file, not an input")
    kind = FORMATS.get(path.suffix.lower())
    if kind is None:
        return Source("error", str(path), f"unsupported format {path.suffix or '(no suffix)'}: give .txt, .jsonl, .ndjson, .html or .htm files")
    return Source(kind, str(path))


def _walk(root: Path, ignored: list[str], own: set[Path]) -> Iterator[Source]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            path = Path(dirpath) / name
            if path.suffix.lower() in FORMATS and path.resolve() not in own:
                yield _file_source(path, own)
            else:
                ignored.append(str(path))


def iter_units(sources: Iterable[Source], stdin: IO[bytes] | None = None) -> Iterator[Unit]:
    """The units of each source, in order. JSON Lines are parsed here (the id is needed before
    extraction, for --resume); .txt and .html files are read by the worker."""
    for src in sources:
        if src.kind == "error":
            yield Unit(src.path, None, None, "error", error=src.error)
        elif src.kind in ("txt", "html"):
            yield Unit(src.path, None, Path(src.path).stem, src.kind)
        elif src.kind == "jsonl":
            try:
                fh = open(src.path, "rb")
            except OSError as exc:
                yield Unit(src.path, None, None, "error", error=f"cannot read ({exc.strerror})")
                continue
            with fh:
                yield from _jsonl_units(fh, src.path)
        elif src.kind == "stdin":
            yield from _stdin_units(stdin if stdin is not None else sys.stdin.buffer)


def _jsonl_units(lines: Iterable[bytes], name: str, first_line: int = 1) -> Iterator[Unit]:
    for n, raw in enumerate(lines, first_line):
        if not raw.strip():
            continue
        try:
            item = parse_jsonl_line(raw, name, n)
        except InputError as exc:
            yield Unit(name, n, _id_of_bad_line(raw), "error", error=_message(exc, f"{name}:{n}"))
            continue
        if item.id is None:
            item.id = text_sha256(item.text)[:16]  # as the API does for an article without an id
        yield Unit(name, n, item.id, "article", item=item)


def _stdin_units(stream: IO[bytes]) -> Iterator[Unit]:
    """Stdin is JSON Lines when its first non-blank line starts with '{'; otherwise the whole of
    it is one plain-text article (id 'stdin')."""
    blank = 0
    for raw in stream:
        if not raw.strip():
            blank += 1
            continue
        if raw.lstrip().startswith((b"{", b"\xef\xbb\xbf{")):
            yield from _jsonl_units(_chain([raw], stream), STDIN, first_line=blank + 1)
        else:
            try:
                text, warnings = decode_lenient(b"\n" * blank + raw + stream.read(), STDIN)
            except InputError as exc:
                yield Unit(STDIN, None, "stdin", "error", error=_message(exc, STDIN))
                return
            item = ArticleInput(text=text.removeprefix("\ufeff"), source=STDIN, warnings=warnings)
            yield Unit(STDIN, None, "stdin", "article", item=item)
        return
    yield Unit(STDIN, None, None, "error", error="empty input, no article text")


def _chain(first: list[bytes], rest: Iterable[bytes]) -> Iterator[bytes]:
    yield from first
    yield from rest


def _id_of_bad_line(raw: bytes) -> str | None:
    try:
        value = json.loads(raw).get("id")
    except (ValueError, AttributeError, UnicodeDecodeError):
        return None
    return str(value) if isinstance(value, (str, int)) and not isinstance(value, bool) else None


def _message(exc: Exception, where: str) -> str:
    """The reader's message without the leading 'NAME: ' (the error record has source and line)."""
    text = str(exc)
    return text[len(where) + 2 :] if text.startswith(where + ": ") else text


def count_units(sources: Sequence[Source]) -> int | None:
    """How many units the sources hold (non-blank JSON Lines counted), for the ETA; None with stdin."""
    total = 0
    for src in sources:
        if src.kind == "stdin":
            return None
        if src.kind != "jsonl":
            total += 1
            continue
        try:
            with open(src.path, "rb") as fh:
                total += sum(1 for line in fh if line.strip())
        except OSError:
            total += 1
    return total


# --- extraction (runs in the worker processes, or in-process with one job) ---------------------


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


def error_record(unit: Unit, error: str | None) -> dict:
    return {"id": unit.id, "source": unit.source, "line": unit.line, "error": error or "unknown error"}


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


# --- output --------------------------------------------------------------------------------


class LineWriter:
    """Appends whole lines with unbuffered writes; ``good`` is the size up to the last whole line,
    where the file is cut back if writing stops half-way (Ctrl-C, an error)."""

    def __init__(self, path: Path, *, append: bool) -> None:
        self.path = path
        self.fh = open(path, "ab" if append else "wb", buffering=0)
        self.good = self.fh.seek(0, os.SEEK_END)

    def write(self, line: str) -> None:
        data = memoryview((line + "\n").encode("utf-8"))
        while data:
            written = self.fh.write(data)
            data = data[written:]
        self.good += len(line.encode("utf-8")) + 1

    def close(self, *, cut: bool = False) -> None:
        if cut:
            self.fh.truncate(self.good)
        self.fh.close()


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
                raise BatchError(f"{path}:{n}: not an article record, cannot resume; remove that line or start again without --resume") from None
        if dropped:
            fh.truncate(whole)
    return ids, dropped


# --- progress ------------------------------------------------------------------------------


class Progress:
    """One self-rewriting line on a terminal: done/total, articles/s, ETA."""

    def __init__(self, stream: IO[str] | None, total: int | None, *, clock: Callable[[], float] = time.monotonic, every: float = 0.5) -> None:
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
        text = f"{done:,}" + (f"/{self.total:,} ({100 * done / self.total:.0f}%)" if self.total else "") + f" articles, {rate:.1f} articles/s"
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
    progress = Progress(options.progress, count_units(sources) if options.progress else None)

    try:
        out = LineWriter(output, append=options.resume)
        err = LineWriter(errors_path, append=False)
    except OSError as exc:
        raise BatchError(f"{exc.filename}: cannot write ({exc.strerror})") from None
    engine: _InProcess | _Pool | None = None
    pending: deque = deque()
    aborted = True

    def write(outcomes: list[tuple[str, str | dict]]) -> None:
        for kind, payload in outcomes:
            if kind == "record":
                out.write(payload)  # type: ignore[arg-type]
                summary.records += 1
            else:
                err.write(json.dumps(payload, ensure_ascii=False))
                summary.errors += 1
        summary.units = summary.records + summary.errors + summary.skipped
        progress.update(summary.units, summary.records + summary.errors)

    try:
        for chunk in _chunks(_fresh(iter_units(sources, options.stdin), done_ids, summary), options.chunk_size or CHUNK_SIZE):
            if all(u.kind == "error" for u in chunk):
                pending.append(_Done([("error", error_record(u, u.error)) for u in chunk]))
            else:
                if engine is None:
                    engine = _InProcess(options.model, options.keep_text, options.max_chars) if jobs == 1 else _Pool(jobs, options.model, options.keep_text, options.max_chars)
                pending.append(engine.submit(chunk))
            while pending and (len(pending) > 2 * jobs or pending[0].done()):
                write(_result(pending.popleft()))
        while pending:
            write(_result(pending.popleft()))
        aborted = False
    except KeyboardInterrupt:
        summary.elapsed = time.monotonic() - started
        raise Interrupted(summary) from None
    finally:
        if engine is not None:
            engine.close(abort=aborted)
        out.close(cut=aborted)
        err.close(cut=aborted)
        progress.close()
        summary.units = summary.records + summary.errors + summary.skipped
    summary.elapsed = time.monotonic() - started
    return summary


def _result(pending) -> list[tuple[str, str | dict]]:
    from concurrent.futures.process import BrokenProcessPool

    try:
        return pending.result()
    except BrokenProcessPool as exc:
        raise BatchError(f"a worker process died ({exc}); OUT keeps every record written so far: run again with --resume to continue") from None


def _fresh(units: Iterator[Unit], done: set[str], summary: Summary) -> Iterator[Unit]:
    """Skip units whose id is already in OUT (resume); a second unit with an id already seen in
    this run is an error (ids are the resume key, so they must be unique)."""
    seen: dict[str, tuple[str, int | None]] = {}
    for unit in units:
        if unit.id is not None and unit.kind != "error":
            first = seen.get(unit.id)
            if first is not None:
                where = first[0] + (f":{first[1]}" if first[1] else "")
                yield Unit(unit.source, unit.line, unit.id, "error", error=f"duplicate id {unit.id!r} (first at {where}); ids must be unique")
                continue
            seen[unit.id] = (unit.source, unit.line)
            if unit.id in done:
                summary.skipped += 1
                continue
        yield unit


def _chunks(units: Iterable[Unit], size: int) -> Iterator[list[Unit]]:
    chunk: list[Unit] = []
    for unit in units:
        chunk.append(unit)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
