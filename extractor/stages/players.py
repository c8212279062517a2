"""Players: name mentions, surname -> full-name linking, descriptors, nationality and age.

Candidates come from three places, so the stage also works without a statistical model:
capitalised name sequences next to tennis cues (demonyms, "of Britain", "(ESP)", ages, seeds,
verbs of play), the shipped list of notable players, and the NER's PERSON entities when a
model is present. Bare surnames are then linked to the full names seen in the same article,
whatever label the NER gave them.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from extractor import text as T
from extractor.facts import PersonFact, PlayerFact, guarded, register_extensions, warn
from extractor.layout import Layout, in_cruft, layout, other_sport
from extractor.lexicon import tour_word_counts
from extractor.resources import Resources, load_resources
from extractor.verbs import alternation

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

# Verbs of play come from extractor/data/play_verbs.jsonl; these build the patterns around them.


def play_cue_pattern(cue: str) -> re.Pattern[str]:
    """A word of play anywhere in a sentence (roles "cue"): weak evidence that a name is a player's."""
    return re.compile(rf"\b{cue}\b", re.IGNORECASE)


def before_player_pattern(near: str) -> re.Pattern[str]:
    """"lost to X", "win over X", "beating A and X": a name right after a verb or preposition of play."""
    return re.compile(
        rf"""\b(?:
            {near}(?:\s+(?:to|against|by|over))?   # a verb of play, maybe with its preposition
          | win\s+over|victory\s+over|loss\s+to|defeat\s+to   # a result noun and its preposition
          | against|versus|vs\.?                    # a preposition of play alone
        )\s+
        (?:(?:[A-Z][\w'’-]+\s+){{1,3}}(?:and|&)\s+)?$   # "beating A and" before a second name
        """,
        re.VERBOSE,
    )


def after_player_pattern(near: str) -> re.Pattern[str]:
    """"X beat", "X and Y saved": a name right before a verb of play."""
    return re.compile(
        rf"""(?:['’]s)?                                          # "X's"
        (?:\s*,[^,]{{1,40}},)?                                    # ", the top seed,"
        (?:\s*(?:and|&)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}})?   # "and Y": a doubles partner
        \s+(?:(?:has|had|have|was|were|then|also|duly|finally|eventually)\s+)?   # an auxiliary or adverb
        {near}\b
        """,
        re.VERBOSE,
    )


# Capitalised words that modify a name at the start of a sentence: "Top-seeded", "Two-time", "Unseeded".
RE_MODIFIER = re.compile(r"[A-Z][a-z]+-[a-z]+(?:-[a-z]+)*|Unseeded|Defending|Reigning|Veteran|Teenager|Qualifier|Wildcard|Instead|Meanwhile|Elsewhere|Later|Earlier|Also|Both|Then|Now|Grass|Clay")

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
class PlayerGazetteer:
    """What the players stage derives from one set of rule data, built once per pipeline: titles
    that make a named person a non-player, the notable players' surnames, and the names of
    events, venues and host cities that are no player's name."""

    res: Resources
    before: re.Pattern[str]  # "his coach X", "tournament director X"
    apposition: re.Pattern[str]  # "X, his coach,"
    bracket: re.Pattern[str]  # "X (coach)"
    surnames: frozenset[str]
    event_names: frozenset[str]
    cities: frozenset[str]
    play_cue: re.Pattern[str]  # a word of play in the sentence
    before_player: re.Pattern[str]  # "lost to X"
    after_player: re.Pattern[str]  # "X beat"

    @classmethod
    def build(cls, res: Resources) -> "PlayerGazetteer":
        near = alternation(res.play_verbs, "near")
        alts = "|".join(re.escape(r) for r in sorted(res.roles, key=len, reverse=True)) or "(?!)"
        return cls(
            res=res,
            before=re.compile(rf"(?:^|\s)(?P<role>{alts})(?:\s+\w+){{0,1}}\s*$"),
            apposition=re.compile(rf"\s*(?:the|his|her|their|a|an|\w+ s|\w+)?\s*(?:\w+\s+){{0,2}}?(?P<role>{alts})\b"),
            bracket=re.compile(rf"\s*\(\s*(?P<role>{alts})\b"),
            surnames=frozenset(T.fold(p.name).split()[-1] for p in res.players if T.fold(p.name)),
            event_names=frozenset(T.fold(n) for e in (*res.tournaments, *res.venues) for n in (e.name, *e.aliases)),
            cities=frozenset(T.fold(c) for c in {t.city for t in res.tournaments} | {v.city for v in res.venues} if c),
            play_cue=play_cue_pattern(alternation(res.play_verbs, "cue")),
            before_player=before_player_pattern(near),
            after_player=after_player_pattern(near),
        )


