"""Result clauses in one masked sentence (``⟨Rk⟩`` a player reference, ``⟨Sk⟩`` a score run):
complete clauses (winner and loser), and clauses naming one side only, from the frames of
``extractor.results.frames``. Plain functions over a ``Masked`` sentence.
"""

from __future__ import annotations

import re

from extractor.results.clause import Clause
from extractor.results.coordinated import listed_after, more_losers
from extractor.results.frames import Frames
from extractor.results.kinds import FrameKind
from extractor.results.masking import Masked, ref_of
from extractor.results.mood import is_question, set_in_match
from extractor.results.placeholders import RE_REF, REF, REF_START, RUN, run_index
from extractor.results.subjects import (
    RE_SEGMENT_BREAK,
    RE_WHO,
    closed_relative_head,
    gerund_subject,
    is_object_ref,
    relative_clause_subject,
    relative_head,
    relative_object_head,
    relative_subject,
    segment_subject,
)
from extractor.results.teams import RE_DOUBLES, partner_before, team_partner

# Frames that name the loser first: their verb stands after the loser.
LOSER_FIRST = frozenset(
    {
        FrameKind.PASSIVE,
        FrameKind.LOST,
        FrameKind.POSSESSIVE_LOSS,
        FrameKind.WITHDREW_GIVING,
        FrameKind.RETIRED_TO,
        FrameKind.WITHDREW_FROM,
        FrameKind.RUN_ENDED,
    }
)
RE_RELATIVE = re.compile(r"\b(?:who|which)\b")
RE_AND_NEW = re.compile(rf"\s*and\s+{REF}$")  # a name joined by a bare "and": a partner, or a new clause's subject
RE_CLAUSE_BREAK = re.compile(r"[,;:(]")  # what ends a noun phrase before a verb that is not its own


def find_clauses(
    masked: Masked, sent: tuple[int, int], frames: Frames
) -> tuple[list[Clause], list[Clause], list[Clause]]:
    """(complete clauses, winner-only clauses, loser-only clauses) in one masked sentence."""
    if is_question(masked.text):
        return [], [], []
    complete, used = complete_clauses(masked, sent, frames)
    complete += more_losers(masked, complete, sent, frames)
    complete += listed_after(masked, sent, frames, complete)
    winners = winner_only_clauses(masked, sent, frames, used)
    losers = loser_only_clauses(masked, sent, frames, used)
    # "..., losing 6-3 6-1" of a loser no complete clause of the sentence names
    losers += [p for p in losing_participles(masked, sent, frames) if all(c.loser != p.loser for c in complete)]
    complete.sort(key=lambda c: c.start)
    return complete, winners, losers


def complete_clauses(
    masked: Masked, sent: tuple[int, int], frames: Frames
) -> tuple[list[Clause], list[tuple[int, int]]]:
    """Clauses naming both sides, and the masked spans they cover. Clauses may share a name only
    where one's object begins the next ("A stunned B and followed up with a win over C"); no
    name is the object of two clauses."""
    complete: list[Clause] = []
    used: list[tuple[int, int]] = []
    if len({r.key for r in masked.refs if r.kind != "person"}) < 2:
        return complete, used  # a clause naming both sides needs two players (each side is one of the references)
    used_w: set[int] = set()
    used_l: set[int] = set()
    held: dict[re.Pattern[str], bool] = {}  # whether the sentence holds a trigger (frames may share one)
    words: frozenset[str] | None = None  # the trigger words it holds, found once when a frame needs them
    for kind, pattern in frames.complete:
        need = frames.trigger_words.get(kind)
        if need is not None:
            words = frames.words_in(masked.text) if words is None else words
            if not need & words:
                continue
        trigger = frames.triggers.get(kind)
        if trigger is not None:
            if trigger not in held:
                held[trigger] = trigger.search(masked.text) is not None
            if not held[trigger]:
                continue
        guard = frames.guards.get(pattern.pattern)
        if guard is not None and guard.search(masked.text) is None:
            continue
        for m in _finditer_overlapping(pattern, masked.text):
            g = m.groupdict()
            # (the names acted on; a conqueror and its partner are the subject of their apposition)
            objects = {m.start(k) for k in ("l", "lp", "wp") if g.get(k) and (k != "wp" or kind != FrameKind.CONQUEROR)}
            if objects & (used_w | used_l) and not relative_subject(masked.text, m, kind, used_w, used_l):
                continue
            clause = clause_of(masked, m, kind, sent, frames)
            read = clause and clause.loser
            clause = clause and gerund_subject(masked, clause, frames)
            if clause is None or any(
                (c.winner, c.loser, c.start) == (clause.winner, clause.loser, clause.start) for c in complete
            ):
                continue  # (no result, or one read already from the name before it: "X and L beat W")
            complete.append(clause)
            # "A with a win over B and then beat C": B, read first as the subject of "beat", is an object; it
            # stays free for the clause that holds it
            if ref_of(masked, m.group("w")).key == clause.winner:
                used_w.add(m.start("w"))
            # only the names that stay sides of the clause are taken ("beat X 6-4 before losing to Y": X, read
            # first as the loser of "losing", stays the object of "beat"; "a win over X and Y, ..., and then beat
            # Z": X and Y, read first as the subjects of "beat", stay the objects of "win over")
            sides = {"l": clause.loser if clause.loser == read else None, "lp": clause.loser_partner}
            sides["wp"] = clause.winner_partner
            used_l.update(
                m.start(k)
                for k, key in sides.items()
                if g.get(k)
                and key is not None
                and ref_of(masked, g[k]).key == key
                and clause.start <= m.start(k) < clause.end
            )
            used.append((m.start(), clause.end))
    return complete, used


