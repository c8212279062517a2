"""Which sport a page is about, and which of its paragraphs are about another sport (a padel brief on a
tennis page): word counts of tennis's own vocabulary, of words tennis shares with squash and
badminton, of other sports' words, and rally-point scores; a film or book review is "fiction".

The page is searched once for each list of words; a paragraph is scored only when another sport's
word or score touches it (on a tennis page, what a paragraph holds otherwise cannot make it another
sport's).
"""

from __future__ import annotations

import bisect
import re

from extractor.scores import find_score_runs
from extractor.text import plain as T

# Vocabulary only tennis uses (event names are left out: AFC Wimbledon plays football).
# Each word list below starts with a test of the first character (a class holding the first character
# of every alternative: the same matches), so the long alternation is tried only at a word that can
# match (about half the time of the search; tests/text/test_sport.py compares each with its bare list).
TENNIS_WORDS = re.compile(
    r"(?=[ABDGITWabcdghst])\b(?:(?i:tennis)|ATP|WTA|ITF|Grand\s+Slam|Davis\s+Cup|Billie\s+Jean\s+King\s+Cup|BJK\s+"
    r"Cup|tie-?breaks?|aces?|deuce|"
    r"break\s+points?|baseline|sets?|double\s+faults?|clay|grass[\s-]courts?|hard[\s-]courts?|straight\s+sets)\b"
)
# Words tennis shares with squash and badminton: they count for the page, not to rescue a paragraph.
SHARED_WORDS = re.compile(
    r"(?=[bdfMrsv])\b(?:seeds?|seeded|forehands?|backhands?|volleys?|serve|served|serving|singles|doubles|racquet|racket|Masters)\b"
)
# Matched against the lower-cased text (four times faster than an IGNORECASE alternation this long).
OTHER_SPORT_WORDS = re.compile(
    r"(?=[a-mp-tw\d])\b(?:badminton|shuttlers?|shuttlecock|squash|psa|table\s+tennis|ping[\s-]?pong|padel|pickleball|football|soccer|"
    r"goals?|goalkeeper|keeper|striker|midfielder|defender|penalty|penalties|league|cricket"
    r"|wickets?|innings|basketball|rugby|"
    r"hockey|bwf|half-?time|kick-?off|stoppage\s+time|equaliser|equalizer|manager|fixture|relegation|promotion|"
    r"rally\s+point|game\s+points?|interval|smash|"
    # athletics, golf, cycling, motor racing, boxing
    r"athletics|iaaf|sprint(?:s|er|ers)?|\d{3,5}m|metres|hurdles?|relay|javelin|discus|long\s+jump|high\s+jump|"
    r"triple\s+jump|pole\s+vault|heptathlon|decathlon|golf|birdies?|bogeys?|fairways?|peloton"
    r"|formula\s+one|f1|boxing)\b"
)
# Words of another sport that tennis stories use too: alone they do not make a paragraph of a tennis
# page another sport's (matched against the lower-cased text, as OTHER_SPORT_WORDS).
RE_SHARED_SPORT_WORD = re.compile(
    r"""\b(?:
        fixture                  # "a fixture of the indoor swing"
      | promotion                # "promotion to Group III" of a team competition
      | smash                    # a tennis shot
      | game\s+points?           # a tennis game's too
      | metres                   # "at 2,240 metres", "a few metres behind the baseline"
      | athletics                # "Photo: Ohio State Athletics", a college's athletics department
    )\b""",
    re.VERBOSE,
)


# Rally-point scores (badminton 21-17, squash 11-7, table tennis 11-9): no tennis set ends so. A digit
# is tested first, before the lookbehind (the same matches, in less than half the time).
RE_RALLY_SCORE = re.compile(
    r"(?=\d)(?<![\d-])(?:(?:2[0-9]|30|1[1-9])-(?:[0-9]|1[0-9]|2[0-9])|(?:[0-9]|1[0-9])-(?:2[1-9]|30|1[1-9]))(?![\d-])"
)


RE_RALLY_RUN = re.compile(rf"{RE_RALLY_SCORE.pattern}(?:\s*[,;]?\s*(?:\d{{1,2}}-\d{{1,2}}))+")


# Padel keeps tennis's scoring: on a page that names it, sets, tie-breaks and deuce are its words too.
RE_TENNIS_SCORING_SPORT = re.compile(r"\bp[aá]del\b", re.IGNORECASE)
RE_SCORING_WORD = re.compile(r"(?i:sets?|tie-?breaks?|deuce|break\s+points?|straight\s+sets|aces?)")
RE_TABLE_TENNIS = re.compile(r"\btable\s+tennis\b", re.IGNORECASE)  # another sport with tennis in its name


def sport_evidence(text: str) -> tuple[int, int]:
    """(tennis, other sport) evidence counts: vocabulary, plus rally-point scores for other sports."""
    tennis, other, _ = _evidence(text)
    return tennis, other


def _evidence(text: str) -> tuple[int, int, list[tuple[int, int]] | None]:
    """sport_evidence's counts, and where another sport's words and runs of rally-point games are
    (None when lower-casing moved the offsets): a paragraph none of them touches has no such evidence."""
    lower = text.lower()
    words = TENNIS_WORDS.findall(text)
    if padel_count(text, lower) >= 2:
        words = [w for w in words if not RE_SCORING_WORD.fullmatch(w)]
    # "table" in lower case before the search: the same test, many times faster than IGNORECASE
    tennis = len(words) - (2 * len(RE_TABLE_TENNIS.findall(text)) if "table" in lower else 0)
    # Only runs of games count ("21-17, 21-10"): a lone "11-3" is as likely a head-to-head record.
    runs = list(RE_RALLY_RUN.finditer(text))
    rally = [r for r in runs if not all(_advantage_set(x) for x in RE_RALLY_SCORE.findall(r.group()))]
    others = [m.span() for m in OTHER_SPORT_WORDS.finditer(lower)]
    spans = others + [r.span() for r in runs] if len(lower) == len(text) else None
    return max(tennis, 0), len(others) + 2 * len(rally), spans


