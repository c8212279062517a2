"""Resolving a reference back to a player: the nearest subject before it in its sentence, else the
subject of the sentences just before; object position ("beat X") from the verb data.

Shared by the descriptions (extractor/refs/descriptors.py), the pronouns (extractor/refs/references.py) and the
quote stage's speakers.
"""

from __future__ import annotations

import functools
import re

from extractor.findings import Ref, refs_between
from extractor.text.layout import Layout

# Words that put the name after them in object position, besides the verbs of role "object".
OBJECT_WORDS = r"""
    over|to|by|against|past|off|versus|vs\.?|v\.?   # prepositions of play
  | than|beside|behind|like                      # comparisons: "taller than X"
  | opponent|rival|out|aside                     # "his opponent X", "knocked out X", "swept aside X"
"""


# A name inside a prepositional phrase, no subject of any clause: "since Murray in 2016", "like Nadal,",
# "a rematch with Sinner." (a preposition before it, no verb after it: "since Murray won" is a clause).
RE_PHRASE_BEFORE = re.compile(
    r"\b(?:since|like|unlike|with|without|of|for|from|including|about|among|alongside)\s+"
    r"(?:(?-i:[A-Z])[\w'’.-]*\s+){0,2}$",  # a first name the mention may leave out: "since Andy (Murray)"
    re.I,
)
RE_PHRASE_AFTER = re.compile(
    r"(?:['’]s\b[^,.;:]*)?"  # "since Murray's win in 2016"
    r"\s*(?:[,.;:)!?]|$"  # punctuation: "like Nadal,"
    r"|(?:in|at|on|of|for|and|with|from|during|this|last|as|by)\b)"  # another phrase: "since Murray in 2016"
)


def in_phrase(text: str, start: int, end: int) -> bool:
    """Whether the reference at [start, end) is the object of a preposition ("since Murray in 2016"),
    so the subject of no clause a later description or pronoun may continue."""
    return RE_PHRASE_BEFORE.search(text, max(0, start - 40), start) is not None and (
        RE_PHRASE_AFTER.match(text, end) is not None
    )


def object_cue_pattern(verbs: str) -> re.Pattern[str]:
    """Words in object position before a reference: the player is acted upon, not the subject.
    ``verbs``: the alternation of the verbs of role "object" (extractor/data/play_verbs.jsonl)."""
    return re.compile(
        rf"""(?:
            \b(?:{verbs}|{OBJECT_WORDS})\s+           # "beat X", "against X"
            # "beat the Spaniard", "beat fellow Briton X", "to fellow American X"
            (?:(?:the|his|her|their)\s+)?(?:compatriot\s+|fellow\s+(?:[\w-]+\s+)?)?
            (?:[\w-]+\s+seed\s+)?                     # "beat fifth seed X"
          | [,;]\s+and\s+                             # "A, B and C": a list after an object
        )$""",
        re.VERBOSE | re.IGNORECASE,
    )


def is_object_position(text: str, start: int, object_cue: re.Pattern[str]) -> bool:
    """Whether the reference at ``start`` is acted upon ("beat X"); ``object_cue`` from ``object_cue_pattern``.
    Every cue ends in white space, so a reference right after anything else is none."""
    if start == 0 or not text[start - 1].isspace():
        return False
    return _cue_before(text[max(0, start - 30) : start], object_cue)


@functools.lru_cache(maxsize=4096)
def _cue_before(window: str, object_cue: re.Pattern[str]) -> bool:
    """The same reference is asked about once per pronoun resolved after it: the answer is kept."""
    return object_cue.search(window) is not None


def _quoted_sentence(text: str, lay: Layout, si: int) -> bool:
    """A sentence wholly inside a quotation: a speaker's words, no narrative subject. Asked again for
    the same sentence by every reference resolved after it: the layout keeps the answer."""
    if text is not lay.text:
        return _wholly_quoted(text, lay, si)
    known = lay.quoted_sentences.get(si)
    if known is None:
        known = lay.quoted_sentences[si] = _wholly_quoted(text, lay, si)
    return known


def _wholly_quoted(text: str, lay: Layout, si: int) -> bool:
    sent = lay.sentences[si]
    body = text[sent.start : sent.end].strip()
    start = sent.start + (len(text[sent.start : sent.end]) - len(text[sent.start : sent.end].lstrip()))
    return bool(body) and all(lay.in_quote(p) for p in (start, start + len(body) - 1))


def _narrative_before(lay: Layout, si: int, text: str | None = None) -> list[int]:
    """The three sentences before ``si`` a reference may go back to, nearest first; sentences
    wholly inside quotations are passed over (at most eight sentences back)."""
    out: list[int] = []
    for sj in range(si - 1, max(-1, si - 9), -1):
        if len(out) == 3:
            break
        if text is not None and sj != si - 1 and _quoted_sentence(text, lay, sj):
            continue
        out.append(sj)
    return out


