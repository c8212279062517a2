"""Page cruft is marked, and nothing is extracted from it; captions stay story text."""

from __future__ import annotations

import pytest
from support import cruft_texts, match_pairs, player, player_names

from extractor.stages.boilerplate import RE_PREFIX, credited_names, find_cruft, line_cruft
from extractor.text.sport import other_sport_parts, sport_of

CRUFT_LINES = [
    ("Read Next: Why the big three still rule the tour", "link"),
    ("Also read: Five things we learned in Rome", "link"),
    ("ADVERTISEMENT", "label"),
    ("Advertisement", "label"),
    ("Tennis News", "label"),
    ("Related News", "label"),
    ("Comments", "label"),
    ("Comments (12)", "label"),
    ("Share:", "label"),
    ("Print E-mail", "label"),
    ("Left Menu", "label"),
    ("(Photo by Clive Brunskill/Getty Images)", "credit"),
    ("(Xinhua/Zhang Wei)", "credit"),
    ("Image Credit: AFP", "link"),
    ("Reuters | London | Updated: 19-06-2021 01:30 IST", "byline"),
    ("PTI | Paris | Updated: 02-06-2022 22:10 IST", "byline"),
    ("Facebook Twitter WhatsApp Email", "widget"),
    ("Published: Monday, September 1, 2003", "furniture"),
    # print header blocks: byline in capitals, the paper's name, a date line
    ("BY TOM HARRIS, STAFF WRITER", "byline"),
    ("By Sam Cole / 24 August 2006", "byline"),
    ("The Evening Courier", "headline"),
    ("September 5, 2004", "headline"),
    ("SECTION: SPORTS; Pg. D1", "archive field"),
    ("LENGTH: 642 words", "archive field"),
    ("BYLINE: Tom Harris", "archive field"),
    ("LOAD-DATE: September 7, 2004", "archive field"),
    # a related-article headline: names, no verb of play, no full stop
    ("How Grigor Dimitrov is hoping to return to the top with a new coach", "headline"),
    ("WTA Finals draw: Sabalenka & Gauff in same group", "headline"),
    # an abbreviation's letters inside a word are no results line
    ("Ted d.Silva on his second book", "headline"),
    ("Inside the Adria d.o.o. sponsorship row", "headline"),
]


@pytest.mark.parametrize("line,kind", CRUFT_LINES)
def test_cruft_lines_are_marked(line, kind):
    assert line_cruft(line, first=False, last=False) is not None


STORY_LINES = [
    "Cameron Norrie beat Carlos Alcaraz 4-6, 6-3, 6-4 on Tuesday night.",
    "Andy Murray of Britain hits a return during the men's singles match against Milos Raonic",
    "Jannik Sinner (ITA x1) bt Tommy Paul (USA) 6-3 6-2",
    "“I just tried to stay calm,” she said.",
    "Results on Tuesday, second round unless stated:",
    "Ons Jabeur v Anna Kalinskaya",
    # a results heading with no score (listicles, round-ups): "d." and "def." end in a point
    "4. Lena Varga d. Petra Kos, Linz, quarter-final",
    "Tomasz Wilk def. Ivo Brandt in Sofia",
]


@pytest.mark.parametrize("line", STORY_LINES)
def test_story_lines_are_not_cruft(line):
    assert line_cruft(line, first=False, last=False) is None


def test_first_line_is_the_story_headline_not_cruft():
    assert line_cruft("Norrie stuns Alcaraz in Paris", first=True, last=False) is None


def test_byline_by_author_is_cruft():
    assert line_cruft("By Jane Pemberton", first=True, last=False) is not None


PAGE = """ date 2021-06-19 Tennis

Reuters | London | Updated: 19-06-2021 01:30 IST

Share:

Cameron Norrie beat Denis Shapovalov 6-4, 7-6 (3) at the Queen's Club Championships on Friday.

ADVERTISEMENT

"It was a big win for me," Norrie told reporters.

Related News

Barty pulls out of Berlin with hip soreness

Medvedev happy to skip Halle after Paris exit

Norrie will play Feliciano Lopez in the semi-finals.

Read Next: Murray handed Wimbledon wildcard as Raducanu gets nod

Comments

Print E-mail"""


