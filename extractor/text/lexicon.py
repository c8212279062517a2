"""Shared word lists and small patterns that several stages read: number words, ordinals, rank
numbers, pronouns, the object-position test and the ATP-vs-WTA word count.

Nothing here depends on a Doc or on rule data, so any stage (or test) can use it on a string.
"""

from __future__ import annotations

import functools
import re

NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
}
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "top": 1,
}
# A rank in digits, thousands with a comma: "54", "1,204".
RANK_DIGITS = r"(?:\d,\d{3}|\d{1,4})"
RANK_NUMBER = r"(?:\d{1,4}|" + "|".join(NUMBER_WORDS) + r")"
ORDINAL = r"(?:\d{1,2}(?:st|nd|rd|th)|" + "|".join(ORDINALS) + r")"
# A world rank as an ordinal (ranks run to four digits, seeds to two): "197th", "third".
RANK_ORDINAL = r"(?:\d{1,4}(?:st|nd|rd|th)|" + "|".join(ORDINALS) + r")"

# Rank and seed phrases, written once for descriptions (extractor/refs/descriptors.py) and the
# rankings stage. Each function takes the name of the group that captures the number (None: no
# group), so one pattern can hold several.
RANK_NO = r"(?:No\.?|[Nn]o\.|[Nn]umber|\#)\s*"  # "No. 5", "No 5", "no. 5", "number five", "#5"
# What every RANK_NO phrase holds once lowercased, as a prefilter over lowercased text (so also
# what it holds in a pattern compiled with re.I): "No. 5", "No 5", "no.5", "No5", "number five", "#5".
RANK_NO_CUE = r"(?:\bno(?:\b|\d)|number|\#)"
TOUR_WORD = (
    # "world No 1", "World No. 3" (tour sites), "WTA No 5", "the world's No. 3", "the WTA's No. 12"
    r"(?:(?:[Ww]orld|WTA|ATP)(?:['’]s)?)"
)
SEED_KIND = r"(?:qualifying\s+|women['’]s\s+|men['’]s\s+)?"  # "top qualifying seed", "No 1 men's seed"


def _group(name: str | None, body: str) -> str:
    return f"(?P<{name}>{body})" if name else f"(?:{body})"


def world_rank(number: str | None = None) -> str:
    """ "world No. 5", "WTA number five", "ATP #12", never "world No 5 seed", "world No. 4 junior"."""
    return rf"{TOUR_WORD}\s+{RANK_NO}{_group(number, RANK_NUMBER)}\b(?![-\s]+(?:seed|junior|doubles))"


def ordinal_seed(ordinal: str | None = None) -> str:
    """ "fifth seed", "3rd-seeded", "top seed", "second qualifying seed"."""
    return rf"{_group(ordinal, ORDINAL)}[-\s]{SEED_KIND}seed(?:ed)?"


def number_seed(number: str | None = None) -> str:
    """ "No. 3 seed", "number four seeded", "No 1 women's seed"."""
    return rf"{RANK_NO}{_group(number, RANK_NUMBER)}[-\s]{SEED_KIND}seed(?:ed)?"


# Words that join a doubles player to the partner named after them ("A, partnering B", "A teamed up
# with B", "A combined with B"), read by the name slots (refs/slots.py) and by the teams of a result
# (results/teams.py); spaces written \s+, so verbose patterns read it too. Any case.
PARTNERING = (
    r"(?:partnering|partnered|alongside|together\s+with|(?:teamed|teaming)\s+(?:up\s+)?with"
    r"|paired\s+(?:up\s+)?with|joined\s+forces\s+with|combined\s+with)"
)

# Subject, object and possessive pronouns that can stand for a player.
RE_PRONOUN = re.compile(r"\b(?P<p>[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b")

RE_LEADING_DIGITS = re.compile(r"\d+")
RE_MEN = re.compile(r"\b(?:ATP|men's)\b")
RE_WOMEN = re.compile(r"\b(?:WTA|women's)\b")


def number_value(word: str) -> int:
    """'12' -> 12, '1,204' -> 1204, 'five' -> 5."""
    digits = word.replace(",", "")
    return int(digits) if digits.isdigit() else NUMBER_WORDS[word.lower()]


def ordinal_value(word: str) -> int:
    """'3rd' -> 3, '1,204th' -> 1204, 'fifth' -> 5, 'top' -> 1."""
    m = RE_LEADING_DIGITS.match(word.replace(",", ""))
    return int(m.group(0)) if m else ORDINALS[word.lower()]


@functools.lru_cache(maxsize=8)
def tour_word_counts(text: str) -> tuple[int, int]:
    """(men's tour words, women's tour words): "ATP"/"men's" against "WTA"/"women's". Counted once per
    text: the players, rankings and quotes stages each ask it of the same story."""
    return len(RE_MEN.findall(text)), len(RE_WOMEN.findall(text))
