"""Generate behavioural test cases for match-result extraction (CheckList: Ribeiro et al. 2020).

Each ``Case`` is a short article (a ` date YYYY-MM-DD ` header, a sentence that makes the page tennis,
an introduction when the result names a player by surname, pronoun or descriptor, then the result
or a statement that is not one) with the results it states and the dimension values that made it.

Cases come in groups per construction:

- **MFT** (minimum functionality): the construction with bare full names, no modifiers, a plain score;
- **DIR** ``swap``: the same case with winner and loser exchanged (the expected sides exchange too);
- **INV** (invariance): the base case changed along one dimension (a modifier on one side, the score
  notation, the kind of name, the subject form, doubles), or the construction with every dimension
  drawn at once and other players (``mixed``); the expected result does not change;
- **DIR** ``negate``: a group's players and context in a statement that is not a result (a condition,
  a schedule, a head-to-head record, a match in progress...): no match is expected.

``generate(n, seed)`` is a pure function of its arguments.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import random
import re
import unicodedata
from dataclasses import dataclass

from . import lexicon as lx
from . import scores as sc
from .templates import (
    CONSTRUCTIONS,
    CONTEXTS,
    INTRO_BOTH,
    INTRO_BOTH_DOUBLES,
    INTRO_DESCRIPTOR,
    INTRO_ONE,
    INTRO_SIBLINGS,
    NON_RESULT_KINDS,
    NON_RESULTS,
    Construction,
)

NAME_KINDS = (
    "known",
    "invented",
    "particle-known",
    "particle-invented",
    "hyphen-known",
    "hyphen-invented",
    "compound-known",
    "compound-invented",
)
SUBJECT_FORMS = ("full", "surname", "pronoun", "descriptor")
DOUBLES_STYLES = ("singles", "and", "slash", "partner", "partnering", "siblings")
MOD_KINDS = (
    "none",
    "seed",
    "rank",
    "age",
    "nationality",
    "poss_country",
    "of_country",
    "code",
    "apposition",
    "relative",
    "role",
    "adverb",
    "time",
    "place",
    "combo",
)
PRE_KINDS = ("seed", "rank", "age", "nationality", "poss_country", "role")  # can stand before the name
POST_ONLY_KINDS = ("of_country", "code", "apposition", "relative", "time", "place")
NON_RESULT_SHARE = 0.2


@dataclass(frozen=True)
class Person:
    first: str
    surname: str  # with its particles, hyphens or second family name
    gender: str  # "f" or "m"
    country: str  # IOC code, a key of lexicon.COUNTRIES
    known: bool  # held by extractor/data/players.jsonl
    shape: str = "plain"  # plain | particle | hyphen | compound

    @property
    def full(self) -> str:
        return f"{self.first} {self.surname}"


@dataclass(frozen=True)
class Expected:
    """One result the text states: sides as GOLD.md writes them ("A / B" for doubles)."""

    winner: str
    loser: str
    winner_surnames: tuple[str, ...]
    loser_surnames: tuple[str, ...]
    score: str | None  # GOLD.md normalised, winner's side
    outcome: str  # completed | retired | walkover


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    published: str
    expected: tuple[Expected, ...]
    players: tuple[str, ...]  # full names of every player the text names
    surnames: tuple[str, ...]
    group: int
    test: str  # MFT | INV | DIR
    perturbed: str  # "", a dimension name, "mixed", "swap" or "negate"
    construction: str  # "" for statements that are not results
    family: str  # a construction family, or "non-result"
    winner_mod: str
    loser_mod: str
    notation: str
    name_kind: str
    subject: str  # full | surname | pronoun | descriptor
    doubles: str  # singles, or the doubles style
    non_result: str  # "" for results, else the kind of statement

    @property
    def is_result(self) -> bool:
        return bool(self.expected)

    @property
    def invented(self) -> bool:
        return self.name_kind.endswith("invented")


@dataclass(frozen=True)
class Spec:
    """Everything that decides a result case; fillers come from ``fill_seed``, players from
    ``people_seed``, the score from ``score_seed``, so a one-dimension change changes one thing."""

    construction: Construction
    gender: str
    name_kind: str
    subject: str
    doubles: str
    notation: str
    winner_mod: str
    loser_mod: str
    fill_seed: int
    people_seed: int
    score_seed: int
    swapped: bool = False


# -- name pools -----------------------------------------------------------------------------------


def fold(name: str) -> str:
    """GOLD.md comparison form: case-folded, accents and punctuation removed."""
    nfkd = unicodedata.normalize("NFKD", name.replace("đ", "dj").replace("Đ", "Dj").replace("ø", "o"))
    bare = "".join(c for c in nfkd if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^\w\s]|_", " ", bare).split())


@functools.lru_cache(maxsize=1)
def known_players() -> tuple[dict, ...]:
    with open(lx.PLAYERS_FILE, encoding="utf-8") as f:
        return tuple(json.loads(line) for line in f if line.strip())


@functools.lru_cache(maxsize=1)
def family_first() -> frozenset[str]:
    lines = lx.FAMILY_FIRST_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


@functools.lru_cache(maxsize=1)
def known_pools() -> dict[tuple[str, str], tuple[Person, ...]]:
    """Known players by (gender, shape): two-part names whose surname no other player shares,
    from a country the generator can describe; siblings and family-name-first names left out."""
    rows = known_players()
    last_words: dict[str, int] = {}
    for p in rows:
        key = fold(p["name"]).split()[-1]
        last_words[key] = last_words.get(key, 0) + 1
    splits = {full: (first, sur) for full, first, sur in lx.KNOWN_SPLITS}
    pools: dict[tuple[str, str], list[Person]] = {}
    for p in rows:
        name, country, gender = p["name"], p.get("country"), p.get("gender")
        if country not in lx.COUNTRIES or gender not in ("f", "m") or (p.get("born") or 1990) < 1960:
            continue
        words = name.split()
        if words[0] in family_first() or last_words[fold(name).split()[-1]] > 1:
            continue
        if name in splits:
            first, sur = splits[name]
        elif len(words) == 2:
            first, sur = words
        else:
            continue
        if " " in sur:
            shape = (
                "particle"
                if sur.split()[0].lower() in {"de", "del", "van", "von", "el", "da", "di", "le"}
                else "compound"
            )
        elif "-" in name:
            shape = "hyphen"
        else:
            shape = "plain"
        pools.setdefault((gender, shape), []).append(Person(first, sur, gender, country, True, shape))
    return {k: tuple(v) for k, v in sorted(pools.items())}


@functools.lru_cache(maxsize=1)
def invented_pools() -> dict[tuple[str, str], tuple[Person, ...]]:
    """Invented players by (gender, shape), composed from ``lexicon.ORIGINS``."""
    pools: dict[tuple[str, str], list[Person]] = {}
    for o in lx.ORIGINS:
        for gender, firsts, hyphen_firsts in (("f", o.female, o.hyphen_female), ("m", o.male, o.hyphen_male)):
            for shape, names, surnames in (
                ("plain", firsts, o.surnames),
                ("particle", firsts, o.particle_surnames),
                ("hyphen", firsts, o.hyphen_surnames),
                ("hyphen", hyphen_firsts, o.surnames),
                ("compound", firsts, o.compound_surnames),
            ):
                pool = pools.setdefault((gender, shape), [])
                pool.extend(Person(first, sur, gender, o.country, False, shape) for first in names for sur in surnames)
    return {k: tuple(v) for k, v in sorted(pools.items())}


def name_kinds_for(gender: str) -> tuple[str, ...]:
    kinds = []
    for kind in NAME_KINDS:
        shape, _, source = kind.partition("-")
        pools = known_pools() if kind == "known" or source == "known" else invented_pools()
        if pools.get((gender, "plain" if kind in ("known", "invented") else shape)):
            kinds.append(kind)
    return tuple(kinds)


def draw_people(kind: str, gender: str, count: int, seed: int) -> tuple[tuple[Person, ...], int]:
    """``count`` players of one gender with distinct first names and surnames, the first two from
    different countries; the one at the returned index (0 or 1: the winner's or the loser's first
    player) has the name shape of ``kind``. Singles players stay the same when ``count`` grows."""
    rng = random.Random(seed)
    pools = known_pools() if kind == "known" or kind.endswith("-known") else invented_pools()
    shape = "plain" if kind in ("known", "invented") else kind.partition("-")[0]
    featured_at = rng.randrange(2)
    featured = rng.choice(pools[(gender, shape)])
    people: list[Person | None] = [None] * count
    people[featured_at] = featured
    for i in range(count):
        while people[i] is None:
            p = rng.choice(pools[(gender, "plain")])
            others = [q for q in people if q is not None]
            if any(_clash(p, q) for q in others) or (i < 2 and p.country == featured.country):
                continue
            people[i] = p
    return tuple(p for p in people if p is not None), featured_at


def _clash(p: Person, q: Person) -> bool:
    fp, fq = fold(p.full).split(), fold(q.full).split()
    return p.first == q.first or fp[-1] == fq[-1] or fold(p.surname) == fold(q.surname) or bool(set(fp) & set(fq))


def siblings(known: bool, gender: str, avoid: tuple[Person, ...], rng: random.Random) -> tuple[Person, Person]:
    if known:
        by_name = {p["name"]: p for p in known_players()}
        pairs = [(by_name[a], by_name[b]) for a, b in lx.KNOWN_SIBLINGS if by_name[a]["gender"] == gender]
        options = [tuple(Person(*_split_known(p), gender, p["country"], True) for p in pair) for pair in pairs]
    else:
        options = []
        for f_names, m_names, sur, country in lx.INVENTED_SIBLINGS:
            names = f_names if gender == "f" else m_names
            options.append(tuple(Person(first, sur, gender, country, False) for first in names))
    options = [o for o in options if not any(_clash(s, a) for s in o for a in avoid)]
    return rng.choice(options)


def _split_known(row: dict) -> tuple[str, str]:
    first, _, sur = row["name"].partition(" ")
    return first, sur


# -- rendering ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Attrs:
    seed: int
    rank: int
    age: int


def _attrs(people: tuple[Person, ...], rng: random.Random) -> dict[str, Attrs]:
    seeds = rng.sample(range(1, 17), len(people))
    ranks = rng.sample(range(1, 151), len(people))
    ages = rng.sample(range(17, 37), len(people))
    return {p.full: Attrs(s, r, a) for p, s, r, a in zip(people, seeds, ranks, ages)}


def _ordinal(n: int) -> str:
    return lx.ORDINALS[n] if n < len(lx.ORDINALS) else f"{n}th"


def _nth(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def pronouns(side: tuple[Person, ...]) -> dict[str, str]:
    if len(side) > 1:
        return {
            "they": "they",
            "them": "them",
            "their": "their",
            "was": "were",
            "is": "are",
            "a": "",
            "winner": "winners",
        }
    one = {"was": "was", "is": "is", "a": "a", "winner": "winner"}
    if side[0].gender == "f":
        return {"they": "she", "them": "her", "their": "her", **one}
    return {"they": "he", "them": "him", "their": "his", **one}


def sibling_word(side: tuple[Person, ...]) -> str:
    return "sisters" if side[0].gender == "f" else "brothers"


def _is_siblings(side: tuple[Person, ...]) -> bool:
    return len(side) == 2 and side[0].surname == side[1].surname


def side_names(
    side: tuple[Person, ...], style: str, *, surname_only: bool, role: str, sibling_intro: bool, codes: bool = False
) -> str:
    """The names of a side as written, without modifiers."""

    def one(p: Person) -> str:
        name = p.surname if surname_only else p.full
        if role == "line_codes":
            name += f" ({p.country})"
        return name

    if len(side) == 1:
        return one(side[0])
    a, b = side
    if codes:
        return f"{one(a)} ({a.country}){'/' if style == 'slash' else ' and '}{one(b)} ({b.country})"
    if _is_siblings(side) and role not in ("line", "line_codes", "line_ap"):
        if sibling_intro or surname_only:
            return f"the {a.surname} {sibling_word(side)}"
        return f"{a.first} and {b.first} {a.surname}"
    if role in ("line", "line_codes", "line_ap") or style == "slash":
        return f"{one(a)}/{one(b)}"
    if style == "partner":
        return f"{one(a)} and {pronouns((a,))['their']} partner {one(b)}"
    if style == "partnering" and role == "subj":
        return f"{one(a)}, partnering {one(b)},"
    return f"{one(a)} and {one(b)}"


def modifier_allowed(
    kind: str, *, role: str, form: str, side_size: int, style: str, adv_slot: bool, post_ok: bool
) -> bool:
    """Whether a modifier of ``kind`` fits a slot (see templates.py for the roles)."""
    if kind == "none":
        return True
    if kind == "adverb":
        return adv_slot
    if form in ("pronoun", "descriptor"):
        return False
    if role in ("line", "line_codes", "line_ap"):
        return kind == "seed" or (kind == "code" and role == "line")
    if role == "poss":
        return kind in (("seed", "role") if side_size > 1 else ("seed", "rank", "age", "nationality", "role"))
    if side_size > 1:
        if kind not in ("seed", "role", "code", "apposition", "relative", "time", "place"):
            return False
        if style == "partnering" and role == "subj":
            return kind in ("seed", "role", "code")
        return post_ok or kind in ("seed", "role", "code")
    if kind in POST_ONLY_KINDS or kind == "combo":
        return post_ok
    return True


def render_modifier(
    kind: str,
    side: tuple[Person, ...],
    attrs: dict[str, Attrs],
    *,
    role: str,
    post_ok: bool,
    rng: random.Random,
    year: int,
) -> tuple[str, str]:
    """(text before the names, text after them) for one modifier kind."""
    if kind in ("none", "adverb") or (kind == "code" and len(side) > 1):  # a pair's codes follow each name
        return "", ""
    p = side[0]
    a = attrs[p.full]
    pair = len(side) > 1
    country = lx.COUNTRIES[p.country]
    pron = pronouns(side)
    lines = role in ("line", "line_codes", "line_ap")
    subj = role == "subj"
    if kind == "combo":
        pre_kind = rng.choice(PRE_KINDS)
        post_kind = rng.choice(
            [
                k
                for k in ("seed", "rank", "age", "of_country", "code", "apposition", "relative")
                if k != pre_kind and not (pre_kind in ("nationality", "poss_country") and k == "of_country")
            ]
        )
        pre, _ = _one_modifier(pre_kind, p, a, country, pron, pair, True, False, lines, subj, rng, year)
        _, post = _one_modifier(post_kind, p, a, country, pron, pair, False, True, lines, subj, rng, year)
        return pre, post
    return _one_modifier(kind, p, a, country, pron, pair, True, post_ok and role != "poss", lines, subj, rng, year)


def _one_modifier(
    kind: str,
    p: Person,
    a: Attrs,
    country: lx.Country,
    pron: dict[str, str],
    pair: bool,
    pre_ok: bool,
    post_ok: bool,
    lines: bool,
    subj: bool,
    rng: random.Random,
    year: int,
) -> tuple[str, str]:
    pre: list[str] = []
    post: list[str] = []
    s = "s" if pair else ""
    if kind == "seed":
        if lines:
            return ("", f" [{a.seed}]") if rng.random() < 0.5 else ("", f" ({a.seed})")
        pre = (
            ["top seed" + s]
            if a.seed == 1
            else [f"No. {a.seed} seed{s}", f"{_ordinal(a.seed)} seed{s}", f"{_ordinal(a.seed)}-seeded"]
        )
        post = [f", the {_ordinal(a.seed)} seed{s},", f" [{a.seed}]"]
        if not pair and a.seed <= 10:
            post.append(f", seeded {lx.NUMBER_WORDS[a.seed]},")
    elif kind == "rank":
        pre = [f"world No. {a.rank}", f"world number {a.rank}", f"{_nth(a.rank)}-ranked", f"world No.{a.rank}"]
        post = [f", the world No. {a.rank},"] + ([f", ranked {_nth(a.rank)} in the world,"] if a.rank > 1 else [])
    elif kind == "age":
        pre = [f"the {a.age}-year-old"]
        post = [f", {a.age},"]
    elif kind == "nationality":
        pre = [country.noun(p.gender)]
    elif kind == "poss_country":
        pre = [country.possessive]
    elif kind == "of_country":
        post = [f" of {country.name}"]
    elif kind == "code":
        post = [f" ({p.country})"]
    elif kind == "apposition":
        post = [f", {rng.choice(lx.APPOSITIONS_DOUBLES if pair else lx.APPOSITIONS)},"]
    elif kind == "relative":
        rel = rng.choice(lx.RELATIVES_DOUBLES if pair else lx.RELATIVES)
        post = [", " + rel.format(year=year, other_city=rng.choice(lx.OTHER_CITIES), their=pron["their"]) + ","]
    elif kind == "role":
        pre = [rng.choice(lx.ROLES_DOUBLES if pair else lx.ROLES)]
    elif kind in ("time", "place"):
        where = rng.choice(lx.TIMES if kind == "time" else lx.COURTS)
        # a subject takes it as a clause ("X, playing on Court 2, beat"), any other slot as it is
        post = [f", playing {where}," if subj else f" {where}"]
    choices = [(x + " ", "") for x in pre if pre_ok] + [("", x) for x in post if post_ok]
    return rng.choice(choices)


def tidy(text: str) -> str:
    """Spaces and commas left by empty slots; "a upset" -> "an upset"; sentence starts capitalised."""
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r" +([,.:;)])", r"\1", text)
    while re.search(r",\s*[,.:;]", text):
        text = re.sub(r",(\s*[,.:;])", r"\1", text)
    text = re.sub(r"\b([Aa]) (?=[aeioAEIO]|upset\b|8|11-|18-)", r"\1n ", text)
    text = re.sub(r"(^|[.!?] +|\n)([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)
    return text.strip()


def _score_texts(score: sc.Score | None, rng: random.Random, lines: bool) -> dict[str, str]:
    if score is None:
        return {"S": "", "SL": "", "Sx": "", "SLx": ""}
    suffix = rng.choice(("ret.", "RET", "retired")) if lines else rng.choice(("(retired)", "retired"))
    return {
        "S": sc.render(score, suffix=suffix),
        "SL": sc.render(score, loser_side=True, suffix=suffix),
        "Sx": sc.render(score),
        "SLx": sc.render(score, loser_side=True),
    }


def _tournament(rng: random.Random, gender: str, slam: bool) -> lx.TournamentInfo:
    tour = "WTA" if gender == "f" else "ATP"
    options = [t for t in lx.TOURNAMENTS if t.tour in (tour, "both") and (t.slam or not slam)]
    return rng.choice(options)


def _fillers(rng: random.Random, gender: str, doubles: bool, slam: bool) -> dict[str, str]:
    t = _tournament(rng, gender, slam)
    rnd, nxt = rng.choice(lx.ROUNDS)
    year = rng.randint(2006, 2025)
    published = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    fill = {
        "tournament": t.name,
        "the_tournament": t.name if t.name == "Wimbledon" else f"the {t.name}",
        "city": t.city,
        "round": rnd,
        "nextround": nxt,
        "day": rng.choice(lx.DAYS),
        "minutes": str(rng.randint(52, 140)),
        "k": rng.choice(("two", "three", "four", "five")),
        "injury": rng.choice(lx.INJURIES),
        "nth": rng.choice(("third", "fourth", "fifth", "sixth", "seventh")),
        "event": "WTA" if gender == "f" else "ATP",
        "draw": "doubles" if doubles else "singles",
        "year": str(year - rng.randint(1, 6)),
        "published": published,
        "header": f"{'Women' if gender == 'f' else 'Men'}'s {'doubles' if doubles else 'singles'}, {rnd}",
    }
    fill["context"] = rng.choice(CONTEXTS).format(**fill)
    return fill


def render_result(spec: Spec, case_id: str, group: int, test: str, perturbed: str) -> Case:
    c = spec.construction
    rng = random.Random(spec.fill_seed)
    pair = spec.doubles != "singles"
    fill = _fillers(rng, spec.gender, pair, spec.notation == "five_sets")
    published = fill.pop("published")
    people, featured_at = draw_people(spec.name_kind, spec.gender, 4 if pair else 2, spec.people_seed)
    if pair:
        win, lose = (people[0], people[2]), (people[1], people[3])
        if spec.doubles == "siblings":
            # the pair without the player whose name shape is under test becomes a pair of siblings
            srng = random.Random(spec.people_seed + 17)
            known = spec.name_kind == "known" or spec.name_kind.endswith("-known")
            if featured_at == 0:
                lose = siblings(known, spec.gender, win, srng)
            else:
                win = siblings(known, spec.gender, lose, srng)
    else:
        win, lose = (people[0],), (people[1],)
    if spec.swapped:
        win, lose = lose, win
    attrs = _attrs(win + lose, random.Random(spec.fill_seed + 3))
    score = sc.make(
        random.Random(spec.score_seed), spec.notation, first_set_lost=c.first_set_lost, leading=c.retired == "only"
    )
    texts = _score_texts(score, random.Random(spec.fill_seed + 4), c.family == "results-line")
    if c.name == "rl_ap" and score is not None:
        texts["S"] = sc.render(dataclasses.replace(score, commas=True), suffix="retired")

    subject_side = {"W": "w", "L": "l"}.get(c.subject or "")
    subject = (win if subject_side == "w" else lose) if subject_side else None
    surname_only = spec.subject == "surname"
    irng = random.Random(spec.fill_seed + 5)
    intro = ""
    descriptor = ""
    if spec.subject == "surname":
        a, b = (win, lose) if irng.random() < 0.5 else (lose, win)
        intro = irng.choice(INTRO_BOTH_DOUBLES if pair else INTRO_BOTH).format(A=_plain(a), B=_plain(b), **fill)
    elif spec.subject == "pronoun":
        pron = pronouns(subject)
        intro = irng.choice(INTRO_ONE).format(P=_plain(subject), p_their=pron["their"], p_was=pron["was"], **fill)
    elif spec.subject == "descriptor":
        intro, descriptor = _descriptor_intro(subject, lose if subject is win else win, attrs, irng, fill)
    # siblings are "the X sisters" after a sentence that names them (always after a surname introduction)
    sib_side = next((side for side in (win, lose) if _is_siblings(side)), None)
    sib_intro = False
    if sib_side is not None and not (spec.subject == "pronoun" and sib_side is subject):
        # at most four sentences: no sentence of its own after another introduction or before a next one
        sib_intro = surname_only or (not intro and c.family != "next-sentence" and irng.random() < 0.6)
        if sib_intro and not surname_only:
            first = irng.choice(INTRO_SIBLINGS).format(
                F1=sib_side[0].first, F2=sib_side[1].first, Sur=sib_side[0].surname, siblings=sibling_word(sib_side)
            )
            intro = f"{first} {intro}".strip()

    slots = {}
    year = int(fill["year"])
    for key, side, role, mod, post_ok in (
        ("w", win, c.w_role, spec.winner_mod, c.w_post),
        ("l", lose, c.l_role, spec.loser_mod, c.l_post),
    ):
        mrng = random.Random(spec.fill_seed + (11 if key == "w" else 13))
        form = spec.subject if key == subject_side else ("surname" if surname_only else "full")
        if form == "pronoun":
            pron = pronouns(side)
            text = {"subj": pron["they"], "poss": pron["their"]}.get(role, pron["them"])
        elif form == "descriptor":
            text = descriptor + ("'s" if role == "poss" else "")
        else:
            names = side_names(
                side,
                spec.doubles,
                surname_only=surname_only,
                role=role,
                sibling_intro=sib_intro,
                codes=mod == "code" and len(side) > 1,
            )
            pre, post = render_modifier(mod, side, attrs, role=role, post_ok=post_ok, rng=mrng, year=year)
            if role == "line_ap":
                post += ", " + lx.COUNTRIES[side[0].country].name.removeprefix("the ")
            text = f"{pre}{names}{post}"
            if role == "poss":
                text += "'" if text.endswith(("sisters", "brothers")) else "'s"
        adverb = ""
        if mod == "adverb":
            adverb = " " + mrng.choice(lx.WINNER_ADVERBS if key == "w" else lx.LOSER_ADVERBS)
        slots[key] = text
        slots[key + "adv"] = adverb
    values = dict(fill)
    values.update(texts)
    values.update(
        W=slots["w"],
        L=slots["l"],
        wadv=slots["wadv"],
        ladv=slots["ladv"],
        Wref=_ref(win),
        Lref=_ref(lose),
        wage=str(attrs[win[0].full].age),
    )
    for key, side in (("w", win), ("l", lose)):
        for word, value in pronouns(side).items():
            values[f"{key}_{word}"] = value
    body = c.template.format(**values)
    text = (
        tidy(" ".join(x for x in (fill["context"], intro, body) if x))
        if c.family != "results-line"
        else tidy(fill["context"]) + "\n" + tidy(body)
    )
    outcome = "walkover" if c.walkover else (score.outcome if score else "completed")
    expected = Expected(
        " / ".join(p.full for p in win),
        " / ".join(p.full for p in lose),
        tuple(p.surname for p in win),
        tuple(p.surname for p in lose),
        score.normalised() if score else None,
        outcome,
    )
    return Case(
        id=case_id,
        text=f" date {published} {text}",
        published=published,
        expected=(expected,),
        players=tuple(p.full for p in win + lose),
        surnames=tuple(p.surname for p in win + lose),
        group=group,
        test=test,
        perturbed=perturbed,
        construction=c.name,
        family=c.family,
        winner_mod=spec.winner_mod,
        loser_mod=spec.loser_mod,
        notation=spec.notation,
        name_kind=spec.name_kind,
        subject=spec.subject,
        doubles=spec.doubles,
        non_result="",
    )


def _plain(side: tuple[Person, ...]) -> str:
    if _is_siblings(side):
        return f"{side[0].first} and {side[1].first} {side[0].surname}"
    return " and ".join(p.full for p in side)


def _descriptor_intro(
    subject: tuple[Person, ...],
    other: tuple[Person, ...],
    attrs: dict[str, Attrs],
    rng: random.Random,
    fill: dict[str, str],
) -> tuple[str, str]:
    """An introduction stating one attribute of the subject, and the descriptor it licenses. The
    opponent never shares it (different country, seed, rank and age)."""
    p = subject[0]
    kinds = [k for k in INTRO_DESCRIPTOR if k != "nationality" or p.country != other[0].country]
    kind = rng.choice(kinds)
    a = attrs[p.full]
    noun = lx.COUNTRIES[p.country].noun(p.gender)
    seed = "top seed" if a.seed == 1 else f"{_ordinal(a.seed)} seed"
    values = dict(
        fill, P=p.full, Noun=noun, noun=noun, age=a.age, Seed=seed[0].upper() + seed[1:], seed=seed, rank=a.rank
    )
    intro, descriptor = INTRO_DESCRIPTOR[kind]
    return intro.format(**values), descriptor.format(**values)


def _ref(side: tuple[Person, ...]) -> str:
    if _is_siblings(side):
        return f"the {side[0].surname} {sibling_word(side)}"
    return " and ".join(p.surname for p in side)


# -- statements that are not results ----------------------------------------------------------


def render_non_result(base: Spec, kind: str, case_id: str, group: int, rng: random.Random) -> Case:
    template = rng.choice([n for n in NON_RESULTS if n.kind == kind])
    frng = random.Random(base.fill_seed)
    fill = _fillers(frng, base.gender, template.doubles, False)
    published = fill.pop("published")
    (a, b), _ = draw_people(base.name_kind, base.gender, 2, base.people_seed)
    if rng.random() < 0.5:
        a, b = b, a
    attrs = _attrs((a, b), random.Random(base.fill_seed + 3))
    pre = ""
    if rng.random() < 0.4:
        kind_a = rng.choice(("seed", "rank", "nationality", "role"))
        pre, _ = _one_modifier(
            kind_a,
            a,
            attrs[a.full],
            lx.COUNTRIES[a.country],
            pronouns((a,)),
            False,
            True,
            False,
            False,
            False,
            rng,
            2020,
        )
    won = rng.choice(((6, 3), (6, 4), (6, 2), (7, 5)))
    values = dict(
        fill,
        A=f"{pre}{a.full}",
        B=b.full,
        a_they=pronouns((a,))["they"],
        a_their=pronouns((a,))["their"],
        partial=f"{won[0]}-{won[1]} {rng.choice(('2-1', '3-2', '1-0', '4-3', '3-3'))}",
        games=rng.choice(("4-4", "3-3", "5-5", "2-2")),
        lostset=f"{won[1]}-{won[0]}",
        wonset=f"{won[0]}-{won[1]}",
    )
    body = template.template.format(**values)
    text = tidy(f"{fill['context']} {body}")
    return Case(
        id=case_id,
        text=f" date {published} {text}",
        published=published,
        expected=(),
        players=(a.full, b.full),
        surnames=(a.surname, b.surname),
        group=group,
        test="DIR",
        perturbed="negate",
        construction="",
        family="non-result",
        winner_mod="",
        loser_mod="",
        notation="",
        name_kind=base.name_kind,
        subject="",
        doubles="singles",
        non_result=kind,
    )


# -- specs: base, one-dimension variants, mixed ------------------------------------------------


def allowed_values(c: Construction, spec: Spec, dim: str) -> tuple[str, ...]:
    """The values of ``dim`` that fit the construction and the rest of ``spec``."""
    pair = spec.doubles != "singles"
    if dim == "notation":
        if c.score == "no":
            return ("none",)
        if c.retired == "only":
            return ("retired",)
        out = [n for n in sc.NOTATIONS if n != "retired" or c.retired == "ok"]
        if c.score == "req":
            out.remove("none")
        if pair or spec.gender != "m" or c.family == "results-line":
            out.remove("five_sets")
        return tuple(out)
    if dim == "name_kind":
        return name_kinds_for(spec.gender)
    if dim == "subject":
        if c.subject is None:
            return ("full",)
        forms = ["full", "surname"]
        if c.pronoun:
            forms.append("pronoun")
        if not pair:
            forms.append("descriptor")
        return tuple(forms)
    if dim == "doubles":
        if not c.doubles or spec.notation == "five_sets" or spec.subject == "descriptor":
            return ("singles",)
        if c.family == "results-line":
            return ("singles", "and", "slash")
        styles = list(DOUBLES_STYLES)
        # "A, partnering B," is a subject; before "who ..." the clause would hang on B
        if "subj" not in (c.w_role, c.l_role) or c.family == "relative":
            styles.remove("partnering")
        return tuple(styles)
    key = "w" if dim == "winner_mod" else "l"
    role = c.w_role if key == "w" else c.l_role
    side_is_subject = (c.subject or "").lower() == key
    form = spec.subject if side_is_subject else ("surname" if spec.subject == "surname" else "full")
    return tuple(
        k
        for k in MOD_KINDS
        if modifier_allowed(
            k,
            role=role,
            form=form,
            side_size=2 if pair else 1,
            style=spec.doubles,
            adv_slot="{" + key + "adv}" in c.template,
            post_ok=c.w_post if key == "w" else c.l_post,
        )
    )


DIMENSIONS = ("winner_mod", "loser_mod", "notation", "name_kind", "subject", "doubles")
FIELDS = {
    "winner_mod": "winner_mod",
    "loser_mod": "loser_mod",
    "notation": "notation",
    "name_kind": "name_kind",
    "subject": "subject",
    "doubles": "doubles",
}


def valid(spec: Spec) -> bool:
    c = spec.construction
    return all(getattr(spec, dim) in allowed_values(c, spec, dim) for dim in DIMENSIONS)


def base_spec(rng: random.Random, c: Construction) -> Spec:
    gender = rng.choice(("f", "m"))
    kinds = name_kinds_for(gender)
    weights = [6 if k in ("known", "invented") else 2 for k in kinds]
    notation = {"no": "none"}.get(c.score, "retired" if c.retired == "only" else "plain")
    return Spec(
        c,
        gender,
        rng.choices(kinds, weights)[0],
        "full",
        "singles",
        notation,
        "none",
        "none",
        rng.randrange(1 << 30),
        rng.randrange(1 << 30),
        rng.randrange(1 << 30),
    )


def vary(rng: random.Random, base: Spec, taken: set[tuple[str, str]]) -> tuple[str, Spec] | None:
    """The base changed along one dimension (chosen in proportion to its number of other values),
    to a value no other variant of the group has taken."""
    options = []
    for dim in DIMENSIONS:
        current = getattr(base, dim)
        for value in allowed_values(base.construction, base, dim):
            if value != current and (dim, value) not in taken:
                candidate = dataclasses.replace(base, **{dim: value})
                if valid(candidate):
                    options.append((dim, candidate))
    return rng.choice(options) if options else None


def mixed(rng: random.Random, base: Spec) -> Spec:
    """Every dimension drawn at once (doubles, subject, notation, names, then the modifiers), with
    other players, fillers and score than the base's, so a construction is tried on many."""
    for _ in range(20):
        spec = dataclasses.replace(
            base,
            gender=rng.choice(("f", "m")),
            people_seed=rng.randrange(1 << 30),
            fill_seed=rng.randrange(1 << 30),
            score_seed=rng.randrange(1 << 30),
        )
        for dim in ("doubles", "subject", "notation", "name_kind", "winner_mod", "loser_mod"):
            values = allowed_values(spec.construction, spec, dim)
            if dim in ("doubles", "subject"):
                # a third of the cases keep singles / full names, as news mostly does
                spec = dataclasses.replace(spec, **{dim: values[0] if rng.random() < 0.34 else rng.choice(values)})
            else:
                spec = dataclasses.replace(spec, **{dim: rng.choice(values)})
        if valid(spec):
            return spec
    raise AssertionError(f"no valid mixed case for {base.construction.name}")


