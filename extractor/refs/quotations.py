"""Direct quotations of one article and who said them (the order of search is in the docstring of
``extractor.stages.quotes``): where the attribution sits, quotation runs, follow-on quotations."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from extractor.findings import QuoteFact, refs_between
from extractor.refs.attribution import (
    RE_COLON_LEAD,
    RE_DETERMINER_BEFORE,
    RE_EMBEDDED_BEFORE,
    RE_INDIRECT,
    RE_LEAD_HEAD,
    RE_MESSAGE_LEAD,
    RE_NAME_BEFORE_VERB,
    RE_NAMING_VERB,
    RE_POSSESSIVE,
    RE_PRONOUN_SPEECH_LEAD,
    RE_SPEECH_MOOD,
    RE_SPEECH_NOUN,
    RE_THAT_WAS_HOW,
    RE_WHEN_SAID,
)
from extractor.refs.quote_subjects import QuoteSubjects
from extractor.refs.resolution import is_object_position
from extractor.text.layout import other_sport
from extractor.text.plain import Block

MIN_WORDS = 1  # GOLD.md counts every passage between quote marks, "very professional" included

# A credit line after a pull quote: the closing mark, a dash, the speaker's name ending the line, maybe
# with a comma and what they are ('"..." — Rohan Kapadia', '"..." – Ana Brix, on her first final').
# "'...': Name On The Road", "'...' - Name After His Win": a headline's speaker after a colon or a dash
RE_COLON_CREDIT = re.compile(r"[ \t]*(?::|—|–|―|--?)[ \t]*")
# An interviewer's question: "Q:" or "Q." opening the paragraph, or a question mark ending it.
RE_QUESTION = re.compile(r"\s*Q\s*[:.]|(?s:.*)\?\s*\Z")  # matched at the paragraph's start
RE_CLAUSE_MARK_END = re.compile(r"[,;]\W?$")  # '"I kept breathing,"': the quotation ends a clause of its sentence
RE_LINE_START = re.compile(r"(?:^|\n)(?:[ \t]*date[ \t]+\d{4}-\d\d-\d\d)?[ \t]*$")  # a quotation opening its line
CREDIT_WORD = r"(?-i:[A-Z])[\w'’.-]+"  # a capitalised word of the name
CREDIT_PARTICLES = r"(?:(?:de|da|del|di|van|von|der|den|le|la|al)[ \t]+)*"  # "Pieter-Jan de Wilde"
RE_CREDIT_AFTER = re.compile(
    r"(?:[ \t]*\n(?=[ \t]*[—–―]))?"  # a pull quote's credit on the next line, after a long dash only
    r"[ \t]*(?:—|–|―|--?)[ \t]*"  # an em, en or bar dash, or one or two hyphens
    r"(?:(?-i:[a-z])[\w-]*[ \t]+){0,2}"  # a title in lower case: "— co-host Maya Lind", "— former champion X"
    rf"(?P<name>{CREDIT_WORD}(?:[ \t]+{CREDIT_PARTICLES}{CREDIT_WORD}){{0,3}})"
    r"(?:[ \t]*\((?:@\w+|[^()\n@]{1,30})\))?"  # a post's handle "(@anabrix)", a time "(14:20)", a role "(host)"
    r"(?:[ \t]+(?-i:[A-Z])[a-z]+\.?[ \t]+\d{1,2},?[ \t]+\d{4})?"  # and its date: "June 2, 2024"
    r"[ \t]*(?:,[^\n\"“”]{0,80})?"  # ", on her first final"
    # "— Ana Brix speaking to Eurosport", "– Ana Brix after her win": the occasion, no verb of narration
    r"(?:[ \t]+(?:speaking|talking|writing|reflecting|after|on|in|at|to|via)\b[^\n\"“”]{0,80})?"
    r"[ \t]*(?:\n|$)"  # then the end of the line
)


class QuoteAttributor(QuoteSubjects):
    """Who said each quotation of one article (see ``extractor.stages.quotes`` for the order of search)."""

    def after(self, q: Block, limit: int) -> tuple[str | None, tuple[int, int]] | None:
        """Attribution after the closing mark: '," Sakkari said', '," said the American'. After a
        quotation that ends a sentence ('." ') only a short clause counts ("Agassi said."): a longer
        one is the next sentence of the story, and one ending in a colon leads into the next quote."""
        q_end = q.end
        handed = self.handed_over(q_end, limit)
        if handed is not None:
            return handed
        window_end = min(limit, q_end + 120)
        chunk = self.text[q_end:window_end]
        stop = re.search(r"(?<=[a-z)])[.!?](?=\s|$)|[“\"]", chunk)
        if stop:
            window_end = q_end + stop.start()
        if not re.match(r"[\s,.;:—–-]*\S", chunk):
            return None
        clause = self.text[q_end:window_end]
        if clause.rstrip().endswith(":"):
            # a lead-in of the next quotation, unless a verb of this one comes first: '," Fabbri
            # said, before adding: "...' (the last verb is the next quotation's)
            verbs = list(self.verbs.finditer(self.text, q_end, window_end))
            if len(verbs) < 2:
                return None
            window_end = verbs[-1].start()
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

    def handed_over(self, pos: int, limit: int) -> tuple[str | None, tuple[int, int]] | None:
        """'"..." That was how X summed up ...', 'Such was the verdict of X': the one named right after."""
        how = RE_THAT_WAS_HOW.match(self.text, pos, limit)
        ref = next(iter(self.refs_in(how.end(), how.end() + 1)), None) if how else None
        return (ref.key, (pos, ref.end)) if ref is not None else None

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
            verbs = [v for v in self.verbs.finditer(self.text, lo, q_start) if not self.noun_use(v)]
            verbs = verbs or list(RE_NAMING_VERB.finditer(self.text, lo, q_start))
            if verbs:
                return self.speaker_near(lo, q_start, verbs[-1])
        if sents:
            return self.colon_subject(max(start, sents[-1].start), q_start)
        return None

    def noun_use(self, verb: re.Match[str]) -> bool:
        """A reporting verb's bare form after a determiner is a noun: "In an Instagram post, X thanked
        fans:", "in his reply"; "the ATP said" is a verb (an inflected form)."""
        word = verb.group(0).lower()
        return not word.endswith(("s", "d", "ing")) and bool(
            RE_DETERMINER_BEFORE.search(self.text, max(0, verb.start() - 40), verb.start())
        )

    def colon_subject(self, lo: int, hi: int) -> tuple[str | None, tuple[int, int]] | None:
        """A lead-in with no reporting verb that ends in a colon introduces its subject's words:
        "Holub: '...'" (a headline, a Q&A), "Holub on his form:", "Holub was blunt:", "Holub's
        verdict was simple:" (a noun of speech after the possessive). The subject heads the lead-in;
        a name acted upon ("The draw was kind to Holub:") or owning someone else ("Holub's coach
        was blunt:") is none."""
        colon = RE_COLON_LEAD.search(self.text, lo, hi)
        if colon is None:
            return None
        sent = RE_MESSAGE_LEAD.match(self.text[lo:hi])
        if sent is not None:  # "An email from X:": the sender, a reader no list knows included
            s, e = lo + sent.start("name"), lo + sent.end("name")
            ref = next(iter(self.refs_in(s, e)), None)
            name = ref.key if ref is not None else sent.group("name")
            return (name, (s, colon.end())) if ref is not None or len(name.split()) >= 2 else None
        pron = RE_PRONOUN_SPEECH_LEAD.match(self.text[lo : colon.start()])
        if pron is not None:  # "Her verdict:", "His Instagram post read:"
            at = lo + pron.start("pron")
            key = self.resolve_pronoun(at, "f" if pron.group("pron").lower() == "her" else "m")
            return (key, (at, colon.end())) if key else None
        head = next(iter(self.refs_in(lo, colon.start(), self.pool)), None)
        if head is None or not RE_LEAD_HEAD.fullmatch(self.text, lo, head.start):
            return None
        if RE_POSSESSIVE.match(self.text, head.end) and not RE_SPEECH_NOUN.match(self.text, head.end):
            return None
        return head.key, (head.start, colon.end())

    def narrative_speaker(self, para_index: int, opens: bool = False) -> str | None:
        """A narrative paragraph just before a quotation that names who is about to speak; before a
        paragraph of quotation only (``opens``), the topic of its last sentence."""
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
        # "Fabbri was upbeat:" a paragraph of its own handing over to the quotation
        last = self.lay.sentence_at(max(p.start, p.end - 1))
        lo = self.lay.sentences[last].start if last is not None else p.start
        hit = self.colon_subject(lo, p.end)
        return hit[0] if hit else (self.topic(lo, p.end) if opens else None)

    def bare(self, pi: int) -> bool:
        """A paragraph of quotation only: nothing but punctuation and white space outside its marks."""
        p = self.lay.paragraphs[pi]
        pos = p.start
        for q in self.lay.quotes[bisect.bisect_left(self.lay._quote_starts, p.start) :]:
            if q.start >= p.end:
                break
            if re.search(r"\w", self.text[pos : q.start]):
                return False
            pos = max(pos, q.end)
        return not re.search(r"\w", self.text[pos : p.end])

    def topic(self, lo: int, hi: int) -> str | None:
        """The player or person heading a narrative sentence with no reporting verb that tells their
        mood or manner, the paragraph before an unattributed quotation ("Holub was in no mood to
        celebrate." then her words; "Her opponent sat slumped in his chair."): the one the words that
        follow are about. A name acted upon or owning another ("Holub's coach") heads nothing."""
        head = next(iter(self.refs_in(lo, hi, self.pool)), None)
        if head is None or not RE_LEAD_HEAD.fullmatch(self.text, lo, head.start):
            return None
        if not RE_SPEECH_MOOD.search(self.text, head.end, hi):
            return None  # "X left early.": an act, no hand-over to speech
        if RE_POSSESSIVE.match(self.text, head.end) or is_object_position(self.text, head.start, self.object_cue):
            return None
        return head.key if head.key in self.players or head.key in self.people else None

    def is_question(self, pi: int) -> bool:
        """A paragraph that is an interviewer's question: no quotation in it, and it opens with
        "Q:" / "Q." or ends with a question mark."""
        if pi < 0:
            return False
        p = self.lay.paragraphs[pi]
        if bisect.bisect_left(self.lay._quote_starts, p.end) > bisect.bisect_left(self.lay._quote_starts, p.start):
            return False
        return bool(RE_QUESTION.match(self.text, p.start, p.end))

    def answerer(self, qpi: int, last_para: int, last_speaker: str | None) -> str | None:
        """Who answers the question in paragraph ``qpi`` with an unattributed quotation: the speaker
        of the answer just before the question, else the person the narrative before the questions
        is about ("X sat down with us", "X spoke to reporters afterwards")."""
        first = qpi
        while self.is_question(first - 1):
            first -= 1
        if last_para == first - 1 and last_speaker is not None:
            return last_speaker
        if first < 1:
            return None
        return self.narrative_speaker(first - 1) or self.paragraph_subject(first - 1)

    def paragraph_subject(self, pi: int) -> str | None:
        """The subject of a narrative paragraph's last sentence: its first player or person (a
        resolved he/she included) outside quotations and not acted upon."""
        p = self.lay.paragraphs[pi]
        last = self.lay.sentence_at(max(p.start, p.end - 1))
        lo = self.lay.sentences[last].start if last is not None else p.start
        for r in self.refs_in(lo, p.end, self.pool):
            if self.lay.in_quote(r.start) or is_object_position(self.text, r.start, self.object_cue):
                continue
            return r.key if r.key in self.players or r.key in self.people else None
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
        hit = self.credit(q) or self.after(q, nxt) or self.before(q.start, para.start, prev_end)
        if hit is None and not same(qi + 1) and pi + 1 < len(self.lay.paragraphs) and self.bare(pi):
            # a paragraph of quotation, then "Those were the words of X ..." opening the next one
            nxt_para = self.lay.paragraphs[pi + 1]
            hit = self.handed_over(nxt_para.start, nxt_para.end)
        return hit

    def credit(self, q: Block) -> tuple[str | None, tuple[int, int]] | None:
        """A pull quote credited on its own line: '"..." — Rohan Kapadia': the player or person of that
        name, else the name as written (a pundit no list knows) when it has two words or more. A
        quotation opening a headline, then a colon and a name: "'I Slept In The Car': Ana Brix On ..."."""
        m = RE_CREDIT_AFTER.match(self.text, q.end)
        if m is None:
            colon = RE_COLON_CREDIT.match(self.text, q.end)
            if colon is None or not RE_LINE_START.search(self.text, max(0, q.start - 20), q.start):
                return None
            if ":" not in colon.group(0) and not self.headline_line(q):
                return None  # '"I kept breathing," — Lund then broke twice.': a dash into narration
            named = self.named_at(colon.end())
            return (named[0], (q.end, named[1][1])) if named else None
        ref = next(iter(self.refs_in(m.start("name"), m.end("name"))), None)
        if ref is not None:
            return ref.key, (q.end, m.end("name"))
        name = m.group("name")
        return (name, (q.end, m.end("name"))) if len(name.split()) >= 2 else None

    def headline_line(self, q: Block) -> bool:
        """A line that a quotation opens is a headline's when the quotation ends no clause of a
        sentence (no comma before its closing mark) and the line ends with no full stop."""
        line_end = self.text.find("\n", q.end)
        line = self.text[q.end : len(self.text) if line_end < 0 else line_end].rstrip()
        return not RE_CLAUSE_MARK_END.search(self.text, q.start, q.end) and not line.endswith((".", "!", "?"))

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
            elif self.is_question(pi - 1):
                speaker = self.answerer(pi - 1, last_para, last_speaker)
                confidence = 0.6 if speaker else 0.3
            elif pi - last_para <= 1:
                # A follow-on quotation: the previous speaker, unnamed ("a spokesman said") included.
                speaker, confidence = last_speaker, 0.7
            else:
                speaker = self.narrative_speaker(pi - 1, self.bare(pi))
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
