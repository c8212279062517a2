"""Names as results lists write them: the family name in capitals ("SHIN Ji-ho", "VAN DE VELDE Jens",
"Alex MICHELSEN"). The player's name is the one prose would write: given name first with the family
name in its ordinary case ("Jens van de Velde"), unless the family name is one written first (East
Asian names: "Shin Ji-ho") or the article's prose writes this very name family name first ("Tanaka
Ren"). Plain functions over the words of a name candidate.
"""

from __future__ import annotations

import functools
import re

from extractor.refs.names import EVENT_WORDS, JOINING_PARTICLES, RE_PARTICLE, STOPWORDS
from extractor.text import plain as T

# A family name in capitals: two letters or more, hyphens and apostrophes inside ("AL-SAYED", "O'SULLIVAN").
RE_CAPS_WORD = re.compile(r"(?:[^\W\d_a-zà-ÿ]+[-'’])*[^\W\d_a-zà-ÿ]{2,}(?:[-'’][^\W\d_a-zà-ÿ]+)*")
# A given name in ordinary case ("Ji-ho", "Chloé", "Pieter-Jan").
RE_GIVEN_WORD = re.compile(r"[^\W\d_][^\W\d_A-ZÀ-Þ]+(?:-[^\W\d_]+)*")
# Particles of a family name, lower case in the name as prose writes it ("van de Velde", "da Silva").
PARTICLES = frozenset("de del della van von der den da di du dos das le la ten ter zu".split())
# A given name whose second part is lower case after a hyphen: Korean and Taiwanese given names ("Ji-ho", "Yu-hsiou").
RE_EAST_ASIAN_GIVEN = re.compile(r"[^\W\d_][a-z]+-[a-z]+")


def plain_case(word: str, first: bool) -> str:
    """A capitalised word in ordinary case: "VELDE" -> "Velde", "AL-SAYED" -> "Al-Sayed", "O'SULLIVAN"
    -> "O'Sullivan"; a particle other than the first word of the name -> lower case ("van", "da")."""
    if word.lower() in PARTICLES and not first:
        return word.lower()
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0)[0] + m.group(0)[1:].lower(), word)


def caps_split(words: list[str]) -> tuple[int, int] | None:
    """[i, j): the run of capitalised words that is a family name in capitals, when the name is written
    "SURNAME Given" or "Given SURNAME"; None for names in ordinary case and for all-capital runs
    ("ATP", "NADAL BEATS FEDERER")."""
    caps = [bool(RE_CAPS_WORD.fullmatch(w)) for w in words]
    if not any(caps) or all(caps):
        return None
    i = caps.index(True)
    j = i
    while j < len(words) and caps[j]:
        j += 1
    if any(caps[j:]):
        return None
    rest = words[:i] + words[j:]
    if not all(RE_GIVEN_WORD.fullmatch(w) for w in rest):
        return None
    if any(T.fold(w) in STOPWORDS or T.fold(w) in EVENT_WORDS for w in words[j:]):
        return None  # "ATP Finals", "ITF World Tour": an organisation and its event
    return i, j


def written_name(words: list[str], text: str, family_first: frozenset[str]) -> tuple[int, str]:
    """(words to skip at the start, the name prose would write) for the name written ``words``: a
    family name in capitals at the start ("SURNAME Given") goes after the given name unless it is
    written first in prose or by custom; a word before it that is not a given name ("Chinese Taipei
    HSU Yu-hsiou": "Taipei") is left out. Names in ordinary case are returned as they are."""
    span = caps_split(words)
    if span is None:
        return 0, " ".join(words)
    i, j = span
    if i == 0 and j == 1 and len(words) >= 3 and not _family_name_first(words, family_first):
        # "SCHOOLGIRL Cori Gauff": a tabloid lede's first word in capitals before a name in full, not
        # a family name (a results list writes one given name after it: "VAN DE VELDE Jens")
        return 1, " ".join(words[1:])
    if j < len(words):  # "SURNAME Given": the words before the capitals are no part of it
        given_name = " ".join(words[j:])
        family_name = " ".join(plain_case(w, k == 0) for k, w in enumerate(words[i:j]))
        first = (
            T.fold(words[i]) in family_first
            or any(RE_EAST_ASIAN_GIVEN.fullmatch(g) for g in words[j:])
            or f"{family_name} {given_name}" in text
        )
        if first:
            return i, f"{family_name} {given_name}"
        return i, f"{given_name} {' '.join(plain_case(w, False) for w in words[i:j])}"
    # "Given SURNAME": the name as written, the family name in ordinary case
    return 0, " ".join(words[:i] + [plain_case(w, False) for w in words[i:j]])


