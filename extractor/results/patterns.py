"""The patterns of result frames over masked sentences, written from the slots of
``extractor.results.fillers`` and the verb and result-word alternations ``Frames.build`` passes in."""

from __future__ import annotations

from dataclasses import dataclass

from extractor.results.fillers import (
    NOT_POSSESSOR,
    NR,
    OF_PLACE,
    PAIRING,
    PRE_LOSER,
    PRE_NAME,
    SEEDISH,
    TEAM,
    THROUGH,
    R,
    S,
)
from extractor.results.kinds import FrameKind
from extractor.results.lossframes import CLAUSE_START, defeat_frames
from extractor.results.unplayed import walkover_frames


@dataclass(frozen=True)
class Lexicon:
    """The alternations the frames are written with, composed once from the verb data
    (play_verbs.jsonl) and the result words (result_words.jsonl) by ``Frames.build``."""

    win: str  # W <win> L: verbs, "ended the run of", "came back to beat"
    nominal: str  # W <nominal> L: "claimed a 6-3 win over" (a holder and a win noun)
    lose: str  # L <lose> to W: "lost", "went down", "came up short"
    lose_to: str  # L <lose_to> W: "was no match for"
    losing: str  # the participles of losing: "losing", "going down", "falling"
    passive: str  # L was <passive> by W
    stopped: str  # a match stopped part-way: "retired"
    withdrew: str  # a withdrawal before the match
    walkover: str  # the words of a walkover: "walkover", "without hitting a ball"
    win_noun: str  # a noun of winning and its preposition: "win over", "conqueror of"
    loss_noun: str  # a noun of losing and its preposition, a score allowed between: "defeat (6-3 6-4) to"
    loss_word: str  # a noun of losing alone: "defeat", "loss", "exit"
    sender: str  # a win noun phrase sends its winner on: "sent", "put"
    causer: str  # a verb whose object is the winner of the win noun after "to": "guided", "partnered"
    split_head: str  # the verb of a form whose particle may follow the loser: "knocked" (out), "saw" (off)
    split_particle: str  # and the particles: "out", "off", "aside", "away"


# A match named as a noun: "won his match with L", "edged a tight contest with L"
MATCH_NOUN = r"(?:match|contest|battle|duel|encounter|clash|showdown|thriller|tussle)"
# The determiner of a noun of winning: "a", "her", "⟨R⟩'s"
NOUN_DET = rf"(?:a|an|the|his|her|their|its|{R}(?:['’]s)?)"
# A word of the noun phrase before a noun of winning: "hard-fought", a score, "straight-sets,"
NOUN_WORD = rf"(?:[\w'’-]+|{S})[\s,]+"


def nominal_win(holder: str, win_noun: str) -> str:
    """ "claimed a 6-3 6-4 win over", "was a 6-4 7-5 winner over", "were 6-4 6-1 winners over",
    "claimed victory over", "raced to a straight-sets victory against": a word that gives its subject
    the noun of winning after it (a verb form in the ``win`` alternation: its subject is the winner,
    the name after it the loser)."""
    # without a determiner ("were 6-4 winners over"), no word of another noun phrase or a verb between
    bare = rf"(?!(?:a|an|the|his|her|their|its)\s|\w+ing\s){NOUN_WORD}"
    return rf"(?:{holder})\s+(?:{NOUN_DET}\s+(?:{NOUN_WORD}){{0,4}}?|(?:{bare}){{0,4}}?)(?:{win_noun})"


