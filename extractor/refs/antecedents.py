"""Which player of the article a description denotes (its antecedent): the name it stands beside,
the one player its rank, nationality or age fits, the named opponent, or the subject it continues.

``descriptor_matches`` finds the descriptions of a text and ``DescriptorResolver`` turns each into a
reference, in text order with the pronouns (``extractor.refs.references.find_refs``, once per Doc).
What a description says is read by ``extractor.refs.descriptors``.
"""

from __future__ import annotations

import bisect
import re

from extractor.findings import Ref, first_from, last_before, ref_start, refs_between, starting_at
from extractor.refs.cues import RE_AGE_APPOSITION
from extractor.refs.descriptors import (
    RE_AND_RANK_BETWEEN,
    RE_APPOSITION_END,
    RE_APPOSITION_GAP,
    RE_CLOSES_NAME,
    RE_COMMA_BETWEEN,
    RE_DESCRIPTOR,
    RE_DESCRIPTOR_HEAD,
    RE_NATIONAL_NO,
    DescriptorContext,
    held_ranks,
    is_verb_next,
    parse_descriptor,
    rank_holders,
)
from extractor.refs.resolution import is_object_position, resolve_back
from extractor.refs.roles import relational_descriptions, relational_player, role_name, titled_descriptions
from extractor.text import plain as T


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


RE_AND_GAP = re.compile(r"\s+and\s+")
RE_COMMA_END = re.compile(r",\s*$")


def _named_before(ctx: DescriptorContext, refs: list[Ref], m: re.Match[str], nat, age) -> str | None:
    """ "Kuznetsova, the Russian who ...": an appositive describes the name just before it."""
    text = ctx.text
    prev = last_before(refs, m.start(), ("name", "descriptor"))
    after = m.end()
    national = RE_NATIONAL_NO.match(text, after) or RE_DESCRIPTOR_HEAD.match(text, after)
    after = national.end() if national else after  # "X, the British number three,"
    closes = RE_APPOSITION_END.match(text[after : after + 8])
    # "Federer, the defending champion and the world's top-ranked player,": a second description
    # joined to an apposition describes the same name
    chained = (
        prev is not None
        and prev.kind == "descriptor"
        and RE_AND_GAP.fullmatch(text, prev.end, m.start())
        and RE_COMMA_END.search(text, max(0, prev.start - 3), prev.start)
    )
    if (
        prev is not None
        and closes
        and (RE_APPOSITION_GAP.fullmatch(text[prev.end : m.start()]) or chained)
        and prev.key in ctx.players
    ):
        p = ctx.players[prev.key]
        if not (nat and p.nationality and p.nationality != nat) and not (age and p.age and p.age != age):
            return prev.key
    return None


# A full name no player or person of the article holds, set off by a comma right before a
# description ("... and Anders Jarryd, the fifth seed, in four sets"): the description is its
# apposition, so no other player's. Not after a preposition ("In New York, the top seed ...").
RE_NAME_COMMA_BEFORE = re.compile(
    r"(?<!\b[Ii]n\s)(?<!\b[Aa]t\s)(?<!\b[Oo]n\s)(?<!\bfrom\s)(?<!\bof\s)(?<!\bto\s)"
    r"\b(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)\s*,\s*$"
)


def _unknown_name_before(ctx: DescriptorContext, refs: list[Ref], m: re.Match[str]) -> bool:
    before = RE_NAME_COMMA_BEFORE.search(ctx.text, max(0, m.start() - 60), m.start())
    if before is None or not RE_APPOSITION_END.match(ctx.text[m.end() : m.end() + 8]):
        return False
    return not refs_between(refs, before.start(), m.start())


