"""Name candidates: capitalised name sequences in story text and the cues around them that make
a name a player's (a nationality, an age, a verb of play beside it) or another person's (a title:
"his coach X"). Plain functions over the text, its layout and a ``PlayerGazetteer`` built once per
pipeline from the rule data; the players stage links what they find.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.data.resources import Resources
from extractor.data.verbs import alternation
from extractor.refs.slots import PlayerSlots, Slot, SlotKind, slot_of
from extractor.text import plain as T
from extractor.text.layout import Layout

UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
# A capitalised word, with hyphenated parts and apostrophes in any order ("Lange-Vogel", "O'Driscoll-Nguyen").
NAME_WORD = rf"[{UPPER}][^\W\d_]*(?:-[^\W\d_]+|['’](?!s\b)[{UPPER}][^\W\d_]+)*"
# "i" and "y" join two family names ("Vilanova i Serra", "Ortega y Gasset"); "binti"/"bint"/"ibn" as "bin" does.
# "de los Reyes", "ap Gwilym" (Welsh).
PARTICLE = (
    r"(?:de|del|della|van|von|der|den|da|di|du|dos|das|los|las|le|la|ten|ter|zu|mac|al|el|ap|bin|binti|bint|ibn"
    r"|ben|i|y)"
)
RE_PARTICLE = re.compile(PARTICLE, re.IGNORECASE)  # "de" in "Alex de Minaur": the surname starts here
JOINING_PARTICLES = frozenset({"i", "y"})

RE_WORD = re.compile(r"\S+")
RE_COMMA_START = re.compile(r"\s*,")
RE_BRACKET_AFTER = re.compile(r"\s*\(")  # "X (coach)"
RE_OF_AFTER_ROLE = re.compile(r"\s+of\b")  # "the boyfriend of X", "the coach of X": X has no such role
RE_ROLE_BY = re.compile(r"\b(?:coached|trained|managed|umpired|represented)\b[^.]{0,30}\bby\s*$")  # "coached by X"
# ", who coached X": a coach; not ", who trains in Paris" (a player who trains somewhere)
RE_ROLE_WHO = re.compile(
    r"\s*,\s*who\s+(?:coached|coaches|trains|trained|manages|managed|umpired|runs|ran|directs|organises|organizes)\b"
    r"(?!\s+(?:in|at|on|with|under|alongside|near|from|for|out|daily|regularly|together|hard|there|here)\b)"
)
RE_CAPTAINS_TEAM = re.compile(r"['’]s\s+(?:[A-Z][a-z]+\s+)?([A-Z][a-z]+)\b")  # "X's Italy"
RE_SLASH_BEFORE = re.compile(r"/\s*$")
RE_SLASH_AFTER = re.compile(r"\s*/\s*[A-Z]")
RE_PAIRING_AFTER = re.compile(r"\s+(?:-|–|v|vs\.?|against|versus)\s+(?:de\s+|van\s+)?[A-Z]")  # "X v Y", "X against Y"
RE_PAIRING_BEFORE = re.compile(r"[A-Za-z]\s+(?:-|–|v|vs\.?)\s+$")
RE_NEXT_CAPITAL_WORD = re.compile(r"[\s'’s]*([A-Z][a-z]+)")
RE_VENUE_WORD_BEFORE = re.compile(r"\b(Court|Stade|Stadio|Campo|Arena|Estadio)\s+$")  # "Court Philippe Chatrier"
RE_AFFILIATION = re.compile(r"['’]s\s+[A-Z][a-z]+\s+[A-Z]")  # "Ohio State's Alex Martens"
RE_PLACE_PREPOSITION = re.compile(r"\b(?:from|in|at|near|of|to)\s+$")
RE_PLAIN_WORD = re.compile(r"[A-Z][a-z'’-]+")
ORG_WORDS = tuple("company firm sponsor sponsors brand manufacturer maker agency group bank airline".split())
RE_ORG_BEFORE = re.compile(rf"\b(?:{'|'.join(ORG_WORDS)})\s+$", re.I)  # "sponsor X", "airline X": an organisation
RE_PLACE_ARTICLE = re.compile(r"(?:La|Le|Les|El|Los|Las)\s")  # "in La Manga": a Spanish or French place name
# "split from X", "ended his partnership with X": a coach (or manager) the player parted with
RE_ROLE_SPLIT = re.compile(
    r"\b(?:split|splits|splitting|parted\s+company|parting\s+company|parted\s+ways|"
    r"ended\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:partnership|association|relationship"
    r"|collaboration))\s+(?:up\s+)?(?:from|with)\s*$",
    re.I,
)


RE_NAME = re.compile(
    rf"""
    (?<![\w'’-])
    (?:(?<=[a-z,;:] )(?:de|van|von|del|da|di|du|dos|le|al)[ ](?:(?:der|den|la)[ ])?)?   # "beat de Minaur" mid-sentence
    (?:(?:[{UPPER}]\.[ ]?){{1,3}}(?=[{UPPER}][a-z]))?   # initials: "J.J. Wolf", "A. Farag"
    {NAME_WORD}                                  # first capitalised word
    # more words, particles between ("de la", "al-Masri")
    (?:[ \u00a0](?:{PARTICLE}(?:[ \u00a0]|-(?=[{UPPER}])))*{NAME_WORD}){{0,3}}
    (?![\w-])
    """,
    re.VERBOSE,
)

RE_INITIALS = re.compile(rf"(?:[{UPPER}]\.)+")  # "J.", "J.J."
RE_AFTER_WORD = re.compile(r"[A-Z][a-z]+[ ]$")  # a capitalised word right before: "Group A. Federer"

# "[Jannik] Sinner": a first name the writer inserted into a quotation.
# Not "[Q] Mirela", "[WC] Lee": a draw's code in brackets (capitals only) is no first name.
RE_BRACKET_NAME = re.compile(rf"\[(?P<first>(?=[{UPPER}][a-zà-ÿ]){NAME_WORD})\]\s+(?P<last>{NAME_WORD})")

# Capitalised words that never start, end or make up a player's name.
STOPWORDS = frozenset(
    """
    the a an and but or if in on at to of for by with from as it its he she his her they their we i you my our
    this that these those there here when where while after before since though although however meanwhile
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    feb mar apr jun jul aug sep sept oct nov dec
    no number world tour atp wta itf grand slam open masters cup finals final championships championship
    court arena stadium centre center club park tennis news read next more related share advertisement
    photo image getty reuters afp ap xinhua credit updated published tv sport sports live video
    mr mrs ms dr sir lady lord king queen prince princess president
    big huge great another what how why who grass hard indoor outdoor
    after speaking asked despite having being playing with without against into over under between
    round semi-final semifinal quarter-final quarterfinal set sets game games match matches title
    first second third fourth fifth sixth seventh eighth ninth tenth seed seeds seeded top
    serve olympic olympics republic europe africa asia oceania americas america
    nobody everybody everyone someone team
    mallorcan majorcan catalan basque andalusian tuscan sicilian bavarian flemish walloon
    singles doubles mixed pool clay one two three four five six seven eight nine ten
    odds betting tips prediction predictions preview picks fantasy newsletter podcast episode
    instagram twitter facebook tiktok youtube
    """.split()
)

REGIONS = frozenset({"europe", "africa", "asia", "oceania", "americas", "america"})

# Nouns that make a capitalised sequence an event or a place, not a person.
EVENT_WORDS = frozenset(
    """open masters cup arena stadium court courts championships championship finals final tour trophy classic
    international internationals games olympics league club centre center park complex hall series grand slam
    prix award awards foundation academy university college school hotel street road airport
    group zone futures challenger satellite coast beach bay island islands valley
    estadio pista cancha quadra arenes circolo clube""".split()
)  # the last line: a venue named head first ("Quadra Guga Kuerten"); no word that is also a surname ("von Stade")


# Words of an event's name whose plural names events too ("the US and Australian Opens").
PLURAL_EVENT_WORDS = frozenset({"open", "final", "cup", "slam", "championship", "major"})


def play_cue_pattern(cue: str) -> re.Pattern[str]:
    """A word of play anywhere in a sentence (roles "cue"): weak evidence that a name is a player's."""
    return re.compile(rf"\b{cue}\b", re.IGNORECASE)


# Capitalised words that modify a name at the start of a sentence: "Top-seeded", "Two-time", "Unseeded".
RE_MODIFIER = re.compile(
    r"[A-Z][a-z]+-[a-z]+(?:-[a-z]+)*|Unseeded|Defending|Reigning|Veteran|Teenager|Qualifier|Wildcard|Instead|Meanwhile"
    r"|Elsewhere|Later|Earlier|Also|Both|Then|Now|Grass|Clay"
    r"|So|Again|Still|Yet|Even|Only|Indeed|Seeds?"  # sentence adverbs: "So Henman will play ..."
    r"|Angry|Classy|Brave|Battling|Tearful|Jubilant|Delighted|Dejected|Gritty|Ruthless|Clinical|Injured|Brilliant"
)  # headline adjectives glued to a surname: "Angry Hewitt fined"


@dataclass
class Candidate:
    start: int
    end: int
    name: str  # the name as written, possessive stripped
    source: str  # "gazetteer" | "ner" | "cue" | "bracket"
    nationality: str | None = None
    age: int | None = None
    role: str | None = None


def name_candidates(
    text: str, spans: list[T.Block], family_first: frozenset[str] = frozenset()
) -> list[tuple[int, int]]:
    """Capitalised name sequences inside the given story spans, trimmed of stop words (but not of a
    family name written first that looks like one: "An Se-young")."""
    out: list[tuple[int, int]] = []
    for block in spans:
        for m in RE_NAME.finditer(text, block.start, block.end):
            at, seq = m.start(), m.group()
            # most sequences are one word: the words split off only when a separator is there
            words = (
                [(at + w.start(), at + w.end()) for w in RE_WORD.finditer(seq)]
                if " " in seq or "\u00a0" in seq
                else [(at, m.end())]
            )
            if text.startswith("Q.", at) and (at == 0 or text[at - 1] == "\n") and len(words) > 1:
                words.pop(0)  # "Q. Naomi said ...": a transcript's question marker, no initial
            if RE_INITIALS.fullmatch(text, *words[0]) and RE_AFTER_WORD.search(text, max(0, at - 20), at):
                # "Group A. Federer": a capital letter closing the words before is no initial
                while words and RE_INITIALS.fullmatch(text, *words[0]):
                    words.pop(0)
            elif len(words) == 1:  # a single word (most sequences): a name unless it is a stop word
                if T.fold(text[words[0][0] : words[0][1]]) not in STOPWORDS:
                    out.append(words[0])
                continue
            folded = [T.fold(text[a:b]) for a, b in words]  # each word folded once
            lo, hi = 0, len(words)  # the words kept: words[lo:hi]
            kept_first = False
            while (
                lo < hi
                and folded[lo] in STOPWORDS
                and not (hi - lo > 1 and RE_INITIALS.fullmatch(text, *words[lo]))  # "A. Farag"
            ):
                if folded[lo] in family_first and hi - lo > 1 and "-" in text[words[lo + 1][0] : words[lo + 1][1]]:
                    kept_first = True
                    break
                lo += 1
            tail: list[str] = []
            while (
                lo < hi
                and folded[hi - 1] in STOPWORDS
                # "S. Park": a family name after an initial
                and not (hi - lo > 1 and RE_INITIALS.fullmatch(text, *words[hi - 2]) and folded[hi - 1] in family_first)
            ):
                tail.append(folded[hi - 1])
                hi -= 1
            if any(w in EVENT_WORDS or w in REGIONS for w in tail):
                continue  # "Davis Cup", "South Africa": the words before belong to an event's or a place's name
            if lo == hi or (kept_first is False and hi - lo < len(m.group().split()) and text[words[lo][0]].islower()):
                continue  # "from Mar del Plata": a particle left first once "Mar" went is no name's start
            # A stop word inside ("Sinner The") splits the sequence.
            run: list[tuple[int, int]] = []
            for i in range(lo, hi):
                w = words[i]
                if (
                    folded[i] in STOPWORDS
                    and not (i == lo and kept_first)
                    and not (i + 1 < hi and RE_INITIALS.fullmatch(text, *w) is not None)  # an initial
                    and text[w[0] : w[1]] not in JOINING_PARTICLES  # "Vilanova i Serra": lower case "i" is no "I"
                    # "Rhys ap Gwilym": a particle in lower case inside a name is no stop word ("AP" is one)
                    and not (lo < i and text[w[0]].islower() and RE_PARTICLE.fullmatch(text, *w))
                    # "Korean qualifier Park Seo-yeon": a family name written first before a hyphenated given name
                    and not (
                        i + 1 < hi and folded[i] in family_first and "-" in text[words[i + 1][0] : words[i + 1][1]]
                    )
                ):
                    if run:
                        out.append((run[0][0], run[-1][1]))
                    run = []
                else:
                    run.append(w)
            if run:
                out.append((run[0][0], run[-1][1]))
    return out


@dataclass(frozen=True)
class PlayerGazetteer:
    """What the players stage derives from one set of rule data, built once per pipeline: titles
    that make a named person a non-player, the notable players' surnames, and the names of
    events, venues and host cities that are no player's name."""

    res: Resources
    before: re.Pattern[str]  # "his coach X", "tournament director X"
    titled: re.Pattern[str]  # "his coach, former tour player X", "head of player development, X"
    apposition: re.Pattern[str]  # "X, his coach,"
    bracket: re.Pattern[str]  # "X (coach)", read on the folded text after the bracket
    surnames: frozenset[str]
    first_names: frozenset[str]  # the notable players' first names (family names written first left out)
    event_names: frozenset[str]
    cities: frozenset[str]
    play_cue: re.Pattern[str]  # a word of play in the sentence
    slots: PlayerSlots  # the places in a sentence that make a name a player's

    @classmethod
    def build(cls, res: Resources) -> "PlayerGazetteer":
        alts = T.trie_alternation(res.roles)  # one trie: these patterns are searched before every name
        return cls(
            res=res,
            before=re.compile(rf"(?:^|\s)(?P<role>{alts})(?:\s+\w+){{0,1}}\s*$"),
            # a title, "of" what it heads, a comma, then lowercase words describing the person
            titled=re.compile(
                rf"(?:^|\s)(?P<role>{alts})(?:\s+of(?:\s+[\w'’-]+){{1,3}})?\s*,\s*(?:[a-z][\w'’-]*\s+){{0,4}}$"
            ),
            # a role word of its own ("brea-king" is none) and no event's owner ("Queen's Club", folded "queen s")
            apposition=re.compile(
                rf"\s*(?:the|his|her|their|a|an|\w+ s|\w+)?\s*(?:\w+\s+){{0,2}}?\b(?P<role>{alts})\b(?![\s'’]s\b)"
            ),
            bracket=re.compile(rf"\s*(?P<role>{alts})\b(?!\s+of\b)"),  # after the "(" of "X (coach)"
            surnames=frozenset(T.fold(p.name).split()[-1] for p in res.players if T.fold(p.name)),
            first_names=frozenset(
                T.fold(p.name).split()[0]
                for p in res.players
                if len(p.name.split()) > 1 and T.fold(p.name).split()[0] not in res.family_first
            ),
            event_names=frozenset(T.fold(n) for e in (*res.tournaments, *res.venues) for n in (e.name, *e.aliases)),
            cities=frozenset(T.fold(c) for c in {t.city for t in res.tournaments} | {v.city for v in res.venues} if c),
            play_cue=play_cue_pattern(alternation(res.play_verbs, "cue")),
            slots=PlayerSlots.build(res),
        )


def role_of(text: str, start: int, end: int, gaz: PlayerGazetteer) -> str | None:
    """A title that makes the named person a non-player: 'his coach X', 'X, the tournament director'."""
    raw_before = text[max(0, start - 50) : start]
    raw_before = raw_before[raw_before.rfind("\n") + 1 :]  # a headline's "coach X" is no title of the next line's name
    before = T.fold(raw_before)
    comma_after = RE_COMMA_START.match(text[end : end + 3]) is not None
    m = gaz.before.search(before)
    if m and not RE_OF_AFTER_ROLE.match(before, m.end("role")):
        return m.group("role")
    m = gaz.titled.search(raw_before.lower()) if "," in raw_before else None
    if m:
        return m.group("role")
    if _ends_on(raw_before, ("from", "with")) and RE_ROLE_SPLIT.search(raw_before):
        return "coach"
    # "X, his coach,": a title in apposition ("his coach, X," is read above: folding drops the comma)
    if comma_after:
        m = gaz.apposition.match(T.fold(text[end : end + 60]))  # the text after is folded only here
        if m:
            return m.group("role")
    bracket = RE_BRACKET_AFTER.match(text, end)
    m = gaz.bracket.match(T.fold(text[bracket.end() : end + 60])) if bracket else None  # folding drops the "("
    if m:
        return m.group("role")
    if _ends_on(before, ("by",)) and RE_ROLE_BY.search(before):
        return "coach"
    if RE_ROLE_WHO.match(text[end : end + 40]):
        return "coach"
    team = RE_CAPTAINS_TEAM.match(text[end : end + 30])
    if team and T.fold(team.group(1)) in gaz.res.country_names:
        return "captain"  # "Tathiana Garbin's Italy": a team named by its captain
    return None


def _ends_on(text: str, words: tuple[str, ...]) -> bool:
    """The text ends on one of ``words`` (any case), white space after it allowed: the gate of a pattern
    that ends so ("... from\\s*$"). A last word that is not ASCII is let through to the pattern."""
    last = text.rstrip()[-max(map(len, words)) :]
    return not last.isascii() or last.lower().endswith(words)


def player_slot(text: str, start: int, end: int, gaz: PlayerGazetteer, *, initial: bool = False) -> Slot | None:
    """The player's slot of the name at [start, end) (extractor/refs/slots.py: 'lost to X', 'X beat',
    'world No. 40 X', 'said X', 'partnering X'), a doubles partner's slash ('A/B (AUS) bt') or a
    pairing in a schedule or results line ('Misolic - Fritz', 'Sinner v Alcaraz'); None if none."""
    before = text[max(0, start - 60) : start]
    after = text[end : end + 80]
    if RE_SLASH_BEFORE.search(before) or RE_SLASH_AFTER.match(after):
        return Slot(SlotKind.PARTNER, start, end)
    if RE_PAIRING_AFTER.match(after) or RE_PAIRING_BEFORE.search(before):
        return Slot(SlotKind.RESULT, start, end)
    return slot_of(text, start, end, gaz.slots, initial=initial)


def next_to_play(text: str, start: int, end: int, gaz: PlayerGazetteer) -> bool:
    """A name in a player's slot other than a speaker's (see ``player_slot``)."""
    slot = player_slot(text, start, end, gaz)
    return slot is not None and slot.kind != SlotKind.SPEAKER


def play_context(text: str, lay: Layout, start: int, gaz: PlayerGazetteer) -> bool:
    """A word of play anywhere in the sentence of ``start``."""
    si = lay.sentence_at(start)
    if si is None:
        return False
    s = lay.sentences[si]
    return gaz.play_cue.search(text, s.start, s.end) is not None


def is_event_name(words: list[str], res: Resources) -> bool:
    """An event's or a country's name: an event word in it, the whole a country or a demonym, or a
    country's name last ("in Sydney Australia lost to Norway": a team named by its country)."""
    folded = [T.fold(w) for w in words]
    if len(folded) > 1 and folded[-1] in res.country_names and res.player_index.get(" ".join(folded)) is None:
        return True
    if len(words) > 1 and folded[0] in res.family_first and "-" in words[1]:
        folded = folded[1:]  # "Park Seo-yeon": a family name written first, not a park
    # "the US and Australian Opens": an event's word in the plural too
    if any(w in EVENT_WORDS or w.removesuffix("s") in PLURAL_EVENT_WORDS for w in folded):
        return True
    joined = " ".join(folded)
    return joined in res.country_names or joined in res.demonyms


def is_place_or_nation(folded: str, gaz: PlayerGazetteer) -> bool:
    """A single word that names a nation, a nationality or a host city is no player's name."""
    res = gaz.res
    singular = folded[:-1] if folded.endswith("s") else folded
    return (
        folded in res.nationality_nouns
        or singular in res.nationality_nouns
        or folded in res.demonyms
        or folded in res.country_names
        or folded in gaz.cities
    )


def followed_by_event_word(text: str, end: int) -> bool:
    m = RE_NEXT_CAPITAL_WORD.match(text[end : end + 20])
    return bool(m and T.fold(m.group(1)) in EVENT_WORDS)


def preceded_by_event_word(text: str, start: int) -> bool:
    return RE_VENUE_WORD_BEFORE.search(text[max(0, start - 12) : start]) is not None


def _place_somewhere(text: str, name: str) -> bool:
    """ "in La Manga" anywhere in the text: every "La Manga" of it is the place."""
    return re.search(rf"\b(?:from|in|at|near|to)\s+{re.escape(name)}\b", text) is not None


def not_a_name(text: str, start: int, end: int, words: list[str], gaz: PlayerGazetteer) -> bool:
    """An event, a venue, a nation or a host city rather than a person."""
    folded = T.fold(" ".join(words))
    before = text[max(0, start - 30) : start]
    return (
        (_ends_on(before, ORG_WORDS) and RE_ORG_BEFORE.search(before) is not None)
        or (
            len(words) > 1
            and RE_PLACE_ARTICLE.match(text, start) is not None
            and _place_somewhere(text, " ".join(words))
        )
        or is_event_name(words, gaz.res)
        or followed_by_event_word(text, end)
        or preceded_by_event_word(text, start)
        or folded in gaz.event_names
        or folded in gaz.cities
    )


def strip_modifiers(start: int, words: list[str], res: Resources, after: str = "") -> tuple[int, list[str]]:
    """Drop a leading nationality word ("Spaniard Carlos Alcaraz" -> cue + name), a player's title
    ("Qualifiers Wiebke Lange", "Lucky loser X") and modifiers ("Top-seeded Andre Agassi", "Captain
    Michael Kohlmann") that are no first name. A plural nationality noun goes only before a pair
    ("Americans John Isner and Sam Querrey": ``after`` the name starts with "and"); "Thais Albuquerque"
    keeps its first name."""
    while len(words) > 1:
        two = T.fold(" ".join(words[:2]))
        if len(words) > 2 and (_is_demonym(two, res) or _is_title(two, res)):
            # "South Korean Lee Hyung-taik", "Lucky loser Jan Novak": two words first
            start, words = start + len(words[0]) + len(words[1]) + 2, words[2:]
            continue
        first = T.fold(words[0])
        # a plural only before a pair of full names ("Americans John Isner and Sam Querrey", not
        # "Thais Albuquerque and Wiebke Brandt": a first name, the same word)
        plural_ok = len(words) > 2 and RE_PAIR_AFTER.match(after) is not None
        demonym = _is_demonym(first, res) and (not _plural_noun(first, res) or plural_ok)
        if demonym or RE_MODIFIER.fullmatch(words[0]) or first in res.roles or _is_title(first, res):
            # "Top-seeded Americans Andy Roddick", "Captain Michael Kohlmann", "Wildcards Abena Boateng"
            start, words = start + len(words[0]) + 1, words[1:]
        else:
            break
    return start, words


# "... and Y", "... / Y", "..., Y and Z": more names follow (a plural noun before them is theirs)
RE_PAIR_AFTER = re.compile(r"\s*(?:and\b|&|/|,\s*[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\s*(?:,|and\b|&))")


def _is_title(folded: str, res: Resources) -> bool:
    """A player's title, singular or plural ("qualifier", "Alternates", "lucky losers")."""
    return folded in res.player_titles or folded.removesuffix("s") in res.player_titles


def _plural_noun(folded: str, res: Resources) -> bool:
    """ "thais", "americans": a nationality word whose singular is one too."""
    singular = folded.removesuffix("s")
    return singular != folded and (singular in res.nationality_nouns or singular in res.demonyms)


def _is_demonym(folded: str, res: Resources) -> bool:
    """A nationality word or noun, singular or plural ("American", "Spaniard", "Americans")."""
    singular = folded[:-1] if folded.endswith("s") else folded
    return any(w in res.nationality_nouns or w in res.demonyms for w in (folded, singular))