def test_cruft_spans_cover_the_page_furniture():
    found = [PAGE[c.start : c.end] for c in find_cruft(PAGE)]
    joined = "\n".join(found)
    for piece in (
        "Reuters | London",
        "Share:",
        "ADVERTISEMENT",
        "Related News",
        "Barty pulls out",
        "Medvedev happy",
        "Read Next:",
        "Comments",
        "Print E-mail",
    ):
        assert piece in joined, f"{piece!r} not marked"
    for story in ("Cameron Norrie beat", "Norrie told reporters", "Norrie will play"):
        assert story not in joined, f"story text {story!r} marked as cruft"


def test_cruft_spans_are_exact_slices_and_merge_adjacent_lines():
    spans = find_cruft(PAGE)
    assert all(0 <= c.start < c.end <= len(PAGE) for c in spans)
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))
    # "Related News" and the two headlines below it are one block of cruft.
    block = next(PAGE[c.start : c.end] for c in spans if "Related News" in PAGE[c.start : c.end])
    assert "Barty" in block and "Medvedev" in block


def test_nothing_is_extracted_from_cruft(blank_record):
    record = blank_record(PAGE)
    names = player_names(record)
    assert {"Cameron Norrie", "Denis Shapovalov", "Feliciano Lopez"} <= set(names)
    for name in names:
        assert not any(w in name for w in ("Barty", "Medvedev", "Murray", "Raducanu")), name
    assert match_pairs(record) == {("Norrie", "Shapovalov")}
    assert all(c in PAGE for c in cruft_texts(record))
    assert record.article.published == "2021-06-19"


def test_scores_in_cruft_are_not_results(blank_record):
    page = (
        "Jannik Sinner beat Daniil Medvedev 6-4 6-2 in the final on Sunday.\n\n"
        "Related News\n\n"
        "Rafael Nadal v Roger Federer 6-4 6-4 6-4 in vintage highlights\n\n"
        "Read Next: Iga Swiatek beat Coco Gauff 6-1 6-1 in Rome"
    )
    assert match_pairs(blank_record(page)) == {("Sinner", "Medvedev")}


def test_a_headline_repeated_twice_keeps_only_the_first():
    headline = "Norrie stuns Shapovalov to reach Queen's semi-finals"
    text = f"{headline}\n\n{headline}\n\nCameron Norrie beat Denis Shapovalov 6-4 6-4 on Friday."
    second = text.index(headline, 1)
    assert [(c.start, c.end) for c in find_cruft(text)] == [(second, second + len(headline))]


def test_photo_caption_is_story_text(blank_record):
    text = (
        "Andy Murray of Britain hits a return during the men's singles match against Milos "
        "Raonic of Canada on Centre Court\n\n"
        "Murray beat Raonic 6-4 7-6(3) 7-6(2) to win the title."
    )
    record = blank_record(text)
    assert record.boilerplate == []
    assert player(record, "Andy Murray").nationality == "GBR"
    assert player(record, "Milos Raonic").nationality == "CAN"
    assert match_pairs(record) == {("Murray", "Raonic")}


def test_credit_after_a_caption_is_cut_out_inline(blank_record):
    text = (
        "Cameron Norrie beat Denis Shapovalov 6-4 7-6(3) on Friday.\n\n"
        "Cameron Norrie of Britain celebrates against Denis Shapovalov during the quarter-finals at Queen's Club. "
        "(Photo by Julian Ashby/Getty Images)"
    )
    record = blank_record(text)
    assert cruft_texts(record) == ["(Photo by Julian Ashby/Getty Images)"]
    assert "Julian Ashby" not in player_names(record)


def test_caption_with_inline_credit_still_counts(blank_record):
    text = (
        "Cameron Norrie beat Denis Shapovalov 6-4 7-6(3) on Friday.\n\n"
        "Cameron Norrie of Britain celebrates against Denis Shapovalov of Canada during the "
        "quarter-finals at Queen's Club. "
        "(Photo by Julian Ashby/Getty Images)"
    )
    record = blank_record(text)
    assert player(record, "Cameron Norrie").nationality == "GBR"
    assert player(record, "Denis Shapovalov").nationality == "CAN"


