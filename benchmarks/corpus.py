"""The benchmark corpus: what real news looks like to a batch, built the same way by every script.

- the fixture articles (``fixtures/articles``: match reports, roundups, interviews, results lists,
  cruft-heavy pages, other sports), in ``copies`` copies;
- the long, dense articles in ``benchmarks/long/`` (roundups, results pages and interviews of
  4,000-8,000 characters, written for the benchmark), in the same number of copies;
- the real stories of ``../shared/dev-corpus`` when that folder is beside the repository (read in
  place, never copied into it), in the same number of copies.

Texts are returned as ``(name, text)`` pairs, so a script can write them as files or feed them to
``nlp.pipe`` as it likes.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV_CORPUS = ROOT.parent / "shared" / "dev-corpus"


def sources(*, dev: bool = True, only_dev: bool = False) -> list[tuple[str, str]]:
    """One copy of every benchmark article, as (name, text), in a fixed order; ``only_dev``: the
    real dev-corpus stories alone (an error when they are not beside the repository)."""
    folders = [] if only_dev else [ROOT / "fixtures" / "articles", ROOT / "benchmarks" / "long"]
    paths = [p for folder in folders for p in sorted(folder.glob("*.txt"))]
    if only_dev and not DEV_CORPUS.is_dir():
        raise SystemExit(f"the dev corpus is not at {DEV_CORPUS}: --dev-only needs it")
    if (dev or only_dev) and DEV_CORPUS.is_dir():
        paths += sorted(DEV_CORPUS.glob("*/*.txt"))
    return [(p.stem, p.read_text(encoding="utf-8")) for p in paths]


def corpus(copies: int, *, dev: bool = True, only_dev: bool = False) -> list[tuple[str, str]]:
    """``copies`` copies of every benchmark article, names made unique per copy."""
    one = sources(dev=dev, only_dev=only_dev)
    return [(f"c{k:02d}_{name}", text) for k in range(copies) for name, text in one]


def write(folder: Path, copies: int, *, dev: bool = True, only_dev: bool = False) -> list[Path]:
    """The corpus as .txt files in ``folder`` (what `tennis-extract batch` reads)."""
    paths = []
    for name, text in corpus(copies, dev=dev, only_dev=only_dev):
        path = folder / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def describe(copies: int, *, dev: bool = True, only_dev: bool = False) -> str:
    one = sources(dev=dev, only_dev=only_dev)
    if only_dev:
        chars = sum(len(t) for _, t in one)
        return f"{copies} x {len(one)} real dev-corpus stories, {chars * copies / 1000:,.0f} K characters"
    fixtures = len(list((ROOT / "fixtures" / "articles").glob("*.txt")))
    long = len(list((ROOT / "benchmarks" / "long").glob("*.txt")))
    real = len(one) - fixtures - long
    chars = sum(len(t) for _, t in one)
    return (
        f"{copies} x ({fixtures} fixture articles + {long} long articles + {real} real dev-corpus stories) = "
        f"{copies * len(one)} articles, {chars * copies / 1000:,.0f} K characters"
    )
