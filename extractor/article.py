"""What goes in: one article to extract (``ArticleInput``), the checks on its metadata, and the version
stamp every record carries. Nothing here loads spaCy, so readers, the batch and the web app can use it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

VERSION = "0.1.0"


@dataclass
class ArticleInput:
    """One article to extract: the text as read (line breaks normalised to LF by the readers and the
    API), and what is known about it."""

    text: str
    id: str | None = None
    published: str | None = None
    source: str | None = None
    title: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


# A line break written as CRLF (Windows) or a lone CR (old Mac files); the stages read LF only.
RE_CR_BREAK = re.compile(r"\r\n?")


def normalise_newlines(text: str) -> tuple[str, list[str]]:
    """``text`` with CRLF and lone CR line breaks turned into LF, and the record warning that says so
    (none when there was nothing to change). Offsets in the record then refer to the normalised text."""
    if "\r" not in text:
        return text, []
    crlf = text.count("\r\n")
    lone = text.count("\r") - crlf
    done = ", ".join(f"{n} {what}" for n, what in ((crlf, "CRLF"), (lone, "CR")) if n)
    return RE_CR_BREAK.sub("\n", text), [
        f"line endings normalised to LF ({done} replaced): offsets refer to the normalised text"
    ]


def normalised(item: ArticleInput) -> ArticleInput:
    """The article with its line breaks normalised (the same object when there was none to change)."""
    text, warnings = normalise_newlines(item.text)
    if not warnings:
        return item
    return dataclasses.replace(item, text=text, warnings=[*item.warnings, *warnings])


def check_published(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise ValueError(f"published date {value!r} is not YYYY-MM-DD") from None


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
