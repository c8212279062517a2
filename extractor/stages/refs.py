"""References: every name, description and pronoun of a player, resolved once per Doc.

Runs after the players (and events) stages and before the result stages, which read
``doc._.tennis_refs`` and never resolve a reference themselves. Finding lives in
``extractor.refs.references``; this component finds, then writes.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extractor.findings import Ref, guarded
from extractor.refs.references import find_refs
from extractor.stages.base import RuleStage
from extractor.text.layout import layout, other_sport_test


@Language.factory(
    "tennis_refs",
    default_config={"data_dir": None},
    assigns=["doc._.tennis_refs"],
    requires=[
        "doc._.tennis_players",
        "doc._.tennis_people",
        "doc._.tennis_published",
        "doc._.tennis_other_sport",
        "doc._.tennis_cruft",
    ],
)
def make_refs(nlp: Language, name: str, data_dir: str | None) -> "RefStage":
    return RefStage(data_dir)


class RefStage(RuleStage):
    def find(self, doc: Doc) -> list[Ref]:
        lay = layout(doc)
        published = doc._.tennis_published
        return find_refs(
            lay.text,
            lay,
            list(doc._.tennis_players or ()),
            list(doc._.tennis_people or ()),
            self.resources,
            object_cue=self.object_cue,
            published_year=int(published[:4]) if published else None,
            skip=other_sport_test(doc),
        )

    @guarded("tennis_refs")
    def __call__(self, doc: Doc) -> Doc:
        doc._.tennis_refs = self.find(doc)
        return doc
