"""Players: name mentions, surname -> full-name linking, descriptors, nationality and age.

Candidates come from three places, so the stage also works without a statistical model:
capitalised name sequences next to tennis cues (demonyms, "of Britain", "(ESP)", ages, seeds,
verbs of play), the shipped list of notable players, and the NER's PERSON entities when a
model is present. Bare surnames are then linked to the full names seen in the same article,
whatever label the NER gave them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from extractor import text as T
from extractor.facts import PersonFact, PlayerFact, Ref, guarded, register_extensions, warn
from extractor.layout import Layout, in_cruft, layout, other_sport
from extractor.resources import Resources, load_resources

UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
NAME_WORD = rf"[{UPPER}][^\W\d_]*(?:-[^\W\d_]+)*(?:['’](?!s\b)[{UPPER}][^\W\d_]+)?"
PARTICLE = r"(?:de|del|della|van|von|der|den|da|di|du|dos|das|le|la|ten|ter|zu|mac)"

RE_NAME = re.compile(
    rf"""
    (?<![\w'’-])
    (?:(?<=[a-z,;:] )(?:de|van|von|del|da|di|du|dos)[ ](?:(?:der|den|la)[ ])?)?   # "beat de Minaur" mid-sentence
    {NAME_WORD}                                  # first capitalised word
    (?:[ \u00a0](?:{PARTICLE}[ \u00a0])*{NAME_WORD}){{0,3}}   # more words, particles between
    (?![\w-])
    """,
    re.VERBOSE,
)

# "[Jannik] Sinner": a first name the writer inserted into a quotation.
RE_BRACKET_NAME = re.compile(rf"\[(?P<first>{NAME_WORD})\]\s+(?P<last>{NAME_WORD})")

# Capitalised words that never start, end or make up a player's name.
STOPWORDS = frozenset(
    """
    the a an and but or if in on at to of for by with from as it its he she his her they their we i you my our
    this that these those there here when where while after before since though although however meanwhile
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    no number world tour atp wta itf grand slam open masters cup finals final championships championship
    court arena stadium centre center club park tennis news read next more related share advertisement
    photo image getty reuters afp ap xinhua credit updated published tv sport sports live video
    mr mrs ms dr sir lady lord king queen prince princess president
    big huge great another what how why who grass hard indoor outdoor
    after speaking asked despite having being playing with without against into over under between
    round semi-final semifinal quarter-final quarterfinal set sets game games match matches title
    """.split()
)

# Nouns that make a capitalised sequence an event or a place, not a person.
EVENT_WORDS = frozenset(
    """open masters cup arena stadium court courts championships championship finals final tour trophy classic
    international internationals games olympics league club centre center park complex hall series grand slam
    prix award awards foundation academy university college school hotel street road airport""".split()
)

# Verbs and prepositions of play around a name: evidence that a person is a player.
RE_PLAY_CUE = re.compile(
    r"\b(?:beat|beats|beating|beaten|defeat(?:s|ed|ing)?|downed|downs|saw\s+off|edged|crushed|dispatched|stunned|"
    r"upset|knocked\s+out|ousted|eliminated|overcame|outlasted|rallied\s+past|lost|loses|losing|fell|retired|"
    r"withdrew|bt|def\.|won|wins|seed|seeded|ranked|serve|served|broke|title|champion|final|semi-?final|"
    r"quarter-?final|round|match|set|tiebreak|tie-break|plays?|played|faces?|faced)\b",
    re.IGNORECASE,
)

PLAY_VERBS = (
    r"(?:beat|beats|beaten|beating|defeated|defeats|defeating|downed|edged|crushed|dispatched|stunned|upset|ousted|"
    r"eliminated|overcame|outlasted|lost|loses|losing|fell|falls|retired|withdrew|won|wins|saved|served|broke|"
    r"advanced|advances|reached|reaches|rallied|came\s+back|fought\s+back|needed|bt|def\.|win|victory|defeat|loss)"
)
# "lost to X", "win over X", "beating A and X": a name right after a verb or preposition of play.
RE_BEFORE_PLAYER = re.compile(
    rf"\b(?:{PLAY_VERBS}(?:\s+(?:to|against|by|over))?|win\s+over|victory\s+over|loss\s+to|defeat\s+to|against|versus|vs\.?)\s+"
    rf"(?:(?:[A-Z][\w'’-]+\s+){{1,3}}(?:and|&)\s+)?$"
)
# "X beat", "X and Y saved": a name right before a verb of play.
RE_AFTER_PLAYER = re.compile(
    rf"(?:['’]s)?(?:\s*,[^,]{{1,40}},)?(?:\s*(?:and|&)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}})?\s+"
    rf"(?:(?:has|had|have|was|were|then|also|duly|finally|eventually)\s+)?{PLAY_VERBS}\b"
)

# Words in object position before a reference: the player is acted upon, not the subject.
RE_OBJECT_CUE = re.compile(
    r"(?:\b(?:beat|beats|beating|beaten|defeated|defeats|defeating|defeat|downed|downs|over|to|by|against|"
    r"past|off|stunned|upset|ousted|eliminated|edged|crushed|dispatched|outlasted|overcame|versus|vs\.?|v\.?|bt|"
    r"def\.|face|faces|facing|faced|meet|meets|meeting|play|plays|playing|than|beside|behind|like|"
    r"opponent|rival|out|aside|including|include|included)\s+(?:the\s+|compatriot\s+|fellow\s+)?(?:[\w-]+\s+seed\s+)?|[,;]\s+and\s+)$",
    re.IGNORECASE,
)

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "top": 1,
}
RANK_NUMBER = r"(?:\d{1,4}|" + "|".join(NUMBER_WORDS) + r")"
ORDINAL = r"(?:\d{1,2}(?:st|nd|rd|th)|" + "|".join(ORDINALS) + r")"

ROLE_NOUNS = r"(?:(?:champion|defending\s+champion|titleholder|teenager|youngster|veteran|qualifier|wildcard|wild\s+card|lucky\s+loser|left-hander|right-hander|home\s+favourite|home\s+favorite|favourite|favorite|underdog|player|star|debutant|finalist|semi-?finalist|No\.?\s*1|number\s+one|world\s+number\s+one)\b)"

# "the 22-year-old", "the world No 1", "the top seed", "the Spaniard", "the 22-year-old Spaniard",
# "the defending champion": a definite description of one player.
RE_DESCRIPTOR = re.compile(
    rf"""
    \b[Tt]he\s+
    (?!former\b|ex-|one-time\b|then\b|year-end\b)
    (?:(?P<age>\d{{1,2}})-year-old\s*)?
    (?:
        (?P<rank>(?:world|WTA|ATP)\s+(?:No\.?|[Nn]umber|\#)\s*(?P<wrank>{RANK_NUMBER})\b(?![-\s]+seed))
      | (?P<toprank>top-ranked)
      | (?P<seed>(?:(?P<sord>{ORDINAL})[-\s](?:qualifying\s+|women['’]s\s+|men['’]s\s+)?seed(?:ed)?|(?:No\.?|[Nn]umber)\s*(?P<sno>{RANK_NUMBER})[-\s]seed(?:ed)?)\b)
    )?
    \s*
    (?P<noun>[A-Z][a-z]+(?:-[A-Z][a-z]+)?|{ROLE_NOUNS})?
    (?:\s+(?P<seed2>(?P<sord2>{ORDINAL})[-\s]seed(?:ed)?)\b)?    # "the Italian fifth seed"
    """,
    re.VERBOSE,
)

# Capitalised words that modify a name at the start of a sentence: "Top-seeded", "Two-time", "Unseeded".
RE_MODIFIER = re.compile(r"[A-Z][a-z]+-[a-z]+(?:-[a-z]+)*|Unseeded|Defending|Reigning|Veteran|Teenager|Qualifier|Wildcard|Instead|Meanwhile|Elsewhere|Later|Earlier|Also|Both|Then|Now|Grass|Clay")

RE_POSSESSIVE_RESULT = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:loss|defeat|win|victory|triumph|exit|elimination|upset|success)\b", re.I)
RE_OBJECT_HER = re.compile(r"\s*(?:[,.;:)]|$|\d|(?:in|at|on|to|for|by|with|after|before|and|again|twice|easily|comfortably)\b)", re.I)

_RANK_CORE = (
    rf"(?P<former>former\s+|ex-|one-time\s+)?(?:(?:world|WTA|ATP)\s+(?:No\.?|[Nn]umber)\s*(?P<wn>{RANK_NUMBER})\b(?![-\s]+seed)"
    rf"|(?P<so>{ORDINAL})[-\s]seed(?:ed)?|(?:No\.?|[Nn]umber)\s*(?P<sn>{RANK_NUMBER})[-\s]seed(?:ed)?)"
)
RE_RANK_BEFORE = re.compile(rf"\b{_RANK_CORE}\s*,?\s+(?:[A-Z][a-z]+\s+)?$", re.I)
RE_RANK_AFTER = re.compile(rf"\s*[,(–—]\s*(?:the\s+)?{_RANK_CORE}\b", re.I)

RE_PRONOUN = re.compile(r"\b(?P<p>[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b")

NATIONAL_RANK = re.compile(r"\s+(?:No\.?|[Nn]umber)\s*\d", re.IGNORECASE)


@dataclass
class Candidate:
    start: int
    end: int
    name: str  # the name as written, possessive stripped
    source: str  # "gazetteer" | "ner" | "cue" | "bracket"
    nationality: str | None = None
    age: int | None = None
    role: str | None = None


def name_candidates(text: str, spans: list[T.Block], family_first: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Capitalised name sequences inside the given story spans, trimmed of stop words (but not of a
    family name written first that looks like one: "An Se-young")."""
    out: list[tuple[int, int]] = []
    for block in spans:
        for m in RE_NAME.finditer(text, block.start, block.end):
            words = [(w.start(), w.end()) for w in re.finditer(r"\S+", text[m.start() : m.end()])]
            words = [(m.start() + a, m.start() + b) for a, b in words]
            kept_first = False
            while words and T.fold(text[words[0][0] : words[0][1]]) in STOPWORDS:
                first = T.fold(text[words[0][0] : words[0][1]])
                if first in family_first and len(words) > 1 and "-" in text[words[1][0] : words[1][1]]:
                    kept_first = True
                    break
                words.pop(0)
            while words and T.fold(text[words[-1][0] : words[-1][1]]) in STOPWORDS:
                words.pop()
            if not words:
                continue
            # A stop word inside ("Sinner The") splits the sequence.
            run: list[tuple[int, int]] = []
            for i, w in enumerate(words):
                if T.fold(text[w[0] : w[1]]) in STOPWORDS and not (i == 0 and kept_first):
                    if run:
                        out.append((run[0][0], run[-1][1]))
                    run = []
                else:
                    run.append(w)
            if run:
                out.append((run[0][0], run[-1][1]))
    return out


@dataclass(frozen=True)
class RolePatterns:
    """Patterns built once per rule data: titles that make a named person a non-player, and the
    surnames of the notable players."""

    before: re.Pattern[str]  # "his coach X", "tournament director X"
    apposition: re.Pattern[str]  # "X, his coach,"
    bracket: re.Pattern[str]  # "X (coach)"
    surnames: frozenset[str]


_ROLE_PATTERNS: dict[int, RolePatterns] = {}


def role_patterns(res: Resources) -> RolePatterns:
    found = _ROLE_PATTERNS.get(id(res))
    if found is None:
        alts = "|".join(re.escape(r) for r in sorted(res.roles, key=len, reverse=True)) or "(?!)"
        found = _ROLE_PATTERNS[id(res)] = RolePatterns(
            before=re.compile(rf"(?:^|\s)(?P<role>{alts})(?:\s+\w+){{0,1}}\s*$"),
            apposition=re.compile(rf"\s*(?:the|his|her|their|a|an|\w+ s|\w+)?\s*(?:\w+\s+){{0,2}}?(?P<role>{alts})\b"),
            bracket=re.compile(rf"\s*\(\s*(?P<role>{alts})\b"),
            surnames=frozenset(T.fold(p.name).split()[-1] for p in res.players if T.fold(p.name)),
        )
    return found


class PlayerFinder:
    """Finds players and other named people in one Doc (a fresh instance per Doc)."""

    def __init__(self, doc: Doc, res: Resources, has_ner: bool = True) -> None:
        self.doc = doc
        self.lay: Layout = layout(doc)
        self.text = self.lay.text
        self.has_ner = has_ner
        self.res = res
        self.players: dict[str, PlayerFact] = {}
        self.people: dict[str, PersonFact] = {}
        self.event_names = frozenset(
            T.fold(n) for e in (*res.tournaments, *res.venues) for n in (e.name, *e.aliases)
        )
        self.cities = frozenset(
            T.fold(c) for c in {t.city for t in res.tournaments} | {v.city for v in res.venues} if c
        )
        self.refs: list[Ref] = []
        self.weak: list[tuple[int, int, str]] = []  # full names seen without any player evidence
        published = doc._.tennis_published
        self.published_year = int(published[:4]) if published else None

    # -- candidates -------------------------------------------------------------------------
    def ner_person_spans(self) -> list[tuple[int, int, str]]:
        return [(e.start_char, e.end_char, e.label_) for e in self.doc.ents]

    def country_before(self, start: int) -> str | None:
        """'Spaniard Carlos Alcaraz', 'American Madison Keys', "Russia's Daria Kasatkina"."""
        before = self.text[max(0, start - 40) : start]
        m = re.search(r"([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)(?:['’]s)?\s+$", before)
        if not m:
            return None
        word = T.fold(m.group(1))
        if re.search(r"['’]s\s+$", before):
            return self.res.country_names.get(word) or self.res.country_names.get(word.split()[-1])
        last = word.split()[-1] if word else word
        code = (
            self.res.nationality_nouns.get(word)
            or self.res.demonyms.get(word)
            or self.res.nationality_nouns.get(last)
            or self.res.demonyms.get(last)
        )
        if code and NATIONAL_RANK.match(self.text, start):
            return None
        return code

    def cues_after(self, end: int) -> tuple[str | None, int | None, bool]:
        """(nationality, age, strong cue) from what follows a name."""
        after = self.text[end : end + 60]
        nat = None
        age = None
        strong = False
        m = re.match(r"\s*\((?P<code>[A-Z]{3})(?:\s*[x×]?\d{1,2})?\)", after)
        if m and any(code == m.group("code") for code in self.res.country_names.values()):
            nat, strong = m.group("code"), True
        m = re.match(r"\s+of\s+(?:the\s+)?(?P<c>[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})", after)
        if m:
            words = m.group("c").split()
            for n in range(len(words), 0, -1):
                code = self.res.country_names.get(T.fold(" ".join(words[:n])))
                if code:
                    nat, strong = code, True
                    break
        m = re.match(r"\s*,\s*(?P<age>\d{2})\s*,", after)
        if m and 14 <= int(m.group("age")) <= 45:
            age, strong = int(m.group("age")), True
        if re.match(r"\s*\((?:\d{1,2}|[A-Z]{3}\s*[x×]?\d{1,2}|WC|Q|LL|PR)\)", after):
            strong = True
        return nat, age, strong

    def age_before(self, start: int) -> int | None:
        m = re.search(r"\b(\d{1,2})-year-old\s+(?:[A-Z][a-z]+\s+)?$", self.text[max(0, start - 40) : start])
        return int(m.group(1)) if m else None

    def role_of(self, start: int, end: int) -> str | None:
        """A title that makes the named person a non-player: 'his coach X', 'X, the tournament director'."""
        before = T.fold(self.text[max(0, start - 50) : start])
        after = T.fold(self.text[end : end + 60])
        roles = role_patterns(self.res)
        m = roles.before.search(before)
        if m:
            return m.group("role")
        m = roles.apposition.match(after)
        if m and re.match(r"\s*,", self.text[end : end + 3]):
            return m.group("role")
        m = roles.bracket.match(after)
        if m:
            return m.group("role")
        if re.search(r"\b(?:coached|trained|managed|umpired|represented)\b[^.]{0,30}\bby\s*$", before):
            return "coach"
        if re.match(r"\s*,\s*who\s+(?:coached|coaches|trains|trained|manages|managed|umpired|runs|ran|directs|organises|organizes)\b", self.text[end : end + 40]):
            return "coach"
        if re.match(r"['’]s\s+(?:[A-Z][a-z]+\s+)?([A-Z][a-z]+)\b", self.text[end : end + 30]):
            team = re.match(r"['’]s\s+(?:[A-Z][a-z]+\s+)?([A-Z][a-z]+)\b", self.text[end : end + 30]).group(1)
            if T.fold(team) in self.res.country_names:
                return "captain"  # "Tathiana Garbin's Italy": a team named by its captain
        return None

    def next_to_play(self, start: int, end: int) -> bool:
        """A name right beside a verb of play, or a doubles partner's slash: 'lost to X', 'X beat',
        'beating A and B', 'A/B (AUS) bt'."""
        before = self.text[max(0, start - 60) : start]
        after = self.text[end : end + 80]
        if re.search(r"/\s*$", before) or re.match(r"\s*/\s*[A-Z]", after):
            return True
        # A pairing in a schedule or results line: "Misolic - Fritz", "Sinner v Alcaraz".
        if re.match(r"\s+(?:-|–|v|vs\.?)\s+(?:de\s+|van\s+)?[A-Z]", after) or re.search(r"[A-Za-z]\s+(?:-|–|v|vs\.?)\s+$", before):
            return True
        if RE_BEFORE_PLAYER.search(before):
            return True
        return RE_AFTER_PLAYER.match(after) is not None

    def play_context(self, start: int, end: int) -> bool:
        si = self.lay.sentence_at(start)
        if si is None:
            return False
        s = self.lay.sentences[si]
        return RE_PLAY_CUE.search(self.text, s.start, s.end) is not None

    def is_event_name(self, words: list[str]) -> bool:
        folded = [T.fold(w) for w in words]
        if any(w in EVENT_WORDS for w in folded):
            return True
        joined = " ".join(folded)
        return joined in self.res.country_names or joined in self.res.demonyms

    def is_place_or_nation(self, folded: str) -> bool:
        """A single word that names a nation, a nationality or a host city is no player's name."""
        singular = folded[:-1] if folded.endswith("s") else folded
        return (
            folded in self.res.nationality_nouns
            or singular in self.res.nationality_nouns
            or folded in self.res.demonyms
            or folded in self.res.country_names
            or folded in self.cities
        )

    def followed_by_event_word(self, end: int) -> bool:
        m = re.match(r"[\s'’s]*([A-Z][a-z]+)", self.text[end : end + 20])
        return bool(m and T.fold(m.group(1)) in EVENT_WORDS)

    def preceded_by_event_word(self, start: int) -> bool:
        m = re.search(r"\b(Court|Stade|Stadio|Campo|Arena|Estadio)\s+$", self.text[max(0, start - 12) : start])
        return m is not None

    def collect(self) -> list[Candidate]:
        text = self.text
        story = self.lay.paragraphs
        persons = [(s, e) for s, e, label in self.ner_person_spans() if label == "PERSON"]
        any_ent = [(s, e) for s, e, _ in self.ner_person_spans()]
        found: list[Candidate] = []
        for m in (m for b in story for m in RE_BRACKET_NAME.finditer(text, b.start, b.end)):
            found.append(Candidate(m.start(), m.end(), f"{m.group('first')} {m.group('last')}", "bracket"))
        for start, end in name_candidates(text, story, self.res.family_first):
            if any(c.start <= start < c.end for c in found) or in_cruft(self.doc, start, end):
                continue
            words = text[start:end].split()
            if (
                self.is_event_name(words)
                or self.followed_by_event_word(end)
                or self.preceded_by_event_word(start)
                or T.fold(" ".join(words)) in self.event_names
                or T.fold(" ".join(words)) in self.cities
            ):
                continue
            # Leading nationality word: "Spaniard Carlos Alcaraz" -> cue + name.
            lead = T.fold(words[0])
            if len(words) > 1 and (lead in self.res.nationality_nouns or lead in self.res.demonyms):
                start = start + len(words[0]) + 1
                words = words[1:]
            # "Top-seeded Andre Agassi", "Captain Michael Kohlmann": a modifier, not a first name.
            while len(words) > 1 and (RE_MODIFIER.fullmatch(words[0]) or T.fold(words[0]) in self.res.roles):
                start = start + len(words[0]) + 1
                words = words[1:]
            name = " ".join(words)
            folded = T.fold(name)
            if re.match(r"['’]s\s+[A-Z][a-z]+\s+[A-Z]", text[end : end + 40]):
                continue  # "Ohio State's Alex Martens", "Spain's Carlos Alcaraz": an affiliation
            if len(words) == 1 and (len(name) < 3 or name.isupper()):
                continue  # an initial ("M."), a "Q:" of a transcript, a country code ("ARG")
            known = self.res.player_index.get(folded)
            nat_b = self.country_before(start)
            nat_a, age_a, strong = self.cues_after(end)
            ner = any(s <= start < e or start <= s < end for s, e in persons)
            other_ent = any(s <= start < e or start <= s < end for s, e in any_ent)
            age = age_a or self.age_before(start)
            cand = Candidate(start, end, name, "", nat_b or nat_a, age)
            if len(words) >= 2:
                if known is not None:
                    cand.source = "gazetteer"
                elif ner or strong or nat_b or age is not None or self.next_to_play(start, end):
                    cand.source = "ner" if ner else "cue"
                elif self.play_context(start, end) and not self.has_ner:
                    cand.source = "cue"
                elif other_sport(self.doc, start) and all(re.fullmatch(r"[A-Z][a-z'’-]+", w) for w in words):
                    cand.source = "other sport"  # an athlete of another sport: kept as a person for quotes
                else:
                    if self.role_of(start, end) is None:
                        self.weak.append((start, end, name))
                    continue
            else:
                if self.is_place_or_nation(folded) or re.search(r"\b(?:from|in|at|near|of|to)\s+$", text[max(0, start - 6) : start]):
                    continue
                if known is not None:
                    cand.source = "gazetteer"
                elif ner or strong or self.next_to_play(start, end):
                    cand.source = "single"
                elif other_ent and self._known_surname(folded) and self.play_context(start, end):
                    cand.source = "single"
                else:
                    continue
            cand.role = "athlete of another sport" if other_sport(self.doc, start) else self.role_of(start, end)
            found.append(cand)
        found.sort(key=lambda c: c.start)
        return found

    def _known_surname(self, folded: str) -> bool:
        return folded in role_patterns(self.res).surnames

    # -- building players -------------------------------------------------------------------
    def build(self) -> None:
        cands = self.collect()
        full = [c for c in cands if len(c.name.split()) >= 2]
        single = [c for c in cands if len(c.name.split()) == 1]
        groups: dict[str, list[Candidate]] = {}
        for c in sorted(full, key=lambda c: -len(c.name.split())):
            groups.setdefault(self._identity(c.name, groups), []).append(c)
        surname_owner: dict[str, set[str]] = {}
        for key, cs in groups.items():
            for s in self._surname_keys(cs[0].name):
                surname_owner.setdefault(s, set()).add(key)
        ambiguous = {s for s, owners in surname_owner.items() if len(owners) > 1}
        self.shared = {s: sorted({groups[k][0].name for k in surname_owner[s]}) for s in ambiguous}
        for key, cs in groups.items():
            roles = [c.role for c in cs if c.role]
            if roles:
                name = max((c.name for c in cs), key=lambda n: len(n.split()))
                self.people[key] = PersonFact(key, name, roles[0], [(c.start, c.end) for c in cs])
                continue
            name = max((c.name for c in cs), key=lambda n: len(n.split()))
            known = self.res.player_index.get(T.fold(name))
            p = PlayerFact(key, name, gender=known.gender if known else None)
            for c in cs:
                p.mentions.append((c.start, c.end))
                p.nationality = p.nationality or c.nationality
                p.age = p.age or c.age
            self.players[key] = p
        # Single words: surnames of players above, famous first names, or surname-only players.
        for c in single:
            folded = T.fold(c.name)
            owners = surname_owner.get(T.fold_chars(c.name), set())
            if len(owners) == 1:
                (key,) = owners
                target = self.players.get(key) or self.people.get(key)
                if target is not None:
                    target.mentions.append((c.start, c.end))
                    if isinstance(target, PlayerFact):
                        target.nationality = target.nationality or c.nationality
                        target.age = target.age or c.age
                continue
            if owners:
                continue
            # A first name alone ("Sorana", "Denis") for a player named in full in this article.
            first_of = {k for k, p in self.players.items() if T.fold(p.name).split()[0] == folded and len(p.name.split()) > 1}
            if len(first_of) == 1:
                self.players[first_of.pop()].mentions.append((c.start, c.end))
                continue
            known = self.res.player_index.get(folded)
            if known is not None:
                key = self._identity(known.name, {k: [] for k in self.players})
                if key in self.players:
                    self.players[key].mentions.append((c.start, c.end))
                    continue
            if c.role:
                self.people.setdefault(folded, PersonFact(folded, c.name, c.role)).mentions.append((c.start, c.end))
                continue
            p = self.players.setdefault(folded, PlayerFact(folded, c.name, gender=known.gender if known else None))
            p.mentions.append((c.start, c.end))
            p.nationality = p.nationality or c.nationality
            p.age = p.age or c.age
        for key, p in self.players.items():
            if len(p.name.split()) == 1:
                owners = surname_owner.setdefault(T.fold_chars(p.name), set())
                owners.add(key)
        self._upgrade_weak(surname_owner)
        self._link_bare_surnames(surname_owner, ambiguous)

    def _upgrade_weak(self, owners: dict[str, set[str]]) -> None:
        """A full name seen without evidence ("CHARLOTTESVILLE — Marcus Delaney has spent ...")
        is the player whose bare surname the article uses as a player elsewhere."""
        for start, end, name in self.weak:
            surname = T.fold_chars(name.split()[-1])
            keys = owners.get(surname, set())
            if len(keys) != 1:
                continue
            (key,) = keys
            p = self.players.get(key)
            if p is None or len(p.name.split()) != 1:
                continue
            p.name = name
            p.mentions.append((start, end))

    def _identity(self, name: str, existing: dict) -> str:
        """The key of the player this full name denotes: the same folded name, the same known
        player, or the same surname with a compatible first name (Rafa / Rafael, J. / Jannik)."""
        folded = T.fold(name)
        if folded in existing:
            return folded
        known = self.res.player_index.get(folded)
        words = folded.split()
        for key in existing:
            other = key.split()
            if known is not None and self.res.player_index.get(key) is known:
                return key
            # "Davidovich Fokina" after "Alejandro Davidovich Fokina": a surname of two words;
            # "Tomás Martín" before "Tomás Martín Etcheverry": the same name cut short.
            if len(other) > len(words) >= 2 and (other[-len(words) :] == words or other[: len(words)] == words):
                return key
            if other[-1] == words[-1] and len(other) >= 2 and len(words) >= 2:
                a, b = other[0], words[0]
                if a.startswith(b) or b.startswith(a):
                    return key
        return folded

    def _surname_keys(self, name: str) -> list[str]:
        words = T.fold_chars(name).split()
        keys = [words[-1]]
        raw = name.split()
        # "Juan Martin del Potro", "Alex de Minaur": the surname starts at the particle.
        for i, w in enumerate(raw[1:], 1):
            if re.fullmatch(PARTICLE, w, re.IGNORECASE):
                keys.insert(0, " ".join(words[i:]))
                break
        if len(words) >= 3:
            keys.append(" ".join(words[-2:]))
        # "Zheng Qinwen", "Kim Soon-woo": a family name written first is referred to on its own.
        if len(words) == 2 and T.fold(words[0]) in self.res.family_first:
            keys.append(words[0])
        # "Đoković" folds letter for letter to "dokovic": let "Djokovic" be found in that spelling too.
        keys += [k.replace("dj", "d") for k in keys if "dj" in k]
        return keys

    def _link_bare_surnames(self, owners: dict[str, set[str]], ambiguous: set[str]) -> None:
        """Every capitalised occurrence of a known surname in story text is a mention, whatever the
        NER called it ("Norrie" as GPE, "Alcaraz’s" as ORG)."""
        taken = [m for p in self.players.values() for m in p.mentions] + [
            m for p in self.people.values() for m in p.mentions
        ]
        keys = sorted(owners, key=len, reverse=True)
        if not keys:
            return
        pattern = T.phrase_pattern(keys)
        folded_text = T.fold_chars(self.text)
        unlinked: dict[str, int] = {}
        for pi, block in enumerate(self.lay.paragraphs):
            for m in pattern.finditer(folded_text, block.start, block.end):
                s, e = m.start(), m.end()
                if not self.text[s].isupper():
                    continue
                if any(a < e and s < b for a, b in taken):
                    continue
                keys_here = owners[m.group(0)]
                key = next(iter(keys_here)) if len(keys_here) == 1 else self._local_owner(keys_here, pi, s)
                if key is None:
                    unlinked[m.group(0)] = unlinked.get(m.group(0), 0) + 1
                    continue
                target = self.players.get(key) or self.people.get(key)
                if target is None:
                    continue
                target.mentions.append((s, e))
                taken.append((s, e))
        for surname, names in getattr(self, "shared", {}).items():
            left = unlinked.get(surname, 0)
            detail = f"{left} bare mention(s) left unlinked" if left else "bare mentions linked only where one of them was just named"
            warn(self.doc, f"surname '{surname.title()}' is shared by {' and '.join(names)}: {detail}")

    def _local_owner(self, keys: set[str], para: int, pos: int) -> str | None:
        """A shared surname ("Murray" with Andy and Jamie in the article) is linked only where the
        context settles it: exactly one of the namesakes was named (in full or by first name) in
        this paragraph or the one before. Otherwise it stays unlinked; the record warns either way."""
        lo = self.lay.paragraphs[max(0, para - 1)].start
        named = set()
        for key in keys:
            target = self.players.get(key) or self.people.get(key)
            if target is None:
                continue
            first = T.fold(target.name).split()[0]
            for a, b in target.mentions:
                if lo <= a < pos and (len(self.text[a:b].split()) > 1 or T.fold(self.text[a:b]) == first):
                    named.add(key)
        return named.pop() if len(named) == 1 else None

    # -- references: names, descriptors ----------------------------------------------------
    def build_refs(self) -> None:
        refs = [Ref(s, e, p.key, "name") for p in self.players.values() for s, e in p.mentions]
        refs += [Ref(s, e, p.key, "person") for p in self.people.values() for s, e in p.mentions]
        refs.sort(key=lambda r: r.start)
        descriptors = []
        for block in self.lay.paragraphs:
            for m in RE_DESCRIPTOR.finditer(self.text, block.start, block.end):
                d = self._descriptor(m)
                if d is not None:
                    descriptors.append(d)
        self.refs = refs
        for m, info in descriptors:
            key = self._resolve_descriptor(m, info)
            if key is None:
                continue
            end = m.end()
            while self.text[end - 1].isspace():
                end -= 1
            ref = Ref(m.start(), end, key, "descriptor")
            self._insert_ref(ref)
            p = self.players[key]
            if info.get("nat") and p.nationality is None:
                p.nationality = info["nat"]
            if info.get("age") and p.age is None:
                p.age = info["age"]

    def _insert_ref(self, ref: Ref) -> None:
        self.refs.append(ref)
        self.refs.sort(key=lambda r: r.start)

    def _descriptor(self, m: re.Match[str]) -> tuple[re.Match[str], dict] | None:
        info: dict = {}
        # "the world No. 1 ranking", "the top seed's box": a title, not a player.
        if re.match(r"\s*(?:ranking|rankings|spot|position|place|status|['’]s\s+(?:ranking|spot))\b", self.text[m.end() : m.end() + 12]):
            return None
        # "the Italian Open", "the Dane Holger Rune": an adjective or a title before a name; but
        # "the British No 2" describes a player by nation.
        national_rank = re.match(r"\s+No\.?\s*\d", self.text[m.end() : m.end() + 8]) and m.group("noun")
        if not national_rank and re.match(r"\s*[A-Z]", self.text[m.end() : m.end() + 3]) and not re.match(r"\s*(?:I|He|She)\b", self.text[m.end() : m.end() + 5]):
            return None
        if m.group("age"):
            info["age"] = int(m.group("age"))
        if m.group("rank"):
            info["rank"] = ("world", _number(m.group("wrank")))
        if m.group("toprank"):
            info["rank"] = ("world", 1)
        if m.group("seed"):
            n = _ordinal(m.group("sord")) if m.group("sord") else _number(m.group("sno"))
            info["rank"] = ("seed", n)
        noun = m.group("noun")
        if noun:
            folded = T.fold(noun)
            if folded in self.res.nationality_nouns:
                info["nat"] = self.res.nationality_nouns[folded]
            elif noun[0].isupper() and not re.match(r"No\.?|[Nn]umber|World", noun):
                if not info:
                    return None
                # "the 22-year-old Spanish" is rare; a capitalised word that is no nationality ends the phrase
            else:
                info["role"] = folded
        if m.group("seed2"):
            info["rank"] = ("seed", _ordinal(m.group("sord2")))
        if not info:
            return None
        if national_rank and "nat" not in info and T.fold(m.group("noun")) in self.res.demonyms:
            info["nat"] = self.res.demonyms[T.fold(m.group("noun"))]
        if "nat" in info and not national_rank and not (m.group("age") or m.group("rank") or m.group("seed")) and folded in self.res.demonyms:
            # "the American" names a player; "the American swing" does not: an adjective is
            # followed by its noun, a description by a verb, punctuation or a relative pronoun.
            nxt = re.match(r"\s+([a-z]+)", self.text[m.end() : m.end() + 20])
            if nxt and not _verbish(nxt.group(1)):
                return None
        return m, info

    def _rank_holders(self) -> dict[tuple[str, int], set[str]]:
        """Who the text names with a rank outright ("world No 1 Novak Djokovic", "Sinner, the top
        seed,"): a rank belongs to one player at a time, so a description of it points to them."""
        if getattr(self, "_holders", None) is not None:
            return self._holders
        holders: dict[tuple[str, int], set[str]] = {}
        for key, p in self.players.items():
            for a, b in p.mentions:
                before = self.text[max(0, a - 30) : a]
                after = self.text[b : b + 40]
                for m in (RE_RANK_BEFORE.search(before), RE_RANK_AFTER.match(after)):
                    if m is None or m.group("former"):
                        continue
                    if m.group("wn"):
                        holders.setdefault(("world", _number(m.group("wn"))), set()).add(key)
                    elif m.group("so"):
                        holders.setdefault(("seed", _ordinal(m.group("so"))), set()).add(key)
                    elif m.group("sn"):
                        holders.setdefault(("seed", _number(m.group("sn"))), set()).add(key)
        self._holders = holders
        return holders

    def _resolve_descriptor(self, m: re.Match[str], info: dict) -> str | None:
        nat = info.get("nat")
        age = info.get("age")
        if "rank" in info:
            owners = self._rank_holders().get(info["rank"], set())
            if len(owners) == 1:
                return next(iter(owners))
        # "knocked out the top seed, Jessica Pegula,": the name that follows the description.
        nxt = [r for r in self.refs if r.start >= m.end() and r.kind == "name"]
        initial = self.lay.sentence_at(m.start()) is not None and not self.text[self.lay.sentences[self.lay.sentence_at(m.start())].start : m.start()].strip()
        closed = nxt and re.match(r"\s*[,;:.]", self.text[nxt[0].end : nxt[0].end + 2])
        between = self.text[m.end() : nxt[0].start] if nxt else ""
        if nxt and re.fullmatch(r"\s*,\s*(?:[A-Z][a-z]+(?:['’]s)?\s+)?", between) and (closed or is_object_position(self.text, m.start()) or initial):
            if nxt[0].key in self.players:
                return nxt[0].key
        # "Kuznetsova, the Russian who ...": an appositive describes the name just before it.
        prev = [r for r in self.refs if r.end <= m.start() and r.kind in ("name", "descriptor")]
        closes = re.match(r"\s*(?:[,;.)–—]|who\b|whose\b|which\b|with\b|from\b|of\b|at\b|in\b|and\b|$)", self.text[m.end() : m.end() + 8])
        if prev and closes and RE_APPOSITION_GAP.fullmatch(self.text, prev[-1].end, m.start()) and prev[-1].key in self.players:
            p = self.players[prev[-1].key]
            if not (nat and p.nationality and p.nationality != nat) and not (age and p.age and p.age != age):
                return prev[-1].key
        def compatible(key: str) -> bool:
            p = self.players.get(key)
            if p is None:
                return False
            if nat and p.nationality and p.nationality != nat:
                return False
            if age and p.age and p.age != age:
                return False
            # What the shipped list knows rules a description out, never in: "the Serbian" is not
            # a player listed as Argentine, "the 19-year-old" not one born twenty-five years ago.
            known = self.res.player_index.get(T.fold(p.name))
            if known is not None:
                if nat and known.country and known.country != nat:
                    return False
                born = getattr(known, "born", None)
                year = self.published_year
                if age and born and year and abs(year - born - age) > 1:
                    return False
            return True

        found = resolve_back(self.text, self.lay, self.refs, m.start(), accept=compatible)
        if found is not None:
            return found
        # Else a player the text has already tied to this nationality or age, if there is exactly one.
        for attr, value in (("nationality", nat), ("age", age)):
            if value is None:
                continue
            holders = [k for k, p in self.players.items() if getattr(p, attr) == value]
            if len(holders) == 1:
                return holders[0]
        return None


# Between a name and its appositive: a comma or dash, after an optional "of Russia" ("Nadia Petrova
# of Russia, the 14th seed").
RE_APPOSITION_GAP = re.compile(r"(?:\s+of\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s*[,–—-]\s*")


VERBISH = frozenset(
    """was is has had will who which whose won lost beat said added struggled took broke saved served needed came went
    then now also still could would did made got looked appeared managed held kept never just finally again""".split()
)


def _verbish(word: str) -> bool:
    return word in VERBISH or word.endswith(("ed", "ing")) or (word.endswith("s") and not word.endswith("ss"))


def _number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


def _ordinal(word: str) -> int:
    m = re.match(r"\d+", word)
    return int(m.group(0)) if m else ORDINALS[word.lower()]


def is_object_position(text: str, start: int) -> bool:
    return RE_OBJECT_CUE.search(text[max(0, start - 30) : start]) is not None


def resolve_back(
    text: str,
    lay: Layout,
    refs: list[Ref],
    pos: int,
    *,
    accept=lambda key: True,
    exclude: frozenset[str] = frozenset(),
    kinds: tuple[str, ...] = ("name", "descriptor"),
) -> str | None:
    """The player a description or pronoun at ``pos`` points to: the nearest subject-position
    reference earlier in its sentence, else the subject (first reference) of the sentences before
    it in the same or previous paragraph. References inside quotations are skipped unless ``pos``
    is itself in one. A description in object position ("Norrie beat the Spaniard") excludes the
    player doing the beating."""
    si = lay.sentence_at(pos)
    if si is None:
        return None
    inside = lay.in_quote(pos)
    usable = [r for r in refs if r.kind in kinds and r.start < pos and (inside or not lay.in_quote(r.start))]
    sent = lay.sentences[si]
    here = [r for r in usable if r.start >= sent.start]
    exclude = set(exclude)
    if is_object_position(text, pos) and here:
        exclude.add(here[-1].key)
    for r in reversed(here):
        if r.key not in exclude and accept(r.key) and not is_object_position(text, r.start):
            return r.key
    para = lay.sentence_paragraph[si]
    for sj in range(si - 1, max(-1, si - 4), -1):
        if lay.sentence_paragraph[sj] < para - 1:
            break
        s = lay.sentences[sj]
        in_sent = [r for r in usable if s.start <= r.start < s.end and r.key not in exclude and accept(r.key)]
        subjects = [r for r in in_sent if not is_object_position(text, r.start)]
        if subjects:
            return subjects[0].key
        if in_sent:
            return in_sent[0].key
    return None


def pronoun_refs(doc: Doc, lay: Layout, refs: list[Ref], sent: tuple[int, int]) -> list[Ref]:
    """Pronouns in one sentence resolved to players; ``refs`` may hold pronouns resolved earlier,
    so "She ... She ..." chains follow the player in focus."""
    players = {p.key: p for p in doc._.tennis_players or ()}
    out = []
    for m in RE_PRONOUN.finditer(lay.text, sent[0], sent[1]):
        if lay.in_quote(m.start()):
            continue
        word = m.group("p").lower()
        after = lay.text[m.end() : m.end() + 30]
        # "his loss to", "her win over" name a player; "his fellow Briton", "her parents" do not.
        if word == "his" and not RE_POSSESSIVE_RESULT.match(after):
            continue
        if word == "her" and not (RE_POSSESSIVE_RESULT.match(after) or RE_OBJECT_HER.match(after)):
            continue
        gender = "f" if m.group("p").lower() in ("she", "her") else "m"
        key = resolve_back(
            lay.text, lay, refs, m.start(), accept=lambda k: k in players and players[k].gender in (gender, None),
            kinds=("name", "descriptor", "pronoun"),
        )
        if key is not None:
            out.append(Ref(m.start(), m.end(), key, "pronoun"))
    return out


def article_gender(doc: Doc) -> str | None:
    lay = layout(doc)
    he = she = 0
    for b in lay.paragraphs:
        chunk = lay.text[b.start : b.end]
        he += len(re.findall(r"\b(?:he|his|him)\b", chunk, re.IGNORECASE))
        she += len(re.findall(r"\b(?:she|her|hers)\b", chunk, re.IGNORECASE))
    he += 3 * len(re.findall(r"\b(?:ATP|men's)\b", lay.text))
    she += 3 * len(re.findall(r"\b(?:WTA|women's)\b", lay.text))
    if he > she:
        return "m"
    if she > he:
        return "f"
    return None


@Language.factory(
    "tennis_players",
    default_config={"data_dir": None},
    assigns=["doc._.tennis_players", "doc._.tennis_people", "doc._.tennis_refs"],
    requires=["doc._.tennis_cruft"],
)
def make_players(nlp: Language, name: str, data_dir: str | None) -> "PlayerStage":
    # Whether a statistical NER runs before us, known once (asking each Doc scans all its tokens).
    return PlayerStage(data_dir, has_ner="ner" in nlp.pipe_names)


class PlayerStage:
    def __init__(self, data_dir: str | None = None, has_ner: bool = True) -> None:
        register_extensions()
        self.data_dir = data_dir
        self.has_ner = has_ner

    @guarded('tennis_players', 'tennis_people', 'tennis_refs')
    def __call__(self, doc: Doc) -> Doc:
        finder = PlayerFinder(doc, load_resources(self.data_dir), self.has_ner)
        finder.build()
        finder.build_refs()
        for p in finder.players.values():
            p.mentions.sort()
        doc._.tennis_players = sorted(finder.players.values(), key=lambda p: p.mentions[0][0])
        doc._.tennis_people = list(finder.people.values())
        doc._.tennis_refs = finder.refs
        gender = article_gender(doc)
        for p in doc._.tennis_players:
            p.gender = p.gender or gender
        return doc
