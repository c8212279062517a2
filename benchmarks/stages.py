"""Milliseconds per article for each pipeline component, so the next regression is visible.

    python benchmarks/stages.py [--copies 2] [--model NAME]

Runs the pipeline `tennis-extract` builds (the default model, or --model) over the benchmark
corpus (benchmarks/corpus.py) in this process, one component at a time, and prints the time each
component takes per article, the tokenizer first. Components are called doc by doc, so a
statistical component that batches in `nlp.pipe` costs a little less in a real batch; the rule
stages do not batch. Best of --repeat rounds per component.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import corpus, describe  # noqa: E402
from benchmarks.length import time_components  # noqa: E402

STAGE_BUDGET_MS = 8.0  # issue 11: our rule stages together, per article


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument(
        "--model", default=None, help="spaCy model (default: as tennis-extract chooses; 'blank' for none)"
    )
    args = parser.parse_args()

    from extractor import pipeline

    nlp = pipeline.build(args.model)
    texts = [text for _, text in corpus(args.copies)]
    names = ["tokenizer"] + [name for name, _ in nlp.pipeline]
    best = {name: float("inf") for name in names}
    for _ in range(args.repeat):
        spent = dict.fromkeys(names, 0.0)
        for text in texts:
            for name, seconds in time_components(nlp, text).items():
                spent[name] += seconds
        for name in names:
            best[name] = min(best[name], spent[name])
    n = len(texts)
    print(f"corpus: {describe(args.copies)}; pipeline: {'+'.join(names)}")
    print(f"{'component':24} {'ms/article':>10}")
    for name in names:
        print(f"{name:24} {1000 * best[name] / n:10.2f}")
    ours = sum(best[name] for name in names if name.startswith("tennis_") and name != "tennis_ner")
    print(
        f"{'rule stages together':24} {1000 * ours / n:10.2f}   (budget {STAGE_BUDGET_MS:.0f} "
        f"ms: {'met' if 1000 * ours / n <= STAGE_BUDGET_MS else 'MISSED'})"
    )
    print(f"{'everything':24} {1000 * sum(best.values()) / n:10.2f}")


if __name__ == "__main__":
    main()
