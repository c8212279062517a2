"""References to players: names, descriptions ("the Spaniard", "the world No 1") and pronouns,
each resolved to one player of the article.

Plain functions over the text, its layout and the players found, so a test can call them on a
string; the ``tennis_refs`` stage (``extractor.stages.refs``) calls ``find_refs`` once per Doc and
every later stage reads the result from ``doc._.tennis_refs``.
"""

from __future__ import annotations

import bisect
import re
from typing import Callable, Mapping

from extractor.data.resources import Resources
from extractor.data.verbs import alternation
from extractor.findings import PersonFact, PlayerFact, Ref, ref_start
from extractor.refs.antecedents import DescriptorResolver, descriptor_matches
from extractor.refs.descriptors import DescriptorContext
from extractor.refs.resolution import object_cue_pattern, resolve_back
from extractor.text.layout import Layout
from extractor.text.lexicon import RE_PRONOUN

# "his loss to", "her win over" name a player; "his fellow Briton", "her parents" do not.
RE_POSSESSIVE_RESULT = re.compile(
    r"\s+(?:[\w/().,-]+\s+){0,3}?(?:loss|defeat|win|victory|triumph|exit|elimination|upset|success)\b", re.I
)  # "his 5/7 5/7 loss", "her 6-4, 7-6(5) win"
RE_OBJECT_HER = re.compile(
    r"\s*(?:[,.;:)]|$|\d|(?:in|into|at|on|to|for|by|with|after|before|and|again|twice|easily|comfortably)\b"
    # a particle of the verb ("knocked her out"), a clause or participle after the object ("against her trailing")
    r"|(?:out|off|aside|away|trailing|leading|when|while|as|but|despite|since)\b)",
    re.I,
)


# -- names ------------------------------------------------------------------------------------
def name_refs(players: Mapping[str, PlayerFact], people: Mapping[str, PersonFact]) -> list[Ref]:
    """Every name mention of a player ("name") or of another person ("person"), in text order."""
    refs = [Ref(s, e, p.key, "name") for p in players.values() for s, e in p.mentions]
    refs += [Ref(s, e, p.key, "person") for p in people.values() for s, e in p.mentions]
    refs.sort(key=lambda r: r.start)
    return refs


# -- pronouns ---------------------------------------------------------------------------------
def pronoun_matches(text: str, lay: Layout, skip: Callable[[int], bool] = lambda pos: False) -> list[re.Match[str]]:
    """The pronouns of the story sentences (but those ``skip`` rules out) that may stand for a
    player: outside quotations; "his" and "her" only before a result or as an object."""
    out = []
    for sent in lay.sentences:
        if skip(sent.start):
            continue
        for m in RE_PRONOUN.finditer(text, sent.start, sent.end):
            if lay.in_quote(m.start()):
                continue
            word = m.group("p").lower()
            after = text[m.end() : m.end() + 30]
            if word == "his" and not RE_POSSESSIVE_RESULT.match(after):
                continue
            if word == "her" and not (RE_POSSESSIVE_RESULT.match(after) or RE_OBJECT_HER.match(after)):
                continue
            out.append(m)
    return out


def pronoun_ref(
    text: str, lay: Layout, players: Mapping[str, PlayerFact], refs: list[Ref], m: re.Match[str], object_cue
) -> Ref | None:
    """A pronoun resolved against the references before it (pronouns resolved earlier included, so
    "She ... She ..." chains follow the player in focus)."""
    word = m.group("p").lower()
    gender = "f" if word in ("she", "her") else "m"
    key = resolve_back(
        text,
        lay,
        refs,
        m.start(),
        object_cue=object_cue,
        accept=lambda k: k in players and players[k].gender in (gender, None),
        kinds=("name", "descriptor", "pronoun"),
        subject=word in ("he", "she"),
        foreground=word in ("he", "she"),
        object_pronoun=word == "him" or (word == "her" and not RE_POSSESSIVE_RESULT.match(text, m.end())),
    )
    return Ref(m.start(), m.end(), key, "pronoun") if key is not None else None


def find_refs(
    text: str,
    lay: Layout,
    players: list[PlayerFact],
    people: list[PersonFact],
    res: Resources,
    *,
    object_cue: re.Pattern[str] | None = None,
    published_year: int | None = None,
    skip: Callable[[int], bool] = lambda pos: False,
) -> list[Ref]:
    """All references of an article, in text order: names, then descriptions and pronouns each
    resolved in text order against the references before it ("He won the title as the fifth
    seed": the pronoun first, then the description that continues it)."""
    by_key = {p.key: p for p in players}
    object_cue = object_cue or object_cue_pattern(alternation(res.play_verbs, "object"))
    ctx = DescriptorContext(text, lay, by_key, res, object_cue, published_year)
    refs = name_refs(by_key, {p.key: p for p in people})
    resolver = DescriptorResolver(ctx)
    events: list[tuple[int, int, re.Match[str], dict | None]] = [
        (m.start(), 0, m, i) for m, i in descriptor_matches(ctx)
    ]
    events += [(m.start(), 1, m, None) for m in pronoun_matches(text, lay, skip)]
    events.sort(key=lambda e: (e[0], e[1]))
    for _, _, m, info in events:
        if info is not None:
            resolver.add(refs, m, info)
        elif (ref := pronoun_ref(text, lay, by_key, refs, m, object_cue)) is not None:
            bisect.insort(refs, ref, key=ref_start)
    return refs
