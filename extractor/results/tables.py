"""Results told as a table with a Winner column ("Date | Event | Round | Winner | Score", "Year |
Winner | Runner-up | Score"): one result per row, the loser from the row's loser column, else the
other of the two players the table is about (a past-meetings table names each as a winner)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from extractor.scores import ScoreRun, find_score_runs

# A cell separator of a table written as text: a pipe (with its spaces) or a tab
RE_CELL_SEP = re.compile(r"[ \t]*\|[ \t]*|\t+")
# The header cell of the winners' column
RE_WINNER_HEAD = re.compile(r"(?i:winners?|won\s+by|victor)")
# A champions' column: the winners of finals, a result only beside a runner-up column
RE_CHAMPION_HEAD = re.compile(r"(?i:champions?)")
# The header cell of the losers' column: "Runner-up", "Loser", "Beaten finalist", "Finalist", "Opponent"
RE_LOSER_HEAD = re.compile(r"(?i:runners?-?\s?up|losers?|(?:beaten\s+)?finalists?|opponents?)")


@dataclass(frozen=True)
class TableResult:
    winner: str
    loser: str
    run: ScoreRun | None
    row: tuple[int, int]  # the row's line in the text


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    cells, pos = [], start
    for m in RE_CELL_SEP.finditer(text, start, end):
        cells.append((pos, m.start()))
        pos = m.end()
    cells.append((pos, end))
    # a row written "| a | b |": no cell before the first pipe nor after the last
    return [c for i, c in enumerate(cells) if not ((i == 0 or i == len(cells) - 1) and c[0] == c[1])]


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _fold(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name.casefold()) if not unicodedata.combining(c))


def table_results(text: str, players: dict[str, str]) -> list[TableResult]:
    """The results of every table under a header with a Winner column (``players``: the article's
    players' names by key; a cell names a player by full name or surname)."""
    out: list[TableResult] = []
    if "|" not in text and "\t" not in text:
        return out  # no line of more than one cell: no table
    lines = _lines(text)
    i = 0
    while i < len(lines):
        head = _cells(text, *lines[i])
        names = [text[a:b].strip() for a, b in head]
        won = [k for k, n in enumerate(names) if RE_WINNER_HEAD.fullmatch(n)]
        lost = [k for k, n in enumerate(names) if RE_LOSER_HEAD.fullmatch(n)]
        if not won and len(lost) == 1:
            won = [k for k, n in enumerate(names) if RE_CHAMPION_HEAD.fullmatch(n)]
        if len(head) < 3 or len(won) != 1:
            i += 1
            continue
        rows = []
        i += 1
        while i < len(lines) and len(_cells(text, *lines[i])) == len(head):
            rows.append(lines[i])
            i += 1
        out += _rows(text, rows, won[0], lost[0] if len(lost) == 1 else None, players)
    return out


def _key_in(text: str, cell: tuple[int, int], players: dict[str, str]) -> str | None:
    """The one player the cell names: the whole name, or its last one or two words."""
    written = _fold(text[cell[0] : cell[1]].strip())
    if not written:
        return None
    keys = set()
    for key, name in players.items():
        words = _fold(name).split()
        if written in (" ".join(words), " ".join(words[-1:]), " ".join(words[-2:])):
            keys.add(key)
    return keys.pop() if len(keys) == 1 else None


def _rows(text, rows, won, lost, players) -> list[TableResult]:
    read = []
    for row in rows:
        cells = _cells(text, *row)
        winner = _key_in(text, cells[won], players)
        loser = _key_in(text, cells[lost], players) if lost is not None else None
        runs = find_score_runs(text[row[0] : row[1]])
        run = runs[0] if len(runs) == 1 else None
        if run is not None:
            run = ScoreRun(row[0] + run.start, row[0] + run.end, run.text, run.sets, run.outcome)
        read.append((row, winner, loser, run))
    if lost is None:
        # a past-meetings table: each row's loser is the other of the two players who won the rows
        pair = {w for _, w, _, _ in read if w is not None}
        if len(pair) != 2:
            return []
        read = [(row, w, (pair - {w}).pop() if w else None, run) for row, w, _, run in read]
    return [TableResult(w, l, run, row) for row, w, l, run in read if w is not None and l is not None and w != l]
