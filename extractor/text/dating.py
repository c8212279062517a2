"""Date expressions in text: the published date of a page, and a date expression resolved
against it. Plain functions on strings, read by the boilerplate stage (published date) and the
dates stage (relative dates); dateparser (English only) is asked only about month-and-day
expressions, never about score-like digit strings, and once per expression and publication day in a
process.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from extractor.text import plain as T

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?"
    r"(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)

RE_DATE = re.compile(
    rf"""
    (?<![\w-])
    (?:
        # Oct. 4, October 4 2021
        (?P<md>{MONTH}\s+(?P<md_day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<md_year>(?:19|20)\d\d))?)(?![\d-])
      # 4 October 2021
      | (?P<dm>(?P<dm_day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}(?:,?\s+(?P<dm_year>(?:19|20)\d\d))?)(?![\d-])
      # October 2021
      | (?P<my>{MONTH}\s+(?P<my_year>(?:19|20)\d\d))(?![\d-])
      | (?P<wd>(?:(?P<wd_mod>last|this|next|on|since|until|by)\s+)?
              (?P<wd_day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s)?
              (?:\s+(?P<wd_part>night|morning|afternoon|evening))?)
      | (?P<rel>yesterday|today|tonight|last\s+night
          |(?:earlier\s+)?this\s+(?:morning|afternoon|evening|week|month|year|season)
          |last\s+(?:week|weekend|month|year|season)|next\s+(?:week|weekend|month|year|season))
      | (?P<yr>(?:in|since|during|of)\s+(?P<yr_year>(?:19|20)\d\d))(?![\d-])                    # in 2019
    )
    (?![\w])
    """,
    re.VERBOSE | re.IGNORECASE,
)

# A word or number every match of RE_DATE holds, lower case: a month's first three letters ("Oct.",
# "September"), "day" (the weekdays, "yesterday", "today"), "night" ("tonight", "last night"), the
# noun after "this", "last" or "next", or a year. A sentence without one is not searched for dates.
RE_DATE_CUE = re.compile(
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day|night|morning|afternoon|evening|week|month|year|season"
    r"|19\d\d|20\d\d"
)


def date_cues(text: str):
    """A test ``(start, end) -> bool``: whether ``text[start:end]`` may hold a match of RE_DATE (see
    RE_DATE_CUE). The cue is searched in lower case, much faster than RE_DATE's IGNORECASE; the test
    is always True for a text that does not lower-case safely (``plain.ignorecase_lower``)."""
    lower = T.ignorecase_lower(text)
    if lower is None:
        return lambda start, end: True
    return lambda start, end: RE_DATE_CUE.search(lower, start, end) is not None


RE_PUBLISHED_LINE = re.compile(
    rf"""(?:^|\n)\s*
    (?:Published|Posted|First\s+published|Updated|Last\s+updated|Page\s+last\s+updated)\s*(?:on|at)?\s*:?\s*
    (?:\d{{1,2}}:\d\d\s*(?:[AP]M\s*)?(?:GMT|BST|UTC|ET|EST|EDT)?,?\s+)?     # "18:21 GMT, " before the date
    (?:\w+day,?\s+)?
    (?P<date>
        {MONTH}\s+\d{{1,2}},?\s+(?:19|20)\d\d               # September 5, 2004
      | \d{{1,2}}\s+{MONTH},?\s+(?:19|20)\d\d               # 5 September 2004, 5 September, 2004
      | \d{{1,2}}-\d{{1,2}}-(?:19|20)\d\d | (?:19|20)\d\d-\d\d-\d\d
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# A dateline with a year: "London, Nov 2, 2021 (Reuters) -", "BEIJING, Oct. 4, 2019 --", and with the
# place's state or country after it: "Rotterdam, Netherlands, Feb 18, 2018 (AFP) -".
RE_DATELINE = re.compile(
    rf"(?:^|\n)\s*[A-Z][A-Za-z .'-]{{1,30}},\s+(?:[A-Z][A-Za-z .'-]{{1,30}},\s+)?"
    rf"(?P<date>{MONTH}\s+\d{{1,2}},?\s+(?:19|20)\d\d)\s*(?:\([\w\s]+\))?\s*[-—–]"
)

WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# A date standing on its own line in the header block of a print or web page, under the headline and
# byline: "September 5, 2004", "Sunday, 24 August 2006", "/ 24 August 2006", "The Courier | Aug. 3, 2005".
RE_DATE_LINE = re.compile(
    rf"""
    ^[ \t]*
    # "/ ", "The Courier | ", "Date: ": a paper or byline before it
    (?:[^\n/|]{{0,60}}[/|][ \t]*|Date(?:d)?[ \t]*:[ \t]*)?
    (?:{WEEKDAY},?[ \t]+)?                                       # "Sunday, "
    (?P<date>
        {MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+(?:19|20)\d\d  # September 5, 2004
      | \d{{1,2}}(?:st|nd|rd|th)?[ \t]+{MONTH},?[ \t]+(?:19|20)\d\d  # 24 August 2006
    )
    (?:,?[ \t]+{WEEKDAY})?                                       # "September 5, 2004 Sunday" (archive exports)
    # ", Page D1", " Final Edition"
    (?:[ \t]*[,;|/-]?[ \t]*(?:Page|Pg\.?|Section|Sports?|Final|Late|Early|Metro)\b[^\n]{{0,40}})?
    [ \t]*$
    """,
    re.VERBOSE | re.MULTILINE | re.IGNORECASE,
)
# The header block: a date line counts only among the first lines of the page, above the story.
HEADER_LINES = 8

RE_FUTURE = re.compile(
    r"\b(?:will|'ll|’ll|is\s+set\s+to|are\s+set\s+to|scheduled|due\s+to|plans?\s+to|faces?"
    r"|meets?|takes\s+on|next|begins?|starts?)\b",
    re.IGNORECASE,
)
RE_PAST_RESULT = re.compile(r"\b(?:beat|won|lost|defeated|retired)\b")


def _day(value: dt.date) -> str:
    return value.isoformat()


def _parse_loose_date(s: str) -> dt.date | None:
    """A full date as written in a published line or dateline ('Monday, September 1, 2003', '19-06-2021')."""
    s = s.strip()
    m = re.fullmatch(r"(\d{1,2})-(\d{1,2})-(\d{4})", s) or re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        parts = [int(g) for g in m.groups()]
        year, month, day = (parts[2], parts[1], parts[0]) if parts[2] > 31 else parts
        return _safe_date(year, month, day)
    words = re.findall(r"[A-Za-z]+|\d+", s)
    month = next(
        (i + 1 for w in words for i, name in enumerate(MONTHS) if len(w) >= 3 and name.startswith(w.lower())), None
    )
    nums = [int(w) for w in words if w.isdigit()]
    years = [n for n in nums if n > 1800]
    days = [n for n in nums if 1 <= n <= 31]
    if month and years and days:
        return _safe_date(years[0], month, days[0])
    return None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def published_date(text: str) -> str | None:
    """GOLD.md's rule: the ' date YYYY-MM-DD' header; else a 'Published: ...' line or a dateline
    with a year; a header with only a month gives null unless the text has a dated dateline."""
    header = T.header_date(text)
    if header and len(header) == 10:
        try:
            dt.date.fromisoformat(header)
            return header
        except ValueError:
            pass
    head = text[:3000]
    for regex in (RE_PUBLISHED_LINE, RE_DATELINE):
        m = regex.search(head)
        if m:
            d = _parse_loose_date(m.group("date"))
            if d:
                return _day(d)
    return header_date_line(text)


def header_date_line(text: str) -> str | None:
    """A date on its own line in the page's header block (headline, kicker, byline, paper, date)."""
    start = T.header_end(text)
    lines = [ln for ln in text[start : start + 1500].split("\n") if ln.strip()][:HEADER_LINES]
    for line in lines:
        m = RE_DATE_LINE.match(line)
        if m:
            d = _parse_loose_date(m.group("date"))
            return _day(d) if d else None
    return None


def resolve(m: re.Match[str], published: dt.date | None, sentence: str) -> str | None:
    """The value of one date expression, or None when it cannot be resolved."""
    if m.group("md") or m.group("dm"):
        day = int(m.group("md_day") or m.group("dm_day"))
        year = m.group("md_year") or m.group("dm_year")
        month_word = re.search(r"[A-Za-z]+", m.group("md") or re.sub(r"^\d+\w*\s+(?:of\s+)?", "", m.group("dm"))).group(
            0
        )
        month = next((i + 1 for i, n in enumerate(MONTHS) if n.startswith(month_word.lower()[:3])), None)
        if month is None:
            return None
        if year:
            try:
                return dt.date(int(year), month, day).isoformat()
            except ValueError:
                return None
        if published is None:
            return None
        value = _dateparser_day(m.group(0), published)
        return _ahead_if_future(value, published, sentence)
    if m.group("my"):
        month = next(
            i + 1
            for i, n in enumerate(MONTHS)
            if n.startswith(re.match(r"[A-Za-z]+", m.group("my")).group(0).lower()[:3])
        )
        return f"{int(m.group('my_year')):04d}-{month:02d}"
    if m.group("yr"):
        return m.group("yr_year")
    if published is None:
        return None
    if m.group("wd"):
        target = WEEKDAYS.index(m.group("wd_day").lower())
        mod = (m.group("wd_mod") or "").lower()
        delta = (published.weekday() - target) % 7
        if mod == "next" or (mod != "last" and RE_FUTURE.search(sentence) and not RE_PAST_RESULT.search(sentence)):
            ahead = (target - published.weekday()) % 7 or (7 if mod == "next" else 0)
            return _day(published + dt.timedelta(days=ahead))
        if mod == "last" and delta == 0:
            delta = 7
        return _day(published - dt.timedelta(days=delta))
    rel = re.sub(r"\s+", " ", m.group("rel").lower()).replace("earlier ", "")
    if rel in ("today", "tonight", "this morning", "this afternoon", "this evening"):
        return _day(published)
    if rel in ("yesterday", "last night"):
        return _day(published - dt.timedelta(days=1))
    if rel in ("this week", "this month"):
        return published.strftime("%Y-%m")
    if rel in ("last week", "last weekend"):
        return (published - dt.timedelta(days=7)).strftime("%Y-%m")
    if rel in ("next week", "next weekend"):
        return (published + dt.timedelta(days=7)).strftime("%Y-%m")
    if rel == "last month":
        return (published.replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")
    if rel == "next month":
        return (published.replace(day=28) + dt.timedelta(days=4)).strftime("%Y-%m")
    if rel in ("this year", "this season"):
        return str(published.year)
    if rel in ("last year", "last season"):
        return str(published.year - 1)
    if rel in ("next year", "next season"):
        return str(published.year + 1)
    return None


def _ahead_if_future(value: str | None, published: dt.date, clause: str) -> str | None:
    """A month and day in a clause about what is to come ("the championships begin on June 20")
    is the next such day, not last year's."""
    if value is None or not RE_FUTURE.search(clause) or RE_PAST_RESULT.search(clause):
        return value
    day = dt.date.fromisoformat(value)
    if day < published:
        ahead = _safe_date(day.year + 1, day.month, day.day)
        return _day(ahead) if ahead else value
    return value


@functools.lru_cache(maxsize=4096)
def _dateparser_day(expr: str, published: dt.date) -> str | None:
    import dateparser  # deferred: only month-and-day expressions without a year need it

    try:
        value = dateparser.parse(
            expr,
            languages=["en"],
            settings={
                "RELATIVE_BASE": dt.datetime.combine(published, dt.time(12)),
                "PREFER_DATES_FROM": "past",
                "REQUIRE_PARTS": ["day", "month"],
                "STRICT_PARSING": False,
            },
        )
    except Exception:  # dateparser raises many kinds of errors on odd input; a date we cannot read is no date
        value = None
    if value is None:
        return None
    day = value.date()
    # A result days ahead of publication is last year's (results prefer the past).
    if day > published + dt.timedelta(days=7):
        day = day.replace(year=day.year - 1)
    return day.isoformat()
