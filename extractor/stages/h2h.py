"""Head-to-head records: "the third time in eight meetings that W has defeated L", "W leads L 5-2"."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from extractor.facts import H2HFact, guarded, register_extensions
from extractor.layout import layout
from extractor.lexicon import NUMBER_WORDS, ORDINALS
from extractor.masking import mask_sentence

R = r"⟨R\d+⟩"
NUM = r"(?:\d{1,3}|" + "|".join(NUMBER_WORDS) + r")"
ORD = r"(?:\d{1,3}(?:st|nd|rd|th)|" + "|".join(k for k in ORDINALS if k != "top") + r")"
MEETINGS = r"(?:meetings|matches|encounters|meetings\s+overall|career\s+meetings|head-to-heads|clashes|contests)"

PATTERNS = (
    # "the third time in eight meetings that W has defeated L"
    re.compile(
        rf"\bthe\s+(?P<wins>{ORD})\s+time\s+in\s+(?:(?:their|his|her)\s+)?(?P<meetings>{NUM})\s+{MEETINGS}\s+(?:that\s+)?(?P<w>{R})\s+(?:has|have|had)\s+(?:now\s+)?(?:defeated|beaten|beat|won\s+against|got\s+the\s+better\s+of|overcome)\s+(?P<l>{R})",
        re.I,
    ),
    # "W has won five of their eight meetings (with L)"
    re.compile(
        rf"(?P<w>{R})\s+(?:has|have|had)\s+(?:now\s+)?won\s+(?P<wins>{NUM})\s+of\s+(?:(?:their|his|her|the)\s+)?(?P<meetings>{NUM})\s+(?:previous\s+|prior\s+)?{MEETINGS}(?:\s+(?:with|against)\s+(?P<l>{R}))?",
        re.I,
    ),
    # "W leads L 5-2 (in their head-to-head)", "W leads the head-to-head 5-2"
    re.compile(rf"(?P<w>{R})[^⟨]{{0,30}}?\b(?:leads|led|leading)\s+(?P<l>{R})\s+(?P<a>\d{{1,2}})-(?P<b>\d{{1,2}})", re.I),
    re.compile(
        rf"(?P<w>{R})[^⟨]{{0,30}}?\b(?:leads|led|leading)\s+(?:the|their)\s+(?:head-to-head|h2h|rivalry|series|career\s+series)\s+(?:(?:against|with|over)\s+(?P<l>{R})\s+)?(?P<a>\d{{1,2}})-(?P<b>\d{{1,2}})",
        re.I,
    ),
    # "W improved her record against L to 7-0"
    re.compile(
        rf"(?P<w>{R})[^⟨]{{0,40}}?\b(?:improved|extended|moved)\s+(?:his|her|their)\s+(?:record|head-to-head|h2h)\s+(?:against|over|with)\s+(?P<l>{R})\s+to\s+(?P<a>\d{{1,2}})-(?P<b>\d{{1,2}})",
        re.I,
    ),
    re.compile(
        rf"(?P<w>{R})[^⟨]{{0,40}}?\b(?:improved|extended|moved)\s+(?:his|her|their)\s+(?:record|head-to-head|h2h)\s+to\s+(?P<a>\d{{1,2}})-(?P<b>\d{{1,2}})\s+(?:against|over|with)\s+(?P<l>{R})",
        re.I,
    ),
)


def is_h2h_statement(masked_text: str) -> bool:
    """A sentence that states a head-to-head record rather than one match's result."""
    return any(p.search(masked_text) for p in PATTERNS[:2])


def _count(word: str) -> int:
    m = re.match(r"\d+", word)
    if m:
        return int(m.group(0))
    w = word.lower()
    return NUMBER_WORDS.get(w) or ORDINALS[w]


def find_h2h(doc: Doc) -> list[H2HFact]:
    lay = layout(doc)
    players = {p.key for p in doc._.tennis_players or ()}
    # Names and descriptions only: a head-to-head statement names both players.
    refs = [r for r in doc._.tennis_refs or () if r.key in players and r.kind != "pronoun"]
    out: dict[tuple[str, str], H2HFact] = {}
    for sent in lay.sentences:
        masked = mask_sentence(lay.text, (sent.start, sent.end), refs, lay, scores=False)
        if len(masked.refs) < 1:
            continue
        for pattern in PATTERNS:
            for m in pattern.finditer(masked.text):
                w = masked.refs[int(m.group("w")[2:-1])]
                l_ph = m.groupdict().get("l")
                if l_ph:
                    l_key = masked.refs[int(l_ph[2:-1])].key
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
                    wins, meetings = _count(m.group("wins")), _count(m.group("meetings"))
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


class H2HStage:
    def __init__(self, data_dir: str | None = None) -> None:
        register_extensions()
        self.data_dir = data_dir  # taken like every stage's; this one reads no rule data yet

    @guarded('tennis_h2h')
    def __call__(self, doc: Doc) -> Doc:
        doc._.tennis_h2h = find_h2h(doc)
        return doc
