"""The editors' verdicts as a measure of the extractor: per fact kind and extractor version, how
many decided facts were accepted (precision), corrected or rejected, why facts were rejected,
which fields editors correct most, and precision week by week.

Only the decision in force per fact counts (the latest; an undo back to unreviewed removes it).
A decision is credited to the extractor version whose output it was made on. The machine's
acceptances (--auto-accept) are no editor's verdict: they count apart, as the auto-accepted band,
with the precision editors found on the ones they checked (``calibration``), beside the reliability
of the confidences against the editors' verdicts.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from typing import Any

from markupsafe import Markup, escape
from sqlalchemy import Engine, and_, exists, func, select, true

from extractor.db.schema import TABLES
from extractor.review.calibration import Calibration, format_calibration

KIND_COLOUR = {
    "match": "#2f6fdf",
    "player": "#d9822b",
    "ranking": "#8a5cd1",
    "quote": "#2a9d8f",
    "tournament": "#c2410c",
    "venue": "#6b7280",
    "city": "#a16207",
    "date": "#be185d",
    "head_to_head": "#15803d",
}


def _latest(engine: Engine, since: dt.date | None) -> list[Any]:
    d, a = TABLES["review_decisions"], TABLES["articles"]
    newest = select(func.max(d.c.id)).group_by(d.c.article_id, d.c.text_sha256, d.c.fact_kind, d.c.fact_ref)
    earlier = d.alias("earlier")
    after_machine = exists().where(
        earlier.c.article_id == d.c.article_id,
        earlier.c.text_sha256 == d.c.text_sha256,
        earlier.c.fact_kind == d.c.fact_kind,
        earlier.c.fact_ref == d.c.fact_ref,
        earlier.c.machine == true(),
        earlier.c.id < d.c.id,
    )
    query = (
        select(
            d.c.machine,
            after_machine.label("after_machine"),
            d.c.fact_kind,
            d.c.decision,
            d.c.corrected,
            d.c.original,
            d.c.reason,
            d.c.decided_at,
            func.coalesce(d.c.extractor_version, a.c.extractor_version, "?").label("version"),
        )
        .outerjoin(a, and_(a.c.article_id == d.c.article_id, a.c.text_sha256 == d.c.text_sha256))
        .where(d.c.id.in_(newest), d.c.decision != "clear")
    )
    if since is not None:
        query = query.where(d.c.decided_at >= dt.datetime.combine(since, dt.time(), dt.timezone.utc))
    with engine.connect() as conn:
        return list(conn.execute(query))


def _score_change(before: dict | None, after: dict | None) -> str:
    """What a score correction changed: added, removed, outcome, the number of sets, tiebreaks only, or games."""
    if not before:
        return "score added"
    if not after:
        return "score removed"
    b, a = before.get("sets", []), after.get("sets", [])
    if before.get("outcome") != after.get("outcome"):
        return "score outcome"
    if len(b) != len(a):
        return "score sets (missing or extra)"
    games = [(x["winner_games"], x["loser_games"]) for x in b] == [(x["winner_games"], x["loser_games"]) for x in a]
    return "score tiebreaks" if games else "score games"


def corrected_fields(kind: str, original: dict[str, Any], corrected: dict[str, Any]) -> list[str]:
    """The fields a correction changed, scores told apart by what changed in them."""
    out = []
    for name, value in (corrected or {}).items():
        out.append(_score_change(original.get("score"), value) if name == "score" else name.replace("_", " "))
    return out or ["(nothing)"]


def _week(when: dt.datetime) -> dt.date:
    day = when.date()
    return day - dt.timedelta(days=day.weekday())


def quality_report(engine: Engine, *, since: dt.date | None = None) -> dict[str, Any]:
    """Per (kind, extractor_version): decided, accepted, corrected, rejected, precision
    (accepted / decided), correction and rejection rates, rejection reasons; the fields corrected
    most per kind; precision per kind per week (Monday dates); the reliability of the confidences
    and the auto-accepted band (``calibration``). Editors' decisions only, but for the band."""
    groups: dict[tuple[str, str], Counter] = defaultdict(Counter)
    reasons: dict[tuple[str, str], Counter] = defaultdict(Counter)
    fields: Counter = Counter()
    weeks: dict[str, dict[dt.date, Counter]] = defaultdict(lambda: defaultdict(Counter))
    calibration = Calibration()
    for r in _latest(engine, since):
        if r.machine:
            calibration.machine(r.fact_kind)
            continue
        calibration.verdict(r.fact_kind, r.decision, r.original or {}, r.corrected, bool(r.after_machine))
        key = (r.fact_kind, r.version)
        groups[key][r.decision] += 1
        weeks[r.fact_kind][_week(r.decided_at)][r.decision] += 1
        if r.decision == "reject" and r.reason:
            reasons[key][r.reason.strip()] += 1
        if r.decision == "correct":
            for name in corrected_fields(r.fact_kind, r.original or {}, r.corrected or {}):
                fields[(r.fact_kind, name)] += 1
    rows = []
    for (kind, version), c in sorted(groups.items()):
        decided = c["accept"] + c["correct"] + c["reject"]
        rows.append(
            {
                "kind": kind,
                "extractor_version": version,
                "decided": decided,
                "accepted": c["accept"],
                "corrected": c["correct"],
                "rejected": c["reject"],
                "precision": c["accept"] / decided,
                "correction_rate": c["correct"] / decided,
                "rejection_rate": c["reject"] / decided,
                "reasons": dict(reasons[(kind, version)].most_common()),
            }
        )
    timeline = {
        kind: [
            [week.isoformat(), c["accept"] / sum(c.values()), sum(c.values())] for week, c in sorted(by_week.items())
        ]
        for kind, by_week in sorted(weeks.items())
    }
    return {
        "since": since.isoformat() if since else None,
        "rows": rows,
        "corrected_fields": [{"kind": k, "field": f, "count": n} for (k, f), n in fields.most_common()],
        "timeline": timeline,
        **calibration.report(),
    }


