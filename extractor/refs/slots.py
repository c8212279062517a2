"""Slots that make a capitalised name a player's, whatever the statistical NER labels it and whether
or not a list knows the name (issue 17, principle 1):

- a result slot: the winner or loser of a verb of play ("beat X", "X lost to", "was beaten by X"), of a
  result noun or agent noun ("a win over X", "the conqueror of X", "too good for X"), of a possessive
  ("X's 6-4 6-2 win"), or a name a set score follows ("d. X 6-3 6-2");
- a rank or seed slot: "world No. 40 X", "No.8 seed X", "10th-ranked X", "qualifier X", "X, the eighth
  seed", "X, ranked 54th", and as predicate: "X is the world No. 54", "X, who is seeded third";
- a speaker slot: "said X", "X told reporters" (the stage runs on tennis stories only);
- a doubles partner slot: "A and B beat", "beat A (EST) and B", "partnering X", "his partner X".

Modifiers may stand between a name and what governs it (seeds, ranks, ages, nationalities, titles,
appositions set off by commas, adverbs). The patterns are composed once per pipeline from the rule
data (verbs of play and their examples, result words, reporting verbs, player titles, slot words)
and the shared rank phrases; ``slot_of`` is a plain function over the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from extractor.data.phrases import phrase_texts
from extractor.data.resources import Resources
from extractor.data.verbs import VerbFamily, form_regex, forms_for
from extractor.text import plain as T
from extractor.text.lexicon import (
    NUMBER_WORDS,
    ORDINAL,
    ORDINALS,
    PARTNERING,
    RANK_NO,
    RANK_NUMBER,
    RANK_ORDINAL,
    number_seed,
    ordinal_seed,
    world_rank,
)

# How far the context of a name is read on each side (one clause, with its modifiers).
BEFORE_CHARS = 85
AFTER_CHARS = 130

UPPER = r"(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž])"
PARTICLE_WORD = r"(?:de|del|della|van|von|der|den|da|di|du|dos|das|le|la|ten|ter|zu|al|el|bin|ben)"
# Another name in a coordination ("A and B"): capitalised words, particles between.
OTHER_NAME = rf"{UPPER}[\w'’.-]*(?:\s+(?:{PARTICLE_WORD}\s+)*{UPPER}[\w'’-]*){{0,3}}"
# What follows a name in draws and results lists: "(ESP)", "(ITA x1)", "(3)", "[Q]", "[8]", "(Switzerland)".
BRACKETS = r"(?:\s*(?:\([^()\n]{1,24}\)|\[[^\[\]\n]{1,6}\]))*"
# "of Britain", "of the Czech Republic"
OF_PLACE = rf"(?:\s+of\s+(?:the\s+)?{UPPER}[\w.'’-]+(?:\s+{UPPER}[\w.'’-]+){{0,2}})?"
# An apposition set off by commas (", the top seed,", ", 23,", ", playing on Thursday,"), or ", who".
APPOSITION = r"(?:\s*,\s*[^,.;:!?\"“”()\n]{1,60}?,|\s*,\s*who\b)"
# A set score: "6-4", "7–6(5)", "6/3", "7-6 (7-5)".
SET = r"\d{1,2}[-–/]\d{1,2}(?:\s*\(\d{1,2}(?:[-–/]\d{1,2})?\))?"
# The first set of a tennis score: one side won six or seven games.
FIRST_SET = r"(?:[67][-–/][0-7]|[0-5][-–/][67])(?![\d])"
WORD_START = r"(?<![\w'’.#-])(?=[\w#])"  # the first character of a word (or of "#5")
# Words that end a noun phrase: a modifier is none of these.
BREAK = (
    r"(?:and|or|but|nor|who|whom|whose|which|that|when|while|where|after|before|because|since|if|as|then|than|so"
    r"|to|by|in|on|at|of|for|from|with|into|onto|over|against|said|says|is|was|were|are|be|been|being|has|have"
    r"|had|will|would|could|should|can|may|might|must|not|did|does|do|also|it|he|she|they|we|i|you|this|these"
    r"|those|there|here)"
)
AUX = (
    r"(?:has|had|have|was|were|is|are|be|been|will|would|could|did|then|also|duly|finally|eventually|later"
    r"|earlier|again|still|never|twice|once|just|only|both|each|first|next|not|had\s+been|has\s+been|[a-z]+ly)"
)
# Verbs and adjectives that take the infinitive of a verb of play ("X hopes to beat", "X is aiming to
# knock out", "X is set to face"); not a noun ("the first Ohio State player to win").
TO_INFINITIVE = (
    r"(?:hopes?|hoped|hoping|wants?|wanted|aims?|aimed|aiming|needs?|needed|expects?|expected|plans?|planned"
    r"|looks?|looking|set|due|tipped|yet|fails?|failed|managed|tries|tried|trying|bids?|bidding|seeks?|seeking"
    r"|vows?|vowed|intends?|intended|wanting|hopeful|determined|eager|keen|likely|favourite|favorite)"
)
# What joins a player to a doubles partner named after, said of the player before it too ("X teamed up
# with Y", "X, partnering Y,"; not "his partner", which a coach or a spouse can be)
RECIPROCAL_PARTNER = (
    rf"(?:{PARTNERING}|partners|teams?\s+(?:up\s+)?with|joins?\s+forces\s+with|playing\s+(?:doubles|mixed)\s+with)"
)
# "is", "was", "remains", "has been": a copula before a rank or seed said of the subject
COPULA = (
    r"(?i:is|was|are|were|remains|remained|becomes|became|stays|stayed|has\s+been|had\s+been)"
    r"(?:\s+(?i:now|currently|still|also|again|already))?"
)
# Between a subject and its verb: auxiliaries and adverbs, then maybe a verb taking an infinitive.
SUBJECT_VERB_GAP = rf"(?:\s+{AUX}){{0,3}}"
# A count a player makes in a match ("14", "four of nine", "all six", "an"): before a tally word of the
# rule data ("aces", "break points"), after any verb ("hit", "fired down", "converted").
NUMBER = r"(?:\d{1,3}(?:\.\d)?|" + "|".join(NUMBER_WORDS) + r")"
TALLY_COUNT = (
    rf"(?:(?:just|only|all|both)\s+)?(?:{NUMBER}|an?)"  # "14", "just two", "an"
    rf"(?:\s+(?:of|from)\s+(?:(?:his|her|their)\s+)?{NUMBER})?"  # "four of nine", "nine of her 12"
)
TALLY_VERB = rf"(?!{BREAK}\b)[a-z]+(?:\s+(?:up|down|off|out))?"  # "hit", "fired down", "racked up"


class SlotKind(StrEnum):
    """Why a name is a player's."""

    RESULT = "result"  # a side of a result construction
    RANK = "rank"  # a world rank, a seed or a player's title
    SPEAKER = "speaker"  # the speaker of a quotation
    PARTNER = "partner"  # a doubles partner
    SCORE = "score"  # a set score right after the name