def resolve_back(
    text: str,
    lay: Layout,
    refs: list[Ref],
    pos: int,
    *,
    object_cue: re.Pattern[str],
    accept=lambda key: True,
    exclude: frozenset[str] = frozenset(),
    kinds: tuple[str, ...] = ("name", "descriptor"),
    subjects_only: bool = False,
    subject: bool = False,
    past_quotes: bool = False,
    object_pronoun: bool = False,
    foreground: bool = False,
) -> str | None:
    """The player a description or pronoun at ``pos`` points to (``refs`` in text order): the nearest subject-position
    reference earlier in its sentence, else the subject (first reference) of the sentences before
    it in the same or previous paragraph. References inside quotations are skipped unless ``pos``
    is itself in one. A description in object position ("Norrie beat the Spaniard") excludes the
    player doing the beating. ``subjects_only``: never a player only named as an object before it
    (a sentence's first reference is taken otherwise when it has no subject). ``subject``: the
    reference is known to be a clause's subject ("she", "..., and the top seed now faces"), so
    what stands before it never makes it an object. ``past_quotes``: paragraphs wholly quoted between
    do not count in how far back it may go (a description: "The 31-year-old" after two paragraphs of
    her own words). ``object_pronoun``: "him", "her" as an object, never its own clause's subject
    (that would be "himself"): the nearest other player of its sentence, else as any reference.
    ``foreground``: a subject pronoun, which, opening a paragraph of the story line, passes over a
    background sentence in the past perfect before it ("X had beaten Y in the first round"): the
    sentences before that are looked at first (inside a paragraph the nearest subject goes on: "X had
    never won a match here. He knocked out ...")."""
    si = lay.sentence_at(pos)
    if si is None:
        return None
    inside = lay.in_quote(pos)
    # Only the references from the earliest sentence looked at up to ``pos`` (``refs`` is in text
    # order): a window, so that resolving every pronoun of a long text stays linear.
    back = _narrative_before(lay, si, text)
    window = refs_between(refs, lay.sentences[back[-1] if back else si].start, pos)
    usable = [r for r in window if r.kind in kinds and (inside or not lay.in_quote(r.start))]
    sent = lay.sentences[si]
    here = [r for r in usable if r.start >= sent.start]
    exclude = set(exclude)
    subjects_here = [
        r
        for r in here
        if r.key not in exclude
        and accept(r.key)
        and not is_object_position(text, r.start, object_cue)
        and not in_phrase(text, r.start, r.end)
    ]
    if object_pronoun and here:
        clause_subject = _clause_subject(text, here, object_cue)
        others = [r for r in here if r.key != clause_subject and r.key not in exclude and accept(r.key)]
        if clause_subject is not None and others:
            # "Y, the 20th seed, reached the semis, where X handed him a lesson": Y, a subject before the
            # clause's; "X beat Y and then thanked him": Y, the one other player
            subjects = [r for r in others if _subject_position(text, r, object_cue)]
            return (subjects or others)[-1].key
        if clause_subject is not None:
            exclude.add(clause_subject)
    acted_upon = not subject and is_object_position(text, pos, object_cue)
    if here and acted_upon:
        exclude.add(here[-1].key)
        subjects_here = [r for r in subjects_here if r.key != here[-1].key]
    elif here and subject and subjects_here and is_object_position(text, pos, object_cue):
        # "A lost the final to B, and he beat B again": a subject after a clause joined by ", and"
        # continues the sentence's first subject
        return subjects_here[0].key
    if subjects_here:
        return subjects_here[-1].key
    limit = _paragraph_limit(text, lay, si, back, usable) if past_quotes else lay.sentence_paragraph[si] - 1
    before = [lay.sentences[sj] for sj in back if lay.sentence_paragraph[sj] >= limit]
    word = RE_WORD.match(text, pos)
    own_background = RE_PAST_PERFECT_AFTER.match(text, word.end()) if word else None
    opens = si == 0 or lay.sentence_paragraph[si - 1] != lay.sentence_paragraph[si]
    if foreground and opens and not own_background and not _background(text, sent, usable, object_cue, pos):
        told = [s for s in before if refs_between(usable, s.start, s.end)]
        if told and all(_background(text, s, usable, object_cue) for s in told):
            # a paragraph of background alone ("Y, the 2019 champion, had won 12 of his last 14 matches."):
            # the story line goes on from the paragraph before it
            before = [lay.sentences[sj] for sj in back if lay.sentence_paragraph[sj] >= limit - 1]
        before = sorted(before, key=lambda s: _background(text, s, usable, object_cue))  # stable: nearest first
    found = _subject_before(text, before, usable, exclude, accept, object_cue, subjects_only)
    if found is not None and acted_upon and not here:
        # "A d. B. A Swedish teenager ranked 319th saved break points against the second seed": a
        # sentence whose subject names no player is about the player the story follows, so the one it
        # acts upon is another player of the sentences before, if there is one
        other = _subject_before(text, before, usable, exclude | {found}, accept, object_cue, subjects_only)
        return other or found
    return found


