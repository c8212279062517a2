"""The output contract: evidence spans are exact slices, references resolve, the schema is published."""

from __future__ import annotations

import hashlib
import json

import pytest
from click.testing import CliRunner
from pydantic import ValidationError

from extractor.cli import main
from models import Article, ArticleRecord, DateMention, HeadToHead, Match, Player, Quote, Ranking, Score, SetScore, Span

TEXT = "Cameron Norrie beat Carlos Alcaraz 4-6, 6-3, 6-4 on Tuesday."


def span(text: str, needle: str) -> Span:
    start = text.index(needle)
    return Span(start=start, end=start + len(needle), text=needle)


def article(text: str = TEXT, **kw) -> Article:
    return Article(
        id="a1",
        text=text,
        text_sha256=hashlib.sha256(text.encode()).hexdigest(),
        extractor_version="test",
        **kw,
    )


def players() -> list[Player]:
    return [
        Player(id="P1", name="Cameron Norrie", mentions=[span(TEXT, "Cameron Norrie")]),
        Player(id="P2", name="Carlos Alcaraz", mentions=[span(TEXT, "Carlos Alcaraz")]),
    ]


def match(**kw) -> Match:
    fields = dict(id="M1", winner="P1", loser="P2", evidence=span(TEXT, TEXT), confidence=0.9)
    fields.update(kw)
    return Match(**fields)


def test_a_consistent_record_validates():
    record = ArticleRecord(
        article=article(published="2025-10-28"),
        players=players(),
        matches=[
            match(
                score=Score(
                    text="4-6, 6-3, 6-4",
                    sets=[SetScore(winner_games=w, loser_games=l) for w, l in ((4, 6), (6, 3), (6, 4))],
                )
            )
        ],
        rankings=[Ranking(player="P2", rank=1, kind="world", evidence=span(TEXT, "Carlos Alcaraz"))],
        dates=[DateMention(text="Tuesday", value="2025-10-28", span=span(TEXT, "Tuesday"))],
        head_to_head=[HeadToHead(player="P1", opponent="P2", wins=3, meetings=8, evidence=span(TEXT, TEXT))],
    )
    again = ArticleRecord.model_validate(json.loads(record.model_dump_json()))
    assert again == record
    assert all(TEXT[s.start : s.end] == s.text for s in again.spans())


@pytest.mark.parametrize(
    "start,end,text",
    [
        (0, 5, "Cameron"),  # length disagrees with the offsets
        (10, 5, ""),  # ends before it starts
        (-1, 6, "Camero"),
    ],
)
def test_span_must_fit_its_text(start, end, text):
    with pytest.raises(ValidationError):
        Span(start=start, end=end, text=text)


@pytest.mark.parametrize(
    "bad",
    [
        Span(start=0, end=7, text="Carlos "),  # right length, wrong slice
        Span(start=len(TEXT) - 3, end=len(TEXT) + 4, text="ay.XXXX"),  # runs past the end of the text
    ],
)
def test_record_rejects_a_span_that_is_not_the_article_slice(bad):
    wrong = [Player(id="P1", name="Cameron Norrie", mentions=[bad])]
    with pytest.raises(ValidationError, match="is not the text at those offsets"):
        ArticleRecord(article=article(), players=wrong)


def test_span_check_is_skipped_without_text():
    # --no-text records carry no text to check against; the spans stay as extracted.
    record = ArticleRecord(
        article=article().model_copy(update={"text": None}),
        players=[Player(id="P1", name="X", mentions=[Span(start=0, end=3, text="abc")])],
    )
    assert record.article.text is None


