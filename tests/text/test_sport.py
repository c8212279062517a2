"""The word lists of text/sport: the first-character test each starts with finds exactly what the
bare list finds (every alternative starts with a character of the class)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from extractor.text import sport

ARTICLES = sorted((Path(__file__).resolve().parents[2] / "fixtures" / "articles").glob("*.txt"))
GATED = {
    "TENNIS_WORDS": (sport.TENNIS_WORDS, False),
    "SHARED_WORDS": (sport.SHARED_WORDS, False),
    "OTHER_SPORT_WORDS": (sport.OTHER_SPORT_WORDS, True),  # read on lower-cased text
    "RE_RALLY_SCORE": (sport.RE_RALLY_SCORE, False),
    "RE_RALLY_RUN": (sport.RE_RALLY_RUN, False),
}
RE_GATE = re.compile(r"^\(\?=(?:\[[^\]]+\]|\\d)\)")
EVERY_WORD = (
    "Tennis TENNIS ATP WTA ITF Grand Slam Davis Cup Billie Jean King Cup BJK Cup tie-break tiebreaks ace aces deuce "
    "break points baseline set sets double faults clay grass-court hard courts straight sets seeds seeded forehand "
    "backhands volleys serve served serving singles doubles racquet racket Masters badminton shuttlers shuttlecock "
    "squash psa table tennis ping-pong pingpong padel pickleball football soccer goal goals goalkeeper keeper "
    "striker midfielder defender penalty penalties league cricket wickets innings basketball rugby hockey bwf "
    "half-time kickoff stoppage time equaliser equalizer manager fixture relegation promotion rally point game "
    "points interval smash athletics iaaf sprinters 1500m metres hurdles relay javelin discus long jump high jump "
    "triple jump pole vault heptathlon decathlon golf birdies bogeys fairways peloton formula one f1 boxing "
    "21-17, 21-10 11-7 9-11 30-29 6-4 7-6"
)


@pytest.mark.parametrize("name", GATED)
def test_first_character_gate_finds_what_the_bare_list_finds(name):
    gated, lower = GATED[name]
    bare = re.compile(RE_GATE.sub("", gated.pattern, count=1), gated.flags)
    assert bare.pattern != gated.pattern, "the pattern starts with no first-character test"
    texts = [EVERY_WORD, EVERY_WORD.lower()] + [p.read_text(encoding="utf-8") for p in ARTICLES]
    for text in texts:
        text = text.lower() if lower else text
        assert [m.span() for m in gated.finditer(text)] == [m.span() for m in bare.finditer(text)]
    assert bare.search(EVERY_WORD.lower() if lower else EVERY_WORD)  # the list is tried on its own words
