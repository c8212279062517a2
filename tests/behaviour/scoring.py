"""Score extracted records against behavioural cases, by the GOLD.md rules, and report per dimension.

A side matches when its surnames match: each expected player's complete surname (with its particles,
hyphens or second family name, after folding case, accents and punctuation) ends one predicted name
of that side, one to one. ``lenient`` compares only last words, as ``tennis-extract eval`` does
(so "Vries" would pass for "de Vries"); the report gives both, the strict one first.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass, field

from .generator import Case, fold

# Floors of issue 17.
FLOOR_RECALL = 0.97
FLOOR_INVENTED = 0.97
FLOOR_CONSTRUCTION = 0.90
CEILING_WRONG_WINNER = 0.005
CEILING_FALSE_RESULT = 0.01


def _ends_with(name: str, surname: str, lenient: bool) -> bool:
    words, sur = fold(name).split(), fold(surname).split()
    if lenient:
        return bool(words) and bool(sur) and words[-1] == sur[-1]
    return bool(sur) and words[-len(sur) :] == sur


def side_matches(surnames: tuple[str, ...], names: tuple[str, ...], *, lenient: bool = False) -> bool:
    """Every expected surname ends a different predicted name, and nothing is left over."""
    if len(surnames) != len(names):
        return False
    return any(all(_ends_with(n, s, lenient) for s, n in zip(surnames, perm)) for perm in itertools.permutations(names))


@dataclass(frozen=True)
class PredictedMatch:
    winner: tuple[str, ...]
    loser: tuple[str, ...]
    score: str | None
    outcome: str | None


def predicted_matches(record: dict) -> list[PredictedMatch]:
    """The matches of a record (``ArticleRecord.model_dump(mode="json")``) with names for ids."""
    names = {p["id"]: p["name"] for p in record.get("players", [])}
    out = []
    for m in record.get("matches", []):
        win = tuple(names.get(i, "") for i in (m["winner"], m.get("winner_partner")) if i)
        lose = tuple(names.get(i, "") for i in (m["loser"], m.get("loser_partner")) if i)
        score = m.get("score")
        sets = None
        if score and score.get("sets"):
            sets = " ".join(
                f"{s['winner_games']}-{s['loser_games']}"
                + (f"({s['tiebreak']})" if s.get("tiebreak") is not None else "")
                for s in score["sets"]
            )
        out.append(PredictedMatch(win, lose, sets, score.get("outcome") if score else None))
    return out


@dataclass(frozen=True)
class Outcome:
    """What the extractor did with one case."""

    case: Case
    found: bool  # results: every expected result found (strict surnames)
    found_lenient: bool
    wrong_winner: bool  # results: a match with the sides reversed
    false_result: bool  # non-results: a match between the named players
    score_expected: bool
    score_exact: bool
    outcome_right: bool
    extra: int  # matches that are neither an expected result nor its reversal
    predicted: tuple[PredictedMatch, ...]


def judge(case: Case, record: dict) -> Outcome:
    preds = predicted_matches(record)
    if not case.expected:
        named = case.surnames
        false = any(
            all(any(_ends_with(n, s, False) for s in named) for n in p.winner + p.loser)
            for p in preds
            if p.winner and p.loser
        )
        return Outcome(case, False, False, False, false, False, False, False, 0, tuple(preds))
    found = lenient = wrong = score_expected = score_exact = outcome_right = True
    used: set[int] = set()
    for e in case.expected:
        hit = next(
            (
                i
                for i, p in enumerate(preds)
                if side_matches(e.winner_surnames, p.winner) and side_matches(e.loser_surnames, p.loser)
            ),
            None,
        )
        found &= hit is not None
        lenient &= any(
            side_matches(e.winner_surnames, p.winner, lenient=True)
            and side_matches(e.loser_surnames, p.loser, lenient=True)
            for p in preds
        )
        reversed_ = [
            i
            for i, p in enumerate(preds)
            if side_matches(e.winner_surnames, p.loser) and side_matches(e.loser_surnames, p.winner)
        ]
        wrong &= bool(reversed_)
        used.update(reversed_)
        score_expected &= e.score is not None
        if hit is not None:
            used.add(hit)
            score_exact &= preds[hit].score == e.score
            outcome_right &= (preds[hit].outcome or "completed") == e.outcome
        else:
            score_exact = outcome_right = False
    return Outcome(
        case,
        found,
        lenient,
        wrong,
        False,
        score_expected,
        found and score_expected and score_exact,
        found and outcome_right,
        len(preds) - len(used),
        tuple(preds),
    )


# -- aggregation ---------------------------------------------------------------------------


@dataclass
class Tally:
    n: int = 0
    hits: int = 0
    failures: list[Outcome] = field(default_factory=list)

    def add(self, ok: bool, outcome: Outcome) -> None:
        self.n += 1
        self.hits += ok
        if not ok:
            self.failures.append(outcome)

    @property
    def rate(self) -> float:
        return self.hits / self.n if self.n else 1.0


RESULT_DIMENSIONS = (
    "construction",
    "family",
    "winner_mod",
    "loser_mod",
    "notation",
    "name_kind",
    "subject",
    "doubles",
    "test",
    "perturbed",
)


@dataclass
class Report:
    outcomes: list[Outcome]

    @property
    def results(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.case.is_result]

    @property
    def non_results(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.case.is_result]

    def by(self, dimension: str, what: str = "found") -> dict[str, Tally]:
        """Recall (``found``) or another per-case flag per value of a result dimension."""
        tallies: dict[str, Tally] = defaultdict(Tally)
        for o in self.results:
            tallies[getattr(o.case, dimension)].add(getattr(o, what), o)
        return dict(sorted(tallies.items()))

    def false_results_by_kind(self) -> dict[str, Tally]:
        tallies: dict[str, Tally] = defaultdict(Tally)
        for o in self.non_results:
            tallies[o.case.non_result].add(o.false_result, o)
        return dict(sorted(tallies.items()))

    def tally(self, outcomes: list[Outcome], what: str = "found") -> Tally:
        t = Tally()
        for o in outcomes:
            t.add(getattr(o, what), o)
        return t

    @property
    def recall(self) -> Tally:
        return self.tally(self.results)

    @property
    def recall_lenient(self) -> Tally:
        return self.tally(self.results, "found_lenient")

    @property
    def recall_invented(self) -> Tally:
        return self.tally([o for o in self.results if o.case.invented])

    @property
    def wrong_winner(self) -> Tally:
        return self.tally(self.results, "wrong_winner")

    @property
    def false_result(self) -> Tally:
        return self.tally(self.non_results, "false_result")

    @property
    def score_exact(self) -> Tally:
        return self.tally([o for o in self.results if o.found and o.score_expected], "score_exact")

    @property
    def outcome_right(self) -> Tally:
        return self.tally([o for o in self.results if o.found], "outcome_right")

    def invariance_breaks(self) -> dict[str, Tally]:
        """Per perturbed dimension: among one-dimension variants whose MFT base was found, the share
        the variant lost (CheckList's failure rate of an invariance test)."""
        base_found = {o.case.group: o.found for o in self.results if o.case.test == "MFT"}
        tallies: dict[str, Tally] = defaultdict(Tally)
        for o in self.results:
            if o.case.test == "INV" and base_found.get(o.case.group):
                tallies[o.case.perturbed].add(not o.found, o)
        return dict(sorted(tallies.items()))

    def invariance_breaks_by_value(self, dimension: str) -> dict[str, Tally]:
        """As ``invariance_breaks``, per value of one dimension among the variants along it: what a
        modifier kind, a notation, a kind of name... costs on its own, the construction held fixed."""
        base_found = {o.case.group: o.found for o in self.results if o.case.test == "MFT"}
        tallies: dict[str, Tally] = defaultdict(Tally)
        for o in self.results:
            if o.case.test == "INV" and o.case.perturbed == dimension and base_found.get(o.case.group):
                tallies[getattr(o.case, dimension)].add(not o.found, o)
        return dict(sorted(tallies.items()))

    def floors(self, *, per_construction: str = "family", max_misses: int | None = None) -> list[str]:
        """The issue-17 floors this report misses, one line each (empty: all met). The construction
        floor is applied to each construction (``per_construction="construction"``) or, in small
        samples, to each family, with each construction allowed at most ``max_misses`` misses."""
        problems = []
        checks = (
            ("recall", self.recall.rate, FLOOR_RECALL, True),
            ("recall with invented names", self.recall_invented.rate, FLOOR_INVENTED, True),
            ("wrong winner", self.wrong_winner.rate, CEILING_WRONG_WINNER, False),
            ("false results", self.false_result.rate, CEILING_FALSE_RESULT, False),
        )
        for name, value, limit, floor in checks:
            if (value < limit) if floor else (value > limit):
                problems.append(f"{name} {value:.3f} {'<' if floor else '>'} {limit}")
        for value, t in self.by(per_construction).items():
            if t.rate < FLOOR_CONSTRUCTION:
                problems.append(
                    f"{per_construction} {value}: recall {t.rate:.3f} < {FLOOR_CONSTRUCTION} ({t.hits}/{t.n})"
                )
        if max_misses is not None:
            for value, t in self.by("construction").items():
                if t.n - t.hits > max_misses:
                    problems.append(f"construction {value}: {t.n - t.hits} misses of {t.n} (at most {max_misses})")
        return problems


def describe(o: Outcome) -> str:
    """One failure, for a person: the text, what was expected and what came out."""
    c = o.case
    dims = (
        f"{c.construction or c.non_result} | w={c.winner_mod} l={c.loser_mod} notation={c.notation} "
        f"names={c.name_kind} subject={c.subject} {c.doubles}"
    )
    lines = [f"  [{c.id} {c.test}/{c.perturbed or '-'}] {dims}", "    " + c.text.strip().replace("\n", "\n    ")]
    for e in c.expected:
        lines.append(f"    expected: {e.winner} > {e.loser} {e.score or ''} {e.outcome}".rstrip())
    got = "; ".join(f"{' / '.join(p.winner)} > {' / '.join(p.loser)} {p.score or ''}".rstrip() for p in o.predicted)
    lines.append(f"    got: {got or 'no match'}")
    return "\n".join(lines)
