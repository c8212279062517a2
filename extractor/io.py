"""Readers and writers. A reader turns one input into an ArticleInput or raises InputError with a
one-line message naming the input; offsets in records always refer to the text exactly as read."""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO

from extractor.api import ArticleInput
from models import ArticleRecord


class InputError(Exception):
    """One input could not be read; the message names it and says what is wrong."""


def decode_text(data: bytes, name: str) -> str:
    if not data.strip():
        raise InputError(f"{name}: empty file, no article text")
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: binary file (NUL bytes), not an article text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); re-encode the file as UTF-8"
        ) from None


def read_txt(path: str | Path) -> ArticleInput:
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a directory; give the article files inside it")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror})") from None
    text = decode_text(data, str(p))
    if text.startswith("\ufeff"):
        text = text[1:]
    return ArticleInput(text=text, id=p.stem, source=str(p))


def record_json(record: ArticleRecord, *, pretty: bool = False) -> str:
    return record.model_dump_json(indent=2 if pretty else None)


def write_record(out: IO[str], record: ArticleRecord, *, pretty: bool = False) -> None:
    """One complete line per record, flushed, so an interrupted run never leaves half a line."""
    out.write(record_json(record, pretty=pretty) + "\n")
    out.flush()


def read_records(path: str | Path) -> list[dict]:
    records = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{n}: not a JSON record ({exc.msg})") from None
    return records
