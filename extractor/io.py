"""Readers and writers. A reader turns one input into an ArticleInput or raises InputError with a
one-line message naming the input. Offsets in records refer to the text as read, with its line
breaks normalised to LF (CRLF and CR are replaced, and the record's warnings say so); for an HTML
page, to the main text taken out of it."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import IO

from extractor.article import ArticleInput, normalise_newlines
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


def decode_lenient(data: bytes, name: str) -> tuple[str, list[str]]:
    """decode_text for batches: invalid UTF-8 is replaced with U+FFFD and reported as a warning for
    the record instead of failing the input (an empty or binary input still fails)."""
    try:
        return decode_text(data, name), []
    except InputError:
        if not data.strip() or b"\x00" in data[:8192]:
            raise
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first = exc.start
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
    return text, [
        f"input is not valid UTF-8: {replaced} invalid byte sequence(s) replaced with U+FFFD, the first at byte {first}"
    ]


def read_bytes(path: str | Path) -> bytes:
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a directory; give the article files inside it")
    try:
        return p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror})") from None


def read_txt(path: str | Path, *, lenient: bool = False) -> ArticleInput:
    """One plain-text article; ``lenient`` decodes invalid UTF-8 with replacement and a warning."""
    p = Path(path)
    data = read_bytes(p)
    text, warnings = decode_lenient(data, str(p)) if lenient else (decode_text(data, str(p)), [])
    return text_input(text, warnings, id=p.stem, source=str(p))


def text_input(text: str, warnings: list[str] | None = None, **known) -> ArticleInput:
    """A plain-text article as read from a file, a URL or stdin: a leading byte order mark dropped,
    line breaks normalised to LF (with a warning)."""
    text, normalised = normalise_newlines(text.removeprefix("\ufeff"))
    return ArticleInput(text=text, warnings=[*(warnings or ()), *normalised], **known)


def json_problem(exc: json.JSONDecodeError) -> str:
    """'Invalid control character at column 49': json's message ends in 'at' before a position."""
    return f"{exc.msg.removesuffix(' at')} at column {exc.colno}"


def normalise_published(value: object) -> str | None:
    """YYYY-MM-DD from a date or an ISO datetime ('2025-10-28T18:00:00Z'); ValueError otherwise."""
    if value is None:
        return None
    if isinstance(value, str):
        for parse in (dt.date.fromisoformat, lambda v: dt.datetime.fromisoformat(v).date()):
            try:
                return parse(value.strip()).isoformat()
            except ValueError:
                pass
    raise ValueError(f"published {value!r} is not a date (YYYY-MM-DD)")


# Fields a JSON Lines article may carry; any other field is kept under article.meta.
JSONL_FIELDS = ("id", "text", "url", "published", "title")


def parse_jsonl_line(raw: bytes, name: str, line: int) -> ArticleInput:
    """One JSON Lines article: {"id", "text", optional "url", "published", "title", ...}.

    ``url`` becomes article.source (else ``NAME:LINE``); other fields go under article.meta. Invalid
    UTF-8 is replaced with a warning; a line that is not a JSON object with a non-empty string
    ``text`` raises InputError.
    """
    where = f"{name}:{line}"
    if line == 1 and raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    decoded, warnings = (raw.decode("utf-8"), []) if _utf8(raw) else decode_lenient(raw, where)
    try:
        obj = json.loads(decoded)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: not JSON ({json_problem(exc)})") from None
    if not isinstance(obj, dict):
        raise InputError(f"{where}: a JSON {type(obj).__name__}, not an object with id and text")
    text = obj.get("text")
    if not isinstance(text, str):
        raise InputError(
            f"{where}: " + ('no "text" field' if text is None else f'"text" is a {type(text).__name__}, not a string')
        )
    if not text.strip():
        raise InputError(f"{where}: empty text")
    if "\x00" in text:
        raise InputError(f"{where}: text has NUL characters (binary data), not an article text")
    text, normalised = normalise_newlines(text)
    warnings.extend(normalised)
    if not _encodable(text):
        text = text.encode("utf-8", errors="replace").decode("utf-8")
        warnings.append("text had unpaired surrogate escapes; replaced with '?'")
    raw_id = obj.get("id")
    if raw_id is not None and (isinstance(raw_id, bool) or not isinstance(raw_id, (str, int))):
        raise InputError(f'{where}: "id" is a {type(raw_id).__name__}, not a string or number')
    try:
        published = normalise_published(obj.get("published"))
    except ValueError as exc:
        published = None
        warnings.append(f"{exc}; ignored")
    title = obj.get("title")
    if title is not None and not isinstance(title, str):
        warnings.append(f"title is a {type(title).__name__}, not a string; ignored")
        title = None
    url = obj.get("url")
    return ArticleInput(
        text=text,
        id=None if raw_id is None else str(raw_id),
        published=published,
        source=url if isinstance(url, str) and url else where,
        title=title,
        meta={k: v for k, v in obj.items() if k not in JSONL_FIELDS},
        warnings=warnings,
    )


def _utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
        return True
    except UnicodeEncodeError:
        return False


RE_HTML_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def decode_html(data: bytes, name: str) -> tuple[str, list[str]]:
    """UTF-8, else the charset the page declares, else UTF-8 with replacement and a warning."""
    if _utf8(data):
        return decode_text(data, name), []
    declared = RE_HTML_CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii")), []
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_lenient(data, name)


def html_to_input(data: bytes, name: str) -> ArticleInput:
    """The main text of an HTML page (trafilatura), paragraphs separated by a blank line; title,
    published date and canonical URL from its metadata. Record offsets refer to this text."""
    import trafilatura  # imported here: only HTML inputs pay for it

    if not data.strip():
        raise InputError(f"{name}: empty file, no article text")
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: binary file (NUL bytes), not an article text")
    html, warnings = decode_html(data, name)
    page = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    paragraphs = [line.strip() for line in ((page.text if page else None) or "").splitlines() if line.strip()]
    if not paragraphs:
        raise InputError(f"{name}: no article text found in the HTML page")
    try:
        published = normalise_published(page.date)
    except ValueError:
        published = None
    return ArticleInput(
        text="\n\n".join(paragraphs),
        published=published,
        title=page.title or None,
        meta={"url": page.url} if page.url else {},
        warnings=warnings,
    )


def read_html(path: str | Path) -> ArticleInput:
    p = Path(path)
    item = html_to_input(read_bytes(p), str(p))
    item.id, item.source = p.stem, str(p)
    return item


def record_json(record: ArticleRecord, *, pretty: bool = False) -> str:
    return record.model_dump_json(indent=2 if pretty else None)


def write_record(out: IO[str], record: ArticleRecord, *, pretty: bool = False) -> None:
    """One complete line per record, flushed, so an interrupted run never leaves half a line."""
    out.write(record_json(record, pretty=pretty) + "\n")
    out.flush()


def read_records(path: str | Path) -> list[dict]:
    """The JSON objects of a records file (JSON Lines); InputError names the first bad line."""
    records = []
    try:
        fh = open(path, "rb")
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    with fh:
        for n, raw in enumerate(fh, 1):
            if n == 1:
                raw = raw.removeprefix(b"\xef\xbb\xbf")
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"{path}:{n}: not valid UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1})"
                ) from None
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{n}: not a JSON record ({json_problem(exc)})") from None
    return records