def _family_name_first(words: list[str], family_first: frozenset[str]) -> bool:
    """A family name written first by custom, or a given name of the East Asian form after it."""
    return T.fold(words[0]) in family_first or any(RE_EAST_ASIAN_GIVEN.fullmatch(g) for g in words[1:])


def shouted_name(words: list[str], text: str) -> list[str]:
    """The name in an all-capitals run ("DJOKOVIC WINS 6-2!", "OKAFOR BREAKS BACK"): the words before the
    first one the text writes in lower case elsewhere (a word of the line, no name's: names are never
    written in lower case); a name in ordinary case is left as it is."""
    if len(words) < 2 or not all(RE_CAPS_WORD.fullmatch(w) for w in words):
        return words
    for k in range(1, len(words)):
        if re.search(rf"(?<![\w-]){re.escape(words[k].lower())}(?![\w-])", text):
            return words[:k]
    return words


RE_WORD_OR_HYPHEN = re.compile(r"[\w-]")


# A capitalised word standing alone: "Gauff" (not inside "Paolini-Gauff" or "Coco Gauff-Smith").
def _alone(text: str, word: str) -> bool:
    at = text.find(word)
    while at >= 0:  # each occurrence, with nothing of a word or a hyphenated word on either side
        end = at + len(word)
        if not (at and RE_WORD_OR_HYPHEN.match(text, at - 1)) and not RE_WORD_OR_HYPHEN.match(text, end):
            return True
        at = text.find(word, at + 1)
    return False


# A capitalised word right before: the given name of a hyphenated family name ("Zara Baig-Hussain").
RE_GIVEN_BEFORE = re.compile(r"([A-ZÀ-Þ][\w'’]+)[ \u00a0]$")


def match_up(text: str, start: int, words: list[str], surnames: frozenset[str]) -> list[tuple[int, list[str]]] | None:
    """Two players' surnames joined by a hyphen, as Spanish and Italian outlets write a match-up
    ("Paolini-Gauff", "the De Minaur-Cerúndolo quarter-final"): [(start, words)] of each name, when
    both halves are surnames (a listed player's, or standing alone elsewhere in the text) and the
    hyphenated word is nowhere written after a given name ("Zara Baig-Hussain" is one name) nor its
    halves as one name with a space ("Court Philippe Chatrier"). None otherwise."""
    last = words[-1]
    if last.count("-") != 1:
        return None
    a, b = last.split("-")
    if len(a) < 3 or len(b) < 3 or not (a[0].isupper() and b[0].isupper()) or a.isupper() or b.isupper():
        return None
    first = " ".join([*words[:-1], a])
    if T.fold(a) in STOPWORDS or T.fold(b) in STOPWORDS:
        return None  # "Tennis-Kvitova fights back": a wire headline's topic slug, then a name
    if not all(T.fold(x) in surnames or _alone(text, x) for x in (first, b)):
        return None
    if re.search(rf"(?<![\w-]){re.escape(a)}\s+{re.escape(b)}(?![\w-])", text):
        return None  # "on Philippe-Chatrier" after "Court Philippe Chatrier": one name, written both ways
    for m in re.finditer(re.escape(last), text):
        given = RE_GIVEN_BEFORE.search(text, max(0, m.start() - 30), m.start())
        # "The Brandt-Lindqvist final": no given name; "De Minaur-Cerúndolo": a particle of the first surname
        if given and T.fold(given.group(1)) not in STOPWORDS and not RE_PARTICLE.fullmatch(given.group(1)):
            return None
    second = start + len(" ".join(words)) - len(b)
    return [(start, [*words[:-1], a]), (second, [b])]