def padel_count(text: str, lower: str | None = None) -> int:
    """How often ``text`` names padel; a text without "del" in lower case (``lower``, text.lower()) is
    not searched (no letter of "padel" has a case-insensitive match that lower() leaves apart)."""
    return len(RE_TENNIS_SCORING_SPORT.findall(text)) if "del" in (text.lower() if lower is None else lower) else 0


def shared_evidence(text: str) -> int:
    return len(SHARED_WORDS.findall(text))


def sport_of(text: str) -> str:
    """'tennis' unless another sport's words (or rally-point scores) clearly dominate the page."""
    return page_sport(text)[0]


def page_sport(text: str) -> tuple[str, list[tuple[int, int]] | None]:
    """sport_of, and where the page's evidence of another sport is (spans; None when unknown), for
    other_sport_parts: the page is searched for it once."""
    tennis, other, spans = _evidence(text)
    tennis += shared_evidence(text) // 2
    return "other" if other >= 3 and other > 1.5 * tennis else "tennis", spans


# A review of a film, a show or a novel: its top lines call it a review, its text speaks of the screen
# or the page and of those who act in it. Its characters play tennis; none of them is a player.
RE_REVIEW_TOP = re.compile(r"\breview(?:ed|s)?\b|★|\b[1-5]\s*/\s*5\b", re.IGNORECASE)
RE_FICTION_WORD = re.compile(
    r"""\b(?:
        film|movie|biopic|cinemas?|screenplay|box\s+office  # the screen
      | director|actor|actress|starring|co-stars?|cast     # who make it
      | novel|novelist|protagonist                          # the page
      | streaming|Netflix|Prime\s+Video|Apple\s+TV         # where it is shown
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)
TOP_CHARS = 400  # the headline, a label and a standfirst


def fiction_review(text: str) -> bool:
    """A page reviewing a film, a show or a novel: a review in its top lines and three different
    words of fiction in its text (a season review speaks of none)."""
    if not RE_REVIEW_TOP.search(text[:TOP_CHARS]):
        return False
    return len({T.fold(w) for w in RE_FICTION_WORD.findall(text)}) >= 3


def tennis_sets(text: str) -> bool:
    """A run of two or more sets only tennis scores so ("6-4, 2-6, 6-3", "7-6 (4) 6-3"): six or
    seven games to the set winner, by two or from a tie-break, or a match tie-break."""

    def tennis_set(a: int, b: int, match_tiebreak: bool) -> bool:
        lo, hi = sorted((a, b))
        return match_tiebreak or (hi == 6 and lo <= 4) or (hi == 7 and lo in (5, 6))

    return any(
        len(run.sets) >= 2 and all(tennis_set(x.a, x.b, x.match_tiebreak) for x in run.sets)
        for run in find_score_runs(text)
    )


def other_sport_parts(
    text: str, page: str, evidence: list[tuple[int, int]] | None = None, paras: list[T.Block] | None = None
) -> list[tuple[int, int]]:
    """Paragraphs about another sport: their own evidence decides, else the page's sport. A
    paragraph scored in tennis sets is tennis ("beat X 6-4, 2-6, 6-3 ... in Saturday's promotion
    play-off") unless the page is about padel, which scores so too. On a tennis page only the
    paragraphs that the spans of another sport's evidence (``evidence``, from page_sport) touch can
    be another sport's: the others are not looked at."""
    paras = T.paragraphs(text) if paras is None else paras
    if page == "fiction":
        return [(p.start, p.end) for p in paras]
    if page == "tennis":
        paras = _touched(paras, page_sport(text)[1] if evidence is None else evidence)
    padel = padel_count(text) >= 1
    out = []
    for p in paras:
        if not padel and tennis_sets(text[p.start : p.end]):
            continue
        tennis, other = sport_evidence(text[p.start : p.end])
        if page == "tennis" and other and not _real_other_sport(text[p.start : p.end], other):
            other = 0
        if (other and not tennis) or (page == "other" and not (tennis and not other)):
            out.append((p.start, p.end))
    return out


def _touched(paras: list[T.Block], spans: list[tuple[int, int]] | None) -> list[T.Block]:
    """The paragraphs (in text order) that one of ``spans`` overlaps, and the first (the one paragraph
    that may follow no white space, the scraper's header, so the page's search may read it otherwise
    than the paragraph's own); all of them for None."""
    if spans is None:
        return paras
    ends = [p.end for p in paras]
    hit: set[int] = {0}
    for s, e in spans:
        i = bisect.bisect_right(ends, s)
        while i < len(paras) and paras[i].start < e:
            hit.add(i)
            i += 1
    return [p for i, p in enumerate(paras) if i in hit]


def _real_other_sport(text: str, other: int) -> bool:
    """Evidence of another sport in a paragraph of a tennis page: one word only that sport uses
    ("striker", "badminton"), a rally-point score, or two different words tennis shares with it."""
    found = RE_SHARED_SPORT_WORD.findall(text.lower())
    return other > len(found) or len({re.sub(r"\s+", " ", w) for w in found}) >= 2


def _advantage_set(score: str) -> bool:
    a, b = sorted(map(int, score.split("-")))
    return b - a == 2 and b >= 8
