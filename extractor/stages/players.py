"""Players: name mentions, surname -> full-name linking, descriptors, nationality and age.

Candidates come from three places, so the stage also works without a statistical model:
capitalised name sequences next to tennis cues (demonyms, "of Britain", "(ESP)", ages, seeds,
verbs of play), the shipped list of notable players, and the NER's PERSON entities when a
model is present. Bare surnames are then linked to the full names seen in the same article,
whatever label the NER gave them.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from extractor import text as T
from extractor.component import RuleStage
from extractor.facts import PersonFact, PlayerFact, guarded, warn
from extractor.layout import Layout, in_cruft, layout, other_sport
from extractor.lexicon import tour_word_counts
from extractor.names import (
    PARTICLE,
    RE_AFFILIATION,
    RE_BRACKET_NAME,
    RE_PLACE_PREPOSITION,
    RE_PLAIN_WORD,
    Candidate,
    PlayerGazetteer,
    age_before,
    country_before,
    cues_after,
    is_place_or_nation,
    name_candidates,
    next_to_play,
    not_a_name,
    play_context,
    role_of,
    strip_modifiers,
)

PENDING = "pending"  # a candidate whose fate hangs on the statistical NER, not run yet


@dataclass
class CandidateDraft:
    """The name candidates of one Doc before the statistical NER has run: those settled without
    it, those it must decide (``pending``), the full names kept aside for want of evidence, and
    the story spans the NER must read to decide the pending ones."""

    found: list[Candidate]
    pending: list[tuple[Candidate, list[str]]]
    weak: list[tuple[int, int, str]]
    ner_spans: list[tuple[int, int]] = field(default_factory=list)


def sole_first_names(found: list[Candidate]) -> frozenset[str]:
    """Folded first names that belong to exactly one of the full names among the candidates."""
    owners: dict[str, set[str]] = {}
    for c in found:
        words = T.fold(c.name).split()
        if len(words) >= 2:
            owners.setdefault(words[0], set()).add(" ".join(words))
    return frozenset(first for first, names in owners.items() if len(names) == 1)


RE_PARTICLE = re.compile(PARTICLE, re.IGNORECASE)  # "de" in "Alex de Minaur": the surname starts here
RE_POSSESSED = re.compile(r"['’]s\s+((?:[A-Z][\w-]+\s?){1,3})")
RE_HE = re.compile(r"\b(?:he|his|him)\b", re.IGNORECASE)
RE_SHE = re.compile(r"\b(?:she|her|hers)\b", re.IGNORECASE)


class PlayerFinder:
    """Finds players and other named people in one Doc (a fresh instance per Doc)."""

    def __init__(self, doc: Doc, gaz: PlayerGazetteer, has_ner: bool = True) -> None:
        self.doc = doc
        self.lay: Layout = layout(doc)
        self.text = self.lay.text
        self.has_ner = has_ner
        self.gaz = gaz
        self.res = gaz.res
        self.players: dict[str, PlayerFact] = {}
        self.people: dict[str, PersonFact] = {}
        self.weak: list[tuple[int, int, str]] = []  # full names seen without any player evidence
        self.shared: dict[str, list[str]] = {}  # surname -> the full names sharing it
        self.pending: list[tuple[Candidate, list[str]]] | None = None  # set while drafting

    def draft(self) -> CandidateDraft:
        """The candidates as far as they can be settled before the NER runs (see CandidateDraft)."""
        self.pending = []
        found = self.collect()
        draft = CandidateDraft(found, self.pending, list(self.weak), self.ner_spans(found, self.pending))
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
            draft_has_ner = self.has_ner
            found = list(draft.found)
            first_names = sole_first_names(draft.found)
            skipped = self.doc._.tennis_ner_skipped or []
            for cand, words in draft.pending:
                # Where the NER left a sentence unread (its budget for a very long text), the
                # candidate is decided as without a statistical model.
                self.has_ner = draft_has_ner and not any(a <= cand.start < b for a, b in skipped)
                decided = self.candidate(cand.start, cand.end, words, persons, any_ent)
                if decided is None and len(words) == 1 and T.fold(cand.name) in first_names:
                    # "Sascha" after "Sascha Zverev": the one person of that first name named here.
                    cand.source, cand.role = "first name", self.role(cand.start, cand.end)
                    decided = cand
                if decided is not None:
                    found.append(decided)
            self.has_ner = draft_has_ner
            self.weak = sorted(draft.weak + self.weak)
            found.sort(key=lambda c: c.start)
            return found
        text = self.text
        story = self.lay.paragraphs
        found: list[Candidate] = []
        for m in (m for b in story for m in RE_BRACKET_NAME.finditer(text, b.start, b.end)):
            found.append(Candidate(m.start(), m.end(), f"{m.group('first')} {m.group('last')}", "bracket"))
        brackets = list(found)  # name sequences never overlap one another, only a bracketed insert
        for start, end in name_candidates(text, story, self.res.family_first):
            if any(c.start <= start < c.end for c in brackets) or in_cruft(self.doc, start, end):
                continue
            words = text[start:end].split()
            if not_a_name(text, start, end, words, self.gaz):
                continue
            start, words = strip_modifiers(start, words, self.res)
            cand = self.candidate(start, end, words, persons, any_ent)
            if cand is not None:
                found.append(cand)
        found.sort(key=lambda c: c.start)
        return found

    def candidate(self, start: int, end: int, words: list[str], persons, any_ent) -> Candidate | None:
        """The name at [start, end) with its cues, or None when nothing makes it a person's name
        (a full name without evidence is kept aside in ``weak``)."""
        text = self.text
        name = " ".join(words)
        if RE_AFFILIATION.match(text[end : end + 40]) and not self._event_after(end):
            return None  # "Ohio State's Alex Martens", "Spain's Carlos Alcaraz": an affiliation
        if len(words) == 1 and (len(name) < 3 or name.isupper()):
            return None  # an initial ("M."), a "Q:" of a transcript, a country code ("ARG")
        nat_b = country_before(text, start, self.res)
        nat_a, age_a, strong = cues_after(text, end, self.res)
        # Before the NER has run (a draft), what it would say is unknown: None.
        ner = None if self.pending is not None else any(s <= start < e or start <= s < end for s, e in persons)
        age = age_a or age_before(text, start)
        cand = Candidate(start, end, name, "", nat_b or nat_a, age)
        if len(words) >= 2:
            source = self._full_name_source(cand, words, ner, strong or nat_b is not None or age is not None)
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
        if cand.role and self.res.roles.get(T.fold(cand.role)) == "family" and self._plays(cand, words):
            cand.role = None  # "her sister Serena Williams": a relative who plays is a player
        return cand

    def role(self, start: int, end: int) -> str | None:
        """Why the person named at [start, end) is not a player, if they are not."""
        return "athlete of another sport" if other_sport(self.doc, start) else role_of(self.text, start, end, self.gaz)

    def _event_after(self, end: int) -> bool:
        """"Tim Henman's Roland Garros campaign": a possessive before an event's name, no affiliation."""
        m = RE_POSSESSED.match(self.text, end)
        if m is None:
            return False
        words = m.group(1).split()
        return any(T.fold(" ".join(words[:n])) in self.gaz.event_names for n in range(len(words), 0, -1))

    def _plays(self, cand: Candidate, words: list[str]) -> bool:
        """A named relative who is a player herself: a notable player, or a name beside a verb of play."""
        known = self.res.player_index.get(T.fold(cand.name))
        return known is not None or next_to_play(self.text, cand.start, cand.end, self.gaz)

    def _full_name_source(self, cand: Candidate, words: list[str], ner: bool | None, cued: bool) -> str | None:
        start, end = cand.start, cand.end
        if self.res.player_index.get(T.fold(cand.name)) is not None:
            return "gazetteer"
        if ner or cued or next_to_play(self.text, start, end, self.gaz):
            return "ner" if ner else "cue"
        if play_context(self.text, self.lay, start, self.gaz) and not self.has_ner:
            return "cue"
        if other_sport(self.doc, start) and all(RE_PLAIN_WORD.fullmatch(w) for w in words):
            return "other sport"  # an athlete of another sport: kept as a person for quotes
        if ner is None:
            return PENDING
        if role_of(self.text, start, end, self.gaz) is None:
            self.weak.append((start, end, cand.name))
        return None

    def _single_word_source(self, cand: Candidate, evidence: bool, other_ent: bool | None) -> str | None:
        start, end = cand.start, cand.end
        folded = T.fold(cand.name)
        if is_place_or_nation(folded, self.gaz) or RE_PLACE_PREPOSITION.search(self.text[max(0, start - 6) : start]):
            return None
        if self.res.player_index.get(folded) is not None:
            return "gazetteer"
        if evidence or next_to_play(self.text, start, end, self.gaz):
            return "single"
        if other_ent and folded in self.gaz.surnames and play_context(self.text, self.lay, start, self.gaz):
            return "single"
        return PENDING if other_ent is None else None

    # -- building players -------------------------------------------------------------------
    def build(self, draft: CandidateDraft | None = None) -> None:
        cands = self.collect(draft)
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
            self._add_full_name(key, cs)
        # Single words: surnames of players above, famous first names, or surname-only players.
        for c in single:
            self._add_single_word(c, surname_owner.get(T.fold_chars(c.name), set()))
        for key, p in self.players.items():
            if len(p.name.split()) == 1:
                owners = surname_owner.setdefault(T.fold_chars(p.name), set())
                owners.add(key)
        self._upgrade_weak(surname_owner)
        self._link_bare_surnames(surname_owner, ambiguous)

    def _add_full_name(self, key: str, cs: list[Candidate]) -> None:
        """One person named in full by these candidates: a player, or a non-player with a role."""
        name = max((c.name for c in cs), key=lambda n: len(n.split()))
        roles = [c.role for c in cs if c.role]
        if roles:
            self.people[key] = PersonFact(key, name, roles[0], [(c.start, c.end) for c in cs])
            return
        known = self.res.player_index.get(T.fold(name))
        p = PlayerFact(key, name, gender=known.gender if known else None)
        for c in cs:
            p.mentions.append((c.start, c.end))
            p.nationality = p.nationality or c.nationality
            p.age = p.age or c.age
        self.players[key] = p

    def _add_single_word(self, c: Candidate, owners: set[str]) -> None:
        """A one-word name: the surname of one person named in full, a first name of one player
        named in full, a notable player, or a player (or person) known by one name only."""
        folded = T.fold(c.name)
        if len(owners) == 1:
            (key,) = owners
            target = self.players.get(key) or self.people.get(key)
            if target is not None:
                target.mentions.append((c.start, c.end))
                if isinstance(target, PlayerFact):
                    target.nationality = target.nationality or c.nationality
                    target.age = target.age or c.age
            return
        if owners:
            return
        if folded in self.people and not c.source == "gazetteer":
            self.people[folded].mentions.append((c.start, c.end))  # "her sister Jaslyn", then "Jaslyn" again
            return
        # A first name alone ("Sorana", "Denis") for a player named in full in this article.
        first_of = {k for k, p in self.players.items() if T.fold(p.name).split()[0] == folded and len(p.name.split()) > 1}
        first_of |= {k for k, p in self.people.items() if T.fold(p.name).split()[0] == folded and len(p.name.split()) > 1}
        if len(first_of) == 1:
            key = first_of.pop()
            (self.players.get(key) or self.people[key]).mentions.append((c.start, c.end))
            return
        close = self._misspelt_surname(folded)
        if close is not None:
            self.players[close].mentions.append((c.start, c.end))
            return
        known = self.res.player_index.get(folded)
        if known is not None:
            key = self._identity(known.name, {k: [] for k in self.players})
            if key in self.players:
                self.players[key].mentions.append((c.start, c.end))
                return
        if c.role:
            self.people.setdefault(folded, PersonFact(folded, c.name, c.role)).mentions.append((c.start, c.end))
            return
        p = self.players.setdefault(folded, PlayerFact(folded, c.name, gender=known.gender if known else None))
        p.mentions.append((c.start, c.end))
        p.nationality = p.nationality or c.nationality
        p.age = p.age or c.age

    def _misspelt_surname(self, folded: str) -> str | None:
        """"Srichapan" after "Paradorn Srichaphan": a one-word name within one or two letters of the
        surname of exactly one player named in full here (same first letter, six letters or more)."""
        if len(folded) < 6:
            return None
        close = set()
        for key, p in self.players.items():
            words = T.fold(p.name).split()
            if len(words) < 2:
                continue
            surname = words[-1]
            if surname[0] == folded[0] and surname != folded and edit_distance(surname, folded) <= min(2, len(folded) // 4):
                close.add(key)
        return close.pop() if len(close) == 1 else None

    def _upgrade_weak(self, owners: dict[str, set[str]]) -> None:
        """A full name seen without evidence ("CHARLOTTESVILLE — Marcus Delaney has spent ...")
        is the player whose bare surname the article uses as a player elsewhere."""
        for start, end, name in self.weak:
            surname = T.fold_chars(name.split()[-1])
            keys = owners.get(surname, set())
            first = T.fold(name.split()[0])
            if not keys and first in self.players and len(self.players[first].name.split()) == 1:
                # "the 187th-ranked Arvind Parmar", then "Arvind" alone: the player is the full name
                p = self.players.pop(first)
                full = T.fold(name)
                p.key, p.name = full, name
                p.mentions.append((start, end))
                self.players[full] = p
                owners[first] = {full}
                owners.setdefault(surname, set()).add(full)
                continue
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
            if RE_PARTICLE.fullmatch(w):
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
        taken = sorted([m for p in self.players.values() for m in p.mentions] + [
            m for p in self.people.values() for m in p.mentions
        ])
        longest = max((b - a for a, b in taken), default=0)
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
                # A mention overlapping [s, e) starts after s - longest: look at those alone.
                near = taken[bisect.bisect_left(taken, (s - longest,)) : bisect.bisect_left(taken, (e,))]
                if any(a < e and s < b for a, b in near):
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
                bisect.insort(taken, (s, e))
                longest = max(longest, e - s)
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


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance of two short words."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def article_gender(doc: Doc) -> str | None:
    lay = layout(doc)
    he = she = 0
    for b in lay.paragraphs:
        chunk = lay.text[b.start : b.end]
        he += len(RE_HE.findall(chunk))
        she += len(RE_SHE.findall(chunk))
    men, women = tour_word_counts(lay.text)
    he += 3 * men
    she += 3 * women
    if he > she:
        return "m"
    if she > he:
        return "f"
    return None


@Language.factory(
    "tennis_candidates",
    default_config={"data_dir": None},
    assigns=["doc._.tennis_candidates"],
    requires=["doc._.tennis_cruft", "doc._.tennis_other_sport"],
)
def make_candidates(nlp: Language, name: str, data_dir: str | None) -> "CandidateStage":
    return CandidateStage(data_dir, has_ner="ner" in nlp.component_names)


@Language.factory(
    "tennis_players",
    default_config={"data_dir": None},
    assigns=["doc._.tennis_players", "doc._.tennis_people", "doc._.tennis_warnings"],
    requires=["doc._.tennis_cruft", "doc._.tennis_other_sport", "doc._.tennis_candidates", "doc._.tennis_ner_skipped"],
)
def make_players(nlp: Language, name: str, data_dir: str | None) -> "PlayerStage":
    # Whether a statistical NER runs before us, known once (asking each Doc scans all its tokens).
    return PlayerStage(data_dir, has_ner="ner" in nlp.component_names)


class PlayerRuleStage(RuleStage):
    def __init__(self, data_dir: str | None = None, has_ner: bool = True) -> None:
        super().__init__(data_dir)
        self.has_ner = has_ner

    @functools.cached_property
    def gazetteer(self) -> PlayerGazetteer:
        return PlayerGazetteer.build(self.resources)


class CandidateStage(PlayerRuleStage):
    """Name candidates settled without the statistical NER, and where it must run (tennis_ner)."""

    @guarded('tennis_candidates')
    def __call__(self, doc: Doc) -> Doc:
        doc._.tennis_candidates = PlayerFinder(doc, self.gazetteer, self.has_ner).draft()
        return doc


class PlayerStage(PlayerRuleStage):
    @guarded('tennis_players', 'tennis_people')
    def __call__(self, doc: Doc) -> Doc:
        finder = PlayerFinder(doc, self.gazetteer, self.has_ner)
        finder.build(doc._.tennis_candidates or None)
        for p in finder.players.values():
            p.mentions.sort()
        doc._.tennis_players = sorted(finder.players.values(), key=lambda p: p.mentions[0][0])
        doc._.tennis_people = list(finder.people.values())
        gender = article_gender(doc)
        for p in doc._.tennis_players:
            p.gender = p.gender or gender
        return doc
