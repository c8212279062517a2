"""tennis-extract: validated, evidence-linked records of what tennis news articles report.

The package face names the API lazily (as spaCy's own package faces do): ``import extractor`` loads
no spaCy; ``extractor.Extractor`` loads the pipeline code on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from extractor.article import VERSION as __version__

if TYPE_CHECKING:
    from extractor.api import Extractor
    from extractor.article import ArticleInput
    from extractor.scores import parse_score

# name -> module that defines it, imported on first access
_LAZY = {"Extractor": "extractor.api", "ArticleInput": "extractor.article", "parse_score": "extractor.scores"}

__all__ = ["ArticleInput", "Extractor", "parse_score", "__version__"]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'extractor' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
