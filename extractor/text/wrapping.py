"""Hard-wrapped text (print archives, PDF exports): line breaks every ~70 characters, inside sentences.

In such text a single line break is usually no paragraph mark: the writer's tool broke the line
because the next word did not fit. ``flat_text`` gives the stages a view of the text in which those
wrap breaks are spaces. It has the same length as the text, so every offset found in it indexes the
original text too (a span's text is always taken from the original).

A break is a wrap when the first word of the next line would not have fitted on the line (a
greedy wrapper), or when the line stops mid-sentence and is nearly full or the next line goes on in
lower case (a ragged edge, from layouts measured in points). A line that ends a sentence well short
of the width (a paragraph's last line), a header line (headline, kicker, byline, the paper's name,
a date line), an indented line and a list item keep their line breaks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.text import plain as T

# Widths a wrapping tool uses: newspaper columns and PDF exports (~40) to e-mail and terminal text (~100).
MIN_WIDTH, MAX_WIDTH = 36, 100
# Lines this close to the width count as full (word lengths leave a ragged right edge).
FULL_SLACK = 16
# A wrapped line plus the next line's first word overshoots the width; a little slack allows for a
# wrapper that counts a trailing space or a soft hyphen.
FIT_SLACK = 1
# Fewer full lines than this and a text is not judged wrapped (a short results list, a headline block).
MIN_FULL_LINES = 4

RE_WORD = re.compile(r"\S+")
RE_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")
# The next line goes on in lower case: a sentence runs on (the test for a wrapped text).
RE_GOES_ON = re.compile(r"[ \t\r\n]*[a-z]")
# A word that goes on a sentence: lower case, a number ("6-2"), a bracket ("(5)").
RE_RUN_ON_WORD = re.compile(r"[a-z\d(]")
# A byline starts its own line: "By JANE DOYLE", "BY TOM HARRIS, STAFF WRITER".
RE_BYLINE_START = re.compile(r"(?:By|BY)\s+[A-Z]")
# A header block has at most this many lines.
HEADER_LINES = 10

# A line that ends a sentence (or a quotation, or a label): a paragraph may end with it.
RE_SENTENCE_END = re.compile(r"""[.!?:;"”’')\]]\s*$""")
# A line that starts a list item or a results row, never the continuation of a wrapped sentence.
RE_ITEM_START = re.compile(r"\s*(?:[-*•·]\s|\d{1,2}[.)]\s)")


@dataclass(frozen=True)
class Line:
    start: int
    end: int  # just before the newline (trailing spaces and a carriage return excluded)

    def __len__(self) -> int:
        return self.end - self.start


def text_lines(text: str) -> list[Line]:
    out: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        end = pos + len(raw.rstrip(" \t\r"))
        out.append(Line(pos, end))
        pos += len(raw) + 1
    return out


def wrap_width(text: str) -> int | None:
    """The width a text was hard-wrapped at, or None when its line breaks are the writer's own.

    Wrapped: most lines that run on into another line are within FULL_SLACK of one width between
    MIN_WIDTH and MAX_WIDTH, hardly any line is longer, and the breaks fall inside sentences (many
    next lines go on in lower case; a results list, a schedule or a headline block does not).
    """
    body = T.header_end(text)  # the scraper's " date ..." header shares the first line
    lines = [ln for ln in text_lines(text) if len(ln) > 0 and ln.start >= body]
    if len(lines) < MIN_FULL_LINES + 1:
        return None
    lengths = sorted(len(ln) for ln in lines)
    width = lengths[int(0.9 * (len(lengths) - 1))]
    # A long line or two (a URL, a table row) is allowed; many mean the breaks are the writer's own.
    if not MIN_WIDTH <= width <= MAX_WIDTH or sum(n > width + FULL_SLACK for n in lengths) > max(1, len(lengths) // 20):
        return None
    full = [ln for ln in lines if width - FULL_SLACK <= len(ln) <= width + FIT_SLACK]
    run_on = [ln for ln in full if _next_line(text, ln) is not None]
    if len(run_on) < MIN_FULL_LINES or len(full) < 0.4 * len(lines):
        return None
    lower = sum(1 for ln in run_on if RE_GOES_ON.match(text, ln.end))
    return width if lower >= 0.25 * len(run_on) else None


def _next_line(text: str, line: Line) -> int | None:
    """Start of the next line's text when it follows directly (no blank line between), else None."""
    nl = text.find("\n", line.end)
    if nl < 0:
        return None
    nxt = nl + 1
    while nxt < len(text) and text[nxt] in " \t":
        nxt += 1
    if nxt >= len(text) or text[nxt] in "\r\n":
        return None
    return nxt


def wrap_breaks(text: str, width: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each wrap break: the line's trailing blanks, its newline and the next line's indent."""
    width = wrap_width(text) if width is None else width
    if width is None:
        return []
    out: list[tuple[int, int]] = []
    head = _header_block_end(text, width)
    for ln in text_lines(text):
        nxt = _next_line(text, ln)
        if nxt is None or len(ln) == 0 or RE_ITEM_START.match(text, nxt) or RE_BYLINE_START.match(text, nxt):
            continue
        if _indent(text, nxt) > _indent(text, ln.start):
            continue  # an indented first line: a new paragraph in print layout
        # In a header block (headline, kicker, byline, paper, date) a nearly full line is not taken
        # for wrapped: its lines stop without a full stop on purpose.
        if _wrapped(text, ln, nxt, width, greedy_only=ln.end < head):
            out.append((ln.end, nxt))
    return out


def _header_block_end(text: str, width: int) -> int:
    """End of a header block: the first lines before a blank line, when they are few and short
    (headline, kicker, byline, the paper's name, a date line), else 0."""
    start = T.header_end(text)
    m = RE_BLANK_LINE.search(text, start)
    if m is None:
        return 0
    block = [line.rstrip() for line in text[start : m.start()].split("\n")]
    if not 2 <= len(block) <= HEADER_LINES or sum(len(line) >= width - FULL_SLACK for line in block) > 1:
        return 0  # a story paragraph: its lines run to the width
    return m.start()


def _wrapped(text: str, ln: Line, nxt: int, width: int, greedy_only: bool = False) -> bool:
    """Whether the break after ``ln`` is the wrapping tool's: the next word would not have fitted
    (a greedy wrapper), or the line stops mid-sentence when it is nearly full or the next line goes
    on in lower case (wrappers that measure in points, not characters, leave a ragged edge)."""
    word = RE_WORD.match(text, nxt).group(0)
    if len(ln) + 1 + len(word) > width - FIT_SLACK:
        return True
    if RE_SENTENCE_END.search(text, ln.start, ln.end):
        return False
    return (len(ln) >= width - FULL_SLACK // 2 and not greedy_only) or RE_RUN_ON_WORD.match(word) is not None


def _indent(text: str, pos: int) -> int:
    """Blanks at the start of the line holding ``pos``."""
    start = text.rfind("\n", 0, pos) + 1
    end = start
    while end < len(text) and text[end] in " \t":
        end += 1
    return end - start


def flat_text(text: str) -> str:
    """The text with each wrap break turned into spaces: same length, same offsets."""
    breaks = wrap_breaks(text)
    if not breaks:
        return text
    parts: list[str] = []
    pos = 0
    for start, end in breaks:
        parts.append(text[pos:start])
        parts.append(" " * (end - start))
        pos = end
    parts.append(text[pos:])
    return "".join(parts)
