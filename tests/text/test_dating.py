"""A month and day without a year, resolved by text/dating as dateparser resolves it preferring
the past (the rule it replaced): compared on generated expressions in every spelling RE_DATE reads."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from extractor.text.dating import RE_DATE, resolve

dateparser = pytest.importorskip("dateparser")

MONTH_SPELLINGS = (
    "Jan January Feb February Mar March Apr April May Jun June Jul July Aug August "
    "Sep Sept September Sepember Oct October Nov November Dec December"
).split()


def _expression(rng: random.Random) -> str:
    month = rng.choice(MONTH_SPELLINGS)
    month = rng.choice((month, month.upper(), month.lower())) + rng.choice(("", "."))
    day = str(rng.choice(range(0, 35))) + rng.choice(("", "", "st", "nd", "rd", "th", "TH"))
    space = rng.choice((" ", "  ", "\n", " \t"))
    if rng.random() < 0.5:
        return month + space + day
    return day + space + rng.choice(("", "of ")) + month


def _published(rng: random.Random) -> dt.date:
    if rng.random() < 0.2:  # around February 29, in leap years and others
        return dt.date(rng.choice((2000, 2019, 2020, 2021, 2024)), 2, 28) + dt.timedelta(days=rng.randint(-3, 3))
    return dt.date(2000, 1, 1) + dt.timedelta(days=rng.randint(0, 9500))


def _by_dateparser(expr: str, published: dt.date) -> str | None:
    """What text/dating asked dateparser (and then did with its answer) before it resolved these itself."""
    settings = {
        "RELATIVE_BASE": dt.datetime.combine(published, dt.time(12)),
        "PREFER_DATES_FROM": "past",
        "REQUIRE_PARTS": ["day", "month"],
        "STRICT_PARSING": False,
    }
    try:
        value = dateparser.parse(expr, languages=["en"], settings=settings)
    except Exception:  # what the old call did with any error
        return None
    if value is None:
        return None
    day = value.date()
    if day > published + dt.timedelta(days=7):
        day = day.replace(year=day.year - 1)
    return day.isoformat()


def test_month_and_day_without_a_year_as_dateparser():
    rng = random.Random(7)
    compared = 0
    while compared < 300:
        m = RE_DATE.fullmatch(_expression(rng))
        if m is None or not (m.group("md") or m.group("dm")):
            continue
        published = _published(rng)
        assert resolve(m, published, m.group(0)) == _by_dateparser(m.group(0), published), (m.group(0), published)
        compared += 1
