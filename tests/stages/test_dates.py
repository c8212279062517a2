"""The published date, and relative or partial dates resolved against it."""

from __future__ import annotations

import pytest
from support import dates

from extractor.text.dating import published_date

# Tuesday 28 October 2025, the seed's publication day.
HEADER = " date 2025-10-28 "


@pytest.mark.parametrize(
    "text,published",
    [
        (" date 2025-10-28 Carlos Alcaraz’s hopes were dashed.", "2025-10-28"),
        (
            " date 2023-03 MELBOURNE, Jan 29 (Reuters) - Novak Djokovic won.",
            None,
        ),  # month-only header, dateline without a year
        (" date 2023-03 Novak Djokovic won on Sunday.", None),
        ("US Open roundup\nPublished: Monday, September 1, 2003\n\nNEW YORK - Andre Agassi won.", "2003-09-01"),
        ("Posted: 14 May 2019\n\nRoger Federer won in Rome.", "2019-05-14"),
        ("Last Updated: Sunday, 5 September, 2004, 18:21 GMT 19:21 UK\n\nAndre Agassi won.", "2004-09-05"),
        ("Page last updated at 18:21 GMT, Sunday, 5 September 2004 19:21 UK\n\nAndre Agassi won.", "2004-09-05"),
        ("London, Nov 2, 2021 (Reuters) - Cameron Norrie won.", "2021-11-02"),
        ("BEIJING, Oct. 4, 2019 -- Dominic Thiem won the title.", "2019-10-04"),
        # the place's country or state after it
        ("Valencia, Spain, Oct 21, 2016 (AFP) - David Ferrer won.", "2016-10-21"),
        ("MASON, Ohio, Aug. 19, 2022 -- Borna Coric won the title.", "2022-08-19"),
        ("Valencia, Spain, Oct 21 (AFP) - David Ferrer won.", None),  # still no year
        ("BEIJING, Oct. 4 (Xinhua) -- Dominic Thiem won the title.", None),  # no year: unknown to the day
        (" date 2023-02-30 Cameron Norrie won.", None),  # no such day
        ("Cameron Norrie beat Carlos Alcaraz on Tuesday.", None),
        ("", None),
        # Print header blocks: a date on its own line under the headline, byline and paper's name.
        (
            "Agassi rolls on\nVeteran into last eight\nBY TOM HARRIS, STAFF WRITER\nThe Evening "
            "Courier\nSeptember 5, 2004\n\nAndre Agassi won.",
            "2004-09-05",
        ),
        ("Henman out\nBy Sam Cole / 24 August 2006\n\nTim Henman lost.", "2006-08-24"),
        ("Henman out\n/ 24 August 2006\n\nTim Henman lost.", "2006-08-24"),
        ("Henman out\nThe Courier | Sunday, Aug. 3, 2005\n\nTim Henman lost.", "2005-08-03"),
        ("Henman out\nSeptember 31, 2004\n\nTim Henman lost.", None),  # no such day
        # archive exports: a weekday after the date, a page or edition after it, a "Date:" field
        ("The Evening Courier\nSeptember 5, 2004 Sunday\nFinal Edition\n\nAndre Agassi won.", "2004-09-05"),
        ("Henman out\n24 August 2006, Page 62\n\nTim Henman lost.", "2006-08-24"),
        ("Henman out\nDate: 24 August 2006\n\nTim Henman lost.", "2006-08-24"),
        (
            "Copyright 2003 The Lakeside Herald\nThe Lakeside Herald\nJune 9, 2003 Monday Final "
            "Edition\nSECTION: SPORTS\n\nJuan Carlos Ferrero won.",
            "2003-06-09",
        ),
        # A date deep in the story is no date line; a dateline without a year stays unknown.
        ("Henman out\n" + "Tim Henman lost.\n" * 9 + "September 5, 2004\n", None),
        ("London, Nov 2 (Reuters) - Cameron Norrie won.", None),
        (" date 2004-09-06 Agassi rolls on\nSeptember 5, 2004\n\nAndre Agassi won.", "2004-09-06"),  # the header wins
    ],
)
def test_published_date(text, published):
    assert published_date(text) == published


def test_published_comes_through_to_the_record(blank_record):
    assert blank_record(HEADER + "Cameron Norrie beat Carlos Alcaraz.").article.published == "2025-10-28"
    assert blank_record(" date 2023-03 Novak Djokovic won on Sunday.").article.published is None


def test_given_published_date_overrides_the_header(blank_record):
    record = blank_record(" date 2020-01-01 Cameron Norrie beat Carlos Alcaraz on Tuesday.", published="2025-10-28")
    assert record.article.published == "2025-10-28"
    assert dates(record) == {"Tuesday": "2025-10-28"}


