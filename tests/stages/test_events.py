"""Tournaments, venues and cities: the gazetteer with its aliases, name patterns for unknown events."""

from __future__ import annotations

import pytest

from extractor.data.resources import load_resources
from extractor.stages.events import (
    RE_EVENT_LIST,
    RE_EVENT_LIST_CUE,
    RE_TOURNAMENT,
    RE_TOURNAMENT_CUE,
    RE_VENUE,
    RE_VENUE_CUE,
    find_events,
    gazetteer_for,
)
from extractor.text.plain import Block

# (text, tournaments, venues, cities) as the record names them
EVENTS = [
    (
        "Cameron Norrie beat Carlos Alcaraz 4-6 6-3 6-4 at the Paris Masters inside the La Defense Arena.",
        ["Paris Masters"],
        ["La Defense Arena"],
        [],
    ),
    (
        "Jannik Sinner beat Alex de Minaur 6-4 6-4 at the Rolex Paris Masters on Court Philippe Chatrier.",
        ["Rolex Paris Masters"],
        ["Court Philippe Chatrier"],
        [],
    ),
    (
        "Coco Gauff beat Aryna Sabalenka 2-6 6-3 6-2 on Arthur Ashe Stadium to win the US Open.",
        ["US Open"],
        ["Arthur Ashe Stadium"],
        [],
    ),
    (
        "Aryna Sabalenka beat Qinwen Zheng 6-3 6-2 on Rod Laver Arena to win the Australian Open.",
        ["Australian Open"],
        ["Rod Laver Arena"],
        [],
    ),
    ("Novak Djokovic beat Andy Murray at Wimbledon on Centre Court.", ["Wimbledon"], ["Centre Court"], []),
    (
        "Jannik Sinner beat Ben Shelton 6-4 6-4 at the Western and Southern Open in Cincinnati.",
        ["Western and Southern Open"],
        [],
        ["Cincinnati"],
    ),
    ("Iga Swiatek beat Jessica Pegula at the Qatar Open in Doha on Tuesday.", ["Qatar Open"], [], ["Doha"]),
    (
        "Cameron Norrie beat Jack Draper 6-4 6-4 at the Queen's Club Championships on Centre Court.",
        ["Queen's Club Championships"],
        ["Centre Court"],
        [],
    ),
    # an event the gazetteer does not know, found by its shape
    ("Daniil Medvedev beat Alexander Zverev at the Harbour City Classic on Tuesday.", ["Harbour City Classic"], [], []),
    # only a city names the event: the tournament stays empty
    ("Holger Rune beat Casper Ruud 6-4 6-4 in Chennai.", [], [], ["Chennai"]),
    # two or more events under one plural head
    ("Andre Agassi won the US and Australian Opens in the same year.", ["US Open", "Australian Open"], [], []),
    ("Justine Henin took the French, Italian and U.S. Opens.", ["French Open", "Italian Open", "U.S. Open"], [], []),
    (
        "She reached the semi-finals of the Indian Wells and Miami Masters.",
        ["Indian Wells Masters", "Miami Masters"],
        [],
        [],
    ),
    ("Lleyton Hewitt, the former US and Australian Open champion, lost.", ["US Open", "Australian Open"], [], []),
    ("Tim Henman and Greg Rusedski were the British and European champions.", [], [], []),  # no known event
    # "Roland Garros": the event, or its grounds in a grounds frame
    ("Gustavo Kuerten won Roland Garros for the third time.", ["Roland Garros"], [], []),
    ("Roger Federer lost in the final of the French Open at Roland Garros.", ["French Open"], ["Roland Garros"], []),
    ("Rain fell on the clay of Roland Garros all afternoon.", [], ["Roland Garros"], []),
    # a player who played at the event's name played in the event; a match played there was played on its grounds
    ("It was the best tennis she has ever played at Roland Garros.", ["Roland Garros"], [], []),
    ("He has played at Roland Garros eleven times.", ["Roland Garros"], [], []),
    ("The exhibition was played at Roland Garros in April.", [], ["Roland Garros"], []),
    (
        "Nadal beat Puerta on Court Philippe Chatrier at Roland Garros.",
        [],
        ["Court Philippe Chatrier", "Roland Garros"],
        [],
    ),
    # sponsor and old names of the 1990s-2000s tour, exhibitions and their grounds
    ("Roger Federer beat Tim Henman at the Dubai Duty Free on Friday.", ["Dubai Duty Free"], [], []),
    (
        "Adelaide hosted the Australian Hardcourt Championships, and Hewitt lifted the trophy there.",
        ["Australian Hardcourt Championships"],
        [],
        ["Adelaide"],
    ),
    ("Kim Clijsters won the Tour Championships in Los Angeles.", ["Tour Championships"], [], ["Los Angeles"]),
    ("Serena Williams won the Champions Challenge at Victoria Park.", ["Champions Challenge"], ["Victoria Park"], []),
    (
        "John McEnroe played an exhibition at the Royal Albert Hall, then one in Hyde Park.",
        [],
        ["Royal Albert Hall", "Hyde Park"],
        [],
    ),
    ("Roger Federer beat Pete Sampras at Madison Square Garden.", [], ["Madison Square Garden"], []),
    # a city naming its event ("the New Haven quarterfinals") names the tournament
    ("Lindsay Davenport lost in the New Haven quarterfinals.", ["New Haven"], [], ["New Haven"]),
    ("Her next stop is the Antwerp WTA event, played indoors.", ["Antwerp"], [], ["Antwerp"]),
    ("The Milan Indoors field is thin this year.", ["Milan Indoors"], [], []),
    # generic words are no tournament
    ("Novak Djokovic won a Masters event for the 40th time and hopes for another Grand Slam title.", [], [], []),
]