def clause_of(
    masked: Masked, m: re.Match[str], kind: FrameKind, sent: tuple[int, int], frames: Frames
) -> Clause | None:
    """The clause one frame match states, or None when it states no result."""
    text = masked.text
    g = m.groupdict()
    # the verb: of winning ("verb"), of losing or a passive ("v", "v2"), else where the subject ends
    verb = next((k for k in ("verb", "v", "v2") if g.get(k)), None)
    verb_at = m.start(verb) if verb else m.end("w") if kind not in LOSER_FIRST else m.end("l")
    if frames.mood.not_a_result(text, verb_at, active=verb in ("verb", None)):
        return None
    if kind == FrameKind.WON_AGAINST and m.group("verb").lower() != "won" and RE_NOUN_BEFORE.search(text, 0, verb_at):
        return None  # "a first win over L", "three wins over L": a noun no verb gives W
    if kind == FrameKind.WIN_SENT:  # "the 6-3 6-4 victory over L sent W": the score before the verb is its
        verb_at = m.start()
    second = max(("w", "l"), key=m.start)
    if set_in_match(text, m.start(), m.end(second)):
        return None
    w, l = ref_of(masked, m.group("w")), ref_of(masked, m.group("l"))
    if kind in WON_FRAMES:
        w = relative_object_head(masked, m) or w
    if kind in (FrameKind.ACTIVE, FrameKind.SPLIT, FrameKind.NOMINAL):
        w = closed_relative_head(masked, m, verb_at) or w
    if kind == FrameKind.WHOM and w is not None and l is not None and w.kind == "pronoun" and w.key == l.key:
        # "X opens against Y, the player he beat in 2002": "he" is the sentence's subject (a name
        # that opens the sentence: "Fourth seed X"), not Y.
        first = RE_REF.search(text, 0, m.start("l"))
        if first is not None and len(text[: first.start()].split()) <= 3:
            w = ref_of(masked, first.group(0))
    if w is None or l is None or w.kind == "person" or l.kind == "person" or w.key == l.key:
        return None
    wp = ref_of(masked, g.get("wp")) or team_partner(masked, m.group("w"))
    lp = ref_of(masked, g.get("lp")) or team_partner(masked, m.group("l"))
    wp = None if wp is not None and wp.key in (w.key, l.key) else wp
    lp = None if lp is not None and lp.key in (w.key, l.key) else lp
    start, first = m.start(), min(("w", "l"), key=m.start)
    joined = g.get(f"{first}p")
    if (
        joined
        and RE_AND_NEW.match(joined)
        and not RE_DOUBLES.search(text)
        and is_object_ref(text, m.start(first), frames)
        and m.end(f"{first}p") < verb_at
        and not RE_CLAUSE_BREAK.search(text, m.end(f"{first}p"), verb_at)
    ):
        # "W had a win over X and L2 beat W2": X is the object of the clause before, and "and" opens a
        # clause of its own whose subject, the name after it, its verb follows (no doubles pair "X and L2")
        start = m.start(f"{first}p") + joined.index(REF_START)
        w, wp, l, lp = (wp, None, l, lp) if first == "w" else (w, wp, lp, None)
    # "A/B's loss to", "A, partnering B, fell to": the partner named before the name a frame read
    # (the team named in text order: the partner before is the side, the name read its partner)
    if wp is None and (before := partner_before(masked, m.start("w"), frames, {w.key, l.key}, doubles=bool(lp))):
        w, wp = before, w
    taken = {w.key, l.key} | ({wp.key} if wp else set())
    if lp is None and (before := partner_before(masked, m.start("l"), frames, taken, doubles=bool(wp))):
        l, lp = before, l
    end = m.end()
    if lp is not None and wp is None and not RE_DOUBLES.search(text) and "/" not in (m.group("lp") or "/"):
        # "A beat B and C beat D": C starts the next clause, not B's partner.
        lp, end = None, m.start("lp")
    outcome = "walkover" if kind in WALKOVER_FRAMES else None
    if kind == FrameKind.RETIRED_TO:
        outcome = "retired"
    if kind == FrameKind.WALKOVER:
        outcome = "retired" if frames.words.stopped.fullmatch(m.group("how")) else "walkover"
    relative = bool(RE_RELATIVE.search(text[m.end("w") : verb_at])) if m.start("w") < verb_at else False
    anchor = max(
        m.end("wp") if g.get("wp") else m.end("w"), m.end("lp") if lp is not None and g.get("lp") else m.end("l")
    )
    return Clause(
        kind=kind,
        winner=w.key,
        loser=l.key,
        winner_partner=wp.key if wp else None,
        loser_partner=lp.key if lp else None,
        start=start,
        end=end,
        sentence=sent,
        outcome=outcome,
        verb_at=verb_at,
        anchor=min(anchor, end),
        relative=relative,
        winner_first=verb == "verb" and RE_RESULTS_LINE_VERB.fullmatch(m.group("verb")) is not None,
    )