@pytest.mark.parametrize(
    "field,build",
    [
        ("match", lambda: {"matches": [match(loser="P9")]}),
        ("match partner", lambda: {"matches": [match(winner_partner="P7")]}),
        (
            "ranking",
            lambda: {"rankings": [Ranking(player="P3", rank=5, kind="seed", evidence=span(TEXT, "Carlos Alcaraz"))]},
        ),
        ("quote", lambda: {"quotes": [Quote(speaker="P5", span=span(TEXT, "beat"), confidence=0.5)]}),
        (
            "head_to_head",
            lambda: {
                "head_to_head": [HeadToHead(player="P1", opponent="P4", wins=1, meetings=2, evidence=span(TEXT, TEXT))]
            },
        ),
        ("tournament", lambda: {"matches": [match(tournament="T1")]}),
        ("venue", lambda: {"matches": [match(venue="V1")]}),
    ],
)
def test_references_must_resolve(field, build):
    with pytest.raises(ValidationError, match="unknown id"):
        ArticleRecord(article=article(), players=players(), **build())


def test_duplicate_player_ids_are_rejected():
    twice = players()
    twice[1] = twice[1].model_copy(update={"id": "P1"})
    with pytest.raises(ValidationError, match="duplicate player ids"):
        ArticleRecord(article=article(), players=twice)


def test_nobody_plays_on_both_sides():
    with pytest.raises(ValidationError, match="both sides"):
        match(loser="P1")
    with pytest.raises(ValidationError, match="both sides"):
        match(winner_partner="P3", loser_partner="P3")


@pytest.mark.parametrize("value", ["2025-10", "2025", "28/10/2025", "yesterday"])
def test_published_and_match_dates_are_full_days(value):
    with pytest.raises(ValidationError):
        article(published=value)
    with pytest.raises(ValidationError):
        match(date=value)


@pytest.mark.parametrize(
    "value,ok", [("2025-10-28", True), ("2025-10", True), ("2025", True), ("Oct 2025", False), ("25-10-28", False)]
)
def test_date_mention_values_keep_their_precision(value, ok):
    build = lambda: DateMention(text="x", value=value, span=Span(start=0, end=1, text="x"))  # noqa: E731
    if ok:
        build()
    else:
        with pytest.raises(ValidationError):
            build()


def test_head_to_head_wins_cannot_exceed_meetings():
    with pytest.raises(ValidationError, match="wins cannot exceed meetings"):
        HeadToHead(player="P1", opponent="P2", wins=9, meetings=8, evidence=span(TEXT, TEXT))


@pytest.mark.parametrize(
    "build",
    [
        lambda: Player(id="P1", name="X", nickname="Cam"),
        lambda: Player(id="1", name="X"),  # ids are P<n>
        lambda: Player(id="P1", name="X", nationality="Britain"),  # IOC codes only
        lambda: Player(id="P1", name="X", age=2),
        lambda: Ranking(player="P1", rank=0, kind="world", evidence=Span(start=0, end=1, text="x")),
        lambda: Ranking(player="P1", rank=3, kind="national", evidence=Span(start=0, end=1, text="x")),
        lambda: Match(id="M1", winner="P1", loser="P2", evidence=Span(start=0, end=1, text="x"), confidence=1.5),
        lambda: Match(
            id="M1",
            winner="P1",
            loser="P2",
            round="second round",
            evidence=Span(start=0, end=1, text="x"),
            confidence=0.5,
        ),
    ],
)
def test_strict_fields(build):
    with pytest.raises(ValidationError):
        build()


def test_schema_command_prints_the_json_schema():
    result = CliRunner().invoke(main, ["schema"])
    assert result.exit_code == 0, result.output
    schema = json.loads(result.stdout)
    assert schema["title"] == "ArticleRecord"
    assert {"article", "players", "matches", "rankings", "quotes", "dates", "head_to_head", "boilerplate"} <= set(
        schema["properties"]
    )
    defs = schema["$defs"]
    assert {"Span", "Player", "Match", "Score", "SetScore"} <= set(defs)
    # Field descriptions reach the schema, so consumers can read what each value means.
    assert "winner" in defs["SetScore"]["properties"]["winner_games"]["description"]