@pytest.mark.parametrize("text,tournaments,venues,cities", EVENTS)
def test_events(blank_record, text, tournaments, venues, cities):
    record = blank_record(text)
    assert [t.name for t in record.tournaments] == tournaments
    assert [v.name for v in record.venues] == venues
    assert [c.name for c in record.cities] == cities


def test_gazetteer_gives_category_and_city(blank_record):
    record = blank_record(
        "Iga Swiatek beat Jessica Pegula at the Qatar Open. Jannik Sinner won the BNP Paribas Masters at Bercy."
    )
    by_name = {t.name: (t.category, t.city) for t in record.tournaments}
    assert by_name["Qatar Open"][0] == "WTA 1000"
    assert by_name["Qatar Open"][1] == "Doha"
    assert by_name["BNP Paribas Masters"] == ("Masters 1000", "Paris")
    assert [(v.name, v.city) for v in record.venues] == [("Bercy", "Paris")]


def test_aliases_of_one_tournament_are_one_entry(blank_record):
    text = (
        "Jannik Sinner won the Paris Masters on Sunday. It was his first title at the Rolex Paris Masters, "
        "an event once called the BNP Paribas Masters."
    )
    record = blank_record(text)
    assert len(record.tournaments) == 1
    t = record.tournaments[0]
    # The canonical name when the text uses it (so "The Championships" beside "Wimbledon" reads
    # Wimbledon), else the fullest form the text gives; either contains the other for scoring.
    assert t.name == "Paris Masters"
    assert [m.text for m in t.mentions] == ["Paris Masters", "Rolex Paris Masters", "BNP Paribas Masters"]


def test_find_events_on_a_plain_string():
    text = "Alcaraz lost at the Miami Open, then won in Madrid at the Caja Magica."
    gaz = gazetteer_for(load_resources())
    tournaments, venues, cities = find_events(text, [Block(0, len(text))], gaz)
    assert [t.name for t in tournaments] == ["Miami Open"]
    assert [v.name for v in venues] == ["Caja Magica"]
    assert [c.name for c in cities] == ["Madrid"]
    for fact in tournaments + venues + cities:
        assert all(text[s:e] for s, e in fact.mentions)


def test_lowercase_words_do_not_hit_the_gazetteer(blank_record):
    record = blank_record("Carlos Alcaraz said the us open draw was kind and wimbledon felt far away.")
    assert record.tournaments == []


@pytest.mark.parametrize(
    "text",
    [
        "Naomi Osaka beat Coco Gauff 6-4 6-4 in Tokyo.",
        "Ivan Dodig and Austin Krajicek beat Rohan Bopanna and Matthew Ebden 6-4 6-4 in Tokyo.",
    ],
)
def test_city_in_a_player_name_is_not_a_city(blank_record, text):
    assert [c.name for c in blank_record(text).cities] == ["Tokyo"]