# Ways to say "W beat L" that are more than a verb form (the forms are data).
WIN_CONSTRUCTIONS = rf"""
    # "ended the title run of L"
    (?:ended|ending|ends|end)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:run|campaign|hopes|challenge|bid)\s+of
  | d(?=\s+{R})                                                  # "W d L": results shorthand
  # "sent L packing", "sends the top seed packing"
  | (?:sent|sends|sending)(?=\s+(?:[\w'’.-]+\s+){{0,4}}?{R}(?:\s*\([^()⟨]{{0,12}}\))?\s+packing\b)
  # "ended L's reign"
  | (?:ended|ending|ends|snapped|halted|stopped)
    (?=\s+{R}['’]s\s+(?:[\w-]+\s+){{0,3}}?(?:reign|run|streak|campaign|hopes|bid|defen[cs]e|challenge))
  # "came back from a set down to beat L"
  | (?:came|comes|coming|fought|fights|battled|rallied|rallies|recovered|bounced|hit|struck)(?:\s+back)?[^⟨.]{{0,50}}?
    \bto\s+(?:beat|defeat|down|edge|overcome|stun|upset|oust|see\s+off|knock\s+out)
"""


# A verb form after a preposition or an article is a noun ("a day of shocks claims L", "the upsets"), no verb
NOT_NOUN = r"(?<!\bof\s)(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)"
# Nouns of a beating given only ("handed L a hiding"), and given with its score ("handed L a 6-2 6-4 lesson")
GIVEN_DEFEAT = r"(?:hiding|pasting|whitewash|mauling|battering)"
SCORED_LESSON = r"(?:lesson|masterclass|schooling)"
# The verbs of a defeat given ("handed L a defeat", "inflicted a defeat on L"): regular stems and the rest
GIVE_STEMS = ("hand", "condemn", "consign", "inflict")
GIVE_IRREGULAR = ("dealt", "deals", "dealing", "gave", "gives", "giving")
# Frames tried only on a sentence holding one of a few whole words (as ``\b(?:by)\b`` finds them): every
# sentence is searched once for all of them (``Frames.words_in``)
TRIGGER_WORDS: dict[FrameKind, tuple[str, ...]] = {
    FrameKind.PASSIVE: ("by",),
    FrameKind.PARTICIPLE_LOST: ("having", "after", "since", "following"),
    FrameKind.PARTICIPLE_WON: ("having", "after", "since", "following", "fresh"),
    FrameKind.COMEBACK: ("trailed", "trailing", "behind"),
    FrameKind.SPLIT: ("out", "off", "aside", "away"),
    FrameKind.CONQUEROR: ("conqueror", "conquerors"),
    FrameKind.WON_AGAINST: ("against", "over", "with"),
    FrameKind.WIN_FOR: ("for",),
    FrameKind.RUN_ENDED: ("ended", "ends", "end", "dashed", "halted", "snapped", "over"),
    FrameKind.DEFEAT_GIVEN: tuple(f"{v}{e}" for v in GIVE_STEMS for e in ("ed", "s", "ing")) + GIVE_IRREGULAR,
    FrameKind.WALKOVER_FROM: ("walkover",),
    FrameKind.WITHDREW_GIVING: ("handing", "giving", "sending"),
}


def frame_triggers(lex: Lexicon) -> dict[FrameKind, str]:
    """A word a sentence must hold for a frame to be tried on it: one search of the sentence for a
    plain word instead of one from each of its names (most sentences state no result). Frames that
    open with their name and read a long alternation need none: the name fails fast where none is.
    Frames of the same words share one trigger (searched once per sentence), written as each of them
    writes the words or with less around them."""
    # "win over", "conqueror of": each phrase begins and ends with a letter (tests/results/test_frames.py), so
    # where a frame finds one between spaces, this finds it too
    win_noun = rf"\b(?:{lex.win_noun})\b"
    unplayed = rf"\b(?:{lex.withdrew}|{lex.stopped})"  # "withdrew", "retired"
    return {
        FrameKind.LOST: rf"\b(?:{lex.lose}|{lex.lose_to})",
        FrameKind.POSSESSIVE_WIN: win_noun,
        FrameKind.WINNER_OVER: win_noun,
        FrameKind.WALKOVER: unplayed,
        FrameKind.RETIRED_TO: unplayed,
        FrameKind.AGAINST_WINNING: rf"\bagainst\b.*{S}",  # (these three need a score)
        FrameKind.THROUGH_AGAINST: rf"\bagainst\b.*{S}",
        FrameKind.AGAINST_BEFORE: rf"\b(?:before|with)\b.*{S}|\bin\s+(?:a|an|his|her|their)\s+{S}",
        FrameKind.NOMINAL: win_noun,
        FrameKind.WIN_SENT: win_noun,
        FrameKind.WIN_CAUSED: win_noun,
        FrameKind.WITHDREW_FROM: r"\b(?:pull(?:ed|s)?\s+out|withdr[ae]wn?)\b",
        FrameKind.POSSESSIVE_LOSS: rf"\b(?:{lex.loss_noun})",  # "loss to", "defeat (6-3 6-4) by"
    }


