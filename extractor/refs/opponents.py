"""Speakers named by their side of a match instead of a name: "her opponent", "Holub's conqueror",
"the Spaniard's victim", "the loser", "the beaten finalist", "the victor". The side is read from the
results the scorelines stage found (singles only): the other player of the owner's match, the winner
over the owner, the loser to the owner, or the loser or winner of the match in focus (the match of the
player last named before the phrase, else the article's first result). A phrase no result settles is
left as it was (PHENOMENA: the text does not say).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from extractor.findings import MatchFact, Ref, refs_between

# A relation to an owner: the owner, at most two lower-case modifiers, the relation noun.
RE_OWNED_SIDE = re.compile(
    r"""(?<![\w'’-])
    (?P<owner>(?-i:[Hh])is|(?-i:[Hh])er                           # "her opponent", "his conqueror"
      |(?-i:[A-Z])[\w.-]+(?:\s+(?-i:[A-Z])[\w.-]+)?['’]s?          # "Holub's opponent", "Ana Brix's victim"
      |(?-i:[Tt])he\s+(?:[\w-]+\s+){0,2}?[\w-]+['’]s?)             # "the Spaniard's conqueror"
    \s+(?:(?-i:[a-z][\w-]*)\s+){0,2}?                              # "her beaten opponent", "his first-round victim"
    (?P<rel>opponent|rival|foe|adversary                           # the other side of the owner's match
      |conqueror|vanquisher|nemesis                                # the winner over the owner
      |victim)                                                     # the loser to the owner
    (?![\w'’-])""",
    re.IGNORECASE | re.VERBOSE,
)
# A side of the match in focus with no owner: "the loser", "the beaten finalist", "the defeated
# Spaniard", "the victor", "the victorious Czech". ("the winner" and "the champion" stay descriptions:
# they also name the winner of an event.)
RE_FOCUS_SIDE = re.compile(
    r"""(?<![\w'’-])(?-i:[Tt])he\s+
    (?:(?P<lose>loser|vanquished                                   # "the loser", "the vanquished"
      |(?:beaten|defeated|losing|vanquished)\s+(?-i:[\w-]+))      # "the beaten finalist", "the defeated Swiss"
      |(?P<win>victor|(?:victorious|winning)\s+(?-i:[\w-]+)))      # "the victor", "the victorious Czech"
    (?![\w'’-])(?!['’])(?!\s+(?:of|in|at)\s)   # "the loser of the other semi-final": another match's""",
    re.IGNORECASE | re.VERBOSE,
)
OTHER_SIDE = frozenset({"opponent", "rival", "foe", "adversary"})
WINNER_OVER = frozenset({"conqueror", "vanquisher", "nemesis"})
RE_PRONOUN_OWNER = re.compile(r"(?i:his|her)\Z")


def singles(matches: Sequence[MatchFact]) -> list[MatchFact]:
    """The singles results in text order (a doubles side has no one opponent)."""
    return sorted(
        (m for m in matches if m.winner_partner is None and m.loser_partner is None), key=lambda m: m.evidence[0]
    )


def match_of(matches: list[MatchFact], key: str, pos: int) -> MatchFact | None:
    """The player's result told last before ``pos``, else the first told after it."""
    own = [m for m in matches if key in (m.winner, m.loser)]
    before = [m for m in own if m.evidence[0] < pos]
    return before[-1] if before else (own[0] if own else None)


def side(m: MatchFact, owner: str, rel: str) -> str | None:
    """The player in relation ``rel`` to ``owner`` in result ``m``."""
    if rel in OTHER_SIDE:
        return m.loser if m.winner == owner else m.winner
    if rel in WINNER_OVER:
        return m.winner if m.loser == owner else None
    return m.loser if m.winner == owner else None  # a victim


def focus_match(matches: list[MatchFact], refs: list[Ref], pos: int) -> MatchFact | None:
    """The result in focus at ``pos``: the one of the player named last before it who has one,
    else the article's first."""
    players = {k for m in matches for k in (m.winner, m.loser)}
    for r in reversed(refs_between(refs, max(0, pos - 3000), pos)):
        if r.key in players:
            return match_of(matches, r.key, pos)
    return matches[0] if matches else None


def side_refs(
    text: str,
    matches: Sequence[MatchFact],
    refs: list[Ref],
    owner_of: Callable[[int, str], str | None],
    skip: Callable[[int], bool],
) -> list[Ref]:
    """References for the phrases in ``text`` that name a player by a side of a match, resolved
    through ``matches``. ``refs`` are the references in text order (names and descriptions);
    ``owner_of(pos, pronoun)`` resolves a "his"/"her" owner at ``pos``; ``skip(pos)`` leaves out a
    phrase (inside a quotation)."""
    played = singles(matches)
    if not played:
        return []
    out = []
    for m in RE_OWNED_SIDE.finditer(text):
        s, e = m.span()
        if skip(s):
            continue
        o0, o1 = m.span("owner")
        if RE_PRONOUN_OWNER.match(m.group("owner")):
            owner = owner_of(s, m.group("owner").lower())
        else:
            owner = next((r.key for r in refs_between(refs, o0, o1) if r.end <= o1 + 2), None)
        game = match_of(played, owner, s) if owner else None
        key = side(game, owner, m.group("rel").lower()) if game else None
        if key is not None:
            out.append(Ref(s, e, key, "descriptor"))
    for m in RE_FOCUS_SIDE.finditer(text):
        s, e = m.span()
        if skip(s) or any(r.start < e and s < r.end for r in out):
            continue
        game = focus_match(played, refs, s)
        if game is not None:
            out.append(Ref(s, e, game.loser if m.group("lose") else game.winner, "descriptor"))
    return out
