"""The editors' review: a local web page to accept, reject or correct every extracted fact against
the article text, decisions kept in the database, and an export of the verified records.

>>> from extractor.review import Review, create_app, export_file     # doctest: +SKIP
>>> export_file("sqlite:///tennis.db", "verified.jsonl", verified=True)
"""

from extractor.review.app import create_app
from extractor.review.export import ExportReport, export, export_file
from extractor.review.server import ReviewServer, make_review_server
from extractor.review.service import Review, ReviewError

__all__ = [
    "ExportReport",
    "Review",
    "ReviewError",
    "ReviewServer",
    "create_app",
    "export",
    "export_file",
    "make_review_server",
]
