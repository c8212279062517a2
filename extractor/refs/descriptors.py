"""Descriptions of players ("the Spaniard", "the world No 1", "the 22-year-old", "the Slovak
qualifier"): what each says of its player, and which player of the article it denotes.

Plain functions over the text, its layout and the players found (``descriptor_refs``), called once
per Doc by ``extractor.refs.references.find_refs``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping

from extractor.data.resources import Resources
from extractor.findings import PlayerFact
from extractor.refs.roles import role_holders
from extractor.text import plain as T
from extractor.text.layout import Layout
from extractor.text.lexicon import (
    ORDINAL,
    RANK_NO,
    RANK_NUMBER,
    RANK_ORDINAL,
    TOUR_WORD,
    number_seed,
    number_value,
    ordinal_seed,
    ordinal_value,
    world_rank,
)

ROLE_NOUNS = (
    r"(?:(?:champion|defending\s+champion|titleholder|teenager|youngster|veteran|qualifier"
    r"|wildcard|wild\s+card|lucky\s+loser|left-hander|right-hander|home\s+favourite|home\s+"
    r"favorite|favourite|favorite|underdog|player|star|debutant|finalist|semi-?finalist"
    r"|No\.?\s*1|number\s+one|world\s+number\s+one)\b)"
)

# A compass word that may open a demonym: "the South Korean", "the South Tyrolean".
COMPASS = r"(?:(?:North|South|East|West|Northern|Southern|Eastern|Western|Upper|Lower)\s+)"
# A place's native: "the Buenos Aires native", "the Madrid native" (a person, whatever the place).
NATIVE = r"(?:[A-Z][a-z]+\s+){1,3}native\b"

# "the 22-year-old", "the world No 1", "the top seed", "the Spaniard", "the 22-year-old Spaniard",
# "the defending champion": a definite description of one player.
RE_DESCRIPTOR = re.compile(
    rf"""
    \b[Tt]he\s+
    (?!former\b|ex-|one-time\b|then\b|year-end\b)
    (?:(?P<age>\d{{1,2}})-year-old\s*)?
    # a birthplace before the nationality: "the South African-born American", "the Moscow-born Kazakh"
    (?:(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+-born\s+)?
    # "the Russian world number five"
    (?:(?P<pre>[A-Z][a-z]+)\s+(?={TOUR_WORD}\s+{RANK_NO}|{ORDINAL}[-\s]seed|top-ranked))?
    (?:
        (?P<rank>{world_rank("wrank")})
      # "the world's top-ranked player", "the world's top-ranked woman"
      | (?P<toprank>(?:world['’]s\s+)?top[-\s]ranked(?:\s+(?:wo)?man\b)?)
      # "the 197th-ranked player", "the 20th-ranked Spaniard"
      | (?P<ordrank>(?!top\b)(?P<rord>{RANK_ORDINAL})[-\s]ranked)
      | (?P<seed>(?:{ordinal_seed("sord")}|{number_seed("sno")})\b)
      | (?P<plrank>{RANK_NO}(?P<prn>\d{{1,4}})(?=\s+(?:player|woman|man)\b))   # "the No. 5 player (in the world)"
    )?
    \s*
    (?!(?:No\.?|Number)\s*\w+[-\s]seeds\b)                      # "the No. 2 seeds": a pair's seed
    (?P<noun>(?!(?:No|Number)\b)(?:{NATIVE}|{COMPASS}?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)|{ROLE_NOUNS})?  # not "the No. 5"
    (?:\s+(?P<seed2>{ordinal_seed("sord2")})\b)?    # "the Italian fifth seed"
    (?:(?<=[a-z])\s+(?P<role2>                                  # after a nationality word:
        # "the Argentine world number five"
        {world_rank("wrank2")}
      # "the Slovak qualifier"
      | qualifier|wildcard|wild\s+card|lucky\s+loser|teenager|youngster|veteran|left-hander|right-hander
      | defending\s+champion|champion
    )\b)?
    """,
    re.VERBOSE,
)

# A world rank or a seed written next to a name: "world No 1 X", "X, the top seed".
RANK_CORE = rf"(?P<former>former\s+|ex-|one-time\s+)?(?:{world_rank('wn')}|{ordinal_seed('so')}|{number_seed('sn')})"
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
RE_RANK_NOUN = re.compile(r"No\b|[Nn]umber\b|World\b")  # not "North"
RE_NEXT_WORD = re.compile(r"\s+([a-z]+)")
RE_CLOSES_NAME = re.compile(r"\s*[,;:.]")
# Between a description and the name it introduces: a comma, after a short phrase of place or draw
# ("the No. 6 seed in the main draw, X"), before an owner ("the top seed, TCU's X", "Spain's X").
RE_COMMA_BETWEEN = re.compile(
    r"""\s*(?:(?:in|at|of|for)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s*)?   # "in the main draw"
    ,\s*(?:(?-i:[A-Z])[\w&.-]*(?:['’]s)?\s+){0,2}                  # "TCU's", "Texas A&M's", "American"
    """,
    re.VERBOSE,
)
# "the second seed and world number two Roger Federer": a second rank, then the name they describe
RE_AND_RANK_BETWEEN = re.compile(rf"\s*and\s+(?:{world_rank()}|{ORDINAL}[-\s]seed)\s+")
RE_APPOSITION_END = re.compile(r"\s*(?:[,;.)–—]|who\b|whose\b|which\b|with\b|from\b|of\b|at\b|in\b|and\b|$)")
# Between a name and its appositive: a comma or dash, after an optional "of Russia" ("Nadia Petrova
# of Russia, the 14th seed").
RE_APPOSITION_GAP = re.compile(
    r"""(?:\s+of\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s*[,–—-]\s*
    # the description as the second noun of an apposition: "Oduya, a junior from Richmond, Va., and
    # (the No. 9 seed)", "Rybakina, the 2022 champion and (fourth seed)"
    (?:(?:the|a|an)\s+(?:[^,;:!?.⟨]|[.,](?=[\s,])){1,60}?\s+and\s+)?
    """,
    re.VERBOSE,
)

VERBISH = frozenset(
    """was is has had will who which whose won lost beat said added struggled took broke saved served needed came went
    then now also still could would did made got looked appeared managed held kept never just finally again""".split()
)
# "had beaten the Swiss at the Olympics", "beat the Spaniard in straight sets": a nationality word
# followed by a preposition is a noun, the description of a player.
PREPOSITIONS_AFTER = frozenset("at in on for with from after before since during".split())


def _verbish(word: str) -> bool:
    return word in VERBISH or word.endswith(("ed", "ing")) or (word.endswith("s") and not word.endswith("ss"))


# A verb right after a description, maybe after an adverb: the description is its clause's subject
# ("..., and the top seed now faces X", "and the world No. 1 made it look easy"), whatever stands before.
RE_VERB_NEXT = re.compile(r"\s*(?:(?:now|then|also|still|again|\w+ly)\s+)?([a-z]+)\b")
NOT_VERBS = frozenset("this his its hers as us plus thus".split())


def is_verb_next(text: str, end: int) -> bool:
    """Whether a verb follows the description ending at ``end``."""
    m = RE_VERB_NEXT.match(text, end, end + 40)
    return m is not None and m.group(1) not in NOT_VERBS and _verbish(m.group(1))


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
    _roles: dict[str, set[str]] | None = None

    def role_holders(self) -> dict[str, set[str]]:
        """``role_holders`` of the text, found once when a description first asks."""
        if self._roles is None:
            self._roles = role_holders(self.text, self.players)
        return self._roles


def parse_descriptor(text: str, m: re.Match[str], res: Resources) -> dict | None:
    """What a description says of its player ({"age", "rank", "nat", "role"}), or None when the
    match is no description of a player."""
    if RE_TITLE_AFTER.match(text[m.end() : m.end() + 12]) or RE_BORN_AFTER.match(text, m.end()):
        return None
    # "the Italian Open", "the Dane Holger Rune": an adjective or a title before a name; but
    # "the British No 2" describes a player by nation.
    national_no = RE_NATIONAL_NO.match(text, m.end())
    national_rank = national_no is not None and bool(m.group("noun"))
    if (
        not national_rank
        and RE_CAPITAL_NEXT.match(text[m.end() : m.end() + 3])
        and not RE_PRONOUN_NEXT.match(text[m.end() : m.end() + 5])
    ):
        return None
    info = _rank_info(m)
    noun = m.group("noun")
    if m.group("toprank") and not noun:
        # "the world's top-ranked padel pair": the rank of something else, not of a player
        nxt = RE_NEXT_WORD.match(text[m.end() - 1 : m.end() + 20])
        if nxt and not _verbish(nxt.group(1)) and nxt.group(1) not in ("in", "at", "from", "of", "and"):
            return None
    head = RE_DESCRIPTOR_HEAD.match(text, m.end()) if noun else None
    if noun and not _noun_info(text, m, res, info, head, national_no if national_rank else None):
        return None
    _second_role(m, info)
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
        and T.fold(noun or "") in res.demonyms
    ):
        # "the American" names a player; "the American swing" does not: an adjective is
        # followed by its noun, a description by a verb, punctuation or a relative pronoun.
        nxt = RE_NEXT_WORD.match(text[m.end() : m.end() + 20])
        if nxt and not _verbish(nxt.group(1)) and nxt.group(1) not in PREPOSITIONS_AFTER:
            return None
    return info


def _noun_info(
    text: str, m: re.Match[str], res: Resources, info: dict, head, national_no: re.Match[str] | None
) -> bool:
    """What the description's noun adds to ``info`` (a nationality, a role, a name it stands
    before); False when the noun makes it no description of a player."""
    noun = m.group("noun")
    folded = T.fold(noun)
    if folded.endswith(" native"):
        info["role"] = "native"  # "the Buenos Aires native": a person from a place, no nationality
    elif folded in res.nationality_nouns:
        info["nat"] = res.nationality_nouns[folded]
    elif folded in res.demonyms and (national_no or head):
        info["nat"] = res.demonyms[folded]  # "the British number two", "the Korean player"
        # resolved only to the name it stands beside, or as a sentence's subject ("The Danish player served")
        info["apposition"] = not (head and RE_SENTENCE_START.search(text[max(0, m.start() - 3) : m.start()] or "\n"))
        if national_no and info["apposition"]:
            # "when the British number one, seeded nine, lost": a clause's subject is resolved
            # like any description; "broke the British number two four times" is not
            rest = text[national_no.end() : national_no.end() + 20]
            nxt = RE_NEXT_WORD.match(rest)
            info["apposition"] = not (rest.lstrip().startswith(",") or (nxt and _verbish(nxt.group(1))))
    elif noun[0].isupper() and not RE_RANK_NOUN.match(noun):
        if not info:
            return _regional_demonym(text, m, info)
        nxt = RE_NEXT_WORD.match(text[m.end() : m.end() + 20])
        if not nxt or _verbish(nxt.group(1)):
            info["named"] = m.start("noun")  # "the 19-year-old Bernhardt had": only that name's
        # "the 21-year-old Virginia senior": an adjective before the noun it describes
    else:
        info["role"] = folded
    return True


# A demonym's shape: "Murcian", "Tuscan", "Asturian", "Navarrese", "Castellonense", "Mallorcan"
RE_DEMONYM_SHAPE = re.compile(rf"{COMPASS}?[A-Z][a-z]+(?:an|ese|ense|ite|sider|ois)")  # "Muscovite", "Sydneysider"
# Words of that shape that name no person: a newspaper, a party, a faith
NOT_DEMONYMS = frozenset({"guardian", "republican", "christian", "vatican", "pentagon", "titan", "olympian"})
RE_SUBJECT_NEXT = re.compile(r"\s*,|\s+(?:[a-z]+ly\s+)?([a-z]+)\b")  # "The Murcian, ...", "The Tuscan (easily) beat"


def _regional_demonym(text: str, m: re.Match[str], info: dict) -> bool:
    """ "The Murcian, first seed, beat X", "The Tuscan needed 78 minutes": a region's or city's
    demonym that no list knows, opening a sentence as its subject (a comma or a verb after it),
    describes the player the story is about; "The Roman crowd", "the Tuscan hills" do not."""
    noun = m.group("noun")
    if m.group() != "The " + noun or T.fold(noun) in NOT_DEMONYMS or not RE_DEMONYM_SHAPE.fullmatch(noun):
        return False
    if not RE_SENTENCE_START.search(text[max(0, m.start() - 3) : m.start()] or "\n"):
        return False
    nxt = RE_SUBJECT_NEXT.match(text, m.end())
    word = nxt.group(1) if nxt is not None else None
    if nxt is None or (word is not None and (not _verbish(word) or word.endswith("ing"))):
        return False  # "The North American swing starts": a noun after it, no verb ("-ing" is a noun's)
    info["role"] = "native"
    return True


def _second_role(m: re.Match[str], info: dict) -> None:
    """A seed, rank or role after the nationality word: "the Italian fifth seed", "the Argentine
    world number five", "the Slovak qualifier"."""
    if m.group("seed2"):
        info["rank"] = ("seed", ordinal_value(m.group("sord2")))
    if m.group("wrank2"):
        info["rank"] = ("world", number_value(m.group("wrank2")))
    elif m.group("role2"):
        info["role"] = T.fold(m.group("role2"))


def _rank_info(m: re.Match[str]) -> dict:
    info: dict = {}
    if m.group("age"):
        info["age"] = int(m.group("age"))
    if m.group("rank"):
        info["rank"] = ("world", number_value(m.group("wrank")))
    if m.group("toprank"):
        info["rank"] = ("world", 1)
    if m.group("plrank"):
        info["rank"] = ("world", int(m.group("prn")))
    if m.group("ordrank"):
        info["rank"] = ("world", ordinal_value(m.group("rord")))
    if m.group("seed"):
        n = ordinal_value(m.group("sord")) if m.group("sord") else number_value(m.group("sno"))
        info["rank"] = ("seed", n)
    return info


def descriptor_rank(m: re.Match[str]) -> tuple[str, int] | None:
    """The (kind, value) a description of ``RE_DESCRIPTOR`` states: "the world No 1" ("world", 1),
    "the Italian fifth seed" ("seed", 5), "the 197th-ranked player" ("world", 197); else None."""
    info = _rank_info(m)
    _second_role(m, info)
    return info.get("rank")


RE_NTH_RANKED_BEFORE = re.compile(rf"\b(?:{RANK_ORDINAL}|{RANK_NO}\d{{1,4}})[-\s]ranked\s+$", re.I)
# A draw's seed in brackets after the name, maybe after its country code: "X [6]", "X (NED) (6)", "X (ITA x1)".
# A word every rank or seed phrase above holds (RANK_CORE: a tour's world rank or a seed; "20th-ranked"):
# where none is, the phrases are not looked for.
RE_RANK_HINT = re.compile(r"seed|world|wta|atp|ranked", re.I)
RE_SEED_BRACKET_AFTER = re.compile(r"\s*(?:\([A-Z]{3}\)\s*)?[\[(](?:\d{1,2}|[A-Z]{3}\s*[x×]\d{1,2})[\])]")


def rank_cue(text: str, start: int, end: int, *, after: bool = True) -> bool:
    """Whether a current world rank or seed stands right before or after the name at [start, end)
    ("world No. 128 X", "No. 3 seed X", "20th-ranked X", "X, the eighth seed", "X [6]"): a rank slot, which
    only a player fills (a national rank, "British No 1 X", is none; nor is "former world No 1 X").
    ``after=False``: before the name only (a single word before ", the third seed" may be "Earlier")."""
    before = text[max(0, start - 40) : start]
    if RE_RANK_HINT.search(before):
        m = RE_RANK_BEFORE.search(before)
        if (m is not None and not m.group("former")) or RE_NTH_RANKED_BEFORE.search(before):
            return True
    if not after:
        return False
    m = RE_RANK_AFTER.match(text, end, min(len(text), end + 40)) if RE_RANK_HINT.search(text, end, end + 40) else None
    return (m is not None and not m.group("former")) or RE_SEED_BRACKET_AFTER.match(text, end) is not None


# A seed told with "seeded" after a name or a description: "X, seeded ninth,", "The British number one,
# seeded No. 9," (never "X, seeded ninth last year": NOT_NOW is left to the rankings stage, a holder is
# only a cue against another seed)
RE_SEEDED_AFTER = re.compile(
    rf"\s*,\s*(?:who\s+(?:is|was)\s+)?seeded\s+(?:No\.?\s*)?(?:(?P<sn>{RANK_NUMBER})|(?P<so>{ORDINAL}))\b", re.I
)


def held_ranks(text: str, start: int, end: int, *, before: bool = True) -> list[tuple[str, int]]:
    """The current ranks and seeds the text gives the reference at [start, end) right beside it
    ("world No 1 X", "X, the top seed", "X, seeded ninth"); ``before=False``: after it only (a
    description holds its own rank in its words)."""
    out = []
    found = [RE_RANK_AFTER.match(text[end : end + 40]), RE_SEEDED_AFTER.match(text, end, end + 40)]
    if before:
        found.append(RE_RANK_BEFORE.search(text[max(0, start - 30) : start]))
    for m in found:
        if m is None or m.groupdict().get("former"):
            continue
        if m.groupdict().get("wn"):
            out.append(("world", number_value(m.group("wn"))))
        elif m.group("so"):
            out.append(("seed", ordinal_value(m.group("so"))))
        elif m.group("sn"):
            out.append(("seed", number_value(m.group("sn"))))
    return out


def rank_holders(text: str, players: Mapping[str, PlayerFact]) -> dict[tuple[str, int], dict[str, int]]:
    """Who the text names with a rank outright ("world No 1 Novak Djokovic", "Sinner, the top
    seed,", "Norrie, seeded ninth,"), each with where it first does: a rank belongs to one player at
    a time, so a description of it points to them."""
    holders: dict[tuple[str, int], dict[str, int]] = {}
    for key, p in players.items():
        for a, b in p.mentions:
            for rank in held_ranks(text, a, b):
                at = holders.setdefault(rank, {})
                at[key] = min(at.get(key, a), a)
    return holders
