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

import functools
import re

from spacy.language import Language
from spacy.tokens import Doc

from extractor.findings import guarded
from extractor.refs.attribution import SubjectPatterns, subject_patterns, verb_pattern
from extractor.refs.quotations import QuoteAttributor
from extractor.stages.base import RuleStage


@Language.factory(
    "tennis_quotes",
    default_config={"data_dir": None},
    assigns=["doc._.tennis_quotes"],
    requires=[
        "doc._.tennis_refs",
        "doc._.tennis_matches",
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
