"""Name candidates of one Doc: capitalised name sequences with their cues (demonyms, "of Britain",
"(ESP)", ages, verbs of play), the notable-players list, and the statistical NER's PERSON entities
where it ran. Drafted before the NER (``tennis_candidates``: what is settled without it, and the
sentences it must read) and finished after it (``tennis_players``).
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc

from extractor.refs.cues import age_before, country_before, cues_after
from extractor.refs.descriptors import rank_cue
from extractor.refs.drafts import PENDING, CandidateDraft, Cues, sole_first_names
from extractor.refs.headlines import headline_names
from extractor.refs.name_lists import listed_with
from extractor.refs.names import (
    RE_AFFILIATION,
    RE_BRACKET_NAME,
    RE_PLACE_PREPOSITION,
    RE_PLAIN_WORD,
    Candidate,
    PlayerGazetteer,
    is_place_or_nation,
    name_candidates,
    next_to_play,
    not_a_name,
    play_context,
    player_slot,
    role_of,
    strip_modifiers,
)
from extractor.refs.siblings import sibling_surnames
from extractor.refs.slots import JOIN_GAP, Slot, SlotKind, coordinated
from extractor.refs.written import (
    match_up,
    place_in_text,
    shouted_name,
    surname_keys,
    team_or_event_place,
    written_name,
)
from extractor.text import plain as T
from extractor.text.layout import Layout, layout, title_case

# Auxiliaries that open a question or an inverted clause ("Should X win, ...", "Can X beat Y?").
OPENERS = frozenset("Will Can Could Should Would Does Did Do Has Have Had Is Was Were Are Might Must Shall".split())
RE_ABBREVIATION_AFTER = re.compile(r"\.,")  # "Ont.,", "Calif.,": a word cut short, no name
RE_SUBJECT_PRONOUN = re.compile(r"[\"“‘'(]?(?:He|She|They)\b")  # a sentence that opens on its subject pronoun
RE_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")  # "the Roman", "The Australian": a noun after an article
RE_GROUP_AFTER = re.compile(
    r"(?:['’]s?)?\s+(?:brothers|sisters|twins|siblings|family|duo|pair)\b", re.I
)  # "the Bryan brothers"
RE_POSSESSED = re.compile(r"['’]s\s+((?:[A-Z][\w-]+\s?){1,3})")


class CandidateCollector:
    """The name candidates of one Doc (a fresh instance per Doc)."""

    def __init__(self, doc: Doc, gaz: PlayerGazetteer, has_ner: bool = True) -> None:
        self.doc = doc
        self.lay: Layout = layout(doc)
        self.text = self.lay.text
        self.has_ner = has_ner
        self.gaz = gaz
        self.res = gaz.res
        self.weak: list[tuple[int, int, str]] = []  # full names seen without any player evidence
        self.pending: list[tuple[Candidate, list[str]]] | None = None  # set while drafting
        self._slots: dict[tuple[int, int, bool], Slot | None] = {}
        self._titles: dict[tuple[int, int], str | None] = {}
        self._cues: dict[tuple[int, int, bool], Cues] = {}
        self._keys: dict[str, tuple[str, ...]] = {}  # a full name's surname keys (written.surname_keys)
        self.paired: set[int] = set()  # names of a hyphenated pairing ("Paolini-Gauff")
        # The page cruft and the parts about another sport, read off the Doc once (layout.in_cruft, other_sport)
        self.cruft = [(c.start, c.end) for c in doc._.tennis_cruft or ()]
        self.other_sport = list(doc._.tennis_other_sport or ())

    def draft(self) -> CandidateDraft:
        """The candidates as far as they can be settled before the NER runs (see CandidateDraft)."""
        self.pending = []
        found = self.collect()
        spans = self.ner_spans(found, self.pending)
        draft = CandidateDraft(found, self.pending, list(self.weak), spans, self._slots, self._titles, self._cues)
        self.pending, self.weak = None, []
        return draft

    def ner_spans(self, found: list[Candidate], pending: list[tuple[Candidate, list[str]]]) -> list[tuple[int, int]]:
        """The story sentences holding a pending candidate whose outcome the NER can change. A bare
        surname of someone named in full here, with no cue of its own, is not one: it is linked
        to that person whether the NER calls it a name or not."""
        if not self.has_ner:
            return []
        surnames = {k for c in found if len(c.name.split()) >= 2 for k in self._surname_keys(c.name)}
        first_names = sole_first_names(found)
        spans = set()
        for cand, words in pending:
            bare = len(words) == 1 and cand.nationality is None and cand.age is None
            if bare and (T.fold_chars(cand.name) in surnames or T.fold(cand.name) in first_names):
                continue
            si = self.lay.sentence_at(cand.start)
            if si is not None:
                spans.add((self.lay.sentences[si].start, self.lay.sentences[si].end))
        return sorted(spans)

    def collect(self, draft: CandidateDraft | None = None) -> list[Candidate]:
        """Every name candidate with its cues; with a ``draft``, only its pending candidates are
        decided again, now that the NER has run where they needed it."""
        ents = [(e.start_char, e.end_char, e.label_) for e in self.doc.ents]
        persons = [(s, e) for s, e, label in ents if label == "PERSON"]
        any_ent = [(s, e) for s, e, _ in ents]
        if draft is not None:
            self._slots, self._titles, self._cues = dict(draft.slots), dict(draft.titles), dict(draft.cues)
            found = list(draft.found)
            first_names = sole_first_names(draft.found)
            skipped = self.doc._.tennis_ner_skipped or []
            undecided: list[tuple[Candidate, list[str]]] = []
            for cand, words in draft.pending:
                # Where the NER left a sentence unread (its budget for a very long text), the
                # candidate is decided as without a statistical model.
                read = self.has_ner and not any(a <= cand.start < b for a, b in skipped)
                decided = self.candidate(cand.start, cand.end, words, persons, any_ent, has_ner=read)
                if decided is None and len(words) == 1 and T.fold(cand.name) in first_names:
                    # "Sascha" after "Sascha Zverev": the one person of that first name named here.
                    cand.source, cand.role = "first name", self.role(cand.start, cand.end)
                    decided = cand
                if decided is not None:
                    found.append(decided)
                else:
                    undecided.append((cand, words))
            found += self._partners(found, undecided)
            taken = {(c.start, c.end) for c in found}
            self.weak = sorted(w for w in draft.weak + self.weak if (w[0], w[1]) not in taken)
            found.sort(key=lambda c: c.start)
            return found
        text = self.text
        story = self.lay.paragraphs
        found: list[Candidate] = []
        for m in (m for b in story for m in RE_BRACKET_NAME.finditer(text, b.start, b.end)):
            found.append(Candidate(m.start(), m.end(), f"{m.group('first')} {m.group('last')}", "bracket"))
        brackets = list(found)  # name sequences never overlap one another, only a bracketed insert
        titles = {i for i, p in enumerate(story) if title_case(text[p.start : p.end])}
        headline: list[tuple[int, int]] = []
        named: list[tuple[int, int, list[str]]] = []
        for start, end in name_candidates(text, story, self.res.family_first):
            if any(c.start <= start < c.end for c in brackets) or any(a < end and start < b for a, b in self.cruft):
                continue
            if titles and self._paragraph_of(start) in titles:
                headline.append((start, end))  # read once the story's names are known
                continue
            words = text[start:end].split()
            if not_a_name(text, start, end, words, self.gaz):
                continue
            start, words = self._question_opener(start, words)
            start, words = strip_modifiers(start, words, self.res, text[end : end + 40])
            words = shouted_name(words, text)  # "DJOKOVIC WINS": the verb is no part of the name
            skip, _ = written_name(words, text, self.res.family_first)
            if skip:  # "Chinese Taipei HSU Yu-hsiou": the name starts at the family name in capitals
                start = text.index(words[skip], start)
                words = words[skip:]
            pair = match_up(text, start, words, self.gaz.surnames) if len(words) <= 2 else None
            for a, ws in pair or [(start, words)]:  # "Paolini-Gauff": two players' surnames, a pairing
                if pair:
                    self.paired.add(a)
                if not self._described(a, a + len(" ".join(ws)), ws):
                    named.append((a, a + len(" ".join(ws)), ws))
        siblings = sibling_surnames(text, [(a, b) for a, b, _ in named], self.gaz.first_names, self.gaz.surnames)
        for start, end, words in named:
            if (start, end) in siblings:
                words = words + siblings[(start, end)]  # "Karolina and Kristyna Pliskova": Karolina Pliskova
            cand = self.candidate(start, end, words, persons, any_ent)
            if cand is not None:
                found.append(cand)
        if self.pending is not None:
            promoted = self._partners(found, self.pending)
            promoted += self._named_before_a_pronoun(self.pending, [(a, b) for a, b, _ in named], promoted)
            found += promoted
            self.pending = [(c, w) for c, w in self.pending if c not in promoted]
        found += headline_names(text, headline, found, self._surname_keys, self.res.player_index)
        found.sort(key=lambda c: c.start)
        return found

    def _named_before_a_pronoun(
        self, pending: list[tuple[Candidate, list[str]]], spans: list[tuple[int, int]], done: list[Candidate]
    ) -> list[Candidate]:
        """Names the next sentence takes up with a pronoun in a player's slot, no other name between
        ("Iker Arrieta arrived in Rotterdam on a run of four wins. He completed a 6-2 6-2 upset of
        X"; "A and B came in short of practice. They beat ..."): the pronoun's player is the name."""
        out: list[Candidate] = []
        starts = sorted(a for a, _ in spans)
        for cand, words in pending:
            if cand in done or len(words) < 2:
                continue
            si = self.lay.sentence_at(cand.start)
            if si is None or si + 1 >= len(self.lay.sentences):
                continue
            nxt = self.lay.sentences[si + 1]
            pair = [(a, b) for a, b in spans if a > cand.end and coordinated(self.text, cand.start, cand.end, a, b)] + [
                (a, b) for a, b in spans if b <= cand.start and coordinated(self.text, a, b, cand.start, cand.end)
            ]
            last = max([cand.end] + [b for _, b in pair])
            m = RE_SUBJECT_PRONOUN.match(self.text, nxt.start)
            if m is None or (m.group(0) == "They") != bool(pair):
                continue
            later = bisect.bisect_right(starts, last)
            if later < len(starts) and starts[later] < m.start():
                continue  # another name stands between
            first = min([cand.start] + [a for a, _ in pair])
            earlier = bisect.bisect_left(starts, first)
            if earlier > 0 and starts[earlier - 1] >= self.lay.sentences[si].start:
                continue  # not the first name of its sentence: the pronoun takes up the subject
            slot = self.slot(m.start(), m.end())
            if slot is not None and slot.kind == SlotKind.RESULT:
                cand.source, cand.role = "pronoun slot", self.role(cand.start, cand.end)
                out.append(cand)
        return out

    def _paragraph_of(self, pos: int) -> int | None:
        si = self.lay.sentence_at(pos)
        return None if si is None else self.lay.sentence_paragraph[si]

    def _partners(self, found: list[Candidate], undecided: list[tuple[Candidate, list[str]]]) -> list[Candidate]:
        """Undecided names joined to a player by "and", "/", "partnering", "and his partner" ("Iker
        Olabarri and Unai Zubizarreta came into the tournament"), or listed with one ("A, B and C"): the
        conjunct of a player is a person as much as the player is, and a player unless a title says otherwise."""
        players = sorted(((c.start, c.end) for c in found if not c.role), key=lambda x: x[0])
        longest = max((b - a for a, b in players), default=0)
        left = [(c, w) for c, w in undecided if not (len(w) == 1 and self.lay.in_quote(c.start))]
        promoted: list[Candidate] = []
        changed = True
        while changed and left:
            changed = False
            for cand, words in list(left):
                # Names joined to it end at most JOIN_GAP before it or start at most JOIN_GAP after it.
                lo = bisect.bisect_left(players, (cand.start - JOIN_GAP - longest,))
                hi = bisect.bisect_left(players, (cand.end + JOIN_GAP + 1,))
                if any(coordinated(self.text, a, b, cand.start, cand.end) for a, b in players[lo:hi]):
                    cand.source = "partner"
                elif listed_with(self.text, cand.start, cand.end, players, self.gaz.event_names):
                    cand.source = "listed"  # "Also through: A, B and C" with B a player
                else:
                    continue
                cand.role = self.role(cand.start, cand.end)
                promoted.append(cand)
                left.remove((cand, words))
                if not cand.role:
                    bisect.insort(players, (cand.start, cand.end))
                    longest = max(longest, cand.end - cand.start)
                changed = True
        return promoted

    def candidate(
        self, start: int, end: int, words: list[str], persons, any_ent, *, has_ner: bool | None = None
    ) -> Candidate | None:
        """The name at [start, end) with its cues, or None when nothing makes it a person's name
        (a full name without evidence is kept aside in ``weak``)."""
        text = self.text
        name = written_name(words, text, self.res.family_first)[1]  # "VAN DE VELDE Jens": Jens van de Velde
        if RE_AFFILIATION.match(text[end : end + 40]) and not self._event_after(end):
            return None  # "Ohio State's Alex Martens", "Spain's Carlos Alcaraz": an affiliation
        if len(words) == 1 and (len(name) < 3 or name.isupper()):
            return None  # an initial ("M."), a "Q:" of a transcript, a country code ("ARG")
        cues = self._cues_of(start, end, len(words) > 1)
        strong = cues.strong or start in self.paired
        # Before the NER has run (a draft), what it would say is unknown: None.
        ner = None if self.pending is not None else any(s <= start < e or start <= s < end for s, e in persons)
        nat_b, age = cues.before, cues.age
        cand = Candidate(start, end, name, "", nat_b or cues.after, age)
        if len(words) >= 2:
            source = self._full_name_source(
                cand,
                words,
                ner,
                strong or nat_b is not None or age is not None,
                self.has_ner if has_ner is None else has_ner,
            )
        else:
            other_ent = None if ner is None else any(s <= start < e or start <= s < end for s, e in any_ent)
            source = self._single_word_source(cand, bool(ner) or strong, other_ent)
        if source == PENDING:
            self.pending.append((cand, words))
            return None
        if source is None:
            return None
        cand.source = source
        cand.role = self.role(start, end)
        if cand.role and self._may_play(cand.role) and self._plays(cand, words):
            cand.role = None  # "her sister Serena Williams", "his close friend Mardy Fish": they play too
        return cand

    def _cues_of(self, start: int, end: int, full: bool) -> Cues:
        """The nationality, age and strong cue of the name at [start, end) (``full``: of two words or
        more), read once: a rank slot ("world No. 40 X", "X [6]") is a strong cue."""
        key = (start, end, full)
        if key not in self._cues:
            text = self.text
            nat_b = country_before(text, start, self.res)
            nat_a, age_a, strong = cues_after(text, end, self.res)
            strong = strong or rank_cue(text, start, end, after=full)
            self._cues[key] = Cues(nat_b, nat_a, age_a or age_before(text, start), strong)
        return self._cues[key]

    def role(self, start: int, end: int) -> str | None:
        """Why the person named at [start, end) is not a player, if they are not."""
        return "athlete of another sport" if self._other_sport(start) else self._title(start, end)

    def _other_sport(self, pos: int) -> bool:
        """Inside a part of the page about another sport (layout.other_sport)."""
        return any(s <= pos < e for s, e in self.other_sport)

    def _title(self, start: int, end: int) -> str | None:
        """The non-player title of the name at [start, end) (names.role_of), read once."""
        key = (start, end)
        if key not in self._titles:
            self._titles[key] = role_of(self.text, start, end, self.gaz)
        return self._titles[key]

    def _event_after(self, end: int) -> bool:
        """ "Tim Henman's Roland Garros campaign": a possessive before an event's name, no affiliation."""
        m = RE_POSSESSED.match(self.text, end)
        if m is None:
            return False
        words = m.group(1).split()
        return any(T.fold(" ".join(words[:n])) in self.gaz.event_names for n in range(len(words), 0, -1))

    def _may_play(self, role: str) -> bool:
        """A relative or a friend of a player may be a player; a coach, an official, a journalist, a
        captain is named as such."""
        folded = T.fold(role)
        return self.res.roles.get(folded) == "family" or folded in ("friend", "family friend", "counterpart")

    def _plays(self, cand: Candidate, words: list[str]) -> bool:
        """A named relative who is a player herself: a notable player, or a name beside a verb of play."""
        known = self.res.player_index.get(T.fold(cand.name))
        return known is not None or next_to_play(self.text, cand.start, cand.end, self.gaz)

    def _full_name_source(
        self, cand: Candidate, words: list[str], ner: bool | None, cued: bool, has_ner: bool
    ) -> str | None:
        start, end = cand.start, cand.end
        if self.res.player_index.get(T.fold(cand.name)) is not None:
            return "gazetteer"
        if ner or cued or self.slot(start, end) is not None:
            return "ner" if ner else "cue"
        if play_context(self.text, self.lay, start, self.gaz) and not has_ner:
            return "cue"
        if self._other_sport(start) and all(RE_PLAIN_WORD.fullmatch(w) for w in words):
            return "other sport"  # an athlete of another sport: kept as a person for quotes
        if self._title(start, end) is not None:
            return "title"  # "His coach, Martin Dell'Acqua,": a title makes a person (not a player)
        if ner is None:
            return PENDING
        self.weak.append((start, end, cand.name))
        return None

    def _single_word_source(self, cand: Candidate, evidence: bool, other_ent: bool | None) -> str | None:
        start, end = cand.start, cand.end
        folded = T.fold(cand.name)
        if is_place_or_nation(folded, self.gaz):
            return None
        if start not in self.paired and RE_PLACE_PREPOSITION.search(self.text[max(0, start - 6) : start]):
            return None  # "from Cali", but not "the winner of Fritz-Baez": a pairing's first surname
        if self.res.player_index.get(folded) is not None:
            return "gazetteer"
        if place_in_text(self.text, cand.name) or team_or_event_place(self.text, cand.name):
            return None  # "in Cali" elsewhere: "the draw for Cali" is the place too
        if self._title_word(folded) or RE_ABBREVIATION_AFTER.match(self.text, end):
            return None  # "Officials", "Coach": a noun, not a name; "Mississauga, Ont.,": an abbreviation
        if evidence or self._single_slot(start, end):
            return "single"
        if other_ent and folded in self.gaz.surnames and play_context(self.text, self.lay, start, self.gaz):
            return "single"
        return PENDING if other_ent is None else None

    def _initial(self, start: int) -> bool:
        """The word at ``start`` begins its sentence (after opening quote marks or brackets)."""
        si = self.lay.sentence_at(start)
        return si is None or not self.text[self.lay.sentences[si].start : start].strip(" \"“‘'(")

    def _question_opener(self, start: int, words: list[str]) -> tuple[int, list[str]]:
        """An auxiliary that opens a question or an inverted clause ("Should Karim Nasrallah get
        past ...", "Will Andrey Rublev finally ...?") is no first name. "Will" and "Can" are first
        names too: taken off only in a question, before a name of two words or more."""
        if len(words) < 2 or words[0] not in OPENERS:
            return start, words
        si = self.lay.sentence_at(start)
        if si is None or self.text[self.lay.sentences[si].start : start].strip(" \"“‘'("):
            return start, words  # not at the start of its sentence
        if words[0] in ("Will", "Can") and (
            len(words) < 3 or not self.text[: self.lay.sentences[si].end].rstrip(" \"”’')").endswith("?")
        ):
            return start, words
        return start + len(words[0]) + 1, words[1:]

    def _described(self, start: int, end: int, words: list[str]) -> bool:
        """A capitalised noun phrase after "the" ("the Daily Telegraph", "The Roman", "the South
        African-born American"): a description or a title, not a person's name, unless a group noun
        follows ("the Bryan brothers") or the list knows the name."""
        if not RE_THE_BEFORE.search(self.text, max(0, start - 4), start):
            return False
        if RE_GROUP_AFTER.match(self.text, end) or self.res.player_index.get(T.fold(" ".join(words))) is not None:
            return False
        return True

    def slot(self, start: int, end: int, *, initial: bool = False) -> Slot | None:
        """The player's slot of the name at [start, end) (names.player_slot), read once."""
        key = (start, end, initial)
        if key not in self._slots:
            self._slots[key] = player_slot(self.text, start, end, self.gaz, initial=initial)
        return self._slots[key]

    def _title_word(self, folded: str) -> bool:
        """A role or a player's title, singular or plural ("Coach", "Officials", "Qualifier")."""
        res = self.res
        if folded in self.gaz.surnames:
            return False  # "King": Billie Jean King's name before a king's title
        return any(w in res.roles or w in res.player_titles for w in (folded, folded.removesuffix("s")))

    def _single_slot(self, start: int, end: int) -> bool:
        """A player's slot for a one-word name: outside quotations ("Just play free", "Cam is tough"),
        not as a speaker (a newspaper says things too), and not a rank after a comma at the start of
        a sentence ("Further down, world number 21 X": an adverb, not a name)."""
        if self.lay.in_quote(start):
            return False
        slot = self.slot(start, end, initial=self._initial(start))
        return slot is not None and slot.kind != SlotKind.SPEAKER

    # -- building players -------------------------------------------------------------------
    def _surname_keys(self, name: str) -> tuple[str, ...]:
        if name not in self._keys:  # read once per name of the Doc (a name is mentioned again and again)
            self._keys[name] = tuple(surname_keys(name, self.res.family_first, self.gaz.first_names))
        return self._keys[name]
