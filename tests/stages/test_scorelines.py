"""Result clauses: who beat whom, with which score, in which round; scheduled matches are no results."""

from __future__ import annotations

import pytest
from support import match_pairs, matches

from extractor.results.rounds import RE_NUMBERED_ROUND, RE_ROUND_WORD, ROUNDS, round_of
from extractor.scores import find_score_runs

# (text, [(winner surname, loser surname, normalised score, outcome)])
RESULTS = [
    # active verbs
    ("Cameron Norrie beat Carlos Alcaraz 4-6, 6-3, 6-4 in Paris.", [("Norrie", "Alcaraz", "4-6 6-3 6-4", "completed")]),
    (
        "Novak Djokovic defeated Casper Ruud 7-6(5) 6-3 7-5 to win the title.",
        [("Djokovic", "Ruud", "7-6(5) 6-3 7-5", "completed")],
    ),
    ("Stefanos Tsitsipas downed Holger Rune 6-4 6-2 on Friday.", [("Tsitsipas", "Rune", "6-4 6-2", "completed")]),
    ("Jannik Sinner saw off Daniil Medvedev 6-4 6-2.", [("Sinner", "Medvedev", "6-4 6-2", "completed")]),
    (
        "Stefanos Tsitsipas rallied past Holger Rune 3-6 7-6 (5) 6-4.",
        [("Tsitsipas", "Rune", "3-6 7-6(5) 6-4", "completed")],
    ),
    (
        "Daria Kasatkina came from a set down to defeat Linda Noskova 3-6 6-3 6-4.",
        [("Kasatkina", "Noskova", "3-6 6-3 6-4", "completed")],
    ),
    ("Novak Djokovic won 7-6(5) 6-3 against Andy Murray.", [("Djokovic", "Murray", "7-6(5) 6-3", "completed")]),
    ("Aryna Sabalenka crushed Qinwen Zheng 6–3 6–2 in the final.", [("Sabalenka", "Zheng", "6-3 6-2", "completed")]),
    ("Iga Swiatek beat Jasmine Paolini 6/2 6/1 on the clay of Rome.", [("Swiatek", "Paolini", "6-2 6-1", "completed")]),
    ("Grigor Dimitrov beat Tommy Paul (6-4, 6-3) to reach the final.", [("Dimitrov", "Paul", "6-4 6-3", "completed")]),
    # the loser as subject, with the score written from the loser's side
    (
        "Jessica Pegula lost to Anastasia Pavlyuchenkova 2-6, 4-6 in the second round.",
        [("Pavlyuchenkova", "Pegula", "6-2 6-4", "completed")],
    ),
    (
        "Maria Sakkari crashed out, losing 6-7(3), 4-6 to American Emma Navarro.",
        [("Navarro", "Sakkari", "7-6(3) 6-4", "completed")],
    ),
    ("Iga Swiatek fell to Coco Gauff 4-6 2-6 in the semi-final.", [("Gauff", "Swiatek", "6-4 6-2", "completed")]),
    ("Frances Tiafoe was beaten by Jack Draper 6-4 6-2.", [("Draper", "Tiafoe", "6-4 6-2", "completed")]),
    (
        "Alex de Minaur was beaten 6-3, 7-6 (5) by Jannik Sinner on Tuesday.",
        [("Sinner", "Minaur", "6-3 7-6(5)", "completed")],
    ),
    # possessive frames
    (
        "Cameron Norrie's 6-4 6-2 win over Daniel Evans was his best of the year.",
        [("Norrie", "Evans", "6-4 6-2", "completed")],
    ),
    (
        "Cameron Norrie’s 6-4 6-2 victory over Daniel Evans was his best of the year.",
        [("Norrie", "Evans", "6-4 6-2", "completed")],
    ),
    # results lines
    ("Jannik Sinner (ITA x1) bt Tommy Paul (USA) 6-3 6-2", [("Sinner", "Paul", "6-3 6-2", "completed")]),
    # the AP results line: "d." ends no sentence
    (
        "Men's singles, second round: Tomas Berdych, Czech Republic, d. Juan Monaco, Argentina, 6-3, 7-6 (4).",
        [("Berdych", "Monaco", "6-3 7-6(4)", "completed")],
    ),
    (
        "Women's singles, third round: Jelena Jankovic (3), Serbia, d. Sara Errani, Italy, 6-1, 6-2.",
        [("Jankovic", "Errani", "6-1 6-2", "completed")],
    ),
    # nouns of winning and losing, agent nouns and adjectives, with modifiers
    (
        "Sloane Stephens, the former US Open champion, celebrated a 6-1 6-4 triumph over Ajla Tomljanovic.",
        [("Stephens", "Tomljanovic", "6-1 6-4", "completed")],
    ),
    (
        "Alex de Minaur ran out a 7-5 6-2 winner against the Frenchman Ugo Humbert in Acapulco.",
        [("Minaur", "Humbert", "7-5 6-2", "completed")],
    ),
    ("Holger Rune was far too strong for Tommy Paul, winning 6-2 6-1.", [("Rune", "Paul", "6-2 6-1", "completed")]),
    (
        "Madison Keys, playing on the Grandstand, suffered a 4-6 3-6 defeat by Elina Svitolina.",
        [("Svitolina", "Keys", "6-4 6-3", "completed")],
    ),
    (
        "Karen Khachanov bowed out at the hands of Grigor Dimitrov, 6-7 (2), 4-6.",
        [("Dimitrov", "Khachanov", "7-6(2) 6-4", "completed")],
    ),
    (
        "The 6-2 6-3 victory over Sebastian Korda sent Taylor Fritz into the quarter-finals.",
        [("Fritz", "Korda", "6-2 6-3", "completed")],
    ),
    (
        "Having beaten Jack Draper 7-6 (3) 6-4 on Tuesday, Andrey Rublev next meets the second seed.",
        [("Rublev", "Draper", "7-6(3) 6-4", "completed")],
    ),
    (
        "Petra Kvitova retired with a shoulder problem while trailing Marketa Vondrousova 2-6, 0-3.",
        [("Vondrousova", "Kvitova", "6-2 3-0", "retired")],
    ),
    ("Lorenzo Musetti (ITA) bt Frances Tiafoe (USA) 6-3 2-1 RET", [("Musetti", "Tiafoe", "6-3 2-1", "retired")]),
    # retirements and walkovers
    ("Carlos Alcaraz beat Jannik Sinner 6-4 3-0 retired.", [("Alcaraz", "Sinner", "6-4 3-0", "retired")]),
    (
        "Alejandro Davidovich Fokina joined them in the quarter-finals when Lorenzo Musetti "
        "retired trailing 6-3, 2-1 with a thigh problem.",
        [("Fokina", "Musetti", "6-3 2-1", "retired")],
    ),
    (
        "Jack Draper reached the semi-finals when Frances Tiafoe retired with an injury trailing 2-6, 0-3.",
        [("Draper", "Tiafoe", "6-2 3-0", "retired")],
    ),
    ("Holger Rune advanced when Casper Ruud withdrew with a back injury.", [("Rune", "Ruud", "", "walkover")]),
    # a match stopped part-way, told around a score: the opponent wins, the score as played from his side
    (
        "Daniil Medvedev was 4-5 down in the first set against Andrey Rublev when he called it a day.",
        [("Rublev", "Medvedev", "5-4", "retired")],
    ),
    (
        "Karen Khachanov trailed 2-6 1-3 to Taylor Fritz when he could not go on.",
        [("Fritz", "Khachanov", "6-2 3-1", "retired")],
    ),
    (
        "Tim Henman was 3-6 0-2 behind against Rafael Nadal when he could not go on.",
        [("Nadal", "Henman", "6-3 2-0", "retired")],
    ),
    ("Casper Ruud pulled out before the match, handing Holger Rune a walkover.", [("Rune", "Ruud", "", "walkover")]),
    # several results in one sentence: each score to its own clause
    (
        "Earlier, Elena Rybakina beat Anna Blinkova 6-3 6-1 and will face Jasmine Paolini, who "
        "beat Ekaterina Alexandrova 7-5 6-3.",
        [("Rybakina", "Blinkova", "6-3 6-1", "completed"), ("Paolini", "Alexandrova", "7-5 6-3", "completed")],
    ),
    (
        "Hubert Hurkacz dispatched Karen Khachanov 6-2 6-2, while Casper Ruud edged Grigor Dimitrov 7-6(5) 7-6(2).",
        [("Hurkacz", "Khachanov", "6-2 6-2", "completed"), ("Ruud", "Dimitrov", "7-6(5) 7-6(2)", "completed")],
    ),
    # a past result without a score is still a match
    ("Maria Sharapova beat Serena Williams in the Wimbledon final in 2004.", [("Sharapova", "Williams", None, None)]),
    # a description opening the clause of how the named next opponent got there is that opponent,
    # even with a seed before the name and another player of that nation earlier
    (
        "Rafael Nadal lost early. Tim Henman will play third seed Carlos Moya next after the "
        "Spaniard beat Fernando Verdasco 6-3 6-4.",
        [("Moya", "Verdasco", "6-3 6-4", "completed")],
    ),
    # "-ing past" forms, the score in the next sentence
    (
        "Second seed Carlos Moya saved a match point before squeezing past Fernando Verdasco in "
        "Miami. He needed three hours to earn his 3-6 7-5 7-6 victory.",
        [("Moya", "Verdasco", "3-6 7-5 7-6", "completed")],
    ),
    # a tiebreak's points told in prose after the score
    (
        "Carlos Moya beat Fernando Verdasco 3-6 6-4 7-6, winning the tiebreak 9-7.",
        [("Moya", "Verdasco", "3-6 6-4 7-6(7)", "completed")],
    ),
    (
        "Carlos Moya beat Fernando Verdasco 6-3 7-6, trailing 2-5 in the tie-break before claiming it 7-5.",
        [("Moya", "Verdasco", "6-3 7-6(5)", "completed")],
    ),
    # the main verb after a closed relative clause belongs to the name the clause hangs on
    (
        "Andre Agassi, who has worked without a coach since he left Brad Gilbert in the spring, "
        "beat Marat Safin in Paris.",
        [("Agassi", "Safin", None, None)],
    ),
    (
        "Marat Safin, who lost to Andy Roddick in Paris, beat Andre Agassi to win the Madrid title.",
        [("Roddick", "Safin", None, None), ("Safin", "Agassi", None, None)],
    ),
    # "took ... to earn his S victory": the scored win of a lede's result, a paragraph later
    (
        "Carlos Moya needed a third set to get past Fernando Verdasco on Monday.\n\nThe Spaniard "
        "took three hours to earn his 3-6 6-4 7-6 victory, saving a match point in the tiebreak "
        "before taking it 10-8.",
        [("Moya", "Verdasco", "3-6 6-4 7-6(8)", "completed")],
    ),
    # advantage sets of the pre-tiebreak era
    (
        "In 1969 Pancho Gonzales beat Charlie Pasarell 22-24, 1-6, 16-14, 6-3, 11-9.",
        [("Gonzales", "Pasarell", "22-24 1-6 16-14 6-3 11-9", "completed")],
    ),
    (
        "Rafael Nadal outlasted Roger Federer 6-4 6-4 6-7(5) 6-7(8) 9-7 in 2008.",
        [("Nadal", "Federer", "6-4 6-4 6-7(5) 6-7(8) 9-7", "completed")],
    ),
]


