"""Name candidates of one Doc: capitalised name sequences with their cues (demonyms, "of Britain",
"(ESP)", ages, verbs of play), the notable-players list, and the statistical NER's PERSON entities
where it ran. Drafted before the NER (``tennis_candidates``: what is settled without it, and the
sentences it must read) and finished after it (``tennis_players``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from extractor.refs.descriptors import rank_cue
from extractor.refs.names import (
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
from extractor.text import plain as T
from extractor.text.layout import Layout, in_cruft, layout, other_sport

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
            found = list(draft.found)
            first_names = sole_first_names(draft.found)
            skipped = self.doc._.tennis_ner_skipped or []
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

    def candidate(
        self, start: int, end: int, words: list[str], persons, any_ent, *, has_ner: bool | None = None
    ) -> Candidate | None:
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
        strong = strong or rank_cue(text, start, end, after=len(words) > 1)  # a rank slot: "world No. 40 X", "X [6]"
        # Before the NER has run (a draft), what it would say is unknown: None.
        ner = None if self.pending is not None else any(s <= start < e or start <= s < end for s, e in persons)
        age = age_a or age_before(text, start)
        cand = Candidate(start, end, name, "", nat_b or nat_a, age)
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
        if cand.role and self.res.roles.get(T.fold(cand.role)) == "family" and self._plays(cand, words):
            cand.role = None  # "her sister Serena Williams": a relative who plays is a player
        return cand

    def role(self, start: int, end: int) -> str | None:
        """Why the person named at [start, end) is not a player, if they are not."""
        return "athlete of another sport" if other_sport(self.doc, start) else role_of(self.text, start, end, self.gaz)

    def _event_after(self, end: int) -> bool:
        """ "Tim Henman's Roland Garros campaign": a possessive before an event's name, no affiliation."""
        m = RE_POSSESSED.match(self.text, end)
        if m is None:
            return False
        words = m.group(1).split()
        return any(T.fold(" ".join(words[:n])) in self.gaz.event_names for n in range(len(words), 0, -1))

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
        if ner or cued or next_to_play(self.text, start, end, self.gaz):
            return "ner" if ner else "cue"
        if play_context(self.text, self.lay, start, self.gaz) and not has_ner:
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
