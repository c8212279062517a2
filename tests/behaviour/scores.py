"""Legal tennis scores for the behavioural generator, written in the notations news uses.

A score is a tuple of sets from the match winner's side, ``(winner_games, loser_games, tiebreak)``
with ``tiebreak`` the set loser's points (GOLD.md), and an outcome. ``render`` writes it as an
article would, from either side; ``normalised`` is the GOLD.md form the scorer compares.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

Set = tuple[int, int, "int | None"]

# Notations: how the sets are written. The first four never hold a tiebreak set (the separator is
# the variable); the tiebreak ones always hold one or two; three/five sets vary the length.
NOTATIONS = (
    "plain",  # 6-3 6-4
    "comma",  # 6-3, 6-4
    "endash",  # 6–3, 6–4
    "slash",  # 6/3 6/4
    "tb_full",  # 7-6 (7-5), 6-4
    "tb_paren",  # 7-6(5) 6-4
    "tb_space",  # 7-6 (5), 6-4
    "three_sets",  # 4-6 6-3 6-4
    "five_sets",  # 6-4 3-6 6-7(4) 6-3 6-2 (men's singles at a Slam)
    "retired",  # 6-3 2-1 ret.
    "none",  # no score given
)
TIEBREAK_NOTATIONS = ("tb_full", "tb_paren", "tb_space")
WON_SETS = ((6, 0), (6, 1), (6, 2), (6, 2), (6, 3), (6, 3), (6, 4), (6, 4), (7, 5))


@dataclass(frozen=True)
class Score:
    sets: tuple[Set, ...]
    outcome: str = "completed"  # or "retired"
    notation: str = "plain"
    commas: bool = False  # sets separated by ", " rather than " "

    def normalised(self) -> str:
        return " ".join(f"{w}-{l}" + (f"({tb})" if tb is not None else "") for w, l, tb in self.sets)


def _tiebreak_points(rng: random.Random) -> int:
    return rng.choice((0, 1, 2, 3, 3, 4, 4, 5, 5, 5, 6, 7, 8, 10))


def _won_set(rng: random.Random, tiebreak: bool) -> Set:
    if tiebreak:
        return (7, 6, _tiebreak_points(rng))
    w, lo = rng.choice(WON_SETS)
    return (w, lo, None)


def _lost_set(rng: random.Random, tiebreak: bool) -> Set:
    w, lo, tb = _won_set(rng, tiebreak)
    return (lo, w, tb)


def make(
    rng: random.Random, notation: str, *, first_set_lost: bool = False, best_of: int = 3, leading: bool = False
) -> Score | None:
    """A random legal score in ``notation`` (None for "none"). ``first_set_lost``: the winner came
    from a set down (three or five sets); ``leading``: a retirement with the winner ahead (the text
    says so: "was leading", "while trailing")."""
    if notation == "none":
        return None
    commas = notation in ("comma", "endash") or (notation not in ("plain", "slash") and rng.random() < 0.5)
    if notation == "retired":
        return _retired(rng, commas, leading)
    if notation == "five_sets":
        best_of = 5
    need = best_of // 2 + 1
    lost = 0
    if notation in ("three_sets", "five_sets") or first_set_lost:
        lost = rng.randint(1, need - 1)
    elif notation in TIEBREAK_NOTATIONS:
        lost = rng.choice((0, 0, 1))
    # the order of sets: the last one is won; a comeback starts with a lost set
    pattern = ["L"] * lost + ["W"] * (need - 1)
    rng.shuffle(pattern)
    if first_set_lost and pattern[0] != "L":
        pattern.remove("L")
        pattern.insert(0, "L")
    pattern.append("W")
    tiebreaks = [False] * len(pattern)
    if notation in TIEBREAK_NOTATIONS:
        for k in rng.sample(range(len(pattern)), rng.choice((1, 1, 2)) if len(pattern) > 2 else 1):
            tiebreaks[k] = True
    elif notation == "five_sets":
        tiebreaks = [rng.random() < 0.15 for _ in pattern]
    sets = tuple(_won_set(rng, tb) if p == "W" else _lost_set(rng, tb) for p, tb in zip(pattern, tiebreaks))
    return Score(sets, "completed", notation, commas)


def _retired(rng: random.Random, commas: bool, leading: bool) -> Score:
    """Retirement: a finished set, then a set in progress; the winner may trail (a player can retire
    while ahead) unless ``leading``."""
    first = _won_set(rng, False) if leading or rng.random() < 0.7 else _lost_set(rng, False)
    partial = rng.choice(((1, 0), (2, 1), (3, 0), (2, 2), (0, 1), (4, 2), (3, 1), (1, 1)))
    if leading and partial[0] < partial[1]:
        partial = (partial[1], partial[0])
    return Score((first, (partial[0], partial[1], None)), "retired", "retired", commas)


def _set_text(a: int, b: int, tb: int | None, notation: str, dash: str) -> str:
    text = f"{a}{dash}{b}"
    if tb is None:
        return text
    if notation == "tb_full":
        hi = max(7, tb + 2)
        won, lost = (hi, tb) if a > b else (tb, hi)
        return f"{text} ({won}{dash}{lost})"
    if notation == "tb_paren":
        return f"{text}({tb})"
    return f"{text} ({tb})"


def render(score: Score, *, loser_side: bool = False, suffix: str = "") -> str:
    """The score as written: winner first, or from the loser's side (``loser_side``); ``suffix``
    follows a retirement ("ret.", "(retired)")."""
    notation = score.notation
    dash = {"endash": "\u2013", "slash": "/"}.get(notation, "-")
    parts = []
    for w, lo, tb in score.sets:
        a, b = (lo, w) if loser_side else (w, lo)
        parts.append(_set_text(a, b, tb, notation, dash))
    text = (", " if score.commas else " ").join(parts)
    if score.outcome == "retired" and suffix:
        text = f"{text} {suffix}"
    return text


def is_legal(sets: tuple[Set, ...], outcome: str) -> bool:
    """Standard tennis from the winner's side: finished sets are 6-0..6-4, 7-5 or 7-6 with the set
    loser's tiebreak points; a completed match is won on sets (the last one won); a retirement ends
    in a set that was still in progress."""
    if not sets:
        return False
    finished = sets if outcome == "completed" else sets[:-1]
    for w, lo, tb in finished:
        hi, low = max(w, lo), min(w, lo)
        if (hi, low) == (7, 6):
            if tb is None or tb < 0:
                return False
        elif tb is not None or not ((hi == 6 and low <= 4) or (hi, low) == (7, 5)):
            return False
    won = sum(w > lo for w, lo, _ in finished)
    lost = len(finished) - won
    if outcome == "completed":
        return won in (2, 3) and lost < won and sets[-1][0] > sets[-1][1] and won + lost <= 2 * won - 1
    if outcome == "retired":
        w, lo, tb = sets[-1]
        in_progress = tb is None and max(w, lo) <= 6 and not (max(w, lo) == 6 and abs(w - lo) >= 2)
        return in_progress and won < 3 and lost < 3
    return False
