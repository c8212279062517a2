"""Verbs of play as data: ``extractor/data/play_verbs.jsonl`` holds one verb family a line, its
forms, and the frame roles each form plays. The stages build their regexes from it once per
pipeline, never at import time.

Roles:
  active   W <verb> L             "beat", "swept past", "bt"
  passive  L was <verb> by W      "beaten", "edged out"
  lost     L <verb> to W          "lost", "went down" (then "to", "against" or "at the hands of")
  lost_to  L <verb> W             "was no match for": the form ends with the word that marks the winner
  near     a verb of play right beside a name (evidence that a person is a player)
  cue      a word of play anywhere in the sentence (weaker evidence)
  object   a verb whose next name is acted upon ("beat X", "facing X")
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping

from extractor.data.phrases import phrase_regex, phrases_trie

ROLES = ("active", "passive", "lost", "lost_to", "near", "cue", "object")


@dataclass(frozen=True)
class VerbExample:
    """A use of the verb with letters for players (W the winner, L the loser) and the frame that
    must read it (``extractor.results.kinds.FrameKind``), or None when it states no result."""

    text: str
    frame: str | None


@dataclass(frozen=True)
class VerbFamily:
    lemma: str
    forms: tuple[str, ...]
    roles: Mapping[str, tuple[str, ...]]
    examples: tuple[VerbExample, ...] = ()


def family_from_row(row: dict) -> VerbFamily:
    return VerbFamily(
        row["lemma"],
        tuple(row.get("forms") or ()),
        {role: tuple(forms) for role, forms in (row.get("roles") or {}).items()},
        tuple(VerbExample(e["text"], e.get("frame")) for e in row.get("examples") or ()),
    )


def forms_for(families: Iterable[VerbFamily], role: str) -> list[str]:
    """Every form with ``role``, each once, longest first (a regex alternation then prefers
    "edged past" to "edged")."""
    seen = {f for fam in families for f in fam.roles.get(role, ())}
    return sorted(seen, key=lambda f: (-len(f), f))


def form_regex(form: str) -> str:
    """A form as a regex: a phrase of ``extractor.data.phrases`` (its characters literal, a space
    standing for any run of spaces, alternatives in parentheses: "(was|proved) (far|) too good for")."""
    return phrase_regex(form)


def alternation(families: Iterable[VerbFamily], role: str) -> str:
    """``(?:form|form|...)`` for one role; ``(?!)`` (never matches) when no family has it."""
    forms = forms_for(families, role)
    return "(?:" + "|".join(form_regex(f) for f in forms) + ")" if forms else "(?!)"


def trie(families: Iterable[VerbFamily], role: str) -> str:
    """The forms of one role as a trie (``phrases_trie``): the same texts as ``alternation``, the longer of
    two that begin alike tried first as there (tests/results/test_frames.py checks this on the data), read
    by a search in one branch per letter instead of every form at every position."""
    return phrases_trie(forms_for(families, role))
