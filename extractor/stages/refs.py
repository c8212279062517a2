"""References: every name, description and pronoun of a player, resolved once per Doc.

Runs after the players (and events) stages and before the result stages, which read
``doc._.tennis_refs`` and never resolve a reference themselves. Finding lives in
``extractor.refs``; this component finds, then writes.
"""

from __future__ import annotations

import functools

from spacy.language import Language
from spacy.tokens import Doc

from extractor.facts import Ref, guarded, register_extensions
from extractor.layout import layout, other_sport
from extractor.refs import find_refs, object_cue_pattern
from extractor.resources import Resources, load_resources
from extractor.verbs import alternation


@Language.factory(
    "tennis_refs",
    default_config={"data_dir": None},
    assigns=["doc._.tennis_refs"],
    requires=["doc._.tennis_players", "doc._.tennis_people", "doc._.tennis_published", "doc._.tennis_other_sport", "doc._.tennis_cruft"],
)
def make_refs(nlp: Language, name: str, data_dir: str | None) -> "RefStage":
    return RefStage(data_dir)


class RefStage:
    def __init__(self, data_dir: str | None = None) -> None:
        register_extensions()
        self.data_dir = data_dir

    @functools.cached_property
    def resources(self) -> Resources:
        return load_resources(self.data_dir)

    @functools.cached_property
    def object_cue(self):
        """Built once per pipeline from the verbs of role "object"."""
        return object_cue_pattern(alternation(self.resources.play_verbs, "object"))

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
            skip=lambda pos: other_sport(doc, pos),
        )

    @guarded("tennis_refs")
    def __call__(self, doc: Doc) -> Doc:
        doc._.tennis_refs = self.find(doc)
        return doc
