"""Plain-text structure shared by the stages: header, paragraphs, sentences, quotations, names.

Everything here works on a ``str`` and returns character offsets into it, so each function can be
tested on a string and the stages stay independent of the statistical model.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from extractor.text.tries import trie_alternation

# The scraper's header: " date 2025-10-28 " (or only a month, " date 2023-03 ") before the body.
RE_HEADER = re.compile(r"\A\s*date\s+(?P<value>\d{4}-\d{2}(?:-\d{2})?)\b[ \t]*")

RE_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\r\n\s*\r\n")

# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before a space and an
# opening capital, digit or quote mark.
RE_SENTENCE_END = re.compile(r"""[.!?…]+["”’')\]]*(?=\s+["“‘'(\[]?[A-Z0-9À-Þ])""")

# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    """no nos mr mrs ms dr st vs v jr sr gen lt col sgt prof rev mt ft jan feb mar apr jun jul aug sep sept
    oct nov dec approx est inc ltd co corp u.s a.m p.m e.g i.e ret def d""".split()
)

OPEN_DOUBLE = "“"
CLOSE_DOUBLE = "”"


@dataclass(frozen=True)
class Block:
    start: int
    end: int


def header_end(text: str) -> int:
    m = RE_HEADER.match(text)
    return m.end() if m else 0


def header_date(text: str) -> str | None:
    """The header's date as written: YYYY-MM-DD, YYYY-MM, or None when there is no header."""
    m = RE_HEADER.match(text)
    return m.group("value") if m else None


def paragraphs(text: str) -> list[Block]:
    """Paragraphs: runs of text between blank lines; single newlines split lines into paragraphs too
    when the text uses them as paragraph marks (no blank lines at all)."""
    start = header_end(text)
    blocks: list[Block] = []
    splitter = RE_PARAGRAPH_BREAK if RE_PARAGRAPH_BREAK.search(text, start) else re.compile(r"\n")
    pos = start
    for m in splitter.finditer(text, start):
        _add_block(text, pos, m.start(), blocks)
        pos = m.end()
    _add_block(text, pos, len(text), blocks)
    return blocks


def lines(text: str, block: Block, breaks: re.Pattern[str] = re.compile(r"\n")) -> list[Block]:
    """The lines of a block, split wherever ``breaks`` matches (every newline by default)."""
    out: list[Block] = []
    pos = block.start
    for m in breaks.finditer(text[block.start : block.end]):
        _add_block(text, pos, block.start + m.start(), out)
        pos = block.start + m.end()
    _add_block(text, pos, block.end, out)
    return out


# A line break that starts a new sentence: the next line does not go on in lower case.
RE_SENTENCE_LINE_BREAK = re.compile(r"\n(?=\s*[^\s\da-z])")


def _add_block(text: str, start: int, end: int, out: list[Block]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Block(start, end))


def sentences(text: str, block: Block) -> list[Block]:
    """Split one paragraph into sentences (offsets into ``text``). A line break starts a new
    sentence unless the next line goes on in lower case (hard-wrapped wire copy)."""
    out: list[Block] = []
    for line in lines(text, block, RE_SENTENCE_LINE_BREAK):
        for sent in _sentences_in(text, line):
            out.extend(bounded(text, sent))
    return out


# No news sentence runs this long (the longest in the fixtures and the dev corpus is ~420
# characters); text that does has lost its punctuation (a scraped draw sheet, a dump without full
# stops). Such a run is cut into pieces, so that every rule that scans a sentence scans a bounded
# window and the cost of a text stays linear in its length.
MAX_SENTENCE = 600
# Where a long run is cut: after a comma, semicolon or dash, else at any space.
RE_SAFE_CUT = re.compile(r"[,;]\s+|\s+[-–—]\s+")
RE_SPACE = re.compile(r"\s+")


def bounded(text: str, sent: Block, limit: int = MAX_SENTENCE) -> list[Block]:
    """``sent`` cut into pieces of at most ``limit`` characters, at the last clause break (else
    the last space) in the second half of each window; a sentence under the limit is unchanged."""
    out: list[Block] = []
    start, end = sent.start, sent.end
    while end - start > limit:
        window = text[start + limit // 2 : start + limit]
        cuts = list(RE_SAFE_CUT.finditer(window)) or list(RE_SPACE.finditer(window))
        cut = start + limit // 2 + cuts[-1].end() if cuts else start + limit
        _add_block(text, start, cut, out)
        start = cut
    _add_block(text, start, end, out)
    return out


RE_WORD_BEFORE_STOP = re.compile(r"([\w.]+)\.$")  # the word a full stop ends
RE_DOTTED_INITIALS = re.compile(r"[A-Z](?:\.[A-Z])*")  # "J", "J.J": a full stop after it ends no sentence
# "1" of "1. Sinner": a list's number before the stop, where a list item starts (a line, or after a colon,
# comma, semicolon or bracket); not a number a word governs ("on Court 2. Baek is ...", "ranked No. 5. She")
RE_LIST_NUMBER = re.compile(r"(?:^|\n\s*|[,;:(]\s*)\d{1,2}$")


def _word_before_stop(text: str, start: int, end: int) -> re.Match[str] | None:
    """RE_WORD_BEFORE_STOP in text[start:end], searched from the last space: the word holds none, so
    no match starts before it (the sentence so far is not scanned again at every full stop)."""
    space = text.rfind(" ", start, end)
    return RE_WORD_BEFORE_STOP.search(text, start if space < 0 else space + 1, end)


def _list_number_before(text: str, start: int, end: int) -> bool:
    """RE_LIST_NUMBER in text[start:end], read in its last four characters (two digits, the character
    before them and a line break; "^" can only match at ``start`` when the text is shorter than that)."""
    if end - start < 5:
        return RE_LIST_NUMBER.search(text[start:end]) is not None
    return RE_LIST_NUMBER.search(text, end - 4, end) is not None


def _sentences_in(text: str, block: Block) -> list[Block]:
    out: list[Block] = []
    pos = block.start
    chunk = text[block.start : block.end]
    for m in RE_SENTENCE_END.finditer(chunk):
        end = block.start + m.end()
        word = _word_before_stop(text, pos, block.start + m.start() + 1)
        if word and m.group(0).startswith(".") and word.group(1).lower() in ABBREVIATIONS:
            continue
        if word and RE_DOTTED_INITIALS.fullmatch(word.group(1)):  # initials: "J. Smith", "J.J. Wolf"
            continue
        # A list number ("Top 10: 1. Sinner (ITA), 2. Alcaraz (ESP)"), not the end of "6-4.".
        if _list_number_before(text, pos, block.start + m.start()):
            continue
        _add_block(text, pos, end, out)
        pos = end
    _add_block(text, pos, block.end, out)
    return out


RE_DOUBLE_MARK = re.compile('[“”"«»]')  # a paragraph with one of these quotes with double marks
RE_QUOTE_MARK = re.compile('[“”"«»„]')  # the marks _double_quotes pairs


def quote_spans(text: str, block: Block) -> list[Block]:
    """Direct quotations in one paragraph, by GOLD.md's rule: from an opening mark to its closing
    mark, or to the paragraph's end when the writer leaves it open.

    Double marks (curly or straight) delimit quotations; single curly marks do so only in a
    paragraph with no double marks (British house style), never when they are apostrophes.
    """
    chunk = text[block.start : block.end]
    if RE_DOUBLE_MARK.search(chunk):
        spans = _double_quotes(chunk)
    else:
        spans = _single_quotes(chunk)
    return [Block(block.start + s, block.start + e) for s, e in spans]


# What stands on each side of a straight double mark: a gap before and a word after opens a
# quotation, a word or punctuation before and a gap after closes one.
GAP_BEFORE = "([{—–-/"
GAP_AFTER = ",.;:!?)]}—–"
OPEN, CLOSE, EITHER = "open", "close", "either"


def mark_role(chunk: str, i: int) -> str:
    """Whether the quote mark at ``i`` opens or closes a quotation, or could do either (a mark with
    a gap or a word on both sides, as in ``said:"Yes`` or ``over. " "Next``)."""
    c = chunk[i]
    if c in "“«„":
        return OPEN
    if c in "”»":
        return CLOSE
    prev = chunk[i - 1] if i else " "
    nxt = chunk[i + 1] if i + 1 < len(chunk) else " "
    gap_before = prev.isspace() or prev in GAP_BEFORE
    gap_after = nxt.isspace() or nxt in GAP_AFTER
    if gap_before and not gap_after:
        return OPEN
    if gap_after and not gap_before:
        return CLOSE
    return EITHER


@dataclass
class _Open:
    start: int
    split: bool  # opened while another quotation was open (that one was left open)


def _double_quotes(chunk: str) -> list[tuple[int, int]]:
    """Pair double marks by their roles. A mark that opens while a quotation is open ends that one
    where the new one starts: the writer left it open at a paragraph end that was lost (archives
    with merged paragraphs). A closing mark with nothing open is recovered from: either the last
    quotation closed on a mark that really opened the next one (``over."Next``), or the last
    opener was a quotation nested inside the one before it."""
    spans: list[tuple[int, int]] = []
    how: list[tuple[bool, str]] = []  # per span: opened as a split, role of its closing mark
    open_q: _Open | None = None
    for mark in RE_QUOTE_MARK.finditer(chunk):
        i = mark.start()
        role = mark_role(chunk, i)
        if role == EITHER:
            role = CLOSE if open_q is not None else OPEN
            either = True
        else:
            either = False
        if role == OPEN:
            if open_q is not None:
                spans.append((open_q.start, _trim_end(chunk, open_q.start, i)))
                how.append((open_q.split, "open"))
            open_q = _Open(i, open_q is not None)
        elif open_q is not None:
            spans.append((open_q.start, i + 1))
            how.append((open_q.split, "either" if either else "close"))
            open_q = None
        elif spans and how[-1][1] == "either":
            # "over."Next ... ," — the glued mark opened a quotation; the one before was left open.
            start, end = spans[-1]
            spans[-1] = (start, _trim_end(chunk, start, end - 1))
            spans.append((end - 1, i + 1))
            how.append((False, "close"))
        elif len(spans) >= 2 and how[-1][0] and how[-2][1] == "open":
            # A quotation nested in straight marks: join it back into the one around it.
            start = spans[-2][0]
            del spans[-2:], how[-2:]
            spans.append((start, i + 1))
            how.append((False, "close"))
    if open_q is not None:
        spans.append((open_q.start, len(chunk)))
    return [s for s in spans if s[1] - s[0] > 2]


def _trim_end(chunk: str, start: int, end: int) -> int:
    while end > start and chunk[end - 1].isspace():
        end -= 1
    return end


# British house style quotes with single marks, curly or straight; an apostrophe inside a word
# ("didn't", "players' ") is never an opening mark, and a closing mark is never followed by a letter.
RE_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))[‘'](?=[^\s'’])")


