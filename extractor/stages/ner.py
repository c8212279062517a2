"""The statistical NER, run only where the rule stages need it.

The base model's ``ner`` costs most of the pipeline's time, and on tennis news most of what it
would find is already settled without it: full names in the notable-players list, names next to a
verb of play, a demonym or an age, surnames of players already named in full. This component runs
the model's ``ner`` (kept in the pipeline but disabled, so ``nlp.pipe`` does not run it on whole
texts) on the story sentences that hold a name candidate nothing else explains, each sentence as a
small Doc, batched across the documents of a ``nlp.pipe`` batch, and writes the entities it finds
back onto the full Doc (``doc.ents``).

``scope`` chooses where it runs: ``"needed"`` (the default: the sentences the players stage cannot
decide without it), ``"story"`` (every story sentence: what the full NER would see, less the page
cruft) or ``"none"``. ``max_chars`` bounds the text it reads in one article (a 150 KB dump of names
would otherwise cost seconds); what lies beyond is listed in ``doc._.tennis_ner_skipped``, and the
players stage decides the candidates there as it does without a statistical model.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from extractor.findings import register_extensions
from extractor.text.layout import layout

SCOPES = ("needed", "story", "none")
NER = "ner"  # the base model's component, disabled in the pipeline and called from here


def story_spans(doc: Doc) -> list[tuple[int, int]]:
    """Every story sentence (page cruft left out)."""
    return [(s.start, s.end) for s in layout(doc).sentences]


def merge_runs(spans: Iterable[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Sorted spans, with spans that touch or are separated by white space only joined into one
    (fewer, longer sub-documents: the NER sees more context and costs less per call)."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and not text[out[-1][1] : start].strip():
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def within_budget(spans: list[tuple[int, int]], max_chars: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(spans to read, spans skipped): spans in text order until ``max_chars`` characters are read
    (0: no limit)."""
    if not max_chars:
        return spans, []
    read, total = [], 0
    for i, (start, end) in enumerate(spans):
        if total + (end - start) > max_chars and read:
            return read, spans[i:]
        read.append((start, end))
        total += end - start
    return read, []


def token_spans(doc: Doc, spans: Iterable[tuple[int, int]]) -> list[Span]:
    """The character spans as token spans of ``doc`` (expanded to whole tokens)."""
    out = []
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            out.append(span)
    return out


def sub_doc(span: Span) -> Doc:
    """A new Doc of the span's tokens alone (token i of it is token span.start + i of the Doc);
    ten times cheaper than ``span.as_doc()``, which copies every token attribute."""
    return Doc(span.doc.vocab, words=[t.text for t in span], spaces=[bool(t.whitespace_) for t in span])


class SelectiveNER:
    def __init__(self, nlp: Language, scope: str, max_chars: int = 0) -> None:
        if scope not in SCOPES:
            raise ValueError(f"tennis_ner: scope must be one of {', '.join(SCOPES)}, not {scope!r}")
        register_extensions()
        self.nlp = nlp
        self.scope = scope
        self.max_chars = max_chars

    @property
    def recognizer(self):
        """The base model's NER, or None for a pipeline without one (spacy.blank)."""
        return self.nlp.get_pipe(NER) if NER in self.nlp.component_names else None

    def spans(self, doc: Doc) -> list[Span]:
        if self.scope == "none":
            return []
        # The players' draft says where; without one (no candidate stage, or it failed) every story
        # sentence is read, as the full NER would.
        found = getattr(doc._.tennis_candidates, "ner_spans", None) if self.scope == "needed" else None
        if found is None:
            found = story_spans(doc)
        read, skipped = within_budget(merge_runs(found, layout(doc).text), self.max_chars)
        doc._.tennis_ner_skipped = skipped
        return token_spans(doc, read)

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, stream: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        ner = self.recognizer
        for docs in minibatch(stream, size=batch_size):
            if ner is None:
                yield from docs
                continue
            jobs = [(doc, span) for doc in docs for span in self.spans(doc)]
            found: dict[int, list[Span]] = {id(doc): [] for doc in docs}
            subs = (sub_doc(span) for _, span in jobs)
            for (doc, span), sub in zip(jobs, ner.pipe(subs, batch_size=256)):
                found[id(doc)] += [Span(doc, span.start + e.start, span.start + e.end, label=e.label) for e in sub.ents]
            for doc in docs:
                doc.set_ents(found[id(doc)], default="outside")
                yield doc


@Language.factory(
    "tennis_ner",
    default_config={"scope": "needed", "max_chars": 20000, "data_dir": None},
    assigns=["doc.ents", "doc._.tennis_ner_skipped"],
    requires=["doc._.tennis_cruft", "doc._.tennis_candidates"],
)
def make_ner(nlp: Language, name: str, scope: str, max_chars: int, data_dir: str | None) -> SelectiveNER:
    return SelectiveNER(nlp, scope, max_chars)
