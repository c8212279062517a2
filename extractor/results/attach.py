"""Scores attached to result clauses, in one place: which score runs of a sentence can be a match's
score, which clause each belongs to (the one it stands in, else the nearest before, else the next),
a sentence that only gives the score of the result before it, and the score a clause states, from
its winner's side."""

from __future__ import annotations

import dataclasses
import functools
import re

from extractor.results.clause import Clause
from extractor.results.frames import ResultWords
from extractor.results.kinds import FrameKind
from extractor.results.masking import Masked
from extractor.results.placeholders import REF, run_placeholder
from extractor.scores import RawSet, ScoreRun, build_score, with_prose_tiebreak

RE_TRAILING = re.compile(
    r"\b(?:trailing|trailed|trails|down|behind|losing|lost|lose|fell|falling|going\s+down|went\s+down)\s*(?:by\s+)?"
    rf"(?:(?:against\s+)?{REF}\s*)?$"  # "trailing W 2-6 0-3": the score of the subject, who trails
    rf"|\b(?:trailing|trailed|behind)\b(?:[^⟨.;]|\.(?=\s*\d)|{REF}){{0,80}}$",  # "trailing W, the holder, 2-6 1-1"
    re.IGNORECASE,
)

RE_OLD_YEAR = re.compile(r"\b(?:18\d\d|19[0-6]\d|197[0-4])\b")

# A partial score's lead-in that makes it the state of a retired match: "retired trailing 3-1".
# ("trailing W 2-6 0-3", "leading W 6-3 2-1": the lead-in word may have the opponent after it)
RE_LEAD_IN = re.compile(
    rf"\b(?:trailing|trailed|trails|leading|led|down|up|behind|ahead|at|was|were)\s*(?:(?:against\s+)?{REF}\s*)?$"
    rf"|\b(?:trailing|trailed|leading|led|behind|ahead)\b(?:[^⟨.;]|\.(?=\s*\d)|{REF}){{0,80}}$",  # across modifiers
    re.I,
)
RE_LEAD_OUT = re.compile(r"\s*(?:down|up|behind|ahead)\b", re.I)  # "retired when 6-2 3-0 down"
RE_COMMA_END = re.compile(r",\s*$")
# What stands before a one-set match's score: the loser just named ("beat ⟨R1⟩ 8-6", "⟨R0⟩ d. ⟨R1⟩
# (AUS) 9-8", "beat ⟨R1⟩, the holder, 8-4")
RE_PRO_SET_BEFORE = re.compile(
    rf"{REF}"
    r"(?:,[^⟨,.;]{1,40},)?"  # an apposition between commas: ", the holder,"
    r"(?:\s*\([^()⟨]{0,12}\))?"  # a country or seed in brackets: "(AUS)", "(2)"
    r"[\s,)]*$"
)
# What makes one set no match: a set or a tiebreak named after it ("8-6 in the fifth set", "10-8 in
# the match tiebreak", "in the decider"); a "pro set" or "pro-set" is the match itself
RE_ONE_OF_SETS = re.compile(
    r"[^.;⟨]{0,40}?\b(?:(?<!pro[- ])set|sets|tie-?break(?:er)?s?|decider|deciding)\b",
    re.IGNORECASE,
)
# What separates the clauses of a sentence that tells several things:
RE_CLAUSE_BREAK = re.compile(
    r"""[;\n]                                     # a semicolon or a line break
    | \bwhile\b(?!\s+\w+ing\b)                  # "while L2 retired", not "retired while trailing 6-3 6-4"
    | \b(?:whereas|but|meanwhile)\b             # another clause
    | ,\s*(?:and|as)\b                          # a new clause after a comma: ", and L2 retired", ", as"
    """,
    re.IGNORECASE | re.VERBOSE,
)
RE_RESULT_END = re.compile(r"[;\n]")  # what ends one result of a list: a semicolon, a line break
# What follows a score standing in the noun phrase of a result, up to the player the noun names: "a 6-1 6-1
# defeat of L", "a 6-4 6-4 win over the Spaniard L", "a 6-3 7-5 loss at the hands of W" (the noun's words, then
# its preposition; not a phrase of place or time after a clause's score: "6-3 in the final of", "6-3 a day after")
RE_NOUN_AFTER_SCORE = re.compile(
    r"\s+(?:(?!(?:in|at|on|to|for|with|and|but|then|before|after|over|against|of|by|from|as|while|when)\b)"
    r"[\w'’-]+\s+){1,3}?"  # "defeat", "straight-sets win", "first-round loss"
    r"(?:of|over|against|to|by|at\s+the\s+hands\s+of)\s+"  # its preposition
    rf"(?:[\w'’.,-]+\s+){{0,5}}?(?={REF})",  # the words before the name: "the Spaniard", "world No 5"
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=2048)
def _legal(sets: tuple[RawSet, ...], text: str, outcome: str | None = None, pro_set: bool = False) -> bool:
    """Whether ``build_score`` reads the sets as a score: one answer per input (a pure function of it), kept
    for the same score written again, in this article or the next."""
    return build_score(sets, text, outcome=outcome, pro_set=pro_set) is not None


