"""The placeholders of a masked sentence (``extractor/results/masking.py``): ``⟨Rk⟩`` stands for the
k-th player reference of the sentence, ``⟨Sk⟩`` for its k-th score run. Every pattern over masked
text is written with the names below, and a placeholder is read back with ``ref_index`` or
``run_index``, never by slicing."""

from __future__ import annotations

import re

REF = r"⟨R\d+⟩"  # a player reference
RUN = r"⟨S\d+⟩"  # a score run
REF_START = "⟨R"  # where a player reference begins (for str.find)
NOT_REF = rf"(?:[^⟨]|{RUN})"  # anything but another player reference (scores may stand between)

RE_REF = re.compile(r"⟨R(\d+)⟩")
RE_RUN = re.compile(r"⟨S(\d+)⟩")


def ref_placeholder(i: int) -> str:
    return f"⟨R{i}⟩"


def run_placeholder(i: int) -> str:
    return f"⟨S{i}⟩"


def ref_index(text: str | None) -> int | None:
    """The index of the first player reference in ``text`` (a placeholder, or a match group that
    holds one, like " and ⟨R4⟩"); None when it holds none."""
    m = RE_REF.search(text) if text else None
    return int(m.group(1)) if m else None


def run_index(text: str | None) -> int | None:
    """The index of the first score run in ``text``; None when it holds none."""
    m = RE_RUN.search(text) if text else None
    return int(m.group(1)) if m else None