@pytest.mark.parametrize("text,expected", RESULTS)
def test_results(blank_record, text, expected):
    assert matches(blank_record(text)) == expected


def test_doubles_teams(blank_record):
    record = blank_record("Rohan Bopanna and Matthew Ebden beat Ivan Dodig and Austin Krajicek 6-4 3-6 [10-8].")
    (m,) = record.matches
    names = {p.id: p.name for p in record.players}
    assert (names[m.winner], names[m.winner_partner]) == ("Rohan Bopanna", "Matthew Ebden")
    assert (names[m.loser], names[m.loser_partner]) == ("Ivan Dodig", "Austin Krajicek")
    assert m.score.normalised() == "6-4 3-6 10-8"


NOT_RESULTS = [
    "Jannik Sinner will face Carlos Alcaraz in the final on Sunday.",
    "Jannik Sinner is set to face Carlos Alcaraz in the final.",
    "Jannik Sinner hopes to beat Carlos Alcaraz in the final.",
    "Elena Rybakina and Ons Jabeur will meet in the semi-finals on Friday.",
    "Davidovich Fokina will face either Holger Rune or Sebastian Korda on Friday.",
    "Ons Jabeur v Anna Kalinskaya",
    # numbers that are not set scores
    "Maria Sakkari led Emma Navarro 5-2 in the opening set before rain stopped play.",
    "Coco Gauff was serving at 30-40 when Iga Swiatek broke for the third time.",
    "Novak Djokovic and Rafael Nadal played for 4-1/2 hours in the 2012 final.",
    "Novak Djokovic could not beat Rafael Nadal in Paris, however hard he tried.",
    # conditions, questions, predictions, sets inside a match
    "If Jannik Sinner beats Carlos Alcaraz on Sunday, he keeps the top ranking.",
    "Can Emma Raducanu beat Jessica Pegula on Thursday?",
    "Most experts tip Daniil Medvedev to overcome Alexander Zverev in four sets.",
    "Elena Rybakina won the first set against Aryna Sabalenka 6-4 before the roof was closed.",
    "Caroline Garcia dropped a set to Belinda Bencic for the first time this week.",
]