SPORTS = [
    (
        "Carlos Alcaraz beat Jannik Sinner 6-4 6-4 in the final. The Spaniard hit 12 aces and saved every break point.",
        "tennis",
    ),
    (
        "An Se-young beat Tai Tzu-ying 21-15, 21-18 in the badminton final. The shuttler dominated the rally point "
        "exchanges and the BWF world number one took both games.",
        "other",
    ),
    (
        "Ali Farag beat Paul Coll 11-9 11-7 12-10 in the PSA squash final. The squash world champion was dominant.",
        "other",
    ),
    (
        "AFC Wimbledon won 2-1 at home. Both goals came after halftime and the striker scored a "
        "penalty in the league game.",
        "other",
    ),
    (
        "Fan Zhendong won the table tennis final 11-7 11-9 11-5, a table tennis masterclass at the ping pong worlds.",
        "other",
    ),
    (
        "Kelly Holmes won the 800m and the 1500m at the athletics meeting, and the British sprinters took the 4x100m "
        "relay in a season's best time.",
        "other",
    ),
    (
        "Tim Henman won a marathon five-setter 6-7 7-6 6-4 3-6 9-7, serving 30 aces and saving nine break points.",
        "tennis",
    ),
]


@pytest.mark.parametrize("text,sport", SPORTS)
def test_sport_of_the_page(text, sport):
    assert sport_of(text) == sport


@pytest.mark.parametrize("text", [t for t, s in SPORTS if s == "other"])
def test_other_sports_give_no_tennis_facts(blank_record, text):
    record = blank_record(text)
    assert record.players == [] and record.matches == [] and record.rankings == []
    assert record.tournaments == [] and record.venues == []


def test_the_country_codes_of_a_doubles_team_are_no_photo_credit(blank_record):
    """ "(CRO/NED)" after a team in a results line is the team's countries, not "(Agency/Photographer)"."""
    text = "Doubles final: Mektic/Koolhof (CRO/NED) d. Ram/Salisbury (USA/GBR) [1] 6-4, 3-6, 10-7"
    record = blank_record(text)
    assert cruft_texts(record) == []


@pytest.mark.parametrize(
    "text,note",
    [
        (
            "Watch the highlights: Tomova vs. HalepaVideo is not available on this device.The Bulgarian won.",
            "Watch the highlights: Tomova vs. HalepaVideo is not available on this device.",
        ),
        (
            "She served out the match.Your browser does not support the video tag. It was her first title.",
            "Your browser does not support the video tag.",
        ),
        ("View this post on Instagram A post shared by Tennis TV (@tennistv) She won.", "View this post on Instagram"),
    ],
)
def test_notes_of_embedded_media_are_cruft_even_glued_to_the_story(text, note):
    spans = [text[c.start : c.end] for c in find_cruft(text)]
    assert note in spans


def test_a_story_sentence_about_a_video_is_no_media_note():
    text = "The umpire checked the video before she served.\n\nShe won the point and the match."
    assert not [c for c in find_cruft(text) if c.why == "embedded media note"]


def test_no_player_from_a_media_note(blank_record):
    record = blank_record(
        "Keys beat Kasatkina.\n\nWatch the highlights: Keys vs. KasatkinaVideo is not available on this "
        "device.Madison Keys beat Daria Kasatkina 6-4, 6-3 in the semi-finals."
    )
    assert set(player_names(record)) == {"Madison Keys", "Daria Kasatkina"}


PADEL_PAGE = (
    "MADRID — Leo Ferrante and Nico Barral won the Madrid padel final on Sunday, beating Tomas Sayago and "
    "Ivo Lamela 6-4, 6-7 (5), 6-3 after losing a tiebreak in the second set.\n\n"
    "It was their third padel title of the season and the second in a row in a deciding set.\n\n"
    "The Premier Padel tour moves on to Milan next week.\n\n"
    "Related: Tennis and padel: why the clubs are switching courts\n"
)


def test_a_padel_page_is_no_tennis_page_for_the_scoring_words_they_share():
    """Sets and tie-breaks are padel's words too; a related headline's "Tennis" is cruft."""
    assert sport_of(PADEL_PAGE) == "other"


def test_tennis_scoring_words_still_make_a_tennis_page():
    text = (
        "Ivo Lamela saved a set point in the tiebreak and won in straight sets after two hours.\n\nHe served 12 aces."
    )
    assert sport_of(text) == "tennis"


def test_no_player_on_a_padel_page(blank_record):
    assert player_names(blank_record(PADEL_PAGE)) == []


@pytest.mark.parametrize(
    "line",
    [
        "Mara Jensen, Tennis Correspondent",
        "Mara Jensen - Senior Writer",
        "Mara Jensen is a freelance tennis writer based in Lyon.",
        "Photograph: Tom Jenkins/Getty Images",
        "Written by Mara Jensen",
    ],
)
def test_author_lines_and_credits_are_cruft(line):
    assert line_cruft(line, first=False, last=False) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Mara Jensen, the defending champion, lost in three sets.",
        "Mara Jensen is a two-time Grand Slam champion.",
        "Photo caption: Mara Jensen of Denmark hits a return during her match",
    ],
)
def test_story_lines_about_players_are_no_author_lines(line):
    assert line_cruft(line, first=False, last=False) is None


