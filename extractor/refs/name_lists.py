"""Lists of names ("Also through: A, B and C", "A, B, C and D all advanced"): the members of a list that
holds a player are players too (issue 17, principle 1: a name listed with players is a player, whatever
the statistical NER labels it). A list has three members or more, commas between them and "and" (or
"&") before the last; two names joined by "and" alone are a doubles side or a pairing (slots.coordinated).
Used by the candidates (extractor/refs/candidates.py) for names nothing else decided."""

from __future__ import annotations

import re
from collections.abc import Collection

from extractor.refs.slots import BRACKETS, OTHER_NAME, PARTICLE_WORD
from extractor.text import plain as T

# A name: capitalised words, particles before ("van Loon") and between them.
NAME = rf"(?:{PARTICLE_WORD}\s+)*{OTHER_NAME}"
# One member: a name, then what a draw adds ("(ESP)", "[3]").
MEMBER = rf"{NAME}{BRACKETS}"
# A list of names: commas between its members, "and" or "&" (after an optional comma) before the last.
RE_NAME_LIST = re.compile(
    rf"""{MEMBER}
    (?:\s*,\s*{MEMBER}){{1,12}}      # ", B", ", C": one comma-joined member or more
    \s*,?\s+(?:and|&)\s+{MEMBER}     # ", and D" or " and D": the last member
    """,
    re.VERBOSE,
)
RE_MEMBER = re.compile(NAME)
# A capitalised preposition opening a list's first member: "In Hamburg, A and B", "At Indian Wells, A, B and C".
RE_PREPOSITION_FIRST = re.compile(r"(?:In|At|On|From|Near|For|By|After|Before|During|Since|Until)\s")
# Before a list's first member: a preposition makes it a place or a time ("In Madrid, A and B ..."),
# a closing or an opening clause ("At Indian Wells, ...").
RE_PREPOSITION_BEFORE = re.compile(r"\b(?i:in|at|on|from|near|of|to|for|by|after|before|during|since|until)\s+$")
# Where a list's context is cut: a sentence end, a colon or a semicolon, a line break.
RE_CLAUSE_END = re.compile(r"[.!?:;\n](?<!\bNo\.)(?<!\bvs\.)(?<!\bSt\.)\s")
REACH = 300  # the most characters read on each side of a name for its list
# Beside a member of a list: a comma, "and" or "&" before it; a comma after it (brackets between).
RE_LIST_JOIN_BEFORE = re.compile(r"(?:,|\band|&)\s*$")
RE_LIST_JOIN_AFTER = re.compile(rf"{BRACKETS}\s*,")


def list_members(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The members of the list of names holding the name at [start, end), in order, or [] when the name
    is in none. A first member after a preposition is left out ("In Madrid, A, B and C")."""
    lo = max(0, start - REACH)
    for m in RE_CLAUSE_END.finditer(text, lo, start):
        lo = m.end()
    hi = min(len(text), end + REACH)
    cut = RE_CLAUSE_END.search(text, end, hi)
    hi = cut.start() if cut else hi
    for m in RE_NAME_LIST.finditer(text, lo, hi):
        if m.start() > start:
            break
        if m.end() < end:
            continue
        members = [(n.start(), n.end()) for n in RE_MEMBER.finditer(text, m.start(), m.end())]
        members = [(a, b) for a, b in members if not _bracketed(text, a)]
        if members and (
            RE_PREPOSITION_BEFORE.search(text, max(0, members[0][0] - 12), members[0][0])
            or RE_PREPOSITION_FIRST.match(text, members[0][0])
        ):
            members = members[1:]
        if len(members) >= 3 and any(a <= start < b or start <= a < end for a, b in members):
            return members
    return []


def listed_with(
    text: str, start: int, end: int, others: list[tuple[int, int]], event_names: Collection[str] = ()
) -> bool:
    """The name at [start, end) and one of the names at ``others`` are two members of one list. A single
    word that begins an event's name (folded ``event_names``) is the event's ("Internazionali, Sinner and
    Musetti fly"), not a player listed."""
    if not RE_LIST_JOIN_BEFORE.search(text, max(0, start - 6), start) and not RE_LIST_JOIN_AFTER.match(text, end):
        return False  # no comma nor "and" beside the name: no member of a list (read first: most names are none)
    members = list_members(text, start, end)
    if not members:
        return False
    own = [(a, b) for a, b in members if a < end and start < b]
    rest = [(a, b) for a, b in members if (a, b) not in own]
    if not any(a < d and c < b for a, b in rest for c, d in others):
        return False
    word = T.fold(text[start:end])
    return " " in word or not any(e.startswith(word + " ") for e in event_names)


def _bracketed(text: str, pos: int) -> bool:
    """A capitalised word inside brackets ("(ESP)", "(Switzerland)"): what a draw adds, not a member."""
    opened = text.rfind("(", max(0, pos - 24), pos)
    return opened >= 0 and ")" not in text[opened:pos]