@dataclass(frozen=True)
class Slot:
    kind: SlotKind
    start: int  # where the evidence starts (in the text)
    end: int


# Verbs that take a person they tell, ask or warn as object: "told Tennis TV", "asked Sinner".
OBJECT_TAKING_REPORTS = frozenset(
    "tell tells told telling ask asks asked asking warn warns warned warning call calls called calling "
    "describe describes described describing post posts posted posting write writes wrote written writing "
    "thank thanks thanked thanking put puts putting answer answers answered answering".split()
)


def object_families(families: tuple[VerbFamily, ...]) -> list[VerbFamily]:
    """The verb families whose written examples put the player acted on right after a form
    ("W beat L", "W faces L", "W cruised past L"): their forms govern the name after them."""
    out = []
    for fam in families:
        forms = {f for forms in fam.roles.values() for f in forms}
        if any(re.search(rf"(?i)\b{form_regex(f)}\s+L\b", ex.text) for ex in fam.examples for f in forms):
            out.append(fam)
    return out


def _spelt(forms):
    """Every text of ``forms``: a form written in the phrase syntax of the rule data ("(came|comes) out
    on top") stands for every text it spells, words separated by one space."""
    return (t for f in forms for t in (phrase_texts(f) if "(" in f else (" ".join(f.split()),)))


