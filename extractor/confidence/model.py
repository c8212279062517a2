"""Fitted confidence models, one per fact kind, loaded like the other rule data.

A model is a logistic regression over encoded features (``encode``), optionally followed by an
isotonic map (a step function from the logistic output to the observed rate of right facts). Its
parameters live in ``confidence.json`` in the rule-data folder (``extractor/data/`` or
``--data-dir``), written by ``tennis-extract calibrate``. A kind with no fitted model keeps the
stage's own fixed confidence (``default``), so extraction never needs a fitted file.
"""

from __future__ import annotations

import bisect
import functools
import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from extractor.data.resources import DATA_DIR

FILE_NAME = "confidence.json"

# each kind of confidence and where a record keeps it: (the record's list of facts, the fact's field);
# "score" and "speaker" are the parts of a match and a quote that are right or wrong on their own
FIELDS: dict[str, tuple[str, str]] = {
    "player": ("players", "confidence"),
    "match": ("matches", "confidence"),
    "score": ("matches", "score_confidence"),
    "ranking": ("rankings", "confidence"),
    "quote": ("quotes", "confidence"),
    "speaker": ("quotes", "speaker_confidence"),
    "tournament": ("tournaments", "confidence"),
    "venue": ("venues", "confidence"),
    "date": ("dates", "confidence"),
}
FORMAT = 1


def encode(features: Mapping[str, Any]) -> dict[str, float]:
    """Numbers stay numbers, booleans become 0/1, a category becomes an indicator "name=value"."""
    out: dict[str, float] = {}
    for name, value in features.items():
        if value is None:
            continue
        if isinstance(value, bool):
            out[name] = 1.0 if value else 0.0
        elif isinstance(value, (int, float)):
            out[name] = float(value)
        else:
            out[f"{name}={value}"] = 1.0
    return out


@dataclass(frozen=True)
class KindModel:
    intercept: float
    weights: Mapping[str, float]
    # isotonic map after the logistic output: the output thresholds and the rate at each
    steps_x: tuple[float, ...] = ()
    steps_y: tuple[float, ...] = ()

    def probability(self, features: Mapping[str, Any]) -> float:
        z = self.intercept + sum(self.weights.get(k, 0.0) * v for k, v in encode(features).items())
        p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
        if self.steps_x:
            i = bisect.bisect_right(self.steps_x, p) - 1
            p = self.steps_y[max(0, i)]
        return round(min(1.0, max(0.0, p)), 3)

    def to_json(self) -> dict[str, Any]:
        return {
            "intercept": self.intercept,
            "weights": dict(sorted(self.weights.items())),
            "steps": [list(self.steps_x), list(self.steps_y)],
        }

    @classmethod
    def from_json(cls, row: Mapping[str, Any]) -> KindModel:
        steps = row.get("steps") or [[], []]
        return cls(float(row["intercept"]), dict(row.get("weights") or {}), tuple(steps[0]), tuple(steps[1]))


@dataclass(frozen=True)
class ConfidenceModel:
    kinds: Mapping[str, KindModel] = field(default_factory=dict)
    source: str | None = None  # the file the parameters came from

    def probability(self, kind: str, features: Mapping[str, Any], default: float) -> float:
        model = self.kinds.get(kind)
        return default if model is None else model.probability(features)

    def to_json(self, **about: Any) -> dict[str, Any]:
        return {"format": FORMAT, **about, "kinds": {k: m.to_json() for k, m in sorted(self.kinds.items())}}

    @classmethod
    def from_json(cls, data: Mapping[str, Any], source: str | None = None) -> ConfidenceModel:
        if data.get("format") != FORMAT:
            raise ValueError(
                f"{source or FILE_NAME}: confidence parameters of format {data.get('format')!r}, "
                f"this version reads format {FORMAT}; run tennis-extract calibrate again"
            )
        return cls({k: KindModel.from_json(v) for k, v in (data.get("kinds") or {}).items()}, source)


@functools.lru_cache(maxsize=4)
def load_confidence(data_dir: str | None = None) -> ConfidenceModel:
    """The fitted models of the rule-data folder; none (every kind keeps its fixed confidence)
    when the folder has no confidence.json."""
    path = (Path(data_dir) if data_dir else DATA_DIR) / FILE_NAME
    if not path.exists():
        return ConfidenceModel()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}: not valid JSON ({exc.msg}); run tennis-extract calibrate again") from exc
    return ConfidenceModel.from_json(data, str(path))