def test_a_wire_credit_inside_a_story_line_is_cruft(blank_record):
    text = "Mara Jensen beat Ida Holm 6-3 6-2. (Reporting by Tom Brenner in Lyon; Editing by Ed Kane)"
    assert set(player_names(blank_record(text))) == {"Mara Jensen", "Ida Holm"}


@pytest.mark.parametrize(
    "line",
    [
        "4. Greta Lindqvist d. Marisol Ocampo, Charleston, third round",
        "Tobias Renner d. Ilan Sarfati, Winston-Salem, final",
        "Hugo Valcourt def. Anders Moe, Båstad",
    ],
)
def test_a_results_heading_with_d_is_story_text(line):
    """A listicle's or results page's heading "A d. B, Event, round" has no score and no full stop."""
    assert line_cruft(line, first=False, last=False) is None


def test_an_initial_d_is_no_results_word():
    assert line_cruft("Photos from the gala hosted by Emma D. Whitfield", first=False, last=False) is not None


@pytest.mark.parametrize(
    "line",
    [
        "More club news: Juniors win the county cup | Courts 3 and 4 resurfaced",
        "More from Features: Why the one-handed backhand is back",
        "Leggi anche: Musetti torna a Roma | Berrettini e il servizio",
        "LIVE: Fritz 6-3 1-2 Draper (Vienna) | Rune 2-1 Paul (Basel)",
        "About the author: Odile Ferrand covers the Challenger tour for Courtside Daily.",
        "With analysis from former world No. 12 Tamsin Rudd.",
        "Produced by Kofi Mensah. Music by The Drop Shots.",
        "Episode 42 · 61 min · Hosts: Ruth Adeyemi and Lars Brink",
        "Pictures on this page by member Owen Price.",
        "By Odile Ferrand | Published 3 March 2026, 09:15 | Prices correct at time of publishing",
        "Odile Ferrand covers the Challenger tour for Courtside Daily and has reported from Roland Garros since 2012.",
        "Tamsin Rudd has written about the women's tour since 2009.",
    ],
)
def test_credit_ticker_and_more_lines_are_cruft(line):
    assert line_cruft(line, first=False, last=False) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Fritz covers the court well, and he had too much for Draper in the end.",
        "More than 8,000 fans watched the final: a record for the club.",
        "Live coverage starts at noon: Fritz plays Draper on Centre Court.",
    ],
)
def test_story_lines_like_credits_are_story_text(line):
    assert line_cruft(line, first=False, last=False) is None


def test_reader_comments_under_their_label_are_cruft(blank_record):
    text = (
        "Ida Holm beat Mara Jensen 6-3 6-2 in the final on Sunday.\n\n"
        "Comments (2)\n"
        "Pieter Smulders: Holm was far too good today\n"
        "clay_fan_7: what a final\n\n"
        "Holm plays in Prague next week."
    )
    spans = [text[c.start : c.end] for c in find_cruft(text)]
    assert any("Pieter Smulders" in s and "clay_fan_7" in s for s in spans)
    assert set(player_names(blank_record(text))) == {"Ida Holm", "Mara Jensen"}


def test_a_name_and_a_colon_without_a_comments_label_is_story_text():
    text = "Ida Holm beat Mara Jensen 6-3 6-2.\n\nHolm: I played my best tennis of the year today\n"
    assert not any("Holm:" in text[c.start : c.end] for c in find_cruft(text))


@pytest.mark.parametrize(
    "para",
    [
        "Latvia will face Greece in the promotion play-off after Liene Ozola beat Daina Kalnina 6-3, 3-6, 7-5.",
        "In the league decider, Tomas Berg won 7-6 (4) 6-2 against Ari Lund to keep the club in the top division.",
    ],
)
def test_a_paragraph_scored_in_tennis_sets_is_tennis_whatever_its_words(para):
    text = "Team tennis report\n\n" + para
    assert other_sport_parts(text, "tennis") == []


@pytest.mark.parametrize(
    "text",
    [
        "Team report\n\nThe striker scored twice as United won 2-1 in the league, and promotion is now close.",
        # padel scores as tennis does: its page keeps its paragraphs another sport's
        "Padel Tour\n\nIn padel, Ruiz and Gil beat the top seeds 6-4 6-3 in the league final.",
    ],
)
def test_other_sports_paragraphs_stay_other_sports(text):
    assert other_sport_parts(text, sport_of(text)) != []