def _alt(forms) -> str:
    """Literal forms or phrases as one trie (each position of a text tried a character at a time,
    not a form at a time: these patterns are searched before every name)."""
    return "(?:" + T.trie_alternation(t.lower() for t in _spelt(forms)) + ")"


@dataclass(frozen=True)
class PlayerSlots:
    """The slot patterns of one set of rule data, compiled once per pipeline. ``before*`` are
    searched in the text before a name (they end at it), ``after*`` matched at the end of a name."""

    before: re.Pattern[str]  # "beat X", "lost 6-3 6-4 to X", "a win over X", "against X"
    before_rank: re.Pattern[str]  # "world No. 40 X", "No.8 seed X", "10th-ranked X", "qualifier X"
    before_partner: re.Pattern[str]  # "partnering X", "his partner X"
    after_partner: re.Pattern[str]  # "X teamed up with", "X, partnering", "X partnered": X plays beside the other
    before_speaker: re.Pattern[str]  # "said X"
    after: re.Pattern[str]  # "X beat", "X, the top seed, lost", "X and Y were beaten", "X retired"
    after_subject: re.Pattern[str]  # "X came up short", "X booked her place", "X met"
    after_tally: re.Pattern[str]  # "X hit 14 aces", "X converted four of nine break points"
    after_speaker: re.Pattern[str]  # "X said", "X, 23, told reporters"
    after_rank: re.Pattern[str]  # ", the eighth seed", ", ranked 54th", " is the world No. 54"
    after_possessive: re.Pattern[str]  # "'s 6-4 6-2 win over", "'s conqueror"
    after_score: re.Pattern[str]  # " 6-3 6-2", " (USA) 6-3, 6-2"
    # Where a match of ``before``, ``before_rank`` and ``before_partner`` can start (a word it can
    # start with): their search starts at the first such place, or is not tried when there is none.
    before_start: re.Pattern[str] = re.compile("(?!)")
    rank_start: re.Pattern[str] = re.compile("(?!)")
    partner_start: re.Pattern[str] = re.compile("(?!)")

    @classmethod
    def build(cls, res: Resources) -> "PlayerSlots":
        fams = res.play_verbs
        objects = object_families(fams)
        govern = _alt([f for fam in objects for role in ("active", "object") for f in fam.roles.get(role, ())])
        near = _alt(forms_for(fams, "near"))
        passive = _alt(forms_for(fams, "passive"))
        lost = _alt(forms_for(fams, "lost"))
        # The verb after a subject: the near forms, and every active or lost form but the bare lemma
        # ("Further down": "down" is no verb there; "X beat" is, as a near form).
        subject = _alt(
            [f for f in forms_for(fams, "near") if " " in f or not f.endswith(("ory", "oss"))]  # not "victory", "loss"
            + [f for fam in fams for role in ("active", "lost") for f in fam.roles.get(role, ()) if f != fam.lemma]
            + [f for fam in objects for f in fam.roles.get("object", ()) if f != fam.lemma]
        )
        # after "hopes to", "is aiming to": any form, the bare lemma too ("to knock out")
        infinitive = _alt(f for fam in fams for role in ("active", "object") for f in fam.roles.get(role, ()))
        stopped = _alt([p for role in ("stopped", "withdrew") for p in res.result_words.get(role, ())])
        reports = sorted(res.reporting_verbs)
        words = res.slot_words
        titles = _alt(res.player_titles).replace(r"\s+", r"[\s-]+")  # folded: "runner up" for "runner-up"
        demonyms = _alt([*res.demonyms, *res.nationality_nouns])
        # what a copula can say of a player: a world rank, a seed, an ordinal rank
        predicate_rank = (
            rf"(?:{world_rank()}|{number_seed()}|{ordinal_seed()}|{ORDINAL}[-\s]ranked"
            rf"|(?i:top|highest|lowest|\w+)-(?:ranked|seeded))"
        )
        # and, before a name or in apposition, a bare "No. 5" or "seeded"
        rank = rf"(?:{predicate_rank}|{RANK_NO}{RANK_NUMBER}\b|(?i:unseeded|seeded))"
        # "ranked 54th", "ranked 204th" (ranks run to four digits), "seeded No. 3"
        ranked = rf"(?i:ranked|seeded)\s+(?:{RANK_ORDINAL}|{RANK_NO}?{RANK_NUMBER})"
        # One word of a noun phrase before a name: a lowercase word, a number, a rank, a demonym, a title.
        modifier = (
            rf"(?:(?i:{titles})|(?i:{demonyms})|{RANK_NO}{RANK_NUMBER}|(?:[Ww]orld|WTA|ATP)"
            rf"|(?!{BREAK}\b)[a-z][a-z'’-]*|\d+(?:st|nd|rd|th)?(?:-[a-z]+)*)"
        )
        modifiers = rf"(?:{modifier}\s+){{0,6}}"
        partner = r"(?:(?:his|her|their)\s+(?:[a-z-]+\s+)?partner\s+)?"
        # The name is the second of a pair: "beat Triin Saar (EST) and X", "beat A and his partner X".
        second = rf"(?:{OTHER_NAME}{BRACKETS}\s*(?:,\s*)?(?:and|&|/)\s*{partner}{modifiers})?"
        # "lost 6-3 6-4 to", "was beaten in three sets by": no capital (no other name) in between
        gap = r"(?:(?-i:[^.;:!?\"“”A-Z\n]){0,45}?\s)?"
        # Each pattern searched before a name opens with a word start, so that the search tries its
        # alternatives at the start of a word only.
        governor = (
            rf"{WORD_START}(?i:{govern}|{near}\s+(?:to|against|by|over)|{passive}\s+{gap}by"
            rf"|{lost}\s+{gap}(?:to|against|by)|{_alt(words.get('object', ()))})"
        )
        # The name is the first of a pair: "X and Y beat", "X and his partner Y, the champions, lost".
        first = rf"(?:\s*(?:and|&|/)\s*{partner}{OTHER_NAME}{BRACKETS}{OF_PLACE}{APPOSITION}?)?"
        lead = rf"{BRACKETS}{OF_PLACE}{APPOSITION}?"
        possessive = _alt(words.get("possessive", ()))
        subject_words = _alt(words.get("subject", ()))
        object_texts = [t for p in words.get("object", ()) for t in phrase_texts(p)]
        partner_texts = [t for p in words.get("partner", ()) for t in phrase_texts(p)]
        governing = [
            *(f for fam in objects for role in ("active", "object") for f in fam.roles.get(role, ())),
            *(f for role in ("near", "passive", "lost") for f in forms_for(fams, role)),
            *object_texts,
        ]
        return cls(
            before_start=_start_pattern(governing),
            rank_start=_start_pattern([*res.player_titles, *ORDINALS, *RANK_WORDS], r"|[\w-]*[\d-]"),
            partner_start=_start_pattern(partner_texts),
            before=re.compile(rf"{governor}\s+{modifiers}{second}$"),
            before_rank=re.compile(rf"{WORD_START}(?:{rank}|(?i:{titles}))\s+{modifiers}{second}$"),
            before_partner=re.compile(rf"{WORD_START}(?i:{_alt(words.get('partner', ()))})\s+{modifiers}$"),
            before_speaker=re.compile(
                rf"[\"”’]\s*(?i:{_alt([v for v in reports if v not in OBJECT_TAKING_REPORTS])})\s+{modifiers}$"
            ),
            after=re.compile(
                rf"{lead}{first}{SUBJECT_VERB_GAP}\s+(?i:{subject}|{passive}|{stopped}|{TO_INFINITIVE}\s+to\s+{infinitive})"
                r"(?![\w-])"
            ),
            after_partner=re.compile(
                # the partner is named after it: "teamed up with compatriot Y", never "teamed up with the club"
                rf"{lead}{SUBJECT_VERB_GAP}\s*,?\s+(?i:{RECIPROCAL_PARTNER})\s+(?:[a-z][\w'’-]*\s+){{0,3}}{UPPER}"
            ),
            after_subject=re.compile(rf"{lead}{first}{SUBJECT_VERB_GAP}\s+(?i:{subject_words})(?![\w-])"),
            after_tally=re.compile(
                rf"{lead}{first}{SUBJECT_VERB_GAP}\s+{TALLY_VERB}\s+{TALLY_COUNT}(?:\s+[a-z-]+)?(?:\s+|(?<=\d))"
                rf"(?i:{_alt(words.get('tally', ()))})(?![\w'’-])"
            ),
            after_speaker=re.compile(rf"{lead}{SUBJECT_VERB_GAP}\s+(?i:{_alt(reports)})(?![\w-])"),
            after_rank=re.compile(
                rf"{BRACKETS}\s*,\s*(?:(?i:the|a|an)\s+)?{modifiers}"
                rf"(?:{rank}|(?i:{titles})|{ranked})\b"
                # a rank or seed as predicate: "X is the world No. 54", "X, who is ranked 212th", "X was
                # seeded third"; not a bare "No. 1" ("X is the No. 1 sponsor") nor a title ("X is the champion")
                rf"|{lead}{SUBJECT_VERB_GAP}\s+{COPULA}\s+(?:(?i:the|a|an)\s+)?{modifiers}"
                rf"(?:{predicate_rank}|{ranked})\b"
            ),
            after_possessive=re.compile(rf"['’]s?\s+(?:(?:{modifier}|{SET})\s+){{0,5}}?(?i:{possessive})\b"),
            after_score=re.compile(rf"{BRACKETS}\s*,?\s*{FIRST_SET}"),
        )


