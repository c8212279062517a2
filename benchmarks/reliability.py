"""How well the shipped confidences are calibrated on gold the fit never saw (issue 18).

    python benchmarks/reliability.py                      # the sealed sets, with the shipped parameters
    python benchmarks/reliability.py --data-dir DIR       # parameters from `tennis-extract calibrate --out DIR`
    python benchmarks/reliability.py --sets tuned         # the sets the parameters were fitted on (in-sample)

`tennis-extract calibrate` reports cross-validated figures on the gold it fits on; this script
extracts the sealed sets (fixtures/sealed, fixtures/sealed-n, fixtures/dev-gold-sealed; nobody tunes
rules or parameters on them) with the fitted parameters and prints the same table: per kind ECE,
Brier score, precision and coverage at 0.5/0.8/0.9/0.95, and the precision of the facts a
`--auto-accept` threshold would accept.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.accuracy import sets  # noqa: E402
from extractor import Extractor  # noqa: E402
from extractor.cli.calibrating import find_gold  # noqa: E402
from extractor.confidence.features import KINDS  # noqa: E402
from extractor.confidence.model import FIELDS  # noqa: E402
from extractor.confidence.reliability import Reliability, table  # noqa: E402
from extractor.evaluate import fact_labels  # noqa: E402


def confidences(record: dict) -> dict[str, list[float | None]]:
    """Each fact's confidence per kind, in the order of ``fact_labels``."""
    return {kind: [fact.get(field) for fact in record.get(facts, [])] for kind, (facts, field) in FIELDS.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data-dir", default=None, help="rule data with a fitted confidence.json (default: shipped)")
    ap.add_argument("--sets", choices=("sealed", "tuned"), default="sealed")
    ap.add_argument("--auto-accept", type=float, default=0.95, help="threshold whose precision is reported")
    ap.add_argument("--only", nargs="*", metavar="SET", help="only these sets, by name (e.g. 'm SEALED')")
    ap.add_argument("--model", default=None)
    args = ap.parse_args()
    extractor = Extractor(args.model, data_dir=args.data_dir)
    if not extractor.confidence.kinds:
        sys.exit("no fitted confidence parameters in the rule data: run tennis-extract calibrate first")
    chosen = {n: s for n, s in sets().items() if s[3] == (args.sets == "sealed")}
    if args.only:
        chosen = {n: s for n, s in chosen.items() if n in args.only}
    by_kind = {k: Reliability(k) for k in KINDS}
    pooled = Reliability("all kinds")
    articles = 0
    for name, (texts, gold_dir, prefixes, _) in chosen.items():
        pairs = [
            (item, gold)
            for item, gold in find_gold([gold_dir], [texts])
            if not prefixes or (item.id or "").startswith(prefixes)
        ]
        records = extractor.extract_many([item for item, _ in pairs])
        for (_, gold), record in zip(pairs, records):
            articles += 1
            rec = record.model_dump(mode="json")
            values = confidences(rec)
            for kind, labels in fact_labels(rec, gold).items():
                for p, ok in zip(values[kind], labels):
                    if ok is not None and p is not None:
                        by_kind[kind].add(p, bool(ok))
                        pooled.add(p, bool(ok))
    print(f"# Reliability on the {args.sets} sets ({', '.join(chosen)}; {articles} articles)\n")
    print(table([r for r in by_kind.values() if r.n] + [pooled]))
    precision, coverage = pooled.at(args.auto_accept)
    above = sum(1 for p in pooled.predicted if p >= args.auto_accept)
    print(
        f"\nauto-accept at {args.auto_accept}: {above} of {pooled.n} facts "
        f"({above / max(1, pooled.n):.1%}), precision {precision if precision is None else round(precision, 3)}, "
        f"{coverage:.1%} of the right facts"
    )


if __name__ == "__main__":
    main()