@pytest.mark.parametrize(
    "line",
    [
        "Sponsors: Harbour Bank · Lakeside Motors · City of Tarrant",
        "Proudly supported by Tarrant District Council",
        "Images in this article courtesy of Owen Price",
    ],
)
def test_sponsor_and_picture_lines_are_cruft(line):
    assert line_cruft(line, first=False, last=False) is not None


def test_a_caption_about_a_picture_is_no_credit():
    assert RE_PREFIX.match("Photos show Ida Holm beaten by Mara Jensen in the Lyon final") is None
    assert RE_PREFIX.match("Pictures from Lyon: Holm lifted the trophy, watched by Jensen") is None


@pytest.mark.parametrize(
    "text,not_names",
    [
        ("Mixed Doubles (Fast4): Arun Pillai and Ruth Dale beat Ken Ho and Ana Vidal 4-2, 4-1.", {"Mixed Doubles"}),
        ("Two days, two wins: Ruth Dale beat Ana Vidal 6-2 6-2 in Pool C.", {"Two", "Pool C"}),
        ("Dale vs Vidal Prediction: Ruth Dale beat Ana Vidal 6-2 6-2 last year.", {"Vidal Prediction"}),
    ],
)
def test_labels_numbers_and_page_words_are_no_names(blank_record, text, not_names):
    names = set(player_names(blank_record(text)))
    assert "Ruth Dale" in names and not names & not_names


@pytest.mark.parametrize(
    "line",
    [
        "Wire writer Tomasz Wrona contributed to this report.",
        "Agence sports reporter Lea Fournier in Monaco contributed.",
        "Tomasz Wrona reported from Monte Carlo.",
        "Up next: Holm v Jensen, the preview",
        "Follow live: Holm v Jensen",
    ],
)
def test_contributor_and_next_story_lines_are_cruft(line):
    assert line_cruft(line, first=False, last=False) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Holm contributed 14 aces to her 6-3 6-2 win over Jensen.",
        "Jensen reported from the physio room that her wrist was fine, and then lost 6-0 6-1.",
    ],
)
def test_story_lines_with_contributed_or_reported_are_story(line):
    assert line_cruft(line, first=False, last=False) is None


@pytest.mark.parametrize(
    "para",
    [
        "She chased down a smash at the net before the rain came.",
        "At 34 the Dane has become a fixture of the indoor swing, and the crowd in Lyon knows him well.",
        "Both teams are unbeaten and the winner takes promotion to the next zone group.",
        "The venue sits at 2,240 metres, where the ball flies through the thin air.",
    ],
)
def test_one_word_tennis_shares_with_another_sport_leaves_a_tennis_paragraph_tennis(para):
    text = "Tennis report\n\nThe ATP event began on clay with two breaks of serve in the first set.\n\n" + para
    assert sport_of(text) == "tennis"
    assert other_sport_parts(text, "tennis") == []


@pytest.mark.parametrize(
    "para",
    [
        "Elsewhere the striker was sold to a rival club for a record fee.",
        "In the league the manager was sacked after a fourth straight defeat.",
    ],
)
def test_a_word_only_another_sport_uses_or_two_shared_ones_still_mark_its_paragraph(para):
    text = "Tennis report\n\nThe ATP event began on clay with two breaks of serve in the first set.\n\n" + para
    assert len(other_sport_parts(text, "tennis")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Match Point review: a love story with a killer serve\n\nFilm | ★★★★☆\n\nThe director keeps the camera on "
        "the court. Lena Varga, the prodigy at the heart of the film, beats her rival Sofia Brandt 6-2 6-4 in the "
        "opening scene, and the cast is uniformly good.",
        "Book review: The Baseline by Ruth Ames\n\nThe novel follows Pia Lund, a qualifier who beats the world No. 1 "
        "in Paris. Its protagonist is drawn with care, and the film rights have already been sold.",
    ],
)
def test_a_review_of_a_film_or_a_novel_about_tennis_yields_no_players(blank_record, text):
    assert [p.name for p in blank_record(text).players] == []


def test_a_season_review_is_a_tennis_page(blank_record):
    text = (
        "Season review: the upsets of the year\n\nLena Varga beat Sofia Brandt 6-2 6-4 in Paris, a result that "
        "belonged in a film, and the director of the WTA event called it the shock of the season."
    )
    assert {p.name for p in blank_record(text).players} == {"Lena Varga", "Sofia Brandt"}


