"""Any text at all gives a record that re-validates: no crash on half quotes, half scores or markup."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.article import normalise_newlines
from models import ArticleRecord

# Every test here runs the real pipeline (statistical model loaded once per session).
pytestmark = pytest.mark.model

SEED = "seeds/000_97f4a4b276ce1213.txt"

FRAGMENTS = [
    "<p>",
    "</p>",
    "<br/>",
    "&nbsp;",
    "&amp;",
    "“",
    "”",
    '"',
    "‘",
    "’",
    "'",
    "«",
    "»",
    "7-6(",
    "6-4",
    "6–4",
    "6/4",
    "[10-",
    "(5)",
    "(7-5)",
    "W/O",
    "ret.",
    "RET",
    "DEF",
    "0-40",
    "4-1/2",
    "19-06-2021",
    "\x00",
    "\x0b",
    "\x1b",
    "\r\n",
    "\n\n",
    "\t",
    "\u2028",
    "\u200b",
    "\ufeff",
    "\u0301",
    "😀",
    "🎾",
    "👍🏽",
    "中文",
    "Đoković",
    "Báez",
    " date 2025-10-28 ",
    " date 2023-03 ",
    " date 9999-99-99 ",
    "Carlos Alcaraz",
    "Norrie",
    "[Jannik] Sinner",
    "the Spaniard",
    "world No 1",
    "No. 3 seed",
    "(ESP)",
    "(ITA x1)",
    "beat",
    "lost to",
    "bt",
    "was beaten by",
    "said",
    "he added",
    "She said: ",
    "Read Next:",
    "ADVERTISEMENT",
    "(Photo by X/Getty Images)",
    "Reuters | London | Updated: 19-06-2021 01:30 IST",
    "on Tuesday",
    "yesterday",
    "Oct. 4",
    "Paris Masters",
    "La Defense Arena",
    "the third time in eight meetings that",
]


@pytest.fixture(scope="module")
def seed_text(repo_root) -> str:
    return (repo_root / SEED).read_text(encoding="utf-8")


def assembled() -> st.SearchStrategy[str]:
    """Texts built from tennis-ish pieces, so the stages' rules actually fire on the noise."""
    piece = st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8))
    return st.lists(piece, max_size=40).map("".join)


def check(extractor, text: str, published: str | None = None) -> ArticleRecord:
    record = extractor.extract(text, published=published)
    again = ArticleRecord.model_validate(record.model_dump())
    assert again == record
    text, normalised = normalise_newlines(text)  # the API reads CRLF and CR line breaks as LF, and says so
    assert record.article.text == text and "\r" not in text
    assert (normalised[0] in record.warnings) if normalised else not any("line endings" in w for w in record.warnings)
    assert record.article.text_sha256 == hashlib.sha256(text.encode("utf-8")).hexdigest()
    for span in record.spans():
        assert text[span.start : span.end] == span.text
    return record


ROBUST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@ROBUST
@given(text=st.text())
def test_any_unicode_text(extractor, text):
    check(extractor, text)


@ROBUST
@given(
    text=st.text(
        alphabet=st.characters(codec="utf-8", categories=["Cc", "Cf", "Zs", "Zl", "Zp", "Po", "Pi", "Pf", "So", "Nd"])
    )
)
def test_control_characters_punctuation_and_emoji(extractor, text):
    check(extractor, text)


@ROBUST
@given(text=assembled())
def test_tennis_fragments_and_markup(extractor, text):
    check(extractor, text)


@ROBUST
@given(data=st.data())
def test_seed_cut_off_anywhere(extractor, seed_text, data):
    n = data.draw(st.integers(0, len(seed_text)), label="n")
    tail = data.draw(st.sampled_from(["", "“", "7-6(", "<p>", "\x00", " Norrie’s"]), label="tail")
    check(extractor, seed_text[:n] + tail)


@ROBUST
@given(text=assembled(), published=st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())))
def test_with_a_given_published_date(extractor, text, published):
    record = check(extractor, text, published=published)
    assert record.article.published == published or published is None


def test_the_whole_seed_and_its_halves(extractor, seed_text):
    half = len(seed_text) // 2
    for text in (seed_text, seed_text[:half], seed_text[half:], seed_text * 2):
        check(extractor, text)


def test_extract_many_keeps_input_order_and_metadata(extractor, seed_text):
    items = [
        "",
        (
            "Cameron Norrie beat Carlos Alcaraz 6-4 6-4.",
            {"id": "x1", "published": "2025-10-28", "url": "https://example.org/a"},
        ),
        seed_text,
    ]
    records = list(extractor.extract_many(items))
    assert [r.article.id for r in records][1] == "x1"
    assert records[1].article.meta == {"url": "https://example.org/a"}
    assert records[1].article.published == "2025-10-28"
    assert records[2].article.published == "2025-10-28"
    assert records[0].players == [] and records[0].matches == []


def test_a_bad_published_value_is_refused(extractor):
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        extractor.extract("Cameron Norrie beat Carlos Alcaraz 6-4 6-4.", published="28 October 2025")
