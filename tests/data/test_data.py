"""The rule data in extractor/data/ tested as data: shape, allowed values, no duplicates, cross references.

Reads the files with the standard library only, so it runs before (and without) the extractor package.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest

from extractor.data.phrases import phrase_regex

DATA = Path(__file__).resolve().parents[2] / "extractor" / "data"

TOURNAMENT_CATEGORIES = frozenset(
    {
        "Grand Slam",
        "ATP Finals",
        "WTA Finals",
        "Masters 1000",
        "WTA 1000",
        "500",
        "250",
        "Davis Cup",
        "BJK Cup",
        "United Cup",
        "Olympics",
        "Laver Cup",
        "Next Gen Finals",
        "Hopman Cup",
        "ATP Cup",
        "Other",
    }
)
TOURNAMENT_TOURS = frozenset({"ATP", "WTA", "both"})
VENUE_KINDS = frozenset({"arena", "stadium", "court", "club", "complex"})
# "player": a title only a player holds ("qualifier"); the others set a named person apart from the players
ROLE_KINDS = frozenset({"coach", "official", "media", "family", "other", "player"})
GENERIC_WORDS = frozenset(
    {"masters", "open", "finals", "final", "championships", "championship", "cup", "classic", "trophy", "international"}
)
RE_CODE = re.compile(r"[A-Z]{3}")
RE_WORD_FORM = re.compile(r"[a-z]+(?: [a-z]+)?")  # a word, or a two-word phrase ("according to")

# Each file: key -> allowed types. Every line must have exactly these keys.
SCHEMAS = {
    "tournaments.jsonl": {
        "name": (str,),
        "aliases": (list,),
        "category": (str,),
        "tour": (str, type(None)),
        "city": (str, type(None)),
        "country": (str, type(None)),
        "venue": (str, type(None)),
    },
    "venues.jsonl": {
        "name": (str,),
        "aliases": (list,),
        "on_names": (list,),
        "city": (str,),
        "country": (str,),
        "kind": (str,),
    },
    "countries.jsonl": {"code": (str,), "names": (list,), "demonyms": (list,), "nouns": (list,)},
    "reporting_verbs.jsonl": {"lemma": (str,), "forms": (list,)},
    "play_verbs.jsonl": {"lemma": (str,), "forms": (list,), "roles": (dict,), "examples": (list,)},
    "roles.jsonl": {"word": (str,), "kind": (str,)},
    "result_words.jsonl": {"role": (str,), "note": (str,), "phrases": (list,), "examples": (list,)},
    "slot_words.jsonl": {"slot": (str,), "note": (str,), "phrases": (list,), "examples": (list,)},
    "players.jsonl": {
        "name": (str,),
        "country": (str,),
        "tour": (str,),
        "gender": (str,),
        "aliases": (list,),
        "born": (int, type(None)),
    },
}
LIST_KEYS = {"aliases", "on_names", "names", "demonyms", "nouns", "forms", "examples", "phrases"}
INT_KEYS = {"born"}
BORN_RANGE = (1880, 2012)

_SPECIAL = {"đ": "dj", "ł": "l", "ø": "o", "æ": "ae", "ß": "ss", "ı": "i"}


def fold(text: str) -> str:
    """Case-fold, strip accents and punctuation, collapse spaces: how the extractor compares names."""
    text = "".join(_SPECIAL.get(c, c) for c in text.casefold())
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w\s]", " ", text).replace("_", " ").split())


def read(name: str) -> list[dict]:
    path = DATA / name
    assert path.exists(), f"{path} is missing"
    rows = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            assert line.strip(), f"{name}:{n}: blank line"
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:  # pragma: no cover - failure path
                pytest.fail(f"{name}:{n}: not valid JSON: {exc.msg}")
    assert rows, f"{name} is empty"
    return rows


@pytest.fixture(scope="module")
def tables() -> dict[str, list[dict]]:
    return {name: read(name) for name in SCHEMAS}


def names_of(row: dict) -> list[str]:
    return [row["name"], *row["aliases"]]


def shared_names(rows: list[dict]) -> dict[str, set[str]]:
    """Folded name or alias -> canonical names of the entries it belongs to, only where it is more than one."""
    owners: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        for n in names_of(row):
            owners[fold(n)].add(row["name"])
    return {k: v for k, v in owners.items() if len(v) > 1}


def country_codes(tables) -> set[str]:
    return {r["code"] for r in tables["countries.jsonl"]}


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_keys_and_types(tables, name):
    schema = SCHEMAS[name]
    for n, row in enumerate(tables[name], 1):
        assert set(row) == set(schema), f"{name}:{n}: keys {sorted(row)} != {sorted(schema)}"
        for key, types in schema.items():
            value = row[key]
            assert isinstance(value, types), f"{name}:{n}: {key}={value!r} is not {types}"
            if key in INT_KEYS:
                assert not isinstance(value, bool), f"{name}:{n}: {key}={value!r} is a bool, not an int"
                continue
            if isinstance(value, dict) or (name, key) == ("play_verbs.jsonl", "examples"):
                continue  # mappings (play verbs' roles and examples) are checked by the table's own tests
            values = value if key in LIST_KEYS else [value]
            for v in values:
                if v is None:
                    continue
                assert isinstance(v, str), f"{name}:{n}: {key} holds a non-string {v!r}"
                assert v and v == v.strip() and "  " not in v, f"{name}:{n}: {key} has an empty or badly spaced {v!r}"
            if key in LIST_KEYS:
                assert len({v.casefold() for v in value}) == len(value), f"{name}:{n}: {key} repeats a value"


@pytest.mark.parametrize(
    "name,key",
    [
        ("tournaments.jsonl", "name"),
        ("venues.jsonl", "name"),
        ("players.jsonl", "name"),
        ("countries.jsonl", "code"),
        ("reporting_verbs.jsonl", "lemma"),
        ("play_verbs.jsonl", "lemma"),
        ("roles.jsonl", "word"),
    ],
)
def test_no_duplicate_canonical_names(tables, name, key):
    seen: dict[str, str] = {}
    for row in tables[name]:
        k = fold(row[key])
        assert k not in seen, f"{name}: {row[key]!r} duplicates {seen[k]!r}"
        seen[k] = row[key]


@pytest.mark.parametrize("name", ["tournaments.jsonl", "venues.jsonl", "players.jsonl"])
def test_no_alias_shared_by_two_entries(tables, name):
    shared = shared_names(tables[name])
    assert not shared, f"{name}: names/aliases belonging to more than one entry: {shared}"


def test_country_words_map_to_one_code(tables):
    owners: dict[str, set[str]] = defaultdict(set)
    for row in tables["countries.jsonl"]:
        assert RE_CODE.fullmatch(row["code"]), f"bad country code {row['code']!r}"
        assert row["names"], f"{row['code']} has no names"
        for word in row["names"] + row["demonyms"] + row["nouns"]:
            owners[fold(word)].add(row["code"])
    clashes = {w: c for w, c in owners.items() if len(c) > 1}
    assert not clashes, f"words mapping to two country codes: {clashes}"


def test_country_names_are_not_pronouns(tables):
    # The extractor matches case-folded text: a name that folds to an English word like "us" would fire everywhere.
    folded = {fold(w) for r in tables["countries.jsonl"] for w in r["names"]}
    assert not folded & {"us", "in", "it", "me", "am", "oh"}


@pytest.mark.parametrize("name", ["tournaments.jsonl", "venues.jsonl", "players.jsonl"])
def test_country_codes_exist(tables, name):
    codes = country_codes(tables)
    for row in tables[name]:
        code = row["country"]
        if code is None:
            continue
        assert RE_CODE.fullmatch(code), f"{name}: {row['name']}: bad code {code!r}"
        assert code in codes, f"{name}: {row['name']}: code {code} is not in countries.jsonl"


def test_tournament_values(tables):
    for row in tables["tournaments.jsonl"]:
        assert row["category"] in TOURNAMENT_CATEGORIES, f"{row['name']}: category {row['category']!r}"
        assert row["tour"] is None or row["tour"] in TOURNAMENT_TOURS, f"{row['name']}: tour {row['tour']!r}"


def test_tournament_aliases_are_not_generic_words(tables):
    for row in tables["tournaments.jsonl"]:
        for n in names_of(row):
            assert fold(n) not in GENERIC_WORDS, f"{row['name']}: {n!r} is a bare generic word"


def test_tournament_venues_exist(tables):
    venue_names = {fold(n) for v in tables["venues.jsonl"] for n in names_of(v)}
    for row in tables["tournaments.jsonl"]:
        if row["venue"] is not None:
            assert fold(row["venue"]) in venue_names, f"{row['name']}: venue {row['venue']!r} is not in venues.jsonl"


def test_venue_kinds(tables):
    for row in tables["venues.jsonl"]:
        assert row["kind"] in VENUE_KINDS, f"{row['name']}: kind {row['kind']!r}"


def test_player_values(tables):
    for row in tables["players.jsonl"]:
        assert (row["tour"], row["gender"]) in {("ATP", "m"), ("WTA", "f")}, (
            f"{row['name']}: tour/gender {row['tour']}/{row['gender']}"
        )
        assert len(row["name"].split()) >= 2, f"{row['name']}: a canonical player name has a first and a last name"
        born = row["born"]
        if born is not None:
            low, high = BORN_RANGE
            assert low <= born <= high, f"{row['name']}: born {born} is outside {low}-{high}"


def test_role_kinds(tables):
    for row in tables["roles.jsonl"]:
        assert row["kind"] in ROLE_KINDS, f"{row['word']}: kind {row['kind']!r}"


def test_reporting_verb_forms(tables):
    owners: dict[str, str] = {}
    for row in tables["reporting_verbs.jsonl"]:
        assert row["lemma"] in row["forms"], f"{row['lemma']}: the lemma is not among its forms"
        for form in row["forms"]:
            assert RE_WORD_FORM.fullmatch(form), f"{row['lemma']}: {form!r} is not a lowercase word or two"
            assert owners.setdefault(form, row["lemma"]) == row["lemma"], (
                f"{form!r} belongs to {owners[form]} and {row['lemma']}"
            )


def test_required_entries_present(tables):
    """A few entries the stages and the seed article rely on."""
    tournaments = {fold(n) for r in tables["tournaments.jsonl"] for n in names_of(r)}
    for n in (
        "Paris Masters",
        "Miami Open",
        "ATP Finals",
        "Roland Garros",
        "Western and Southern Open",
        "Queen's Club Championships",
    ):
        assert fold(n) in tournaments, n
    venues = {fold(n) for r in tables["venues.jsonl"] for n in names_of(r)}
    for n in (
        "La Defense Arena",
        "Court Philippe Chatrier",
        "Arthur Ashe Stadium",
        "Rod Laver Arena",
        "Centre Court",
        "Diamond Court",
    ):
        assert fold(n) in venues, n
    players = {fold(n) for r in tables["players.jsonl"] for n in names_of(r)}
    for n in ("Carlos Alcaraz", "Cameron Norrie", "David Goffin", "Jannik Sinner", "Sebastian Baez", "Novak Đoković"):
        assert fold(n) in players, n
    nouns = {fold(w): r["code"] for r in tables["countries.jsonl"] for w in r["nouns"]}
    assert nouns["spaniard"] == "ESP" and nouns["brit"] == "GBR" and nouns["croat"] == "CRO"


PLAY_ROLES = {"active", "passive", "lost", "lost_to", "near", "cue", "object"}
# "beat", "def.", "semi-final", "swept past", and phrases with alternatives: "(was|proved) (far|) too good for"
RE_PLAY_WORD = r"(?:[a-z]+(?:[.-][a-z]+)*\.?|\((?:[a-z -]+\|)+[a-z -]*\))"
RE_PLAY_FORM = re.compile(rf"{RE_PLAY_WORD}(?: {RE_PLAY_WORD})*")


def test_play_verb_families(tables):
    owners: dict[str, str] = {}
    for row in tables["play_verbs.jsonl"]:
        lemma = row["lemma"]
        assert row["forms"], f"{lemma}: no forms"
        assert row["examples"], f"{lemma}: no example of use"
        assert set(row["roles"]) <= PLAY_ROLES, f"{lemma}: unknown roles {set(row['roles']) - PLAY_ROLES}"
        in_roles = {f for forms in row["roles"].values() for f in forms}
        assert in_roles == set(row["forms"]), f"{lemma}: forms and role forms differ: {in_roles ^ set(row['forms'])}"
        for role, forms in row["roles"].items():
            assert len(set(forms)) == len(forms), f"{lemma}: {role} repeats a form"
        for form in row["forms"]:
            assert RE_PLAY_FORM.fullmatch(form), f"{lemma}: {form!r} is not a lowercase form"
            assert owners.setdefault(form, lemma) == lemma, f"{form!r} belongs to {owners[form]} and {lemma}"


def test_every_play_role_is_used(tables):
    used = {role for row in tables["play_verbs.jsonl"] for role in row["roles"]}
    assert used == PLAY_ROLES


@pytest.mark.parametrize("role", sorted(PLAY_ROLES))
def test_play_verb_alternations_compile_and_match_every_form(role):
    from extractor.data.phrases import first_reading
    from extractor.data.resources import load_resources
    from extractor.data.verbs import alternation, forms_for

    families = load_resources().play_verbs
    pattern = re.compile(rf"(?:{alternation(families, role)})\Z", re.IGNORECASE)
    for form in forms_for(families, role):
        text = first_reading(form).replace(" ", "  ")
        assert pattern.match(text), f"{role}: {form!r} (spaces stretched) is not matched"


RESULT_ROLES = {"stopped", "withdrew", "walkover", "defaulted", "retirement"}
# Words that make a clause no result (extractor/results/mood.py): their examples are read there.
MOOD_ROLES = {"irrealis", "predictor", "condition", "inverted"}
# Nouns of winning and losing and the words around them (extractor/results/patterns.py): their
# examples are frame tests (tests/results/test_frames.py).
NOMINAL_ROLES = {"win_noun", "loss_noun", "win_holder", "win_sender", "win_causer"}


def test_result_words(tables):
    """Each role once, with phrases that compile, no phrase twice, and examples of use. An auxiliary
    is both a modal before a verb ("should beat", irrealis) and one before its subject ("Should X
    beat", inverted)."""
    rows = tables["result_words.jsonl"]
    roles = [r["role"] for r in rows]
    assert len(roles) == len(set(roles))
    assert set(roles) == RESULT_ROLES | MOOD_ROLES | NOMINAL_ROLES | {"score_statement"}
    seen: dict[str, str] = {}
    for row in rows:
        assert row["phrases"] and row["examples"], row["role"]
        assert len(row["phrases"]) == len(set(row["phrases"])), row["role"]
        for phrase in row["phrases"]:
            if row["role"] != "inverted":
                assert seen.setdefault(phrase, row["role"]) == row["role"], f"{phrase!r} in two roles"
            re.compile(phrase_regex(phrase))


SLOTS = {"object", "subject", "partner", "possessive", "tally"}


def test_slot_words(tables):
    """Each slot once, with phrases that compile, no phrase twice in a slot, and examples naming X."""
    rows = tables["slot_words.jsonl"]
    assert {r["slot"] for r in rows} == SLOTS and len(rows) == len(SLOTS)
    for row in rows:
        assert row["phrases"] and row["examples"], row["slot"]
        assert len(set(row["phrases"])) == len(row["phrases"]), row["slot"]
        for phrase in row["phrases"]:
            re.compile(phrase_regex(phrase))
        for example in row["examples"]:
            assert re.search(r"\bX\b", example), (row["slot"], example)
            assert any(re.search(phrase_regex(p), example, re.I) for p in row["phrases"]), (row["slot"], example)


def test_player_titles_are_no_other_role(tables):
    """A title is a player's or another person's, never both."""
    kinds = defaultdict(set)
    for row in tables["roles.jsonl"]:
        kinds[fold(row["word"])].add(row["kind"])
    assert not [w for w, k in kinds.items() if "player" in k and len(k) > 1]


@pytest.mark.parametrize(
    "phrase,text,matches",
    [
        ("(called|calls) it a day", "he called  it a day", True),
        ("(could not|couldn't) (go on|continue)", "she couldn't go on", True),
        ("(could not|couldn't) (go on|continue)", "she could go on", False),
        ("w/o", "received a w/o", True),
        ("ret.", "6-3 2-1 ret. as", True),
        ("ret.", "6-3 2-1 retx", False),
        ("was (far|much|) too good for", "was too good for", True),
        ("was (far|much|) too good for", "was far  too good for", True),
        ("was (far|much|) too good for", "was quite too good for", False),
        ("provided (that|)", "provided X", True),
        ("(far|) too good", "too good", True),
    ],
)
def test_phrase_regex(phrase, text, matches):
    assert (re.search(phrase_regex(phrase), text) is not None) is matches


@pytest.mark.parametrize(
    "phrase,texts",
    [
        ("(win|wins) (over|against)", ["win over", "win against", "wins over", "wins against"]),
        ("teamed (up with|with)", ["teamed up with", "teamed with"]),
        ("at the hands of", ["at the hands of"]),
        ("(a|b(c|d)) x", ["a x", "bc x", "bd x"]),
    ],
)
def test_phrase_texts_spell_out_what_the_phrase_regex_matches(phrase, texts):
    from extractor.data.phrases import phrase_texts

    assert phrase_texts(phrase) == texts
    assert all(re.fullmatch(phrase_regex(phrase), t) for t in texts)


def test_every_result_word_example_holds_a_phrase_of_its_role(tables):
    from extractor.data.resources import load_resources
    from extractor.results.frames import ResultWords

    words = ResultWords.build(load_resources().result_words)
    for row in tables["result_words.jsonl"]:
        if row["role"] in MOOD_ROLES | NOMINAL_ROLES | {"score_statement"}:
            continue
        pattern = getattr(words, row["role"])
        for example in row["examples"]:
            assert pattern.search(example), (row["role"], example)
