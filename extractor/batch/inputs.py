"""Batch inputs: the command-line inputs expanded into sources (files, folders, patterns, stdin),
and the sources into units (one article each, or an error), in input order."""

from __future__ import annotations

import glob
import json
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO, Iterable, Iterator, Sequence

from extractor.article import ArticleInput, text_sha256
from extractor.io import InputError, decode_lenient, parse_jsonl_line

# File suffix -> reader kind. Directories are searched recursively for these suffixes only.
FORMATS = {".txt": "txt", ".jsonl": "jsonl", ".ndjson": "jsonl", ".html": "html", ".htm": "html"}
STDIN = "<stdin>"
RE_GLOB = re.compile(r"[*?\[]")
RE_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)  # s3://, gs://, file://, ...


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
    path: str | None = None  # where a worker on another machine reads a txt/html unit (absolute)


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
        if RE_URL.match(arg):  # an fsspec URL: read by the worker (.txt, .html) or here (.jsonl)
            kind = FORMATS.get(PurePosixPath(arg.split("://", 1)[1]).suffix.lower())
            sources.append(
                Source(kind, arg)
                if kind
                else Source("error", arg, "unsupported format: give .txt, .jsonl, .ndjson, .html or .htm URLs")
            )
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
        return Source(
            "error",
            str(path),
            f"unsupported format {path.suffix or '(no suffix)'}: give .txt, .jsonl, .ndjson, .html or .htm files",
        )
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
                fh = _open_url(src.path) if RE_URL.match(src.path) else open(src.path, "rb")
            except OSError as exc:
                yield Unit(src.path, None, None, "error", error=f"cannot read ({exc.strerror or exc})")
                continue
            with fh:
                yield from _jsonl_units(fh, src.path)
        elif src.kind == "stdin":
            yield from _stdin_units(stdin if stdin is not None else sys.stdin.buffer)


def _open_url(url: str):
    try:
        import fsspec
    except ImportError:
        raise OSError("reading URLs needs fsspec: pip install 'tennis-extract[dask]'") from None
    try:
        return fsspec.open(url, "rb").open()
    except (OSError, ValueError) as exc:
        raise OSError(str(exc)) from None


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


def error_record(unit: Unit, error: str | None) -> dict:
    return {"id": unit.id, "source": unit.source, "line": unit.line, "error": error or "unknown error"}


def _fresh(units: Iterator[Unit], done: set[str], summary) -> Iterator[Unit]:
    """Skip units whose id is already in OUT (resume); a second unit with an id already seen in
    this run is an error (ids are the resume key, so they must be unique)."""
    seen: dict[str, tuple[str, int | None]] = {}
    for unit in units:
        if unit.id is not None and unit.kind != "error":
            first = seen.get(unit.id)
            if first is not None:
                where = first[0] + (f":{first[1]}" if first[1] else "")
                yield Unit(
                    unit.source,
                    unit.line,
                    unit.id,
                    "error",
                    error=f"duplicate id {unit.id!r} (first at {where}); ids must be unique",
                )
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
