"""Results joined to a clause already read in a masked sentence: more losers listed after its loser ("beat L,
L2 and L3"), another loser in a later round ("and L2 in the second"), another noun of winning ("a win over L
and a victory over L2"); and the players a result names after a colon or "including" ("W beat three seeds: L, L2
and L3").
"""

from __future__ import annotations

import re

from extractor.results.clause import Clause
from extractor.results.fillers import NR, R
from extractor.results.frames import Frames
from extractor.results.kinds import FrameKind
from extractor.results.masking import Masked, ref_of
from extractor.results.placeholders import RE_REF
from extractor.results.teams import RE_DOUBLES

RE_AND_ANOTHER = re.compile(
    rf"{NR}{{0,40}}?\band\s+(?:then\s+)?(?P<l>{R})"
    # "and X, the fifth seed, in four sets in the semi-finals"
    rf"(?:\s*,(?:[^,⟨]|{R}){{1,40}},)?(?:\s+in\s+(?:straight|two|three|four|five)\s+sets)?"
    rf"\s+in\s+the\s+(?:second|third|fourth|next|last|final|semi|quarter|opening|first)",
    re.I,
)

# "W beat L, L2 and L3 on the way to the title": more losers listed right after the one a frame read, the list
# closed by punctuation or a preposition (not by a verb: "W beat L, L2 and L3 lost" is another clause)
RE_LOSER_LIST = re.compile(
    rf"(?P<items>(?:\s*,\s*{R}){{1,4}}\s*,?\s+and\s+{R})"
    r"(?=\s*(?:[.;:]|,|$|\s(?:on|in|at|to|en|before|after|this|last|during|for|without|all|within|back)\b))",
    re.I,
)


# "L lost to W in Rome, and to W2 in Madrid", "L was beaten by W in the final and by W2 a week later": the
# preposition of the loss said again before another winner (a loss of the same loser)
RE_AND_TO_ANOTHER = re.compile(
    rf"(?:[^⟨.;:]|{R}){{0,60}}?(?:,\s*|\s+)and\s+(?:(?:then|also|again|once|twice|later|finally)\s+){{0,2}}(?P<prep>to|by|against|at\s+the\s+hands\s+of)"
    r"\s+(?:(?:the|a|an|his|her|their)\s+)?(?:(?-i:[A-Z])[\w'’.-]*\s+|[\w'’-]+-[\w'’-]+\s+){0,3}?"
    rf"(?P<w>{R})(?![’']s?\s)",
    re.I,
)
# the frames of a loss whose winner follows its preposition ("to", "by", "against")
LOSS_KINDS = (FrameKind.LOST, FrameKind.PASSIVE, FrameKind.POSSESSIVE_LOSS)


def more_winners(masked: Masked, c: Clause, sent: tuple[int, int]) -> list[Clause]:
    """ "L had lost twice here: to W in 2009, and to W2 in the 2015 quarter-finals": one loser, two winners."""
    more = RE_AND_TO_ANOTHER.match(masked.text, c.end)
    w = ref_of(masked, more.group("w")) if more else None
    if w is None or w.kind == "person" or w.key in (c.winner, c.loser, c.loser_partner):
        return []
    if (more.group("prep").lower() == "by") != (c.kind == FrameKind.PASSIVE):
        return []  # "lost to W and by a wide margin to W2" reads no further; "by" repeats only a passive's
    return [
        Clause(
            kind=c.kind,
            winner=w.key,
            loser=c.loser,
            loser_partner=c.loser_partner,
            start=more.start("w"),
            end=more.end(),
            sentence=sent,
            verb_at=more.start("prep"),
            anchor=more.end("w"),
        )
    ]


# "W beat L and L2 before losing to W2", "W beat L and L2 on her way to the title": a second loser joined by "and"
# alone, where a participle or a phrase of the way to a title closes it (no verb of its own: "W beat L and L2 lost")
RE_LOSER_PAIR = re.compile(
    rf"(?P<items>\s+and\s+{R})(?=\s*,?\s*(?:before|after|en\s+route|on\s+(?:the|his|her|their)\s+way)\b)", re.I
)

# "W knocked out L, a three-time major champion, and the fifth seed L2, winning ...": the loser's apposition, then a
# second loser with its own modifiers, closed by punctuation or a preposition (not a verb: "..., and L2 beat W2")
RE_LOSER_APPOSED = re.compile(
    rf"\s*,[^⟨,;.:]{{1,50}},\s*and\s+(?:(?!then\b|also\b)[\w'’.-]+\s+){{0,4}}?(?P<items>{R})"
    r"(?=\s*(?:[.;:,]|$|\s(?:on|in|at|to|en|before|after|this|last|during|for|without|within)\b))",
    re.I,
)


def more_losers(masked: Masked, complete: list[Clause], sent: tuple[int, int], frames: Frames) -> list[Clause]:
    """ "had beaten Sinner in the first round and Bublik in the second": one winner, two losers (and one
    loser, two winners: more_winners)."""
    out = []
    for c in complete:
        if c.kind in LOSS_KINDS and c.winner_partner is None:
            out += more_winners(masked, c, sent)
        if c.kind not in (FrameKind.ACTIVE, FrameKind.SPLIT, FrameKind.NOMINAL, FrameKind.POSSESSIVE_WIN):
            continue
        out += another_win(masked, c, sent, frames, complete + out)
        if c.loser_partner is None and c.winner_partner is None and not RE_DOUBLES.search(masked.text):
            out += listed_losers(
                masked,
                c,
                sent,
                RE_LOSER_LIST.match(masked.text, c.end)
                or RE_LOSER_PAIR.match(masked.text, c.end)
                or RE_LOSER_APPOSED.match(masked.text, c.end),
            )
        more = RE_AND_ANOTHER.match(masked.text, c.end)
        if more:
            l = ref_of(masked, more.group("l"))
            if l is not None and l.kind != "person" and l.key not in (c.winner, c.loser):
                out.append(
                    Clause(
                        kind=FrameKind.ACTIVE,
                        winner=c.winner,
                        loser=l.key,
                        winner_partner=c.winner_partner,
                        start=more.start("l"),
                        end=more.end(),
                        sentence=sent,
                        verb_at=more.start("l"),
                        anchor=more.end("l"),
                    )
                )
    return out