def all_frames(lex: Lexicon) -> tuple[tuple, ...]:
    """(kind, pattern) or (kind, pattern, guard) for every complete frame, in the order they are tried."""
    return defeat_frames(lex) + win_frames(lex) + walkover_frames(lex.stopped, lex.withdrew, lex.walkover)


def frame_patterns(lex: Lexicon) -> tuple[tuple[FrameKind, str], ...]:
    """(kind, pattern) for every complete frame, in the order they are tried."""
    return tuple((f[0], f[1]) for f in all_frames(lex))


def frame_guards(lex: Lexicon) -> dict[str, str]:
    """What a sentence must hold for one frame to be tried, beyond its kind's trigger, by the frame's pattern:
    the frames that reach far look for their own words first (most sentences hold none)."""
    return {f[1]: f[2] for f in all_frames(lex) if len(f) > 2}


def win_frames(lex: Lexicon) -> tuple[tuple[FrameKind, str], ...]:
    """Frames that name the winner first (and "L, whom W beat")."""
    win = lex.win
    return (
        # "W had an easier time against L, winning 6-1 6-1"
        (
            FrameKind.AGAINST_WINNING,
            rf"""
            (?P<w>{R}){NR}{{0,80}}?\bagainst\s+{PRE_LOSER}
            (?P<l>{R}){NR}{{0,50}}?\b(?:winning|won|prevailing|triumphing)\s+{S}
        """,
        ),
        # "W, seeded fourth, came through against L 7-6(3) 6-4"
        (
            FrameKind.THROUGH_AGAINST,
            rf"""
            (?P<w>{R})(?P<wp>{TEAM})
            {NR}{{0,80}}?\b(?:came\s+through|won|prevailed|triumphed|survived|held\s+on|held\s+firm|edged\s+through|needed|took|required)\b
            [^⟨.]{{0,40}}?\bagainst\s+{PRE_LOSER}
            (?P<l>{R})(?P<lp>{TEAM}){OF_PLACE}\s*\(?{S}   # a score must follow
        """,
        ),
        # "fifth seed L, whom W beat 6-3 6-4", "L, the player he had beaten in Miami"
        (
            FrameKind.WHOM,
            rf"""
            (?P<l>{R})\s*,\s*(?:whom\s+|(?:{R}|the\s+(?:player|man|woman|one))\s+(?:whom\s+|that\s+)?)(?P<w>{R})\s+(?:had\s+|has\s+)?(?P<verb>{win})(?!\w)(?!\s*{PRE_LOSER}{R})
        """,
        ),
        # "W was slow to start against L before sealing a 6-4 6-2 victory", "W dropped only five games to L in a
        # 6-2 6-3 win", "W was untroubled by L, the sixth seed, in a 6-4 6-2 win": the scored win is the subject's
        (
            FrameKind.AGAINST_BEFORE,
            rf"""
            (?P<w>{R})(?P<wp>{TEAM}){NR}{{0,80}}?\b(?:against|to|by)\s+{PRE_LOSER}(?P<l>{R})(?P<lp>{TEAM})
            {NR}{{0,60}}?\b(?:before\s+\w+(?:\s+out)?|with|in)\s+(?:a|an|his|her|their)\s+{S}\s+(?:[\w-]+\s+)?(?:win|victory|triumph)
        """,
        ),
        # "Having beaten L 6-2 6-4, W next meets ...": the subject after the participle's comma won
        (
            FrameKind.PARTICIPLE_WON,
            rf"""
            {CLAUSE_START}(?:having\s+(?:\w+ly\s+)?|after\s+|since\s+|following\s+|fresh\s+from\s+)
            (?P<verb>{win})(?!\w)\s*{PRE_LOSER}(?P<l>{R})(?P<lp>{TEAM})
            {NR}{{0,100}}?,\s*{PRE_NAME}(?P<w>{R})(?P<wp>{TEAM})
        """,
        ),
        # "W trailed L by two sets to one before coming back to win": the comeback's subject won
        (
            FrameKind.COMEBACK,
            rf"""
            (?P<w>{R})(?P<wp>{TEAM}){NR}{{0,40}}?\b(?:trailed|trailing|was\s+trailing|were\s+trailing|was\s+behind)\s+
            {PRE_NAME}(?P<l>{R})(?P<lp>{TEAM}){NR}{{0,80}}?\b(?:before|but|and)\s+(?:then\s+)?
            (?P<verb>(?:came|coming|fought|fighting|rallied|rallying|recovered|recovering|bounced|bouncing)\s+back\s+to\s+win)
        """,
        ),
        # "W claimed a 6-3 win over L", "W was a 6-4 winner over L", "W raced to a straight-sets victory against L"
        (
            FrameKind.NOMINAL,
            rf"""
            (?P<w>{R})(?P<wp>{TEAM}){SEEDISH}
            {NR}{{0,150}}?\b(?P<verb>{lex.nominal})\s*{PRE_LOSER}{THROUGH}?
            (?P<l>{R}){NOT_POSSESSOR}(?P<lp>{TEAM})
        """,
        ),
        # "W knocked him out", "W saw the Spaniard off": a verb and its particle around the loser
        (
            FrameKind.SPLIT,
            rf"""
            (?P<w>{R})(?P<wp>{TEAM}){SEEDISH}
            {NR}{{0,150}}?\b(?P<verb>{lex.split_head})\s+{PRE_NAME}(?P<l>{R}){NOT_POSSESSOR}(?P<lp>{TEAM})
            \s+(?:{lex.split_particle})\b
        """,
        ),
        # "It took W just 78 minutes to dispatch L": the object of "took" is the subject of the infinitive
        (
            FrameKind.ACTIVE,
            rf"""
            \bit\s+(?:took|takes|had\s+taken)\s+{PRE_NAME}(?P<w>{R})(?P<wp>{TEAM})\s+(?:[\w'’,-]+\s+){{0,8}}?
            to\s+(?P<verb>{win})(?!\w)\s*{PRE_LOSER}{THROUGH}?(?P<l>{R}){NOT_POSSESSOR}(?P<lp>{TEAM})
        """,
            r"\bit\s+(?:took|takes|had\s+taken)\b",
        ),
        # "W beat L", "W (ITA) bt L (USA)", "W and P beat L and Q", "W claimed a 6-3 win over L"
        (
            FrameKind.ACTIVE,
            rf"""
            (?P<w>{R})(?P<wp>{TEAM}){SEEDISH}
            {NR}{{0,150}}?{NOT_NOUN}\b(?P<verb>{win})(?!\w)\s*{PRE_LOSER}
            {THROUGH}?                                  # "beat W2's compatriot L", "W2's conqueror, L"
            (?P<l>{R}){NOT_POSSESSOR}(?P<lp>{TEAM})
        """,
        ),
        # "W's 6-4 6-2 win over L", "W opened with a victory over L"
        (
            FrameKind.POSSESSIVE_WIN,
            rf"""
            (?P<w>{R})(?P<wp>{TEAM})
            (?:['’]s?\s+                                # "W's ...", "Tsitsipas' ...", "the Bryan brothers' ..."
              |{NR}{{0,180}}?\b(?P<verb>with|after|before|courtesy\s+of|thanks\s+to|via|in|included|includes|including|following)
               \s+(?:a|an|his|her|their)?\s*
            )
            {NR}{{0,40}}?\b(?:{lex.win_noun})\s+{PRE_LOSER}{THROUGH}?
            (?P<l>{R}){NOT_POSSESSOR}(?P<lp>{TEAM})
        """,
        ),
        # (after the nouns of winning: "a 6-1 6-1 demolition of X's conqueror, L": L, the conqueror in apposition,
        # is the object of the noun too)
        # "L's conqueror in the previous round, W": an agent noun owned by the loser
        (
            FrameKind.CONQUEROR,
            rf"""
            (?P<l>{R})(?P<lp>{TEAM})['’]s?\s+(?:[\w-]+\s+){{0,2}}?conquerors?\b
            (?:\s+(?:from|in|at)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){{0,3}}?)?\s*,?\s+    # "in the previous round"
            {PAIRING}?{PRE_NAME}(?P<w>{R})(?P<wp>{TEAM})
        """,
        ),
        # "W, L's conqueror"
        (
            FrameKind.CONQUEROR,
            rf"""
            (?P<w>{R})(?P<wp>{TEAM})\s*,\s*(?P<l>{R})(?P<lp>{TEAM})['’]s?\s+(?:[\w-]+\s+){{0,2}}?conquerors?\b
        """,
        ),
        # "The 6-3 6-4 victory over L sent W into the third round": the noun phrase sends its winner on
        (
            FrameKind.WIN_SENT,
            rf"""
            (?:^|[.;:,\u2013\u2014]\s*)\s*(?:the|a|an|that|this|his|her|their|its)?\s*
            (?:{NOUN_WORD}){{0,4}}?(?:{lex.win_noun})\s+{PRE_NAME}(?P<l>{R})(?P<lp>{TEAM})
            {NR}{{0,60}}?\b(?P<verb>{lex.sender})\s+{PRE_NAME}(?P<w>{R})(?P<wp>{TEAM})
        """,
        ),
        # "The coach guided W to a 6-3 6-4 win over L", "W2 partnered W to victory over L": the object of
        # the verb wins the noun of winning after "to" (a partner before it joins the team: clauses.py)
        (
            FrameKind.WIN_CAUSED,
            rf"""
            \b(?P<verb>{lex.causer})\s+{PRE_NAME}(?P<w>{R})(?P<wp>{TEAM})\s+to\s+
            (?:{NOUN_DET}\s+)?(?:{NOUN_WORD}){{0,3}}?(?:{lex.win_noun})\s+{PRE_LOSER}
            (?P<l>{R}){NOT_POSSESSOR}(?P<lp>{TEAM})
        """,
        ),
        # "W, a 6-4 7-5 winner over L": a winner in apposition
        (
            FrameKind.WINNER_OVER,
            rf"""
            (?P<w>{R})(?P<wp>{TEAM})\s*,\s*(?:a|an|the)\s+(?:(?:[\w'’-]+|{S})\s+){{0,3}}?(?:{lex.win_noun})\s+{PRE_LOSER}
            (?P<l>{R})(?P<lp>{TEAM})
        """,
        ),
        # "W handed L a 6-2 6-2 defeat", "W inflicted a straight-sets defeat on L", "W condemned L to a first-round
        # exit": W gives L the noun of losing
        (
            FrameKind.DEFEAT_GIVEN,
            rf"""
            (?P<w>{R})(?P<wp>{TEAM}){SEEDISH}{NR}{{0,100}}?\b
            (?P<verb>handed|hands|handing|dealt|deals|dealing|gave|gives|giving
              |(?:condemned|condemns|condemning|consigned|consigns|consigning)(?=\s+{PRE_NAME}{R}{TEAM}\s+to\s))
            \s+{PRE_NAME}(?P<l>{R})(?P<lp>{TEAM})
            \s+(?:to\s+)?(?:(?:only|just|merely|yet|also)\s+)?     # "handed L only his third defeat"
            {NOUN_DET}\s+(?:(?:{NOUN_WORD}){{0,4}}?(?:{lex.loss_word}|{GIVEN_DEFEAT})|{S}\s+(?:[\w-]+\s+)?{SCORED_LESSON})\b
        """,
        ),
        (
            FrameKind.DEFEAT_GIVEN,
            rf"""
            (?P<w>{R})(?P<wp>{TEAM}){SEEDISH}{NR}{{0,100}}?\b(?P<verb>inflicted|inflicts|inflicting)\s+
            {NOUN_DET}\s+(?:{NOUN_WORD}){{0,4}}?(?:{lex.loss_word})\b(?:\s+[\w'’-]+){{0,4}}?\s+(?:on|upon)\s+{PRE_NAME}
            (?P<l>{R})(?P<lp>{TEAM})
        """,
        ),
        # "It was a 6-2 6-3 victory for W over L": the noun of winning names its winner after "for"
        (
            FrameKind.WIN_FOR,
            rf"""
            \b(?P<verb>win|victory|triumph|success)\s+for\s+{PRE_NAME}(?P<w>{R})(?P<wp>{TEAM})
            \s+(?:over|against)\s+{PRE_LOSER}(?P<l>{R}){NOT_POSSESSOR}(?P<lp>{TEAM})
            (?!\s*(?:,[^,⟨]{{0,40}},)?\s*(?:would|could|will|might|may|should|must)\b)    # ("A win for W over L would")
        """,
            r"\b(?:win|victory|triumph|success)\s+for\b",
        ),
        # "There was defeat for L against W", "a first-round exit for L at the hands of W": the noun of losing names its
        # loser after "for", its winner after the preposition of the loss
        (
            FrameKind.WIN_FOR,
            rf"""
            \b(?P<v>defeat|loss|exit|elimination)\s+for\s+{PRE_LOSER}(?P<l>{R})(?P<lp>{TEAM})
            \s+(?:against|to|at\s+the\s+hands\s+of|by)\s+{PRE_LOSER}(?P<w>{R}){NOT_POSSESSOR}(?P<wp>{TEAM})
            (?!\s*(?:,[^,⟨]{{0,40}},)?\s*(?:would|could|will|might|may|should|must)\b)    # ("A loss for L to W would")
        """,
            r"\b(?:defeat|loss|exit|elimination)\s+for\b",
        ),
        # "W won 7-6(5) 6-3 against L"
        (
            FrameKind.WON_AGAINST,
            rf"""
            (?P<w>{R})(?P<wp>{TEAM}){NR}{{0,150}}?\b
            (?P<verb>won|wins|win|winning
              # "taking the title against L", "clinched the final against L", "edged a tight contest with L"
              # "came through a brutal contest with L", "survived a five-set battle against L"
              |(?:took|takes|taking|clinched|clinching|claimed|claiming|captured|capturing|lifted|lifting|sealed|sealing
                |edged|edges|edging|came\s+through|comes\s+through|coming\s+through|survived|survives|surviving)
               (?=\s+(?:the|his|her|their|a)\s+(?:[\w'’-]+\s+){{0,2}}?(?:title|crown|trophy|final|{MATCH_NOUN})\b))\b
            {NR}{{0,40}}?\b(?:against|over|(?<!doubles\s){MATCH_NOUN}\s+with)\s+{PRE_NAME}
            (?P<l>{R}){NOT_POSSESSOR}(?P<lp>{TEAM})(?!\s*,?\s+as\s+(?:his|her|their)\s+partner)   # (a partner: no side)
        """,
            rf"\b(?:against|over)\b|{MATCH_NOUN}\s+with\b",
        ),
    )
