"""What goes in: one article to extract (``ArticleInput``), the checks on its metadata, and the version
stamp every record carries. Nothing here loads spaCy, so readers, the batch and the web app can use it."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any

VERSION = "0.1.0"


@dataclass
class ArticleInput:
    """One article to extract: the text exactly as read, and what is known about it."""

    text: str
    id: str | None = None
    published: str | None = None
    source: str | None = None
    title: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def check_published(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise ValueError(f"published date {value!r} is not YYYY-MM-DD") from None


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