@pytest.mark.parametrize("text", NOT_RESULTS)
def test_not_results(blank_record, text):
    assert matches(blank_record(text)) == []


def test_match_evidence_is_the_sentence_and_the_score_text_as_written(blank_record):
    text = "It was a long night. Cameron Norrie beat Carlos Alcaraz 4–6, 6–3, 6–4 in Paris. Both were tired."
    (m,) = blank_record(text).matches
    assert m.evidence.text == "Cameron Norrie beat Carlos Alcaraz 4–6, 6–3, 6–4 in Paris."
    assert m.score.text == "4–6, 6–3, 6–4"


def test_match_date_and_tournament(blank_record):
    record = blank_record(
        " date 2025-10-28 Cameron Norrie beat Carlos Alcaraz 4-6, 6-3, 6-4 at the Paris Masters on Tuesday night."
    )
    (m,) = record.matches
    assert m.date == "2025-10-28"
    assert {t.id: t.name for t in record.tournaments}[m.tournament] == "Paris Masters"


@pytest.mark.parametrize(
    "text,round_",
    [
        ("Carlos Alcaraz beat Alexander Zverev 6-3 6-2 6-1 in the third round of the US Open.", "R32"),
        ("Carlos Alcaraz beat Alexander Zverev 6-3 6-2 6-1 in the second round of the US Open.", "R64"),
        ("Carlos Alcaraz beat Tommy Paul 6-3 6-2 in the second round of the Queen's Club Championships.", None),
        ("Cameron Norrie's 6-4 6-2 win over Daniel Evans sent him into the quarter-finals.", "R16"),
        ("Cameron Norrie beat Daniel Evans 6-4 6-2 to move into the semi-finals.", "quarterfinal"),
        ("Iga Swiatek beat Coco Gauff 6-4 6-2 in the semi-finals.", "semifinal"),
        ("Novak Djokovic defeated Casper Ruud 7-6(5) 6-3 7-5 in the final.", "final"),
        ("Maria Sharapova beat Serena Williams in the Wimbledon final in 2004.", "final"),
        pytest.param(
            "Carlos Alcaraz beat Alexander Zverev 6-3 2-6 5-7 6-1 6-2 in the Roland Garros final.",
            "final",
            id="two-word-event-final",
        ),
        pytest.param(
            "Maria Sharapova beat Serena Williams in the 2004 Wimbledon final.",
            "final",
            id="year-and-event-final",
        ),
        pytest.param(
            "Jack Draper reached the semi-finals when Frances Tiafoe retired with an injury trailing 2-6, 0-3.",
            "quarterfinal",
            id="reached-the-semi-finals",
        ),
    ],
)
def test_rounds(blank_record, text, round_):
    (m,) = blank_record(text).matches
    assert m.round == round_


