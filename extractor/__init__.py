"""tennis-extract: validated, evidence-linked records of what tennis news articles report."""

from extractor.api import ArticleInput, Extractor
from extractor.records import VERSION as __version__
from extractor.scores import parse_score

__all__ = ["ArticleInput", "Extractor", "parse_score", "__version__"]
