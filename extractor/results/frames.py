"""Result frames over masked sentences (``⟨Rk⟩`` a player reference, ``⟨Sk⟩`` a score run):
who beat whom. The verbs come from ``extractor/data/play_verbs.jsonl`` (roles active, passive,
lost); ``Frames.build`` compiles every frame once per pipeline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import MappingProxyType
from typing import Iterable, Mapping

from extractor.data.phrases import phrases_alternation, phrases_trie, split_last
from extractor.data.verbs import VerbFamily, alternation, form_regex, forms_for, trie
from extractor.results.fillers import S
from extractor.results.kinds import FrameKind
from extractor.results.mood import Mood
from extractor.results.patterns import (
    TRIGGER_WORDS,
    WIN_CONSTRUCTIONS,
    Lexicon,
    frame_guards,
    frame_patterns,
    frame_triggers,
    nominal_win,
)
from extractor.results.sidepatterns import (
    another_win_pattern,
    before_object_pattern,
    later_pattern,
    loser_list_pattern,
    loser_only_pattern,
    score_statement_pattern,
    team_described_pattern,
    winner_only_pattern,
)

V = re.VERBOSE | re.IGNORECASE
# The verb roles and result words the frames read as tries: the longer of two texts that begin alike is
# tried first in each, as in their alternation (not so in the holders and senders, whose groups list the
# shorter form first: "(claim|claims)"), so a frame finds the same match with either
TRIE_ROLES = ("active", "passive", "lost", "lost_to", "stopped", "withdrew", "win_noun")


@dataclass(frozen=True)
class ResultWords:
    """The words of results not played out, compiled once from result_words.jsonl."""

    stopped: re.Pattern[str]  # a match stopped part-way: "retired", "called it a day"
    withdrew: re.Pattern[str]  # a withdrawal before the match: "withdrew", "could not take to the court"
    walkover: re.Pattern[str]  # "walkover", "w/o", "without hitting a ball"
    defaulted: re.Pattern[str]  # "defaulted", "disqualified"
    retirement: re.Pattern[str]  # any word of a retirement in a sentence: stopped, "ret.", "retirement"
    score_statement: re.Pattern[str]  # a masked sentence that only gives a score: "The score was ⟨S0⟩"

    @classmethod
    def build(cls, words: Mapping[str, tuple[str, ...]]) -> "ResultWords":
        def compiled(*roles: str) -> re.Pattern[str]:
            phrases = [p for role in roles for p in words.get(role, ())]
            return re.compile(rf"(?<!\w){phrases_alternation(phrases)}(?!\w)", re.IGNORECASE)

        return cls(
            stopped=compiled("stopped"),
            withdrew=compiled("withdrew"),
            walkover=compiled("walkover"),
            defaulted=compiled("defaulted"),
            retirement=compiled("stopped", "retirement"),
            score_statement=re.compile(
                score_statement_pattern(phrases_alternation(words.get("score_statement", ()))), V
            ),
        )


PARTICLES = ("out", "off", "aside", "away")  # "knocked L out", "saw L off", "brushed L aside", "blew L away"


def participles(families: Iterable[VerbFamily], role: str) -> str:
    """The forms of ``role`` that are participles ("losing", "going down"), as an alternation."""
    forms = [f for f in forms_for(families, role) if f.split()[0].endswith("ing")]
    return "(?:" + "|".join(form_regex(f) for f in forms) + ")" if forms else "(?!)"


def split_heads(families: Iterable[VerbFamily]) -> str:
    """The verbs of the active forms "<verb> <particle>" ("knocked out", "saw off"), whose particle may
    follow the loser ("knocked him out")."""
    heads = {f.split()[0] for f in forms_for(families, "active") if len(f.split()) == 2 and f.split()[1] in PARTICLES}
    return "(?:" + "|".join(sorted(heads, key=lambda h: (-len(h), h))) + ")" if heads else "(?!)"


@dataclass(frozen=True)
class Frames:
    """Every result pattern, compiled once from the verb data."""

    complete: tuple[tuple[FrameKind, re.Pattern[str]], ...]
    triggers: Mapping[FrameKind, re.Pattern[str]]  # what a sentence must hold for the frame to be tried
    guards: Mapping[str, re.Pattern[str]]  # and for one frame of a kind, by its pattern (patterns.frame_guards)
    trigger_words: Mapping[FrameKind, frozenset[str]]  # or one of these whole words (TRIGGER_WORDS)
    trigger_vocabulary: frozenset[str]  # every trigger word
    word_cue: re.Pattern[str]  # any of them, as a whole word
    winner_only: re.Pattern[str]
    another_win: re.Pattern[str]  # "... and a quarter-final victory over L2" after a result read
    loser_list: re.Pattern[str]  # "W beat three seeds:" before the players it names
    loser_only: re.Pattern[str]
    before_object: re.Pattern[str]
    verb_object: re.Pattern[str]  # before_object without prepositions: the object of a verb
    team_described: re.Pattern[str]
    words: ResultWords
    mood: Mood  # what makes a clause no result (extractor/results/mood.py)
    quit_later: re.Pattern[str]  # "... and he quit": a match in progress ended a sentence or two later
    withdrew_later: re.Pattern[str]  # "L could not play": a scheduled match turned into a walkover later

    @classmethod
    def build(cls, families: Iterable[VerbFamily], words: Mapping[str, tuple[str, ...]]) -> "Frames":
        families = tuple(families)

        def verbs(role: str) -> str:
            return trie(families, role) if role in TRIE_ROLES else alternation(families, role)

        def phrases(role: str) -> str:
            read = phrases_trie if role in TRIE_ROLES else phrases_alternation
            return read(words.get(role, ()))

        stopped, withdrew, win_noun, holder = (
            phrases("stopped"),
            phrases("withdrew"),
            phrases("win_noun"),
            phrases("win_holder"),
        )
        # the nouns of winning without their preposition: "a 6-2 6-1 victory", "a 6-4 winner"
        win_word = phrases_alternation(head for head, _ in map(split_last, words.get("win_noun", ())))
        lex = Lexicon(
            win=rf"(?:{verbs('active')}|{WIN_CONSTRUCTIONS})",
            nominal=nominal_win(holder, win_noun),
            lose=verbs("lost"),
            lose_to=verbs("lost_to"),
            losing=participles(families, "lost"),
            passive=verbs("passive"),
            stopped=stopped,
            withdrew=withdrew,
            walkover=phrases_alternation(words.get("walkover", ())),
            win_noun=win_noun,
            # "defeat (6-3 6-4) to": a score may stand before the preposition
            loss_noun=phrases_alternation(words.get("loss_noun", ()), before_last=rf"(?:\(?{S}\)?,?\s+)?"),
            loss_word=phrases_alternation(head for head, _ in map(split_last, words.get("loss_noun", ()))),
            sender=phrases("win_sender"),
            causer=phrases("win_causer"),
            split_head=split_heads(families),
            split_particle="|".join(PARTICLES),
        )
        win, passive = lex.win, lex.passive
        triggers = frame_triggers(lex)
        vocabulary = frozenset(w for ws in TRIGGER_WORDS.values() for w in ws)
        shared = {p: re.compile(p, V) for p in set(triggers.values())}  # one object for frames that share one
        return cls(
            complete=tuple((kind, re.compile(p, V)) for kind, p in frame_patterns(lex)),
            triggers=MappingProxyType({kind: shared[p] for kind, p in triggers.items()}),
            guards=MappingProxyType({p: re.compile(g, V) for p, g in frame_guards(lex).items()}),
            trigger_words=MappingProxyType({kind: frozenset(ws) for kind, ws in TRIGGER_WORDS.items()}),
            trigger_vocabulary=vocabulary,
            word_cue=re.compile(rf"\b(?:{'|'.join(sorted(vocabulary))})\b", V),
            winner_only=re.compile(winner_only_pattern(holder, win_word), V),
            another_win=re.compile(another_win_pattern(win_noun), V),
            loser_list=re.compile(loser_list_pattern(win, win_noun), V),
            loser_only=re.compile(loser_only_pattern(passive, lex.lose), V),
            before_object=re.compile(before_object_pattern(win), V),
            verb_object=re.compile(before_object_pattern(win, prepositions=False), V),
            team_described=re.compile(team_described_pattern(win), V),
            words=ResultWords.build(words),
            mood=Mood.build(words),
            quit_later=re.compile(later_pattern(stopped, 60), V),
            withdrew_later=re.compile(later_pattern(withdrew, 40), V),
        )

    def words_in(self, text: str) -> frozenset[str]:
        """The trigger words ``text`` holds, each where ``\\b(?:word)\\b`` (case-insensitive) finds it."""
        found: set[str] = set()
        for m in self.word_cue.finditer(text):  # (each match is a whole word: they never overlap)
            word = m.group(0).lower()
            if word in self.trigger_vocabulary:
                found.add(word)
            else:  # a letter lower() does not fold as the regex does ("ſ" for "s")
                found.update(w for w in self.trigger_vocabulary if re.fullmatch(w, m.group(0), re.IGNORECASE))
        return frozenset(found)
