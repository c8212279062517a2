"""Results told across sentences: a match in progress or a scheduled one that a later sentence ends
(L "was up 6-4 1-1 on W" ... "and quit"; L "was due to face W" ... "could not play"), and a doubles
team named by a plural description ("the Czech pair beat ...") that is the pair the sentence before
names. Used by extractor/stages/scorelines.py."""

from __future__ import annotations

import dataclasses
import re

from extractor.results.clause import Clause
from extractor.results.fillers import PRE_LOSER
from extractor.results.frames import Frames
from extractor.results.kinds import FrameKind
from extractor.results.masking import Masked, ref_of
from extractor.results.placeholders import REF

# "L needed the trainer while leading W 6-4 1-1": a match in progress, ended by a later "quit"
RE_WHILE_PLAYING = re.compile(
    rf"""(?P<l>{REF})[^⟨.;]{{0,100}}?\b(?:while|when)\s+(?:leading|trailing|serving|playing|facing)\s+
    (?:against\s+)?{PRE_LOSER}(?P<w>{REF})""",
    re.VERBOSE | re.IGNORECASE,
)


# "L was due to meet W": a match a later withdrawal may turn into a walkover
RE_SCHEDULED = re.compile(
    rf"""(?P<l>{REF})[^⟨.;]{{0,40}}?\b(?:had\s+been|was|were|is)\s+(?:scheduled|due|set)\s+to\s+(?:play|face|meet|take\s+on)\s+
    {PRE_LOSER}(?P<w>{REF})""",
    re.VERBOSE | re.IGNORECASE,
)


# "L led W 6-4 1-0 in their quarter-final when ...", "L trailed W by a set": a match in progress told from one side
RE_LED_OR_TRAILED = re.compile(
    rf"""(?P<l>{REF})[^⟨.;]{{0,30}}?\b(?:led|trailed|was\s+leading|was\s+trailing|were\s+leading|were\s+trailing)\s+
    {PRE_LOSER}(?P<w>{REF})""",
    re.VERBOSE | re.IGNORECASE,
)
# "in her first-round match against W, L landed awkwardly": a match named by its opponent, its player after it
RE_MATCH_AGAINST = re.compile(
    rf"""\b(?:his|her|their)\s+(?:[\w-]+\s+){{0,3}}?(?:match|tie|rubber|meeting)\b[^⟨.;]{{0,40}}?\bagainst\s+
    {PRE_LOSER}(?P<w>{REF})[^⟨.;,]{{0,30}},\s*(?P<l>{REF})""",
    re.VERBOSE | re.IGNORECASE,
)


def pending(frames: Frames) -> tuple:
    """(kind of match waiting for a later sentence, its pattern, the later pattern that ends it,
    the outcome it then has): "... and he quit" (frames.quit_later), "L could not play"
    (frames.withdrew_later)."""
    return (
        (FrameKind.RETIRED_LATER, RE_WHILE_PLAYING, frames.quit_later, "retired"),
        (FrameKind.RETIRED_LATER, RE_LED_OR_TRAILED, frames.quit_later, "retired"),
        (FrameKind.RETIRED_LATER, RE_MATCH_AGAINST, frames.quit_later, "retired"),
        (FrameKind.WALKOVER_LATER, RE_SCHEDULED, frames.withdrew_later, "walkover"),
    )


def stopped_while_playing(masked: Masked, span: tuple[int, int], frames: Frames) -> list[Clause]:
    """Matches in progress ("while leading W 6-4 1-1") or scheduled ("was due to play W") a later
    sentence may end: no result yet."""
    out = []
    if len({r.key for r in masked.refs if r.kind != "person"}) < 2:
        return out  # every pattern names both players
    for kind, pattern, _, outcome in pending(frames):
        for m in pattern.finditer(masked.text):
            l, w = ref_of(masked, m.group("l")), ref_of(masked, m.group("w"))
            if l is not None and w is not None and "person" not in (l.kind, w.kind) and l.key != w.key:
                out.append(
                    Clause(
                        kind=kind,
                        winner=w.key,
                        loser=l.key,
                        start=m.start(),
                        end=m.end(),
                        sentence=span,
                        outcome=outcome,
                    )
                )
    return out