# A football report whose section line and related links carry the football words: the story text
# alone mentions a "set piece" and a "final" and names people; the page, furniture included, is football.
FOOTBALL_SECTION_PAGE = (
    "Football | Premier League | Transfers | Fixtures\n\n"
    "Ray Doyle struck from a set piece in the final minute to give Harbour City the points.\n\n"
    'Doyle said: "We kept going to the end and got our reward."\n\n'
    "More football: Harbour City striker ruled out for a month; the league table after the weekend\n"
)


def test_the_page_sport_is_read_from_the_whole_page_furniture_included(blank_doc):
    doc = blank_doc(FOOTBALL_SECTION_PAGE)
    assert doc._.tennis_cruft  # the section line and the related links are page furniture
    assert doc._.tennis_sport == "other"  # and still say what the page is


def test_a_tennis_story_under_a_tennis_section_line_stays_tennis(blank_doc, blank_record):
    page = "Tennis | WTA | Results\n\nMara Jensen beat Ida Holm 6-3 6-4 in the final.\n"
    assert blank_doc(page)._.tennis_sport == "tennis"
    assert [m.score.normalised() for m in blank_record(page).matches] == ["6-3 6-4"]


def test_inline_credit_first_character_test_finds_what_the_bare_pattern_finds():
    import re
    from pathlib import Path

    from extractor.stages.boilerplate import RE_INLINE_CREDIT

    gate = "(?=[(ip])"
    assert RE_INLINE_CREDIT.pattern.startswith(gate)
    bare = re.compile(RE_INLINE_CREDIT.pattern[len(gate) :], RE_INLINE_CREDIT.flags)
    examples = "in London. (Photo by Jane Doe/Getty Images) (Xinhua/Li Ming) (Reporting by X)\nIMAGE CREDIT: Reuters"
    articles = sorted((Path(__file__).resolve().parents[2] / "fixtures" / "articles").glob("*.txt"))
    for text in [examples] + [p.read_text(encoding="utf-8") for p in articles]:
        assert [m.span() for m in RE_INLINE_CREDIT.finditer(text)] == [m.span() for m in bare.finditer(text)]
    assert len(bare.findall(examples)) == 4


@pytest.mark.parametrize(
    "page,credited",
    [
        ("Hosted by Dan Whitford and Leila Osei. Produced by Tom Garside.\n\nA show.", {"leila osei", "tom garside"}),
        ("Co-hosts: Ruth Abara and Karel de Smet\n\nThe show.", {"ruth abara", "karel de smet"}),
        ("By Ines Marlow, Tennis Correspondent\n\nThe story.", {"ines marlow"}),
        ("Photo: Marta Magni/Getty Images\n\nThe story.", {"marta magni"}),
    ],
)
def test_credit_lines_name_people_of_the_page(page, credited):
    assert credited <= credited_names(page, find_cruft(page))


@pytest.mark.parametrize(
    "page",
    [
        "Related: Carla Osei beats Pia Lund in Bastad\n\nThe story.",  # a link names other stories' players
        "Seed | Player | Country\n1 | Carla Osei | GHA\n2 | Pia Lund | SWE\n\nThe story.",  # a table
    ],
)
def test_links_and_tables_credit_nobody(page):
    assert credited_names(page, find_cruft(page)) == frozenset()


def test_a_podcast_host_quoted_in_the_show_notes_is_no_player(blank_record):
    record = blank_record(
        "Clay Week, Episode 12\n\nHosted by Dan Whitford and Leila Osei.\n\n"
        "This week Dan and Leila look back at Rome, where Coco Gauff beat Aryna Sabalenka 6-4, 6-3 in the final.\n\n"
        '"Gauff defended like nobody else." — Leila Osei\n\n"That was some final." — Dan Whitford'
    )
    assert "Leila Osei" not in player_names(record) and "Dan Whitford" not in player_names(record)
    assert {"Coco Gauff", "Aryna Sabalenka"} <= set(player_names(record))


def test_a_credited_name_the_story_plays_stays_a_player(blank_record):
    record = blank_record(
        "Doubles Diary\n\nWritten by Ruth Abara\n\nRuth Abara beat Pia Lund 6-3, 6-4 in the club final on Saturday."
    )
    assert "Ruth Abara" in player_names(record)


