"""The behavioural floors of issue 17 on a fixed-seed sample of 500 cases (with the real model).

The sample is ``generate(500, SEED)``: a fifth are statements that are not results, and the result
cases come in groups per construction (base, swapped sides, one-dimension variants, mixed), every
construction at least once, so every dimension is represented. The floors are the benchmark's:

- recall >= 0.97 overall and >= 0.97 on cases with invented names;
- construction recall >= 0.90: with 5-10 cases per construction in 500 a single miss already reads as
  0.80-0.90, so here the 0.90 floor is applied to each construction *family* (30-90 cases each), and
  each construction may have at most one miss; ``benchmarks/behaviour.py`` (>= 5,000 cases, 60-70 per
  construction) applies the 0.90 floor to every construction;
- wrong winner <= 0.5% of results; false results <= 1% of statements that are not results.
"""

from __future__ import annotations

import pytest

from behaviour.generator import generate
from behaviour.scoring import Report, describe, judge
from behaviour.templates import CONSTRUCTIONS

SEED = 17
SAMPLE = 500


@pytest.fixture(scope="module")
def cases():
    return generate(SAMPLE, SEED)


@pytest.fixture(scope="module")
def report(extractor, cases) -> Report:
    records = extractor.extract_many([(c.text, {"id": c.id}) for c in cases])
    return Report([judge(c, r.model_dump(mode="json")) for c, r in zip(cases, records)])


def test_the_sample_covers_every_construction_and_kind_of_statement(cases):
    assert len(cases) == SAMPLE
    assert {c.construction for c in cases if c.is_result} == {c.name for c in CONSTRUCTIONS}
    assert len({c.non_result for c in cases if not c.is_result}) >= 10


@pytest.mark.model
def test_behavioural_floors(report):
    problems = report.floors(per_construction="family", max_misses=1)
    failures = [o for o in report.outcomes if (o.case.is_result and not o.found) or o.false_result or o.wrong_winner]
    examples = "\n".join(describe(o) for o in failures[:15])
    assert not problems, "\n".join(problems) + "\n\nexamples:\n" + examples
