"""tennis-extract: validated, evidence-linked records of what tennis news articles report.

The package face names the API lazily (as spaCy's own package faces do): ``import extractor`` loads
no spaCy; ``extractor.Extractor`` loads the pipeline code on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from extractor.article import VERSION as __version__
from extractor.lazy import lazy_face

if TYPE_CHECKING:
    from extractor.api import Extractor
    from extractor.article import ArticleInput
    from extractor.scores import parse_score

# name -> module that defines it, imported on first access
_LAZY = {"Extractor": "extractor.api", "ArticleInput": "extractor.article", "parse_score": "extractor.scores"}

__all__ = ["ArticleInput", "Extractor", "parse_score", "__version__"]


__getattr__, __dir__ = lazy_face(__name__, _LAZY)
