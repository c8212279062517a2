"""Doubles teams in a masked sentence: the partner named before a side of a clause ("A/B's loss to",
"A, partnering B, fell to": a frame reads B, the name nearest its verb, and A is B's partner)."""

from __future__ import annotations

import re
from dataclasses import replace

from extractor.findings import Ref
from extractor.results.clause import Clause
from extractor.results.frames import Frames
from extractor.results.masking import Masked, ref_of
from extractor.results.placeholders import REF, ref_index
from extractor.results.subjects import is_object_ref
from extractor.text.lexicon import PARTNERING

# Words that tell a sentence is about doubles: "A and B" is then a team.
RE_DOUBLES = re.compile(
    r"\b(?:doubles|pairs?|pairing|duo|partners?|partnering|partnered|alongside|teams?|seeds|brothers|sisters|twins)\b",
    re.I,
)
# A partner named just before a name: "A/B", "A and her partner B" (a team only in a doubles
# sentence), "A, partnering B", "A alongside B" (a team wherever they stand).
RE_PARTNER_BEFORE = re.compile(
    rf"""(?P<p>{REF})(?:\s*\([^()⟨]{{0,12}}\))?(?:\s*,[^,⟨]{{1,40}},)?                 # "A, of Ottawa, and B"
    (?:\s*(?P<slash>/|&)\s*                                             # "A/B", "A & B"
      |\s+and\s+(?:(?:the|his|her|their|fellow|compatriot|partner)\s+){{0,3}}  # "A and her partner B"
        (?:(?-i:[A-Z][a-z]+)(?:\s(?-i:[A-Z][a-z]+))?['’]s\s+)?                # "A and Belgium's B"
      |[^⟨.;]{{0,30}}?\b(?P<explicit>{PARTNERING}                      # "A, partnering B", "A alongside B"
        |with\s+(?:his|her|their)\s+partner)\s+)
    $""",
    re.VERBOSE | re.IGNORECASE,
)
RE_RELATIVE_AFTER = re.compile(rf"{REF}\s*,\s*(?:who|which)\b")  # "⟨R⟩, who": a relative clause on the name
PARTNER_REACH = 60  # characters before a name read for its partner


def partner_before(masked: Masked, pos: int, frames: Frames, sides: set[str], *, doubles: bool = False) -> Ref | None:
    """The partner named just before the name at masked offset ``pos``: one joined to it by "/" or
    "partnering" anywhere, by "and" in a doubles sentence or when the other side of the clause is a team
    (``doubles``: "A and B suffered a defeat by C and D"); never one of the clause's ``sides``, a
    non-player or the object of a verb ("W beat A and B beat C": A is W's opponent, not B's partner)."""
    text = masked.text
    m = RE_PARTNER_BEFORE.search(text, max(0, pos - PARTNER_REACH), pos)
    if m is None or not (m.group("slash") or m.group("explicit") or doubles or RE_DOUBLES.search(text)):
        return None
    partner = ref_of(masked, m.group("p"))
    if partner is None or partner.kind == "person" or partner.key in sides:
        return None
    # "went to A and B, who saw off C and D": the relative clause hangs on the pair, whatever governs it
    if RE_RELATIVE_AFTER.match(text, pos):
        return partner
    return None if is_object_ref(text, m.start("p"), frames) else partner


def team_partner(masked: Masked, ref: str | Ref | None) -> Ref | None:
    """The partner of a team named as one ("they", "the Bryan brothers": extractor/results/pairs.py),
    given its placeholder (or a match group holding it) or its reference."""
    if isinstance(ref, Ref):
        i = next((k for k, r in enumerate(masked.refs) if r is ref), None)
    else:
        i = ref_index(ref)
    key = masked.partners.get(i) if i is not None else None
    return Ref(-1, -1, key, "team") if key else None


def singles_sides(clauses: list[Clause], masked: Masked) -> list[Clause]:
    """ "L was beaten by W and W2 overcame L2": W2, read as W's partner, is the singles winner of the next clause; in a
    sentence that says nothing of doubles, a partner who is a side of another clause with no partner of its own is no
    partner (the clauses returned in the same order, a changed one as a new value)."""
    if len(clauses) < 2 or RE_DOUBLES.search(masked.text) or "/" in masked.text:
        return clauses
    alone = {k for c in clauses if c.winner_partner is None and c.loser_partner is None for k in (c.winner, c.loser)}
    out = []
    for c in clauses:
        if c.winner_partner in alone and c.loser_partner is None:
            c = replace(c, winner_partner=None)
        elif c.loser_partner in alone and c.winner_partner is None:
            c = replace(c, loser_partner=None)
        out.append(c)
    return out
