"""How well confidences are calibrated: expected calibration error (10 equal-width bins), Brier
score, and precision and coverage at thresholds, per fact kind and pooled, with a reliability
diagram as an SVG. Plain Python: the review page draws the same chart from editors' verdicts."""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

THRESHOLDS = (0.5, 0.8, 0.9, 0.95)
BINS = 10


@dataclass
class Reliability:
    """Predicted probabilities and outcomes (True = the fact was right) of one kind or a pool."""

    name: str
    predicted: list[float] = field(default_factory=list)
    right: list[bool] = field(default_factory=list)

    def add(self, p: float, ok: bool) -> None:
        self.predicted.append(p)
        self.right.append(ok)

    @property
    def n(self) -> int:
        return len(self.predicted)

    def bins(self) -> list[tuple[int, float, float]]:
        """(count, mean predicted, observed rate) of each non-empty bin, lowest first."""
        groups: list[list[tuple[float, bool]]] = [[] for _ in range(BINS)]
        for p, ok in zip(self.predicted, self.right):
            groups[min(BINS - 1, int(p * BINS))].append((p, ok))
        return [(len(g), sum(p for p, _ in g) / len(g), sum(ok for _, ok in g) / len(g)) for g in groups if g]

    def ece(self) -> float:
        if not self.n:
            return 0.0
        return sum(count * abs(mean - rate) for count, mean, rate in self.bins()) / self.n

    def brier(self) -> float:
        if not self.n:
            return 0.0
        return sum((p - ok) ** 2 for p, ok in zip(self.predicted, self.right)) / self.n

    def at(self, threshold: float) -> tuple[float | None, float]:
        """(precision of the facts at or above ``threshold``, the share of all right facts they hold)."""
        above = [ok for p, ok in zip(self.predicted, self.right) if p >= threshold]
        total_right = sum(self.right)
        precision = sum(above) / len(above) if above else None
        return precision, (sum(above) / total_right if total_right else 0.0)

    def summary(self) -> dict:
        out = {
            "facts": self.n,
            "right": round(sum(self.right) / self.n, 4) if self.n else None,
            "ece": round(self.ece(), 4),
            "brier": round(self.brier(), 4),
        }
        for t in THRESHOLDS:
            precision, coverage = self.at(t)
            out[f"precision@{t}"] = None if precision is None else round(precision, 4)
            out[f"coverage@{t}"] = round(coverage, 4)
        return out


def table(rows: list[Reliability]) -> str:
    """A Markdown table of every kind's figures."""
    heads = ["kind", "facts", "right", "ECE", "Brier"] + [f"P@{t} / cov" for t in THRESHOLDS]
    lines = ["| " + " | ".join(heads) + " |", "|" + "---|" * len(heads)]
    for r in rows:
        s = r.summary()
        cells = [r.name, str(s["facts"]), _f(s["right"]), _f(s["ece"]), _f(s["brier"])]
        for t in THRESHOLDS:
            cells.append(f"{_f(s[f'precision@{t}'])} / {_f(s[f'coverage@{t}'])}")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _f(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def svg(r: Reliability, size: int = 240) -> str:
    """A reliability diagram: observed rate against mean predicted probability per bin (dot area
    by count), the diagonal of perfect calibration, and the figures in the title."""
    return draw(r.name, r.bins(), ece=r.ece(), brier=r.brier(), n=r.n, size=size)


def draw(
    name: str, bins: list[tuple[int, float, float]], *, ece: float, brier: float | None, n: int, size: int = 240
) -> str:
    """``svg`` from the figures alone: (count, mean predicted, observed rate) per bin, as
    ``Reliability.bins`` gives them (the review's quality page keeps only these)."""
    pad, inner = 30, size - 40

    def x(v: float) -> float:
        return pad + v * inner

    def y(v: float) -> float:
        return 10 + (1 - v) * inner

    figures = f"ECE {ece:.3f}" + (f", Brier {brier:.3f}" if brier is not None else "") + f", {n} facts"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size + 20}" '
        f'role="img" aria-label="reliability of {escape(name)}">',
        f"<title>{escape(name)}: {figures}</title>",
        f'<rect x="{pad}" y="10" width="{inner}" height="{inner}" fill="none" stroke="#999"/>',
        f'<line x1="{x(0)}" y1="{y(0)}" x2="{x(1)}" y2="{y(1)}" stroke="#bbb" stroke-dasharray="4 3"/>',
    ]
    biggest = max((count for count, _, _ in bins), default=1)
    for count, mean, rate in bins:
        radius = 2 + 6 * (count / biggest) ** 0.5
        parts.append(
            f'<circle cx="{x(mean):.1f}" cy="{y(rate):.1f}" r="{radius:.1f}" fill="#2a6f97" fill-opacity="0.7">'
            f"<title>{count} facts: predicted {mean:.2f}, right {rate:.2f}</title></circle>"
        )
    parts.append(f'<text x="{pad}" y="{size + 8}" font-size="11">predicted</text>')
    parts.append('<text x="2" y="20" font-size="11">right</text>')
    parts.append(f'<text x="{pad + 4}" y="24" font-size="11">{escape(name)} ECE {ece:.3f}</text>')
    parts.append("</svg>")
    return "\n".join(parts)
