"""Descriptions of players ("the Spaniard", "the world No 1", "the 22-year-old", "the Slovak
qualifier"): what each says of its player, and which player of the article it denotes.

Plain functions over the text, its layout and the players found (``descriptor_refs``), called once
per Doc by ``extractor.refs.references.find_refs``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Mapping

from extractor.data.resources import Resources
from extractor.findings import PlayerFact, Ref, first_from, last_before, ref_start, starting_at
from extractor.refs.resolution import is_object_position, resolve_back
from extractor.text import plain as T
from extractor.text.layout import Layout
from extractor.text.lexicon import ORDINAL, RANK_NUMBER, number_value, ordinal_value

ROLE_NOUNS = (
    r"(?:(?:champion|defending\s+champion|titleholder|teenager|youngster|veteran|qualifier"
    r"|wildcard|wild\s+card|lucky\s+loser|left-hander|right-hander|home\s+favourite|home\s+"
    r"favorite|favourite|favorite|underdog|player|star|debutant|finalist|semi-?finalist"
    r"|No\.?\s*1|number\s+one|world\s+number\s+one)\b)"
)

# "the 22-year-old", "the world No 1", "the top seed", "the Spaniard", "the 22-year-old Spaniard",
# "the defending champion": a definite description of one player.
RE_DESCRIPTOR = re.compile(
    rf"""
    \b[Tt]he\s+
    (?!former\b|ex-|one-time\b|then\b|year-end\b)
    (?:(?P<age>\d{{1,2}})-year-old\s*)?
    # "the Russian world number five"
    (?:(?P<pre>[A-Z][a-z]+)\s+(?=(?:world|WTA|ATP)\s+(?:No|[Nn]umber)|{ORDINAL}[-\s]seed|top-ranked))?
    (?:
        (?P<rank>(?:world|WTA|ATP)\s+(?:No\.?|[Nn]umber|\#)\s*(?P<wrank>{RANK_NUMBER})\b(?![-\s]+seed))
      | (?P<toprank>(?:world['’]s\s+)?top[-\s]ranked)   # "the world's top-ranked player"
      | (?P<seed>(?:(?P<sord>{ORDINAL})[-\s](?:qualifying\s+|women['’]s\s+|men['’]s\s+)?seed(?:ed)?
                   |(?:No\.?|[Nn]umber)\s*(?P<sno>{RANK_NUMBER})[-\s]seed(?:ed)?)\b)
    )?
    \s*
    (?P<noun>[A-Z][a-z]+(?:-[A-Z][a-z]+)?|{ROLE_NOUNS})?
    (?:\s+(?P<seed2>(?P<sord2>{ORDINAL})[-\s]seed(?:ed)?)\b)?    # "the Italian fifth seed"
    (?:(?<=[a-z])\s+(?P<role2>                                  # after a nationality word:
        # "the Argentine world number five"
        (?:world|WTA|ATP)\s+(?:No\.?|[Nn]umber)\s*(?P<wrank2>{RANK_NUMBER})\b(?![-\s]+seed)
      # "the Slovak qualifier"
      | qualifier|wildcard|wild\s+card|lucky\s+loser|teenager|youngster|veteran|left-hander|right-hander
      | defending\s+champion|champion
    )\b)?
    """,
    re.VERBOSE,
)

# A world rank or a seed written next to a name: "world No 1 X", "X, the top seed".
RANK_CORE = (
    rf"(?P<former>former\s+|ex-|one-time\s+)?(?:(?:world|WTA|ATP)\s+(?:No\.?|[Nn]umber)\s*"
    rf"(?P<wn>{RANK_NUMBER})\b(?![-\s]+seed)"
    rf"|(?P<so>{ORDINAL})[-\s]seed(?:ed)?|(?:No\.?|[Nn]umber)\s*(?P<sn>{RANK_NUMBER})[-\s]seed(?:ed)?)"
)
RE_RANK_BEFORE = re.compile(
    rf"\b{RANK_CORE}\s*,?\s+(?-i:[A-Z][a-z]+\s+)?$", re.I
)  # "world No 5 Argentine X", not "world No 5 beat X"
RE_RANK_AFTER = re.compile(rf"\s*[,(–—]\s*(?:the\s+)?{RANK_CORE}\b", re.I)

# After a description: "the world No. 1 ranking", "the top seed's box" name a title, not a player.
RE_TITLE_AFTER = re.compile(r"\s*(?:ranking|rankings|spot|position|place|status|['’]s\s+(?:ranking|spot))\b")
RE_NATIONAL_NO = re.compile(
    rf"\s+(?:No\.?\s*\d|[Nn]umber\s+(?:\d|{RANK_NUMBER}\b))"
)  # "the British No 2", "number two"
RE_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")
RE_BORN_AFTER = re.compile(r"-born\b")  # "the Yugoslavian-born X": a birthplace, no nationality
# Heads after a nationality adjective that still describe one player: "the Korean player".
RE_DESCRIPTOR_HEAD = re.compile(r"\s+(?:player|star|teenager|youngster|veteran|left-hander|right-hander)\b")
RE_CAPITAL_NEXT = re.compile(r"\s*[A-Z]")
RE_PRONOUN_NEXT = re.compile(r"\s*(?:I|He|She)\b")
RE_RANK_NOUN = re.compile(r"No\.?|[Nn]umber|World")
RE_NEXT_WORD = re.compile(r"\s+([a-z]+)")
RE_CLOSES_NAME = re.compile(r"\s*[,;:.]")
RE_COMMA_BETWEEN = re.compile(r"\s*,\s*(?:[A-Z][a-z]+(?:['’]s)?\s+)?")
# "the second seed and world number two Roger Federer": a second rank, then the name they describe
RE_AND_RANK_BETWEEN = re.compile(
    rf"\s*and\s+(?:(?:world|WTA|ATP)\s+(?:No\.?|[Nn]umber)\s*{RANK_NUMBER}|{ORDINAL}[-\s]seed)\s+"
)
RE_APPOSITION_END = re.compile(r"\s*(?:[,;.)–—]|who\b|whose\b|which\b|with\b|from\b|of\b|at\b|in\b|and\b|$)")
# Between a name and its appositive: a comma or dash, after an optional "of Russia" ("Nadia Petrova
# of Russia, the 14th seed").
RE_APPOSITION_GAP = re.compile(r"(?:\s+of\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s*[,–—-]\s*")

VERBISH = frozenset(
    """was is has had will who which whose won lost beat said added struggled took broke saved served needed came went
    then now also still could would did made got looked appeared managed held kept never just finally again""".split()
)
# "had beaten the Swiss at the Olympics", "beat the Spaniard in straight sets": a nationality word
# followed by a preposition is a noun, the description of a player.
PREPOSITIONS_AFTER = frozenset("at in on for with from after before since during".split())


def _verbish(word: str) -> bool:
    return word in VERBISH or word.endswith(("ed", "ing")) or (word.endswith("s") and not word.endswith("ss"))


# -- descriptions -----------------------------------------------------------------------------
@dataclass
class DescriptorContext:
    """What resolving a description reads: the text, its layout, the players and the rule data."""

    text: str
    lay: Layout
    players: dict[str, PlayerFact]
    res: Resources
    object_cue: re.Pattern[str]
    published_year: int | None = None


def parse_descriptor(text: str, m: re.Match[str], res: Resources) -> dict | None:
    """What a description says of its player ({"age", "rank", "nat", "role"}), or None when the
    match is no description of a player."""
    if RE_TITLE_AFTER.match(text[m.end() : m.end() + 12]):
        return None
    # "the Italian Open", "the Dane Holger Rune": an adjective or a title before a name; but
    # "the British No 2" describes a player by nation.
    national_no = RE_NATIONAL_NO.match(text, m.end())
    national_rank = national_no is not None and bool(m.group("noun"))
    if RE_BORN_AFTER.match(text, m.end()):
        return None
    if (
        not national_rank
        and RE_CAPITAL_NEXT.match(text[m.end() : m.end() + 3])
        and not RE_PRONOUN_NEXT.match(text[m.end() : m.end() + 5])
    ):
        return None
    info = _rank_info(m)
    noun = m.group("noun")
    head, folded = None, ""
    if m.group("toprank") and not noun:
        # "the world's top-ranked padel pair": the rank of something else, not of a player
        nxt = RE_NEXT_WORD.match(text[m.end() - 1 : m.end() + 20])
        if nxt and not _verbish(nxt.group(1)) and nxt.group(1) not in ("in", "at", "from", "of", "and"):
            return None
    if noun:
        folded = T.fold(noun)
        head = RE_DESCRIPTOR_HEAD.match(text, m.end())
        if folded in res.nationality_nouns:
            info["nat"] = res.nationality_nouns[folded]
        elif folded in res.demonyms and (national_rank or head):
            info["nat"] = res.demonyms[folded]  # "the British number two", "the Korean player"
            # resolved only to the name it stands beside, or as a sentence's subject ("The Danish player served")
            info["apposition"] = not (
                head and RE_SENTENCE_START.search(text[max(0, m.start() - 3) : m.start()] or "\n")
            )
            if national_rank and info["apposition"]:
                # "when the British number one, seeded nine, lost": a clause's subject is resolved
                # like any description; "broke the British number two four times" is not
                rest = text[national_no.end() : national_no.end() + 20]
                nxt = RE_NEXT_WORD.match(rest)
                info["apposition"] = not (rest.lstrip().startswith(",") or (nxt and _verbish(nxt.group(1))))
        elif noun[0].isupper() and not RE_RANK_NOUN.match(noun):
            nxt = RE_NEXT_WORD.match(text[m.end() : m.end() + 20])
            if not info:
                return None
            if not nxt or _verbish(nxt.group(1)):
                info["named"] = m.start("noun")  # "the 19-year-old Bernhardt had": only that name's
            # "the 21-year-old Virginia senior": an adjective before the noun it describes
        else:
            info["role"] = folded
    if m.group("seed2"):
        info["rank"] = ("seed", ordinal_value(m.group("sord2")))
    if m.group("wrank2"):
        info["rank"] = ("world", number_value(m.group("wrank2")))
    elif m.group("role2"):
        info["role"] = T.fold(m.group("role2"))
    pre = T.fold(m.group("pre") or "")
    if pre and (pre in res.demonyms or pre in res.nationality_nouns):
        info["nat"] = res.demonyms.get(pre) or res.nationality_nouns[pre]
    elif pre:
        return None  # "the Italian Open"-like: a capitalised word that is no nationality
    if not info:
        return None
    if national_rank and "nat" not in info and T.fold(noun) in res.demonyms:
        info["nat"] = res.demonyms[T.fold(noun)]
    if (
        "nat" in info
        and not national_rank
        and not head
        and not (m.group("age") or m.group("rank") or m.group("seed") or m.group("seed2") or m.group("role2"))
        and folded in res.demonyms
    ):
        # "the American" names a player; "the American swing" does not: an adjective is
        # followed by its noun, a description by a verb, punctuation or a relative pronoun.
        nxt = RE_NEXT_WORD.match(text[m.end() : m.end() + 20])
        if nxt and not _verbish(nxt.group(1)) and nxt.group(1) not in PREPOSITIONS_AFTER:
            return None
    return info


def _rank_info(m: re.Match[str]) -> dict:
    info: dict = {}
    if m.group("age"):
        info["age"] = int(m.group("age"))
    if m.group("rank"):
        info["rank"] = ("world", number_value(m.group("wrank")))
    if m.group("toprank"):
        info["rank"] = ("world", 1)
    if m.group("seed"):
        n = ordinal_value(m.group("sord")) if m.group("sord") else number_value(m.group("sno"))
        info["rank"] = ("seed", n)
    return info


def rank_holders(text: str, players: Mapping[str, PlayerFact]) -> dict[tuple[str, int], set[str]]:
    """Who the text names with a rank outright ("world No 1 Novak Djokovic", "Sinner, the top
    seed,"): a rank belongs to one player at a time, so a description of it points to them."""
    holders: dict[tuple[str, int], set[str]] = {}
    for key, p in players.items():
        for a, b in p.mentions:
            before = text[max(0, a - 30) : a]
            after = text[b : b + 40]
            for m in (RE_RANK_BEFORE.search(before), RE_RANK_AFTER.match(after)):
                if m is None or m.group("former"):
                    continue
                if m.group("wn"):
                    holders.setdefault(("world", number_value(m.group("wn"))), set()).add(key)
                elif m.group("so"):
                    holders.setdefault(("seed", ordinal_value(m.group("so"))), set()).add(key)
                elif m.group("sn"):
                    holders.setdefault(("seed", number_value(m.group("sn"))), set()).add(key)
    return holders


def _compatible(ctx: DescriptorContext, key: str, nat: str | None, age: int | None) -> bool:
    p = ctx.players.get(key)
    if p is None:
        return False
    if nat and p.nationality and p.nationality != nat:
        return False
    if age and p.age and p.age != age:
        return False
    # What the shipped list knows rules a description out, never in: "the Serbian" is not
    # a player listed as Argentine, "the 19-year-old" not one born twenty-five years ago.
    known = ctx.res.player_index.get(T.fold(p.name))
    if known is not None:
        if nat and known.country and known.country != nat:
            return False
        born = known.born
        year = ctx.published_year
        if age and born and year and abs(year - born - age) > 1:
            return False
    return True


def _born_for_age(ctx: DescriptorContext, name: str, age: int) -> bool:
    born = getattr(ctx.res.player_index.get(T.fold(name)), "born", None)
    return bool(born) and ctx.published_year - born - age in (0, 1)


def _named_next(ctx: DescriptorContext, refs: list[Ref], m: re.Match[str]) -> str | None:
    """ "knocked out the top seed, Jessica Pegula,": the name that follows the description."""
    text, lay = ctx.text, ctx.lay
    nxt = first_from(refs, m.end(), ("name",))
    if nxt is None:
        return None
    si = lay.sentence_at(m.start())
    initial = si is not None and not text[lay.sentences[si].start : m.start()].strip()
    closed = RE_CLOSES_NAME.match(text[nxt.end : nxt.end + 2])
    between = text[m.end() : nxt.start]
    if RE_COMMA_BETWEEN.fullmatch(between) and (
        closed or is_object_position(text, m.start(), ctx.object_cue) or initial
    ):
        if nxt.key in ctx.players:
            return nxt.key
    return None


def _named_before(ctx: DescriptorContext, refs: list[Ref], m: re.Match[str], nat, age) -> str | None:
    """ "Kuznetsova, the Russian who ...": an appositive describes the name just before it."""
    text = ctx.text
    prev = last_before(refs, m.start(), ("name", "descriptor"))
    after = m.end()
    national = RE_NATIONAL_NO.match(text, after) or RE_DESCRIPTOR_HEAD.match(text, after)
    after = national.end() if national else after  # "X, the British number three,"
    closes = RE_APPOSITION_END.match(text[after : after + 8])
    if (
        prev is not None
        and closes
        and RE_APPOSITION_GAP.fullmatch(text[prev.end : m.start()])
        and prev.key in ctx.players
    ):
        p = ctx.players[prev.key]
        if not (nat and p.nationality and p.nationality != nat) and not (age and p.age and p.age != age):
            return prev.key
    return None


# "will meet (sixth seed) X next after ...": a verb of meeting before the next opponent's name
RE_FACE_BEFORE = re.compile(
    r"\b(?:face|faces|facing|play|plays|playing|meet|meets|meeting|take\s+on|takes\s+on)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+seed\s+)?$",
    re.I,
)
RE_AFTER_BETWEEN = re.compile(r"\s*(?:next|on\s+\w+day|in\s+the\s+[\w-]+)?\s*,?\s*(?:after|when|once|since)\s+$", re.I)


def _next_opponent(ctx: DescriptorContext, refs: list[Ref], m: re.Match[str]) -> str | None:
    """ "A meets B in the final after the third seed beat C": a description heading a clause
    that tells how the next opponent got there is that opponent."""
    r = last_before(refs, m.start(), ("name",))
    if r is None or r.key not in ctx.players:
        return None
    if RE_AFTER_BETWEEN.fullmatch(ctx.text[r.end : m.start()]) and RE_FACE_BEFORE.search(
        ctx.text[max(0, r.start - 40) : r.start]
    ):
        return r.key
    return None


# "the American gave the world No 1 trouble": a verb between two descriptions, not a copula
RE_VERB_GAP = re.compile(r"\s+(?!(?:is|was|became|becomes|remains|remained|stays|as)\s)(?:[a-z]+\s+){1,3}")


def _clause_subject(ctx: DescriptorContext, refs: list[Ref], m: re.Match[str]) -> frozenset[str]:
    """The player of a description just before this one with a verb between: the subject of the
    clause this description is the object of, so never the same player."""
    prev = last_before(refs, m.start(), ("descriptor",))
    if prev is not None and RE_VERB_GAP.fullmatch(ctx.text[prev.end : m.start()]):
        return frozenset({prev.key})
    return frozenset()


def _introduced_next(ctx: DescriptorContext, refs: list[Ref], m: re.Match[str], nat, age) -> str | None:
    """ "A lost to the Slovak qualifier 6-3 6-1. Karol Beck, 23, had ...": a description with a role
    and a nationality or age before a player is first named; the next sentence opens with the name."""
    lay = ctx.lay
    si = lay.sentence_at(m.start())
    if si is None or si + 1 >= len(lay.sentences):
        return None
    nxt = lay.sentences[si + 1]
    first = next((r for r in refs if nxt.start <= r.start < nxt.end), None)
    if first is None or first.kind != "name" or ctx.text[nxt.start : first.start].strip():
        return None
    if any(r.key == first.key and r.start < m.start() for r in refs) or not _compatible(ctx, first.key, nat, age):
        return None
    return first.key


def resolve_descriptor(ctx: DescriptorContext, refs: list[Ref], m: re.Match[str], info: dict, holders) -> str | None:
    """The player a description denotes: the one holding its rank, the name in apposition, the
    nearest compatible reference before it, else the one player with its nationality or age."""
    nat = info.get("nat")
    age = info.get("age")
    if "named" in info:
        # "take over from X, the 18-year-old Y said": the name inside is the one described
        named = [r for r in starting_at(refs, info["named"]) if r.kind == "name" and r.key in ctx.players]
        return named[0].key if named else None
    key = _next_opponent(ctx, refs, m)
    if key is not None:
        return key
    # "the second seed and world number two Roger Federer": both ranks describe the name after them
    nxt = first_from(refs, m.end(), ("name",))
    if nxt is not None and nxt.key in ctx.players and RE_AND_RANK_BETWEEN.fullmatch(ctx.text[m.end() : nxt.start]):
        return nxt.key
    if "rank" in info:
        owners = holders().get(info["rank"], set())
        if len(owners) == 1:
            return next(iter(owners))
    # "Josh Goodall, the British fourth seed,": an apposition with a rank is its name's whatever the
    # nationality another description gave that name
    key = _named_next(ctx, refs, m) or _named_before(ctx, refs, m, None if "rank" in info else nat, age)
    if key is None and (nat or age) and (info.get("role") or "rank" in info or age):
        key = _introduced_next(ctx, refs, m, nat, age)
    if key is not None or info.get("apposition"):
        return key
    found = resolve_back(
        ctx.text,
        ctx.lay,
        refs,
        m.start(),
        object_cue=ctx.object_cue,
        accept=lambda k: _compatible(ctx, k, nat, age),
        exclude=_clause_subject(ctx, refs, m),
    )
    if found is not None:
        return found
    # Else a player the text has already tied to this nationality or age, if there is exactly one.
    for attr, value in (("nationality", nat), ("age", age)):
        if value is None:
            continue
        holders_of = [k for k, p in ctx.players.items() if getattr(p, attr) == value]
        if len(holders_of) == 1:
            return holders_of[0]
    if age and ctx.published_year:
        # "The 25-year-old shocked X" far from any name: the one article player the shipped list
        # gives a birth year that makes that age in the year of publication (born that many years
        # before, or one more if the birthday is still to come)
        fit = [k for k, p in ctx.players.items() if _born_for_age(ctx, p.name, age) and _compatible(ctx, k, nat, age)]
        if len(fit) == 1:
            return fit[0]
    if nat:
        # "knocking out the Chilean world number five", the name given later: the one player of
        # the article the shipped list knows to be of that nation
        known = [
            k
            for k, p in ctx.players.items()
            if getattr(ctx.res.player_index.get(T.fold(p.name)), "country", None) == nat
        ]
        if len(known) == 1 and _compatible(ctx, known[0], nat, age):
            return known[0]
    return None


def descriptor_refs(ctx: DescriptorContext, refs: list[Ref]) -> list[Ref]:
    """``refs`` (names) with the resolved descriptions added in text order. A resolved description
    also fills in its player's nationality and age when the text gave none."""
    text = ctx.text
    found = []
    for block in ctx.lay.paragraphs:
        for m in RE_DESCRIPTOR.finditer(text, block.start, block.end):
            info = parse_descriptor(text, m, ctx.res)
            if info is not None:
                found.append((m, info))
    refs = list(refs)
    cache: list = []

    def holders():
        if not cache:
            cache.append(rank_holders(text, ctx.players))
        return cache[0]

    for m, info in found:
        # "the 22-year-old Johansson": the name that ends it is the reference; the words before
        # it only describe that player.
        named = (
            next((r for r in starting_at(refs, m.start("noun")) if r.kind == "name"), None) if m.group("noun") else None
        )
        key = named.key if named is not None else resolve_descriptor(ctx, refs, m, info, holders)
        if key is None or key not in ctx.players:
            continue
        if named is None:
            end = _trimmed_end(text, m.end())
            head = (RE_DESCRIPTOR_HEAD.match(text, end) or RE_NATIONAL_NO.match(text, end)) if "nat" in info else None
            end = head.end() if head else end  # "the British teenager": the head noun is part of it
            bisect.insort(refs, Ref(m.start(), end, key, "descriptor"), key=ref_start)
        p = ctx.players[key]
        if info.get("nat") and p.nationality is None:
            p.nationality = info["nat"]
        if info.get("age") and p.age is None:
            p.age = info["age"]
    return refs


def _trimmed_end(text: str, end: int) -> int:
    while text[end - 1].isspace():
        end -= 1
    return end
