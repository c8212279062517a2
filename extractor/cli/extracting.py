"""Commands over articles and records: extract, batch, eval, schema."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from extractor.cli.options import data_dir_option, main, min_confidence_option, model_option


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write JSON Lines here (default: stdout)."
)
@click.option("--pretty", is_flag=True, help="Indent each record (readable, no longer one record per line).")
@click.option(
    "--published", metavar="YYYY-MM-DD", help="Publication date for every input (overrides the ' date ' header)."
)
@click.option("--no-text", is_flag=True, help="Leave the article text out of the records.")
@min_confidence_option
@model_option
@data_dir_option
def extract(
    inputs: tuple[str, ...],
    output: Path | None,
    pretty: bool,
    published: str | None,
    no_text: bool,
    min_confidence: float | None,
    model: str | None,
    data_dir: str | None,
) -> None:
    """Extract one record per article of INPUTS as JSON Lines.

    INPUTS are read as batch reads them: files, directories (searched recursively), glob patterns,
    or - for stdin; .txt, .jsonl/.ndjson (one article a line), .html/.htm (main text by
    trafilatura). A bad input is one line on stderr; the others are still extracted (exit code 1).
    """
    import itertools

    from extractor.api import Extractor
    from extractor.article import check_published
    from extractor.pipeline import ModelNotFound

    try:
        check_published(published)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--published") from None
    failed = 0

    def articles():
        nonlocal failed
        for item in read_inputs(inputs, output):
            if isinstance(item, str):
                click.echo(f"error: {item}", err=True)
                failed += 1
                continue
            item.published = published or item.published
            yield item

    from extractor.io import write_record

    items = articles()
    first = next(items, None)  # the model loads only when there is an article to extract
    written = 0
    if first is not None:
        try:
            extractor = Extractor(model=model, data_dir=data_dir, keep_text=not no_text, min_confidence=min_confidence)
        except ModelNotFound as exc:
            raise click.ClickException(str(exc)) from None
        out = output.open("w", encoding="utf-8") if output else sys.stdout
        try:
            for record in extractor.extract_many(itertools.chain([first], items)):
                write_record(out, record, pretty=pretty)
                written += 1
        finally:
            if output:
                out.close()
    if output or failed:
        click.echo(
            f"{written} record(s) written{f' to {output}' if output else ''}, {failed} input(s) failed", err=True
        )
    if failed:
        sys.exit(1)


def read_inputs(inputs: tuple[str, ...], output: Path | None):
    """The articles of ``inputs`` as batch reads them (extractor.batch.inputs), or for each input
    that cannot be read the line that says why ("SOURCE[:LINE]: problem"). An id two input files
    share is kept for both (the second with ~2), with a warning line."""
    from extractor.batch.inputs import discover, iter_units, read_unit, unique_ids, where
    from extractor.io import InputError

    collisions: list[str] = []
    sources = discover(inputs, outputs=(output,) if output else ())
    for unit in unique_ids(iter_units(sources, sys.stdin.buffer), collisions):
        for line in collisions:
            click.echo(f"warning: {line}", err=True)
        collisions.clear()
        if unit.kind == "error":
            yield f"{where(unit)}: {unit.error}"
            continue
        try:
            yield read_unit(unit)
        except InputError as exc:
            yield str(exc)
        except Exception as exc:  # a reader bug costs one input, as in a batch
            yield f"{where(unit)}: cannot read: {type(exc).__name__}: {exc}"


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the records here (JSON Lines).",
)
@click.option(
    "--errors",
    "errors_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write error records here (default: OUT with .errors.jsonl, beside it).",
)
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="Worker processes (default: all cores).")
@click.option("--resume", is_flag=True, help="Skip the ids already in OUT and append the rest.")
@click.option("--allow-errors", is_flag=True, help="Exit 0 even when some units failed.")
@click.option("-q", "--quiet", is_flag=True, help="No progress line.")
@click.option(
    "--max-chars",
    type=click.IntRange(min=1),
    default=200_000,
    show_default=True,
    help="Longer articles are error records.",
)
@click.option("--no-text", is_flag=True, help="Leave the article text out of the records.")
@click.option(
    "--article-timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=60,
    show_default=True,
    metavar="SECONDS",
    help="An article still running after this is an error record; its process is replaced.",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    envvar="DASK_SCHEDULER_ADDRESS",
    help="Run on a Dask cluster: tcp://HOST:PORT, or 'local' for a cluster on this machine (env "
    "DASK_SCHEDULER_ADDRESS).",
)
@click.option(
    "--chunk-size",
    type=click.IntRange(min=1),
    metavar="N",
    help="Units per task (default: 32 locally; on Dask up to 128, about 10 s of work, and at "
    "least 4 tasks per worker thread).",
)
@click.option(
    "--db",
    "db_url",
    metavar="URL",
    help="Also load the records into this database as they are written (sqlite:///PATH or postgresql://...).",
)
@min_confidence_option
@model_option
@data_dir_option
def batch(
    inputs: tuple[str, ...],
    output: Path,
    errors_path: Path | None,
    jobs: int | None,
    resume: bool,
    allow_errors: bool,
    quiet: bool,
    max_chars: int,
    no_text: bool,
    article_timeout: float,
    scheduler: str | None,
    chunk_size: int | None,
    db_url: str | None,
    min_confidence: float | None,
    model: str | None,
    data_dir: str | None,
) -> None:
    """Extract every article of INPUTS to OUT, in input order, on all cores.

    INPUTS are files, directories (searched recursively), glob patterns, or - for stdin. Formats:
    .txt, .jsonl/.ndjson (one article a line: id, text, optional url, published, title; other
    fields go to article.meta), .html/.htm (main text by trafilatura). Stdin is JSON Lines when
    its first line starts with '{', else one plain-text article. Every unit gives one record in
    OUT or one error record {id, source, line, error}; exit code 1 if any failed. With
    --scheduler the chunks run on Dask workers (--jobs is then the size of a 'local' cluster).
    """
    import signal

    from extractor.batch.run import BatchError, BatchOptions, Interrupted, run_batch
    from extractor.pipeline import ModelNotFound, resolve_model

    try:
        model = resolve_model(model)
    except ModelNotFound as exc:
        raise click.ClickException(str(exc)) from None
    options = BatchOptions(
        output=output,
        errors=errors_path,
        jobs=jobs,
        resume=resume,
        max_chars=max_chars,
        model=model,
        keep_text=not no_text,
        progress=None if quiet or not sys.stderr.isatty() else sys.stderr,
        stdin=sys.stdin.buffer,
        article_timeout=article_timeout,
        scheduler=scheduler or None,
        chunk_size=chunk_size,
        db=db_url,
        data_dir=data_dir,
        min_confidence=min_confidence,
    )

    def stop(signum, frame):
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        summary = run_batch(inputs, options)
    except Interrupted as exc:
        click.echo(exc.summary.format(), err=True)
        click.echo(
            f"interrupted: {output} ends at a whole record; run the same command with --resume to continue", err=True
        )
        sys.exit(130)
    except (BatchError, ModelNotFound) as exc:
        raise click.ClickException(str(exc)) from None
    except OSError as exc:  # e.g. the disk filled up: OUT was cut back to its last whole record
        raise click.ClickException(
            f"{exc}; {output} ends at a whole record: free the space and run again with --resume"
        ) from None
    finally:
        signal.signal(signal.SIGTERM, previous)
    click.echo(summary.format(), err=True)
    load_errors = summary.load.errors if summary.load is not None else []
    for line in load_errors:
        click.echo(f"error: database: {line}", err=True)
    if (summary.errors or load_errors) and not allow_errors:
        sys.exit(1)


@main.command("eval")
@click.argument("predictions", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--details", is_flag=True, help="List every miss and false positive.")
def eval_(predictions: Path, gold_dir: Path, details: bool) -> None:
    """Score PREDICTIONS (JSON Lines records) against GOLD_DIR/<id>.json by the GOLD.md rules."""
    from extractor.evaluate import format_report, score_corpus
    from extractor.io import InputError, read_records

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
