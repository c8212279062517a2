"""Cues around a name that give its nationality and age ("Spaniard X", "Russia's X", "X (ESP)", "X of
Britain", "X, 21,", "the 19-year-old X") and mark it a player's (a draw's bracket "(3)"). Plain
functions over the text and the rule data's countries."""

from __future__ import annotations

import re

from extractor.data.resources import Resources
from extractor.text import plain as T

RE_COUNTRY_BEFORE = re.compile(r"([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)(?:['’]s)?\s+$")  # "Spaniard ", "Russia's "
# "Spanish teenager X", "Croatian duo X and Y": a demonym, a head noun, then the name (or the second name)
RE_DEMONYM_HEAD_BEFORE = re.compile(
    r"\b(?P<d>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+"
    r"(?:(?:teenager|youngster|star|veteran|qualifier|wildcard|left-hander|right-hander|player)\s+"
    r"|(?P<group>duo|pair|pairing|twins|brothers|sisters|trio)\s+(?:[A-Z][\w'’-]+\s+){1,3}"
    r"(?:and|&)\s+|(?:duo|pair|pairing|twins|brothers|sisters|trio)\s+)$"
)
# The words RE_DEMONYM_HEAD_BEFORE ends with (before the space that ends the text): no window that ends
# otherwise is searched.
HEAD_ENDS = tuple(
    "teenager youngster star veteran qualifier wildcard left-hander right-hander player and & "
    "duo pair pairing twins brothers sisters trio".split()
)
RE_POSSESSIVE_END = re.compile(r"['’]s\s+$")
RE_CODE_AFTER = re.compile(r"\s*\((?P<code>[A-Z]{3})(?:\s*[x×]?\d{1,2})?\)")  # "(ESP)", "(ITA x1)"
RE_COUNTRY_BRACKET = re.compile(r"\s*\((?P<c>[A-Z][\w.]*(?:\s(?:and\s)?[A-Z][\w.]*){0,3})\)")  # "(Switzerland)", "(US)"
# "(US)" in a seed list: an abbreviation too close to the pronoun "us" to be a country name anywhere else
BRACKET_COUNTRY = {"US": "USA"}
RE_OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?(?P<c>[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})")  # "of Britain"
# ", 21," after a name, or ", 21." closing the sentence ('said Keys, 21.' as 'Keys, 21, said')
RE_AGE_APPOSITION = re.compile(r"\s*,\s*(?P<age>\d{2})\s*(?:,|;|\.(?!\d)|$)")
# An age in an apposition with a word that makes the number an age, a former player's too:
RE_AGE_WORD_APPOSITION = re.compile(
    r"\s*,\s*(?:"
    r"(?:now|aged)\s+(?P<age>\d{2})\s*(?:,|;|\.(?!\d)|$)"  # "Curren, now 67, told us", "X, aged 19,"
    r"|(?:a|the)\s+(?P<age2>\d{2})-year-old\b(?:\s+(?P<next>(?-i:[A-Z])[\w-]*))?"  # "Dubois, a 22-year-old from Lyon,"
    r")"
)
RE_DRAW_BRACKET = re.compile(r"\s*\((?:\d{1,2}|[A-Z]{3}\s*[x×]?\d{1,2}|WC|Q|LL|PR)\)")  # "(3)", "(WC)"
RE_AGE_BEFORE = re.compile(r"\b(\d{1,2})-year-old\s+(?:[A-Z][a-z]+\s+)?$")
NATIONAL_RANK = re.compile(r"\s+(?:No\.?|[Nn]umber)\s*\d", re.IGNORECASE)


def country_before(text: str, start: int, res: Resources) -> str | None:
    """'Spaniard Carlos Alcaraz', 'American Madison Keys', "Russia's Daria Kasatkina"."""
    before = text[max(0, start - 40) : start]
    m = RE_COUNTRY_BEFORE.search(before)
    if not m:
        h = demonym_head_before(text, start)
        if h:
            d = T.fold(h.group("d"))
            return res.demonyms.get(d) or res.nationality_nouns.get(d) or res.demonyms.get(d.split()[-1])
        return None
    word = T.fold(m.group(1))
    if RE_POSSESSIVE_END.search(before):
        return res.country_names.get(word) or res.country_names.get(word.split()[-1])
    last = word.split()[-1] if word else word
    code = (
        res.nationality_nouns.get(word)
        or res.demonyms.get(word)
        or res.nationality_nouns.get(last)
        or res.demonyms.get(last)
    )
    if code and NATIONAL_RANK.match(text, start):
        return None
    return code


def demonym_head_before(text: str, start: int) -> re.Match[str] | None:
    """RE_DEMONYM_HEAD_BEFORE in the 70 characters before ``start``, searched only when they end on
    one of its last words (HEAD_ENDS) and a space."""
    window = text[max(0, start - 70) : start]
    ends = window.rstrip()
    if len(ends) == len(window) or not ends.endswith(HEAD_ENDS):
        return None
    return RE_DEMONYM_HEAD_BEFORE.search(window)


def cues_after(text: str, end: int, res: Resources) -> tuple[str | None, int | None, bool]:
    """(nationality, age, strong cue) from what follows a name."""
    after = text[end : end + 60]
    nat = None
    age = None
    strong = False
    # Every pattern below opens on white space and a bracket, a comma or "of": nothing else can follow.
    opens = after.lstrip()[:1]
    if opens not in ("(", ",", "o", "O"):
        return nat, age, strong
    m = RE_CODE_AFTER.match(after)
    if m and m.group("code") in res.country_names.values():  # a country's code (the values are codes)
        nat, strong = m.group("code"), True
    m = RE_COUNTRY_BRACKET.match(after)
    if m and nat is None:
        code = res.country_names.get(T.fold(m.group("c"))) or BRACKET_COUNTRY.get(m.group("c"))
        if code:
            nat, strong = code, True
    m = RE_OF_COUNTRY.match(after)
    if m:
        words = m.group("c").split()
        for n in range(len(words), 0, -1):
            code = res.country_names.get(T.fold(" ".join(words[:n])))
            if code:
                nat, strong = code, True
                break
    m = RE_AGE_APPOSITION.match(after)
    if m and 14 <= int(m.group("age")) <= 45:
        age, strong = int(m.group("age")), True
    m = RE_AGE_WORD_APPOSITION.match(after)
    # "X, the 19-year-old American," but not "X, the 19-year-old Delgado said": another name follows
    other_name = m and m.group("next") and not _nationality_word(m.group("next"), res)
    if m and not other_name and age is None and 10 <= int(m.group("age") or m.group("age2")) <= 80:
        age, strong = int(m.group("age") or m.group("age2")), True
    if RE_DRAW_BRACKET.match(after):
        strong = True
    return nat, age, strong


def _nationality_word(word: str, res: Resources) -> bool:
    w = T.fold(word)
    return w in res.demonyms or w in res.nationality_nouns


def age_before(text: str, start: int) -> int | None:
    before = text[max(0, start - 40) : start]
    m = RE_AGE_BEFORE.search(before) if "-year-old" in before else None
    return int(m.group(1)) if m else None