@pytest.mark.parametrize("label", ["Story Links", "Live Scores", "Order Of Play"])
def test_links_above_a_byline_are_no_deck(label):
    page = f"Sonego ready for Rome\n{label}\nBy Ines Marlow | 12 May 2021\n\nLorenzo Sonego beat Dominic Thiem."
    assert any(label in page[c.start : c.end] for c in find_cruft(page))


def test_a_deck_above_a_byline_stays_story_text():
    page = "Sonego ready for Rome\nThe Italian fancies his chances at home\nBy Ines Marlow\n\nSonego won."
    assert not any("fancies" in page[c.start : c.end] for c in find_cruft(page))


@pytest.mark.parametrize(
    "line",
    [
        "Feb 2025 | Argentina Open | R16 | Lind | 7-5 6-4",  # a row of a results table
        "2023 | Sofia | SF | Mercer | 6-3, 3-6, 7-6(4)",
        "When: Friday 20 February, second match on Quadra Guga Kuerten, not before 16:00 local time",  # a field
        "Venue: Lakeside Tennis Centre, Nottingham",
        "Court 2, starting at 12:00",  # an order of play's court and time
        "Pista Central, from 10:30",
    ],
)
def test_rows_and_fields_of_the_page_event_are_story_text(line):
    assert line_cruft(line, first=False, last=False) is None


@pytest.mark.parametrize(
    "line",
    [
        "Reuters | London | Updated: 19-06-2021 01:30 IST",  # a byline's pipes hold no set score
        "Live scores | Draws | Order of play",
        "Best odds",
        "Court news and views",  # a court with no time is a heading
    ],
)
def test_bylines_and_headings_stay_cruft(line):
    assert line_cruft(line, first=False, last=False) is not None


LINK_LISTS = [
    'Related\nLind: "I Am Playing My Best Tennis On Clay"\nIs Mercer ready for Paris?\nOsei beats Vance to reach final',
    "Trending\nKane's Brace Sends England Through\nMost Read\n1. Lando Norris takes pole in Austria",
    "You may also like\n\nSabalenka on Paris: 'I still feel I owe this place'\n\nWhere next for Tsitsipas?",
]


@pytest.mark.parametrize("block", LINK_LISTS)
def test_headlines_under_a_links_label_are_links_however_they_end(block):
    page = f"Mercer wins\n\nTom Mercer beat Ivo Lind 6-3, 6-4 on Sunday.\n\n{block}"
    spans = find_cruft(page)
    for line in block.splitlines():
        if line.strip():
            assert any(line in page[c.start : c.end] for c in spans), line


def test_story_sentences_and_results_after_a_links_label_stay_story():
    page = (
        "Mercer wins\n\nTom Mercer beat Ivo Lind 6-3, 6-4 on Sunday.\n\nTop stories\n"
        "Osei beats Vance 6-2 6-1\n\nMercer will play Osei in the final on Sunday."
    )
    joined = " ".join(page[c.start : c.end] for c in find_cruft(page))
    assert "Osei beats Vance 6-2 6-1" not in joined and "Mercer will play" not in joined


@pytest.mark.parametrize(
    "line",
    [
        "Newsletter: Get the best of Coco Gauff and the tour in your inbox every Friday.",
        "Sign up to our Baseline newsletter for all the news from Paris.",
        "Subscribe to our podcast for weekly reaction from the tour.",
        "Download the Courtside app for live scores from every court.",
    ],
)
def test_newsletter_and_app_prompts_are_cruft(line):
    assert line_cruft(line, first=False, last=False) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Mercer signed up for the doubles draw with his brother.",
        "She said her inbox was full of messages after the win.",
    ],
)
def test_story_sentences_with_prompt_words_stay_story(line):
    assert line_cruft(line, first=False, last=False) is None


@pytest.mark.parametrize("role", ["KSLTA secretary", "Club chair", "Tournament manager"])
def test_an_official_named_by_the_role_is_no_player(blank_record, role):
    record = blank_record(
        f"Tom Mercer beat Ivo Lind 6-3, 6-4 in the final on Sunday.\n\n{role} Mahesh Rao said the crowds were huge."
    )
    assert "Mahesh Rao" not in player_names(record)
    assert {"Tom Mercer", "Ivo Lind"} <= set(player_names(record))


@pytest.mark.parametrize(
    "line",
    [
        "In this article: Mercer's serve | Lind's comeback | What's next",  # a table of contents
        "Table of contents",
        "Jump to: Results | Order of play",
        "How to watch: the final starts at 3pm on Court Central",  # a broadcast note
        "Watch it live on Tennis Channel from 8pm",
        "TV: Sky Sports Tennis, 6pm",
    ],
)
def test_tables_of_contents_and_broadcast_notes_are_cruft(line):
    assert line_cruft(line, first=False, last=False) is not None


