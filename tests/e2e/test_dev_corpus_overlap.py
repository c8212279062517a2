"""The dev corpus is read in place and never copied: no file of the project may share a run of
nine words with one of its stories (facts such as names and scores are fine; sentences are not).

Skips when ../shared/dev-corpus is not beside the repository.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT.parent / "shared" / "dev-corpus"
RUN = 9  # words in a row; shorter runs are common tennis phrases ("in the first round of the French Open")
RE_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")

# What the project writes in words: code, tests, fixtures, docs, benchmark articles.
PATTERNS = (
    "extractor/**/*.py",
    "models/**/*.py",
    "tests/**/*.py",
    "benchmarks/**/*.py",
    "benchmarks/long/*.txt",
    "fixtures/articles/*.txt",
    "fixtures/**/*.md",
    "*.md",
)


def runs(text: str) -> set[tuple[str, ...]]:
    words = RE_WORD.findall(text.lower())
    return {tuple(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


def test_no_project_file_copies_a_dev_corpus_sentence():
    stories = sorted(DEV.glob("*/*.txt"))
    if not stories:
        pytest.skip(f"dev corpus not found at {DEV}")
    dev = set().union(*(runs(p.read_text(encoding="utf-8")) for p in stories))
    copied = {}
    for pattern in PATTERNS:
        for path in ROOT.glob(pattern):
            if ".venv" in path.parts or not path.is_file():
                continue
            found = runs(path.read_text(encoding="utf-8", errors="ignore")) & dev
            # runs of digits only are scores and dates, facts rather than wording
            found = {r for r in found if sum(w.isalpha() for w in r) >= 4}
            if found:
                copied[str(path.relative_to(ROOT))] = sorted(" ".join(r) for r in found)[:3]
    assert not copied, f"text copied from ../shared/dev-corpus: {copied}"
