"""Commands over the canonical facts: results import / link (official results as a reference),
matches (one line per real match), consolidate (compute the canonical facts again)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from extractor.cli.options import data_dir_option, db_option, main

STATES = ("agreed", "conflict")
REFERENCE_STATUSES = ("confirmed", "conflict", "unlinked", "ambiguous")


def _links(counts) -> str:
    return "canonical matches: " + ", ".join(f"{counts[s]} {s}" for s in REFERENCE_STATUSES)


@main.group()
def results() -> None:
    """Official results (the ATP/WTA match files) as a reference for the canonical matches."""


@results.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@db_option
@click.option("--no-link", is_flag=True, help="Import only; link later with 'results link'.")
@data_dir_option
def results_import(files: tuple[Path, ...], url: str, no_link: bool, data_dir: str | None) -> None:
    """Import results FILES (CSV in the format of Jeff Sackmann's atp_matches_YYYY.csv / wta_matches_YYYY.csv,
    singles or doubles) into the database at URL, then link every canonical match to them.

    The files are not shipped with tennis-extract (their licence is non-commercial): download them
    from the tennis_atp and tennis_wta repositories. Importing a file again updates it in place.
    """
    from extractor.db import DatabaseError
    from extractor.db.reference import ReferenceFileError
    from extractor.db.upkeep import import_results

    try:
        report, counts = import_results(url, files, data_dir=data_dir, link=not no_link)
    except ReferenceFileError as exc:
        raise click.ClickException(str(exc)) from None
    except DatabaseError as exc:
        raise click.ClickException(str(exc)) from None
    for line in report.errors:
        click.echo(f"error: {line}", err=True)
    click.echo(report.summary(), err=True)
    if counts is not None:
        click.echo(_links(counts), err=True)
    if report.errors:
        sys.exit(1)


@results.command("link")
@db_option
def results_link(url: str) -> None:
    """Link every canonical match to the imported reference results again (after more imports)."""
    from extractor.db import DatabaseError
    from extractor.db.upkeep import link_results

    try:
        counts = link_results(url)
    except DatabaseError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(_links(counts), err=True)


@main.command()
@db_option
@click.option("--window-days", type=click.IntRange(min=0), help="Days between publications that may tell one match.")
def consolidate(url: str, window_days: int | None) -> None:
    """Compute every canonical fact of the database at URL again (the loader keeps them up to date;
    run this to change the date window, default 10 days, which is then kept for later loads)."""
    from extractor.db import DatabaseError
    from extractor.db.upkeep import consolidate as run

    try:
        count, window = run(url, window_days)
    except DatabaseError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"{count} canonical match(es); date window {window} day(s)", err=True)


@main.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object a line.")
@click.option("--player", metavar="NAME", help="Only the matches of this player (a name, an alias or a surname).")
@click.option("--state", type=click.Choice(STATES), help="Only matches whose sources agree, or disagree.")
@click.option("--reference", type=click.Choice(REFERENCE_STATUSES), help="Only matches of this reference status.")
def matches(url: str, as_json: bool, player: str | None, state: str | None, reference: str | None) -> None:
    """List the canonical matches of the database at URL: each real match once, with its sources."""
    from sqlalchemy.exc import SQLAlchemyError

    from extractor.db import DatabaseError, connect, current_version
    from extractor.db.engine import one_line
    from extractor.db.match_list import iter_matches, list_matches

    try:
        engine = connect(url)
    except DatabaseError as exc:
        raise click.ClickException(str(exc)) from None
    try:
        with engine.connect() as conn:
            version = current_version(conn)
            if version is None or version < 3:
                raise click.ClickException(
                    f"{url}: no canonical matches here yet; load records first (tennis-extract load OUT.jsonl "
                    f"--db URL), which creates or upgrades the schema"
                )
            if player is not None:
                items = list_matches(conn, player=player, state=state, reference=reference)
            else:
                items = iter_matches(conn, state=state, reference=reference)
            for item in items:
                click.echo(json.dumps(item, ensure_ascii=False) if as_json else _line(item))
    except SQLAlchemyError as exc:
        raise click.ClickException(f"{url}: {one_line(exc)}") from None
    finally:
        engine.dispose()


def _line(m: dict) -> str:
    winner = m["winner"] + (f" / {m['winner_partner']}" if m["winner_partner"] else "")
    loser = m["loser"] + (f" / {m['loser_partner']}" if m["loser_partner"] else "")
    state = m["state"] + (f" ({', '.join(m['conflicts'])})" if m["conflicts"] else "")
    differs = m["reference"]["conflicts"]
    ref = m["reference"]["status"] + (f" ({', '.join(differs)})" if differs else "")
    return "\t".join(
        [
            m["date"] or m["first_published"] or "-",
            m["tournament"] or "-",
            m["round"] or "-",
            f"{winner} d. {loser}",
            m["score"] or "-",
            state,
            f"{len(m['sources'])} source(s)",
            f"reference {ref}",
        ]
    )