def _start_pattern(phrases, more: str = "") -> re.Pattern[str]:
    """The first words of ``phrases`` (spelt out where written in phrase syntax) at a word start (and
    ``more``), any case."""
    return re.compile(rf"{WORD_START}(?i:{_alt(t.split()[0] for t in _spelt(phrases) if t)}{more})")


# Words a rank or seed phrase starts with besides ordinals and titles ("world No. 5", "No.8 seed",
# "WTA number 12", "unseeded"); a word with a digit or a hyphen ("10th-ranked", "top-seeded") too.
RANK_WORDS = ("world", "wta", "atp", "no", "number", "#", "seeded", "unseeded", "highest", "lowest")


def _search_from(pattern: re.Pattern[str], start: re.Pattern[str], head: str) -> re.Match[str] | None:
    """``pattern.search(head)``, tried only where ``start`` matches (every match of ``pattern`` begins
    there): the leftmost of those places where ``pattern`` matches, not every position after the first."""
    at = start.search(head)
    while at is not None:
        m = pattern.match(head, at.start())
        if m is not None:
            return m
        at = start.search(head, at.start() + 1)
    return None


def slot_of(text: str, start: int, end: int, slots: PlayerSlots, *, initial: bool = False) -> Slot | None:
    """The slot that makes the name at [start, end) a player's, or None. Only the clause around the
    name is read (no sentence end crossed). ``initial``: a single capitalised word that starts its
    sentence, which a sentence adverb or a common noun can be ("Further down, world No. 21 X", "Rain
    had held up play"): a rank apposition or a general verb phrase after it says nothing then."""
    lo = max(0, start - BEFORE_CHARS)
    before = text[lo:start]
    cut = _last_sentence_end(before)
    head = before[cut:]
    for kind, pattern, first in (
        (SlotKind.PARTNER, slots.before_partner, slots.partner_start),
        (SlotKind.RESULT, slots.before, slots.before_start),
        (SlotKind.RANK, slots.before_rank, slots.rank_start),
    ):
        m = _search_from(pattern, first, head)
        if m:
            return Slot(kind, lo + cut + m.start(), start)
    m = slots.before_speaker.search(before)  # '..." said X': the quotation closes before the verb
    if m:
        return Slot(SlotKind.SPEAKER, lo + m.start(), start)
    tail = text[end : end + AFTER_CHARS]
    tail = tail[: _first_sentence_end(tail)]
    for kind, pattern in (
        (SlotKind.SCORE, slots.after_score),
        (SlotKind.RANK, None if initial else slots.after_rank),
        (SlotKind.PARTNER, None if initial else slots.after_partner),
        (SlotKind.RESULT, slots.after_possessive),
        (SlotKind.RESULT, slots.after),
        (SlotKind.RESULT, None if initial else slots.after_subject),
        (SlotKind.RESULT, None if initial else slots.after_tally),
    ):
        m = pattern.match(tail) if pattern is not None else None
        if m:
            return Slot(kind, end, end + m.end())
    m = slots.after_speaker.match(tail)
    # '..." X said': the speaker of the quotation just closed. Not 'X said: "...', the form that also
    # introduces spokesmen, pundits and newspapers, and not reported speech ("X said he was tired").
    if m and RE_QUOTE_CLOSED.search(before):
        return Slot(SlotKind.SPEAKER, end, end + m.end())
    return None