# A participle of winning after a comma: "..., winning 6-3 6-4", "..., eventually closing out 7-5"
RE_COMMA_PARTICIPLE = re.compile(
    r",\s*(?:\w+ly\s+)?(?:winning|triumphing|prevailing|clinching|sealing|closing\s+out|wrapping\s+up|serving\s+out)\b",
    re.I,
)
RE_RESULTS_LINE_VERB = re.compile(r"bt|d\.?|def\.?", re.I)  # the shorthand of results lines
# What after a name tells that the verb further on is not its own: "X's winning run" (a possessor),
# "passed X with a backhand to win" (a preposition), "X, ..." (an apposition or a clause break)
RE_NOT_OWN_VERB = re.compile(r"['’]s?\s|\s*(?:[,;(]|(?:with|by|after|before|in|at|on|to|from|for|of|against|over)\b)")
# A determiner, a number or an ordinal before "win": the noun, not the verb ("a first win over").
RE_NOUN_BEFORE = re.compile(
    r"\b(?:a|an|the|his|her|their|its|one|two|three|four|five|six|seven|eight|nine|ten|many|several|more|most|\d+)"
    r"\s+(?:(?!(?:after|before|with|in|on|at|for|of|to|by|from|and|but|when|as|while|then)\b)(?:[\w-]+|⟨S\d+⟩)\s+){0,2}$"
    r"|\b(?:first|second|third|fourth|fifth|maiden|\d+(?:st|nd|rd|th))\s+$",
    re.I,
)
WALKOVER_FRAMES = frozenset({FrameKind.WALKOVER_FROM, FrameKind.WITHDREW_GIVING, FrameKind.WITHDREW_FROM})
WON_FRAMES = frozenset({FrameKind.WON_AGAINST, FrameKind.THROUGH_AGAINST, FrameKind.AGAINST_WINNING})


