"""Scores told under a results heading: a listicle, a round-up or a past-meetings page states a result as a
line of its own ("3. A d. B, Dubai, first round", "A beat B at Queen's") and the story below it gives the
score ("... won 7-6 (4), 6-4 and is up to No. 198"). The score of such a heading is the one match score of
the text under it that no other result holds. Used by extractor/stages/scorelines.py."""

from __future__ import annotations

import re

from extractor.scores import ScoreRun, build_score, find_score_runs

# The end of a story line: a heading has none ("A d. B, Dubai, first round").
RE_SENTENCE_END = re.compile(r"[.!?:;\"”’…)]\s*$")
# A blank line: the end of the block of story under a heading.
RE_BLANK = re.compile(r"\n[ \t]*\n")


def heading_line(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """The line ``span`` (a sentence) makes up on its own when it is a heading: it starts a line, ends
    one, and has no closing punctuation. None for a sentence of running text."""
    start = text.rfind("\n", 0, span[0]) + 1
    end = text.find("\n", span[1])
    end = len(text) if end < 0 else end
    line = text[start:end]
    if not line.strip() or text[start : span[0]].strip() or text[span[1] : end].strip():
        return None
    return None if RE_SENTENCE_END.search(line) else (start, end)


def story_under(text: str, line: tuple[int, int]) -> tuple[int, int]:
    """The block of story under a heading line: the rest of its paragraph, or the next paragraph
    when the heading stands alone."""
    start = line[1]
    rest = text[start:]
    lead = len(rest) - len(rest.lstrip())
    blank = RE_BLANK.search(text, start + lead)
    return start, blank.start() if blank else len(text)


def match_score_runs(text: str, block: tuple[int, int]) -> list[ScoreRun]:
    """Runs of the block that can be a match score: a legal score of two sets or more, or one a
    retirement marker ends ("6-3 2-1 ret."); offsets into ``text``."""
    out = []
    for run in find_score_runs(text[block[0] : block[1]]):
        legal = len(run.sets) > 1 and build_score(run.sets, run.text) is not None
        if legal or run.outcome is not None:
            out.append(ScoreRun(run.start + block[0], run.end + block[0], run.text, run.sets, run.outcome))
    return out


def heading_score(text: str, span: tuple[int, int], held: list[tuple[int, int]]) -> ScoreRun | None:
    """The score a heading result (sentence ``span``) takes from the story under it: the one match
    score of that block outside the spans other results hold (``held``), else None."""
    line = heading_line(text, span)
    if line is None:
        return None
    block = story_under(text, line)
    free = [r for r in match_score_runs(text, block) if not any(a <= r.start < b for a, b in held)]
    return free[0] if len(free) == 1 else None


def scored_from_run(run: ScoreRun):
    """The score of a run told under a heading, from the winner's side whatever the writing (the side
    that won more sets won); a run with a retirement marker is a retirement."""
    for outcome in ([run.outcome] if run.outcome else []) + ["completed"]:
        score = build_score(run.sets, run.text, outcome=outcome)
        if score is not None:
            return score
    return None
