"""Official results as a reference: the public ATP and WTA match files (Jeff Sackmann's tennis_atp
and tennis_wta repositories, one CSV per tour and season), imported into ``reference_matches``.

Columns read: ``tourney_id``, ``tourney_name``, ``tourney_date`` (YYYYMMDD), ``match_num``,
``winner_id``, ``winner_name``, ``winner_ioc``, ``loser_id``, ``loser_name``, ``loser_ioc``,
``score``, ``round``, ``best_of``; a doubles file has ``winner1_id``/``winner1_name``,
``winner2_id``/``winner2_name`` and the same for the losers. Other columns are ignored. Every
score is parsed with ``parse_score(score, winner_first=True)``; one that does not parse is kept as
text, with no normalised score. The tour is read from the file name (``atp_...``, ``wta_...``).
Importing a file again updates its matches in place (key: tour, tourney_id, match_num, doubles).

No such file ships with this project (their licence is non-commercial): download them yourself.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, bindparam, select, update

from extractor.db.entities import canonical_tournaments
from extractor.db.registry import fold
from extractor.db.rows import insert_rows
from extractor.db.schema import TABLES
from extractor.scores import parse_score

ROUNDS = {
    "F": "final",
    "SF": "semifinal",
    "QF": "quarterfinal",
    "R16": "R16",
    "R32": "R32",
    "R64": "R64",
    "R128": "R128",
    "RR": "group",
    "Q1": "qualifying",
    "Q2": "qualifying",
    "Q3": "qualifying",
    "Q4": "qualifying",
}
NEEDED = ("tourney_id", "tourney_name", "tourney_date", "match_num", "score", "round")
SINGLES = ("winner_id", "winner_name", "loser_id", "loser_name")
DOUBLES = ("winner1_id", "winner1_name", "winner2_id", "winner2_name", "loser1_id", "loser1_name", "loser2_id")


class ReferenceFileError(Exception):
    """A results file that cannot be read at all; the message names it and says what to do."""


@dataclass
class ImportReport:
    files: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    unparsed_scores: int = 0
    errors: list[str] = field(default_factory=list)  # FILE:LINE: what is wrong (the line is skipped)

    def summary(self) -> str:
        return (
            f"{self.files} file(s): {self.new} reference match(es) imported, {self.updated} updated, "
            f"{self.unchanged} unchanged, {len(self.errors)} line(s) skipped; {self.unparsed_scores} score(s) "
            f"kept as text only"
        )


def tour_of(path: Path) -> str:
    name = path.name.lower()
    return "ATP" if name.startswith("atp") else "WTA" if name.startswith("wta") else ""


def read_results(path: str | Path, data_dir: str | None = None) -> Iterator[tuple[str, dict | None, str | None]]:
    """(FILE:LINE, values, None) for each match of a results file, (FILE:LINE, None, problem) for a
    line that cannot be a match. Raises ReferenceFileError when the file is not a results table."""
    path = Path(path)
    try:
        fh = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise ReferenceFileError(f"{path}: cannot read ({exc.strerror})") from None
    canonical = canonical_tournaments(data_dir)
    with fh:
        reader = csv.DictReader(fh)
        try:
            header = [h.strip() for h in reader.fieldnames or []]
        except UnicodeDecodeError:
            raise ReferenceFileError(f"{path}: not UTF-8; save the results file as UTF-8 CSV") from None
        doubles = "winner1_name" in header
        missing = [c for c in (*NEEDED, *(DOUBLES if doubles else SINGLES)) if c not in header]
        if missing:
            raise ReferenceFileError(
                f"{path}: no {', '.join(missing)} column(s); a results file has the columns of the ATP/WTA match "
                f"files: tourney_id, tourney_name, tourney_date, match_num, winner_name, loser_name, score, round"
            )
        tour = tour_of(path)
        try:
            for n, row in enumerate(reader, 2):
                where = f"{path}:{n}"
                values, problem = _match(row, doubles, tour, path.name, canonical)
                yield where, values, problem
        except UnicodeDecodeError:
            raise ReferenceFileError(f"{path}: not UTF-8; save the results file as UTF-8 CSV") from None
        except csv.Error as exc:
            raise ReferenceFileError(f"{path}: not a CSV file ({exc})") from None


def _match(row: dict, doubles: bool, tour: str, source: str, canonical: dict) -> tuple[dict | None, str | None]:
    cell = {k.strip(): (v or "").strip() for k, v in row.items() if k}
    try:
        day = dt.datetime.strptime(cell["tourney_date"], "%Y%m%d").date()
    except ValueError:
        return None, f"tourney_date {cell['tourney_date']!r} is not YYYYMMDD"
    if not cell["match_num"].isdigit():
        return None, f"match_num {cell['match_num']!r} is not a number"
    w, l = ("winner1", "loser1") if doubles else ("winner", "loser")
    if not cell.get(f"{w}_name") or not cell.get(f"{l}_name"):
        return None, "a match needs the winner's and the loser's names"
    name = cell["tourney_name"]
    known = canonical.get(fold(name))
    score = parse_score(cell["score"], winner_first=True) if cell["score"] else None
    best_of = cell.get("best_of", "")
    return {
        "tour": tour,
        "doubles": doubles,
        "source": source,
        "tourney_id": cell["tourney_id"],
        "tourney_name": name,
        "tournament_key": fold(known[0] if known else name),
        "tourney_date": day,
        "season": day.year,
        "match_num": int(cell["match_num"]),
        "round": ROUNDS.get(cell["round"]),
        "round_raw": cell["round"] or None,
        "best_of": int(best_of) if best_of.isdigit() else None,
        "winner_ref": cell.get(f"{w}_id", ""),
        "winner_name": cell[f"{w}_name"],
        "winner_ioc": cell.get(f"{w}_ioc") or None,
        "loser_ref": cell.get(f"{l}_id", ""),
        "loser_name": cell[f"{l}_name"],
        "loser_ioc": cell.get(f"{l}_ioc") or None,
        "winner2_ref": cell.get("winner2_id") or None if doubles else None,
        "winner2_name": cell.get("winner2_name") or None if doubles else None,
        "loser2_ref": cell.get("loser2_id") or None if doubles else None,
        "loser2_name": cell.get("loser2_name") or None if doubles else None,
        "score_text": cell["score"] or None,
        "score": score.normalised() if score is not None and score.sets else None,
        "outcome": score.outcome if score is not None else None,
    }, None


def store(conn: Connection, matches: list[dict[str, Any]], report: ImportReport) -> None:
    """Insert the new matches, update the changed ones (same tour, tourney_id, match_num, doubles)."""
    t = TABLES["reference_matches"]
    keyed = {(m["tour"], m["tourney_id"], m["match_num"], m["doubles"]): m for m in matches}
    existing = {}
    for tid in sorted({k[1] for k in keyed}):
        for r in conn.execute(select(t).where(t.c.tourney_id == tid)):
            existing[(r.tour, r.tourney_id, r.match_num, r.doubles)] = r
    new, changed = [], []
    for key, values in keyed.items():
        old = existing.get(key)
        if old is None:
            new.append(values)
        elif any(getattr(old, k) != v for k, v in values.items()):
            changed.append({"pk": old.id, **values})
        else:
            report.unchanged += 1
    insert_rows(conn, "reference_matches", new, ids=True)
    if changed:
        conn.execute(update(t).where(t.c.id == bindparam("pk")), changed)
    report.new += len(new)
    report.updated += len(changed)
    report.unchanged += len(matches) - len(keyed)  # the same match twice in the input