@pytest.mark.parametrize(
    "sentence,category,round_",
    [
        ("He won in the first round.", "Grand Slam", "R128"),
        ("He won in the fourth round.", "Grand Slam", "R16"),
        ("He won in the first round.", "250", None),
        ("She is into the last eight.", None, "R16"),
        ("She lost in the quarter-finals.", None, "quarterfinal"),
        ("She won the round-robin match.", "ATP Finals", "group"),
        ("He came through qualifying.", None, "qualifying"),
        ("She lost in the final round of qualifying to a local wildcard.", None, "qualifying"),
        # a qualifier playing the main draw, or a player who came through qualifying to reach it
        ("The Brazilian qualifier beat the top seed 6-4 7-6.", None, None),
        ("The lucky loser, who came through three qualifying rounds to reach the main draw, won 6-2 6-2.", None, None),
        ("He won his opening match.", None, None),
        # a results list's heading
        ("Doubles final: Mektic/Koolhof d. Ram/Salisbury 6-4 3-6 10-7", None, "final"),
        ("Final: Andreescu d. Williams 3-1 ret.", "1000", "final"),
        ("He reached the final set tiebreak", None, None),
        # a team reaching a stage: the rubber that took it there was played a round before
        ("Spain reached the Davis Cup final after Carlos Alcaraz beat Jannik Sinner.", "Davis Cup", "semifinal"),
        ("Italy are into the Billie Jean King Cup semi-finals after Jasmine Paolini won.", "BJK Cup", "quarterfinal"),
        ("She reached the Wimbledon final with a win over Ons Jabeur.", "Grand Slam", "semifinal"),
    ],
)
def test_round_of(sentence, category, round_):
    assert round_of(sentence, category) == round_


def test_every_round_pattern_holds_a_round_word():
    # round_of reads a sentence only when RE_ROUND_WORD finds a word in it (every alternative of a pattern holds one)
    for pattern in [p for p, _ in ROUNDS] + [RE_NUMBERED_ROUND]:
        assert RE_ROUND_WORD.search(pattern.pattern), pattern.pattern


def test_find_score_runs_offsets_and_outcome():
    text = "Musetti led 6-3, 2-1 ret. before; then Sinner won 7-6 (7-5) 6-4 on Friday, 19-06-2021."
    runs = find_score_runs(text)
    assert [text[r.start : r.end] for r in runs] == ["6-3, 2-1 ret.", "7-6 (7-5) 6-4"]
    assert [r.outcome for r in runs] == ["retired", None]


FAR_AGE = (
    "{names} met in Melbourne.\n\nThe weather was hot. Fans came in their thousands. The roof stayed open all week.\n\n"
    "The {age}-year-old upset Pete Sampras in a Masters final years ago and has not looked back."
)


@pytest.mark.parametrize(
    "names,age,expected",
    [
        ("Marat Safin and Tommy Haas", 25, [("Safin", "Sampras", None, None)]),  # Haas (1978) is older
        ("Lleyton Hewitt and Marat Safin", 25, [("Safin", "Sampras", None, None)]),  # Hewitt (1981) is 23 or 24
        ("Lleyton Hewitt and Marat Safin", 24, []),  # both may be 24 in 2005: no guess
    ],
)
def test_age_description_far_from_any_name_takes_the_one_player_of_that_age(blank_record, names, age, expected):
    """An age description no nearby name explains: the one article player whose shipped birth year
    gives that age in the year of publication."""
    assert matches(blank_record(FAR_AGE.format(names=names, age=age), published="2005-02-10")) == expected


def test_age_description_needs_a_publication_year(blank_record):
    assert matches(blank_record(FAR_AGE.format(names="Marat Safin and Tommy Haas", age=25))) == []


def test_quoted_sentences_do_not_count_in_the_look_back(blank_record):
    """A description opening a paragraph after several quoted sentences resolves to the subject
    named before the quotation."""
    text = (
        'Marat Safin has big plans. "I can do it," he said. "It is hard." "I want more." "We will see."\n\n'
        '"If my coach stays, I can win again." The 25-year-old upset Pete Sampras in a Masters final years ago.'
    )
    assert matches(blank_record(text)) == [("Safin", "Sampras", None, None)]


