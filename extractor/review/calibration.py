"""The editors' verdicts against the extractor's confidences: per kind of confidence, the observed
precision in each confidence bin beside the predicted one (a reliability chart), and how the facts
the machine accepted fared when editors checked them.

A verdict labels each confidence of the fact as it was decided (the decision's snapshot keeps
them), by the rules ``tennis-extract calibrate`` fits on (``evaluate.fact_labels``): accepted is
right; rejected is wrong (a rejected quote says nothing of its speaker); corrected is wrong only for
the confidences whose part was corrected (a match's new score makes its score wrong, not its sides;
a player's new age leaves the player right). The machine's own acceptances are no verdicts.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup

from extractor.confidence.model import FIELDS
from extractor.confidence.reliability import Reliability, draw

# fact kind -> (chart: the kind of confidence, the corrected fields that make it wrong); the
# confidence's field in the decided fact is where a record keeps that kind (model.FIELDS)
PARTS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "match": (("match", ("winner", "loser", "winner_partner", "loser_partner")), ("score", ("score",))),
    "player": (("player", ("name",)),),
    "ranking": (("ranking", ("player", "rank", "kind")),),
    "quote": (("quote", ()), ("speaker", ("speaker", "speaker_name"))),
    "tournament": (("tournament", ("name",)),),
    "venue": (("venue", ("name",)),),
    "date": (("date", ("value",)),),
}
CHARTS = tuple(chart for parts in PARTS.values() for chart, _ in parts)


def labels(kind: str, decision: str, original: dict[str, Any], corrected: dict[str, Any] | None):
    """(chart, predicted, right) for each known confidence of a decided fact."""
    for chart, fields in PARTS.get(kind, ()):
        predicted = (original or {}).get(FIELDS[chart][1])
        if predicted is None:
            continue
        if decision == "accept":
            yield chart, predicted, True
        elif decision == "reject" and chart != "speaker":
            yield chart, predicted, False
        elif decision == "correct":
            yield chart, predicted, not set(corrected or {}) & set(fields)


@dataclass
class Band:
    """The facts the machine accepted: in force (nobody checked them), and those editors decided on
    afterwards (checked), with the editors' verdicts on them."""

    in_force: Counter = field(default_factory=Counter)  # per kind
    checked: Counter = field(default_factory=Counter)  # per kind
    accepted: Counter = field(default_factory=Counter)  # per kind: checked and accepted as they were

    def report(self) -> dict[str, Any]:
        checked, accepted = sum(self.checked.values()), sum(self.accepted.values())
        return {
            "in_force": sum(self.in_force.values()),
            "checked": checked,
            "accepted": accepted,
            "precision": accepted / checked if checked else None,
            "kinds": {
                kind: {
                    "in_force": self.in_force[kind],
                    "checked": self.checked[kind],
                    "precision": self.accepted[kind] / self.checked[kind] if self.checked[kind] else None,
                }
                for kind in sorted(set(self.in_force) | set(self.checked))
            },
        }


@dataclass
class Calibration:
    """Reliability per chart from editors' verdicts, and the machine's band."""

    charts: dict[str, Reliability] = field(default_factory=lambda: {c: Reliability(c) for c in CHARTS})
    band: Band = field(default_factory=Band)

    def verdict(self, kind: str, decision: str, original: dict, corrected: dict | None, after_machine: bool) -> None:
        """An editor's decision in force on a fact (``after_machine``: the machine had accepted it)."""
        for chart, predicted, right in labels(kind, decision, original, corrected):
            self.charts[chart].add(predicted, right)
        if after_machine:
            self.band.checked[kind] += 1
            self.band.accepted[kind] += decision == "accept"

    def machine(self, kind: str) -> None:
        """A machine acceptance in force."""
        self.band.in_force[kind] += 1

    def report(self) -> dict[str, Any]:
        return {
            "reliability": {
                name: {
                    "facts": r.n,
                    "ece": round(r.ece(), 4),
                    "brier": round(r.brier(), 4),
                    "bins": [
                        {"facts": n, "predicted": round(mean, 4), "observed": round(rate, 4)}
                        for n, mean, rate in r.bins()
                    ],
                }
                for name, r in self.charts.items()
                if r.n
            },
            "auto_accepted": self.band.report(),
        }


def reliability_chart(name: str, data: dict[str, Any]) -> Markup:
    """The reliability diagram of one chart of ``Calibration.report`` (extractor.confidence's SVG)."""
    bins = [(b["facts"], b["predicted"], b["observed"]) for b in data["bins"]]
    return Markup(draw(name, bins, ece=data["ece"], brier=data["brier"], n=data["facts"]))


def format_calibration(report: dict[str, Any]) -> list[str]:
    """The reliability bins and the auto-accepted band as lines for the terminal."""
    lines = []
    if report["reliability"]:
        lines.append("confidence against the editors' verdicts (predicted -> observed, facts):")
        for name, data in report["reliability"].items():
            cells = ", ".join(f"{b['predicted']:.2f}->{b['observed']:.2f} ({b['facts']})" for b in data["bins"])
            lines.append(f"  {name:<11} ECE {data['ece']:.3f}: {cells}")
    band = report["auto_accepted"]
    if band["in_force"] or band["checked"]:
        precision = "-" if band["precision"] is None else f"{band['precision']:.2f}"
        lines.append(
            f"auto-accepted facts editors checked: {band['checked']}, precision {precision} "
            f"({band['in_force']} accepted by the machine that no editor checked)"
        )
    return lines
