"""Direct quotations and who said them.

Attribution is looked for, in order: right after the closing mark (", Sakkari said", "said
Trevisan, who", "he added"), in the lead-in before the opening mark ("He said:", "Speaking to
Tennis TV, Norrie said:"), an earlier quotation in the same paragraph, then the previous
paragraph (a quotation carried over, or a narrative line that names the speaker).
"""

from __future__ import annotations

import functools
import re

from spacy.language import Language
from spacy.tokens import Doc

from extractor.component import RuleStage
from extractor.facts import QuoteFact, guarded
from extractor.layout import Layout, layout
from extractor.lexicon import RE_PRONOUN
from extractor.refs import resolve_back

MIN_WORDS = 1  # GOLD.md counts every passage between quote marks, "very professional" included


def _verb_pattern(verbs) -> re.Pattern[str]:
    alts = sorted(verbs, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(v) for v in alts) + r")\b", re.IGNORECASE)


class QuoteAttributor:
    def __init__(self, doc: Doc, verbs: re.Pattern[str], object_cue: re.Pattern[str]) -> None:
        self.doc = doc
        self.text = layout(doc).text
        self.lay: Layout = layout(doc)
        self.verbs = verbs
        self.object_cue = object_cue
        self.players = {p.key: p for p in doc._.tennis_players or ()}
        self.people = {p.key: p for p in doc._.tennis_people or ()}
        # Names, descriptions and other people; a pronoun next to a reporting verb is resolved
        # here, against the speakers (non-players included), not taken from the refs stage.
        self.refs = sorted(
            (r for r in doc._.tennis_refs or () if r.kind != "pronoun" and not self.lay.in_quote(r.start)), key=lambda r: r.start
        )

    def name_of(self, key: str) -> str:
        p = self.players.get(key) or self.people.get(key)
        return p.name if p else key

    def speaker_near(self, start: int, end: int, verb: re.Match[str]) -> tuple[str, tuple[int, int]] | None:
        """The reference or pronoun standing next to a reporting verb inside [start, end)."""
        cands: list[tuple[int, int, str | None, str]] = [(r.start, r.end, r.key, r.kind) for r in self.refs if start <= r.start < end]
        for m in RE_PRONOUN.finditer(self.text, start, end):
            if m.group("p").lower() in ("he", "she"):
                cands.append((m.start(), m.end(), None, m.group("p").lower()))
        if not cands:
            return None
        # Nearest to the verb, preferring the subject side ("Norrie said") over the object side.
        best = min(cands, key=lambda c: (0 if c[1] <= verb.start() else 1, abs((c[1] if c[1] <= verb.start() else c[0]) - (verb.start() if c[1] <= verb.start() else verb.end()))))
        s, e, key, kind = best
        if key is None:
            gender = "f" if kind == "she" else "m"
            key = self.resolve_pronoun(s, gender)
            if key is None:
                return None
        return key, (min(s, verb.start()), max(e, verb.end()))

    def resolve_pronoun(self, pos: int, gender: str) -> str | None:
        def ok(key: str) -> bool:
            p = self.players.get(key)
            if p is not None:
                return p.gender in (gender, None)
            return key in self.people

        return resolve_back(
            self.text, self.lay, self.refs, pos, object_cue=self.object_cue, accept=ok, kinds=("name", "descriptor", "person")
        )

    def after(self, q_end: int, limit: int) -> tuple[str, tuple[int, int]] | None:
        window_end = min(limit, q_end + 120)
        chunk = self.text[q_end:window_end]
        stop = re.search(r"(?<=[a-z)])[.!?](?=\s|$)|[“\"]", chunk)
        if stop:
            window_end = q_end + stop.start()
        if not re.match(r"[\s,.;:—–-]*\S", chunk):
            return None
        for verb in self.verbs.finditer(self.text, q_end, window_end):
            if len(self.text[q_end : verb.start()].split()) > 6:
                break
            hit = self.speaker_near(q_end, window_end, verb)
            if hit:
                return hit
        return None

    def before(self, q_start: int, para_start: int, prev_quote_end: int) -> tuple[str, tuple[int, int]] | None:
        """The lead-in before the opening mark in the same paragraph: "He said:", "Speaking to
        Tennis TV, Norrie said:", "the Norwegian said he would", "Djokovic smiled. “..."."""
        start = max(para_start, prev_quote_end)
        sents = [s for s in self.lay.sentences if s.start < q_start and s.end > start]
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
        if any(p.start <= q.start < p.end for q in self.lay.quotes):
            return None
        verbs = list(self.verbs.finditer(self.text, p.start, p.end))
        if verbs:
            hit = self.speaker_near(p.start, p.end, verbs[-1])
            if hit:
                return hit[0]
        return None

    def run(self) -> list[QuoteFact]:
        out: list[QuoteFact] = []
        last_speaker: str | None = None
        last_para = -10
        for qi, q in enumerate(self.lay.quotes):
            body = self.text[q.start : q.end]
            if len(re.findall(r"\w+", body)) < MIN_WORDS:
                continue
            pi = self.lay.quote_paragraph[qi]
            para = self.lay.paragraphs[pi]
            nxt = self.lay.quotes[qi + 1].start if qi + 1 < len(self.lay.quotes) and self.lay.quote_paragraph[qi + 1] == pi else para.end
            prev_end = self.lay.quotes[qi - 1].end if qi > 0 and self.lay.quote_paragraph[qi - 1] == pi else para.start
            hit = self.after(q.end, nxt) or self.before(q.start, para.start, prev_end)
            speaker, attribution, confidence = None, None, 0.3
            if hit:
                speaker, attribution, confidence = hit[0], hit[1], 0.9
            elif last_speaker is not None and pi - last_para <= 1:
                speaker, confidence = last_speaker, 0.7
            else:
                speaker = self.narrative_speaker(pi - 1)
                confidence = 0.6 if speaker else 0.3
            if speaker is not None:
                last_speaker, last_para = speaker, pi
            out.append(
                QuoteFact(
                    (q.start, q.end),
                    speaker if speaker in self.players else None,
                    self.name_of(speaker) if speaker else None,
                    attribution,
                    confidence,
                )
            )
        return out


@Language.factory(
    "tennis_quotes",
    default_config={"data_dir": None},
    assigns=["doc._.tennis_quotes"],
    requires=["doc._.tennis_refs", "doc._.tennis_players", "doc._.tennis_people"],
)
def make_quotes(nlp: Language, name: str, data_dir: str | None) -> "QuoteStage":
    return QuoteStage(data_dir)


class QuoteStage(RuleStage):
    @functools.cached_property
    def patterns(self) -> tuple[re.Pattern[str], re.Pattern[str]]:
        """(reporting verbs, object position), built once per pipeline from the rule data."""
        return _verb_pattern(self.resources.reporting_verbs), self.object_cue

    @guarded('tennis_quotes')
    def __call__(self, doc: Doc) -> Doc:
        doc._.tennis_quotes = QuoteAttributor(doc, *self.patterns).run()
        return doc
