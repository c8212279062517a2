"""Corroboration as confidence: how sure a canonical fact is, from how many sources agree on it and
what the official results say. One small function, so that calibrated probabilities (issue 18) can
call or replace it; the extractor's own per-fact confidences are left as they are.

    match_confidence(agreeing=[0.9, 0.8], disagreeing=1, reference="unlinked")

- the agreeing sources' confidences are combined as independent witnesses (noisy-OR:
  1 - (1 - c1)(1 - c2)...), so two sources at 0.8 give 0.96;
- that is scaled by the share of sources that agree (two of three: x 2/3);
- the reference result then decides: ``confirmed`` raises it to at least 0.99, ``conflict`` caps
  it at 0.5; ``unlinked`` and ``ambiguous`` leave it as it is.
"""

from __future__ import annotations

from collections.abc import Sequence

CONFIRMED_FLOOR = 0.99
CONFLICT_CAP = 0.5


def match_confidence(agreeing: Sequence[float], disagreeing: int, reference: str | None = None) -> float:
    """The confidence of a canonical fact (see the module docstring); 0.0 with no agreeing source."""
    if not agreeing:
        return 0.0
    doubt = 1.0
    for c in agreeing:
        doubt *= 1.0 - min(max(c, 0.0), 1.0)
    value = (1.0 - doubt) * len(agreeing) / (len(agreeing) + max(disagreeing, 0))
    if reference == "confirmed":
        value = max(value, CONFIRMED_FLOOR)
    elif reference == "conflict":
        value = min(value, CONFLICT_CAP)
    return round(value, 4)