def venues_in(text: str) -> list[str]:
    _, venues, _ = find_events(text, [Block(0, len(text))], gazetteer_for(load_resources()))
    return [v.name for v in venues]


@pytest.mark.parametrize(
    "text, venue",
    [
        # a numbered court after a capitalised word that opens the sentence ("On Court Two")
        ("On Court Two Daniil Medvedev leads Jiri Lehecka 3-1.", "Court Two"),
        ("At Court 7, the doubles began late.", "Court 7"),
        # a name before a lower-case head: the name is the venue's
        ("The match at the Paradisus Cancun stadium ended late.", "Paradisus Cancun"),
        ("The final was played at the Westgate Palms arena.", "Westgate Palms"),
        # heads of campus and complex
        ("The final was at the USTA National Campus in Orlando.", "USTA National Campus"),
        ("They played at the Jawaharlal Nehru Tennis Complex.", "Jawaharlal Nehru Tennis Complex"),
        # a venue named head first, with particles
        ("The tie will be played at Stade Pierre de Coubertin in Paris.", "Stade Pierre de Coubertin"),
        ("France beat Sweden in Les Arenes de Nimes.", "Arenes de Nimes"),
        ("The final was played at the Estadio Hugo Montenegro.", "Estadio Hugo Montenegro"),
        ("The match moved under the roof of the Palais des Sports.", "Palais des Sports"),
        # a court called after a person, named so after "on"
        ("He beat Frances Tiafoe on Armstrong on Tuesday.", "Armstrong"),
        ("Iga Swiatek won 6-1 6-1 on Lenglen.", "Lenglen"),
        ("The final on Arthur Ashe was a sellout.", "Arthur Ashe"),
    ],
)
def test_venues_named_by_context(text, venue):
    assert venues_in(text) == [venue]


@pytest.mark.parametrize(
    "text",
    [
        # the person, not the court
        "Arthur Ashe won Wimbledon in 1975.",
        "The pressure was on Armstrong's record.",
        "The match on Louis Armstrong Stadium's roof",
        # a city before a lower-case head names no venue; nor does a tournament
        "The match at the Cancun stadium ended late.",
        "The Australian Open arena was full.",
    ],
)
def test_no_venue_without_its_context(text):
    assert [v for v in venues_in(text) if v not in ("Louis Armstrong Stadium",)] == []


def test_a_past_match_told_in_passing_keeps_no_venue_of_the_current_event(blank_record):
    record = blank_record(
        "Cameron Norrie beat Carlos Alcaraz 4-6 6-3 6-4 at the Paris Masters on Tuesday.\n\n"
        "It was the first loss for Alcaraz since Tommy Paul beat him 6-4 6-4 at the Miami Open, and the crowd "
        "inside the La Defense Arena fell silent."
    )
    names = {p.id: p.name for p in record.players}
    assert {names[m.winner]: m.venue for m in record.matches} == {"Cameron Norrie": None, "Tommy Paul": None}
    # near miss: the current event's match keeps the venue of its sentence
    record = blank_record("Cameron Norrie beat Carlos Alcaraz 4-6 6-3 6-4 inside the La Defense Arena on Tuesday.")
    assert [m.venue for m in record.matches] == ["V1"]


def tournaments_in(text: str) -> list[str]:
    tournaments, _, _ = find_events(text, [Block(0, len(text))], gazetteer_for(load_resources()))
    return [t.name for t in tournaments]


@pytest.mark.parametrize(
    "text, name",
    [
        ("He won the Rotterdam Indoor Tournament in 2005.", "Rotterdam Indoor Tournament"),
        ("It was a rematch of the 2022 Big 12-Big Ten Challenge final.", "Big 12-Big Ten Challenge"),
        ("She played the Sunshine Coast Invitational last week.", "Sunshine Coast Invitational"),
    ],
)
def test_event_heads_tournament_challenge_invitational(text, name):
    assert tournaments_in(text) == [name]


def test_a_lone_head_is_no_tournament():
    # near miss: one capitalised word before the head, or none
    assert tournaments_in("It was the Challenge of his life, a tournament he will remember.") == []


