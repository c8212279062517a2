"""Inputs of ``extract`` and ``batch`` alike: the command-line inputs expanded into sources (files,
folders, patterns, stdin), the sources into units (one article each, or an error) in input order,
each unit with an id of its own, and a unit read into the article to extract (``read_unit``)."""

from __future__ import annotations

import dataclasses
import glob
import json
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO, Iterable, Iterator, Sequence

from extractor.article import ArticleInput, text_sha256
from extractor.io import (
    InputError,
    decode_lenient,
    html_to_input,
    parse_jsonl_line,
    read_html,
    read_txt,
    text_input,
)

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
    warnings: tuple[str, ...] = ()  # for the record, beside the reader's (an id changed to keep it unique)


def is_url(path: str) -> bool:
    """An fsspec URL (s3://, gs://, file://, ...) rather than a local path."""
    return "://" in path


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
            found = list(_walk(path, ignored, own))
            sources.extend(found or [Source("error", arg, f"no article files ({', '.join(FORMATS)}) in this folder")])
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
        return Source("error", str(path), "is this run's own output file, not an input")
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
            yield Unit(STDIN, None, "stdin", "article", item=text_input(text, warnings, source=STDIN))
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


def where(unit: Unit) -> str:
    """SOURCE, or SOURCE:LINE for a line of a JSON Lines input."""
    return unit.source + (f":{unit.line}" if unit.line else "")


def unique_ids(units: Iterable[Unit], collisions: list[str] | None = None) -> Iterator[Unit]:
    """Every article unit with an id of its own (ids are the resume key and the database's).

    A unit whose id another input file already took (a.txt beside a JSON Lines line with id "a") is
    kept under that id with ``~2`` added (``~3``, ... while taken): its record's warnings and a line
    in ``collisions`` name both inputs. Inputs are listed in a fixed order, so a rerun (--resume)
    gives every unit the same id. A second unit with an id already taken in the same file is an
    error: one file naming one id twice is a mistake in that file."""
    seen: dict[str, Unit] = {}
    for unit in units:
        if unit.id is None or unit.kind == "error":
            yield unit
            continue
        first = seen.get(unit.id)
        if first is None:
            seen[unit.id] = unit
            yield unit
            continue
        if first.source == unit.source:
            yield dataclasses.replace(
                unit, kind="error", error=f"duplicate id {unit.id!r} (first at {where(first)}); ids must be unique"
            )
            continue
        n = 2
        while f"{unit.id}~{n}" in seen:
            n += 1
        new = f"{unit.id}~{n}"
        if collisions is not None:
            collisions.append(f"id {unit.id!r} of {where(unit)} is also the id of {where(first)}: kept as {new!r}")
        note = f"id {unit.id!r} is also the id of {where(first)}, another input: this article's id is {new!r}"
        renamed = dataclasses.replace(unit, id=new, warnings=(*unit.warnings, note))
        seen[new] = renamed
        yield renamed


def _fresh(units: Iterable[Unit], done: set[str], summary) -> Iterator[Unit]:
    """Skip units whose id is already in OUT (resume)."""
    for unit in units:
        if unit.id is not None and unit.kind != "error" and unit.id in done:
            summary.skipped += 1
            continue
        yield unit


def read_url(unit: Unit) -> ArticleInput:
    """A .txt or .html unit named by an fsspec URL, read where the extraction runs."""
    try:
        import fsspec
    except ImportError:
        raise InputError(f"{unit.source}: reading URLs needs fsspec: pip install 'tennis-extract[dask]'") from None
    try:
        with fsspec.open(unit.source, "rb") as fh:
            data = fh.read()
    except (OSError, ValueError) as exc:
        raise InputError(f"{unit.source}: cannot read ({exc})") from None
    if unit.kind == "html":
        item = html_to_input(data, unit.source)
    else:
        item = text_input(*decode_lenient(data, unit.source))
    item.id, item.source = PurePosixPath(unit.source.split("://", 1)[1]).stem, unit.source
    return item


def read_unit(unit: Unit) -> ArticleInput:
    """The article of an article unit, as ``extract`` and ``batch`` both read it: .txt as UTF-8
    (invalid bytes replaced, with a warning), .html through trafilatura, a JSON Lines line as parsed
    when it was listed; line breaks normalised to LF. InputError says what is wrong."""
    if unit.kind in ("txt", "html") and is_url(unit.source):
        item = read_url(unit)
    elif unit.kind == "txt":
        item = read_txt(unit.path or unit.source, lenient=True)
    elif unit.kind == "html":
        item = read_html(unit.path or unit.source)
    elif unit.item is not None:
        item = unit.item
    else:
        raise InputError(f"{where(unit)}: {unit.error or 'not an article'}")
    item.id = unit.id
    if unit.path:  # read from the absolute path, named as on the command line
        item.source = str(Path(unit.source))
    item.warnings = [*item.warnings, *unit.warnings]
    return item


def _chunks(units: Iterable[Unit], size: int) -> Iterator[list[Unit]]:
    chunk: list[Unit] = []
    for unit in units:
        chunk.append(unit)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
