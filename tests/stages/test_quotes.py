"""Direct quotations (GOLD.md spans) and who said them."""

from __future__ import annotations

import pytest
from support import quotes

from extractor.text.plain import Block, mark_role, paragraphs, quote_spans

LEAD = "Maria Sakkari beat Caroline Dolehide 7-5 6-3 in the final on Saturday.\n\n"

# (text, [(quoted text, speaker name)])
QUOTES = [
    # attribution after the closing mark, curly and straight marks
    (LEAD + "“It was a great week for me,” Sakkari said.", [("“It was a great week for me,”", "Maria Sakkari")]),
    (LEAD + '"It was a great week for me," Sakkari said.', [('"It was a great week for me,"', "Maria Sakkari")]),
    (
        LEAD + '"She just did not give me anything cheap," said Dolehide, who is 25.',
        [('"She just did not give me anything cheap,"', "Caroline Dolehide")],
    ),
    # attribution before the opening mark
    (
        LEAD + "She said: “There were nights when I doubted myself.”",
        [("“There were nights when I doubted myself.”", "Maria Sakkari")],
    ),
    (
        LEAD + 'Speaking to Tennis TV, Dolehide said: "I am proud of the way I fought back."',
        [('"I am proud of the way I fought back."', "Caroline Dolehide")],
    ),
    (
        LEAD + "“I am really happy with the title,” Sakkari told reporters.",
        [("“I am really happy with the title,”", "Maria Sakkari")],
    ),
    # pronouns point to the last named player of that gender
    (
        LEAD + "“It was a great week for me,” Sakkari said.\n\n“I will celebrate tonight with my team,” she added.",
        [
            ("“It was a great week for me,”", "Maria Sakkari"),
            ("“I will celebrate tonight with my team,”", "Maria Sakkari"),
        ],
    ),
    (
        "Jack Draper beat Frances Tiafoe 7-6(5) 6-7(4) 7-6(4).\n\n“I had to stay with him,” Draper said.\n\n"
        "“He’s one of the best movers on tour,” he added.",
        [("“I had to stay with him,”", "Jack Draper"), ("“He’s one of the best movers on tour,”", "Jack Draper")],
    ),
    (
        "Iga Swiatek beat Coco Gauff 6-4 6-4.\n\n“It was tough out there,” Gauff said. “I will "
        "come back stronger next time,” she added.",
        [("“It was tough out there,”", "Coco Gauff"), ("“I will come back stronger next time,”", "Coco Gauff")],
    ),
    # a descriptor as the speaker
    (
        'Jannik Sinner beat Carlos Alcaraz 6-4 6-4.\n\n"I played my best tennis today and I am '
        'proud," the Italian said.',
        [('"I played my best tennis today and I am proud,"', "Jannik Sinner")],
    ),
    # British style: the mark is left open at the paragraph's end, the speaker carries over
    (
        LEAD + "She said: “There were nights when I asked myself questions.\n\n“So I stopped reading "
        "it. That sounds simple to me.”",
        [
            ("“There were nights when I asked myself questions.", "Maria Sakkari"),
            ("“So I stopped reading it. That sounds simple to me.”", "Maria Sakkari"),
        ],
    ),
    # an unattributed follow-on paragraph keeps the previous speaker
    (
        LEAD
        + "“In the final I was nervous at the start,” Sakkari said.\n\n“The crowd here were amazing all week long.”",
        [
            ("“In the final I was nervous at the start,”", "Maria Sakkari"),
            ("“The crowd here were amazing all week long.”", "Maria Sakkari"),
        ],
    ),
    # nested single quotes stay inside the quotation
    (
        LEAD + "“My mum sent me a message that said, ‘Go and have fun,’ and I did,” she said.",
        [("“My mum sent me a message that said, ‘Go and have fun,’ and I did,”", "Maria Sakkari")],
    ),
    # a statement with no named speaker
    (
        'Roger Federer withdrew from the event.\n\nThe tournament said in a statement: "We are '
        'sorry to lose such a great champion."',
        [('"We are sorry to lose such a great champion."', None)],
    ),
    # cut off mid-quote: the quotation runs to the end of the text
    (
        LEAD + "Sakkari said: “I am really happy with how I played today",
        [("“I am really happy with how I played today", "Maria Sakkari")],
    ),
    (LEAD + "“I am really happy with how I played", [("“I am really happy with how I played", None)]),
    # a Q&A transcript without quote marks holds no quotes
    (LEAD + "Q: How do you feel?\nA: I feel great, it was a good match.", []),
    # a pull quote credited on its own line: a player of the article, or a name no list knows
    (
        LEAD + "KEY LINES\n“I kept telling myself to breathe between points.” — Caroline Dolehide\n\nMore soon.",
        [("“I kept telling myself to breathe between points.”", "Caroline Dolehide")],
    ),
    (
        LEAD + '"She serves like nobody else on the tour right now." – Hana Novakova, commentator\n',
        [('"She serves like nobody else on the tour right now."', "Hana Novakova")],
    ),
    # near misses: a dash leading into narration, a one-word credit (an outlet) is no speaker's name
    (
        LEAD + "“I kept telling myself to breathe,” — Dolehide then broke twice in a row to close it out.",
        [("“I kept telling myself to breathe,”", None)],
    ),
    (LEAD + "“The roof will stay closed all week.” — Reuters\n", [("“The roof will stay closed all week.”", None)]),
    # a headline opening with a quotation, a colon, then the speaker's name run into Title Case words
    (
        "‘I Slept In The Car For Weeks’: Ana Brix On Her Long Road\n\nAna Brix beat Mia Lund 6-2 6-2 on Monday.",
        [("‘I Slept In The Car For Weeks’", "Ana Brix")],
    ),
    (
        "“We Were Never Scared”: Tom Berg After His First Final\n\nTom Berg beat Ivo Lind 6-4 6-4 on Sunday.",
        [("“We Were Never Scared”", "Tom Berg")],
    ),
    # near miss: a quotation inside narration, then a colon and a name, is no headline credit
    (
        "Ana Brix beat Mia Lund 6-2 6-2. Lund called it “a lesson”: Ana Brix had never played better.",
        [("“a lesson”", "Mia Lund")],
    ),
    # a quotation opening a sentence right after a narrative sentence with no reporting verb: its subject
    (
        LEAD + "Dolehide was blunt. “I was not good enough today.”",
        [("“I was not good enough today.”", "Caroline Dolehide")],
    ),
    (
        LEAD + "Sakkari shook her head and laughed. “I still cannot believe it.”",
        [("“I still cannot believe it.”", "Maria Sakkari")],
    ),
    # near miss: a sentence in a paragraph before is no lead-in (the quotation follows on from its speaker)
    (LEAD + "Dolehide left early.\n\n“What a week.”", [("“What a week.”", None)]),
    # "according to" introduces its speaker, before or after the quotation
    (
        LEAD + "According to Sakkari, “the wind made everything hard”.",
        [("“the wind made everything hard”", "Maria Sakkari")],
    ),
    (
        LEAD + "“The wind made everything hard,” according to Dolehide.",
        [("“The wind made everything hard,”", "Caroline Dolehide")],
    ),
    # a teaser quotation above the story, told again with its speaker in the body
    (
        "‘I played my best tennis’\n\n" + LEAD + "“I played my best tennis,” Sakkari said.",
        [("‘I played my best tennis’", "Maria Sakkari"), ("“I played my best tennis,”", "Maria Sakkari")],
    ),
    (
        "Dolehide: ‘The wind decided it’\n\n" + LEAD + "“Honestly, the wind decided it,” said Dolehide.",
        [("‘The wind decided it’", "Caroline Dolehide"), ("“Honestly, the wind decided it,”", "Caroline Dolehide")],
    ),
    # near miss: a short phrase quoted twice is no teaser of a speaker
    (
        "Mia Lund beat Ana Brix 6-3 6-4. Critics called it “so good” at first.\n\n“It was so good,” Brix said.",
        [("“so good”", None), ("“It was so good,”", "Ana Brix")],
    ),
    # a pronoun attributing a quotation is none of the players the quotation names
    (
        "Ana Brix beat Mia Lund 6-2 6-2 on Monday. Lund had won their only previous meeting.\n\n"
        "“I never thought I could beat Lund here,” she said.",
        [("“I never thought I could beat Lund here,”", "Ana Brix")],
    ),
    (
        "Tom Berg lost to Ivo Lind 4-6 4-6. Lind served 14 aces.\n\n“Lind was just too good for me today,” he said.",
        [("“Lind was just too good for me today,”", "Tom Berg")],
    ),
    # near miss: a quotation naming no one keeps the subject before it
    (
        "Ana Brix beat Mia Lund 6-2 6-2 on Monday. Lund had won their only previous meeting.\n\n"
        "“I was just not good enough today,” she said.",
        [("“I was just not good enough today,”", "Mia Lund")],
    ),
]


