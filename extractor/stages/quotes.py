"""Direct quotations and who said them.

Attribution is looked for, in order: right after the closing mark (", Sakkari said", "said
Trevisan, who", "he added"; after a sentence-ending quotation only a short clause counts), in the
lead-in before the opening mark ("He said:", "Speaking to Tennis TV, Norrie said:"), then in the
run the quotation belongs to (quotations with only white space between them: one speaker's
paragraphs merged by lost line breaks), then the previous speaker (a follow-on quotation), then a
narrative line before it that names the speaker. The speaker is the reporting verb's subject, not
the nearest name; a title or body with no name ("a spokesman said", "the ATP said") gives none.
A page that is not about tennis keeps no quotations (GOLD.md).
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from extractor.findings import QuoteFact, Ref, guarded, refs_between
from extractor.refs.attribution import (
    RE_CLAUSE_END,
    RE_EMBEDDED_BEFORE,
    RE_INDIRECT,
    RE_NAME_BEFORE_VERB,
    RE_OBJECT_GAP,
    RE_POSSESSIVE,
    RE_ROLE_APPOSITION,
    RE_SUBJECT_GAP,
    RE_WHEN_SAID,
    SubjectPatterns,
    subject_patterns,
    verb_pattern,
)
from extractor.refs.resolution import is_object_position
from extractor.refs.speakers import SpeakerReferences
from extractor.stages.base import RuleStage
from extractor.text.layout import Layout, layout, other_sport
from extractor.text.lexicon import RE_PRONOUN
from extractor.text.plain import Block

MIN_WORDS = 1  # GOLD.md counts every passage between quote marks, "very professional" included

# A credit line after a pull quote: the closing mark, a dash, the speaker's name ending the line, maybe
# with a comma and what they are ('"..." — Rohan Kapadia', '"..." – Ana Brix, on her first final').
RE_COLON_CREDIT = re.compile(r"[ \t]*:[ \t]*")  # "'...': Name On The Road": a headline's speaker after a colon
RE_LINE_START = re.compile(r"(?:^|\n)(?:[ \t]*date[ \t]+\d{4}-\d\d-\d\d)?[ \t]*$")  # a quotation opening its line
CREDIT_WORD = r"(?-i:[A-Z])[\w'’.-]+"  # a capitalised word of the name
CREDIT_PARTICLES = r"(?:(?:de|da|del|di|van|von|der|den|le|la|al)[ \t]+)*"  # "Pieter-Jan de Wilde"
RE_CREDIT_AFTER = re.compile(
    r"[ \t]*(?:—|–|―|--?)[ \t]*"  # an em, en or bar dash, or one or two hyphens
    rf"(?P<name>{CREDIT_WORD}(?:[ \t]+{CREDIT_PARTICLES}{CREDIT_WORD}){{0,3}})"
    r"[ \t]*(?:,[^\n\"“”]{0,80})?[ \t]*(?:\n|$)"  # ", on her first final", then the end of the line
)


class QuoteAttributor(SpeakerReferences):
    """Who said each quotation of one article (see the module docstring for the order of search)."""

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
        # Names, descriptions and other people; pronouns are resolved here, against the speakers
        # (non-players included), not taken from the refs stage.
        self.refs = sorted(
            (r for r in doc._.tennis_refs or () if r.kind != "pronoun" and not self.lay.in_quote(r.start)),
            key=lambda r: r.start,
        )
        self.refs = self.with_surnames(self.refs)
        self.pool = self.with_pronouns()
        self.hits: dict[int, tuple[str | None, tuple[int, int]] | None] = {}
        # Names inside quotations ("Against Mena I played to win"): a speaker talks of others in the
        # third person, so a pronoun attributing a quotation is none of the players it names.
        self.quoted_refs = sorted(
            (r for r in doc._.tennis_refs or () if r.kind == "name" and self.lay.in_quote(r.start)),
            key=lambda r: r.start,
        )
        self.named_inside: frozenset[str] = frozenset()

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
        for m in RE_PRONOUN.finditer(self.text, start, end):
            if m.group("p").lower() in ("he", "she"):
                cands.append((m.start(), m.end(), None, m.group("p").lower()))
        return sorted(c for c in cands if not RE_POSSESSIVE.match(self.text, c[1]))

    def speaker_near(self, start: int, end: int, verb: re.Match[str]) -> tuple[str | None, tuple[int, int]] | None:
        """The subject of a reporting verb inside [start, end): a name or pronoun right before it
        ("Norrie said", "Moya, nicknamed Charly, admitted"), else right after it ("said the
        American", "said X's coach Y"), else a title with no name ("a spokesman said": speaker
        unknown), else the nearest name, the subject side first."""
        cands = self.candidates(start, end)
        v0, v1 = verb.start(), verb.end()
        subject = [c for c in cands if c[1] <= v0 and RE_SUBJECT_GAP.match(self.text[c[1] : v0])]
        obj = [c for c in cands if c[0] >= v1 and RE_OBJECT_GAP.match(self.text[v1 : c[0]])]
        role = None if subject else self.subjects.role_before.search(self.text, start, v0)
        if subject:
            best = subject[0]  # the outermost: "Y, who coached X, said" is Y
        elif role:
            # "her spokesman insisted she ...": no name; "his brother added": the previous speaker's sibling
            return self.sibling_of_previous(role.group(0), start), (role.start(), v1)
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
            key = self.resolve_pronoun(s, "f" if kind == "she" else "m")
            if key is None:
                return None
        return key, (min(s, v0), max(e, v1))

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
            return self.sibling_of_previous(role.group(0), start), (min(role.start(), v0), max(role.end(), v1))
        m = sp.phrase_before.search(self.text, start, v0)
        if m is None:
            return None
        if self.is_description(m.group(0)):
            key = self.described(m.start(), m.group(0))
            return (key, (m.start(), v1)) if key else None
        return None, (m.start(), v1)

    def named_after_role(self, pos: int, end: int) -> tuple[str, int] | None:
        """The name set off by a comma after a title ('said his coach, former tour player X.'):
        the person the title belongs to, as (key, end of the name)."""
        ref = next(iter(self.refs_in(pos, min(end, pos + 80))), None)
        if ref is None or not RE_ROLE_APPOSITION.fullmatch(self.text, pos, ref.start):
            return None
        return (ref.key, ref.end) if RE_CLAUSE_END.match(self.text, ref.end) else None

    def after(self, q: Block, limit: int) -> tuple[str | None, tuple[int, int]] | None:
        """Attribution after the closing mark: '," Sakkari said', '," said the American'. After a
        quotation that ends a sentence ('." ') only a short clause counts ("Agassi said."): a longer
        one is the next sentence of the story, and one ending in a colon leads into the next quote."""
        q_end = q.end
        window_end = min(limit, q_end + 120)
        chunk = self.text[q_end:window_end]
        stop = re.search(r"(?<=[a-z)])[.!?](?=\s|$)|[“\"]", chunk)
        if stop:
            window_end = q_end + stop.start()
        if not re.match(r"[\s,.;:—–-]*\S", chunk):
            return None
        clause = self.text[q_end:window_end]
        if clause.rstrip().endswith(":"):
            return None
        body = self.text[q.start : q_end]
        if re.search(r"[.]\s*[\"”’']?$", body) or not re.search(r"[\"”»’']$", body):
            short = len(clause.split()) <= 6 and stop and self.text[q_end + stop.start()] == "."
            if not short and not self.plain_attribution(q_end):
                return None
        for verb in self.verbs.finditer(self.text, q_end, window_end):
            if len(self.text[q_end : verb.start()].split()) > 9:  # "a spokesman for the All England Club said"
                break
            if RE_INDIRECT.match(self.text, verb.end()):
                continue
            hit = self.speaker_near(q_end, window_end, verb)
            if hit:
                return hit
        return None

    def plain_attribution(self, pos: int) -> bool:
        """'." Federer said on Sunday after ...': a name or he/she, a reporting verb, then only when
        or where it was said; not reported speech ('." Federer said he ...')."""
        m = RE_NAME_BEFORE_VERB.match(self.text, pos)
        verb = self.verbs.match(self.text, m.end()) if m else None
        return bool(verb and RE_WHEN_SAID.match(self.text, verb.end()))

    def before(self, q_start: int, para_start: int, prev_quote_end: int) -> tuple[str | None, tuple[int, int]] | None:
        """The lead-in before the opening mark in the same paragraph: "He said:", "Speaking to
        Tennis TV, Norrie said:", "the Norwegian said he would", "Djokovic smiled. “...". It starts
        after the previous quotation and its own attribution ('," said Nadal. US coach X ...')."""
        start = max(para_start, prev_quote_end)
        first = bisect.bisect_right(self.lay.sentence_starts, start) - 1  # sentences are in text order
        sents = [
            s
            for s in self.lay.sentences[max(0, first) : bisect.bisect_left(self.lay.sentence_starts, q_start)]
            if s.end > start
        ]
        for sent in reversed(sents[-2:]):
            lo = max(start, sent.start)
            verbs = list(self.verbs.finditer(self.text, lo, q_start))
            if verbs:
                return self.speaker_near(lo, q_start, verbs[-1])
        return None

    def narrative_speaker(self, para_index: int) -> str | None:
        """A narrative paragraph just before a quotation that names who is about to speak."""
        if para_index < 0:
            return None
        p = self.lay.paragraphs[para_index]
        if bisect.bisect_left(self.lay._quote_starts, p.end) > bisect.bisect_left(
            self.lay._quote_starts, p.start
        ):  # a quotation starts in it
            return None
        verbs = list(self.verbs.finditer(self.text, p.start, p.end))
        if verbs:
            hit = self.speaker_near(p.start, p.end, verbs[-1])
            if hit:
                return hit[0]
        return None

    def explicit(self, qi: int) -> tuple[str | None, tuple[int, int]] | None:
        """The quotation's own attribution, after it or in its lead-in."""
        q, pi = self.lay.quotes[qi], self.lay.quote_paragraph[qi]
        para = self.lay.paragraphs[pi]
        same = lambda j: 0 <= j < len(self.lay.quotes) and self.lay.quote_paragraph[j] == pi  # noqa: E731
        nxt = self.lay.quotes[qi + 1].start if same(qi + 1) else para.end
        self.named_inside = frozenset(r.key for r in refs_between(self.quoted_refs, q.start, q.end))
        prev_end = para.start
        if same(qi - 1):
            prev_end = self.lay.quotes[qi - 1].end
            prev_hit = self.hits.get(qi - 1)
            if prev_hit and prev_hit[1][0] >= prev_end:
                prev_end = prev_hit[1][1]
        return self.credit(q) or self.after(q, nxt) or self.before(q.start, para.start, prev_end)

    def credit(self, q: Block) -> tuple[str | None, tuple[int, int]] | None:
        """A pull quote credited on its own line: '"..." — Rohan Kapadia': the player or person of that
        name, else the name as written (a pundit no list knows) when it has two words or more. A
        quotation opening a headline, then a colon and a name: "'I Slept In The Car': Ana Brix On ..."."""
        m = RE_CREDIT_AFTER.match(self.text, q.end)
        if m is None:
            colon = RE_COLON_CREDIT.match(self.text, q.end)
            if colon is None or not RE_LINE_START.search(self.text, max(0, q.start - 20), q.start):
                return None
            named = self.named_at(colon.end())
            return (named[0], (q.end, named[1][1])) if named else None
        ref = next(iter(self.refs_in(m.start("name"), m.end("name"))), None)
        if ref is not None:
            return ref.key, (q.end, m.end("name"))
        name = m.group("name")
        return (name, (q.end, m.end("name"))) if len(name.split()) >= 2 else None

    def named_at(self, pos: int) -> tuple[str | None, tuple[int, int]] | None:
        """The player or person whose reference, or whose full name as the body writes it, starts at
        ``pos`` (a Title Case headline may run the name into the words after it: "Ana Brix On The Road")."""
        ref = next(iter(self.refs_in(pos, pos + 1)), None)
        if ref is not None:
            return ref.key, (pos, ref.end)
        for key, p in [*self.players.items(), *self.people.items()]:
            end = pos + len(p.name)
            if " " in p.name and self.text.startswith(p.name, pos) and not self.text[end : end + 1].isalnum():
                return key, (pos, end)
        return None

    def lead_subject(self, q: Block) -> str | None:
        """A quotation opening a sentence right after a narrative sentence of its paragraph that has
        no reporting verb ("Brix was blunt. '...'", "Lund shook her head. '...'"): that sentence's
        subject."""
        here = self.lay.sentence_at(q.start)
        if not here:
            return None
        si = here - 1
        prev = self.lay.sentences[si]
        if prev.end > q.start or self.text[prev.end : q.start].strip() or self.lay.in_quote(prev.start):
            return None
        pi = self.lay.quote_paragraph[self.lay.quotes.index(q)]
        if self.lay.sentence_paragraph[si] != pi:
            return None
        subjects = [
            r
            for r in self.refs_in(prev.start, prev.end, self.pool)
            if not self.lay.in_quote(r.start) and not is_object_position(self.text, r.start, self.object_cue)
        ]
        return subjects[0].key if subjects and subjects[0].key in self.players else None

    def embedded(self, q: Block) -> bool:
        """A quoted phrase inside a narrative sentence: the opening mark follows a lower-case word
        and the quotation does not end the sentence as speech does."""
        return bool(RE_EMBEDDED_BEFORE.search(self.text, max(0, q.start - 30), q.start)) and not re.search(
            r"[.!?,][\"”’']?$", self.text[q.start : q.end]
        )

    def runs(self, kept: list[int]) -> dict[int, list[int]]:
        """Quotations with nothing but white space between them (one speaker's paragraphs run
        together by lost line breaks): each index maps to the members of its run."""
        out: dict[int, list[int]] = {}
        run: list[int] = []
        for qi in kept:
            if (
                run
                and self.lay.quote_paragraph[run[-1]] == self.lay.quote_paragraph[qi]
                and not self.text[self.lay.quotes[run[-1]].end : self.lay.quotes[qi].start].strip()
            ):
                run.append(qi)
            else:
                run = [qi]
            out[qi] = run
        return out

    def run(self) -> list[QuoteFact]:
        kept = [
            qi
            for qi, q in enumerate(self.lay.quotes)
            if len(re.findall(r"\w+", self.text[q.start : q.end])) >= MIN_WORDS
        ]
        hits = self.hits
        for qi in kept:
            hits[qi] = self.explicit(qi)
        runs = self.runs(kept)
        out: list[QuoteFact] = []
        last_speaker: str | None = None
        last_para = -10
        for qi in kept:
            q, pi = self.lay.quotes[qi], self.lay.quote_paragraph[qi]
            run = runs[qi]
            pos = run.index(qi)
            shared = [hits[j] for j in reversed(run[:pos]) if hits[j]] + [hits[j] for j in run[pos + 1 :] if hits[j]]
            hit = hits[qi]
            speaker, attribution, confidence = None, None, 0.3
            if hit:
                speaker, attribution, confidence = hit[0], hit[1], 0.9
            elif self.embedded(q):
                pass  # a phrase quoted inside narration (he called it "a bad day")
            elif shared:
                speaker, confidence = shared[0][0], 0.8
            elif (lead := self.lead_subject(q)) is not None:
                speaker, confidence = lead, 0.7
            elif pi - last_para <= 1:
                # A follow-on quotation: the previous speaker, unnamed ("a spokesman said") included.
                speaker, confidence = last_speaker, 0.7
            else:
                speaker = self.narrative_speaker(pi - 1)
                confidence = 0.6 if speaker else 0.3
            if speaker is not None or hit or shared:
                last_speaker, last_para = speaker, pi
            if not self.on_topic(q, speaker):
                continue
            out.append(
                QuoteFact(
                    (q.start, q.end),
                    speaker if speaker in self.players else None,
                    self.name_of(speaker) if speaker else None,
                    attribution,
                    confidence,
                )
            )
        return self.with_repeated_speakers(out)

    def with_repeated_speakers(self, out: list[QuoteFact]) -> list[QuoteFact]:
        """A quotation told twice, as a teaser in the headline or standfirst and again in the body ("'I
        played my best tennis'" above, "'I played my best tennis,' Lund said." below): the unattributed
        telling is the attributed one's speaker's. Words are compared, three at least."""
        words = [tuple(re.findall(r"\w+", self.text[q.span[0] : q.span[1]].lower())) for q in out]
        for i, q in enumerate(out):
            if q.speaker_name is not None or len(words[i]) < 3:
                continue
            said = " ".join(words[i])
            for j, other in enumerate(out):
                if j != i and other.speaker_name is not None and f" {said} " in f" {' '.join(words[j])} ":
                    out[i] = replace(q, speaker=other.speaker, speaker_name=other.speaker_name, confidence=0.7)
                    break
        return out

    def on_topic(self, q: Block, speaker: str | None) -> bool:
        """GOLD.md: a page that is not about tennis holds no facts, quotes included; on such a page
        only a tennis player's words (a tennis brief among others) are kept. On a tennis page, an
        athlete of another sport quoted in a part about that sport is left out too."""
        if self.doc._.tennis_sport != "tennis":
            return speaker in self.players
        person = self.people.get(speaker) if speaker else None
        return not (person is not None and person.role == "athlete of another sport" and other_sport(self.doc, q.start))


@Language.factory(
    "tennis_quotes",
    default_config={"data_dir": None},
    assigns=["doc._.tennis_quotes"],
    requires=[
        "doc._.tennis_refs",
        "doc._.tennis_players",
        "doc._.tennis_people",
        "doc._.tennis_sport",
        "doc._.tennis_other_sport",
    ],
)
def make_quotes(nlp: Language, name: str, data_dir: str | None) -> "QuoteStage":
    return QuoteStage(data_dir)


class QuoteStage(RuleStage):
    @functools.cached_property
    def patterns(self) -> tuple[re.Pattern[str], SubjectPatterns, re.Pattern[str]]:
        """(reporting verbs, speaker-subject patterns, object position), built once per pipeline."""
        return verb_pattern(self.resources.reporting_verbs), subject_patterns(self.resources), self.object_cue

    @guarded("tennis_quotes")
    def __call__(self, doc: Doc) -> Doc:
        doc._.tennis_quotes = QuoteAttributor(doc, *self.patterns).run()
        return doc