@pytest.mark.parametrize(
    "text, name",
    [
        # games of several sports, with tennis among them
        ("She will play on to the Commonwealth Games in Glasgow.", "Commonwealth Games"),
        ("He won bronze at the Pan American Games last year.", "Pan American Games"),
        # an event named head first in Spanish, Italian or Portuguese, particles inside
        ("She won the Copa Ciudad de Lima on Sunday.", "Copa Ciudad de Lima"),
        ("He lifted the Trofeo Città di Bergamo last spring.", "Trofeo Città di Bergamo"),
        # an ITF World Tennis Tour or junior event by its code and city
        ("She beat the second seed at the W25 Boulder last week.", "W25 Boulder"),
        ("He won the M15 Antalya, his first title.", "M15 Antalya"),
    ],
)
def test_event_names_of_other_shapes(text, name):
    assert tournaments_in(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: games of a match, a cup of coffee, a code with no city, a lower-case word after a code
        "She won six straight games to close it out.",
        "He drank a copa of wine after the final.",
        "The W25 events are the tour's lowest level.",
        "She reached W35 status this year.",
    ],
)
def test_no_event_from_games_copa_or_a_code_alone(text):
    assert tournaments_in(text) == []


@pytest.mark.parametrize(
    "text, venue",
    [
        # a court numbered head first
        ("The quarter-final moved to Cancha 3 after the rain.", "Cancha 3"),
        ("Second match on Campo 2, from 11:00.", "Campo 2"),
        # a club named head first
        ("He coached for years at the Club de Tenis Los Leones in Santiago.", "Club de Tenis Los Leones"),
        ("The final was played at the Circolo Tennis Firenze.", "Circolo Tennis Firenze"),
        ("The tie is at the Quadra Maria Esther Bueno.", "Quadra Maria Esther Bueno"),
        ("The final was at the Stadion Rudolfa Tesare in Prague.", "Stadion Rudolfa Tesare"),
    ],
)
def test_venues_named_head_first(text, venue):
    assert venues_in(text) == [venue]


def test_a_short_form_of_a_venue_named_in_full_is_the_same_venue():
    text = "They played at the Real Club de Tenis Valencia. The public of the Real Club stood as one."
    assert venues_in(text) == ["Real Club de Tenis Valencia"]
    # near miss: two venues, neither inside the other's name
    assert venues_in("From Court 2 they moved to the Harbour Tennis Club.") == ["Court 2", "Harbour Tennis Club"]


# Each form a pattern's comments name: the pattern finds it and its cue is there, so a paragraph the
# cue passes over holds none of it.
VENUE_FORMS = [
    "Court 17", "Show Court 3", "Stadium Two", "Club de Tenis Unión", "Real Club de Tenis Barcelona",
    "Circolo Tennis Firenze", "Clube de Ténis Porto", "La Defense Arena", "USTA National Campus",
    "Ken Rosewall Stadion", "the Paradisus Cancun stadium", "the Katowice Spodek arena", "Court Philippe Chatrier",
    "Stade Pierre de Coubertin", "Estadio Hugo Montenegro", "Stadio Nicola Pietrangeli", "Palais des Sports",
    "Palacio de Deportes", "Pista Manolo Santana", "Arenes de Nimes", "Arènes de Nîmes", "Pista 1", "Campo 3",
    "Cancha 2", "Quadra 1", "Centre Court", "Center Court", "No. 1 Court", "Grandstand",
]  # fmt: skip
TOURNAMENT_FORMS = [
    "Citi Open", "Abierto Mexicano Telcel Open", "Hall of Fame Open", "Miami Masters", "Queen's Championships",
    "Atlanta Championship", "Citi Classic", "Hopman International", "Laver Trophy", "Dallas Challenger",
    "Monte Carlo Grand Prix", "Davis Cup", "Kooyong Challenge", "World Indoor Tournament", "Pacific Invitational",
    "Asian Games", "Rolex Open de Paris", "Abierto Trophy of Monterrey", "Copa Valle del Cauca", "Coppa Italia Tennis",
    "Trofeo Conde de Godó", "Torneo Internazionale Femminile", "Taça Lisboa", "Abierto Zapopan", "W35 Kashiwa",
    "M25 Monastir", "J300 Traralgon",
]  # fmt: skip


@pytest.mark.parametrize("text", VENUE_FORMS)
def test_a_venue_the_pattern_finds_has_its_cue(text):
    assert RE_VENUE.search(text) and RE_VENUE_CUE.search(text)