def generate(n: int, seed: int) -> list[Case]:
    """``n`` cases (a fifth of them statements that are not results), every construction in turn."""
    rng = random.Random(seed)
    n_non = n // 5 if n < 20 else round(n * NON_RESULT_SHARE)
    n_res = n - n_non
    size = max(2, min(8, n_res // len(CONSTRUCTIONS)))
    specs: list[tuple[int, str, str, Spec]] = []
    bases: list[tuple[int, Spec]] = []
    group = 0
    while len(specs) < n_res:
        order = list(CONSTRUCTIONS)
        rng.shuffle(order)
        for c in order:
            if len(specs) >= n_res:
                break
            base = base_spec(rng, c)
            bases.append((group, base))
            members = [("MFT", "", base)]
            if size >= 3:
                members.append(("DIR", "swap", dataclasses.replace(base, swapped=True)))
            n_mixed = (size - len(members)) // 2
            taken: set[tuple[str, str]] = set()
            while len(members) < size - n_mixed:
                varied = vary(rng, base, taken)
                if varied is None:
                    break
                taken.add((varied[0], getattr(varied[1], varied[0])))
                members.append(("INV", varied[0], varied[1]))
            while len(members) < size:
                members.append(("INV", "mixed", mixed(rng, base)))
            for test, perturbed, spec in members[: n_res - len(specs)]:
                specs.append((group, test, perturbed, spec))
            group += 1
    cases = [
        render_result(spec, f"s{seed}-{i:05d}", g, test, perturbed)
        for i, (g, test, perturbed, spec) in enumerate(specs)
    ]
    for j in range(n_non):
        kind = NON_RESULT_KINDS[j % len(NON_RESULT_KINDS)]
        g, base = rng.choice(bases)
        cases.append(render_non_result(base, kind, f"s{seed}-{len(cases):05d}", g, rng))
    return cases