# After a reference, a relative pronoun it is the subject of, maybe after an apposition: "Y, who beat
# him in 2019", "Y, the woman who knocked her out".
RE_WHO_AFTER = re.compile(r"(?:\s*,\s*(?:the|a|an)\s+[\w-]+(?:\s+[\w-]+){0,3}?)?\s*,?\s*who\b")
RE_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")  # "The Italian's title run ... lifted him": no subject


def _subject_position(text: str, r: Ref, object_cue: re.Pattern[str]) -> bool:
    """Whether the reference may be its clause's subject: not acted upon, no object of a preposition,
    no possessor, no object or possessive pronoun ("knocked him out")."""
    return (
        not (r.kind == "pronoun" and text[r.start : r.end].lower() in ("him", "her", "his"))
        and not is_object_position(text, r.start, object_cue)
        and not in_phrase(text, r.start, r.end)
        and not RE_POSSESSIVE_AFTER.match(text, r.end)
    )


def _clause_subject(text: str, here: list[Ref], object_cue: re.Pattern[str]) -> str | None:
    """The subject of the clause ending at the last of ``here`` (the references of a sentence before
    a pronoun): the last reference in subject position (no possessor: "X's run lifted him"), or before
    a relative "who" ("X lost to Y, who beat him": Y)."""
    for r in reversed(here):
        if RE_WHO_AFTER.match(text, r.end) or _subject_position(text, r, object_cue):
            return r.key
    return None


# After a clause's subject, a verb in the past perfect: a background fact told in passing ("Y, the 2019
# champion, had won 12 of his last 14 matches", "Y had beaten Z in the first round"), not "had a
# chance", "had to retire" (no participle), nor "had been leading" (a state at the time of the story).
RE_PAST_PERFECT_AFTER = re.compile(
    r"(?:\s*,[^.;:!?]{1,80}?,)?\s+(?:(?:also|already|previously|earlier|never|just|only)\s+)?had\s+"
    r"(?:(?:also|already|previously|earlier|never|just|only|not|twice)\s+)?"
    r"(?!(?:to|a|an|the|no|his|her|their|been\s+\w+ing)\b)(?:[a-z]+(?:ed|en|wn)|won|lost|beat|made|held|led|fought|got|come|become|run|hit|spent|felt|kept|left|met)\b"
)


RE_WORD = re.compile(r"\w+")


def _background(text: str, sent, usable: list[Ref], object_cue: re.Pattern[str], end: int | None = None) -> bool:
    """Whether the sentence's subject (its first reference in subject position, before ``end``) is
    told in the past perfect: a background fact, off the story line."""
    for r in refs_between(usable, sent.start, sent.end if end is None else end):
        if _subject_position(text, r, object_cue):
            return RE_PAST_PERFECT_AFTER.match(text, r.end) is not None
    return False


def _paragraph_limit(text: str, lay: Layout, si: int, back: list[int], usable: list[Ref]) -> int:
    """The earliest paragraph a reference in sentence ``si`` may go back to: its own or the one before,
    paragraphs between that name no player of the story not counted (a speaker's words, a paragraph
    about the family in the stands)."""
    para = lay.sentence_paragraph[si]
    for sj in back:
        s = lay.sentences[sj]
        if lay.sentence_paragraph[sj] < para and not _quoted_sentence(text, lay, sj):
            if refs_between(usable, s.start, s.end):
                return min(para - 1, lay.sentence_paragraph[sj])
    return para - 1


def _subject_before(text, sentences, usable, exclude, accept, object_cue, subjects_only) -> str | None:
    """The subject (else the first reference, unless ``subjects_only``) of the nearest of
    ``sentences`` that refers to a player ``accept`` takes and ``exclude`` leaves."""
    for s in sentences:
        in_sent = [r for r in usable if s.start <= r.start < s.end and r.key not in exclude and accept(r.key)]
        subjects = [
            r
            for r in in_sent
            if not is_object_position(text, r.start, object_cue) and not in_phrase(text, r.start, r.end)
        ]
        if subjects:
            return subjects[0].key
        if in_sent and not subjects_only:
            return in_sent[0].key
    return None
