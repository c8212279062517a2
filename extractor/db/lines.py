"""Record files as the loader reads them: JSON Lines, one record a line, each bad line reported with
its FILE:LINE and a one-line reason."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

from pydantic import ValidationError

from models import ArticleRecord


class InputFileError(Exception):
    """The records file as a whole cannot be loaded (one line that says why)."""


def describe_invalid(exc: ValidationError, line: str | None = None) -> str:
    """One line for a record that failed validation: not JSON, or where the schema says no."""
    errors = exc.errors(include_url=False)
    first = errors[0]
    if first["type"] == "json_invalid":
        return f"not JSON ({first.get('ctx', {}).get('error', first['msg'])})"
    if first["type"] == "model_type":
        return f"not an article record ({first['msg']})"
    if line is not None:
        try:
            obj = json.loads(line)
        except ValueError:
            obj = None
        if isinstance(obj, dict) and "error" in obj and "article" not in obj:
            return f"an error record ({obj['error']}), not an article record"
    where = ".".join(str(p) for p in first["loc"]) or "record"
    more = f" (and {len(errors) - 1} more problem(s))" if len(errors) > 1 else ""
    return f"does not match the record schema: {where}: {first['msg']}{more}"


def read_record_lines(path: str | Path) -> Iterator[tuple[str, ArticleRecord | None, str | None]]:
    """(FILE:LINE, record, None) for each good line, (FILE:LINE, None, problem) for each bad one."""
    first = True
    with open(path, "rb") as fh:
        for n, raw in enumerate(fh, 1):
            where = f"{path}:{n}"
            if n == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue
            if first and raw.strip() == b"{":
                raise InputFileError(
                    f"{path}: one record spread over many lines (extract --pretty?); load reads JSON Lines, "
                    f"one record a line"
                )
            first = False
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield where, None, f"not UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1})"
                continue
            try:
                yield where, ArticleRecord.model_validate_json(line), None
            except ValidationError as exc:
                yield where, None, describe_invalid(exc, line)
