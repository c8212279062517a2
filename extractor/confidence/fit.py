"""`tennis-extract calibrate`: re-extract articles that have gold, label every fact right or wrong
by the GOLD.md rules, fit one logistic model per fact kind on the facts' features, check it by
k-fold cross-validation grouped by article, and write the parameters (a rule-data folder with
``confidence.json``) and a reliability report.

Fitting needs scikit-learn (the ``calibrate`` extra); extraction only reads the fitted numbers.
"""

from __future__ import annotations

import json
import math
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from extractor.article import ArticleInput
from extractor.confidence.features import KINDS
from extractor.confidence.model import FILE_NAME, ConfidenceModel, KindModel, encode
from extractor.confidence.reliability import Reliability, svg, table
from extractor.data.resources import DATA_DIR
from extractor.evaluate import fact_labels

FOLDS = 5
MIN_FACTS = 20  # a kind with fewer labelled facts (or one outcome only) gets a constant model
# Inverse L2 strengths tried for each kind; the one with the lowest out-of-fold Brier score is kept
# (a kind with few facts or weak features wants a stronger pull towards its base rate).
STRENGTHS = (0.1, 0.3, 1.0, 3.0)


class CalibrationError(Exception):
    """Calibration cannot run (no gold, no texts, no scikit-learn): one line that says what to do."""


@dataclass
class Example:
    features: dict[str, Any]
    right: bool
    article: str


@dataclass
class Outcome:
    model: ConfidenceModel
    cross_validated: dict[str, Reliability]
    articles: int
    facts: dict[str, int] = field(default_factory=dict)


def examples(
    pairs: list[tuple[ArticleInput, dict]], extract: Callable[[list[ArticleInput]], Iterable[tuple[Any, dict]]]
) -> dict[str, list[Example]]:
    """Every fact of every article with its features and whether it is right."""
    out: dict[str, list[Example]] = {k: [] for k in KINDS}
    for (item, gold), (record, features) in zip(pairs, extract([item for item, _ in pairs])):
        labels = fact_labels(record.model_dump(mode="json"), gold)
        for kind in KINDS:
            for feats, ok in zip(features.get(kind, []), labels.get(kind, [])):
                if ok is not None:
                    out[kind].append(Example(feats, bool(ok), item.id or ""))
    return out


def fit_kind(rows: list[Example], folds: int = FOLDS) -> tuple[KindModel, list[float]]:
    """The model of one kind on all its facts, and each fact's out-of-fold probability, at the
    regularisation strength whose out-of-fold probabilities have the lowest Brier score."""
    if not rows:
        return KindModel(0.0, {}), []
    best: tuple[float, float, list[float]] | None = None
    for c in STRENGTHS:
        oof = out_of_fold(rows, folds, c)
        brier = sum((p - r.right) ** 2 for p, r in zip(oof, rows)) / len(rows)
        if best is None or brier < best[0] - 1e-9:
            best = (brier, c, oof)
    assert best is not None
    return _fit(rows, best[1]), best[2]


def out_of_fold(rows: list[Example], folds: int, c: float) -> list[float]:
    """Each fact's probability from a model fitted without its article (k folds of articles)."""
    oof = [0.0] * len(rows)
    groups = sorted({r.article for r in rows})
    k = min(folds, len(groups))
    for f in range(k):
        held = {g for i, g in enumerate(groups) if i % k == f}
        model = _fit([r for r in rows if r.article not in held], c)
        for i, r in enumerate(rows):
            if r.article in held:
                oof[i] = model.probability(r.features)
    return oof


def _fit(rows: list[Example], c: float) -> KindModel:
    positives = sum(r.right for r in rows)
    if len(rows) < MIN_FACTS or positives in (0, len(rows)):
        rate = (positives + 1) / (len(rows) + 2)  # Laplace: never 0 or 1 from a handful of facts
        return KindModel(math.log(rate / (1 - rate)), {})
    try:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError:  # pragma: no cover - the extra is part of the test install
        raise CalibrationError(
            "fitting needs scikit-learn: pip install 'tennis-extract[calibrate]' (extraction does not)"
        ) from None
    vec = DictVectorizer(sparse=False)
    x = vec.fit_transform([encode(r.features) for r in rows])
    clf = LogisticRegression(C=c, max_iter=2000)
    clf.fit(x, [r.right for r in rows])
    weights = {name: float(w) for name, w in zip(vec.get_feature_names_out(), clf.coef_[0]) if abs(w) > 1e-9}
    return KindModel(float(clf.intercept_[0]), weights)


def calibrate(pairs: list[tuple[ArticleInput, dict]], extract, folds: int = FOLDS) -> Outcome:
    by_kind = examples(pairs, extract)
    models, reliability = {}, {}
    pooled = Reliability("all kinds")
    for kind, rows in by_kind.items():
        model, oof = fit_kind(rows, folds)
        models[kind] = model
        rel = Reliability(kind)
        for r, p in zip(rows, oof):
            rel.add(p, r.right)
            pooled.add(p, r.right)
        reliability[kind] = rel
    reliability["all kinds"] = pooled
    facts = {k: len(v) for k, v in by_kind.items()}
    return Outcome(ConfidenceModel(models), reliability, len(pairs), facts)


def write(outcome: Outcome, out_dir: Path, data_dir: str | None, about: dict[str, Any]) -> Path:
    """A complete rule-data folder at ``out_dir`` (the data calibrated with, plus the fitted
    confidence.json), and the report under ``out_dir/reliability/``. Returns the report's path."""
    source = Path(data_dir) if data_dir else DATA_DIR
    out_dir.mkdir(parents=True, exist_ok=True)
    for path in source.iterdir():
        if path.suffix in (".jsonl", ".txt") and path.is_file():
            shutil.copyfile(path, out_dir / path.name)
    (out_dir / FILE_NAME).write_text(json.dumps(outcome.model.to_json(**about), indent=1) + "\n", encoding="utf-8")
    report_dir = out_dir / "reliability"
    report_dir.mkdir(exist_ok=True)
    rows = list(outcome.cross_validated.values())
    summary = {r.name: r.summary() for r in rows}
    (report_dir / "report.json").write_text(json.dumps({**about, "kinds": summary}, indent=1) + "\n")
    for r in rows:
        (report_dir / f"{r.name.replace(' ', '-')}.svg").write_text(svg(r) + "\n", encoding="utf-8")
    text = (
        f"# Reliability of the fitted confidences ({folds_note(about)})\n\n"
        f"{outcome.articles} articles; every figure is out-of-fold: each article's facts were scored by a model "
        f"fitted without it.\n\n{table(rows)}\n"
    )
    (report_dir / "report.md").write_text(text, encoding="utf-8")
    return report_dir / "report.md"


def folds_note(about: dict[str, Any]) -> str:
    return f"{about.get('folds', FOLDS)}-fold cross-validation by article"
