"""Players: the ``tennis_candidates`` and ``tennis_players`` stages and the article's gender.

Candidates (extractor/refs/candidates.py) come from three places, so the stage also works without a
statistical model: capitalised name sequences next to tennis cues, the shipped list of notable
players, and the NER's PERSON entities where it ran. Bare surnames are then linked to the full
names seen in the same article, whatever label the NER gave them. The finding logic is in
extractor/stages/player_finder.py (one player per identity) and surname_links.py (identities, bare surnames).
"""

from __future__ import annotations

import functools
import re

from spacy.language import Language
from spacy.tokens import Doc

from extractor.data.resources import load_resources
from extractor.findings import guarded
from extractor.refs.names import PlayerGazetteer
from extractor.stages.base import RuleStage
from extractor.stages.player_finder import PlayerFinder
from extractor.text.layout import layout
from extractor.text.lexicon import tour_word_counts

# A third-person pronoun: one scan of a paragraph counts both genders.
RE_PRONOUN = re.compile(
    r"""\b(?:
    (?P<he>he|his|him)   # his
    |she|her|hers        # hers
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)


def article_gender(doc: Doc) -> str | None:
    lay = layout(doc)
    he = she = 0
    for b in lay.paragraphs:
        chunk = lay.text[b.start : b.end]
        for m in RE_PRONOUN.finditer(chunk):
            if m.lastgroup == "he":
                he += 1
            else:
                she += 1
    men, women = tour_word_counts(lay.text)
    he += 3 * men
    she += 3 * women
    if he > she:
        return "m"
    if she > he:
        return "f"
    return None


@Language.factory(
    "tennis_candidates",
    default_config={"data_dir": None},
    assigns=["doc._.tennis_candidates"],
    requires=["doc._.tennis_cruft", "doc._.tennis_other_sport"],
)
def make_candidates(nlp: Language, name: str, data_dir: str | None) -> "CandidateStage":
    return CandidateStage(data_dir, has_ner="ner" in nlp.component_names)


@Language.factory(
    "tennis_players",
    default_config={"data_dir": None},
    assigns=["doc._.tennis_players", "doc._.tennis_people", "doc._.tennis_warnings"],
    requires=["doc._.tennis_cruft", "doc._.tennis_other_sport", "doc._.tennis_candidates", "doc._.tennis_ner_skipped"],
)
def make_players(nlp: Language, name: str, data_dir: str | None) -> "PlayerStage":
    # Whether a statistical NER runs before us, known once (asking each Doc scans all its tokens).
    return PlayerStage(data_dir, has_ner="ner" in nlp.component_names)


class PlayerRuleStage(RuleStage):
    def __init__(self, data_dir: str | None = None, has_ner: bool = True) -> None:
        super().__init__(data_dir)
        self.has_ner = has_ner

    @functools.cached_property
    def gazetteer(self) -> PlayerGazetteer:
        return shared_gazetteer(self.data_dir)


@functools.lru_cache(maxsize=4)
def shared_gazetteer(data_dir: str | None) -> PlayerGazetteer:
    """The PlayerGazetteer of one set of rule data, built once per process for both stages that read
    it (tennis_candidates, tennis_players): building it compiles the slot patterns, about 2 s the
    first time and 0.4 s again. It is frozen (patterns, frozensets, the shared Resources)."""
    return PlayerGazetteer.build(load_resources(data_dir))


class CandidateStage(PlayerRuleStage):
    """Name candidates settled without the statistical NER, and where it must run (tennis_ner)."""

    @guarded("tennis_candidates")
    def __call__(self, doc: Doc) -> Doc:
        doc._.tennis_candidates = PlayerFinder(doc, self.gazetteer, self.has_ner).draft()
        return doc


class PlayerStage(PlayerRuleStage):
    @guarded("tennis_players", "tennis_people")
    def __call__(self, doc: Doc) -> Doc:
        finder = PlayerFinder(doc, self.gazetteer, self.has_ner)
        finder.build(doc._.tennis_candidates or None)
        for p in finder.players.values():
            p.mentions.sort()
        doc._.tennis_players = sorted(finder.players.values(), key=lambda p: p.mentions[0][0])
        doc._.tennis_people = list(finder.people.values())
        gender = article_gender(doc)
        for p in doc._.tennis_players:
            p.gender = p.gender or gender
        return doc