def plausible_runs(masked: Masked, sentence: str, words: ResultWords) -> list[bool]:
    """Which score runs can be a match score here: a legal completed score, or a partial one
    written as a retirement ("6-3 2-1 ret", "retired trailing 3-1"), never a record ("moved to 2-0")."""
    out = []
    retired = words.retirement.search(sentence) is not None or words.defaulted.search(sentence) is not None
    for run, pos in zip(masked.runs, masked.run_pos):
        if _legal(tuple(run.sets), run.text) and len(run.sets) > 1:
            out.append(True)
            continue
        if one_set_match(masked, run, pos):
            out.append(True)
            continue
        partial = _legal(tuple(run.sets), run.text, "retired")
        lead_in = RE_LEAD_IN.search(masked.text[max(0, pos - 100) : pos]) or RE_LEAD_OUT.match(
            masked.text, pos + len(run_placeholder(len(out)))
        )
        out.append(partial and (run.outcome is not None or (retired and lead_in is not None)))
    return out


def one_set_match(masked: Masked, run: ScoreRun, pos: int) -> bool:
    """A pro set ("8-6", "9-8 (7-4)", "10-4") told as a whole match: the one set right after the
    loser of a result, with no set or tiebreak named after it."""
    if len(run.sets) != 1 or not _legal(tuple(run.sets), run.text, pro_set=True):
        return False
    end = pos + len(run_placeholder(masked.run_pos.index(pos)))
    return bool(RE_PRO_SET_BEFORE.search(masked.text[max(0, pos - 40) : pos])) and not RE_ONE_OF_SETS.match(
        masked.text, end
    )


def score_statement(masked: Masked, sentence: str, words: ResultWords) -> int | None:
    """The score run of a sentence that only gives a score ("The score was 6-0 6-1", "It finished
    6-3 6-2"), when it is a plausible match score; None for any other sentence."""
    if len(masked.runs) != 1 or not words.score_statement.match(masked.text):
        return None
    return 0 if plausible_runs(masked, sentence, words)[0] else None


def attach_scores(masked: Masked, clauses: list[Clause], usable: list[bool] | None = None) -> list[Clause]:
    """Each score belongs to the nearest result clause: the one it stands inside (after the verb:
    "X's 6-4 6-2 win over Y", "lost 2-6 4-6 to Y"), else the clause whose last name it follows
    most closely ("A beat B 6-3, then C 6-4"), else the next clause. Returns the clauses in the
    same order, each with the score run it holds."""
    clauses = list(clauses)
    for i, pos in enumerate(masked.run_pos):
        if usable is not None and not usable[i] or any(c.run == i for c in clauses):
            continue
        free = [j for j, c in enumerate(clauses) if c.run is None]
        named = noun_phrase_clause(masked, pos, i, [(j, clauses[j]) for j in free])
        if named is not None:
            clauses[named] = dataclasses.replace(clauses[named], run=i)
            continue
        inside = [j for j in free if clauses[j].verb_at <= pos < clauses[j].anchor]
        before = [j for j in free if clauses[j].anchor <= pos]
        # a semicolon or a line break closes a result ("A bt B 6-3 6-4; C bt D 6-2 6-2", a results list's lines):
        # no score belongs to a clause after it
        after = [
            j for j in free if clauses[j].start > pos and not RE_RESULT_END.search(masked.text, pos, clauses[j].start)
        ]
        if inside:
            holder = min(inside, key=lambda j: clauses[j].anchor - pos)
        elif before:
            holder = max(before, key=lambda j: clauses[j].anchor)
            # "A defeated B, the wildcard who had knocked out C, 6-2 7-6": the score after the
            # relative clause closes the main one.
            main = [j for j in before if not clauses[j].relative]
            if clauses[holder].relative and main and RE_COMMA_END.search(masked.text[:pos]):
                holder = max(main, key=lambda j: clauses[j].anchor)
        elif after:
            holder = min(after, key=lambda j: clauses[j].start)
        else:
            continue
        clauses[holder] = dataclasses.replace(clauses[holder], run=i)
    return clauses