@pytest.mark.parametrize("text", TOURNAMENT_FORMS)
def test_a_tournament_the_pattern_finds_has_its_cue(text):
    assert RE_TOURNAMENT.search(text) and RE_TOURNAMENT_CUE.search(text)


def test_an_event_list_has_its_cue():
    for text in ("the US and Australian Opens", "the Indian Wells and Miami Masters", "the US & French Open titles"):
        assert RE_EVENT_LIST.search(text) and RE_EVENT_LIST_CUE.search(text)


@pytest.mark.parametrize(
    "text,name",
    [
        ("Past meetings\n2022 Vienna, QF – Alvarez won 3-6, 6-3, 7-6(5)\n", "Vienna"),
        ("Their record: 2019 Basel, first round: Mercer won 6-4, 6-4.", "Basel"),
        ("Head to head\n2024 Doha, R32 | Lind | 7-5 6-2\n", "Doha"),
    ],
)
def test_a_row_of_past_meetings_names_its_event_by_its_city(blank_record, text, name):
    assert name in [t.name for t in blank_record(text).tournaments]


@pytest.mark.parametrize(
    "text",
    [
        "Mercer grew up in Vienna, first learning the game from his father.",  # a city, no year before it
        "She moved to Basel, finally settling there in 2019.",
    ],
)
def test_a_city_and_a_comma_without_a_table_row_is_no_event(blank_record, text):
    assert blank_record(text).tournaments == []


@pytest.mark.parametrize(
    "page,venue",
    [
        (
            "Preview\n\nWhen: Friday, second match on Quadra Guga Kuerten, not before 16:00\n\nMercer is ready.",
            "Quadra",
        ),
        ("Order of play\n\nCourt 3, starting at 11:00\nLind v Mercer\n\nThe draw was made on Monday.", "Court 3"),
        ("Order of play\n\nPista Central, from 10:30\nLind v Mercer\n\nThe draw was made on Monday.", "Pista Central"),
    ],
)
def test_a_field_line_of_the_page_event_gives_its_venue(blank_record, page, venue):
    assert any(venue in v.name for v in blank_record(page).venues)


@pytest.mark.parametrize(
    "text,venue",
    [
        ("Tom Mercer beat Ivo Lind 6-3, 6-4 on Quadra Guga Kuerten on Friday.", "Quadra Guga Kuerten"),
        ("Tom Mercer beat Ivo Lind 6-3, 6-4 on Pista Manolo Santana on Friday.", "Pista Manolo Santana"),
    ],
)
def test_a_venue_named_head_first_after_a_person_is_no_player(blank_record, text, venue):
    record = blank_record(text)
    assert venue in [v.name for v in record.venues]
    assert not any(venue in p.name for p in record.players)


def test_a_surname_that_is_a_venue_word_elsewhere_stays_a_player(blank_record):
    record = blank_record("Anna von Stade beat Ivo Lind 6-3, 6-4 in the final on Sunday.")
    assert "Anna von Stade" in [p.name for p in record.players]


@pytest.mark.parametrize(
    "text,name",
    [
        (
            "Zhu wins first British Open title\n\nZhu Zhenzhen won the quad final at the British Open Wheelchair "
            "Tennis Championships on Saturday.",
            "British Open Wheelchair Tennis Championships",
        ),
        (
            "Mercer wins the Lakeside Open\n\nTom Mercer beat Ivo Lind 6-3, 6-4 to win the Lakeside Open "
            "Tennis Championships, where the Lakeside Open has been played since 1921.",
            "Lakeside Open Tennis Championships",
        ),
        (
            "Tennis-Australian Open results\n\nTom Mercer beat Ivo Lind 6-3, 6-4 at the Australian Open.",
            "Australian Open",
        ),
    ],
)
def test_an_event_named_in_full_and_by_a_short_form_is_one_event(blank_record, text, name):
    assert [t.name for t in blank_record(text).tournaments] == [name]


def test_two_events_neither_inside_the_other_stay_two(blank_record):
    record = blank_record("Tom Mercer won the US Open in 2023 and the Australian Open in 2024.")
    assert sorted(t.name for t in record.tournaments) == ["Australian Open", "US Open"]


@pytest.mark.parametrize(
    "text",
    [
        "Podcast Ep. 12: Osorio Wins At Altitude, And A First Challenger Title",
        "Mercer Savours A Maiden Challenger Crown",
    ],
)
def test_title_case_words_before_an_event_noun_are_no_event(blank_record, text):
    assert blank_record(text).tournaments == []


