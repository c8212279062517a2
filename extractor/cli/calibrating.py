"""`tennis-extract calibrate`: fit the confidence models on articles that have gold."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Iterator

import click

from extractor.article import ArticleInput
from extractor.cli.options import data_dir_option, main, model_option


class GoldError(click.ClickException):
    pass


def find_gold(gold_dirs: Iterable[Path], text_dirs: Iterable[Path]) -> Iterator[tuple[ArticleInput, dict]]:
    """(article, gold) for every gold file: its text is ``<id>.txt`` beside it, in its parent, in
    a sibling ``articles/`` folder, or in one of ``text_dirs``."""
    from extractor.io import read_txt

    text_dirs = list(text_dirs)
    for folder in gold_dirs:
        files = sorted(Path(folder).glob("*.json"))
        if not files:
            raise GoldError(f"{folder}: no gold files (*.json) in this folder")
        for path in files:
            gold = json.loads(path.read_text(encoding="utf-8"))
            aid = gold.get("id") or path.stem
            places = [path.parent, path.parent.parent, path.parent.parent / "articles", *text_dirs]
            text = next((d / f"{aid}.txt" for d in places if (d / f"{aid}.txt").is_file()), None)
            if text is None:
                raise GoldError(f"{path}: no text {aid}.txt beside it, in its parent or in --texts; give --texts DIR")
            item = read_txt(text)
            item.id = aid
            yield item, gold


@main.command()
@click.argument("gold_dirs", nargs=-1, required=True, type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Write a rule-data folder here: the data calibrated with plus the fitted confidence.json "
    "(use it with --data-dir), and the reliability report in OUT/reliability/.",
)
@click.option(
    "--texts",
    "text_dirs",
    multiple=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="A folder of <id>.txt articles for gold files whose text is not beside them (repeatable).",
)
@click.option("--folds", default=5, show_default=True, type=click.IntRange(2, 20), help="Cross-validation folds.")
@model_option
@data_dir_option
def calibrate(
    gold_dirs: tuple[Path, ...],
    out_dir: Path,
    text_dirs: tuple[Path, ...],
    folds: int,
    model: str | None,
    data_dir: str | None,
) -> None:
    """Fit the confidence of every fact kind on GOLD_DIRS (GOLD.md gold files; editors' verdicts
    exported with `export --verified --as-gold` are gold too), cross-validated by article, and
    write the parameters and a reliability report (ECE, Brier, precision and coverage at 0.5, 0.8,
    0.9, 0.95, a reliability diagram per kind)."""
    from extractor.api import Extractor
    from extractor.confidence.fit import CalibrationError, write
    from extractor.confidence.fit import calibrate as fit
    from extractor.confidence.model import ConfidenceModel
    from extractor.pipeline import ModelNotFound

    pairs = list(find_gold(gold_dirs, text_dirs))
    click.echo(f"calibrating on {len(pairs)} articles ({folds}-fold by article)...", err=True)
    try:
        extractor = Extractor(model, data_dir=data_dir)
    except ModelNotFound as exc:
        raise click.ClickException(str(exc)) from None
    extractor.confidence = ConfidenceModel()  # the features do not depend on an earlier fit
    try:
        outcome = fit(pairs, extractor.extract_with_features, folds=folds)
    except CalibrationError as exc:
        raise click.ClickException(str(exc)) from None
    about = {"articles": outcome.articles, "folds": folds, "facts": outcome.facts, "gold": [str(d) for d in gold_dirs]}
    report = write(outcome, out_dir, data_dir, about)
    click.echo(report.read_text(encoding="utf-8"))
    click.echo(f"parameters in {out_dir / 'confidence.json'}; use them with --data-dir {out_dir}", err=True)