def score_segment(text: str, pos: int) -> tuple[int, int]:
    """(start, end) of the part of a masked sentence that holds the score at ``pos``: between the clause
    breaks of RE_CLAUSE_BREAK around it."""
    start = 0
    for m in RE_CLAUSE_BREAK.finditer(text, 0, pos):
        start = m.end()
    m = RE_CLAUSE_BREAK.search(text, pos)
    return start, m.start() if m else len(text)


def noun_phrase_clause(masked: Masked, pos: int, i: int, free: list[tuple[int, Clause]]) -> int | None:
    """The clause whose noun phrase holds the score at ``pos`` ("W followed a 6-1 6-1 defeat of L with a 6-4
    6-4 win over L2": each score is the result of the noun it stands before), the one whose name it names
    closes nearest; None when the score stands in no such noun phrase."""
    after = RE_NOUN_AFTER_SCORE.match(masked.text, pos + len(run_placeholder(i)))
    if after is None:
        return None
    named = [(j, c) for j, c in free if c.start <= after.end() < c.anchor]
    return min(named, key=lambda jc: jc[1].anchor)[0] if named else None


def score_for(clause: Clause, masked: Masked, doc_text: str, published: str | None, words: ResultWords):
    if clause.run is None:
        return None
    run = masked.runs[clause.run]
    sent_text = doc_text[clause.sentence[0] : clause.sentence[1]]
    pos = masked.run_pos[clause.run]
    outcome = clause.outcome if clause.outcome in ("retired", "defaulted") else run.outcome
    # a retirement told in the sentence but in another clause than the score's ("W beat L 7-5 6-2, while L2
    # retired"): a complete score stays completed, only a score that is no complete match is read as stopped
    elsewhere = False
    if outcome is None:
        start, end = score_segment(masked.text, pos)
        for stop, word in (("defaulted", words.defaulted), ("retired", words.retirement)):
            if word.search(masked.text, start, end):
                outcome = stop
                break
            if word.search(sent_text):
                outcome, elsewhere = stop, True
                break
    loser_side = clause.kind in (FrameKind.LOST, FrameKind.LOSER_ONLY) or bool(
        RE_TRAILING.search(masked.text[max(0, pos - 100) : pos])
    )
    score = None
    pro_set = one_set_match(masked, run, pos)
    attempts = ([outcome] if outcome else []) + ["completed"]
    for attempt in reversed(attempts) if elsewhere else attempts:
        # a results line ("X bt Y 2-6 0-1 ret") gives its sets from the winner's side whatever they are
        score = build_score(
            run.sets,
            run.text,
            outcome=attempt,
            loser_side=loser_side,
            winner_first=clause.winner_first,
            pro_set=pro_set,
        )
        if score is not None:
            break
    if score is None:
        return None
    # Before tiebreaks any set could run on; since the 1970s only the final set may (badminton's
    # 21-19 22-20 and squash's 11-9 12-10 are not tennis).
    if any(max(s.winner_games, s.loser_games) > 7 and not s.match_tiebreak for s in score.sets[:-1]):
        year = int(published[:4]) if published else None
        if not (RE_OLD_YEAR.search(doc_text) or (year is not None and year < 1975)):
            return None
    at = sent_text.find(run.text)
    return with_prose_tiebreak(score, sent_text[at + len(run.text) :]) if at >= 0 else score
