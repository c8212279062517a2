"""The tennis-extract command line: thin wrappers over the library (progress on stderr, data on stdout).

Commands live by concern in ``extracting`` (extract, batch, eval, schema), ``calibrating``
(calibrate), ``database`` (load, review, export, quality), ``users`` (the review's accounts) and
``results`` (results import / link, matches, consolidate); importing them registers them on
``main``. Nothing here loads spaCy until a command that extracts runs.
"""

from extractor.cli import calibrating, database, extracting, results, users  # noqa: F401  (registers the commands)
from extractor.cli.options import main

__all__ = ["main"]