@pytest.mark.parametrize(
    "text,expected",
    [
        # one scoreless past result per event of a coordinated list right after the loser
        (
            "Lleyton Hewitt is in the same quarter as Roger Federer, who beat him at Indian Wells, "
            "Halle and Cincinnati in 2004.",
            3,
        ),
        ("Roger Federer beat Lleyton Hewitt at Indian Wells and Miami.", 2),
        # not a list of events: the second loser, a scored match, a name after "and"
        ("Roger Federer beat Lleyton Hewitt in the Australian Open semi-finals and Andy Roddick in the final.", 1),
        ("Roger Federer beat Lleyton Hewitt 6-2 6-3 in Sydney and Melbourne.", 1),
        ("Roger Federer beat Lleyton Hewitt in Sydney and Tim Henman watched.", 1),
        # this week's scored win and the listed past meetings are all counted
        (
            "Roger Federer beat Lleyton Hewitt 6-2 6-3 on Friday. Federer also beat Hewitt at "
            "Wimbledon and the US Open last year.",
            3,
        ),
    ],
)
def test_a_result_stated_for_several_listed_events_counts_each(blank_record, text, expected):
    assert [(w, l) for w, l, _, _ in matches(blank_record(text))].count(("Federer", "Hewitt")) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a match in progress ("while leading W S") ended by a retirement told a sentence later: the
        # opponent wins; the score told was not the final one, so none is kept
        (
            "Casper Ruud strained his knee early in the week. The Norwegian needed the trainer while "
            "leading Hubert Hurkacz 6-4 1-1. He limped through two more points and quit.",
            [("Hurkacz", "Ruud", None, None)],
        ),
        # no retirement follows, or only a denial of one
        ("Casper Ruud needed the trainer while leading Hubert Hurkacz 6-4 1-1. The crowd went quiet.", []),
        ("Casper Ruud needed the trainer while leading Hubert Hurkacz 6-4 1-1. He insisted he would not quit.", []),
        # too far on: the match in progress is forgotten
        (
            "Casper Ruud needed the trainer while leading Hubert Hurkacz 6-4 1-1. Rain fell. Play "
            "stopped. Later he quit the United Cup.",
            [],
        ),
    ],
)
def test_retirement_told_after_the_match_in_progress(blank_record, text, expected):
    assert matches(blank_record(text)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a scheduled match, then the player cannot play: a walkover
        (
            "Grigor Dimitrov was due to face qualifier Arthur Cazaux, who beat Stan Wawrinka in the "
            "first round. Dimitrov was unable to play on Wednesday with a calf strain.",
            [("Cazaux", "Wawrinka", None, None), ("Cazaux", "Dimitrov", "", "walkover")],
        ),
        (
            "Tim Henman was due to face Gilles Simon on Tuesday. Henman could not play because of a back spasm.",
            [("Simon", "Henman", "", "walkover")],
        ),
        # a denial, or the match played after all
        ("Tim Henman was due to face Gilles Simon on Tuesday. Henman said he would not withdraw.", []),
        (
            "Tim Henman was due to face Gilles Simon on Tuesday. Henman beat him 6-2 6-2.",
            [("Henman", "Simon", "6-2 6-2", "completed")],
        ),
    ],
)
def test_withdrawal_told_after_the_scheduled_match(blank_record, text, expected):
    assert matches(blank_record(text)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a doubles team named by a plural description: the pair the sentence before names
        (
            "Bob Bryan and Mike Bryan were top seeds. The American twins beat Jonas Bjorkman and Max Mirnyi 6-4 6-4.",
            (("Bob Bryan", "Mike Bryan"), ("Jonas Bjorkman", "Max Mirnyi"), "6-4 6-4"),
        ),
        (
            "Gaston Etlis and Martin Rodriguez had never won a Masters title. The Argentine pair saw "
            "off Leander Paes and Nenad Zimonjic 7-5 6-4.",
            (("Gaston Etlis", "Martin Rodriguez"), ("Leander Paes", "Nenad Zimonjic"), "7-5 6-4"),
        ),
    ],
)
def test_team_named_by_a_plural_description(blank_record, text, expected):
    record = blank_record(text)
    names = {p.id: p.name for p in record.players}
    (m,) = record.matches
    got = ((names[m.winner], names[m.winner_partner]), (names[m.loser], names[m.loser_partner]), m.score.normalised())
    assert got == expected


@pytest.mark.parametrize(
    "text",
    [
        "Bob Bryan and Mike Bryan were top seeds. The American twins hope to beat Jonas Bjorkman and Max Mirnyi.",
        "The crowd loved it. The American twins beat Jonas Bjorkman and Max Mirnyi 6-4 6-4.",  # no pair named before
    ],
)
def test_plural_description_without_a_named_pair_or_a_result(blank_record, text):
    assert blank_record(text).matches == []


# -- doubles teams, however the text names them ------------------------------------------------


