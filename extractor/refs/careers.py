"""Former players the page brings in another capacity (issue 17, principle 1 and its exceptions): a
pundit, a commentator, a coach or an official named by that role joined to a playing past ("BBC pundit
and former world No 4 X", "Sky commentator and ex-champion X") is no player of the story unless it puts
them in a match (a result, a doubles side, a score). A playing past alone makes no non-player: "Former
world number one X" opens many a story about a player still playing. Used by the players stage
(extractor/stages/player_finder.py)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

# A former career said before a name, in its clause: "former world No 4 ", "ex-Wimbledon champion ",
# "one-time British No 1 ", "the retired ": a marker, then at most five words (no clause break).
RE_FORMER_BEFORE = re.compile(
    r"""(?:^|(?<=[\s(]))(?i:former|ex-|one-time|onetime|erstwhile|retired)   # the marker
    (?:[\w'’.-]*)                                                             # "ex-champion": the word it begins
    (?:\s+[\w'’.-]+){0,5}\s+$                                                 # what they were
    """,
    re.VERBOSE,
)
FORMER_MARKERS = ("former", "ex-", "one-time", "onetime", "erstwhile", "retired")  # the markers, as substrings
# A role word joined to that former career: "BBC pundit and former ...", "coach and ex-...".
RE_ROLE_AND = re.compile(r"\b(?P<role>[A-Za-z-]+)\s+(?:and|&)\s+$")
# Where the clause of a name starts: a sentence end, a colon, a semicolon, a comma, a quotation mark.
RE_CLAUSE_START = re.compile(r"[.!?;:,\"“”\n]")
REACH = 70  # how far before a name its clause is read


def former_career(text: str, start: int, roles: Mapping[str, str]) -> str | None:
    """The role word the clause before the name at ``start`` joins to a former career ("pundit" of "BBC
    pundit and former world No 4 X"), or None."""
    lo = max(0, start - REACH)
    before = text[lo:start]
    low = before.lower()
    if not any(marker in low for marker in FORMER_MARKERS):
        return None  # read first: most names have no playing past before them
    cut = max((m.end() for m in RE_CLAUSE_START.finditer(before)), default=0)
    before = before[cut:]
    m = RE_FORMER_BEFORE.search(before)
    if m is None:
        return None
    role = RE_ROLE_AND.search(before, 0, m.start())
    if role is not None and roles.get(role.group("role").lower()) not in (None, "player", "family"):
        return role.group("role").lower()
    return None  # "Former world number one X will face no action": a former rank of a player still playing


def career_role(text: str, starts: Iterable[int], roles: Mapping[str, str], plays: Callable[[], bool]) -> str | None:
    """The non-playing role of a person named in full at ``starts``: the first former career a mention
    gives (``former_career``), unless ``plays()`` (read only then) finds the story puts them in a match."""
    for start in sorted(starts):
        role = former_career(text, start, roles)
        if role is not None:
            return None if plays() else role
    return None


# A reader writing in to a live blog, before the name: "An email from X:", "a tweet from X", "Reader X"
# (not "a message from X", which players send too).
RE_READER_BEFORE = re.compile(r"(?i:\b(?:e-?mail|tweet)s?\s+(?:in\s+)?from|\breader)\s+$")
# ... or after it: "X emails:", "X writes in:", "X tweets:".
RE_READER_AFTER = re.compile(r"\s+(?:e-?mails|writes(?:\s+in)?|tweets|asks)\s*:")


def reader_role(text: str, start: int, end: int) -> str | None:
    """ "reader" for a name a live blog gives as the sender of an email or a tweet ("An email
    from X: ...", "X writes in: ..."), else None."""
    if RE_READER_BEFORE.search(text, max(0, start - 30), start) or RE_READER_AFTER.match(text, end):
        return "reader"
    return None


# A role said of a name as predicate: "X is a tennis writer based in London", "X was the tournament doctor".
RE_PREDICATE = re.compile(
    r"""\s+(?:is|was|has\s+been|had\s+been|works\s+as|worked\s+as)\s+   # the copula
    (?:a|an|the)\s+                                                     # an article
    (?P<words>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\b                     # up to three lower-case words
    """,
    re.VERBOSE,
)


def predicate_role(text: str, end: int, roles: Mapping[str, str]) -> str | None:
    """The non-playing role a copula after the name ending at ``end`` gives it ("X is a tennis writer",
    "X was the tournament doctor"): the first word of a role of the rule data that is no player's
    ("a former player", "the top seed") nor a relative's; None otherwise."""
    m = RE_PREDICATE.match(text, end)
    if m is None:
        return None
    words = m.group("words").split()
    for k, w in enumerate(words):
        for phrase in (" ".join(words[k : k + 2]), w):  # "tournament doctor" before "tournament"
            kind = roles.get(phrase)
            if kind is not None:
                return phrase if kind not in ("player", "family") else None
    return None