@pytest.mark.parametrize(
    "text,venue",
    [
        ("Tom Mercer beat Ivo Lind 6-3, 6-4 on Court No. 2 on Monday.", "Court No. 2"),
        ("Tom Mercer beat Ivo Lind 6-3, 6-4 on Showcourt 3.", "Showcourt 3"),
        ("The crowd on Grandstand 2 rose as one.", "Grandstand 2"),
        ("She won at the Lawn Tennis Club de Montreux last year.", "Lawn Tennis Club de Montreux"),
        ("The final was played at the Racquet Club of Tulsa.", "Racquet Club of Tulsa"),
    ],
)
def test_numbered_courts_and_clubs_named_with_their_place(text, venue):
    gaz = gazetteer_for(load_resources())
    _, venues, _ = find_events(text, [Block(0, len(text))], gaz)
    assert [v.name for v in venues] == [venue]


@pytest.mark.parametrize("text", ["Court news and views from the week.", "The club of his youth closed in 1998."])
def test_no_court_or_club_without_a_name(text):
    gaz = gazetteer_for(load_resources())
    assert find_events(text, [Block(0, len(text))], gaz)[1] == []


@pytest.mark.parametrize(
    "text,name",
    [
        ("Tom Mercer won the cinch Championships on Sunday.", "cinch Championships"),
        ("Ivo Lind lost in the quarter-finals of the bett1open on Friday.", "bett1open"),
        ("Ivo Lind won the Pula M25 on Sunday.", "Pula M25"),
        ("Ivo Lind won the M25 Pula on Sunday.", "M25 Pula"),
        ("She won the Orange Bowl in December.", "Orange Bowl"),
    ],
)
def test_sponsors_written_in_lower_case_itf_codes_after_the_city_and_junior_events(blank_record, text, name):
    assert [t.name for t in blank_record(text).tournaments] == [name]


@pytest.mark.parametrize(
    "text", ["He drove the M25 to Heathrow after the match.", "The Cinch of the matter is the serve.", "A bett of 1."]
)
def test_a_road_code_or_a_lower_case_word_is_no_event(blank_record, text):
    assert blank_record(text).tournaments == []


@pytest.mark.parametrize(
    "text,venue",
    [
        ("Tom Mercer won the final at the Tennis Club Pula on Sunday.", "Tennis Club Pula"),
        ("The final was moved to the Lawn Tennis Club Montreux.", "Lawn Tennis Club Montreux"),
        ("Ivo Lind beat Tom Mercer at the TC Weissenhof in Stuttgart.", "TC Weissenhof"),
        ("The tie was played at the Sofia Tennis Park.", "Sofia Tennis Park"),
    ],
)
def test_clubs_named_with_their_place_or_initials_and_tennis_parks(text, venue):
    gaz = gazetteer_for(load_resources())
    _, venues, _ = find_events(text, [Block(0, len(text))], gaz)
    assert venue in [v.name for v in venues]


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Lind won the Lakeside Tennis Club Championships on Sunday.",  # the club's event, no place after it
        "The Yale team plays in New Haven, CT on Monday.",  # a state's initials
    ],
)
def test_a_club_event_or_a_state_code_is_no_club_with_a_place(text):
    gaz = gazetteer_for(load_resources())
    _, venues, _ = find_events(text, [Block(0, len(text))], gaz)
    assert not any(v.name.endswith(("Championships", "CT")) for v in venues)


@pytest.mark.parametrize(
    "text,name",
    [
        ("Ivo Lind lost in Santiago's second round to a qualifier.", "Santiago"),
        ("Tom Mercer fell in the third round of Doha last year.", "Doha"),
        ("She reached the quarter-finals of Vienna in 2021.", "Vienna"),
    ],
)
def test_a_round_of_a_city_names_its_event(blank_record, text, name):
    assert name in [t.name for t in blank_record(text).tournaments]


@pytest.mark.parametrize(
    "text",
    [
        "Tom Mercer lost the final in Vienna to a qualifier.",  # a round "in" a city: the city only
        "Santiago's mayor handed Ivo Lind the trophy.",
    ],
)
def test_a_round_in_a_city_or_a_city_possessive_is_no_event(blank_record, text):
    assert blank_record(text).tournaments == []