def _single_quotes(chunk: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for m in RE_SINGLE_OPEN.finditer(chunk):
        if spans and m.start() < spans[-1][1]:
            continue
        close = None
        for c in re.finditer(r"(?<=[^\s])[’'](?![A-Za-z])", chunk[m.end() :]):
            close = m.end() + c.end()
            break
        end = close if close is not None else len(chunk)
        if len(chunk[m.start() : end].split()) >= 3:
            spans.append((m.start(), end))
    return spans


@functools.lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """Case-fold, strip accents and punctuation: the GOLD.md name comparison."""
    # Serbian and Croatian Đ is written Dj in English ("Đoković" / "Djokovic").
    nfkd = unicodedata.normalize("NFKD", name.replace("đ", "dj").replace("Đ", "Dj").replace("ø", "o").replace("Ø", "O"))
    no_marks = nfkd if nfkd.isascii() else nfkd.translate(_marks(frozenset(nfkd)))
    cleaned = RE_NOT_WORD.sub(" ", no_marks.casefold())
    return " ".join(cleaned.replace("_", " ").split())


RE_NOT_WORD = re.compile(r"[^\w\s]")  # punctuation and symbols: fold turns them into spaces


def _marks(chars: frozenset[str]) -> dict[int, None]:
    """A str.translate table that deletes the combining marks among ``chars``."""
    return {ord(c): None for c in chars if unicodedata.combining(c)}


_CHAR_MAP = {
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "–": "-",
    "—": "-",
    "đ": "d",
    "ø": "o",
    "ł": "l",
    "ı": "i",
    "ß": "s",
}


def fold_chars(s: str) -> str:
    """Lowercase and strip accents one character at a time, keeping the length: offsets into the
    result are offsets into ``s``, so a pattern found in folded text maps straight back."""
    if s.isascii():
        return s.lower().translate(_ASCII_MAP)
    return s.translate({ord(c): _fold_char(c) for c in set(s)})  # each distinct character folded once


_ASCII_MAP = str.maketrans({"’": "'"})


@functools.lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    lower = c.lower()
    mapped = _CHAR_MAP.get(lower)
    if mapped is None:
        base = "".join(x for x in unicodedata.normalize("NFKD", lower) if not unicodedata.combining(x))
        mapped = base[0] if len(base) >= 1 and base[0].isascii() else lower[:1] or c
    return mapped if len(mapped) == 1 else c


def ignorecase_lower(text: str) -> str | None:
    """``text.lower()`` when searching it for lower-case words finds what a case-insensitive search of
    ``text`` finds, at the same offsets (a plain search of lowered text is several times faster);
    None when not: lower-casing moves offsets ("İ" becomes two characters) or the text holds a letter
    IGNORECASE matches to an ASCII letter and lower() leaves as it is (dotless "ı", long "ſ"). The
    cue tests of the stages (dates, head-to-head, rankings) read cues this way, and say "maybe"
    on None."""
    lower = text.lower()
    if len(lower) != len(text) or "ı" in text or "ſ" in text:
        return None
    return lower


def phrase_pattern(phrases) -> re.Pattern[str] | None:
    """One regex matching any of ``phrases`` (already folded with fold_chars) as whole words, the
    longest that fits first. The alternatives are merged into a trie ("wimbledon|wimbledon
    championships" -> "wimbledon(?:[ ]championships)?"): a flat alternation of a few hundred
    gazetteer names is tried name by name at every position of the text, a trie one character at
    a time."""
    body = trie_alternation(phrases)
    return None if body == "(?!)" else re.compile(rf"(?<![\w'-])(?:{body})(?![\w-])")