def format_quality(report: dict[str, Any]) -> str:
    """The report as text for the terminal."""
    if not report["rows"]:
        none = "no decisions yet" + (f" since {report['since']}" if report["since"] else "")
        return "\n".join([none, *format_calibration(report)])
    lines = [f"{'kind':<14}{'extractor':<12}{'decided':>8}{'precision':>10}{'corrected':>10}{'rejected':>9}"]
    for r in report["rows"]:
        lines.append(
            f"{r['kind']:<14}{r['extractor_version']:<12}{r['decided']:>8}{r['precision']:>10.2f}{r['correction_rate']:>10.2f}{r['rejection_rate']:>9.2f}"
        )
        for reason, n in r["reasons"].items():
            lines.append(f"{'':<26}rejected {n}x: {reason}")
    if report["corrected_fields"]:
        lines.append("most corrected:")
        lines += [f"  {f['kind']} {f['field']}: {f['count']}" for f in report["corrected_fields"][:15]]
    return "\n".join(lines + format_calibration(report))


def precision_chart(timeline: dict[str, list], width: int = 720, height: int = 240) -> Markup:
    """An inline SVG: precision (0 to 1) per week, one line per fact kind."""
    weeks = sorted({w for points in timeline.values() for w, _, _ in points})
    if not weeks:
        return Markup("")
    left, right, top, bottom = 40, 130, 12, 28
    plot_w, plot_h = width - left - right, height - top - bottom
    x_of = {w: left + (plot_w * i / (len(weeks) - 1) if len(weeks) > 1 else plot_w / 2) for i, w in enumerate(weeks)}

    def y(p: float) -> float:
        return top + plot_h * (1 - p)

    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
        f'aria-label="Precision per week and fact kind" xmlns="http://www.w3.org/2000/svg">'
    ]
    for p in (0, 0.25, 0.5, 0.75, 1):
        parts.append(
            f'<line x1="{left}" x2="{left + plot_w}" y1="{y(p):.1f}" y2="{y(p):.1f}" stroke="#ddd"/>'
            f'<text x="{left - 6}" y="{y(p) + 4:.1f}" font-size="10" text-anchor="end">{p:.2f}</text>'
        )
    for w in (weeks[0], weeks[-1]) if len(weeks) > 1 else weeks:
        parts.append(f'<text x="{x_of[w]:.1f}" y="{height - 8}" font-size="10" text-anchor="middle">{escape(w)}</text>')
    for n, (kind, points) in enumerate(sorted(timeline.items())):
        colour = KIND_COLOUR.get(kind, "#444")
        coords = " ".join(f"{x_of[w]:.1f},{y(p):.1f}" for w, p, _ in points)
        if len(points) > 1:
            parts.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2" points="{coords}"/>')
        for w, p, count in points:
            parts.append(
                f'<circle cx="{x_of[w]:.1f}" cy="{y(p):.1f}" r="3" fill="{colour}"><title>{escape(kind)} {escape(w)}: '
                f"{p:.2f} of {count}</title></circle>"
            )
        parts.append(
            f'<rect x="{width - right + 10}" y="{top + n * 16}" width="10" height="10" fill="{colour}"/>'
            f'<text x="{width - right + 24}" y="{top + n * 16 + 9}" font-size="11">{escape(kind)}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))
