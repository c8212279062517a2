"""Who a speaker is when the attribution names no one outright: a description ("the Spaniard
said", "the world No 1 added"), a country that only one player of the article has, a pronoun
resolved against the speakers seen so far (coaches and officials included), or the subject of a
contrast ("but the Australian said").

``SpeakerReferences`` is the half of the quote stage's attributor that resolves these; it reads the
attributor's ``text``, ``lay``, ``refs``, ``players``, ``people``, ``hits`` (the attributions found
so far), ``named_inside`` (the players the quotation at hand names) and resources.
"""

from __future__ import annotations

import bisect
import functools
import re

from extractor.findings import Ref, ref_start, refs_between
from extractor.refs.attribution import (
    RE_BODY_HEAD,
    RE_CONTRAST_SUBJECT,
    RE_LOCAL_DEMONYM,
    RE_OPENING_DESCRIPTION,
    RE_PLAYER_DESCRIPTION,
    RE_POSSESSIVE,
)
from extractor.refs.resolution import is_object_position, resolve_back
from extractor.text import plain as T
from extractor.text.lexicon import tour_word_counts

RE_HE_OR_SHE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")


# A definite description at the head of a clause, then its verb: "Seeded four, the Mallorcan beat",
# "The left-hander won".
RE_CLAUSE_DESCRIPTION = re.compile(
    r"(?:^|(?<=[,;.:]\s)|(?<=\n))\s*(?P<np>(?-i:[Tt])he\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+"
    r"(?:beat|won|lost|saw|took|came|went|made|had|was|\w+ed)\b"
)
# A sibling named by a possessive: "his brother", "her twin sister", "his younger brother".
RE_SIBLING = re.compile(
    r"\b(?:his|her)\s+(?:(?:twin|younger|older|elder|big|little)\s+)?(?:brother|sister|twin)\b", re.I
)
# A surname with its particles as a mention may stand, the form the players stage leaves unlinked:
# one or two lower- or upper-case particles, then a capitalised word, with no capitalised word after
# it ("van der Hoek said", "De la Serna, 24,", "di Stefano joked").
RE_SURNAME_CANDIDATE = re.compile(
    r"(?<![\w'’-])(?P<s>(?:(?:[Dd]e|[Dd]el|[Dd]ella|[Dd]er|[Dd]i|[Dd]a|[Dd]os|[Dd]u|[Vv]an|[Vv]on|[Ll]e|[Ll]a|[Aa]l"
    r"|[Ee]l|[Tt]en|[Tt]er)\s+){1,2}(?P<last>[A-Z][\w'’-]*))(?![\w'’-])(?!\s+[A-Z])"
)
RE_CAPITALISED_WORD_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+$")  # "Tommy Paul": no surname-only mention
RE_PARTICLE_WORD = re.compile(r"(?:de|del|della|der|di|da|dos|du|van|von|le|la|al|el|ten|ter)$")


def surname_forms(name: str) -> set[str]:
    """How a surname-only mention of ``name`` may be written: "Mirela van der Hoek" -> "van der Hoek",
    "Van der Hoek" and "Hoek"; "Carlos Alcaraz" -> "Alcaraz". Forms of fewer than three letters are
    left out."""
    words = name.split()
    if len(words) < 2:
        return set()
    forms = {words[-1]}
    for i, w in enumerate(words[1:], 1):
        if RE_PARTICLE_WORD.match(w):
            rest = " ".join(words[i:])
            forms |= {rest, rest[0].upper() + rest[1:]}
            break
    return {f for f in forms if len(f) >= 3}


