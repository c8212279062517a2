"""Who is the subject of a reporting verb next to a quotation: a name or he/she before the verb
("Norrie said"), after it ("said the American"), a title with no name ("a spokesman said": no
speaker), a description of a player ("the 19-year-old Czech added").

``QuoteSubjects`` is the base of the quote stage's attributor (``extractor.refs.quotations``): it
holds the article's references and finds the speaker around one verb; where the attribution sits
(after the closing mark, in the lead-in, a credit line) is the attributor's part.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import replace

from spacy.tokens import Doc

from extractor.findings import Ref, ref_start, refs_between
from extractor.refs.attribution import (
    RE_APPOSITION_CLOSE,
    RE_APPOSITION_OPEN,
    RE_CLAUSE_END,
    RE_CLAUSE_STOP,
    RE_DETERMINER,
    RE_OBJECT_DESCRIBED_GAP,
    RE_OBJECT_GAP,
    RE_POSSESSIVE,
    RE_ROLE_APPOSITION,
    RE_ROLE_NAME,
    RE_ROLE_OWNER_BEFORE,
    RE_SAID_OF,
    RE_SUBJECT_GAP,
    SubjectPatterns,
)
from extractor.refs.opponents import side_refs
from extractor.refs.resolution import is_object_position, resolve_back
from extractor.refs.speakers import RE_CAPITALISED_WORD_BEFORE, RE_HE_OR_SHE, RE_PARTICLE_WORD, SpeakerReferences
from extractor.text import plain as T
from extractor.text.layout import Layout, layout


class QuoteSubjects(SpeakerReferences):
    """The references of one article and the subject of a reporting verb among them."""

    def __init__(
        self, doc: Doc, verbs: re.Pattern[str], subjects: SubjectPatterns, object_cue: re.Pattern[str]
    ) -> None:
        self.doc = doc
        self.text = layout(doc).text
        self.lay: Layout = layout(doc)
        self.verbs = verbs
        self.subjects = subjects
        self.object_cue = object_cue
        self.players = {p.key: p for p in doc._.tennis_players or ()}
        self.people = {p.key: p for p in doc._.tennis_people or ()}
        self.hits: dict[int, tuple[str | None, tuple[int, int]] | None] = {}
        # Names inside quotations ("Against Mena I played to win"): a speaker talks of others in the
        # third person, so a pronoun attributing a quotation is none of the players it names.
        self.quoted_refs = sorted(
            (r for r in doc._.tennis_refs or () if r.kind == "name" and self.lay.in_quote(r.start)),
            key=lambda r: r.start,
        )
        self.named_inside: frozenset[str] = frozenset()

    @functools.cached_property
    def refs(self) -> list[Ref]:
        """Names, descriptions and other people outside quotations, in text order; pronouns are
        resolved here (``pool``), against the speakers (non-players included), not taken from the
        refs stage. Built when an attribution first asks: a page without quotations needs none."""
        refs = sorted(
            (r for r in self.doc._.tennis_refs or () if r.kind != "pronoun" and not self.lay.in_quote(r.start)),
            key=lambda r: r.start,
        )
        return self.with_sides(self.with_compound_surnames(self.with_siblings(self.with_surnames(refs))))

    def with_sides(self, refs: list[Ref]) -> list[Ref]:
        """``refs`` with the phrases that name a player by a side of a match ("her opponent", "the
        loser", "Holub's conqueror") as references to that player, in place of the references inside
        them ("Holub" of "Holub's conqueror")."""
        found = side_refs(
            self.text,
            self.doc._.tennis_matches or (),
            refs,
            owner_of=lambda pos, word: resolve_back(
                self.text,
                self.lay,
                refs,
                pos,
                object_cue=self.object_cue,
                accept=lambda k: k in self.players and self.gender_ok("f" if word == "her" else "m")(k),
                past_quotes=True,
            ),
            skip=self.lay.in_quote,
        )
        if not found:
            return refs
        out = [r for r in refs if not any(f.start < r.end and r.start < f.end for f in found)]
        for f in found:
            bisect.insort(out, f, key=ref_start)
        return out

    def with_compound_surnames(self, refs: list[Ref]) -> list[Ref]:
        """``refs`` with a player known by one word only that is the first of another player's two
        surnames ("Carreño" beside "Pablo Carreño Busta", "Echeverri" beside "Mariana Echeverri
        Lozano") taken as that player: Spanish-speaking outlets shorten a double surname to its first."""
        owners: dict[str, set[str]] = {}
        for key, p in self.players.items():
            words = p.name.split()
            if len(words) >= 3 and not RE_PARTICLE_WORD.match(words[1].lower()):
                owners.setdefault(T.fold(words[1]), set()).add(key)
        if not owners:
            return refs
        same = {
            key: next(iter(keys))
            for key, p in self.players.items()
            if " " not in p.name and len(keys := owners.get(T.fold(p.name), set())) == 1
        }
        out = [replace(r, key=same[r.key]) if r.key in same else r for r in refs]
        for keys in owners.values():
            if len(keys) != 1:
                continue
            (key,) = keys
            first = self.players[key].name.split()[1]
            for m in re.finditer(rf"(?<![\w'’-]){re.escape(first)}(?![\w'’-])(?!\s+[A-Z])", self.text):
                s, e = m.span()
                if self.lay.in_quote(s) or RE_CAPITALISED_WORD_BEFORE.search(self.text, max(0, s - 30), s):
                    continue
                if not any(r.start < e and s < r.end for r in refs_between(out, s - 40, e)):
                    bisect.insort(out, Ref(s, e, key, "name"), key=ref_start)
        return out

    @functools.cached_property
    def pool(self) -> list[Ref]:
        """``refs`` with narrative he/she resolved sentence by sentence (with_pronouns), built when
        an attribution first asks for it: most are found right after the closing mark without it."""
        return self.with_pronouns()

    def refs_in(self, lo: int, hi: int, refs: list[Ref] | None = None) -> list[Ref]:
        """The references (``self.refs``, or another list in text order) starting in [lo, hi)."""
        return refs_between(self.refs if refs is None else refs, lo, hi)

    def name_of(self, key: str) -> str:
        p = self.players.get(key) or self.people.get(key)
        return p.name if p else key

    def candidates(self, start: int, end: int) -> list[tuple[int, int, str | None, str]]:
        """Names and he/she in [start, end) that can be a speaker; a possessive ("Federer's coach")
        names an owner, not a speaker."""
        cands = [(r.start, r.end, r.key, r.kind) for r in self.refs_in(start, end)]
        for m in RE_HE_OR_SHE.finditer(self.text, start, end):
            cands.append((m.start(), m.end(), None, m.group(0).lower()))
        return sorted(c for c in cands if not RE_POSSESSIVE.match(self.text, c[1]))

    def speaker_near(self, start: int, end: int, verb: re.Match[str]) -> tuple[str | None, tuple[int, int]] | None:
        """The subject of a reporting verb inside [start, end): a name or pronoun right before it
        ("Norrie said", "Moya, nicknamed Charly, admitted"), else right after it ("said the
        American", "said X's coach Y"), else a title with no name ("a spokesman said": speaker
        unknown), else the nearest name, the subject side first."""
        cands = self.candidates(start, end)
        v0, v1 = verb.start(), verb.end()
        subject = [c for c in cands if c[1] <= v0 and self.subject_gap(c[0], c[1], v0)]
        if subject and RE_ROLE_OWNER_BEFORE.search(self.text, max(start, subject[0][0] - 60), subject[0][0]):
            subject = []  # "a spokesperson for X said", "the coach of X told": the title speaks
        gaps = (RE_OBJECT_GAP, RE_OBJECT_DESCRIBED_GAP)  # "said Moya", "said the 26-year-old Moya"
        obj = [c for c in cands if c[0] >= v1 and any(g.match(self.text[v1 : c[0]]) for g in gaps)]
        role = None if subject else self.subjects.role_before.search(self.text, start, v0)
        if subject:
            best = subject[0]  # the outermost: "Y, who coached X, said" is Y
        elif role:
            # "her spokesman insisted she ...": no name; "his brother added": the previous speaker's sibling
            return self.role_speaker(role.group(0), start), (role.start(), v1)
        elif obj:
            best = obj[-1] if RE_POSSESSIVE.search(self.text[v1 : obj[-1][0]]) else obj[0]
        else:
            unnamed = self.unnamed_subject(start, end, verb)
            if unnamed:
                return unnamed
            if not cands:
                return None
            # A verb far from its subject ("X beat Y 6-2 6-2 and said"): the clause's subject, not its object.
            subjects = [c for c in cands if c[1] <= v0 and not is_object_position(self.text, c[0], self.object_cue)]
            if not subjects:
                # "the Mallorcan beat X 6-2 6-2 and said": a description no rule resolved heads the clause
                described = self.described_clause_subject(start, min([c[0] for c in cands] + [v0]))
                if described is not None:
                    return described, (start, v1)
            best = (
                subjects[0]
                if subjects
                else min(
                    cands,
                    key=lambda c: (
                        0 if c[1] <= v0 else 1,
                        abs((c[1] if c[1] <= v0 else c[0]) - (v0 if c[1] <= v0 else v1)),
                    ),
                )
            )
        s, e, key, kind = best
        if kind == "descriptor":
            # "said the Australian": the only player of that country, when the text or the gazetteer says so.
            key = self.only_of_country(self.text[s:e]) or key
        if key is None:
            inside = self.named_inside
            self.named_inside = inside | self.talked_about(v1, end)  # '," he said of X': not X
            key = self.resolve_pronoun(s, "f" if kind == "she" else "m")
            self.named_inside = inside
            if key is None:
                return None
        return key, (min(s, v0), max(e, v1))

    def talked_about(self, pos: int, end: int) -> frozenset[str]:
        """The players a reporting verb ending at ``pos`` says its words are about: "said of X", "told
        reporters about X", ", referring to X" (up to the end of the clause)."""
        m = RE_SAID_OF.match(self.text, pos, end)
        if m is None:
            return frozenset()
        stop = RE_CLAUSE_STOP.search(self.text, m.end(), end)
        return frozenset(r.key for r in self.refs_in(m.end(), stop.start() if stop else end))

    def subject_gap(self, s: int, e: int, v0: int) -> bool:
        """Whether a name or pronoun at [s, e) can be the subject of a verb at ``v0``: only a
        parenthesis, an auxiliary or an adverb between them ("Moya, nicknamed Charly, admitted"),
        or the closing comma of a name in apposition ("Holub's coach, Marek Dvorsky, said")."""
        gap = self.text[e:v0]
        if RE_SUBJECT_GAP.match(gap):
            return True
        return bool(RE_APPOSITION_CLOSE.match(gap) and RE_APPOSITION_OPEN.search(self.text, max(0, s - 3), s))

    def unnamed_subject(self, start: int, end: int, verb: re.Match[str]) -> tuple[str | None, tuple[int, int]] | None:
        """A subject with no name next to the verb: a title ("a spokesman for the club said", "said
        the tournament director") or a body ("the ATP said") gives no speaker; a player's
        description ("the 19-year-old Czech added") is the player in focus."""
        sp = self.subjects
        v0, v1 = verb.start(), verb.end()
        role = sp.role_before.search(self.text, start, v0) or sp.role_after.match(self.text, v1, end)
        if role:
            named = self.named_after_role(role.end(), end) if role.start() >= v1 else None
            if named is not None:
                return named[0], (v0, named[1])  # 'said his coach, former tour player X'
            return self.role_speaker(role.group(0), start), (min(role.start(), v0), max(role.end(), v1))
        m = sp.phrase_before.search(self.text, start, v0)
        if m is None:
            # "said the new champion", "added the beaten finalist": a description after the verb
            m = sp.phrase_after.match(self.text, v1, end)
            if m is None or not self.is_description(m.group(0)):
                return None
        span = (min(m.start(), v0), max(m.end(), v1))
        if self.is_description(m.group(0)):
            key = self.described(m.start(), m.group(0))
            return (key, span) if key else None
        return None, span

    def role_speaker(self, phrase: str, pos: int) -> str | None:
        """The person a title with no name stands for: a sibling by a possessive ("his brother
        added": the previous speaker's), else, with a definite title ("his coach said", "the
        tournament director added"), the one person of the article who holds that title; an
        indefinite one ("a spokesman said") or a title two people hold names no one."""
        sibling = self.sibling_of_previous(phrase, pos)
        determiners = RE_DETERMINER.findall(phrase)  # the title's own is the last: "a result his coach"
        if sibling is not None or not determiners or determiners[-1].lower() not in ("the", "his", "her", "their"):
            return sibling
        words = {T.fold(w) for w in re.findall(r"[\w'’-]+", phrase)}
        holders = [k for k, p in self.people.items() if T.fold(p.role) in words]
        if len(holders) == 1:
            return holders[0]
        named = RE_ROLE_NAME.search(phrase)  # "His wife, Ana, said": the name in apposition, as written
        return named.group("name") if named else None

    def named_after_role(self, pos: int, end: int) -> tuple[str, int] | None:
        """The name set off by a comma after a title ('said his coach, former tour player X.'):
        the person the title belongs to, as (key, end of the name)."""
        ref = next(iter(self.refs_in(pos, min(end, pos + 80))), None)
        if ref is None or not RE_ROLE_APPOSITION.fullmatch(self.text, pos, ref.start):
            # a name no stage linked (a relative: "says his wife, Ana, who"), written as it stands
            m = RE_ROLE_NAME.match(self.text, pos, end)
            return (m.group("name"), m.end("name")) if m else None
        return (ref.key, ref.end) if RE_CLAUSE_END.match(self.text, ref.end) else None