def teams(record) -> list[tuple]:
    """(winner team, loser team, score) per match, each team the sorted surnames of its players."""
    names = {p.id: p.name.split()[-1] for p in record.players}

    def side(*ids):
        return tuple(sorted(names[i] for i in ids if i))

    return [
        (side(m.winner, m.winner_partner), side(m.loser, m.loser_partner), m.score.normalised() if m.score else None)
        for m in record.matches
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a plural pronoun after the pair is named
        (
            "Rohan Bopanna and Matthew Ebden had not dropped a set all week. "
            "They beat Ivan Dodig and Austin Krajicek 6-4 7-5 in the final.",
            [(("Bopanna", "Ebden"), ("Dodig", "Krajicek"), "6-4 7-5")],
        ),
        (
            "Sara Errani and Jasmine Paolini arrived as the second seeds. "
            "They were beaten 3-6 4-6 by Taylor Townsend and Elise Mertens.",
            [(("Mertens", "Townsend"), ("Errani", "Paolini"), "6-3 6-4")],
        ),
        # their possessive of a result
        (
            "Rajeev Ram and Joe Salisbury reached Turin unbeaten. "
            "Their 7-6 6-4 win over Marcel Granollers and Horacio Zeballos sent them into the final.",
            [(("Ram", "Salisbury"), ("Granollers", "Zeballos"), "7-6 6-4")],
        ),
        # the siblings named by their surname
        (
            "Bob Bryan and Mike Bryan were the top seeds. Max Mirnyi and Daniel Nestor edged past "
            "the Bryan brothers 7-6 6-7 10-8.",
            [(("Mirnyi", "Nestor"), ("Bryan", "Bryan"), "7-6 6-7 10-8")],
        ),
        # the partner named before, and initials that end no sentence
        (
            "Second seeds Neal Skupski, partnering Wesley Koolhof, fell to Max Mirnyi and Daniel Nestor 4-6 4-6.",
            [(("Mirnyi", "Nestor"), ("Koolhof", "Skupski"), "6-4 6-4")],
        ),
        (
            "Rajeev Ram/Joe Salisbury's 3-6 2-6 loss to Max Mirnyi/Daniel Nestor",
            [(("Mirnyi", "Nestor"), ("Ram", "Salisbury"), "6-3 6-2")],
        ),
    ],
)
def test_a_doubles_team_is_read_however_it_is_named(blank_record, text, expected):
    assert teams(blank_record(text)) == expected


def test_they_after_two_opponents_named_apart_is_no_team(blank_record):
    """No pair named before: "they" is no reference, and the singles result stands alone."""
    text = "Jannik Sinner played well. Later, they said the roof would close. Sinner beat Daniil Medvedev 6-4 6-4."
    assert teams(blank_record(text)) == [(("Sinner",), ("Medvedev",), "6-4 6-4")]


# -- the score told in the next sentence ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Holger Rune beat Tommy Paul in the quarter-finals. The final score was 6-3, 7-5.",
        "Holger Rune beat Tommy Paul in the quarter-finals. It finished 6-3 7-5 after 95 minutes.",
        "Holger Rune beat Tommy Paul in the quarter-finals. Rune cruised to a 6-3 7-5 victory in 95 minutes.",
    ],
)
def test_the_score_of_a_result_told_in_the_next_sentence(blank_record, text):
    assert matches(blank_record(text)) == [("Rune", "Paul", "6-3 7-5", "completed")]


def test_a_score_sentence_after_two_results_belongs_to_neither(blank_record):
    text = "Holger Rune beat Tommy Paul and Casper Ruud beat Ben Shelton. The score was 6-3, 7-5."
    assert [score for _, _, score, _ in matches(blank_record(text))] == [None, None]


def test_a_team_told_twice_once_by_one_player_is_one_match(blank_record):
    text = (
        "Max Mirnyi and Daniel Nestor beat Rajeev Ram and Joe Salisbury 6-4 6-4 in the final. "
        "Nestor, 38, had beaten Ram and Salisbury twice before."
    )
    assert teams(blank_record(text)) == [(("Mirnyi", "Nestor"), ("Ram", "Salisbury"), "6-4 6-4")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # the loser alone with a verb of the data and the score; the winner from the sentence before
        (
            "Rajeev Ram and Joe Salisbury lost to Max Mirnyi and Daniel Nestor in the semi-finals. "
            "Ram and Salisbury went down 3-6 4-6 in 70 minutes.",
            [(("Mirnyi", "Nestor"), ("Ram", "Salisbury"), "6-3 6-4")],
        ),
        # agent nouns without a determiner, their possessive pronoun with a slashed score
        (
            "Max Mirnyi and Daniel Nestor were 6-4 7-5 winners over Rajeev Ram and Joe Salisbury.",
            [(("Mirnyi", "Nestor"), ("Ram", "Salisbury"), "6-4 7-5")],
        ),
    ],
)
def test_doubles_results_with_the_loser_alone_or_a_bare_agent_noun(blank_record, text, expected):
    assert teams(blank_record(text)) == expected