class SpeakerReferences:
    """Descriptions, countries and pronouns of speakers, resolved to a player or a person key."""

    def is_description(self, phrase: str) -> bool:
        """Whether a phrase describes a player: player words, a nation or a region's demonym, and no
        body or thing at its head ("the world governing body", "the champion's management company")."""
        if RE_BODY_HEAD.search(phrase):
            return False
        return bool(RE_PLAYER_DESCRIPTION.search(phrase) or RE_LOCAL_DEMONYM.search(phrase)) or any(
            T.fold(w) in self.subjects.nations for w in re.findall(r"[\w'’-]+", phrase)
        )

    def described(self, pos: int, phrase: str) -> str | None:
        """The player a description names: the only player of its nationality ("the Australian"),
        else the player in focus before it."""
        only = self.only_of_country(phrase)
        if only:
            return only
        codes = self.codes_in(phrase)
        if len(codes) == 1:
            (code,) = codes
            # The last player mentioned before it whose nationality the text does not contradict.
            si = self.lay.sentence_at(pos)
            para = self.lay.sentence_paragraph[si] if si is not None else 0
            for r in reversed([r for r in self.refs_in(0, pos, self.pool) if r.key in self.players]):
                ri = self.lay.sentence_at(r.start)
                if ri is None or self.lay.sentence_paragraph[ri] < para - 2:
                    break
                if self.country(r.key) in (code, None):
                    return r.key
            return None
        return resolve_back(
            self.text,
            self.lay,
            self.pool,
            pos,
            object_cue=self.object_cue,
            accept=lambda k: k in self.players,
            kinds=("name", "descriptor", "pronoun"),
        )

    def codes_in(self, phrase: str) -> set[str]:
        return {
            self.subjects.nations[T.fold(w)]
            for w in re.findall(r"[\w'’-]+", phrase)
            if T.fold(w) in self.subjects.nations
        }

    def only_of_country(self, phrase: str) -> str | None:
        """The one player of the country a description names ("the Australian"), if only one."""
        codes = self.codes_in(phrase)
        if len(codes) != 1:
            return None
        (code,) = codes
        same = [k for k in self.players if self.country(k) == code]
        return same[0] if len(same) == 1 else None

    def country(self, key: str) -> str | None:
        """A player's country: as the text states it, else as the gazetteer knows it."""
        p = self.players[key]
        return p.nationality or self.subjects.countries.get(T.fold(p.name))

    def sentence_description(self, si: int) -> str | None:
        """A sentence that opens with a player's description that is no reference ("The
        Australian has suffered ..."): the player it names."""
        sent = self.lay.sentences[si]
        m = RE_OPENING_DESCRIPTION.match(self.text, sent.start, sent.end)
        if m is None or self.refs_in(sent.start, m.end()) or not self.is_description(m.group(0)):
            return None
        return self.described(sent.start, m.group(0))

    def with_surnames(self, refs: list[Ref]) -> list[Ref]:
        """``refs`` plus the surname-only mentions with particles of players and people no earlier
        stage linked, as written ("van der Hoek said", "de la Serna said", "di Stefano joked"): a
        surname held by one named person only, standing alone (no capitalised word glued to it),
        outside quotations."""
        owners: dict[str, set[str]] = {}
        for key, p in [*self.players.items(), *self.people.items()]:
            for form in surname_forms(p.name):
                owners.setdefault(form, set()).add(key)
        forms = {f: next(iter(keys)) for f, keys in owners.items() if len(keys) == 1}
        if not any(" " in f for f in forms):  # every candidate holds a particle and a space
            return refs
        out = list(refs)
        for m in RE_SURNAME_CANDIDATE.finditer(self.text):
            key = forms.get(m.group("s"))
            if key is None or RE_CAPITALISED_WORD_BEFORE.search(self.text, max(0, m.start() - 30), m.start()):
                continue
            start = m.start()
            near = refs_between(refs, start - 40, m.end())
            if self.lay.in_quote(start) or any(r.start < m.end() and start < r.end for r in near):
                continue
            bisect.insort(out, Ref(start, m.end(), key, "name"), key=ref_start)
        return out

    def with_siblings(self, refs: list[Ref]) -> list[Ref]:
        """``refs`` with the bare surname of siblings settled: when every sibling but one is written
        by the first name alone ("his brother Jamie", "Mischa, 37,"), the surname alone ("Murray
        said", "the younger Zverev") is the one left; with no such sign it stays as the earlier
        stages left it (PHENOMENA: a surname two players share is ambiguous)."""
        families: dict[str, list[str]] = {}
        for key, p in self.players.items():
            words = p.name.split()
            if len(words) >= 2:
                families.setdefault(words[-1], []).append(key)
        families = {s: keys for s, keys in families.items() if len(keys) >= 2}
        if not families:
            return refs
        refs = self.with_sibling_first_names(refs, [k for keys in families.values() for k in keys])
        first_named = {
            r.key
            for r in refs
            if r.kind == "name"
            and r.key in self.players
            and T.fold(self.text[r.start : r.end]) == T.fold(self.players[r.key].name.split()[0])
        }
        out = list(refs)
        for surname, keys in families.items():
            left = [k for k in keys if k not in first_named]
            if len(left) != 1:
                continue
            for m in re.finditer(rf"(?<![\w'’-]){re.escape(surname)}(?![\w-])", self.text):
                start, end = m.start(), m.end()
                if self.lay.in_quote(start) or RE_CAPITALISED_WORD_BEFORE.search(self.text, max(0, start - 30), start):
                    continue
                near = refs_between(out, start - 40, end)
                over = [r for r in near if r.start < end and start < r.end]
                if any(r.key not in keys or (r.start, r.end) != (start, end) for r in over):
                    continue  # part of a longer reference, or someone else's
                for r in over:
                    out.remove(r)
                bisect.insort(out, Ref(start, end, left[0], "name"), key=ref_start)
        return out

    def with_sibling_first_names(self, refs: list[Ref], siblings: list[str]) -> list[Ref]:
        """``refs`` plus the first name written alone of a player with a sibling in the article
        ("said Karolina" with Karolina and Kristyna Pliskova): a sibling is the one called by the
        first name, so it is hers even when another player of the article has that first name."""
        owners: dict[str, list[str]] = {}
        for key in siblings:
            owners.setdefault(self.players[key].name.split()[0], []).append(key)
        out = list(refs)
        for first, keys in owners.items():
            if len(keys) != 1 or len(first) < 3:
                continue
            for m in re.finditer(rf"(?<![\w'’-]){re.escape(first)}(?![\w'’-])(?!\s+[A-Z])", self.text):
                start, end = m.start(), m.end()
                if self.lay.in_quote(start) or any(
                    r.start < end and start < r.end for r in refs_between(out, start - 40, end)
                ):
                    continue
                bisect.insort(out, Ref(start, end, keys[0], "name"), key=ref_start)
        return out

    def with_pronouns(self) -> list:
        """The references plus narrative he/she resolved sentence by sentence, so "She will then
        partner X. '...,' she added." follows the player in focus, not X."""
        pool = list(self.refs)
        for sent in self.lay.sentences:
            found = self.clause_descriptions(pool, sent.start, sent.end)
            for m in RE_HE_OR_SHE.finditer(self.text, sent.start, sent.end):
                word = m.group(0).lower()
                if self.lay.in_quote(m.start()):
                    continue
                ok = self.gender_ok("f" if word == "she" else "m")
                key = resolve_back(
                    self.text,
                    self.lay,
                    pool,
                    m.start(),
                    object_cue=self.object_cue,
                    accept=ok,
                    kinds=("name", "descriptor", "person", "pronoun"),
                )
                if key is not None:
                    found.append(Ref(m.start(), m.end(), key, "pronoun"))
            for ref in found:
                bisect.insort(pool, ref, key=ref_start)
        return pool

    def clause_descriptions(self, pool: list[Ref], start: int, end: int) -> list[Ref]:
        """Descriptions of a player heading a clause in [start, end) that no earlier stage resolved
        ("Last Sunday, the 31-year-old beat X"), as references to the player the sentences before
        are about: the subject they give the clause keeps a later "she" from the object."""
        out = []
        for m in RE_CLAUSE_DESCRIPTION.finditer(self.text, start, end):
            s, e = m.span("np")
            if self.lay.in_quote(s) or refs_between(pool, s, e) or not self.is_description(m.group("np")):
                continue
            key = resolve_back(
                self.text,
                self.lay,
                pool,
                s,
                object_cue=self.object_cue,
                accept=lambda k: k in self.players,
                kinds=("name", "descriptor", "pronoun"),
                subjects_only=True,
            ) or self.focus_before(pool, s)
            if key is not None:
                out.append(Ref(s, e, key, "descriptor"))
        return out

    def focus_before(self, pool: list[Ref], pos: int) -> str | None:
        """The player in focus before ``pos`` across paragraphs of quotation only (a feature's
        "'...,' she says." then two paragraphs of her words): the last player before it in subject
        position outside quotations, within three paragraphs."""
        si = self.lay.sentence_at(pos)
        para = self.lay.sentence_paragraph[si] if si is not None else 0
        for r in reversed(refs_between(pool, max(0, pos - 2000), pos)):
            ri = self.lay.sentence_at(r.start)
            if ri is None or self.lay.sentence_paragraph[ri] < para - 3:
                return None
            if r.key in self.players and not is_object_position(self.text, r.start, self.object_cue):
                return r.key
        return None

    def gender_ok(self, gender: str):
        """Whether a key can be "he" or "she": a player of that gender or none known, any other
        person. In an article about both tours, a gender the players stage guessed from the whole
        article is no evidence: only the shipped list's counts."""

        def ok(key: str) -> bool:
            p = self.players.get(key)
            if p is None:
                return key in self.people
            known = self.subjects.genders.get(T.fold(p.name))
            if known is not None:
                return known == gender
            return p.gender in (gender, None) or self.mixed_tours

        return ok

    @functools.cached_property
    def mixed_tours(self) -> bool:
        """Both tours in one article ("ATP" and "WTA", "men's" and "women's"), "he" and "she" both
        used often, or the tour words and the pronouns pointing to different tours."""
        men, women = tour_word_counts(self.text)
        words = [m.group(0).lower() for m in RE_HE_OR_SHE.finditer(self.text)]
        he, she = words.count("he"), words.count("she")
        tours, pronouns = (men > women) - (women > men), (he > she) - (she > he)
        return bool(men and women) or min(he, she) >= 3 or tours * pronouns < 0

    def resolve_pronoun(self, pos: int, gender: str) -> str | None:
        """The player or person a "he"/"she" attributing a quotation stands for: never one the quotation
        itself names (``named_inside``: "'Against Mena I played to win,' he said" is not Mena)."""
        of_gender = self.gender_ok(gender)
        inside = self.named_inside
        ok = (lambda k: of_gender(k) and k not in inside) if inside else of_gender
        pj = self.prev_narrative(pos)
        if pj is not None:
            opener = self.sentence_description(pj)
            if opener is not None and ok(opener):
                return opener
        back = functools.partial(
            resolve_back,
            self.text,
            self.lay,
            self.pool,
            pos,
            object_cue=self.object_cue,
            accept=ok,
            kinds=("name", "descriptor", "person", "pronoun"),
        )
        # the subject of the sentences before, else the last speaker of that gender (an interview's
        # "he said" after a paragraph that names its opponent only as an object), else anyone named
        found = self.contrast_subject(pos, ok) or back(subjects_only=True) or self.last_speaker(pos, ok) or back()
        if found is None:
            # No one of that gender: a player's gender was guessed from the article ("he" for the
            # minister on a women's page); the subject of the sentence before is the speaker.
            si = self.lay.sentence_at(pos)
            prev = self.lay.sentences[si - 1] if si else None
            subjects = [
                r
                for r in (self.refs_in(prev.start, prev.end) if prev else ())
                if not is_object_position(self.text, r.start, self.object_cue)
            ]
            found = subjects[0].key if subjects and not self.refs_in(self.lay.sentences[si].start, pos) else None
        return found

    def last_speaker(self, pos: int, ok) -> str | None:
        """The speaker of the last attributed quotation before ``pos`` (within three paragraphs)
        whom ``ok`` accepts."""
        si = self.lay.sentence_at(pos)
        para = self.lay.sentence_paragraph[si] if si is not None else 0
        for qi in sorted(self.hits, reverse=True):
            hit = self.hits[qi]
            q = self.lay.quotes[qi]
            if q.start >= pos or not hit or hit[0] is None:
                continue
            if self.lay.quote_paragraph[qi] < para - 3:
                return None
            return hit[0] if ok(hit[0]) else None
        return None

    def described_clause_subject(self, start: int, end: int) -> str | None:
        """A definite description heading the clause before ``end`` that no rule resolved ("Seeded
        four, the Mallorcan beat X and said"): the player the sentences before are about."""
        m = RE_CLAUSE_DESCRIPTION.search(self.text, start, end)
        if m is None:
            return None
        return resolve_back(
            self.text,
            self.lay,
            self.pool,
            m.start("np"),
            object_cue=self.object_cue,
            accept=lambda k: k in self.players,
            kinds=("name", "descriptor", "pronoun"),
            subjects_only=True,
        )

    def sibling_of_previous(self, role: str, pos: int) -> str | None:
        """ "'...,' said Mike Bryan. '...,' his brother added": a sibling named by a possessive is
        the one other player sharing the surname of the speaker just before."""
        if not RE_SIBLING.search(role):
            return None
        prev = self.last_speaker(pos, lambda k: k in self.players)
        if prev is None:
            return None
        surname = T.fold(self.players[prev].name.split()[-1])
        same = [k for k, p in self.players.items() if k != prev and T.fold(p.name.split()[-1]) == surname]
        return same[0] if len(same) == 1 else None

    def prev_narrative(self, pos: int) -> int | None:
        """The last narrative sentence (not one inside a quotation) before the clause holding a
        pronoun at ``pos``, in the same paragraph, when no name stands between them."""
        si = self.lay.sentence_at(pos)
        if si is None:
            return None
        sj = si - 1
        while sj >= 0 and self.lay.in_quote(self.lay.sentences[sj].start):
            sj -= 1
        if sj < 0 or self.lay.sentence_paragraph[sj] != self.lay.sentence_paragraph[si]:
            return None
        if self.refs_in(self.lay.sentences[sj].end, pos):
            return None
        return sj

    def contrast_subject(self, pos: int, ok) -> str | None:
        """A pronoun speaking right after a sentence whose last clause brings in another party
        ("X criticised the courts, but Tennis Australia's Y rejected his comments. '...,' he
        said"): the subject of that clause."""
        pj = self.prev_narrative(pos)
        if pj is None:
            return None
        prev = self.lay.sentences[pj]
        for r in reversed(self.refs_in(prev.start, prev.end)):
            if RE_CONTRAST_SUBJECT.search(self.text, prev.start, r.start) and not RE_POSSESSIVE.match(self.text, r.end):
                return r.key if ok(r.key) else None
        return None
