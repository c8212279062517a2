"""The score grammar: find score strings in prose, parse them, validate them as tennis.

Two entry points:

* :func:`parse_score` takes a standalone score string, in prose or results-data notation
  ("4-6, 6-3, 6-4", "7-6(5) 6-4", "6-3 2-1 RET", "W/O", "6-7(5) 7-6(6) [10-7]") and returns a
  validated :class:`models.Score` with sets from the winner's side, or None.
  ``winner_first=True`` reads tour results data: sets are kept as written (the winner's games
  first, even when the winner trails in a retirement), never flipped, and the outcome comes
  from the RET / DEF / W/O token.
* :func:`find_score_runs` finds runs of set scores inside running text, for the match stage,
  which decides from the sentence whose side the numbers are written from.

Formats read, with the era each comes from (the rules are in ``models.score``):

* six-game sets 6-0..6-4, 7-5, 7-6 with or without tiebreak points "7-6(5)", "7-6 (7-5)"
  (tiebreak era, 1970-); 13-12(3) (12-all final-set tiebreak, Wimbledon 2019-21);
* advantage sets won by two, 8-6, 11-9, 70-68 (any set before 1970, final sets later);
* match tiebreaks [10-8], [12-14] from either side, 1-0(8), [1-0] with no points (doubles and
  Challenger/ATP deciders, 2000s-), 10-8 as an unbracketed last set at one set all;
* 9-8 (tiebreak at 8-all, 1971-78) and 6-5 (tiebreak at 5-all, early 1970s);
* short sets first to four games, a tiebreak at 3-all: 4-2, 4-3(5) (Next Gen finals, 2017-);
* pro sets, the whole match in one set to 8 or 10 games: 8-6, 9-8, 10-4 (1968-1980s);
* VASSS point-scored sets to 21 or 31 points, with a nine-point sudden-death decider 5-3
  (1970-72 experiments);
* retirements "6-3 2-1 RET" / "ret." / "retired" / "ABD", defaults "DEF" / "Def.", walkovers "W/O".

Prose (the default) accepts the 9-8, 6-5 and short-set formats only when a tiebreak annotation
shows a set to be tennis ("9-8(5)", "4-3(3)"), and never point sets or one-set pro sets: in
running text 21-15 is badminton, 11-9 squash and 8-6 a football or hockey score.
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
        # not 19-06-2021, 4-1/2, 6-4.5, 6-4,5, 6-4%; 1-6,4-6 is two sets
        (?!\d|\s?[-/]\s?\d|\.\d|,(?!\d{1,2}\s?[-/]\s?\d)\d|\s?%)
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

# The outcome token that ends a results-data score ("6-3 2-1 RET", "6-4 DEF", "W/O").
RE_RESULT_TAIL = re.compile(
    r"""
    [\s,;(]*(?<![a-z])
    (?:
        (?P<ret>ret(?:ired|'?d)?|ab(?:andoned|d)?)   # retirement, abandoned match
      | (?P<def>def(?:ault(?:ed)?)?|disq(?:ualified)?|dq)       # default, disqualification
      | (?P<wo>w/o|w\.o|wo|walk-?over)                          # walkover
    )
    [\s.)]*\Z
    """,
    re.VERBOSE | re.IGNORECASE,
)

# Sets a tiebreak can decide in some format: "(10-8)" after them is tiebreak points.
TIEBREAK_GAMES = ({7, 6}, {13, 12}, {9, 8}, {6, 5}, {4, 3})
# Formats prose accepts when a set only they explain carries tiebreak points ("9-8(5)").
PROSE_TIEBREAK_FORMATS = ("eight_all", "five_all", "short")

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
        if max(a, b) == 1:
            return RawSet(a, b, None, True)  # [1-0]: a match tiebreak whose points were not kept
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
    if raw.tiebreak is None or raw.match_tiebreak or {raw.a, raw.b} in TIEBREAK_GAMES:
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
    winner_first: bool = False,
    pro_set: bool = False,
) -> Score | None:
    """Turn sets as written into a validated :class:`Score` from the winner's side.

    ``loser_side`` says the writer gave the loser's games first ("lost 2-6, 4-6"). For a
    completed match the side that won the majority of sets is the winner whatever the
    writing, so a wrong guess of the side is corrected by the count of sets.

    ``winner_first`` says the sets come from results data, written from the winner's side
    whatever the score: they are never flipped, every format of ``models.score`` is accepted,
    and a score no format explains is kept as written when each set is plausible.

    ``pro_set`` says the caller found the one set in a result clause ("beat Y 8-6"): prose then
    also takes a one-set match to 8, 9 or 10 games, which alone could be any sport's score.
    """
    if outcome == "walkover":
        return Score(text=text, sets=[], outcome="walkover")
    if not sets:
        return None
    outcome = outcome or "completed"
    raw = _winner_first(list(sets), outcome) if winner_first else _oriented(list(sets), outcome, loser_side)
    raw = _unbracketed_match_tiebreak(raw)
    set_scores = [
        SetScore(winner_games=s.a, loser_games=s.b, tiebreak=s.tiebreak, match_tiebreak=s.match_tiebreak) for s in raw
    ]
    data = {"text": text, "sets": set_scores, "outcome": outcome, "best_of": _best_of(set_scores, outcome)}
    try:
        score = Score.model_validate(data)
    except ValidationError:
        score = None
    if winner_first:
        return score or _as_written(data)
    if score is not None and (_prose_allows(score) or (pro_set and score.format() == "pro")):
        return score
    return None


def _oriented(raw: list[RawSet], outcome: str, loser_side: bool) -> list[RawSet]:
    """Prose: sets turned to the winner's side."""
    if loser_side:
        raw = [s.flipped() for s in raw]
    if outcome == "completed":
        a_sets = sum(1 for s in raw if s.a > s.b)
        if a_sets * 2 < len(raw):
            raw = [s.flipped() for s in raw]
        return raw
    # A player rarely retires while ahead: orient so the winner leads in finished sets, then in
    # the set in progress; only a tie leaves the writer's side ("trailing 5-7, 0-2") to decide.
    done = raw[:-1]
    lead = sum(1 for s in done if s.a > s.b) - sum(1 for s in done if s.a < s.b)
    last = raw[-1].a - raw[-1].b
    if lead < 0 or (lead == 0 and last < 0):
        raw = [s.flipped() for s in raw]
    return raw


def _winner_first(raw: list[RawSet], outcome: str) -> list[RawSet]:
    """Results data: sets as written; only a deciding match tiebreak written from the other side
    ("6-4 3-6 [12-14]") is turned, since at one set all it went to the winner."""
    last = raw[-1]
    before = raw[:-1]
    level = 2 * sum(1 for s in before if s.a > s.b) == len(before) and all(s.a != s.b for s in before)
    if outcome == "completed" and last.match_tiebreak and last.a < last.b and level:
        return before + [last.flipped()]
    return raw


def _as_written(data: dict) -> Score | None:
    try:
        return Score.model_validate(data, context={"as_written": True})
    except ValidationError:
        return None


def _prose_allows(score: Score) -> bool:
    """Prose keeps to the standard format unless a set with tiebreak points that only an older or
    shorter format explains ("9-8(5)", "4-3(3)") shows the string is tennis."""
    fmt = score.format()
    if fmt in (None, "standard"):
        return True
    if fmt not in PROSE_TIEBREAK_FORMATS:
        return False
    return any(s.tiebreak is not None and not s.match_tiebreak and not s.is_complete("standard") for s in score.sets)


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


def parse_score(text: str, *, winner_first: bool = False) -> Score | None:
    """Parse a standalone score string; None when it is not a legal tennis score.

    Accepts prose and results-data notations: "4-6, 6-3, 6-4", "6–4 6–3", "6/4 6/3",
    "7-6(5) 6-4", "7-6 (7-5)", "6-3 2-1 RET", "6-4 3-0 retired", "W/O", "6-1 7-6(4) 6-7(3) 4-4 DEF",
    "6-7(5) 7-6(6) [10-7]", "6-4 3-6 1-0(8)". Sets come back from the winner's side.

    ``winner_first=True`` reads tour results data ("0-6 4-2 RET", "9-8 6-3", "4-1 3-4(6) 4-3(3)",
    "25-31 31-17 5-3", "8-6"): the sets are the winner's as written and never flipped, the outcome
    is the token's (none: completed), and every format of the module docstring is accepted. A
    string that is only a sequence of plausible sets comes back as written even when it is no
    finished match ("6-7 5-7").
    """
    if not isinstance(text, str) or len(text) > 200:
        return None
    if RE_WALKOVER.match(text):
        return Score(text=text, sets=[], outcome="walkover")
    if winner_first:
        return _parse_results(text)
    run = _only_run(text)
    if run is None:
        return None
    return build_score(run.sets, text, outcome=run.outcome)


def _only_run(text: str) -> ScoreRun | None:
    """The one run of sets in ``text``, when nothing but punctuation stands beside it."""
    runs = find_score_runs(text)
    if len(runs) != 1:
        return None
    run = runs[0]
    if RE_FILLER.fullmatch(text[: run.start]) is None or RE_FILLER.fullmatch(text[run.end :]) is None:
        return None
    return run


def _parse_results(text: str) -> Score | None:
    """A results-data score: sets from the winner's side, then maybe RET / DEF / W/O."""
    tail = RE_RESULT_TAIL.search(text.translate(DASHES))
    body, outcome = text, None
    if tail:
        body = text[: tail.start()]
        outcome = "retired" if tail.group("ret") else "defaulted" if tail.group("def") else "walkover"
    if not any(c.isdigit() for c in body):
        if RE_FILLER.fullmatch(body) is None or outcome is None:
            return None
        return Score(text=text, sets=[], outcome=outcome)
    run = _only_run(body)
    if run is None:
        return None
    outcome = outcome or run.outcome
    if outcome == "walkover":
        outcome = "retired"  # sets were played: the loser did not come back to finish
    return build_score(run.sets, text, outcome=outcome, winner_first=True)


# A tiebreak's points told in prose after the score: "winning the tiebreak 9-7", "taking the
# tie-break 7-4", "before claiming it 8-6" (with "tiebreak" named in the sentence).
RE_PROSE_TIEBREAK = re.compile(
    r"""\b(?:won|winning|took|taking|claimed|claiming|clinched|clinching|edged|edging|sealed|sealing|lost|losing|dropped|dropping)\s+
    (?:(?P<tb>the\s+(?:[\w-]+\s+)?tie-?break(?:er)?)|(?P<it>it|that\s+one))   # "the (third-set) tiebreak" | "it"
    \s+(?P<a>\d{1,2})\s*[-–]\s*(?P<b>\d{1,2})\b""",
    re.IGNORECASE | re.VERBOSE,
)
RE_TIEBREAK_WORD = re.compile(r"\btie-?break(?:er)?s?\b", re.IGNORECASE)


def with_prose_tiebreak(score: Score, after: str) -> Score:
    """``score`` with the points of its one tiebreak set that has none, when ``after`` (the text
    following the score in its sentence) tells them: the set loser's points are the smaller number."""
    m = RE_PROSE_TIEBREAK.search(after)
    if m is None or (m.group("it") and not RE_TIEBREAK_WORD.search(after[: m.start()])):
        return score
    a, b = int(m.group("a")), int(m.group("b"))
    hi, lo = max(a, b), min(a, b)
    if hi < 7 or hi - lo < 2 or (hi > 7 and hi - lo != 2):
        return score
    open_sets = [
        i for i, s in enumerate(score.sets) if {s.winner_games, s.loser_games} == {6, 7} and s.tiebreak is None
    ]
    if len(open_sets) != 1:
        return score
    sets = list(score.sets)
    sets[open_sets[0]] = sets[open_sets[0]].model_copy(update={"tiebreak": lo})
    return score.model_copy(update={"sets": sets})