def surname_keys(name: str, family_first: frozenset[str], first_names: frozenset[str] = frozenset()) -> list[str]:
    """The folded forms a bare mention of this full name's owner may take: the last word, the surname
    from its particle ("del potro"), the last two words, a family name written first ("zheng")."""
    words = T.fold_chars(name).split()
    keys = [words[-1]]
    raw = name.split()
    # "Juan Martin del Potro", "Alex de Minaur": the surname starts at the particle.
    for i, w in enumerate(raw[1:], 1):
        if w in JOINING_PARTICLES and i >= 2:
            # "Pol Vilanova i Serra": the surname is both names and the first of them alone
            keys[:0] = [" ".join(words[i - 1 :]), words[i - 1]]
            break
        if RE_PARTICLE.fullmatch(w):
            keys.insert(0, " ".join(words[i:]))
            if i >= 2 and T.fold(words[i - 1]) not in first_names:
                # "Gonzalo Iturriaga de la Vega": the first of two family names alone ("Iturriaga");
                # not a second given name ("Juan Martin del Potro": "Martin")
                keys.append(words[i - 1])
            break
    if len(words) >= 3:
        keys.append(" ".join(words[-2:]))
    # "Zheng Qinwen", "Kim Soon-woo": a family name written first is referred to on its own.
    if len(words) == 2 and T.fold(words[0]) in family_first:
        keys.append(words[0])
    # "Đoković" folds letter for letter to "dokovic": let "Djokovic" be found in that spelling too.
    keys += [k.replace("dj", "d") for k in keys if "dj" in k]
    return keys


# "in Cali", "grew up in nearby Morwell": a word the text places something in (not "in Murray's absence",
# not "in Santa Cruz": a word run into another capitalised one)
RE_PLACED_WORD = re.compile(r"\b(?:in|near|nearby|in\s+nearby)\s+([^\W\d_][\w'’-]*)(?![\w'’-])(?!\s+[A-Z])")


@functools.lru_cache(maxsize=8)
def placed_words(text: str) -> frozenset[str]:
    """Every word the text places something in, found once per text."""
    return frozenset(m.group(1) for m in RE_PLACED_WORD.finditer(text))


def place_in_text(text: str, word: str) -> bool:
    """ "in Cali", "grew up in nearby Morwell": a one-word name the text places something in is a
    place wherever it stands (not "in Murray's absence", not "in Santa Cruz")."""
    return word in placed_words(text)


# Words after a one-word name that make it an event's place or a team, wherever else it stands alone
EVENT_AFTER_PLACE = r"\s+(?-i:Challenger|Open|International|Classic|Championships|Trophy|Futures)\b"  # the Cali Open
TEAM_AFTER = r"\s+head\s+coach\s+(?-i:[A-Z])"  # "Michigan head coach Jill Marchand" (not "Hewitt's head coach")


# The word before EVENT_AFTER_PLACE or TEAM_AFTER, wherever it stands
RE_EVENT_PLACE = re.compile(rf"\bthe\s+([^\W\d_][\w'’-]*){EVENT_AFTER_PLACE}")
RE_TEAM = re.compile(rf"\b([^\W\d_][\w'’-]*){TEAM_AFTER}")
RE_TEAM_AFTER = re.compile(TEAM_AFTER)  # RE_TEAM tries every word of a text: searched only where this occurs


@functools.lru_cache(maxsize=8)
def teams_and_event_places(text: str) -> frozenset[str]:
    """Every word of the text that names an event's place or a team, found once per text."""
    patterns = (RE_EVENT_PLACE, RE_TEAM) if RE_TEAM_AFTER.search(text) else (RE_EVENT_PLACE,)
    return frozenset(m.group(1) for pattern in patterns for m in pattern.finditer(text))


def team_or_event_place(text: str, word: str) -> bool:
    """ "the Knoxville Challenger", "Michigan head coach Jill Marchand": the word names the place an
    event is named after or a team, wherever it stands alone in the text."""
    if text.find(word, text.find(word) + len(word)) < 0:
        return False  # written once: nothing else of the text says what it is
    return word in teams_and_event_places(text)
