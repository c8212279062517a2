"""The Python API: ``Extractor`` loads the pipeline once and turns texts into records."""

from __future__ import annotations

from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from extractor import pipeline
from extractor.article import ArticleInput, check_published, normalised
from extractor.assemble import FEATURES_KEY, to_record
from extractor.confidence.filter import keep_confident
from extractor.confidence.model import load_confidence
from extractor.findings import register_extensions
from extractor.text.layout import TEXT_KEY
from models import ArticleRecord


class Extractor:
    """Extraction of one article is a pure function of (text, metadata, config); the model is
    loaded once per instance, so one instance per worker process serves any number of articles.

    >>> ex = Extractor()                                   # doctest: +SKIP
    >>> record = ex.extract(text, id="a1", published="2025-10-28")   # doctest: +SKIP
    """

    def __init__(
        self,
        model: str | None = None,
        *,
        data_dir: str | None = None,
        keep_text: bool = True,
        batch_size: int = 16,
        ner_scope: str | None = None,
        min_confidence: float | None = None,
    ) -> None:
        """``min_confidence``: leave facts whose confidence is below it out of the records (with a
        count in ``warnings``)."""
        register_extensions()
        if min_confidence is not None and not 0.0 <= min_confidence <= 1.0:
            raise ValueError(f"min_confidence must be between 0 and 1, got {min_confidence}")
        self.min_confidence = min_confidence
        self.model = pipeline.resolve_model(model)
        self.nlp: Language = pipeline.build(self.model, data_dir=data_dir, ner_scope=ner_scope)
        self.confidence = load_confidence(data_dir)
        self.keep_text = keep_text
        self.batch_size = batch_size

    def _doc(self, item: ArticleInput) -> Doc:
        doc = self.nlp.make_doc(item.text)
        doc.user_data[TEXT_KEY] = item.text  # what doc.text would rebuild from the tokens
        doc._.tennis_published_given = check_published(item.published)
        return doc

    def extract(
        self,
        text: str,
        *,
        id: str | None = None,
        published: str | None = None,
        source: str | None = None,
        title: str | None = None,
    ) -> ArticleRecord:
        item = ArticleInput(text=text, id=id, published=published, source=source, title=title)
        return next(self.extract_many([item]))

    def extract_many(self, items: Iterable[str | tuple[str, dict] | ArticleInput]) -> Iterator[ArticleRecord]:
        """Stream records over texts, (text, metadata) pairs or ArticleInput objects, in input order.

        Metadata keys: id, published, source, title; any other key is kept under article.meta.
        Line breaks are normalised to LF first (CRLF, CR), as the readers do: the record's text and
        offsets are those of the normalised text, and its warnings say so.
        """
        for record, _ in self.extract_with_features(items):
            yield record

    def extract_with_features(
        self, items: Iterable[str | tuple[str, dict] | ArticleInput]
    ) -> Iterator[tuple[ArticleRecord, dict[str, list[dict]]]]:
        """Records with the evidence features of each fact (kind -> one mapping per fact, in record
        order: what `tennis-extract calibrate` fits on). Facts under ``min_confidence`` are left out
        after the features are taken, so the features follow the full record."""
        inputs = (normalised(_as_input(x)) for x in items)
        pending: list[ArticleInput] = []

        def docs() -> Iterator[Doc]:
            for item in inputs:
                pending.append(item)
                yield self._doc(item)

        for doc in self.nlp.pipe(docs(), batch_size=self.batch_size):
            item = pending.pop(0)
            record = to_record(
                doc,
                id=item.id,
                source=item.source,
                title=item.title,
                meta=item.meta,
                keep_text=self.keep_text,
                warnings=item.warnings,
                confidence=self.confidence,
            )
            features = doc.user_data.get(FEATURES_KEY, {})
            if self.min_confidence is not None:
                record = keep_confident(record, self.min_confidence)
            yield record, features


KNOWN_KEYS = ("id", "published", "source", "title")


def _as_input(x: str | tuple[str, dict] | ArticleInput) -> ArticleInput:
    if isinstance(x, ArticleInput):
        return x
    if isinstance(x, str):
        return ArticleInput(text=x)
    text, meta = x
    meta = dict(meta or {})
    known = {k: meta.pop(k) for k in KNOWN_KEYS if k in meta}
    return ArticleInput(text=text, meta=meta, **known)