# "will meet (sixth seed) X next after ...": a verb of meeting before the next opponent's name
RE_FACE_BEFORE = re.compile(
    r"\b(?:face|faces|facing|play|plays|playing|meet|meets|meeting|take\s+on|takes\s+on)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+seed\s+)?$",
    re.I,
)
# What may stand between the next opponent's name and "after": when and in which round they meet
# ("next", "on Friday", "in the last eight", "in Sunday's final").
RE_AFTER_BETWEEN = re.compile(
    r"(?:\s*(?:next|on\s+\w+day|in\s+(?:the\s+|\w+['’]s\s+)?[\w-]+(?:\s+(?!after\b)[\w-]+)?))*"
    r"\s*,?\s*(?:after|when|once|since)\s+$",
    re.I,
)


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
    and a nationality or age before a player is first named; the next sentence opens with the name.
    Only a description a player acts upon introduces a new one, or one whose age or nationality the
    name is given with ("Karol Beck, 23,"): "X. The 23-year-old qualifier upset Y. Z also ..." goes on
    about X."""
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
    if not is_object_position(ctx.text, m.start(), ctx.object_cue) and not _stated_fit(ctx, nat, age, first.key):
        return None
    return first.key


def _stated_fit(ctx: DescriptorContext, nat: str | None, age: int | None, key: str | None = None) -> bool:
    """Whether the player ``key`` is given the description's age or nationality by the text (any
    player when ``key`` is None: a cheap test before looking for the name)."""
    players = [ctx.players[key]] if key is not None else ctx.players.values()
    return any((age and p.age == age) or (nat and p.nationality == nat) for p in players)


# Between a clause's subject and a description that is its predicate: "X was the top seed", "the world
# No. 7 is also the second seed", "X has since become the world No. 1", "X, who is the top seed", "X won
# the title and has been the top seed" (no other reference between).
RE_COPULA_GAP = re.compile(
    r"(?:\s*,\s*who|\s+[^.;!?]{0,60}?\s+and)?"
    r"\s+(?:(?:also|now|still|again|since|already)\s+)?(?:is|was|remains|remained|became|becomes|has\s+been|had\s+been"
    r"|has\s+(?:since\s+)?become)\s+(?:(?:also|now|still|again|once\s+again)\s+)?"
)


def _copula_subject(ctx: DescriptorContext, refs: list[Ref], m: re.Match[str]) -> str | None:
    """ "The world No. 7 was the top seed": a description after a copula is its subject's."""
    prev = last_before(refs, m.start(), ("name", "descriptor", "pronoun"))
    if prev is None or prev.key not in ctx.players or not RE_COPULA_GAP.fullmatch(ctx.text, prev.end, m.start()):
        return None
    si = ctx.lay.sentence_at(m.start())
    return prev.key if si is not None and ctx.lay.sentence_at(prev.start) == si else None


def _named_later(ctx: DescriptorContext, refs: list[Ref], m: re.Match[str]) -> frozenset[str]:
    """The first player a sentence names by name after the description that opens it ("The World No. 2
    leads their head-to-head 4-1, and if Keys beats her ..."): a writer names the subject again only
    after another player has been the subject ("The left-hander ..., and Nakashima was 5-2 up before
    Shelton ..."), so the first name after it is another player."""
    si = ctx.lay.sentence_at(m.start())
    if si is None or ctx.text[ctx.lay.sentences[si].start : m.start()].strip():
        return frozenset()
    later = [r for r in refs_between(refs, m.end(), ctx.lay.sentences[si].end) if r.kind == "name"]
    return frozenset({later[0].key}) if later else frozenset()


