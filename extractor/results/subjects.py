"""Subjects of clauses in a masked sentence: which reference a verb's subject is when the nearest
name before it is not (objects, appositions, relative clauses, participles hanging on a subject)."""

from __future__ import annotations

import re
from dataclasses import replace

from extractor.findings import Ref
from extractor.results.clause import Clause
from extractor.results.frames import Frames
from extractor.results.kinds import FrameKind
from extractor.results.masking import Masked, ref_of
from extractor.results.placeholders import RE_REF, REF, RUN

RE_COORDINATED = re.compile(r"[,;]\s*and\b")  # "..., and beat"
RE_REF_COMMA_END = re.compile(rf"{REF}\s*,\s*$")  # "⟨R⟩, " just before: an apposition
RE_PARTICIPLE_LINK = re.compile(
    r",|\bby\b|\bwith\b|\bafter\b|\bbefore\b|\bthen\b"
)  # ", beating", "by beating", "then beat"
RE_WHO = re.compile(r"\b(?:who|which|whose)\b")
RE_REF_WHO = re.compile(rf"({REF})\s*,?\s*(?:who|which)\b")  # "⟨R⟩, who": a relative clause
RE_MAIN_WIN = re.compile(
    r"[,\u2013\u2014-]\s*(?:won|triumphed|prevailed|came\s+through)\b[^,⟨]{0,30}$"
)  # ", won 6-3 6-1" after a relative clause
RE_TEAM_NEXT = re.compile(rf"\s*(?:and|&|/)\s*({REF})")  # "and ⟨R⟩": a doubles partner

RE_WHO_OBJECT = re.compile(rf"({REF})\s*,\s*(?:who|which)\b[^⟨,]*$")  # "⟨R⟩, who beat " before the name


def relative_object_head(masked: Masked, m: re.Match[str]) -> Ref | None:
    """ "S, who beat R at a warm-up event, won 6-2 6-4 against P": R is the relative clause's object;
    the main verb after its closing comma is S's."""
    text = masked.text
    who = RE_WHO_OBJECT.search(text, 0, m.start("w"))
    if who is None or "," not in text[m.end("w") : m.start("l")]:
        return None
    return ref_of(masked, who.group(1))


# "⟨R⟩, who ... ⟨R'⟩ ..., beat": the main verb just after the comma that closes the relative clause
RE_CLOSED_RELATIVE = re.compile(rf"({REF})\s*,\s*(?:who|which)\b[^.;⟨]*(?:{REF}[^.;⟨]*)+,\s*(?:\w+ly\s+|then\s+)?$")


def closed_relative_head(masked: Masked, m: re.Match[str], verb_at: int) -> Ref | None:
    """ "W, who has had no coach since he split from C last year, beat L": the name the relative
    clause hangs on is the main verb's subject, not the last name inside the clause."""
    text = masked.text
    head = RE_CLOSED_RELATIVE.search(text, 0, verb_at)
    if head is None or head.end() != verb_at or head.start(1) >= m.start("w"):
        return None
    return ref_of(masked, head.group(1))


def relative_head(masked: Masked, m: re.Match[str]) -> Ref | None:
    """ "W, who beat X at an exhibition last week, won 6-3 6-1": the score is the main verb's (after
    the relative clause's closing comma), and W, the name the relative clause hangs on, won it."""
    text = masked.text
    if not RE_MAIN_WIN.search(text, 0, m.start("s")):
        return None
    heads = list(RE_REF_WHO.finditer(text, 0, m.start("w") + 1))
    if not heads or heads[-1].start() < text.rfind(".", 0, m.start("w")):
        return None
    main_comma = RE_MAIN_WIN.search(text, 0, m.start("s")).start()
    return ref_of(masked, heads[-1].group(1)) if heads[-1].end() < main_comma else None


RE_GERUND_FRAME = re.compile(r"(?:\b\w+ing\b|\b(?:with|after|before)\s+(?:a|an|his|her|their)\b)", re.I)


def coordinated_only(verb_zone: str) -> bool:
    """True when the verb zone starts a new coordinated clause ("... and beat"), outside the relative."""
    return RE_COORDINATED.search(verb_zone) is not None


