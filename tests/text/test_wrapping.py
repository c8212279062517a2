"""Hard-wrapped print text: wrap width, the flat view, and paragraphs/sentences read from it."""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support import match_pairs, matches, player_names

from extractor.text import plain as T
from extractor.text.wrapping import flat_text, wrap_breaks, wrap_width

HEADER = (
    "Novak battles into last eight\nCzech seed survives scare\nBY TOM HARRIS, STAFF "
    "WRITER\nThe Evening Courier\nJanuary 12, 2005"
)
BODY = [
    "SYDNEY -- Third seed Jiri Novak needed almost three hours on Tuesday to get past the Argentine "
    "qualifier Juan Ignacio Chela, winning 6-4, 3-6, 7-6 (5) in the heat at the Sydney International.",
    "Novak, who is 29, saved a match point at 5-6 in the final set with a second serve that clipped "
    "the line, and then ran through the tiebreak without losing another point on his own serve.",
    "In the other quarter of the draw, the Belgian Xavier Malisse beat the local wildcard Todd Reid "
    "6-2, 6-3 in little more than an hour and will face Novak on Thursday for a place in the final.",
]


def wrapped(width: int = 70, blank: bool = True) -> str:
    sep = "\n\n" if blank else "\n"
    return HEADER + "\n\n" + sep.join(textwrap.fill(p, width) for p in BODY)


@pytest.mark.parametrize("width", [44, 60, 70, 76])
def test_wrap_width_is_found_near_the_wrapping_width(width):
    found = wrap_width(wrapped(width))
    assert found is not None and width - 8 <= found <= width


@pytest.mark.parametrize(
    "text",
    [
        "\n".join(BODY),  # one paragraph a line: the writer's own breaks
        "\n\n".join(BODY),
        HEADER,  # a header block alone
        # a results list: lines of one width, each a new item in capitals
        "\n".join(f"Player Number{i} (ESP) bt Other Person{i} (FRA) 6-{i % 5} 6-{(i + 2) % 5}" for i in range(12)),
        # a schedule: lines of one width, each starting with a time
        "\n".join(f"{10 + i}:30 Player Number{i} (ESP) v Other Person{i} (FRA), Court {i}" for i in range(12)),
        "",
    ],
)
def test_unwrapped_text_has_no_wrap_width(text):
    assert wrap_width(text) is None
    assert flat_text(text) == text


def test_flat_text_keeps_length_and_joins_split_names_and_scores():
    text = wrapped(70)
    flat = flat_text(text)
    assert len(flat) == len(text)
    joined = " ".join(" ".join(BODY).split())
    for para in T.paragraphs(flat)[1:]:
        assert "\n" not in flat[para.start : para.end]
        assert flat[para.start : para.end] in joined
    # Every wrap break in the text is a newline between two words, nothing else moves.
    for start, end in wrap_breaks(text):
        assert text[start:end].strip() == "" and "\n" in text[start:end]
    assert [i for i, (a, b) in enumerate(zip(text, flat)) if a != b] == [s for s, _ in wrap_breaks(text)]


def test_header_block_lines_keep_their_breaks():
    flat = flat_text(wrapped(70))
    assert flat.startswith(HEADER + "\n\n")


def test_paragraphs_without_blank_lines_end_at_short_lines():
    text = "\n".join(textwrap.fill(p, 70) for p in BODY)
    flat = flat_text(text)
    paras = [flat[p.start : p.end] for p in T.paragraphs(flat)]
    assert paras == BODY


def test_sentences_run_across_wrap_breaks():
    flat = flat_text(wrapped(60))
    para = T.paragraphs(flat)[1]
    sents = [flat[s.start : s.end] for s in T.sentences(flat, para)]
    assert sents == [BODY[0]]


# Widths at which a name or a score of BODY is split across two lines.
SPLITS = [
    (41, "Juan Ignacio\nChela"),
    (46, "Todd\nReid"),
    (49, "3-6,\n7-6"),
    (51, "7-6\n(5)"),
    (55, "Xavier\nMalisse"),
    (70, "6-4,\n3-6"),
]


@pytest.mark.parametrize("width,split", SPLITS)
def test_wrapped_article_through_the_pipeline(blank_record, width, split):
    assert split in wrapped(width)
    record = blank_record(wrapped(width))
    assert record.article.published == "2005-01-12"
    assert {"Jiri Novak", "Juan Ignacio Chela", "Xavier Malisse", "Todd Reid"} <= set(player_names(record))
    assert ("Novak", "Chela") in match_pairs(record)
    assert ("Novak", "Chela", "6-4 3-6 7-6(5)", "completed") in matches(record)
    assert ("Malisse", "Reid", "6-2 6-3", "completed") in matches(record)
    # Spans index the original text, line breaks and all.
    text = record.article.text
    for p in record.players:
        for m in p.mentions:
            assert text[m.start : m.end] == m.text
    if split[0].isalpha():
        assert any(m.text == split for p in record.players for m in p.mentions)


