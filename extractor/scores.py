"""The score grammar: find score strings in prose, parse them, validate them as tennis.

Two entry points:

* :func:`parse_score` takes a standalone score string, in prose or results-data notation
  ("4-6, 6-3, 6-4", "7-6(5) 6-4", "6-3 2-1 RET", "W/O", "6-7(5) 7-6(6) [10-7]") and returns a
  validated :class:`models.Score` with sets from the winner's side, or None.
* :func:`find_score_runs` finds runs of set scores inside running text, for the match stage,
  which decides from the sentence whose side the numbers are written from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pydantic import ValidationError

from models import Score, SetScore

DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2011": "-", "\u2010": "-", "\u2212": "-"})

RE_SET = re.compile(
    r"""
    (?<![\w/.:\-\u2010-\u2014\u2212])          # not inside a date, time, decimal, fraction or word
    (?:
        \[\s?(?P<ma>\d{1,2})\s?[-/]\s?(?P<mb>\d{1,2})\s?\]     # match tiebreak in brackets: [10-8]
      |
        (?P<a>\d{1,2})\s?[-/]\s?(?P<b>\d{1,2})                 # a set: 6-4, 6/4, 6 - 4
        (?!\d|\s?[-/]\s?\d|[.,]\d|\s?%)                          # not 19-06-2021, 4-1/2, 6-4.5, 6-4%
        (?:\s?\(\s?(?P<tb1>\d{1,2})(?:\s?[-/]\s?(?P<tb2>\d{1,2}))?\s?\))?   # tiebreak: (5), (7-5), (7/5)
    )
    """,
    re.VERBOSE,
)

# What may stand between two sets of one score.
RE_SET_GAP = re.compile(r"\s*[,;]?\s*(?:and\s+)?|\s*,\s*", re.IGNORECASE)

RE_OUTCOME_MARK = re.compile(
    r"""
    \s*,?\s*\(?\s*                      # matched at the end of a run (pattern.match(text, pos))
    (?:
        (?P<ret>ret(?:ired|d)?\b\.?|RET\b|ab(?:andoned|d)?\b\.?)   # retirement: ret., retired, RET, ab., abd
      | (?P<def>DEF\b|def\.(?!\s*[A-Z])|default(?:ed)?\b|disq(?:ualified)?\b\.?)  # default (not "def. Smith")
    )
    """,
    re.VERBOSE,
)

RE_WALKOVER = re.compile(r"\A\s*\(?\s*(?:w/o|w\.o\.|wo|walk-?over|walkover)\s*\)?\.?\s*\Z", re.IGNORECASE)

# Tokens a results file may put around a score that carry no meaning for it.
RE_FILLER = re.compile(r"[\s,;.()]*")


@dataclass(frozen=True)
class RawSet:
    """A set as written, side A first, before anyone decides who won the match."""

    a: int
    b: int
    tiebreak: int | None = None
    match_tiebreak: bool = False

    def flipped(self) -> RawSet:
        return RawSet(self.b, self.a, self.tiebreak, self.match_tiebreak)


@dataclass(frozen=True)
class ScoreRun:
    """A run of set scores found in text, with an outcome marker written right after it."""

    start: int
    end: int
    text: str
    sets: tuple[RawSet, ...]
    outcome: str | None  # "retired" / "defaulted" when a marker follows the sets


def _raw_set(m: re.Match[str]) -> RawSet:
    if m.group("ma") is not None:
        a, b = int(m.group("ma")), int(m.group("mb"))
        loser_points = min(a, b)
        return RawSet(1 if a > b else 0, 0 if a > b else 1, loser_points, True)
    a, b = int(m.group("a")), int(m.group("b"))
    tiebreak = None
    if m.group("tb1") is not None:
        tb1 = int(m.group("tb1"))
        tiebreak = min(tb1, int(m.group("tb2"))) if m.group("tb2") is not None else tb1
    # "1-0(8)": results files write a deciding match tiebreak as a one-game set.
    return RawSet(a, b, tiebreak, match_tiebreak=tiebreak is not None and {a, b} == {1, 0})


def _split_tiebreak_set(raw: RawSet, m: re.Match[str]) -> list[RawSet]:
    """'6-4 (10-8)': parentheses after a set with no tiebreak hold a match tiebreak, not tiebreak points."""
    if raw.tiebreak is None or raw.match_tiebreak or {raw.a, raw.b} in ({7, 6}, {13, 12}):
        return [raw]
    if m.group("tb2") is None:
        return [raw]
    x, y = int(m.group("tb1")), int(m.group("tb2"))
    if max(x, y) < 10:
        return [raw]
    return [RawSet(raw.a, raw.b), RawSet(1 if x > y else 0, 0 if x > y else 1, min(x, y), True)]


def _gap_joins(gap: str) -> bool:
    return len(gap) <= 6 and RE_SET_GAP.fullmatch(gap) is not None


def find_score_runs(text: str) -> list[ScoreRun]:
    """Runs of consecutive set scores in ``text`` (offsets into ``text`` as given)."""
    norm = text.translate(DASHES)
    runs: list[ScoreRun] = []
    group: list[re.Match[str]] = []

    def close() -> None:
        if not group:
            return
        start, end = group[0].start(), group[-1].end()
        sets: list[RawSet] = []
        for m in group:
            sets.extend(_split_tiebreak_set(_raw_set(m), m))
        outcome = None
        mark = RE_OUTCOME_MARK.match(norm, end)
        if mark:
            outcome = "retired" if mark.group("ret") else "defaulted"
            end = mark.end()
            if text[end - 1 : end] == "(":
                end -= 1
        runs.append(ScoreRun(start, end, text[start:end], tuple(sets), outcome))

    for m in RE_SET.finditer(norm):
        if group and not _gap_joins(norm[group[-1].end() : m.start()]):
            close()
            group = []
        group.append(m)
    close()
    return runs


def build_score(
    sets: tuple[RawSet, ...] | list[RawSet],
    text: str,
    *,
    outcome: str | None = None,
    loser_side: bool = False,
) -> Score | None:
    """Turn sets as written into a validated :class:`Score` from the winner's side.

    ``loser_side`` says the writer gave the loser's games first ("lost 2-6, 4-6"). For a
    completed match the side that won the majority of sets is the winner whatever the
    writing, so a wrong guess of the side is corrected by the count of sets.
    """
    if outcome == "walkover":
        return Score(text=text, sets=[], outcome="walkover")
    if not sets:
        return None
    raw = [s.flipped() for s in sets] if loser_side else list(sets)
    outcome = outcome or "completed"
    if outcome == "completed":
        a_sets = sum(1 for s in raw if s.a > s.b)
        if a_sets * 2 < len(raw):
            raw = [s.flipped() for s in raw]
    else:
        # A player rarely retires while ahead: orient so the winner leads in finished sets, then in
        # the set in progress; only a tie leaves the writer's side ("trailing 5-7, 0-2") to decide.
        done = raw[:-1]
        lead = sum(1 for s in done if s.a > s.b) - sum(1 for s in done if s.a < s.b)
        last = raw[-1].a - raw[-1].b
        if lead < 0 or (lead == 0 and last < 0):
            raw = [s.flipped() for s in raw]
    raw = _unbracketed_match_tiebreak(raw)
    set_scores = [
        SetScore(winner_games=s.a, loser_games=s.b, tiebreak=s.tiebreak, match_tiebreak=s.match_tiebreak)
        for s in raw
    ]
    best_of = _best_of(set_scores, outcome)
    try:
        return Score(text=text, sets=set_scores, outcome=outcome, best_of=best_of)
    except ValidationError:
        return None


def _unbracketed_match_tiebreak(raw: list[RawSet]) -> list[RawSet]:
    """'6-4 3-6 10-6': a last 'set' that no set could end with, played at one set all, is a
    match tiebreak written without brackets."""
    if len(raw) < 3 or raw[-1].match_tiebreak or raw[-1].tiebreak is not None:
        return raw
    last = raw[-1]
    hi, lo = max(last.a, last.b), min(last.a, last.b)
    before = raw[:-1]
    level = 2 * sum(1 for s in before if s.a > s.b) == len(before)
    if level and hi >= 10 and hi - lo >= 2 and (hi == 10 or hi - lo == 2) and not (hi - lo == 2 and lo >= 6):
        return before + [RawSet(last.a, last.b, None, True)]
    return raw


def _best_of(sets: list[SetScore], outcome: str) -> int | None:
    finished = sets if outcome == "completed" else sets[:-1]
    won = sum(1 for s in finished if s.winner_games > s.loser_games)
    lost = len(finished) - won
    if outcome == "completed":
        return {2: 3, 3: 5}.get(won)
    if len(sets) > 3 or max(won, lost, 0) >= 2:
        return 5
    return None


def parse_score(text: str) -> Score | None:
    """Parse a standalone score string; None when it is not a legal tennis score.

    Accepts prose and results-data notations: "4-6, 6-3, 6-4", "6–4 6–3", "6/4 6/3",
    "7-6(5) 6-4", "7-6 (7-5)", "6-3 2-1 RET", "6-4 3-0 retired", "W/O", "6-1 7-6(4) 6-7(3) 4-4 DEF",
    "6-7(5) 7-6(6) [10-7]", "6-4 3-6 1-0(8)". Sets come back from the winner's side.
    """
    if not isinstance(text, str) or len(text) > 200:
        return None
    if RE_WALKOVER.match(text):
        return Score(text=text, sets=[], outcome="walkover")
    runs = find_score_runs(text)
    if len(runs) != 1:
        return None
    run = runs[0]
    # Nothing but the score (and punctuation) may stand in the string.
    if RE_FILLER.fullmatch(text[: run.start]) is None or RE_FILLER.fullmatch(text[run.end :]) is None:
        return None
    return build_score(run.sets, text, outcome=run.outcome)