def segment_subject(masked: Masked, pos: int, frames: Frames) -> Ref | None:
    """The first reference of the clause segment holding ``pos`` that is not an object."""
    text = masked.text
    end = text.find("⟩", pos) + 1
    breaks = [b.end() for b in RE_SEGMENT_BREAK.finditer(text[:pos])]
    seg_start = breaks[-1] if breaks else 0
    for r in RE_REF.finditer(text[seg_start:end]):
        if not is_object_ref(text, seg_start + r.start(), frames):
            return ref_of(masked, r.group(0))
    return None


def is_object_ref(text: str, pos: int, frames: Frames, *, of_verb: bool = False) -> bool:
    """A reference acted on by a verb or preposition (``of_verb``: by a verb), or in apposition to one
    that is."""
    before = text[max(0, pos - 60) : pos]
    if (frames.verb_object if of_verb else frames.before_object).search(before):
        return True
    m = RE_REF_COMMA_END.search(before)
    return m is not None and is_object_ref(text, max(0, pos - 60) + m.start(), frames, of_verb=of_verb)


# "..., and", "; ", and "A beat B 6-2 and C then ...": a score closes a clause before "and" (", and X," joins
# appositions: "Oduya, a junior, and the No. 9 seed, had upset").
RE_SEGMENT_BREAK = re.compile(
    rf"\b(?:while|whereas|but|although|though|when|as|who|which)\b|;|, and\b(?!\s+{REF}\s*,)|{RUN}\s*,?\s*and\b"
    r"|\s[\u2013\u2014]\s|\s--\s"  # a dash: "MADRID — X beat Y" (a dateline), "X — the top seed — beat Y"
    r"|:\s",  # a colon before a clause: "Houston: X d. Y 6-4 7-6, then loses the final to Z" (not "11:20")
    re.I,
)


RE_RELATIVE_SUBJECT = re.compile(rf"{REF}\s*,\s*(?:who|which)\b")  # "⟨R⟩, who ...": the relative clause's subject


def relative_subject(text: str, m: re.Match[str], kind: FrameKind, used_w: set[int], used_l: set[int]) -> bool:
    """A name before ", who" is the subject of the relative clause and a side of the main clause too: a loser-first
    frame reads the relative clause on a name another clause read as its winner ("B fell to A, who then lost to
    C"), and a frame of winning reads the main clause on a name the relative clause read as its loser ("A beat B,
    who had lost to C")."""
    if not m.groupdict().get("l") or RE_RELATIVE_SUBJECT.match(text, m.start("l")) is None:
        return False
    if {m.start(k) for k in ("lp", "wp") if m.groupdict().get(k)} & (used_w | used_l):
        return False
    return m.start("l") not in (used_l if kind in (FrameKind.LOST, FrameKind.PASSIVE) else used_w)


# "⟨R⟩, the 6ft 6in Californian who served ⟨R'⟩ ...": a name that is the object of a relative clause's verb, and the
# name the relative clause hangs on
RE_RELATIVE_OBJECT_END = re.compile(rf"({REF})\s*,?[^⟨,.;]{{0,60}}?\b(?:who|that)\s+(?:\w+ly\s+)?(?-i:[a-z]+)\s+$")


def relative_clause_subject(masked: Masked, pos: int) -> Ref | None:
    """The subject of the relative clause whose verb's object is the name at ``pos`` ("Querrey, the Californian who
    served him off the court and won 6-1 6-1": the relative clause's subject won, not "him"); None elsewhere."""
    m = RE_RELATIVE_OBJECT_END.search(masked.text, max(0, pos - 100), pos)
    return ref_of(masked, m.group(1)) if m else None


RE_AND_END = re.compile(rf"({REF})\s*,?\s+and\s+$")  # "⟨R⟩ and " just before: joined to that name
# "⟨R⟩ awaits ", "⟨R⟩ will now face ": a subject and a verb (one lower-case word, not a conjunction) just before
RE_SUBJECT_VERB_END = re.compile(
    rf"{REF}\s+(?:(?:will|would|now|then|next|also|\w+ly)\s+)*(?!(?:and|or|nor|but|v|vs|versus)\s)(?-i:[a-z]+)\s+$"
)


def object_of_another(text: str, pos: int, frames: Frames) -> bool:
    """The name at ``pos`` is an object of a verb other than the clause's: joined by "and" to an object, or right
    after a subject and its verb."""
    before = text[max(0, pos - 80) : pos]
    joined = RE_AND_END.search(before)
    if joined is not None and is_object_ref(text, max(0, pos - 80) + joined.start(1), frames, of_verb=True):
        return True
    return RE_SUBJECT_VERB_END.search(before) is not None


