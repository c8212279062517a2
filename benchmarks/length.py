"""Cost against length: milliseconds per KB for each component, from 10 KB to 160 KB of text.

    python benchmarks/length.py [--sizes 10,20,40,80,160] [--model NAME] [--give-up 120]

Scraped dumps hold long texts with few sentence ends: draw sheets, results pages, text whose
punctuation was lost. A rule that scans a whole sentence per candidate costs the square of the
text there. For each size and each shape the script builds one article and times every component
on it:

- ``news``: fixture articles one after another, as paragraphs (what a long roundup looks like);
- ``no-stops``: the same text with every sentence end and line break removed (one "sentence");
- ``names``: a comma list of player names with a result verb now and then, no full stop.

Prints ms per KB per component and, for each component, the ratio of its ms/KB at the largest size
to that at the smallest: the target is at most 1.5 (cost linear in the text), and the whole
pipeline under 5 s for an article of 150 KB. Each size runs --repeat times and every component
keeps its best time (this machine is shared: single runs are noisy). A shape whose article takes
longer than --give-up seconds is not tried at larger sizes (reported as such).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_RATIO = 1.5
TARGET_150KB_S = 5.0


def news_text(size: int) -> str:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures" / "articles").glob("*.txt"))]
    bodies = [re.sub(r"\A\s*date\s+\S+\s*", "", t).strip() for t in texts]
    out, i = [], 0
    while sum(len(x) + 2 for x in out) < size:
        out.append(bodies[i % len(bodies)])
        i += 1
    return "\n\n".join(out)[:size]


def no_stops_text(size: int) -> str:
    text = re.sub(r"[.!?;:]+", "", news_text(size * 2))
    return re.sub(r"\s+", " ", text)[:size]


def names_text(size: int) -> str:
    from extractor.data.resources import load_resources

    names = [p.name for p in load_resources().players]
    out, i = [], 0
    verbs = ("beat", "lost to", "defeated", "and", "with", "v")
    while sum(len(x) + 2 for x in out) < size:
        out.append(names[i % len(names)])
        if i % 7 == 3:
            out.append(f"{verbs[i % len(verbs)]} {names[(i * 31) % len(names)]} 6-4 6-3")
        i += 1
    return ", ".join(out)[:size]


SHAPES = {"news": news_text, "no-stops": no_stops_text, "names": names_text}


def time_components(nlp, text: str) -> dict[str, float]:
    """Seconds the tokenizer and each pipeline component take on one text."""
    from extractor.text.layout import TEXT_KEY

    spent = {}
    t0 = time.perf_counter()
    doc = nlp.make_doc(text)
    doc.user_data[TEXT_KEY] = text  # as the Extractor does
    spent["tokenizer"] = time.perf_counter() - t0
    for name, proc in nlp.pipeline:
        t0 = time.perf_counter()
        doc = proc(doc)
        spent[name] = time.perf_counter() - t0
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10,20,40,80,160", help="sizes in KB (default 10,20,40,80,160)")
    parser.add_argument("--model", default=None)
    parser.add_argument("--shapes", default=",".join(SHAPES))
    parser.add_argument("--give-up", type=float, default=120.0, metavar="S")
    parser.add_argument(
        "--repeat", type=int, default=2, help="runs per size; each component keeps its best (default 2)"
    )
    args = parser.parse_args()

    from extractor import pipeline

    nlp = pipeline.build(args.model)
    nlp(news_text(3000))  # warm up
    sizes = [int(s) for s in args.sizes.split(",")]
    worst: dict[str, float] = {}
    for shape in args.shapes.split(","):
        per_kb: dict[int, dict[str, float]] = {}
        totals: dict[int, float] = {}
        for kb in sizes:
            text = SHAPES[shape](kb * 1000)
            runs = [time_components(nlp, text) for _ in range(args.repeat)]
            spent = {name: min(run[name] for run in runs) for name in runs[0]}
            per_kb[kb] = {name: 1000 * s / kb for name, s in spent.items()}
            totals[kb] = sum(spent.values())
            if totals[kb] > args.give_up:
                print(f"{shape}: {kb} KB took {totals[kb]:.0f} s; larger sizes not tried")
                break
        names = list(next(iter(per_kb.values())))
        done = sorted(per_kb)
        print(f"\nshape {shape}: ms per KB (total seconds per article on the last line)")
        print(f"{'component':22}" + "".join(f"{str(kb) + ' KB':>10}" for kb in done) + f"{'ratio':>8}")
        for name in names:
            ratio = per_kb[done[-1]][name] / max(per_kb[done[0]][name], 1e-3)
            # a component under 0.05 ms/KB everywhere costs nothing worth a ratio
            if max(per_kb[kb][name] for kb in done) < 0.05:
                ratio = 1.0
            worst[f"{shape}/{name}"] = ratio
            print(f"{name:22}" + "".join(f"{per_kb[kb][name]:10.2f}" for kb in done) + f"{ratio:8.2f}")
        print(f"{'total s':22}" + "".join(f"{totals[kb]:10.2f}" for kb in done))
        if done[-1] != sizes[-1]:
            worst[f"{shape}/(gave up)"] = float("inf")
        big = [kb for kb in done if kb >= 150]
        if big:
            print(
                f"{shape}: {big[0]} KB in {totals[big[0]]:.1f} s (target under {TARGET_150KB_S:.0f} s for "
                f"150 KB: {'met' if totals[big[0]] * 150 / big[0] < TARGET_150KB_S else 'MISSED'})"
            )
    bad = {k: v for k, v in worst.items() if v > TARGET_RATIO}
    print()
    if bad:
        print("over the linear target (ratio > 1.5): " + ", ".join(f"{k} {v:.2f}" for k, v in sorted(bad.items())))
    else:
        print(f"every component within {TARGET_RATIO}x of its 10 KB cost per KB: met")


if __name__ == "__main__":
    main()