RE_QUOTE_CLOSED = re.compile(r"[\"”’]\s*$")  # a quotation closes right before the name


# A sentence end inside a context window: a full stop, question or exclamation mark before a space
# and a capital (not "No. 5", "vs. Kasatkina", "d. Smith": abbreviations are left alone), or a line break.
RE_CONTEXT_END = re.compile(
    r"[.!?](?<!\bNo\.)(?<!\bno\.)(?<!\bvs\.)(?<!\bv\.)(?<!\bd\.)(?<!\bdef\.)\s+(?=[A-Z\"“‘'])|\n"
)


def _last_sentence_end(before: str) -> int:
    last = 0
    for m in RE_CONTEXT_END.finditer(before):
        last = m.end()
    return last


def _first_sentence_end(after: str) -> int:
    m = RE_CONTEXT_END.search(after)
    return m.start() + 1 if m else len(after)


# What joins two players of one side: "A and B", "A (EST) and B", "A/B", "A, partnering B", "A and his
# partner B", "A and compatriot B", "A alongside B".
RE_JOIN = re.compile(
    rf"""^{BRACKETS}{OF_PLACE}\s*
    (?:,\s*)?(?:and|&|/|partnering|partnered\s+by|alongside|with)\s*   # the conjunction or partner word
    # "and his partner", "and compatriot"
    (?:(?:his|her|their|the|fellow|compatriot|countryman|countrywoman|[a-z-]+\s+partner|partner)\s+)*$
    """,
    re.VERBOSE,
)


JOIN_GAP = 60  # the most characters between two names joined as one side


def coordinated(text: str, a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Two names joined as the players of one side ("A and B", "A/B", "A, partnering B"), in
    either order; nothing but brackets, a conjunction and partner words between them."""
    if a_end <= b_start:
        gap = text[a_end:b_start]
    elif b_end <= a_start:
        gap = text[b_end:a_start]
    else:
        return False
    return len(gap) <= JOIN_GAP and RE_JOIN.match(gap) is not None