ACTIVE_LIKE = frozenset({FrameKind.ACTIVE, FrameKind.SPLIT, FrameKind.NOMINAL})  # the winner named first, then a verb


def gerund_subject(masked: Masked, c: Clause, frames: Frames) -> Clause | None:
    """', beating X', 'by crushing X', 'with a 6-3 6-4 win over X': the winner is the subject of the
    clause the participle hangs on, not whichever name stands nearest before the verb; so is the
    loser of 'beat X 6-4 before losing to Y' or 'beat X and lost to Y' (X is an object). Returns the
    clause with that side (the same clause when nothing changes; None when the loser read is an
    object and the subject is not named)."""
    if c.kind not in ACTIVE_LIKE | {FrameKind.POSSESSIVE_WIN, FrameKind.LOST, FrameKind.PASSIVE}:
        return c
    loser_first = c.kind in (FrameKind.LOST, FrameKind.PASSIVE)
    text = masked.text
    m = RE_REF.search(text[c.start :])
    if m is None:
        return c
    w_end = c.start + m.end()
    # the words after the first side (and its partner) up to the next name
    partner = RE_TEAM_NEXT.match(text, w_end) if (c.loser_partner if loser_first else c.winner_partner) else None
    zone_start = partner.end() if partner else w_end
    nxt = RE_REF.search(text[zone_start : c.end])
    verb_zone = text[zone_start : zone_start + (nxt.start() if nxt else len(text))]
    gerund = RE_GERUND_FRAME.search(verb_zone) and RE_PARTICIPLE_LINK.search(verb_zone)
    # "A beat B 6-3 and edged C": B is an object, so it cannot be the subject of "edged".
    coordinated = is_object_ref(text, c.start + m.start(), frames, of_verb=True) and not RE_WHO.search(verb_zone)
    # a participle hangs on no object: "A beat B and C before falling to D" (C joined to an object), "A awaits B
    # in the final after dispatching C" (B the object of another verb of A's)
    coordinated = coordinated or bool(gerund and object_of_another(text, c.start + m.start(), frames))
    if loser_first and not coordinated:  # the loser named first is the subject unless it is an object
        return c
    if not (gerund or coordinated):
        return c
    # "Pegula had given the Americans the lead with a win over Boulter": a subject with its own verb
    # and no comma before the participle is the participle's subject
    link = RE_PARTICIPLE_LINK.search(verb_zone)
    if (
        not coordinated
        and link is not None
        and "," not in verb_zone[: link.start() + 1]
        and verb_zone[: link.start()].strip()
    ):
        return c
    head = text[: c.start + m.end()]
    breaks = [b.end() for b in RE_SEGMENT_BREAK.finditer(text[: c.start + m.start()])]
    # "Samsonova, who came through qualifying ..., with a win over Keys": a relative clause's
    # subject is the name it hangs on.
    relative = list(RE_REF_WHO.finditer(text[: c.end]))
    if relative and relative[-1].start(1) == c.start + m.start() and not coordinated_only(verb_zone):
        return c
    other, other_partner = (c.winner, c.winner_partner) if loser_first else (c.loser, c.loser_partner)
    for seg_start in ([breaks[-1]] if breaks else []) + [0]:
        for r in RE_REF.finditer(head[seg_start:]):
            pos = seg_start + r.start()
            if is_object_ref(text, pos, frames):
                continue
            ref = ref_of(masked, r.group(0))
            if ref.kind != "person" and ref.key != other:
                # "A and B had saved five match points ... and then beat C and D": the team too.
                team = RE_TEAM_NEXT.match(text[pos + len(r.group(0)) :])
                partner = ref_of(masked, team.group(1)).key if team else None
                if partner in (ref.key, other, other_partner):
                    partner = None
                if loser_first:
                    return replace(c, loser=ref.key, loser_partner=partner or c.loser_partner)
                return replace(c, winner=ref.key, winner_partner=partner or c.winner_partner)
    # "beat X 6-4 before losing to Y", "A beat B and then thrashed C" with no subject named: the
    # object of the first verb is no side of the second
    return None if loser_first or coordinated else c
