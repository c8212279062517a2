"""Names as results lists write them: the family name in capitals, given name first in the record."""

from __future__ import annotations

import pytest
from support import player_names

from extractor.refs.written import match_up, place_in_text, shouted_name, surname_keys, written_name

FAMILY_FIRST = frozenset({"kim", "zhou"})


@pytest.mark.parametrize(
    "written,text,expected",
    [
        ("DEKKER Maarten", "", (0, "Maarten Dekker")),
        ("TER HORST Femke", "", (0, "Femke ter Horst")),  # a particle goes lower case after the given name
        ("DOS SANTOS Ícaro", "", (0, "Ícaro dos Santos")),
        ("EL-KHOURY Rania", "", (0, "Rania El-Khoury")),  # hyphenated parts keep their capitals
        ("O'DWYER Ciara", "", (0, "Ciara O'Dwyer")),
        ("ZHOU Lanfang", "", (0, "Zhou Lanfang")),  # a family name written first by custom
        ("JEONG Min-jae", "", (0, "Jeong Min-jae")),  # a Korean given name: family name first
        ("OKADA Haruto", "It was Okada Haruto's day.", (0, "Okada Haruto")),  # the prose writes it family first
        ("Federica MOLINARI", "", (0, "Federica Molinari")),  # "Given SURNAME"
        ("Chinese Taipei LIN Chih-wei", "", (2, "Lin Chih-wei")),  # a label before the capitals is left out
    ],
)
def test_a_family_name_in_capitals_is_written_as_prose_writes_it(written, text, expected):
    assert written_name(written.split(), text, FAMILY_FIRST) == expected


@pytest.mark.parametrize("written", ["ATP", "NADAL BEATS FEDERER", "Marta Kostyuk", "ATP Finals Preview", "J.J. Wolf"])
def test_names_not_in_the_list_form_are_left_as_written(written):
    assert written_name(written.split(), "", FAMILY_FIRST) == (0, written)


SURNAMES = frozenset({"kostyuk", "svitolina"})


@pytest.mark.parametrize(
    "text,word,names",
    [
        # both halves listed surnames
        (
            "Tomorrow on the Pista Central: Kostyuk-Svitolina, not before 17.",
            "Kostyuk-Svitolina",
            ["Kostyuk", "Svitolina"],
        ),
        # halves that stand alone elsewhere in the story
        (
            "Brandt beat Olmo. Lindqvist beat Rask. The Brandt-Lindqvist final is at two.",
            "Brandt-Lindqvist",
            ["Brandt", "Lindqvist"],
        ),
    ],
)
def test_a_hyphenated_match_up_is_two_surnames(text, word, names):
    start = text.index(word)
    pair = match_up(text, start, [word], SURNAMES)
    assert [ws for _, ws in pair] == [[n] for n in names]
    assert [text[a : a + len(n)] for (a, _), n in zip(pair, names)] == names


@pytest.mark.parametrize(
    "text,word",
    [
        ("Zara Baig-Hussain beat Hina Malik. Baig-Hussain was superb.", "Baig-Hussain"),  # a given name before
        ("Baig-Hussain beat Hina Malik 6-3 6-1 in the final.", "Baig-Hussain"),  # halves known nowhere else
        ("The Kostyuk-Svitolina Foundation... Kostyuk-SVITOLINA", "Kostyuk-SVITOLINA"),
        # a stop word for a half: a wire headline's topic slug ("Tennis-", "Sport-") before a name
        ("Tennis-Brandt fights back to reach final. Tennis is back. Brandt won.", "Tennis-Brandt"),
        # the halves written as one name with a space elsewhere: a court, a street, a name
        ("Play starts on Court Suzanne Lenglen at 11. Next on Suzanne-Lenglen: Brandt v Olmo.", "Suzanne-Lenglen"),
        (
            "They train at the Stade Roland Garros. Brandt won at Roland-Garros in 2019. Garros was an aviator.",
            "Roland-Garros",
        ),
    ],
)
def test_a_hyphenated_family_name_is_one_name(text, word):
    assert match_up(text, text.index(word), [word], SURNAMES) is None


@pytest.mark.parametrize(
    "name,key",
    [
        ("Mateo Larrain de la Fuente", "larrain"),  # two family names: the first alone
        ("Ana Sofia Ochoa del Valle", "ochoa"),
        ("Pol Vilanova i Serra", "vilanova"),
    ],
)
def test_the_first_of_two_family_names_is_a_surname_key(name, key):
    assert key in surname_keys(name, FAMILY_FIRST, frozenset({"ana", "sofia"}))


def test_a_second_given_name_before_a_particle_is_no_surname_key():
    assert "martin" not in surname_keys("Juan Martin del Potro", FAMILY_FIRST, frozenset({"martin"}))
    assert "del potro" in surname_keys("Juan Martin del Potro", FAMILY_FIRST, frozenset({"martin"}))


def test_a_bare_first_family_name_is_the_player_named_in_full(blank_record):
    text = "Mateo Larrain de la Fuente beat Ines Baptista's brother Rui 6-3 6-4. Larrain served 11 aces."
    rec = blank_record(text)
    assert "Larrain" not in player_names(rec)


@pytest.mark.parametrize(
    "text,word",
    [
        ("When she saw the draw for Tunja she laughed. Last week in Tunja she won.", "Tunja"),
        ("He grew up in nearby Warragul and still trains there.", "Warragul"),
    ],
)
def test_a_word_the_text_places_something_in_is_a_place(text, word):
    assert place_in_text(text, word)


@pytest.mark.parametrize(
    "text,word",
    [
        ("In Holm's absence, Jensen won the title.", "Holm"),
        ("She won in Santa Marta last year, beating Holm in the final.", "Santa"),
        ("A forehand from Holm sealed it.", "Holm"),
    ],
)
def test_a_name_after_in_that_is_no_place(text, word):
    assert not place_in_text(text, word)


def test_a_place_named_elsewhere_is_no_player(blank_record):
    text = 'Ida Holm beat Mara Jensen 6-3 6-2. "The draw for Tunja was tough," said Holm, who lives in Tunja.'
    assert "Tunja" not in player_names(blank_record(text))


@pytest.mark.parametrize(
    "words,text,name",
    [
        ("OKAFOR WINS".split(), "OKAFOR WINS 6-3, 6-4!\n\nOkafor wins in straight sets.", ["OKAFOR"]),
        ("BRANDVOLD BREAKS BACK".split(), "BRANDVOLD BREAKS BACK!\n\nBrandvold breaks back at once.", ["BRANDVOLD"]),
        ("ANDY MURRAY".split(), "ANDY MURRAY\n\nAndy Murray won.", ["ANDY", "MURRAY"]),  # no word in lower case
        ("Tamsin Okafor".split(), "Tamsin Okafor wins.", ["Tamsin", "Okafor"]),  # ordinary case: as it is
    ],
)
def test_a_shouted_line_ends_its_name_at_a_word_of_the_line(words, text, name):
    assert shouted_name(words, text) == name


@pytest.mark.parametrize(
    "words,name",
    [
        ("SCHOOLGIRL Tamsin Okafor".split(), (1, "Tamsin Okafor")),
        ("VETERAN Pelle Ravnholt".split(), (1, "Pelle Ravnholt")),
        ("VAN DE VELDE Jens".split(), (0, "Jens van de Velde")),  # a family name in capitals, one given name
        ("KWON Soon-woo".split(), (0, "Kwon Soon-woo")),
    ],
)
def test_a_ledes_first_word_in_capitals_before_a_full_name_is_no_family_name(words, name):
    assert written_name(words, " ".join(words), frozenset({"kwon"})) == name