def resolve_descriptor(ctx: DescriptorContext, refs: list[Ref], m: re.Match[str], info: dict, holders) -> str | None:
    """The player a description denotes: the one holding its rank, the name in apposition, the
    nearest compatible reference before it, else the one player with its nationality or age."""
    if "relation" in info:
        return relational_player(ctx.text, ctx.lay, refs, m, _owner(ctx, refs, m))
    nat = info.get("nat")
    age = info.get("age")
    if "named" in info:
        # "take over from X, the 18-year-old Y said": the name inside is the one described
        named = [r for r in starting_at(refs, info["named"]) if r.kind == "name" and r.key in ctx.players]
        return named[0].key if named else None
    key = _next_opponent(ctx, refs, m) or _copula_subject(ctx, refs, m)
    if key is not None:
        return key
    # "the second seed and world number two Roger Federer": both ranks describe the name after them
    nxt = first_from(refs, m.end(), ("name",))
    if nxt is not None and nxt.key in ctx.players and RE_AND_RANK_BETWEEN.fullmatch(ctx.text[m.end() : nxt.start]):
        return nxt.key
    owners = holders().get(info["rank"], {}) if "rank" in info else {}
    if not owners and info.get("rank") == ("seed", 1):
        # a draw is seeded by the ranking: with no top seed named, the world No. 1 named in it is its top seed
        owners = {
            k: at for k, at in holders().get(("world", 1), {}).items() if not _holds_other(holders(), k, ("seed", 1))
        }
    # the one player named with that rank, if the description's nationality and age fit them (another
    # draw has its own top seed: "the 19-year-old Japanese top seed" is not the Dutch one); named so
    # before it, or else only when no player before it can be the one described (a round-up's later
    # section has its own draw and its own top seed)
    owner = next(iter(owners)) if len(owners) == 1 and _compatible(ctx, next(iter(owners)), nat, age) else None
    if owner is not None and owners[owner] < m.start():
        return owner
    # "Josh Goodall, the British fourth seed,": an apposition with a rank is its name's whatever the
    # nationality another description gave that name
    key = _named_next(ctx, refs, m) or _named_before(ctx, refs, m, None if "rank" in info else nat, age)
    if key is None and (nat or age) and (info.get("role") or "rank" in info or age):
        key = _introduced_next(ctx, refs, m, nat, age)
    if key is not None or info.get("apposition"):
        return key
    if _unknown_name_before(ctx, refs, m):
        return None
    exclude = _clause_subject(ctx, refs, m) | _named_later(ctx, refs, m)
    sole = _sole_holder(ctx, info)
    if sole is not None and sole not in exclude:
        return sole
    args = dict(
        object_cue=ctx.object_cue,
        accept=lambda k: _compatible(ctx, k, nat, age) and not _holds_other(holders(), k, info.get("rank")),
        exclude=exclude,
        kinds=("name", "descriptor", "pronoun"),  # "He won in 1975 as the fifth seed": the pronoun's player
        past_quotes=True,
    )
    found = resolve_back(ctx.text, ctx.lay, refs, m.start(), **args)
    if found is None and is_verb_next(ctx.text, m.end()):
        # "X opened her campaign on Sunday, and the world No. 1 made it look simple": a description
        # heading a clause joined by ", and" is another player than the one before it, if there is one
        found = resolve_back(ctx.text, ctx.lay, refs, m.start(), subject=True, **args)
    if found is not None:
        return _stated_nationality(ctx, refs, m, nat, found)
    if owner is not None:
        return owner
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


def _sole_holder(ctx: DescriptorContext, info: dict) -> str | None:
    """The one player the text gives the role a description names ("the defending champion" after
    "defending champion X", "the qualifier" after "X, a qualifier,"), when no other player is given
    it and the description's nationality and age fit: a writer describes a player by what the reader
    has been told of them. (A nationality or an age is no such cue before the nearest subject: two
    players of a story often share one, and the text may tell it of the nearest one first.)"""
    role = role_name(info["role"]) if info.get("role") else None
    keys = ctx.role_holders().get(role, set()) if role is not None else set()
    if len(keys) == 1 and _compatible(ctx, next(iter(keys)), info.get("nat"), info.get("age")):
        return next(iter(keys))
    return None


def _owner(ctx: DescriptorContext, refs: list[Ref], m: re.Match[str]) -> str | None:
    """The player a relational description is told of: the name before its "'s", or the player its
    "his"/"her" stands for (resolved as a subject pronoun)."""
    if m.group("owner"):
        named = [r for r in starting_at(refs, m.start("owner")) if r.kind == "name" and r.key in ctx.players]
        return named[0].key if named else None
    gender = "f" if m.group("pron").lower() == "her" else "m"
    return resolve_back(
        ctx.text,
        ctx.lay,
        refs,
        m.start(),
        object_cue=ctx.object_cue,
        accept=lambda k: k in ctx.players and ctx.players[k].gender in (gender, None),
        kinds=("name", "descriptor", "pronoun"),
        subject=True,
    )


def _holds_other(holders: dict[tuple[str, int], dict[str, int]], key: str, rank: tuple[str, int] | None) -> bool:
    """Whether the text names ``key`` outright with another value of the rank a description
    states ("second seed Sinner" is not "the 12th seed"): a player holds one seed, one world rank."""
    if rank is None:
        return False
    kind, value = rank
    return any(key in keys and k == kind and v != value for (k, v), keys in holders.items())