@pytest.mark.parametrize(
    "line",
    [
        "The final was broadcast live on Sky Sports to a record audience.",
        "Mercer said he would watch the rest of the tournament from home.",
    ],
)
def test_story_sentences_about_broadcasts_stay_story(line):
    assert line_cruft(line, first=False, last=False) is None


@pytest.mark.parametrize(
    "caption,credited",
    [
        ("Tom Mercer celebrates with the trophy on Sunday. Photo: Jane Doerr/Getty Images", "Jane Doerr"),
        ("Ivo Lind reacts during the final in Lyon. Picture: Samuel Okafor for The Courier", "Samuel Okafor"),
    ],
)
def test_a_credit_after_a_caption_sentence_names_no_player(blank_record, caption, credited):
    record = blank_record(f"Mercer Takes Title\n\nTom Mercer beat Ivo Lind 6-3, 6-4 in the final.\n\n{caption}")
    assert credited not in player_names(record)
    assert {"Tom Mercer", "Ivo Lind"} <= set(player_names(record))


def test_a_picture_inside_a_sentence_is_no_credit():
    page = "Mercer Takes Title\n\nIt was a picture: Tom Mercer lifting the cup as Ivo Lind looked on."
    assert not any("Tom Mercer" in page[c.start : c.end] for c in find_cruft(page))


@pytest.mark.parametrize(
    "line,credited,not_credited",
    [
        (
            "Photo: Hedda Vikander reacts after beating Orla Brennan at the Stadium Court on Sunday. Marta Magni",
            {"marta magni"},
            {"hedda vikander", "orla brennan"},
        ),
        (
            "Picture: Soren Aaskov celebrates his win over Ilkka Ravaska in Vienna - Reuters/Jon Pelham",
            {"jon pelham"},
            {"soren aaskov", "ilkka ravaska"},
        ),
    ],
)
def test_a_photo_caption_credits_only_what_follows_its_sentence(line, credited, not_credited):
    """A caption is article text (GOLD.md): the players it shows are the story's, not people the page
    credits; its credit after the caption's sentence ("... on Sunday. Marta Magni") credits."""
    page = f"The story.\n\n{line}\n\nMore story."
    names = credited_names(page, find_cruft(page))
    assert credited <= names and not (not_credited & names)


def test_a_player_in_a_photo_caption_stays_a_player(blank_record):
    record = blank_record(
        "Hedda Vikander was a set and a break down before she turned it round.\n\n"
        "Photo: Hedda Vikander celebrates beating Orla Brennan on Centre Court on Friday. Getty Images"
    )
    assert "Hedda Vikander" in player_names(record)


@pytest.mark.parametrize("furniture", ["Advertisement", "Updated: 12 May 2021, 09:14", "Share this article"])
def test_a_deck_under_page_furniture_stays_story_text(furniture):
    page = f"Sonego ready for Rome\n{furniture}\nThe Italian fancies his chances at home\nBy Ines Marlow\n\nSonego won."
    assert not any("fancies" in page[c.start : c.end] for c in find_cruft(page))


def test_a_line_under_a_link_is_no_deck():
    page = "Sonego ready for Rome\nKeys wins in Adelaide\nThe Italian fancies his chances at home\nBy Ines Marlow\n\nX."
    assert any("fancies" in page[c.start : c.end] for c in find_cruft(page))


@pytest.mark.parametrize(
    "caption,credit",
    [
        (
            "Lorenzo Sonego grimaces after dropping serve in the third set on the Pietrangeli court.",
            "Photograph: Ada Rossi/Agenzia Nord",
        ),
        ("Elena Ruiz stretches for a backhand in Madrid on Tuesday.", "Picture: Tom Hale for The Courier"),
    ],
)
def test_a_caption_before_its_credit_is_story_text_and_only_the_credit_is_cut(caption, credit):
    page = f"Sonego out in Rome\n\nSonego lost on Tuesday.\n\n{caption} {credit}\n\nHe flies home tonight."
    assert line_cruft(f"{caption} {credit}", first=False, last=False) is None
    assert [page[c.start : c.end] for c in find_cruft(page)] == [credit]


def test_a_link_with_a_credit_and_no_sentence_stays_cruft():
    assert line_cruft("Ruiz wins in Madrid Photo: Tom Hale/Getty Images", first=False, last=False) is not None
