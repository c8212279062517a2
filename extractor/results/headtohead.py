"""Head-to-head statements over masked sentences ("the third time in eight meetings that W has
defeated L", "W leads L 5-2"): the patterns the h2h stage extracts with, and the test the
scorelines stage uses to tell a record from one match's result."""

from __future__ import annotations

import re

from extractor.results.placeholders import REF
from extractor.text.lexicon import NUMBER_WORDS, ORDINALS

R = REF
NUM = r"(?:\d{1,3}|" + "|".join(NUMBER_WORDS) + r")"
ORD = r"(?:\d{1,3}(?:st|nd|rd|th)|" + "|".join(k for k in ORDINALS if k != "top") + r")"
MEETINGS = r"(?:meetings|matches|encounters|meetings\s+overall|career\s+meetings|head-to-heads|clashes|contests)"
# The verbs of a record; each pattern below holds one of them or a word of RE_CUE
LEADS = r"(?:leads|led|leading)"
IMPROVED = r"(?:improved|extended|moved)"

PATTERNS = (
    # "the third time in eight meetings that W has defeated L"
    re.compile(
        rf"\bthe\s+(?P<wins>{ORD})\s+time\s+in\s+(?:(?:their|his|her)\s+)?"
        rf"(?P<meetings>{NUM})\s+{MEETINGS}\s+(?:that\s+)?(?P<w>{R})\s+(?:has|have|had)\s+(?:now\s+"
        rf")?(?:defeated|beaten|beat|won\s+against|got\s+the\s+better\s+of|overcome)\s+(?P<l>{R})",
        re.I,
    ),
    # "W has won five of their eight meetings (with L)"
    re.compile(
        rf"(?P<w>{R})\s+(?:has|have|had)\s+(?:now\s+)?won\s+(?P<wins>{NUM})\s+of\s+(?:(?:their|his"
        rf"|her|the)\s+)?(?P<meetings>{NUM})\s+(?:previous\s+|prior\s+)?{MEETINGS}(?:\s+(?:with"
        rf"|against)\s+(?P<l>{R}))?",
        re.I,
    ),
    # "W leads L 5-2 (in their head-to-head)", "W leads the head-to-head 5-2"
    re.compile(rf"(?P<w>{R})[^⟨]{{0,30}}?\b{LEADS}\s+(?P<l>{R})\s+(?P<a>\d{{1,2}})-(?P<b>\d{{1,2}})", re.I),
    re.compile(
        rf"(?P<w>{R})[^⟨]{{0,30}}?\b{LEADS}\s+(?:the|their)\s+(?:head-to-head|h2h"
        rf"|rivalry|series|career\s+series)\s+(?:(?:against|with|over)\s+(?P<l>{R})\s+)?"
        rf"(?P<a>\d{{1,2}})-(?P<b>\d{{1,2}})",
        re.I,
    ),
    # "W improved her record against L to 7-0"
    re.compile(
        rf"(?P<w>{R})[^⟨]{{0,40}}?\b{IMPROVED}\s+(?:his|her|their)\s+(?:record"
        rf"|head-to-head|h2h)\s+(?:against|over|with)\s+(?P<l>{R})\s+to\s+(?P<a>\d{{1,2}})-"
        rf"(?P<b>\d{{1,2}})",
        re.I,
    ),
    re.compile(
        rf"(?P<w>{R})[^⟨]{{0,40}}?\b{IMPROVED}\s+(?:his|her|their)\s+(?:record"
        rf"|head-to-head|h2h)\s+to\s+(?P<a>\d{{1,2}})-(?P<b>\d{{1,2}})\s+(?:against|over|with)\s+"
        rf"(?P<l>{R})",
        re.I,
    ),
)

# A word every pattern holds, searched in the plain text of a sentence before it is masked (a word of
# the masked text is in the plain text too): a sentence without one states no record
CUE_WORDS = (
    "time",  # "the third time in eight meetings"
    "won",  # "has won five of their eight meetings"
    "leads",  # "W leads L 5-2"
    "led",
    "leading",
    "improved",  # "W improved her record against L to 7-0"
    "extended",
    "moved",
)
RE_CUE = re.compile("|".join(CUE_WORDS), re.IGNORECASE)


def holds_cue(text: str, lowered: str | None, start: int, end: int) -> bool:
    """Whether text[start:end] holds a word of ``CUE_WORDS`` as RE_CUE finds it; ``lowered`` is
    ``plain.ignorecase_lower(text)`` (then a plain find is the same test, faster), or None."""
    if lowered is not None:
        return any(lowered.find(word, start, end) >= 0 for word in CUE_WORDS)
    return RE_CUE.search(text, start, end) is not None


# The word each of the first two patterns holds as written ("time", "won")
RE_COUNT_CUE = re.compile(r"time|won", re.IGNORECASE)


def is_h2h_statement(masked_text: str) -> bool:
    """A sentence that states a head-to-head record rather than one match's result."""
    return RE_COUNT_CUE.search(masked_text) is not None and any(p.search(masked_text) for p in PATTERNS[:2])


def count_of(word: str) -> int:
    m = re.match(r"\d+", word)
    if m:
        return int(m.group(0))
    w = word.lower()
    return NUMBER_WORDS.get(w) or ORDINALS[w]
