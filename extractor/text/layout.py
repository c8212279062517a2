"""The story's layout on a Doc: paragraphs, sentences and quotations outside the page cruft.

Computed once per Doc (after the cruft stage has run) and cached in ``doc.user_data``.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc

from extractor.text import plain as T
from extractor.text.wrapping import flat_text


@dataclass
class Layout:
    text: str  # doc.text with hard-wrap line breaks as spaces (same offsets), built once per Doc
    paragraphs: list[T.Block]  # story paragraphs (cruft removed)
    sentences: list[T.Block]  # story sentences, in order
    sentence_paragraph: list[int]  # index into paragraphs for each sentence
    quotes: list[T.Block]  # quotation spans in story paragraphs
    quote_paragraph: list[int]
    _quote_starts: list[int]

    @functools.cached_property
    def sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @functools.cached_property
    def quoted_sentences(self) -> dict[int, bool]:
        """Whether a sentence lies wholly inside a quotation, by index, filled in as asked
        (extractor/refs/resolution.py): the layout is one Doc's, so is this."""
        return {}

    def sentence_at(self, pos: int) -> int | None:
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        if i >= 0 and self.sentences[i].start <= pos < self.sentences[i].end:
            return i
        return None

    def in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self._quote_starts, pos) - 1
        return i >= 0 and self.quotes[i].start <= pos < self.quotes[i].end


# Short words Title Case capitalises and running text does not ("Keys Battles Past Kasatkina To Reach ...").
TITLE_SMALL_WORDS = frozenset(
    "To Of In At For On With Past Into Over After As And The From By Up Out Vs Is Are Her His Its Off".split()
)
RE_RESULTS_WORD = re.compile(r"\b(?:bt|d|def)\.?\s")  # "A. Farag (EGY) bt M. Asal", "X d. Y": a results line
RE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
RE_SET_SCORE = re.compile(r"\b[0-7][-–/][0-7]\b")


def title_case(line: str) -> bool:
    """A Title Case headline or subheading: nearly every word of four letters or more capitalised,
    and a short word that running text writes in lower case capitalised after the first word. A
    results line ("Madison Keys (USA) d. Daria Kasatkina (RUS) 6-4, 6-7(5), 6-3") is none. The
    cheap tests on the words come first: running text fails them before the line is searched again."""
    words = RE_WORD.findall(line)
    if len(words) < 4:
        return False
    long = [w for w in words if len(w) >= 4]
    capitalised = sum(w[0].isupper() for w in long)
    if capitalised < 0.8 * len(long) or TITLE_SMALL_WORDS.isdisjoint(words[1:]):
        return False
    return len(RE_SET_SCORE.findall(line)) < 2 and RE_RESULTS_WORD.search(line) is None


def in_cruft(doc: Doc, start: int, end: int | None = None) -> bool:
    end = start + 1 if end is None else end
    return any(c.start < end and start < c.end for c in doc._.tennis_cruft or ())


def story_parts(text: str, cruft, block: T.Block) -> list[T.Block]:
    """The parts of a paragraph outside page cruft (a results list keeps its lines when only its
    section header is cruft; a caption keeps its text when only its photo credit is)."""
    parts: list[T.Block] = []
    pos = block.start
    for c in cruft:
        if c.end <= block.start or c.start >= block.end:
            continue
        T._add_block(text, pos, max(pos, c.start), parts)
        pos = max(pos, c.end)
    T._add_block(text, pos, block.end, parts)
    return parts


def other_sport(doc: Doc, pos: int) -> bool:
    """True inside a part of the page about another sport (a padel brief on a tennis page)."""
    return any(s <= pos < e for s, e in doc._.tennis_other_sport or ())


def other_sport_test(doc: Doc) -> Callable[[int], bool]:
    """``other_sport`` for one Doc as a test of a position, the parts read once (a Doc extension is
    slow to read in a loop over sentences or paragraphs)."""
    parts = tuple(doc._.tennis_other_sport or ())
    if not parts:
        return lambda pos: False
    return lambda pos: any(s <= pos < e for s, e in parts)


TEXT_KEY = "tennis_text"


def doc_text(doc: Doc) -> str:
    """doc.text, built once per Doc: spaCy rebuilds it from the tokens on every access (about 2 ms
    for a news article). The Extractor stores the text it tokenised here, which is the same."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def flat(doc: Doc) -> str:
    """doc.text as the stages read it: a hard-wrapped print text's wrap breaks become spaces, so a
    name or a score split across lines reads whole; offsets are those of doc.text (spaCy rebuilds
    doc.text from the tokens on every access, so it is built once and cached)."""
    cached = doc.user_data.get("tennis_flat")
    if cached is None:
        cached = doc.user_data["tennis_flat"] = flat_text(doc_text(doc))  # the same object when not wrapped
    return cached


def layout(doc: Doc) -> Layout:
    cached = doc.user_data.get("tennis_layout")
    if cached is not None:
        return cached
    text = flat(doc)
    cruft = sorted(doc._.tennis_cruft or (), key=lambda c: c.start)
    blocks = T.paragraphs(text)
    if text is not doc_text(doc):
        # Hard-wrapped text: the line breaks left in the flat view are the writer's own, so each
        # starts a paragraph even inside a blank-line block (indented paragraphs, no blank lines).
        blocks = [line for b in blocks for line in T.lines(text, b)]
    paras = [b for p in blocks for b in story_parts(text, cruft, p)]
    result = of_paragraphs(text, paras)
    doc.user_data["tennis_layout"] = result
    return result


def of_paragraphs(text: str, paras: list[T.Block]) -> Layout:
    """The layout of ``text`` cut into these paragraphs: their sentences and quotations."""
    sents: list[T.Block] = []
    sent_para: list[int] = []
    quotes: list[T.Block] = []
    quote_para: list[int] = []
    for i, p in enumerate(paras):
        for s in T.sentences(text, p):
            sents.append(s)
            sent_para.append(i)
        for q in T.quote_spans(text, p):
            quotes.append(q)
            quote_para.append(i)
    return Layout(text, paras, sents, sent_para, quotes, quote_para, [q.start for q in quotes])