def quit_later(
    masked: Masked, playing: list[tuple[Clause, int]], frames: Frames, span: tuple[int, int] | None = None
) -> list[tuple[Clause, Masked]]:
    """ "... and then he quit": the player of a match in progress retired (the score when the match
    was last told is not its final one, so none is kept, unless the sentence of the retirement gives
    the score it stopped at: "She retired trailing 4-6, 1-2"); "L could not play": the player of a
    scheduled match gave a walkover."""
    out: list[tuple[Clause, Masked]] = []
    waiting = {c.kind for c, _ in playing}
    done: set[tuple[FrameKind, re.Pattern[str]]] = set()
    for kind, _, later, _ in pending(frames):
        if kind not in waiting or (kind, later) in done:
            continue  # no match of this kind waits for an end; a pattern read again for a kind adds nothing
        done.add((kind, later))
        for m in later.finditer(masked.text):
            r = ref_of(masked, m.group("l"))
            if r is None or frames.mood.not_a_result(masked.text, m.start("verb")):
                continue
            run = stopped_at(masked, m.end("verb")) if kind == FrameKind.RETIRED_LATER and span else None
            out += [
                (c if run is None else dataclasses.replace(c, run=run, sentence=span, verb_at=m.start("verb")), masked)
                for c, _ in playing
                if c.kind == kind and c.loser == r.key and all(c is not o and c.loser != o.loser for o, _ in out)
            ]
    return out


# "retired trailing 4-6, 1-2", "quit at 3-6 0-2", "retired when 2-6 0-3 down": the state of the match it stopped at
RE_STOPPED_AT = re.compile(r"^[^⟨.;]{0,40}?\b(?:trailing|leading|at|when|while)\s+(?:(?:he|she)\s+was\s+)?$", re.I)


def stopped_at(masked: Masked, after: int) -> int | None:
    """The one score run of the sentence of a retirement, told as the state it stopped at just after the verb."""
    if len(masked.runs) != 1 or masked.run_pos[0] < after:
        return None
    return 0 if RE_STOPPED_AT.match(masked.text[after : masked.run_pos[0]]) else None


RE_PAIR_NAMED = re.compile(rf"({REF})\s+and\s+({REF})")  # "A and B": a team named in a sentence


def described_team(masked: Masked, before: Masked | None, span: tuple[int, int], frames: Frames) -> list[Clause]:
    """ "Bob and Mike Bryan arrived unbeaten. The American twins beat L and P": the plural description
    is the last pair the sentence before names."""
    m = frames.team_described.match(masked.text) if frames.team_described else None
    if m is None or before is None or frames.mood.not_a_result(masked.text, m.start("verb")):
        return []
    pairs = [(ref_of(before, p.group(1)), ref_of(before, p.group(2))) for p in RE_PAIR_NAMED.finditer(before.text)]
    pairs = [(a, b) for a, b in pairs if a and b and "person" not in (a.kind, b.kind) and a.key != b.key]
    l, lp = ref_of(masked, m.group("l")), ref_of(masked, m.group("lp"))
    if not pairs or l is None or l.kind == "person" or l.key in (pairs[-1][0].key, pairs[-1][1].key):
        return []
    w, wp = pairs[-1]
    lp_key = lp.key if lp is not None and lp.kind != "person" else None
    return [
        Clause(
            kind=FrameKind.TEAM_DESCRIBED,
            winner=w.key,
            loser=l.key,
            winner_partner=wp.key,
            loser_partner=lp_key,
            start=m.start(),
            end=m.end(),
            sentence=span,
            verb_at=m.start("verb"),
            anchor=m.end(),
        )
    ]