def winner_only_clauses(
    masked: Masked, sent: tuple[int, int], frames: Frames, used: list[tuple[int, int]]
) -> list[Clause]:
    """ "W won 6-3 6-4" outside every complete clause; the winner is the segment's subject."""
    text = masked.text
    winners: list[Clause] = []
    if not masked.runs:  # a one-sided clause is kept only with its score
        return winners
    for m in frames.winner_only.finditer(text):
        # (unless a complete clause holds the score: "W, who beat X, won 6-3 6-1 against Y")
        head = None if any(a <= m.start("s") < b for a, b in used) else relative_head(masked, m)
        if head is None and any(a <= m.start("w") < b for a, b in used):
            continue
        w = head or relative_clause_subject(masked, m.start("w")) or ref_of(masked, m.group("w"))
        if w is None or w.kind == "person" or frames.mood.not_a_result(text, m.end("w")):
            continue
        wp = ref_of(masked, m.group("wp"))
        # the segment's subject, unless the name read stands as a subject itself ("before the Australian
        # came back to win 3-6 7-5 6-3")
        # ("W denied L a first title, winning 7-6 7-5": a participle after a comma hangs on the segment's subject)
        own = not is_object_ref(text, m.start("w"), frames) and not RE_NOT_OWN_VERB.match(text, m.end("w"))
        own = own and not RE_COMMA_PARTICIPLE.search(text, m.end("w"), m.start("s"))
        subject = None if own else segment_subject(masked, m.start("w"), frames)
        # "beaten by Spain's X, who ... won 6-4 7-6": the relative clause's subject is its name.
        relative = RE_WHO.search(text[m.end("w") : m.start("s")]) is not None
        if subject is not None and subject.kind != "person" and not relative and head is None:
            w = subject
        elif not relative and head is None and object_of_play_verb(text, m.start("w"), frames):
            # "Xavi beat L, winning 6-1 7-5" with its subject no player read: the verb's object did not win
            continue
        wp = wp or team_partner(masked, w)
        clause = Clause(
            kind=FrameKind.WINNER_ONLY,
            winner=w.key,
            loser=None,
            winner_partner=wp.key if wp else None,
            start=m.start(),
            end=m.end(),
            sentence=sent,
            verb_at=m.end("w"),
            anchor=m.end("w"),
            run=run_index(m.group("s")) if head is not None else None,
        )
        winners.append(clause)
    return winners


RE_PREPOSITION_START = re.compile(r"(?:by|to|over|against)\b", re.I)


def object_of_play_verb(text: str, pos: int, frames: Frames) -> bool:
    """Whether the reference at ``pos`` is the object of a verb of play ("beat L", "was too good for L"),
    not of a preposition ("to find his best as L ...")."""
    m = frames.verb_object.search(text, max(0, pos - 60), pos)
    return m is not None and m.end() == pos and not RE_PREPOSITION_START.match(m.group(0))


RE_LOSING_SCORE = re.compile(
    rf",\s*(?:losing|going\s+down)\s+{RUN}(?!\s*(?:in|of)\s+the\s+(?:first|second|third|fourth|opening)\s+set)"
)  # "..., losing 6-3 6-1"


def losing_participles(masked: Masked, sent: tuple[int, int], frames: Frames) -> list[Clause]:
    """ "L was bamboozled by W's drop shots, losing 6-3 6-1": the participle's loser is the
    sentence's subject, the first reference not in object position."""
    text = masked.text
    out = []
    for m in RE_LOSING_SCORE.finditer(text):
        breaks = [b.end() for b in RE_SEGMENT_BREAK.finditer(text, 0, m.start())]
        subject = next(
            (
                ref_of(masked, r.group(0))
                for r in RE_REF.finditer(text, breaks[-1] if breaks else 0, m.start())
                if not is_object_ref(text, r.start(), frames)
            ),
            None,
        )
        if subject is not None and subject.kind != "person":
            partner = team_partner(masked, subject)
            out.append(
                Clause(
                    kind=FrameKind.LOSER_ONLY,
                    winner=None,
                    loser=subject.key,
                    loser_partner=partner.key if partner else None,
                    start=m.start(),
                    end=m.end(),
                    sentence=sent,
                    verb_at=m.start(),
                    anchor=m.end(),
                )
            )
    return out


def loser_only_clauses(
    masked: Masked, sent: tuple[int, int], frames: Frames, used: list[tuple[int, int]]
) -> list[Clause]:
    """ "L was beaten", "L lost" outside every complete clause."""
    losers = []
    for m in frames.loser_only.finditer(masked.text):
        group = "l"
        l = ref_of(masked, m.group(group))
        if l is None or l.kind == "person" or any(a <= m.start(group) < b for a, b in used):
            continue
        partner = ref_of(masked, m.group("lp")) or team_partner(masked, l)
        losers.append(
            Clause(
                kind=FrameKind.LOSER_ONLY,
                winner=None,
                loser=l.key,
                loser_partner=partner.key if partner else None,
                start=m.start(),
                end=m.end(),
                sentence=sent,
                verb_at=m.end(group),
                anchor=m.end(),
            )
        )
    return losers


def _finditer_overlapping(pattern: re.Pattern[str], text: str):
    """Matches starting at every reference placeholder, so one clause's object can start the next."""
    pos = 0
    while True:
        m = pattern.search(text, pos)
        if m is None:
            return
        yield m
        nxt = text.find(REF_START, m.start() + 1)
        if nxt < 0:
            return
        pos = nxt
