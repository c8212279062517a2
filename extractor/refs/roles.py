"""Roles that single out one player of a draw ("the defending champion", "the qualifier", "the
left-hander"): the words, and which players the text gives them outright.

Read by the descriptions (extractor/refs/descriptors.py, extractor/refs/antecedents.py).
"""

from __future__ import annotations

import re
from typing import Mapping

from extractor.findings import PlayerFact

# Roles that single out one player of a draw, as a description names them ("the defending champion",
# "the qualifier"), each with the form the others are read as: "the titleholder" is the defending
# champion, "the wild card" the wildcard.
DISTINCT_ROLES = {
    "defending champion": "defending champion",
    "titleholder": "defending champion",
    "title holder": "defending champion",
    "qualifier": "qualifier",
    "wildcard": "wildcard",
    "wild card": "wildcard",
    "lucky loser": "lucky loser",
    "left hander": "left-hander",
    "right hander": "right-hander",
    "debutant": "debutant",
}
ROLE_WORD = (
    r"(?:defending\s+champion|title-?holder|qualifier|wild[-\s]?card|lucky\s+loser|left-hander|right-hander"
    r"|debutant)"
)
# A role written before the name it describes, maybe after a nationality or an age: "defending champion
# X", "Italian qualifier X", "the 19-year-old wildcard X", "left-hander X".
RE_ROLE_BEFORE = re.compile(
    rf"""(?<![\w-])(?P<role>{ROLE_WORD})\s*,?\s+$""",
    re.I,
)
# A role in apposition after the name: "X, the defending champion,", "X, a qualifier from Lima,", "X, the
# Slovak left-hander,", "X (wildcard)".
RE_ROLE_AFTER = re.compile(
    rf"""\s*(?:,\s*(?:the|a|an)\s+(?:(?-i:[A-Z])[a-z]+\s+|\d{{1,2}}-year-old\s+)?  # "X, the Slovak", "X, a 21-year-old"
    | \(\s*)                                                                    # "X (wildcard)"
    (?P<role>{ROLE_WORD})\b""",
    re.I | re.VERBOSE,
)

RE_WORD_GAP = re.compile(r"[\s-]+")  # "left-hander", "left hander" (folded): one role
RE_FORMER_BEFORE = re.compile(r"\b(?:former|ex-|one-time)\s*$", re.I)  # "former qualifier X": held no more


def role_name(words: str) -> str | None:
    """The canonical role of a description's words ("wild card", "wild-card" -> "wildcard"), None when it singles
    out no one ("champion": of any year; "player")."""
    return DISTINCT_ROLES.get(" ".join(RE_WORD_GAP.split(words.lower())))


def role_holders(text: str, players: Mapping[str, PlayerFact]) -> dict[str, set[str]]:
    """Who the text names with a role outright ("defending champion X", "X, a qualifier,"): a
    description with that role ("the qualifier") points to them when they are the only one."""
    holders: dict[str, set[str]] = {}
    for key, p in players.items():
        for a, b in p.mentions:
            # "the former qualifier X", "the 2019 defending champion": a role held no more is no cue
            before = RE_ROLE_BEFORE.search(text, max(0, a - 30), a)
            if before is not None and RE_FORMER_BEFORE.search(text, max(0, before.start() - 12), before.start()):
                before = None
            for m in (before, RE_ROLE_AFTER.match(text, b, b + 40)):
                role = role_name(m.group("role")) if m is not None else None
                if role is not None:
                    holders.setdefault(role, set()).add(key)
    return holders