class PlayerFinder:
    """Finds players and other named people in one Doc (a fresh instance per Doc)."""

    def __init__(self, doc: Doc, gaz: PlayerGazetteer, has_ner: bool = True) -> None:
        self.doc = doc
        self.lay: Layout = layout(doc)
        self.text = self.lay.text
        self.has_ner = has_ner
        self.gaz = gaz
        self.res = gaz.res
        self.event_names = gaz.event_names
        self.cities = gaz.cities
        self.players: dict[str, PlayerFact] = {}
        self.people: dict[str, PersonFact] = {}
        self.weak: list[tuple[int, int, str]] = []  # full names seen without any player evidence
        self.shared: dict[str, list[str]] = {}  # surname -> the full names sharing it

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
        roles = self.gaz
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
        if self.gaz.before_player.search(before):
            return True
        return self.gaz.after_player.match(after) is not None

    def play_context(self, start: int, end: int) -> bool:
        si = self.lay.sentence_at(start)
        if si is None:
            return False
        s = self.lay.sentences[si]
        return self.gaz.play_cue.search(self.text, s.start, s.end) is not None

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
        return folded in self.gaz.surnames

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
        # Sorted: the record's warnings come out in the same order in every process.
        ambiguous = sorted(s for s, owners in surname_owner.items() if len(owners) > 1)
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

    def _link_bare_surnames(self, owners: dict[str, set[str]], ambiguous: list[str]) -> None:
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
        for surname, names in self.shared.items():
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


def article_gender(doc: Doc) -> str | None:
    lay = layout(doc)
    he = she = 0
    for b in lay.paragraphs:
        chunk = lay.text[b.start : b.end]
        he += len(re.findall(r"\b(?:he|his|him)\b", chunk, re.IGNORECASE))
        she += len(re.findall(r"\b(?:she|her|hers)\b", chunk, re.IGNORECASE))
    men, women = tour_word_counts(lay.text)
    he += 3 * men
    she += 3 * women
    if he > she:
        return "m"
    if she > he:
        return "f"
    return None


@Language.factory(
    "tennis_players",
    default_config={"data_dir": None},
    assigns=["doc._.tennis_players", "doc._.tennis_people", "doc._.tennis_warnings"],
    requires=["doc._.tennis_cruft", "doc._.tennis_other_sport"],
)
def make_players(nlp: Language, name: str, data_dir: str | None) -> "PlayerStage":
    # Whether a statistical NER runs before us, known once (asking each Doc scans all its tokens).
    return PlayerStage(data_dir, has_ner="ner" in nlp.pipe_names)


class PlayerStage:
    def __init__(self, data_dir: str | None = None, has_ner: bool = True) -> None:
        register_extensions()
        self.data_dir = data_dir
        self.has_ner = has_ner

    @functools.cached_property
    def gazetteer(self) -> PlayerGazetteer:
        return PlayerGazetteer.build(load_resources(self.data_dir))

    @guarded('tennis_players', 'tennis_people')
    def __call__(self, doc: Doc) -> Doc:
        finder = PlayerFinder(doc, self.gazetteer, self.has_ner)
        finder.build()
        for p in finder.players.values():
            p.mentions.sort()
        doc._.tennis_players = sorted(finder.players.values(), key=lambda p: p.mentions[0][0])
        doc._.tennis_people = list(finder.people.values())
        gender = article_gender(doc)
        for p in doc._.tennis_players:
            p.gender = p.gender or gender
        return doc
