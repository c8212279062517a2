"""Whether a clause states a result at all. One place decides it for every frame: the words before
its verb (a modal, a future, a negation, an attempt, a hope, a prediction), a condition or a question
whose subject the verb follows ("If X beats Y", "Can X beat Y?", "Should X get past Y"), a prediction
about the subject ("tip X to beat Y"), and a set won or lost inside a match ("lost the opening set
to Y"). The words are data (``extractor/data/result_words.jsonl``: irrealis, predictor, condition,
inverted); ``Mood.build`` compiles them once per pipeline."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping

from extractor.data.phrases import phrases_alternation
from extractor.results.fillers import PRE_NAME, RUN, TEAM
from extractor.results.placeholders import REF

WINDOW = 100  # characters before a verb read for the words that make its clause no result
# Words that may stand between those words and the verb: "will surely beat", "if X, the top seed, beats".
ADVERB = r"(?:(?:\w+ly|ever|finally|still|even|just|again|then|also|once\s+again|at\s+last)\s+)"
# A subject right before its verb: "X", "X and Y", "the top seed X, the Spaniard,"
SUBJECT = rf"{PRE_NAME}{REF}{TEAM}(?:\s*\([^()⟨]{{0,12}}\))?(?:\s*,[^,⟨]{{1,50}},)?\s*"

# A set won or lost inside a match, the verb's object, with the opponent after a preposition:
# "lost the opening set 2-6 to Y", "won the second set against Y", "took the first set off Y".
RE_SET_IN_MATCH = re.compile(
    rf"""\b(?:won|wins|win|winning|lost|loses|lose|losing|took|takes|take|taking|dropped|drops|drop|dropping
      |claimed|claims|conceded|concedes|surrendered|grabbed|snatched|stole|pinched|levelled|leveled)\s+
    (?:the|a|an|one|another|his|her|their|its)\s+
    (?:(?:first|second|third|fourth|opening|1st|2nd|3rd|4th|next|middle)\s+)?sets?\b(?!-)  # "the opening set"
    (?:\s*\(?(?:{RUN}|\d+-\d+(?:\s*\(\d+\))?)\)?|\s+(?:in|on)\s+(?:a|the)\s+tie-?break)*  # "2-6", "in a tiebreak"
    \s+(?:to|against|off|from|over|with)\s+{PRE_NAME}{REF}""",
    re.VERBOSE | re.IGNORECASE,
)
# The one score of an early set right after the second side: "crushed L 6-2 in the second set" (a set won, not the
# match; a final or deciding set won is the match's end)
RE_EARLY_SET_AFTER = re.compile(
    rf"\s*,?\s*\(?(?:{RUN}|\d+-\d+)\)?\s+(?:in|of)\s+(?:the|a|an)\s+(?:first|second|opening|1st|2nd)\s+set\b",
    re.IGNORECASE,
)
RE_BARE_AUXILIARY = re.compile(r"\b(?:was|were|is|are|be|been|being)\s+$", re.IGNORECASE)  # "was beat"
RE_QUESTION = re.compile(r"\?[\s\"'”’)]*$")  # the sentence asks


@dataclass(frozen=True)
class Mood:
    """The patterns that make a clause no result, compiled once from result_words.jsonl."""

    before_verb: re.Pattern[str]  # "will beat", "hopes to beat", "if X beats", "tip X to beat", "Can X beat"

    @classmethod
    def build(cls, words: Mapping[str, tuple[str, ...]]) -> "Mood":
        irrealis = phrases_alternation(words.get("irrealis", ()))
        predictor = phrases_alternation(words.get("predictor", ()))
        condition = phrases_alternation(words.get("condition", ()))
        inverted = phrases_alternation(words.get("inverted", ()))
        before = rf"""(?:
            # "will beat", "hopes to knock out", "favourite to defeat", "didn't beat"
            (?:\b|(?<=\w)(?=n['’]t)){irrealis}\s+(?:\w+\s+|{REF}\s+)?{ADVERB}?
            # "if X beats", "unless the Spaniard, the top seed, beats"
          | \b{condition}\s+{SUBJECT}{ADVERB}?
            # "Can X beat", "Should X get past": an auxiliary before its subject opening a clause
          | (?:^|[,;:(\u2013\u2014]\s*|\b(?:and|but|or|so)\s+)\s*{inverted}\s+{SUBJECT}{ADVERB}?
            # "tip X to see off", "expect X to beat"
          | \b{predictor}\s+{SUBJECT}(?:(?:as\s+)?(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}?)?to\s+{ADVERB}?
        )$"""
        return cls(before_verb=re.compile(before, re.VERBOSE | re.IGNORECASE))

    def not_a_result(self, text: str, verb_at: int, *, active: bool = True) -> bool:
        """True when what stands before the verb at ``verb_at`` makes its clause no result; an
        ``active`` verb right after "was" is a passive without its participle ("was beat")."""
        before = text[max(0, verb_at - WINDOW) : verb_at]
        return self.before_verb.search(before) is not None or (active and RE_BARE_AUXILIARY.search(before) is not None)


def is_question(text: str) -> bool:
    """A sentence that asks ("Can X beat Y on Friday?") states no result."""
    return RE_QUESTION.search(text) is not None


def set_in_match(text: str, start: int, end: int) -> bool:
    """True when the clause ``text[start:end]``, whose second side ends at ``end``, tells a set won or
    lost against that side inside a match, not the match ("W, who lost the first set to X, beat L"
    is L's match; "W crushed L 6-2 in the second set")."""
    return any(m.end() == end for m in RE_SET_IN_MATCH.finditer(text, start, end)) or bool(
        RE_EARLY_SET_AFTER.match(text, end)
    )