# A description by a title won before or a rank held before: "the three-time major champion", "the
# 2019 US Open champion", "the former Wimbledon finalist", "the former world No. 1", "the two-time
# winner". No current value (the rankings stage reads none from it), only a player to continue.
RE_TITLED = re.compile(
    r"""\b[Tt]he\s+
    (?:[Ff]ormer\s+|ex-|one-time\s+                           # "the former", "the ex-", "the one-time"
      | (?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|multiple)-time\s+   # "the three-time"
      | (?:19|20)\d{2}\s+)                                     # "the 2019"
    (?P<noun>
      (?:(?:[A-Z][\w'’.-]*\s+){1,3}|major\s+|[Gg]rand\s+[Ss]lam\s+|[Ss]lam\s+|singles\s+)?  # "US Open", "major"
      (?:champion|finalist|title\s+winner|winner|[Ww]orld\s+(?:No\.?|[Nn]umber)\s*(?:\d{1,3}|one|two|three))
    )\b
    (?!-)                                                      # "the 2019 champion-elect"
    """,
    re.VERBOSE,
)
RE_NAME_NEXT = re.compile(r"\s+(?!(?:I|He|She|It|But|And|The)\b)[A-Z]")  # "the 2019 champion Rafael Nadal": the name's
RE_NOT_PERSON_NEXT = re.compile(r"\s*(?:['’]s\s+)?(?:ranking|rankings|spot|position|status|title|trophy|crown)\b")


TITLE_WORDS = ("champion", "finalist", "winner", "orld")  # every RE_TITLED holds one


def titled_descriptions(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The descriptions by a past title or rank in [start, end) that stand for a player, not a title
    ("the former world No 1 ranking") nor a word before the name they describe ("the 2019 champion
    Rafael Nadal": the name is the reference)."""
    segment = text[start:end]
    if not any(word in segment for word in TITLE_WORDS):
        return []  # no title word: no description by a past title (a cheap test before the pattern)
    return [
        m
        for m in RE_TITLED.finditer(text, start, end)
        if not RE_NAME_NEXT.match(text, m.end()) and not RE_NOT_PERSON_NEXT.match(text, m.end())
    ]


# -- relations ----------------------------------------------------------------------------------
# A player described by their relation to another in a match told before: "his opponent", "her
# conqueror", "Barrantes's victim" (never "his next opponent": a match to come, whose player is named
# after it, nor "his doubles partner").
RE_RELATIONAL = re.compile(
    r"""\b(?:(?P<pron>[Hh]is|[Hh]er)|(?P<owner>(?-i:[A-Z])[\w-]+)['’]s?)\s+
    (?:(?:first|second|third|fourth|opening|final|semi-?final|quarter-?final)(?:-round)?\s+)?
    (?P<rel>opponent|conqueror|victim)\b""",
    re.VERBOSE,
)


def relational_descriptions(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The relational descriptions of a player in [start, end)."""
    segment = text[start:end]
    if not any(word in segment for word in RELATION_WORDS):
        return []  # a cheap test before the pattern
    return list(RE_RELATIONAL.finditer(text, start, end))


RELATION_WORDS = ("opponent", "conqueror", "victim")  # every RE_RELATIONAL holds one


def relational_player(text: str, lay, refs: list, m: re.Match[str], owner: str | None) -> str | None:
    """The player a relational description denotes: the other player of the nearest sentence (its own,
    before it, or one of the three before) that names its owner with exactly one other player ("X beat
    Y 6-3 6-4. His opponent, ranked 38th, ...": Y; "... Karl Oberholz beat Barrantes's conqueror": the
    one who beat Barrantes before)."""
    if owner is None:
        return None
    si = lay.sentence_at(m.start())
    if si is None:
        return None
    acting: set[str] = set()
    for sj in range(si, max(-1, si - 4), -1):
        sent = lay.sentences[sj]
        stop = m.start() if sj == si else sent.end
        keys = [r.key for r in refs if sent.start <= r.start < stop and r.kind != "person"]
        others = {k for k in keys if k != owner} - acting
        if owner in keys and len(others) == 1:
            return next(iter(others))
        if sj == si:
            acting |= set(keys)  # "Oberholz beat Barrantes's conqueror": the conqueror is another player
    return None
