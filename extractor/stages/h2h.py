"""Head-to-head records: "the third time in eight meetings that W has defeated L", "W leads L 5-2"."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extractor.findings import H2HFact, guarded
from extractor.results.headtohead import PATTERNS, count_of, holds_cue
from extractor.results.masking import mask_sentence, ref_of
from extractor.stages.base import RuleStage
from extractor.text.layout import layout
from extractor.text.plain import ignorecase_lower


def find_h2h(doc: Doc) -> list[H2HFact]:
    lay = layout(doc)
    players = {p.key for p in doc._.tennis_players or ()}
    # Names and descriptions only, as this stage has always masked them (pronouns stay as written).
    refs = [r for r in doc._.tennis_refs or () if r.key in players and r.kind != "pronoun"]
    out: dict[tuple[str, str], H2HFact] = {}
    lowered = ignorecase_lower(lay.text)
    for sent in lay.sentences:
        if not holds_cue(lay.text, lowered, sent.start, sent.end):
            continue  # no word of a record: nothing to mask
        masked = mask_sentence(lay.text, (sent.start, sent.end), refs, lay, scores=False)
        if len(masked.refs) < 1:
            continue
        for pattern in PATTERNS:
            for m in pattern.finditer(masked.text):
                w = ref_of(masked, m.group("w"))
                l_ph = m.groupdict().get("l")
                if l_ph:
                    l_key = ref_of(masked, l_ph).key
                else:
                    others = {r.key for r in masked.refs if r.key != w.key}
                    if len(others) != 1:
                        continue
                    l_key = others.pop()
                if l_key == w.key:
                    continue
                if "a" in pattern.groupindex:
                    wins, losses = int(m.group("a")), int(m.group("b"))
                    meetings = wins + losses
                else:
                    wins, meetings = count_of(m.group("wins")), count_of(m.group("meetings"))
                if meetings < 1 or wins > meetings:
                    continue
                out.setdefault((w.key, l_key), H2HFact(w.key, l_key, wins, meetings, (sent.start, sent.end)))
    return list(out.values())


@Language.factory(
    "tennis_h2h",
    default_config={"data_dir": None},
    assigns=["doc._.tennis_h2h"],
    requires=["doc._.tennis_refs", "doc._.tennis_players"],
)
def make_h2h(nlp: Language, name: str, data_dir: str | None) -> "H2HStage":
    return H2HStage(data_dir)


class H2HStage(RuleStage):  # takes data_dir like every stage; reads no rule data yet
    @guarded("tennis_h2h")
    def __call__(self, doc: Doc) -> Doc:
        doc._.tennis_h2h = find_h2h(doc)
        return doc