@pytest.mark.parametrize("text,expected", QUOTES)
def test_quotes(blank_record, text, expected):
    assert quotes(blank_record(text)) == expected


def test_quote_speaker_is_a_player_id_and_attribution_a_span(blank_record):
    record = blank_record(LEAD + "“It was a great week for me,” Sakkari said.")
    (q,) = record.quotes
    assert {p.id: p.name for p in record.players}[q.speaker] == "Maria Sakkari"
    assert q.attribution is not None and q.attribution.text == "Sakkari said"


def test_quotes_in_cruft_are_not_extracted(blank_record):
    text = LEAD + "Read Next: “I am done with clay,” says Rafael Nadal\n\nADVERTISEMENT"
    assert quotes(blank_record(text)) == []


@pytest.mark.model
def test_a_coach_is_kept_as_speaker_name_not_as_player(extractor):
    text = (
        'Jannik Sinner beat Daniil Medvedev 6-4 6-4 in the final.\n\n"He has worked so hard for '
        'this," said his coach Ivan Ljubicic.'
    )
    record = extractor.extract(text)
    (q,) = record.quotes
    assert (q.speaker, q.speaker_name) == (None, "Ivan Ljubicic")
    assert "Ivan Ljubicic" not in [p.name for p in record.players]


@pytest.mark.parametrize(
    "text,spans",
    [
        ("He said “one two three” and left.", ["“one two three”"]),
        ('He said "one two three" and "four five six".', ['"one two three"', '"four five six"']),
        ("“Open at the end of the paragraph", ["“Open at the end of the paragraph"]),
        # two openers in a row: the writer dropped a closing mark
        ("“First part here “second part here”", ["“First part here", "“second part here”"]),
        # single curly marks only in a paragraph without double marks, never apostrophes
        ("He said ‘this is a quote’ and Norrie’s coach agreed.", ["‘this is a quote’"]),
        ("Norrie’s serve and Alcaraz’s forehand.", []),
    ],
)
def test_quote_spans_on_a_string(text, spans):
    assert [text[b.start : b.end] for b in quote_spans(text, Block(0, len(text)))] == spans


