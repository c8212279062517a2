"""Helpers the canonical-facts tests share (tests/db/test_consolidate.py, tests/review/test_matchview.py):
records of one match each, and results files written in the format of the public ATP/WTA match files."""

from __future__ import annotations

import hashlib

from extractor import parse_score
from models import ArticleRecord

# The columns of the singles files (atp_matches_YYYY.csv), in their order; most are ignored.
HEADER = (
    "tourney_id,tourney_name,surface,draw_size,tourney_level,tourney_date,match_num,winner_id,winner_seed,"
    "winner_entry,winner_name,winner_hand,winner_ht,winner_ioc,winner_age,loser_id,loser_seed,loser_entry,"
    "loser_name,loser_hand,loser_ht,loser_ioc,loser_age,score,best_of,round,minutes,w_ace"
)
DOUBLES_HEADER = (
    "tourney_id,tourney_name,surface,draw_size,tourney_level,tourney_date,match_num,winner1_id,winner2_id,"
    "loser1_id,loser2_id,score,best_of,round,winner1_name,winner1_ioc,winner2_name,winner2_ioc,loser1_name,"
    "loser1_ioc,loser2_name,loser2_ioc"
)
FEDERER, HEWITT, AGASSI, SAFIN = (
    ("Roger Federer", "SUI"),
    ("Lleyton Hewitt", "AUS"),
    ("Andre Agassi", "USA"),
    (
        "Marat Safin",
        "RUS",
    ),
)


def row(tid, name, day, num, w, wname, wioc, l, lname, lioc, score, rnd, best_of=5) -> str:
    cells = [tid, name, "Hard", "128", "G", day, str(num), w, "", "", wname, "R", "185", wioc, "23.1"]
    cells += [l, "", "", lname, "R", "180", lioc, "23.5", score, str(best_of), rnd, "120", "10"]
    return ",".join(cells)


def article(
    aid: str,
    published: str | None,
    winner,
    loser,
    score: str | None,
    *,
    tournament: str | None = "US Open",
    rnd: str | None = "final",
    quote: str | None = None,
    rank: int | None = None,
    partners=None,
    version: str = "0.1.0",
) -> ArticleRecord:
    """A record of one match: ``winner`` and ``loser`` are (name, country)."""
    names = [winner, loser] + list(partners or ())
    body = " and ".join(n for n, _ in names) + " played."
    if score:
        body += f" The score was {score}."
    if tournament:
        body += f" It was the {rnd or 'match'} of the {tournament}."
    if quote:
        body += f' "{quote}," {winner[0]} said.'
    if rank:
        body += f" {winner[0]} is the world No {rank}."

    def span(part: str, start: int = 0) -> dict:
        at = body.index(part, start)
        return {"start": at, "end": at + len(part), "text": part}

    players = [{"id": f"P{i}", "name": n, "nationality": c, "mentions": [span(n)]} for i, (n, c) in enumerate(names, 1)]
    data = {
        "article": {
            "id": aid,
            "published": published,
            "text": body,
            "text_sha256": hashlib.sha256(body.encode()).hexdigest(),
            "extractor_version": version,
        },
        "players": players,
        "tournaments": [{"id": "T1", "name": tournament, "mentions": [span(tournament)]}] if tournament else [],
        "matches": [
            {
                "id": "M1",
                "winner": "P1",
                "loser": "P2",
                "winner_partner": "P3" if partners else None,
                "loser_partner": "P4" if partners else None,
                "score": parse_score(score).model_dump() if score else None,
                "tournament": "T1" if tournament else None,
                "round": rnd,
                "evidence": span(body.split(".")[0] + "."),
                "confidence": 0.8,
            }
        ],
        "quotes": [{"speaker": "P1", "span": span(f'"{quote},"'), "confidence": 0.9}] if quote else [],
        "rankings": (
            [{"player": "P1", "rank": rank, "kind": "world", "tour": "ATP", "evidence": span(f"world No {rank}")}]
            if rank
            else []
        ),
    }
    return ArticleRecord.model_validate(data)


FINAL = [
    article("a1", "2004-09-13", FEDERER, HEWITT, "6-0 7-6(3) 6-0"),
    article("a2", "2004-09-13", FEDERER, HEWITT, "6-0 7-6 6-0"),
    article("a3", "2004-09-14", FEDERER, HEWITT, "6-0 7-6(3) 6-1"),
]


def us_open_file(tmp_path):
    path = tmp_path / "atp_matches_2004.csv"
    final = row(
        "2004-560", "US Open", "20040830", 127, "103819", "Roger Federer", "SUI", "103720", "Lleyton Hewitt", "AUS",
        "6-0 7-6(3) 6-0", "F",
    )  # fmt: skip
    path.write_text(f"{HEADER}\n{final}\n", encoding="utf-8")
    return path