def test_a_possessive_pronoun_owns_a_result_with_a_slashed_score(blank_record):
    text = "Daniil Medvedev arrived on a run of wins. His 5/7 5/7 loss to Sebastian Korda ended it."
    assert matches(blank_record(text)) == [("Korda", "Medvedev", "7-5 7-5", "completed")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a verb and its particle around the loser
        ("Daniil Medvedev saw Stan Wawrinka off in four sets.", [("Medvedev", "Wawrinka")]),
        # a comeback after trailing the opponent
        (
            "Stan Wawrinka trailed Andy Murray by two sets to love before fighting back to win in five.",
            [("Wawrinka", "Murray")],
        ),
        # the loser's conqueror, in apposition either way
        ("Casper Ruud's conqueror in the first round, Alexander Bublik, lost again on Tuesday.", [("Bublik", "Ruud")]),
        (
            "Grigor Dimitrov beat Ben Shelton's conqueror, Tommy Paul, 6-4 6-4.",
            [("Dimitrov", "Paul"), ("Paul", "Shelton")],
        ),
        # the possessor's run ended, and a possessor that is no side
        ("Karolina Pliskova ended Serena Williams's 30-match winning streak in Rome.", [("Pliskova", "Williams")]),
        ("Andy Murray beat Roger Federer's coach at an exhibition in Zurich.", []),
        # the subject of an absolute participle, and of a comeback told after the leader
        ("With Elena Rybakina beating Ons Jabeur 6-4 6-4, Kazakhstan reached the final.", [("Rybakina", "Jabeur")]),
        (
            "Rafael Nadal led Novak Djokovic by a set before the Serb came back to win 4-6 6-3 6-2.",
            [("Djokovic", "Nadal")],
        ),
        # the title taken against a player, who retired
        (
            "Jessica Pegula defended her title in Berlin, taking the title against Anna Kalinskaya, who retired.",
            [("Pegula", "Kalinskaya")],
        ),
    ],
)
def test_results_named_around_another_noun_phrase(blank_record, text, expected):
    assert sorted(match_pairs(blank_record(text))) == sorted(expected)


def test_a_one_sided_clause_does_not_reverse_the_result_stated_before(blank_record):
    """A description read as the loser ("the 36-year-old") in a scored one-sided clause after the
    result: the score is that result's, and no reversed match is added."""
    text = (
        " date 2019-01-20 Roger Federer beat Stan Wawrinka in the quarter-finals. "
        "The 33-year-old needed 90 minutes to win 6-3 6-4."
    )
    assert matches(blank_record(text)) == [("Federer", "Wawrinka", "6-3 6-4", "completed")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a results line gives its sets from the winner's side, even when the winner trails
        ("Alex de Minaur (AUS) bt Grigor Dimitrov (BUL) 4-6 1-0 ret.", [("Minaur", "Dimitrov", "4-6 1-0", "retired")]),
        # a retirement told from the trailing side, across the winner's modifiers
        (
            "Daniil Medvedev retired with a hip injury while trailing the Frenchman Gael Monfils, "
            "the former world No. 6, 2-6 1-3.",
            [("Monfils", "Medvedev", "6-2 3-1", "retired")],
        ),
        # the score of a win whose subject names no player, after the result
        (
            "Carlos Alcaraz beat Andrey Rublev in the final. The champion needed 80 minutes to win 6-4 6-3.",
            [("Alcaraz", "Rublev", "6-4 6-3", "completed")],
        ),
    ],
)
def test_scores_written_from_either_side_or_told_apart(blank_record, text, expected):
    assert matches(blank_record(text)) == expected


def test_they_after_a_result_between_two_pairs_is_its_subject(blank_record):
    text = "Max Mirnyi and Daniel Nestor got the better of Rajeev Ram and Joe Salisbury in the final. They won 7-6 6-4."
    assert teams(blank_record(text)) == [(("Mirnyi", "Nestor"), ("Ram", "Salisbury"), "7-6 6-4")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a partner named before, across an apposition
        (
            "Rajeev Ram, of Dallas, and his partner Joe Salisbury had been knocked out by Max Mirnyi and "
            "Daniel Nestor in the quarter-finals.",
            [(("Mirnyi", "Nestor"), ("Ram", "Salisbury"), None)],
        ),
        # a preposition after a prepositional object ends it: the possessor after "despite" is a subject
        (
            "Britain lost to Spain despite Cameron Norrie's victory over Roberto Bautista Agut.",
            [(("Norrie",), ("Agut",), None)],
        ),
        # one winner, a second loser with an apposition and a number of sets
        (
            "Novak Djokovic beat Jannik Sinner in the quarter-finals and Casper Ruud, the fifth seed, "
            "in four sets in the semi-finals.",
            [(("Djokovic",), ("Sinner",), None), (("Djokovic",), ("Ruud",), None)],
        ),
        # appositions joined by "and" are no clause break: the subject stays the first name
        (
            "Sebastian Korda, a former junior champion, and the No. 9 seed, had beaten Tommy Paul in the "
            "quarter-finals before a 6-2 6-4 semi-final win over Ben Shelton.",
            [(("Korda",), ("Paul",), None), (("Korda",), ("Shelton",), "6-2 6-4")],
        ),
        # the title taken against a player far after the subject
        (
            "Jessica Pegula has arrived in form after successfully defending her title at the Berlin Open, "
            "saving four match points before taking the title against Anna Kalinskaya.",
            [(("Pegula",), ("Kalinskaya",), None)],
        ),
    ],
)
def test_sides_read_across_appositions_and_prepositions(blank_record, text, expected):
    assert sorted(teams(blank_record(text))) == sorted(expected)


