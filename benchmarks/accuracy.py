"""Accuracy on every set with gold, tuned and sealed parts side by side (GOLD.md scoring).

    python benchmarks/accuracy.py                 # figures of every set
    python benchmarks/accuracy.py --details m     # misses and false positives of the tuned m-series
    python benchmarks/accuracy.py --json out.json

Sets: the fixtures (a/b/c/p/q series, and the tuned m-, o- and r-series), the sealed m-series
(fixtures/sealed), the tuned dev stories (fixtures/dev-gold) and the sealed ones
(fixtures/dev-gold-sealed; texts in ../shared/dev-corpus). Details are printed for tuned sets
only: nobody reads the misses of a sealed set (fixtures/SEALED.md).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor import Extractor  # noqa: E402
from extractor.evaluate import format_report, score_corpus  # noqa: E402
from extractor.io import read_txt  # noqa: E402

DEV_TEXTS = ROOT.parent / "shared" / "dev-corpus" / "bbc-sport-2004-05"
FIGURES = (
    "players",
    "matches",
    "match scores exact",
    "rankings",
    "quotes",
    "quote attribution",
    "tournaments",
    "venues",
    "published exact",
)


def sets() -> dict[str, tuple[Path, Path, tuple[str, ...], bool]]:
    """name -> (texts folder, gold folder, file-name prefixes, sealed)."""
    return {
        "fixtures a-q": (ROOT / "fixtures" / "articles", ROOT / "fixtures" / "gold", tuple("abcpq"), False),
        "m tuned": (ROOT / "fixtures" / "articles", ROOT / "fixtures" / "gold", ("m",), False),
        "o tuned": (ROOT / "fixtures" / "articles", ROOT / "fixtures" / "gold", ("o",), False),
        "r tuned": (ROOT / "fixtures" / "articles", ROOT / "fixtures" / "gold", ("r",), False),
        "m SEALED": (ROOT / "fixtures" / "sealed" / "articles", ROOT / "fixtures" / "sealed" / "gold", (), True),
        "n SEALED": (ROOT / "fixtures" / "sealed-n" / "articles", ROOT / "fixtures" / "sealed-n" / "gold", (), True),
        "dev tuned": (DEV_TEXTS, ROOT / "fixtures" / "dev-gold", (), False),
        "dev SEALED": (DEV_TEXTS, ROOT / "fixtures" / "dev-gold-sealed", (), True),
    }


def measure(extractor: Extractor, texts: Path, gold: Path, prefixes: tuple[str, ...]):
    stems = sorted(p.stem for p in gold.glob("*.json") if not prefixes or p.name.startswith(prefixes))
    paths = [texts / f"{s}.txt" for s in stems]
    if not paths or not all(p.is_file() for p in paths):
        return None
    with tempfile.TemporaryDirectory() as tmp:
        for s in stems:
            shutil.copy(gold / f"{s}.json", Path(tmp) / f"{s}.json")
        records = [r.model_dump(mode="json") for r in extractor.extract_many(read_txt(p) for p in paths)]
        return score_corpus(records, tmp)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--details", metavar="SET", help="print misses of a tuned set: fixtures, m, o or dev")
    ap.add_argument("--json", metavar="FILE", help="write the figures as JSON")
    ap.add_argument("--model", default=None)
    args = ap.parse_args()
    extractor = Extractor(args.model)
    started = time.perf_counter()
    results = {}
    for name, (texts, gold, prefixes, sealed) in sets().items():
        report = measure(extractor, texts, gold, prefixes)
        if report is None:
            print(f"{name}: texts not found, skipped", file=sys.stderr)
            continue
        results[name] = {f: round(report.value(f), 3) for f in FIGURES}
        results[name]["articles"] = report.articles
        results[name]["players from page cruft"] = len(report.cruft_players)
        wanted = args.details and not sealed and name.lower().startswith(args.details.lower())
        if wanted:
            print(f"== {name}\n{format_report(report, details=True)}\n")
    names = list(results)
    print(f"{'figure':<24}" + "".join(f"{n:>14}" for n in names))
    for f in (*FIGURES, "articles", "players from page cruft"):
        print(f"{f:<24}" + "".join(f"{results[n][f]:>14}" for n in names))
    print(f"({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