def test_quote_spans_stay_inside_their_paragraph():
    text = "“First paragraph open\n\nSecond paragraph “closed here”"
    found = [text[b.start : b.end] for p in paragraphs(text) for b in quote_spans(text, p)]
    assert found == ["“First paragraph open", "“closed here”"]


# -- straight marks in archives whose paragraph breaks were lost -------------------------------


@pytest.mark.parametrize(
    "text,spans",
    [
        # a quotation left open at a lost paragraph end stops where the next one opens
        (
            '"It was hard today. "I will be back next year," he said.',
            ['"It was hard today.', '"I will be back next year,"'],
        ),
        # pairing does not shift for the rest of the line
        (
            '"One two," he said. "Three four. "Five six," she said. "Seven eight."',
            ['"One two,"', '"Three four.', '"Five six,"', '"Seven eight."'],
        ),
        # narration between quotations never becomes a quotation
        ('"We lost," said Smith. Jones plays Brown next. "It is a new day."', ['"We lost,"', '"It is a new day."']),
        # a mark glued to the next word after a full stop opens
        ('He spoke to the press."It was a long day," he said.', ['"It was a long day,"']),
        # glued on both sides inside a quotation: recovered when the next mark cannot open
        ('"First part here."Second part here," he said.', ['"First part here.', '"Second part here,"']),
        # a gap on both sides closes an open quotation, then opens the next
        ('"Over now. " "Next one," he said.', ['"Over now. "', '"Next one,"']),
        # a phrase quoted in straight marks inside a quotation stays inside it
        ('"He called it "the best match" of his life," she said.', ['"He called it "the best match" of his life,"']),
        # a quoted fragment in narration
        ('The pair split "for family reasons" in May.', ['"for family reasons"']),
        # open at the end of the paragraph: runs to its end
        ('"I have nothing more to say about it', ['"I have nothing more to say about it']),
    ],
)
def test_straight_marks_pair_by_context(text, spans):
    assert [text[b.start : b.end] for b in quote_spans(text, Block(0, len(text)))] == spans


@pytest.mark.parametrize(
    "text,i,role",
    [
        ('he said "Yes', 8, "open"),
        ('"Yes', 0, "open"),
        ('Yes," he', 4, "close"),
        ('Yes." He', 4, "close"),
        ('over?"', 5, "close"),
        ('said:"Yes', 5, "either"),
        ('over. " "Next', 6, "either"),
        ("“Yes", 0, "open"),
        ("Yes”", 3, "close"),
    ],
)
def test_mark_role(text, i, role):
    assert mark_role(text, i) == role


# -- attribution in 2000s wire copy (rule stages only) --------------------------------------------

WIRE = "Tim Henman beat Roger Federer 6-4 6-4 in the final.\n\n"