def test_an_object_read_first_as_a_loser_stays_the_object_of_its_own_verb(blank_record):
    """ "A beat B ... then lost to C": B is first read as the loser of "lost" (the nearest name),
    then given to the subject; B stays free for "A beat B"."""
    text = "Holger Rune beat Tommy Paul 6-4 6-3 in the semi-finals, then lost the final 4-6 3-6 to Jannik Sinner."
    assert sorted(matches(blank_record(text))) == [
        ("Rune", "Paul", "6-4 6-3", "completed"),
        ("Sinner", "Rune", "6-4 6-3", "completed"),
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Arbor Kransky had already beaten Ivo Dedic 6-2, 6-2, and then he and Dren Gashat won the doubles"
            " against Erik Hoxa and Dedic 6-4, 6-7 (3), 7-5.",
            (("Kransky", "Dedic", "6-2 6-2"), "6-4 6-7(3) 7-5"),
        ),
        (
            "Lea Aubert, who had beaten Nina Roux 6-1, 6-3 in the singles, later teamed up with Eva Blanc"
            " to beat Roux and Zoe Perrin 7-6 (2), 6-4.",
            (("Aubert", "Roux", "6-1 6-3"), "7-6(2) 6-4"),
        ),
    ],
)
def test_a_singles_result_beside_a_doubles_one_of_the_same_players_is_its_own_match(blank_record, text, expected):
    # both matches stay, each with its own score (a team may be named by either of its players)
    singles, doubles_score = expected
    got = matches(blank_record(text))
    assert len(got) == 2, got
    assert singles in {(w, l, s) for w, l, s, _ in got}
    assert doubles_score in {s for _, _, s, _ in got}


def test_a_doubles_team_named_once_by_one_player_still_joins_its_match(blank_record):
    # the near miss: a second mention of the same doubles result, one side named by one player, no other score
    text = "Ana Vidal and Rosa Mir beat Carla Puig and Marta Sol 6-3, 6-4. Vidal beat Puig and Sol for the title."
    assert len(matches(blank_record(text))) == 1


def test_a_doubles_result_of_two_singles_opponents_is_a_match_of_its_own(blank_record):
    text = (
        "GIRLS' SINGLES - SECOND ROUND\n[1] Ana Kovac (CRO) d. [Q] Mila Horvat (SRB) 6-2 6-3\n\n"
        "GIRLS' DOUBLES - FIRST ROUND\n[2] Ana Kovac (CRO) / Eva Novak (SLO) d. Mila Horvat (SRB)"
        " / [WC] Iva Petrak (CRO) 6-4 4-6 [10-5]\n"
    )
    got = {(w, l, s) for w, l, s, _ in matches(blank_record(text))}
    assert ("Kovac", "Horvat", "6-2 6-3") in got
    assert {s for _, _, s in got} == {"6-2 6-3", "6-4 4-6 10-5"}


def test_a_doubles_result_told_twice_stays_one_match(blank_record):
    # the near miss: the same doubles result in prose, then in the results list
    text = (
        "Ana Kovac and Eva Novak beat Mila Horvat and Iva Petrak 6-4 4-6 [10-5] in the doubles.\n\n"
        "[2] Ana Kovac (CRO) / Eva Novak (SLO) d. Mila Horvat (SRB) / Iva Petrak (CRO) 6-4 4-6 [10-5]\n"
    )
    assert len(matches(blank_record(text))) == 1


def test_a_box_score_keeps_each_score_on_its_line(blank_record):
    text = (
        "Singles competition\n"
        "1. #12 Nora Quist (UCLA) def. #40 Ella Brandvold (STAN) 6-4, 7-5\n"
        "2. Maya Oduya (STAN) def. Lucia Ferran (UCLA) 6-3, 2-6, 6-2\n"
        "3. #71 Hana Oshiro (UCLA) def. Greta Lind (STAN) 7-6 (4), 6-3\n"
    )
    assert sorted((w, l, s) for w, l, s, _ in matches(blank_record(text))) == [
        ("Oduya", "Ferran", "6-3 2-6 6-2"),
        ("Oshiro", "Lind", "7-6(4) 6-3"),
        ("Quist", "Brandvold", "6-4 7-5"),
    ]


def test_a_scored_past_singles_meeting_stays_apart_from_a_doubles_line_without_score(blank_record):
    text = (
        "Kira Vance had beaten Tove Alm 6-3, 6-4 in October.\n\n"
        "Doubles competition\n1. Ines Mora/Kira Vance (USC) def. Tove Alm/Rika Sato (UCLA) 6-4\n"
    )
    got = {(w, l, s) for w, l, s, _ in matches(blank_record(text))}
    assert ("Vance", "Alm", "6-3 6-4") in got and len(got) == 2


def test_a_retirement_told_after_the_match_it_ends(blank_record):
    text = (
        "Early in the second set of her first-round match at the Miami Open against Petra Kosova, Lena Varga"
        " landed awkwardly chasing a drop shot. She retired trailing 4-6, 1-2.\n"
    )
    assert matches(blank_record(text)) == [("Kosova", "Varga", "6-4 2-1", "retired")]