def test_indented_paragraphs_without_blank_lines():
    text = "\n".join(textwrap.fill(p, 66, initial_indent="    ") for p in BODY)
    flat = flat_text(text)
    assert [" ".join(flat[p.start : p.end].split()) for p in T.paragraphs(flat)] == BODY


def test_header_on_the_first_line_and_a_stray_long_line():
    text = (
        " date 2005-01-12 "
        + wrapped(70)
        + "\n\nMore at http://www.example.com/sport/tennis/2005/01/12/sydney-international-report.html\n"
    )
    assert wrap_width(text) is not None
    assert "6-4,\n3-6" in text and "6-4, 3-6" in flat_text(text)


def test_hyphen_at_a_line_end_stays_with_a_space_for_the_break():
    # Same length, so a compound split at its hyphen cannot be glued back; no word is invented either.
    body = [p.replace("Argentine qualifier", "Argentine semi-final qualifier") for p in BODY]
    paras = [textwrap.fill(p, 52, break_on_hyphens=True) for p in body]
    text = HEADER + "\n\n" + "\n\n".join(paras)
    assert "semi-\nfinal" in text
    flat = flat_text(text)
    assert len(flat) == len(text) and "semi- final" in flat


def ragged(paragraph: str, widths: list[int]) -> str:
    """Greedy wrap with a width that changes from line to line, as a layout measured in points does."""
    out, line = [], ""
    for word in paragraph.split():
        limit = widths[len(out) % len(widths)]
        if line and len(line) + 1 + len(word) > limit:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return "\n".join(out + [line])


def test_ragged_wrapping_is_flattened_too():
    widths = [70, 62, 67, 59, 72, 64, 69, 61]
    text = HEADER + "\n\n" + "\n\n".join(ragged(p, widths) for p in BODY)
    flat = flat_text(text)
    assert wrap_width(text) is not None
    assert [flat[p.start : p.end] for p in T.paragraphs(flat)][1:] == BODY


def test_a_lede_before_the_first_blank_line_is_flattened():
    # No header block: the first blank-line block is the story's first paragraph.
    text = "\n\n".join(ragged(p, [70, 62, 67, 59, 72, 64, 69, 61]) for p in BODY)
    flat = flat_text(text)
    assert [flat[p.start : p.end] for p in T.paragraphs(flat)] == BODY


def test_a_long_headline_is_not_joined_to_the_byline():
    text = "Ivanisevic stiff neck ends the Lipton final after three\nBy JANE DOYLE\nSun Coast Times\n\n" + "\n\n".join(
        textwrap.fill(p, 58) for p in BODY
    )
    assert flat_text(text).startswith(
        "Ivanisevic stiff neck ends the Lipton final after three\nBy JANE DOYLE\nSun Coast Times\n\n"
    )


def test_layout_paragraphs_of_indented_wrapped_text_inside_one_blank_line_block(blank_doc):
    from extractor.text.layout import layout

    text = (
        HEADER
        + "\n\n"
        + "\n".join(textwrap.fill(p, 60, initial_indent="    ") for p in BODY)
        + "\n\nLOAD-DATE: January 14, 2005\n"
    )
    lay = layout(blank_doc(text))
    paras = [" ".join(lay.text[p.start : p.end].split()) for p in lay.paragraphs]
    assert all(p in paras for p in BODY)


def test_layout_of_unwrapped_text_keeps_blank_line_blocks(blank_doc):
    from extractor.text.layout import layout

    text = "Novak wins\n\n" + BODY[0] + "\n" + BODY[1] + "\n\n" + BODY[2]
    lay = layout(blank_doc(text))
    assert lay.text == text
    assert len(lay.paragraphs) == 3  # the unwrapped text's single line break stays inside its block


WORDS = st.sampled_from(
    ["Jiri", "Novak", "6-4,", "6-2", "the", "seed", "said.", '"I', "won", "(5)", "BY", "\n", "\n\n", "  ", "-", "\r\n"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=200), st.integers(min_value=30, max_value=90))
def test_flat_text_keeps_every_offset(words, width):
    text = textwrap.fill(" ".join(words), width) if words and width % 2 else "".join(f"{w} " for w in words)
    flat = flat_text(text)
    assert len(flat) == len(text)
    # Only whitespace changes, and only to spaces.
    assert all(a == b or (a in " \t\r\n" and b == " ") for a, b in zip(text, flat))