ATTRIBUTION = [
    # a quotation left open, then the next: one speaker for the run
    (
        WIRE + '"I served well all week," said Henman. "The crowd were behind me. "I will rest now."',
        [
            ('"I served well all week,"', "Tim Henman"),
            ('"The crowd were behind me.', "Tim Henman"),
            ('"I will rest now."', "Tim Henman"),
        ],
    ),
    # a spokesman with no name: no speaker, also for the follow-on quotation
    (
        WIRE + '"Safety comes first," a spokesman for the club said. "The covers went on quickly."',
        [('"Safety comes first,"', None), ('"The covers went on quickly."', None)],
    ),
    # a sentence after a quotation ending in a full stop is narration, not its attribution
    (
        WIRE + 'Federer said: "I was not at my best. I will come back." Henman said that he expected a hard match.',
        [('"I was not at my best. I will come back."', "Roger Federer")],
    ),
    # after a full stop, a plain "Name said on <day>" still attributes
    (
        WIRE + '"I was very tired by the end." Federer said on Sunday after the final.',
        [('"I was very tired by the end."', "Roger Federer")],
    ),
    # a lead-in ending in a colon belongs to the next quotation
    (
        WIRE + '"I am tired," said Federer. "It was a long week." Henman said: "I loved every minute."',
        [
            ('"I am tired,"', "Roger Federer"),
            ('"It was a long week."', "Roger Federer"),
            ('"I loved every minute."', "Tim Henman"),
        ],
    ),
    # a phrase quoted inside narration takes no carried-over speaker
    (
        WIRE + '"I am delighted," said Henman. Federer and his coach parted "for personal reasons" in May.',
        [('"I am delighted,"', "Tim Henman"), ('"for personal reasons"', None)],
    ),
    # "she" after a sentence whose subject is a pronoun for A follows A, not B named later
    (
        "Martina Navratilova beat Lindsay Davenport 6-4 6-4.\n\nNavratilova will play doubles next week. "
        "She will then team up with Daniela Hantuchova at the Australian Open. "
        '"I might play some singles too," she added.',
        [('"I might play some singles too,"', "Martina Navratilova")],
    ),
    # a pronoun after a sentence that opens with a nationality description is that player
    (
        "Mark Philippoussis lost to Guillermo Coria 6-4 6-4 in Perth.\n\n"
        '"It is a muscle tear," said the tournament doctor. "He needs a week of rest.\n\n'
        'The Australian has been injured for most of his career. "I will go by feel," he said.',
        [
            ('"It is a muscle tear,"', None),
            ('"He needs a week of rest.', None),
            ('"I will go by feel,"', "Mark Philippoussis"),
        ],
    ),
    # a body as the subject ("the ATP said") gives no speaker
    (
        WIRE + 'Federer will miss Dubai. "Roger has a sore back," the ATP said.',
        [('"Roger has a sore back,"', None)],
    ),
]


@pytest.mark.parametrize("text,expected", ATTRIBUTION)
def test_wire_attribution(blank_record, text, expected):
    assert quotes(blank_record(text)) == expected


# Coaches and officials are told from players by the statistical NER plus their title.
COACHES = [
    # the subject of a contrasting last clause speaks next
    (
        "Lleyton Hewitt beat Roger Federer 6-4 6-4.\n\nHewitt blamed the balls for his slow start, but the LTA's "
        'Roger Draper denied any change. "They are the same balls as last year," he said.',
        [('"They are the same balls as last year,"', "Roger Draper")],
    ),
    # a run whose attribution comes at its end takes it, not the previous paragraph's speaker
    (
        WIRE + '"It was my day," said Henman.\n\nHis coach Paul Annacone watched from the stands. "He was calm. '
        '"He never panicked at the big moments," said Annacone.',
        [
            ('"It was my day,"', "Tim Henman"),
            ('"He was calm.', "Paul Annacone"),
            ('"He never panicked at the big moments,"', "Paul Annacone"),
        ],
    ),
    # "said X's coach Y": the coach, not the player next to the verb
    (
        WIRE + '"He was moving beautifully," said Henman\'s coach Paul Annacone.',
        [('"He was moving beautifully,"', "Paul Annacone")],
    ),
    # "Y, who coached X, said": the subject, not the name inside the relative clause
    (
        WIRE + 'Paul Annacone, who coached Federer for years, said: "The final was a good one."',
        [('"The final was a good one."', "Paul Annacone")],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", COACHES)
def test_coach_attribution(extractor, text, expected):
    assert quotes(extractor.extract(text)) == expected


def test_a_page_that_is_not_tennis_holds_no_quotes(blank_record):
    text = (
        "United boss praises his strikers\n\nThe manager saw his side score twice after the break to win 2-1, "
        "with the winning goal a header from a corner in the final minute of the league match.\n\n"
        '"The lads never stopped running and the goal was deserved," said the manager. '
        '"We kept another clean sheet in training and the squad looks strong for the cup tie."'
    )
    assert quotes(blank_record(text)) == []
