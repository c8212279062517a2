"""Tournaments, venues and cities: the shipped gazetteer first, then name patterns for the rest."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from extractor.data.resources import Resources
from extractor.findings import EventFact, guarded
from extractor.stages.base import RuleStage
from extractor.text import plain as T
from extractor.text.layout import layout, other_sport_test

CAP = r"[A-ZÀ-Þ][\w'’.&-]*"
CAP_WORD = r"[A-ZÀ-Þ][\w'’&-]*"  # a capitalised word with no full stop: a name never runs over a sentence's end

# A capitalised word that starts a sentence or a phrase but is no part of a venue's name ("On Court
# Two", "At Rod Laver Arena").
NOT_NAME_START = r"(?!(?:On|At|In|Of|For|From|To|By|With|Near|The|A|An|After|Before|Inside|Outside|Under)[ ])"
# A particle inside a venue's name in French, Spanish or Italian: "Stade Pierre de Coubertin".
PARTICLE = r"(?:de|des|du|del|de[ ]la|di|della|do|da)[ ]"

# Tournaments the gazetteer does not know: capitalised words ending in an event noun.
RE_TOURNAMENT = re.compile(
    rf"""
    (?<![\w-])
    (?P<name>
        # "Citi", "Abierto Mexicano Telcel", "Hall of Fame", "Big 12-Big Ten"
        {CAP}[ ](?:(?:{CAP}|\d[\w-]*)[ ]){{0,3}}
        (?:Open|Masters|Championships|Championship|Classic|International|Internationals|Trophy|Challenger
          |Grand\ Prix|Cup|Challenge|Tournament|Invitational    # "World Indoor Tournament"
          |Games)                                                # "Asian Games", "Paralympic Games"
        (?:[ ](?:de|of)[ ]{CAP})?                 # "Open de Paris", "Trophy of Monterrey"
      # an event named head first in Spanish, Italian or Portuguese: "Copa Valle del Cauca", "Trofeo
      # Conde de Godó", "Torneo Internazionale Femminile"
      | (?:Copa|Coppa|Trofeo|Torneo|Taça|Abierto)[ ](?:{PARTICLE})?{CAP_WORD}(?:[ ](?:{PARTICLE})?{CAP_WORD}){{0,2}}
      # an ITF World Tennis Tour or junior event by its prize-money or grade code and city: "W35 Kashiwa",
      # "M25 Monastir", "J300 Traralgon"
      | [MWJ](?:15|25|30|35|40|50|60|75|80|100|200|300|500)[ ]{CAP}
      | {CAP_WORD}[ ][MWJ](?:15|25|30|35|40|50|60|75|80|100|200|300|500)(?![\w-])   # the city first: "Pula M25"
    )
    (?![\w-])
    """,
    re.VERBOSE,
)

# Venues the gazetteer does not know: "La Defense Arena", "Court Philippe Chatrier", "Centre Court".
RE_VENUE = re.compile(
    rf"""
    (?<![\w-])
    (?P<name>
        # "Court 17", "Court Two", "Show Court 3", "Showcourt 3", "Grandstand 2", "Court No. 2"
        (?:Court|Stadium|Show\ ?[Cc]ourt|Grandstand)[ ](?:No\.?[ ]?)?
        (?:\d{{1,2}}|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen
          |Seventeen|Eighteen)\b
      # a club named head first: "Club de Tenis Unión", "Real Club de Tenis Barcelona", "Circolo Tennis Firenze"
      | (?:Real[ ])?(?:Club|Circolo|Clube)[ ](?:{PARTICLE})?(?:Tenis|Tennis|Ténis)[ ](?:{PARTICLE})?
        {CAP_WORD}(?:[ ](?:{PARTICLE})?{CAP_WORD}){{0,2}}
      # a club named with its place after it: "Tennis Club Pula", "Lawn Tennis Club Montreux"; no event's name
      | (?:Tennis|Lawn\ Tennis|Country|Racquet|Sports)[ ]Club[ ]{CAP_WORD}(?<!Championships)
        (?<!Championship)(?<!Open)(?<!Cup)(?<!Trophy)(?<!Classic)(?<!Challenger)
      # a club by its initials: "TC Weissenhof", "LTTC Rot-Weiss Berlin", "TK Sparta Praha"
      | (?:TC|LTC|LTTC|TK|TCK|HTC)[ ]{CAP_WORD}(?:[ ]{CAP_WORD}){{0,2}}
      # "<Name> Arena", "USTA National Campus", "Sofia Tennis Park"
      | {NOT_NAME_START}(?:{CAP}[ ]){{1,3}}(?:Tennis\ Park|Arena|Stadium|Court|Stadion|Dome|Hall|Garden|Gardens|Club
          |Centre|Center|Coliseum|Pavilion|Campus|Complex)
        (?:[ ](?:de|du|des|di|of)[ ]{CAP_WORD})?   # its place after a particle: "Lawn Tennis Club de Montreux"
      # "the Paradisus Cancun stadium": a name before a lower-case head, the head left out
      | {NOT_NAME_START}(?:{CAP}[ ]){{1,2}}{CAP}(?=[ ](?:stadium|arena)\b)
      | Court[ ](?:{CAP}[ ]?){{1,3}}(?<![ ])                                  # "Court Philippe Chatrier"
      # a venue named in French, Spanish or Italian, head first: "Stade Pierre de Coubertin",
      # "Estadio Hugo Montenegro", "Palais des Sports", "Pista Manolo Santana", "Arenes de Nimes"
      | (?:Stade|Estadio|Stadio|Stadion|Palais|Palacio|Pista|Campo|Cancha|Quadra|Ar[eè]nes)[ ](?:{PARTICLE})?
        (?:{CAP}[ ]?(?:{PARTICLE})?){{1,3}}(?<![ ])
      # a numbered court head first: "Pista 1", "Campo 3", "Cancha 2", "Quadra 1"
      | (?:Pista|Campo|Cancha|Quadra)[ ]\d{{1,2}}\b
      | Centre\ Court | Center\ Court | No\.?[ ]?\d{{1,2}}\ Court | Grandstand
    )
    (?![\w-])
    """,
    re.VERBOSE,
)

# Words that start a capitalised run but are not part of an event's name.
LEADING_NOISE = frozenset(
    "the a an at in on of for this that his her their its last next year's this year's"
    # a Title Case headline's words before an event noun: "..., And A First Challenger Title"
    " and or but with first maiden another".split()
)
# Words inside a capitalised run that end what comes before them ("Savours A Maiden Challenger").
INNER_NOISE = frozenset("a an the first maiden another his her their its".split())
# Generic or non-event heads that the patterns must not take as names.
NOT_EVENTS = frozenset(
    """world cup davis cup finals atp tour wta tour grand slam hard court clay court grass court supreme court
    tennis club country club""".split()
)


# "ATP Masters", "WTA Challenger": a tour and a category, no event's name.
RE_TOUR_ONLY = re.compile(r"^(?:(?:the\s+)?(?:ATP|WTA|ITF|Challenger|Tour|Grand\s+Slam)\s+)+\w+$", re.I)

# "their 2022 Miami final", "the New Haven quarterfinals": a host city naming its event.
RE_CITY_EVENT = re.compile(
    r"""^(?:
        # "the Antwerp WTA event"
        (?:['’]s)?\s+(?:(?:ATP|WTA|ITF|Challenger|Masters|indoor|clay-?court|grass-?court|hard-?court)\s+)?
        (?:final|semi-?finals?|quarter-?finals?|title|crown|opener|draw|event|tournament|trophy)\b
      # the city's own round: "Santiago's second round", "Doha's last eight"
      | (?P<own>['’]s)\s+(?:(?:first|second|third|fourth|opening)[\s-]round|last\s+(?:16|sixteen|eight|four))\b
      # a table of past meetings, a year, the city and the round: "2022 Vienna, QF", "2025 Basel, first round"
      | (?P<row>,)\s*(?:(?-i:QF|SF|F|RR|R\d{2,3}|[1-4]R)|(?:first|second|third|fourth)\s+round|round[\s-]robin
          |final|semi-?final|quarter-?final)\b
    )""",
    re.I | re.VERBOSE,
)
# What comes before the city in those frames: "the", "their", a year ("their 2022 Miami final").
RE_CITY_EVENT_BEFORE = r"\b(?:the|their|his|her|its|\d{4})\s+$"
# A round "of" the city names its event whatever follows: "the third round of Monte Carlo", "the final of Doha"
# (a round "in" a city names only the city).
RE_ROUND_OF = re.compile(
    r"\b(?:(?:first|second|third|fourth|opening)\s+round|final|semi-?finals?|quarter-?finals?)\s+of\s+(?:the\s+)?$",
    re.I,
)


# "the US and Australian Opens", "the French, Italian and US Opens", "the Indian Wells and Miami Masters":
# one plural head naming two or more events; each part plus the singular head is looked up.
RE_EVENT_LIST = re.compile(
    r"""
    (?<![\w-])
    (?P<parts>
        (?:[A-Z][\w.'’-]*(?:[ ][A-Z][\w.'’-]*)?,[ ])*     # "French, ", "Indian Wells, "
        [A-Z][\w.'’-]*(?:[ ][A-Z][\w.'’-]*)?,?[ ](?:and|&)[ ]   # "US and ", "Indian Wells and "
        [A-Z][\w.'’-]*(?:[ ][A-Z][\w.'’-]*)?                  # "Australian", "Miami"
    )
    [ ](?P<head>Opens|Masters|Championships
        # "the US and Australian Open titles"
        |Open(?=[ ](?:titles|crowns|finals|semi-?finals|trophies|champion|champions|winner|winners)\b))
    (?![\w-])
    """,
    re.VERBOSE,
)
HEAD_SINGULAR = {"Opens": "Open", "Open": "Open", "Masters": "Masters", "Championships": "Championships"}

# Words one of which every match of a pattern holds (the patterns are case-sensitive): a paragraph
# with none of them is not searched with that pattern.
# RE_TOURNAMENT: an event noun, an event named head first, or an ITF event's letter and prize money.
RE_TOURNAMENT_CUE = re.compile(
    r"Open|Masters|Championship|Classic|International|Trophy|Challenge|Grand Prix|Cup|Tournament|Invitational"
    r"|Games|Copa|Coppa|Trofeo|Torneo|Taça|Abierto|M\d|W\d|J\d"
)
# RE_VENUE: a venue noun in English ("Stad" for Stadium, Stadion, Stadio, Stade) or head first in French,
# Spanish or Italian, the lower-case head after a name ("stadium", "arena"), or "Grandstand".
RE_VENUE_CUE = re.compile(
    r"Court|Stad|Estadio|Club|Circolo|Arena|Dome|Hall|Garden|Centre|Center|Coliseum|Pavilion|Campus|Complex"
    r"|stadium|arena|Palais|Palacio|Pista|Campo|Cancha|Quadra|Arenes|Arènes|Grandstand|Showcourt|TC |LTC|TK |TCK|HTC"
    r"|Park"
)
# RE_EVENT_LIST: its plural head (with "and" or "&" before it, tested as a string).
RE_EVENT_LIST_CUE = re.compile(r"Open|Masters|Championships")

# A name that is both an event and its grounds ("Roland Garros") is the venue in these frames:
# "the French Open at Roland Garros", "the clay of Roland Garros", "Court Philippe Chatrier at Roland Garros".
RE_VENUE_FRAME_BEFORE = re.compile(
    r"""(?:
        # the clay of X
        \b(?:courts?|clay|grounds|gates|lawns|stands|crowds?|fans|spectators|corridors|locker\s+rooms?)\s+(?:of|at)\s+
      | \b(?:Open|Championships|Masters|Slam|event|tournament|finals?|semi-?finals?|quarter-?finals?|match|matches)
          \s+(?:(?:held|played|staged)\s+)?at\s+                                        # the French Open at X
      # held at X, the match was played at X (a player who "played at X" played in the event)
      | \b(?:held|staged|practi[sc]ed|practi[sc]ing|trained|training|arrived|returned)\s+(?:back\s+)?(?:at|to)\s+
      | \b(?:was|were|is|are|be|been|being)\s+played\s+at\s+
      | \b(?:Court|Chatrier|Lenglen|Mathieu|Arena|Stadium)\s+(?:at|of)\s+             # Court Philippe Chatrier at X
      | \b(?:inside|outside|around|across|left|leaving)\s+                                  # outside X
    )(?:the\s+)?$""",
    re.VERBOSE | re.IGNORECASE,
)
RE_VENUE_FRAME_AFTER = re.compile(
    r"^(?:['’]s?)?\s+(?:Court|Stadium|grounds|courts|show\s+courts|complex|gates)\b", re.IGNORECASE
)


@dataclass
class _Entry:
    key: str
    canonical: str
    category: str | None
    city: str | None
    kind: str  # "tournament" | "venue"


class Gazetteer:
    """Tournaments and venues with every alias, as one pattern each over fold_chars text."""

    def __init__(self, res: Resources) -> None:
        self.entries: dict[str, _Entry] = {}
        for t in res.tournaments:
            for n in (t.name, *t.aliases):
                self.entries.setdefault(_key(n), _Entry(t.name, t.name, t.category, t.city, "tournament"))
        for v in res.venues:
            for n in (v.name, *v.aliases):
                self.entries.setdefault(_key(n), _Entry(v.name, v.name, v.kind, v.city, "venue"))
        # Names of a tournament that also name its grounds ("Roland Garros"): the venue entry, for frames.
        self.dual: dict[str, _Entry] = {}
        for v in res.venues:
            for n in (v.name, *v.aliases):
                e = self.entries.get(_key(n))
                if e is not None and e.kind == "tournament":
                    self.dual[_key(n)] = _Entry(v.name, v.name, v.kind, v.city, "venue")
        self.pattern = T.phrase_pattern(self.entries)
        # Names a sponsor writes in lower case ("bett1open", "cinch Championships"): taken only as written.
        self.lower_case = frozenset(
            n for e in (*res.tournaments, *res.venues) for n in (e.name, *e.aliases) if n[:1].islower()
        )
        # Courts called after a person, named so only after "on" ("won on Armstrong", "on Lenglen").
        on_names = {n: _Entry(v.name, v.name, v.kind, v.city, "venue") for v in res.venues for n in v.on_names}
        self.on_names = on_names
        self.on_pattern = (
            re.compile(
                r"\b[Oo]n\s+(?:the\s+)?(?P<name>"
                + "|".join(re.escape(n) for n in sorted(on_names, key=len, reverse=True))
                + r")\b(?!['’]|\s+(?:[A-Z]|Stadium|Arena|Court))"
            )
            if on_names
            else None
        )
        self.cities = frozenset(
            T.fold_chars(c) for c in {t.city for t in res.tournaments} | {v.city for v in res.venues} if c
        )
        self.city_pattern = T.phrase_pattern(self.cities)


def _key(name: str) -> str:
    # A leading article is not part of the name ("The Queen's Club"); keeping it would let
    # "the Queen's Club" win over the longer "Queen's Club Championships" one word later. But
    # "The Championships" keeps it: without it the name would be a generic word.
    stripped = re.sub(r"^the\s+", "", T.fold_chars(name))
    return T.fold_chars(name) if " " not in stripped else stripped


def gazetteer_for(res: Resources) -> Gazetteer:
    """The patterns for one set of rule data (build it once and keep it: the stage does)."""
    return Gazetteer(res)


# A wire story's slug glued to the first word of its headline: "Tennis-Australian Open results", "TENNIS-Seles".
RE_WIRE_SLUG = re.compile(r"(?:Tennis|TENNIS)-(?=[A-Z])")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    words = list(re.finditer(r"\S+", text[start:end]))
    while words and words[0].group(0).lower() in LEADING_NOISE:
        words.pop(0)
    if not words:
        return start, start
    # "Mercer Savours A Maiden Challenger": a Title Case headline's words up to an article or a word of a first
    # title are no part of the name after them
    cut = max((i for i, w in enumerate(words[:-1]) if w.group(0).lower() in INNER_NOISE), default=-1)
    words = words[cut + 1 :]
    slug = RE_WIRE_SLUG.match(words[0].group(0))  # "Tennis-Australian Open results": a wire's slug first
    end = start + words[-1].end()
    if text[end - 1] == "." and not re.search(r"\b(?:St|Jr|Mt)\.$", text[start:end]):
        end -= 1  # the sentence's full stop, not an abbreviation's
    return start + words[0].start() + (slug.end() if slug else 0), end


def find_events(
    text: str, spans: list[T.Block], gaz: Gazetteer
) -> tuple[list[EventFact], list[EventFact], list[EventFact]]:
    folded = T.fold_chars(text)
    tournaments: dict[str, EventFact] = {}
    venues: dict[str, EventFact] = {}
    cities: dict[str, EventFact] = {}
    taken: list[tuple[int, int]] = []
    # A court called after a person is searched for only on a page that writes one of those names.
    on_pattern = gaz.on_pattern if any(name in text for name in gaz.on_names) else None

    def add(table: dict[str, EventFact], key: str, start: int, end: int, category=None, city=None, name=None) -> None:
        name = name or re.sub(r"^[Tt]he\s+", "", text[start:end])
        fact = table.get(key)
        if fact is None:
            fact = table[key] = EventFact(key, name, category, city)
        elif T.fold(fact.name) != T.fold(key) and (T.fold(name) == T.fold(key) or len(name) > len(fact.name)):
            fact.name = name  # the canonical name when the text uses it, else the fullest form
        fact.mentions.append((start, end))
        taken.append((start, end))

    for block in spans:
        chunk = text[block.start : block.end]
        if (" and " in chunk or " & " in chunk) and RE_EVENT_LIST_CUE.search(chunk):
            for part, (s, e), name in event_list(text, block, gaz):
                add(tournaments, part.key, s, e, part.category, part.city, name)
        if gaz.pattern is not None:
            for m in gaz.pattern.finditer(folded, block.start, block.end):
                first = m.start() + 4 if m.group(0).startswith("the ") else m.start()
                if (
                    not text[first].isupper()
                    and not text[first].isdigit()
                    and text[first : m.end()] not in gaz.lower_case
                ):
                    continue
                # "AO Arena": an alias inside a longer venue or event name belongs to that name.
                if re.match(r"\s+(?:Arena|Stadium|Court|Centre|Center|Club|Hall|Park)\b", text[m.end() : m.end() + 10]):
                    continue
                if any(a <= m.start() and m.end() <= b for a, b in taken):
                    continue
                e = gaz.entries[m.group(0)]
                if m.group(0) in gaz.dual and grounds_frame(text, block.start, m.start(), m.end()):
                    e = gaz.dual[m.group(0)]
                table = tournaments if e.kind == "tournament" else venues
                add(table, e.key, m.start(), m.end(), e.category, e.city)
        if on_pattern is not None:
            for m in on_pattern.finditer(text, block.start, block.end):
                if not any(a < m.end("name") and m.start("name") < b for a, b in taken):
                    e = gaz.on_names[m.group("name")]
                    add(venues, e.key, m.start("name"), m.end("name"), e.category, e.city)
        for regex, cue, table in ((RE_VENUE, RE_VENUE_CUE, venues), (RE_TOURNAMENT, RE_TOURNAMENT_CUE, tournaments)):
            if not cue.search(chunk):
                continue
            for m in regex.finditer(text, block.start, block.end):
                s, e = _trim(text, m.start("name"), m.end("name"))
                if e - s < 4 or any(a < e and s < b for a, b in taken):
                    continue
                name = text[s:e]
                if (
                    T.fold(name) in NOT_EVENTS
                    or (len(name.split()) < 2 and name != "Grandstand")
                    or RE_TOUR_ONLY.match(name)
                ):
                    continue
                add(table, T.fold(name), s, e)
        if gaz.city_pattern is not None:
            for m in gaz.city_pattern.finditer(folded, block.start, block.end):
                if text[m.start()].isupper() and not any(a <= m.start() < b for a, b in taken):
                    key = text[m.start() : m.end()]
                    cities.setdefault(T.fold(key), EventFact(T.fold(key), key)).mentions.append((m.start(), m.end()))
                    before = text[max(block.start, m.start() - 12) : m.start()]
                    event = RE_CITY_EVENT.match(text[m.end() : m.end() + 20])
                    # a table's row ("2022 Vienna, QF") names its year; the other frames a determiner or a year
                    # ("Santiago's second round" needs none)
                    named = event and (
                        event.group("own")
                        or re.search(r"\b\d{4}\s+$" if event.group("row") else RE_CITY_EVENT_BEFORE, before)
                    )
                    if named or RE_ROUND_OF.search(text[max(block.start, m.start() - 30) : m.start()]):
                        if not any(T.fold(key) in T.fold(t.name) for t in tournaments.values()):
                            add(tournaments, "city:" + T.fold(key), m.start(), m.end())
    venue_list = without_short_forms(list(venues.values()))
    return without_short_forms(list(tournaments.values())), venue_list, list(cities.values())


def without_short_forms(facts: list[EventFact]) -> list[EventFact]:
    """A venue or an event named in full, and by a short form of its own name ("the Real Club de Tenis
    Barcelona", then "the Real Club"; "the British Open Wheelchair Tennis Championships", then "her first British
    Open title"): one fact, the short form's mentions kept under the full name, and what the gazetteer knows of
    the short form (category, city) when the full name is not in it."""
    out: list[EventFact] = []
    for v in facts:
        short = T.fold(v.name)
        same = next((w for w in out if T.fold(w.name) == short), None)  # one name found twice: one fact
        if same is not None:
            same.mentions = sorted(same.mentions + v.mentions)
            same.category, same.city = same.category or v.category, same.city or v.city
            continue
        longer = next(
            (w for w in facts if w is not v and re.search(rf"(?<!\w){re.escape(short)}(?!\w)", T.fold(w.name))), None
        )
        if longer is not None and short != T.fold(longer.name):
            longer.mentions = sorted(longer.mentions + v.mentions)
            longer.category, longer.city = longer.category or v.category, longer.city or v.city
        else:
            out.append(v)
    return out


def event_list(text: str, block: T.Block, gaz: Gazetteer) -> list[tuple[_Entry, tuple[int, int], str]]:
    """Events named together under one plural head: "the US and Australian Opens" -> US Open, Australian Open.
    Only parts the gazetteer knows count; the mention is the part's own words."""
    out: list[tuple[_Entry, tuple[int, int], str]] = []
    for m in RE_EVENT_LIST.finditer(text, block.start, block.end):
        head = HEAD_SINGULAR[m.group("head")]
        found = []
        for p in re.finditer(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?", m.group("parts")):
            name = f"{p.group(0)} {head}"
            entry = gaz.entries.get(_key(name))
            if entry is not None and entry.kind == "tournament":
                found.append((entry, (m.start("parts") + p.start(), m.start("parts") + p.end()), name))
        if len(found) >= 2:
            out.extend(found)
    return out


def grounds_frame(text: str, lo: int, start: int, end: int) -> bool:
    """True when a name of both an event and its grounds is used for the grounds here."""
    before = text[max(lo, start - 40) : start]
    return bool(RE_VENUE_FRAME_BEFORE.search(before) or RE_VENUE_FRAME_AFTER.match(text[end : end + 20]))


@Language.factory(
    "tennis_events",
    default_config={"data_dir": None},
    assigns=["doc._.tennis_tournaments", "doc._.tennis_venues", "doc._.tennis_cities"],
    requires=["doc._.tennis_cruft", "doc._.tennis_other_sport", "doc._.tennis_players", "doc._.tennis_people"],
)
def make_events(nlp: Language, name: str, data_dir: str | None) -> "EventStage":
    return EventStage(data_dir)


class EventStage(RuleStage):
    @functools.cached_property
    def gazetteer(self) -> Gazetteer:
        return gazetteer_for(self.resources)

    @guarded("tennis_tournaments", "tennis_venues", "tennis_cities")
    def __call__(self, doc: Doc) -> Doc:
        gaz = self.gazetteer
        other_sport = other_sport_test(doc)
        story = [p for p in layout(doc).paragraphs if not other_sport(p.start)]
        t, v, c = find_events(layout(doc).text, story, gaz)
        # "Naomi Osaka", "Austin Krajicek": a city's name inside a person's name is no city.
        names = [span for p in [*(doc._.tennis_players or ()), *(doc._.tennis_people or ())] for span in p.mentions]
        for city in c:
            city.mentions = [(s, e) for s, e in city.mentions if not any(a <= s < b for a, b in names)]
        c = [city for city in c if city.mentions]
        doc._.tennis_tournaments, doc._.tennis_venues, doc._.tennis_cities = t, v, c
        return doc