def _stated_nationality(ctx: DescriptorContext, refs: list[Ref], m: re.Match[str], nat: str | None, found: str) -> str:
    """A nationality description in a sentence that already refers to the player it was resolved
    to, whose country neither the text nor the shipped list gives, while exactly one other player
    is given that country by the text ("going down to Portugal's X. The 17-year-old served for it,
    only for the Portuguese second seed to hit three winners"): that other player."""
    p = ctx.players[found]
    if not nat or p.nationality is not None or getattr(ctx.res.player_index.get(T.fold(p.name)), "country", None):
        return found
    si = ctx.lay.sentence_at(m.start())
    if si is None or not any(r.key == found for r in refs_between(refs, ctx.lay.sentences[si].start, m.start())):
        return found
    stated = [k for k, p in ctx.players.items() if p.nationality == nat]
    return stated[0] if len(stated) == 1 else found


def descriptor_matches(ctx: DescriptorContext) -> list[tuple[re.Match[str], dict]]:
    """Every description of the story paragraphs with what it says, in text order."""
    text = ctx.text
    found = []
    for block in ctx.lay.paragraphs:
        for m in RE_DESCRIPTOR.finditer(text, block.start, block.end):
            if m.lastindex is None:
                continue  # a bare "the": no group took part, no description (parse_descriptor gives None)
            info = parse_descriptor(text, m, ctx.res)
            if info is not None:
                found.append((m, info))
        # "the three-time major champion": a player described by a past title, resolved like any role
        found += [(m, {"role": "titled"}) for m in titled_descriptions(text, block.start, block.end)]
        # "his opponent", "Barrantes's conqueror": the other player of a match told with its owner
        found += [(m, {"relation": m.group("rel")}) for m in relational_descriptions(text, block.start, block.end)]
    return sorted(found, key=lambda f: f[0].start())


class DescriptorResolver:
    """Adds descriptions one at a time, in text order, to a list of references (names and the
    descriptions and pronouns resolved before them). A resolved description also fills in its
    player's nationality and age when the text gave none."""

    def __init__(self, ctx: DescriptorContext) -> None:
        self.ctx = ctx
        self._holders: dict | None = None

    def holders(self) -> dict[tuple[str, int], dict[str, int]]:
        if self._holders is None:
            self._holders = rank_holders(self.ctx.text, self.ctx.players)
        return self._holders

    def add(self, refs: list[Ref], m: re.Match[str], info: dict) -> None:
        ctx, text = self.ctx, self.ctx.text
        # "the 22-year-old Johansson": the name that ends it is the reference; the words before
        # it only describe that player.
        named = (
            next((r for r in starting_at(refs, m.start("noun")) if r.kind == "name"), None)
            if m.groupdict().get("noun")
            else None
        )
        key = named.key if named is not None else resolve_descriptor(ctx, refs, m, info, self.holders)
        if key is None or key not in ctx.players:
            return
        if named is None:
            end = _trimmed_end(text, m.end())
            head = (RE_DESCRIPTOR_HEAD.match(text, end) or RE_NATIONAL_NO.match(text, end)) if "nat" in info else None
            end = head.end() if head else end  # "the British teenager": the head noun is part of it
            bisect.insort(refs, Ref(m.start(), end, key, "descriptor"), key=ref_start)
            # "The British number one, seeded ninth,": the seed in apposition is the described player's
            for rank in held_ranks(text, m.start(), end, before=False):
                self.holders().setdefault(rank, {}).setdefault(key, m.start())
        p = ctx.players[key]
        if info.get("nat") and p.nationality is None:
            p.nationality = info["nat"]
        if info.get("age") and p.age is None:
            p.age = info["age"]
        age = RE_AGE_APPOSITION.match(text, _trimmed_end(text, m.end())) if named is None else None
        if age and p.age is None and 14 <= int(age.group("age")) <= 45:
            p.age = int(age.group("age"))  # "The Spaniard, 21, plays ...": the age of the player it denotes


def _trimmed_end(text: str, end: int) -> int:
    while text[end - 1].isspace():
        end -= 1
    return end