def listed_losers(masked: Masked, c: Clause, sent: tuple[int, int], found: re.Match[str] | None) -> list[Clause]:
    """The further losers of a singles clause listed right after its loser ("beat L, L2 and L3", ``found``)."""
    if found is None:
        return []
    out = []
    for item in RE_REF.finditer(masked.text, found.start("items"), found.end("items")):
        l = ref_of(masked, item.group(0))
        if l is None or l.kind == "person" or l.key in (c.winner, c.loser) or any(o.loser == l.key for o in out):
            continue
        out.append(
            Clause(
                kind=c.kind,
                winner=c.winner,
                loser=l.key,
                start=item.start(),
                end=item.end(),
                sentence=sent,
                verb_at=item.start(),
                anchor=item.end(),
            )
        )
    return out


def another_win(masked: Masked, c: Clause, sent: tuple[int, int], frames: Frames, known: list[Clause]) -> list[Clause]:
    """ "W's run included a 6-3 6-4 win over L and a quarter-final victory over L2": the noun of winning joined
    to the clause by "and" is a result of the same winner (its score the one inside its noun phrase)."""
    found = frames.another_win.match(masked.text, c.end)
    l = ref_of(masked, found.group("l")) if found else None
    if l is None or l.kind == "person" or l.key in (c.winner, c.winner_partner, c.loser):
        return []
    if any((k.winner, k.loser) == (c.winner, l.key) for k in known):
        return []
    lp = ref_of(masked, found.group("lp"))
    return [
        Clause(
            kind=FrameKind.NOMINAL,
            winner=c.winner,
            loser=l.key,
            winner_partner=c.winner_partner,
            loser_partner=lp.key if lp is not None and lp.key not in (c.winner, l.key) else None,
            start=found.start("np"),
            end=found.end(),
            sentence=sent,
            verb_at=found.start("np"),
            anchor=found.end(),
        )
    ]


# Between two players of a list: a short modifier of the one before ("in the quarterfinals"), a comma or "and",
# and a short one of the next ("2023 Wimbledon champion"); never a sentence's or clause's end
RE_LIST_GAP = re.compile(
    r"[^⟨.;:()]{0,60}?(?:,\s*(?:and\s+)?|\s+and\s+)(?:[^⟨.;:(),]{0,40},\s*)?(?:[\w'’.-]+\s+){0,4}?$"
)
RE_LIST_START = re.compile(r"(?:[\w'’.-]+\s+){0,4}?$")  # before the first player: "2023 Wimbledon champion"
RE_INCLUDING_END = re.compile(r"\bincluding\s*$", re.I)  # a list opened by "including"
RE_LIST_CUE = re.compile(r":|\bincluding\b|\s[\u2013\u2014]\s")  # what opens a list after a result
# What closes the list: punctuation, a preposition ("on her way to the title"), not a verb ("L and L2 both lost")
RE_LIST_END = re.compile(
    r"(?:\s*\([^()⟨]{0,12}\))?\s*(?:[.;:,]|$|\s(?:on|in|at|to|en|before|after|this|last|during|for|without|all|within)\b)"
)


def listed_after(masked: Masked, sent: tuple[int, int], frames: Frames, known: list[Clause]) -> list[Clause]:
    """ "W beat three seeds: L, L2 and L3": a result of W over each player listed (at least two), each from
    the list alone (no score unless one stands by it)."""
    text = masked.text
    out: list[Clause] = []
    if len(masked.refs) < 2 or not RE_LIST_CUE.search(text):
        return out  # (no list: the cheap test first)
    for m in frames.loser_list.finditer(text):
        w = ref_of(masked, m.group("w"))
        verb_at = m.start("verb") if m.group("verb") else m.end("w")
        if w is None or w.kind == "person" or frames.mood.not_a_result(text, verb_at, active=bool(m.group("verb"))):
            continue
        items, pos = [], m.end()
        for r in RE_REF.finditer(text, m.end()):
            gap = RE_LIST_START if not items else RE_LIST_GAP
            if not gap.fullmatch(text, pos, r.start()):
                break
            items.append(r)
            pos = r.end()
        wp = ref_of(masked, m.group("wp"))
        losers = [ref_of(masked, r.group(0)) for r in items]
        # one player is a list only after "including" ("beat three top-20 players, including L, 7-6 3-6 6-2")
        fewest = 1 if RE_INCLUDING_END.search(m.group(0)) else 2
        if len(items) < fewest or any(l is None or l.kind == "person" or l.key == w.key for l in losers):
            continue
        if not RE_LIST_END.match(text, items[-1].end()):
            continue
        for r, l in zip(items, losers):
            if any((k.winner, k.loser) == (w.key, l.key) for k in known + out):
                continue
            out.append(
                Clause(
                    kind=FrameKind.ACTIVE,
                    winner=w.key,
                    loser=l.key,
                    winner_partner=wp.key if wp is not None and wp.key not in (w.key, l.key) else None,
                    start=r.start(),
                    end=r.end(),
                    sentence=sent,
                    verb_at=r.start(),
                    anchor=r.end(),
                )
            )
    return out