# (sentence after the header, {text: value}) with published = Tuesday 2025-10-28
RELATIVE = [
    ("Cameron Norrie beat Carlos Alcaraz on Tuesday night.", {"Tuesday night": "2025-10-28"}),
    ("Norrie beat Sebastian Baez yesterday.", {"yesterday": "2025-10-27"}),
    ("Norrie went for a walk with his coach this morning.", {"this morning": "2025-10-28"}),
    ("Last year, Norrie lost in qualifying.", {"Last year": "2024"}),
    ("Norrie has won two titles this season.", {"this season": "2025"}),
    ("Norrie beat Alex de Minaur on Sunday.", {"Sunday": "2025-10-26"}),  # the latest Sunday before publication
    ("Norrie beat Alex de Minaur last Tuesday.", {"last Tuesday": "2025-10-21"}),
    ("Norrie will face Jannik Sinner on Friday.", {"Friday": "2025-10-31"}),  # future: the next Friday
    ("Norrie plays in Turin next week.", {"next week": "2025-11"}),
    ("Norrie lost in Vienna last week.", {"last week": "2025-10"}),
    ("Norrie won in Chengdu last month.", {"last month": "2025-09"}),
    ("Norrie first beat Alcaraz in 2022.", {"2022": "2022"}),
    ("Norrie reached his best ranking in February 2022.", {"February 2022": "2022-02"}),
    ("Norrie won his first title on 14 June 2021.", {"14 June 2021": "2021-06-14"}),
    # a month and day without a year about what is to come: the next such day
    ("The Australian Open begins on January 12.", {"January 12": "2026-01-12"}),
    ("Norrie flies to Turin, where the finals start on Sunday.", {"Sunday": "2025-11-02"}),
    ("Norrie won Indian Wells on October 17, 2021.", {"October 17, 2021": "2021-10-17"}),
    # month and day without a year: dateparser, preferring the past
    ("Norrie beat Alcaraz on Oct. 4 in Tokyo.", {"Oct. 4": "2025-10-04"}),
    ("Norrie beat Alcaraz on Dec. 30 in Perth.", {"Dec. 30": "2024-12-30"}),
    # digit strings that only look like dates
    ("Norrie won 6-4 6-4, earned 1000 points and played for 4-1/2 hours on 19-06-2021.", {}),
    pytest.param(
        "Norrie, who beat Jannik Sinner on Tuesday, will face Carlos Alcaraz on Friday.",
        {"Tuesday": "2025-10-28", "Friday": "2025-10-31"},
        id="past-result-and-future-match-in-one-sentence",
    ),
]


@pytest.mark.parametrize("sentence,expected", RELATIVE)
def test_relative_dates(blank_record, sentence, expected):
    assert dates(blank_record(HEADER + sentence)) == expected


def test_date_mention_spans_point_at_the_words(blank_record):
    text = HEADER + "Norrie beat Alex de Minaur on Sunday."
    (d,) = blank_record(text).dates
    assert (d.text, d.span.text, text[d.span.start : d.span.end]) == ("Sunday", "Sunday", "Sunday")


def test_day_names_stay_unresolved_without_a_published_day(blank_record):
    record = blank_record(
        " date 2023-03 MELBOURNE, Jan 29 (Reuters) - Novak Djokovic beat Stefanos Tsitsipas 6-3 "
        "7-6(4) 7-6(5) on Sunday."
    )
    assert record.article.published is None
    assert dates(record) == {}
    assert record.matches[0].date is None
    assert any("unresolved" in w for w in record.warnings)


def test_a_match_takes_the_day_of_its_sentence(blank_record):
    record = blank_record(
        HEADER + "Cameron Norrie beat Carlos Alcaraz 4-6 6-3 6-4 on Tuesday night. He beat Sebastian Baez "
        "7-6(4) 6-4 yesterday."
    )
    assert {(m.date) for m in record.matches} == {"2025-10-28", "2025-10-27"}


def test_a_date_inside_a_quote_does_not_date_the_match(blank_record):
    record = blank_record(
        HEADER + "Cameron Norrie beat Jannik Sinner 6-4 6-4 and said he “felt as tired as on Sunday in Basel”."
    )
    assert dates(record) == {"Sunday": "2025-10-26"}
    assert record.matches[0].date is None


@pytest.mark.parametrize(
    "text",
    ["Oct. 4", "October 4 2021", "4 October 2021", "4th of Sept", "October 2021", "on Tuesday", "last Sunday's night",
     "yesterday", "TODAY", "tonight", "last night", "earlier this morning", "this season", "last weekend",
     "next month", "in 2019", "since 1998"],
)  # fmt: skip
def test_a_date_the_pattern_finds_has_its_cue(text):
    """A sentence with no cue is not searched for dates: every date form has one."""
    from extractor.text.dating import RE_DATE, date_cues

    assert RE_DATE.search(text) and date_cues(text)(0, len(text))
