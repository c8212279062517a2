"""Synthetic tour results data: score strings as results files write them, across eras.

Results files write every score from the winner's side ("6-3 3-6 7-6(5)"), the winner's games
first even when the loser retired while ahead ("0-6 4-2 RET"). Each generated string comes with
what a reader must get from it: the normalised sets (unchanged, since they are already the
winner's; a deciding match tiebreak turned to the winner) and the outcome from its token.

Used by tests/test_scores_formats.py; run it to print the rate on a larger sample:
``.venv/bin/python tests/results_data.py [N] [SEED]``.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from dataclasses import dataclass

Set = tuple[int, int, int | None]  # (set winner's games, set loser's games, loser's tiebreak points)


@dataclass(frozen=True)
class ResultString:
    text: str
    normalised: str
    outcome: str
    kind: str


# -- one finished set, from the side of whoever won it ------------------------------------------


def standard_set(rng: random.Random, *, tiebreak_points: bool = True) -> Set:
    roll = rng.random()
    if roll < 0.7:
        return 6, rng.randint(0, 4), None
    if roll < 0.82:
        return 7, 5, None
    return 7, 6, rng.randint(0, 12) if tiebreak_points else None


def advantage_set(rng: random.Random) -> Set:
    if rng.random() < 0.6:
        return standard_set(rng, tiebreak_points=False) if rng.random() < 0.5 else (6, rng.randint(0, 4), None)
    lo = rng.choice([6, 6, 6, 7, 7, 8, 9, 10, 11, 14, 20])
    return lo + 2, lo, None


def eight_all_set(rng: random.Random) -> Set:
    roll = rng.random()
    if roll < 0.25:
        return 9, 8, rng.choice([None, rng.randint(0, 3)])  # 1971-78: a nine-point tiebreak at 8-all
    if roll < 0.35:
        return 8, 6, None
    return standard_set(rng, tiebreak_points=False)


def five_all_set(rng: random.Random) -> Set:
    return (6, 5, None) if rng.random() < 0.3 else (6, rng.randint(0, 4), None)


def short_set(rng: random.Random) -> Set:
    return (4, 3, rng.randint(0, 12)) if rng.random() < 0.3 else (4, rng.randint(0, 2), None)


def point_set(rng: random.Random) -> Set:
    target = rng.choice([21, 31, 31])
    return target, rng.randint(5, target - 1), None


# -- a match --------------------------------------------------------------------------------------


def write_set(s: Set, won: bool) -> str:
    hi, lo, tb = s
    text = f"{hi}-{lo}" if won else f"{lo}-{hi}"
    return text + (f"({tb})" if tb is not None else "")


def sets_order(rng: random.Random, best_of: int) -> list[bool]:
    need = best_of // 2 + 1
    lost = rng.randint(0, need - 1)
    order = [True] * (need - 1) + [False] * lost
    rng.shuffle(order)
    return order + [True]


def completed(rng: random.Random, make: Callable[[random.Random], Set], best_of: int, kind: str) -> ResultString:
    parts = [write_set(make(rng), won) for won in sets_order(rng, best_of)]
    text = " ".join(parts)
    return ResultString(text, text, "completed", kind)


def retired(
    rng: random.Random, make: Callable[[random.Random], Set], best_of: int, kind: str, cap: int = 5
) -> ResultString:
    """Sets played, then an unfinished one, the winner ahead or behind; RET or DEF after it."""
    need = best_of // 2 + 1
    order = [rng.random() < 0.5 for _ in range(rng.randint(0, best_of - 1))]
    while order.count(True) >= need or order.count(False) >= need:
        order.pop()
    parts = [write_set(make(rng), won) for won in order]
    if rng.random() < 0.15:  # retired between sets: the last set written is a finished one
        parts.append(write_set(make(rng), rng.random() < 0.5))
    else:
        parts.append(f"{rng.randint(0, cap)}-{rng.randint(0, cap)}")
    outcome = rng.choice(["retired"] * 5 + ["defaulted"])
    token = rng.choice(["RET", "RET", "Ret.", "ret."] if outcome == "retired" else ["DEF", "Def."])
    sets = " ".join(parts)
    return ResultString(f"{sets} {token}", sets, outcome, kind + " retired")


def match_tiebreak(rng: random.Random) -> ResultString:
    """Doubles and some deciders since the 2000s: [10-8]; some files write it from the other side."""
    first = [write_set(standard_set(rng), won) for won in rng.sample([True, False], 2)]
    lo = rng.randint(0, 14)
    hi = max(10, lo + 2)
    style = rng.random()
    if style < 0.05:
        written, expected = rng.choice(["[1-0]", "[0-1]"]), "1-0"
    elif style < 0.3:
        written, expected = f"[{lo}-{hi}]", f"{hi}-{lo}"
    else:
        written, expected = f"[{hi}-{lo}]", f"{hi}-{lo}"
    sets = " ".join(first)
    return ResultString(f"{sets} {written}", f"{sets} {expected}", "completed", "match tiebreak")


def vasss(rng: random.Random) -> ResultString:
    """1970-72 experiments: sets to 21 or 31 points, a nine-point sudden death at one set all."""
    if rng.random() < 0.4:
        parts = [write_set(point_set(rng), won) for won in rng.sample([True, False], 2)]
        parts.append(f"5-{rng.randint(0, 4)}")
    else:
        parts = [write_set(point_set(rng), won) for won in sets_order(rng, rng.choice([3, 5]))]
    text = " ".join(parts)
    return ResultString(text, text, "completed", "vasss")


def pro_set(rng: random.Random) -> ResultString:
    text = rng.choice(["8-{}".format(rng.randint(0, 6)), "9-7", "9-8", "10-{}".format(rng.randint(0, 8))])
    return ResultString(text, text, "completed", "pro set")


def odd_as_written(rng: random.Random) -> ResultString:
    """Rare: a completed match left loser-first or incomplete in the data ("6-7 5-7")."""
    parts = [write_set(standard_set(rng), rng.random() < 0.3) for _ in range(rng.randint(1, 2))]
    text = " ".join(parts)
    return ResultString(text, text, "completed", "as written")


def walkover(rng: random.Random) -> ResultString:
    return ResultString(rng.choice(["W/O", "W/O", "w/o", "Walkover"]), "", "walkover", "walkover")


def one_result(rng: random.Random) -> ResultString:
    """One results string; the eras weighted roughly as tour-level matches 1968-2024."""
    era = rng.random()
    best_of = rng.choice([3, 3, 3, 5])
    if era < 0.05:  # 1968-69: advantage sets throughout
        maker, kind = advantage_set, "advantage"
    elif era < 0.30:  # 1970-78: tiebreaks at 6-all, 8-all or 5-all, pro sets, VASSS
        roll = rng.random()
        if roll < 0.02:
            return vasss(rng)
        if roll < 0.04:
            return pro_set(rng)
        maker, kind = rng.choice(
            [
                (eight_all_set, "eight_all"),
                (five_all_set, "five_all"),
                (lambda r: standard_set(r, tiebreak_points=False), "seventies"),
            ]
        )
    elif era < 0.985:  # 1979-2024
        roll = rng.random()
        if roll < 0.03:
            return match_tiebreak(rng)
        if roll < 0.04:
            return walkover(rng)
        maker, kind = standard_set, "standard"
    elif era < 0.995:  # Next Gen finals 2017-: short sets, best of five
        maker, kind, best_of = short_set, "short", 5
    else:
        return odd_as_written(rng)
    if rng.random() < 0.05:
        return retired(rng, maker, best_of, kind, cap=3 if maker is short_set else 5)
    return completed(rng, maker, best_of, kind)


def generate(n: int, seed: int = 0) -> list[ResultString]:
    rng = random.Random(seed)
    return [one_result(rng) for _ in range(n)]


def read_right(item: ResultString) -> bool:
    from extractor import parse_score

    score = parse_score(item.text, winner_first=True)
    return score is not None and (score.normalised(), score.outcome) == (item.normalised, item.outcome)


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    items = generate(n, seed)
    wrong = [i for i in items if not read_right(i)]
    print(f"{n - len(wrong)}/{n} right ({(n - len(wrong)) / n:.4f})")
    for item in wrong[:20]:
        print("  wrong:", item)
