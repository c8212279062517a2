"""Commands over the database: load, review, export, quality (the review's accounts: ``users``)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from extractor.cli.options import PROBABILITY, data_dir_option, db_option, main, review_engine


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
@click.option(
    "--auto-accept",
    type=PROBABILITY,
    metavar="P",
    help="The machine accepts the open facts of the loaded articles whose every confidence is at or above P "
    "(stored as its own decisions; editors' decisions override them).",
)
def load(
    records: tuple[Path, ...],
    url: str,
    registry_path: Path | None,
    allow_errors: bool,
    batch_size: int,
    data_dir: str | None,
    auto_accept: float | None,
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
        with Loader(
            url, registry=registry, batch_size=batch_size, data_dir=data_dir, auto_accept=auto_accept
        ) as loader:
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
@click.option(
    "--threads",
    type=click.IntRange(1, 256),
    default=8,
    show_default=True,
    help="Requests served at once (waitress's worker threads).",
)
@click.option(
    "--behind-proxy",
    is_flag=True,
    help="Behind an HTTPS reverse proxy: trust its X-Forwarded-For/-Proto/-Host/-Prefix (one hop), "
    "Secure cookies; needs an account. Listen on 127.0.0.1 so that only the proxy reaches the server.",
)
@click.option(
    "--auto-accept",
    type=PROBABILITY,
    metavar="P",
    help="When the server starts, the machine accepts the open facts whose every confidence is at or above P. "
    "Persistent: the acceptances are stored in the database and stay after the server stops, shown as the "
    "machine's, until an editor decides on the fact or undoes them.",
)
def review(url: str, host: str, port: int, threads: int, behind_proxy: bool, auto_accept: float | None) -> None:
    """Serve the editors' review page over the database at URL with waitress (Ctrl+C stops it)."""
    from extractor.db import DatabaseError
    from extractor.review.server import make_review_server
    from extractor.review.service import ReviewError

    try:
        server = make_review_server(
            url, host, port, threads=threads, behind_proxy=behind_proxy, auto_accept=auto_accept
        )
    except (DatabaseError, ReviewError) as exc:
        raise click.ClickException(str(exc)) from None
    except OSError as exc:
        raise click.ClickException(
            f"cannot listen on {host}:{port} ({exc.strerror or exc}); pick another --port"
        ) from None
    if server.auto_accepted is not None:
        click.echo(server.auto_accepted.summary(), err=True)
    shown_host = f"[{host}]" if ":" in host else host
    through = " behind the proxy" if behind_proxy else ""
    click.echo(
        f"review page at http://{shown_host}:{server.server_port}/{through} ({threads} threads; Ctrl+C to stop)",
        err=True,
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@main.command()
@db_option
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the records here (JSON Lines; default: stdout).",
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
@click.option(
    "--min-confidence",
    type=PROBABILITY,
    metavar="P",
    help="Only the facts whose confidence is at or above P (records as loaded; counted in their warnings).",
)
def export(
    url: str,
    output: Path | None,
    verified: bool,
    only_done: bool,
    gold_dir: Path | None,
    min_confidence: float | None,
) -> None:
    """Write the records in the database at URL as JSON Lines, as loaded or (--verified) as reviewed.

    To stdout, or to OUT with -o (written whole, then moved into place), or with --as-gold as gold
    files in a folder. The summary and the facts left out go to stderr. A verified record has the
    facts editors accepted or corrected and those the machine accepted (review --auto-accept);
    gold files only the editors' verdicts."""
    from extractor.db import DatabaseError
    from extractor.review.export import export_file, export_gold, export_url

    if only_done and not verified:
        raise click.BadParameter("--only-done needs --verified", param_hint="--only-done")
    if gold_dir is not None and not verified:
        raise click.BadParameter("--as-gold needs --verified", param_hint="--as-gold")
    if output is not None and gold_dir is not None:
        raise click.UsageError("give -o OUT.jsonl or --as-gold DIR, not both")
    if min_confidence is not None and verified:
        raise click.UsageError(
            "--min-confidence filters the records as loaded; a verified record holds the facts editors (or the "
            "machine, above its --auto-accept threshold) accepted: drop one of the two"
        )
    try:
        if gold_dir is not None:
            report = export_gold(url, gold_dir, only_done=only_done)
        elif output is not None:
            report = export_file(url, output, verified=verified, only_done=only_done, min_confidence=min_confidence)
        else:
            report = export_url(url, sys.stdout, verified=verified, only_done=only_done, min_confidence=min_confidence)
    except DatabaseError as exc:
        raise click.ClickException(str(exc)) from None
    except OSError as exc:
        raise click.ClickException(f"{output or gold_dir}: cannot write ({exc.strerror})") from None
    for line in report.left_out:
        click.echo(f"left out: {line}", err=True)
    for line in report.errors:
        click.echo(f"error: {line}", err=True)
    click.echo(report.summary(verified) + f" to {output or gold_dir or 'stdout'}", err=True)
    if report.errors:
        sys.exit(1)


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
    engine = review_engine(url)
    report = quality_report(engine, since=day)
    engine.dispose()
    click.echo(json.dumps(report, indent=2) if as_json else format_quality(report))
