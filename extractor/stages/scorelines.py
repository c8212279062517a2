"""Scorelines and matches: result clauses (who beat whom), their scores, rounds and events.

Each story sentence is masked: player references become ``⟨Rk⟩``, score runs ``⟨Sk⟩`` and quoted
speech is blanked out. Verb frames are then plain regexes over the masked sentence, so one frame
covers every way of naming a player (full name, surname, "the Spaniard", "she").
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from extractor.findings import MatchFact, guarded
from extractor.results.clause import Clause
from extractor.results.clauses import find_clauses
from extractor.results.frames import Frames, ResultWords
from extractor.results.headtohead import is_h2h_statement
from extractor.results.kinds import FrameKind
from extractor.results.later import described_team, quit_later, stopped_while_playing
from extractor.results.masking import Masked, masked_sentences
from extractor.results.placeholders import REF, run_placeholder
from extractor.scores import build_score, with_prose_tiebreak
from extractor.stages.base import RuleStage
from extractor.text.layout import layout

RE_TRAILING = re.compile(
    r"\b(?:trailing|trailed|trails|down|behind|losing|lost|lose|fell|falling|going\s+down|went\s+down)\s*(?:by\s+)?"
    rf"(?:(?:against\s+)?{REF}\s*)?$"  # "trailing W 2-6 0-3": the score of the subject, who trails
    rf"|\b(?:trailing|trailed|behind)\b(?:[^⟨.;]|\.(?=\s*\d)|{REF}){{0,80}}$",  # "trailing W, the holder, 2-6 1-1"
    re.IGNORECASE,
)
# A match's confidence by how it was found (fixed values until fitted ones replace them).
CONFIDENCE_SCORED = 0.9  # winner and loser in one clause, with its score
CONFIDENCE_UNSCORED = 0.8  # winner and loser in one clause, no score
CONFIDENCE_COMPLETED = 0.7  # one side in the clause, the other from the article

RE_OLD_YEAR = re.compile(r"\b(?:18\d\d|19[0-6]\d|197[0-4])\b")

# A win that takes a player into the next round names the round it was played in.
# ("the Davis Cup final", "the Wimbledon semi-finals": the event's name may stand between)
REACHED = (
    r"\b(?:into|reach|reaches|reached|reaching|booked\s+(?:a|his|her|their)\s+place\s+in|made|makes)\s+the\s+"
    r"(?:(?-i:[A-Z])[\w'’-]*\s+){0,4}"
)

ROUNDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"{REACHED}(?:quarter-?finals?|last\s+eight)\b", re.I), "R16"),
    (re.compile(rf"{REACHED}(?:semi-?finals?|last\s+four)\b", re.I), "quarterfinal"),
    (re.compile(rf"{REACHED}final\b(?!\s+set)", re.I), "semifinal"),
    (re.compile(r"\bquarter-?finals?\b|\blast\s+eight\b", re.I), "quarterfinal"),
    (re.compile(r"\bsemi-?finals?\b|\blast\s+four\b", re.I), "semifinal"),
    (re.compile(r"\bfinal\s*:", re.I), "final"),  # "Final: A d. B 6-4 6-4", a results list's heading
    (
        re.compile(
            r"\b(?:the|a|an|[\w]+['’]s)\s+(?:[\w'’-]+\s+){0,3}?final\b(?!\s+(?:set|four|eight|round|game))", re.I
        ),
        "final",
    ),
    (re.compile(r"\b(?:round\s+of\s+16|last\s+16|fourth\s+round|fourth-round)\b", re.I), "R16"),
    (re.compile(r"\b(?:round\s+of\s+32|last\s+32)\b", re.I), "R32"),
    (re.compile(r"\bqualifying\b|\bqualifier\b", re.I), "qualifying"),
    (re.compile(r"\bround[-\s]robin\b|\bgroup\s+(?:stage|match|phase)\b", re.I), "group"),
)
SLAM_ROUNDS = {
    "first": "R128",
    "second": "R64",
    "third": "R32",
    "fourth": "R16",
    "opening": "R128",
    "1st": "R128",
    "2nd": "R64",
    "3rd": "R32",
    "4th": "R16",
}
RE_NUMBERED_ROUND = re.compile(r"\b(first|second|third|fourth|opening|1st|2nd|3rd|4th)[-\s]round\b", re.I)


# A partial score's lead-in that makes it the state of a retired match: "retired trailing 3-1".
# ("trailing W 2-6 0-3", "leading W 6-3 2-1": the lead-in word may have the opponent after it)
RE_LEAD_IN = re.compile(
    rf"\b(?:trailing|trailed|trails|leading|led|down|up|behind|ahead|at|was|were)\s*(?:(?:against\s+)?{REF}\s*)?$"
    rf"|\b(?:trailing|trailed|leading|led|behind|ahead)\b(?:[^⟨.;]|\.(?=\s*\d)|{REF}){{0,80}}$",  # across modifiers
    re.I,
)
RE_LEAD_OUT = re.compile(r"\s*(?:down|up|behind|ahead)\b", re.I)  # "retired when 6-2 3-0 down"
RE_COMMA_END = re.compile(r",\s*$")


def plausible_runs(masked: Masked, sentence: str, words: ResultWords) -> list[bool]:
    """Which score runs can be a match score here: a legal completed score, or a partial one
    written as a retirement ("6-3 2-1 ret", "retired trailing 3-1"), never a record ("moved to 2-0")."""
    out = []
    retired = words.retirement.search(sentence) is not None or words.defaulted.search(sentence) is not None
    for run, pos in zip(masked.runs, masked.run_pos):
        if build_score(run.sets, run.text) is not None and len(run.sets) > 1:
            out.append(True)
            continue
        partial = build_score(run.sets, run.text, outcome="retired") is not None
        lead_in = RE_LEAD_IN.search(masked.text[max(0, pos - 100) : pos]) or RE_LEAD_OUT.match(
            masked.text, pos + len(run_placeholder(len(out)))
        )
        out.append(partial and (run.outcome is not None or (retired and lead_in is not None)))
    return out


def score_statement(masked: Masked, sentence: str, words: ResultWords) -> int | None:
    """The score run of a sentence that only gives a score ("The score was 6-0 6-1", "It finished
    6-3 6-2"), when it is a plausible match score; None for any other sentence."""
    if len(masked.runs) != 1 or not words.score_statement.match(masked.text):
        return None
    return 0 if plausible_runs(masked, sentence, words)[0] else None


def attach_scores(masked: Masked, clauses: list[Clause], usable: list[bool] | None = None) -> list[Clause]:
    """Each score belongs to the nearest result clause: the one it stands inside (after the verb:
    "X's 6-4 6-2 win over Y", "lost 2-6 4-6 to Y"), else the clause whose last name it follows
    most closely ("A beat B 6-3, then C 6-4"), else the next clause. Returns the clauses in the
    same order, each with the score run it holds."""
    clauses = list(clauses)
    for i, pos in enumerate(masked.run_pos):
        if usable is not None and not usable[i] or any(c.run == i for c in clauses):
            continue
        free = [j for j, c in enumerate(clauses) if c.run is None]
        inside = [j for j in free if clauses[j].verb_at <= pos < clauses[j].anchor]
        before = [j for j in free if clauses[j].anchor <= pos]
        after = [j for j in free if clauses[j].start > pos]
        if inside:
            holder = min(inside, key=lambda j: clauses[j].anchor - pos)
        elif before:
            holder = max(before, key=lambda j: clauses[j].anchor)
            # "A defeated B, the wildcard who had knocked out C, 6-2 7-6": the score after the
            # relative clause closes the main one.
            main = [j for j in before if not clauses[j].relative]
            if clauses[holder].relative and main and RE_COMMA_END.search(masked.text[:pos]):
                holder = max(main, key=lambda j: clauses[j].anchor)
        elif after:
            holder = min(after, key=lambda j: clauses[j].start)
        else:
            continue
        clauses[holder] = dataclasses.replace(clauses[holder], run=i)
    return clauses


def score_for(clause: Clause, masked: Masked, doc_text: str, published: str | None, words: ResultWords):
    if clause.run is None:
        return None
    run = masked.runs[clause.run]
    sent_text = doc_text[clause.sentence[0] : clause.sentence[1]]
    outcome = clause.outcome if clause.outcome in ("retired", "defaulted") else run.outcome
    if outcome is None:
        if words.defaulted.search(sent_text):
            outcome = "defaulted"
        elif words.retirement.search(sent_text):
            outcome = "retired"
    pos = masked.run_pos[clause.run]
    loser_side = clause.kind in (FrameKind.LOST, FrameKind.LOSER_ONLY) or bool(
        RE_TRAILING.search(masked.text[max(0, pos - 100) : pos])
    )
    score = None
    for attempt in ([outcome] if outcome else []) + ["completed"]:
        # a results line ("X bt Y 2-6 0-1 ret") gives its sets from the winner's side whatever they are
        score = build_score(
            run.sets, run.text, outcome=attempt, loser_side=loser_side, winner_first=clause.winner_first
        )
        if score is not None:
            break
    if score is None:
        return None
    # Before tiebreaks any set could run on; since the 1970s only the final set may (badminton's
    # 21-19 22-20 and squash's 11-9 12-10 are not tennis).
    if any(max(s.winner_games, s.loser_games) > 7 and not s.match_tiebreak for s in score.sets[:-1]):
        year = int(published[:4]) if published else None
        if not (RE_OLD_YEAR.search(doc_text) or (year is not None and year < 1975)):
            return None
    at = sent_text.find(run.text)
    return with_prose_tiebreak(score, sent_text[at + len(run.text) :]) if at >= 0 else score


def round_of(sentence: str, category: str | None) -> str | None:
    m = RE_NUMBERED_ROUND.search(sentence)
    if m:
        return SLAM_ROUNDS[m.group(1).lower()] if category == "Grand Slam" else None
    for pattern, name in ROUNDS:
        if pattern.search(sentence):
            return name
    return None


def _event_in(facts, spans: list[tuple[int, int]]):
    for f in facts or ():
        for s, e in f.mentions:
            if any(a <= s < b for a, b in spans):
                return f
    return None


def split_like(items: list[Clause], first: list[Clause], second: list[Clause]) -> tuple[list, list, list]:
    """``items`` cut back into three lists of the lengths of ``first``, ``second`` and the rest."""
    a, b = len(first), len(first) + len(second)
    return items[:a], items[a:b], items[b:]


@dataclass
class SentenceClauses:
    """What the sentences of an article state: complete clauses, winner-only clauses with a score
    (with the loser-only clauses of their sentence), and loser-only clauses with a score."""

    complete: list[tuple[Clause, Masked]] = field(default_factory=list)
    partial: list[tuple[Clause, Masked, list[Clause], Masked | None]] = field(
        default_factory=list
    )  # + the sentence before
    loser_scores: list[tuple[Clause, Masked]] = field(default_factory=list)


def sentence_clauses(doc: Doc, frames: Frames) -> SentenceClauses:
    text = layout(doc).text
    out = SentenceClauses()
    previous: Masked | None = None
    playing: list[
        tuple[Clause, int]
    ] = []  # "L ... while leading W 6-4 1-1": (clause waiting for a later "quit", sentence number)
    scoreless: list[Clause] = []  # the complete clauses with no score of the sentence before
    for n, (span, masked) in enumerate(masked_sentences(doc)):
        before, previous = previous, masked
        if not masked.refs:
            # "A beat B in the final. The score was 6-0 6-1.": the score of the result just stated
            given = score_statement(masked, text[span[0] : span[1]], frames.words)
            if given is not None and len(scoreless) == 1:
                out.complete.append((dataclasses.replace(scoreless[0], run=given, sentence=span), masked))
            scoreless = []
            continue
        clauses, winners, losers = find_clauses(masked, span, frames)
        clauses += described_team(masked, before, span, frames)
        playing = [(c, k) for c, k in playing if n - k <= 2]
        out.complete += quit_later(masked, playing, frames)
        told = [{c.winner, c.loser} for c in clauses]
        playing += [(c, n) for c in stopped_while_playing(masked, span, frames) if {c.winner, c.loser} not in told]
        if is_h2h_statement(masked.text) and not masked.runs:
            continue
        usable = plausible_runs(masked, text[span[0] : span[1]], frames.words)
        winners = [dataclasses.replace(c, run=None) if c.run is not None and not usable[c.run] else c for c in winners]
        scored = attach_scores(masked, clauses + winners + losers, usable)
        clauses, winners, losers = split_like(scored, clauses, winners)
        out.complete += [(c, masked) for c in clauses]
        scoreless = [c for c in clauses if c.run is None]
        out.partial += [(c, masked, losers, before) for c in winners if c.run is not None]
        out.loser_scores += [(c, masked) for c in losers if c.run is not None]
    return out


class MatchTable:
    """Matches by (winner, loser); a clause reporting one again adds its score, partners, sentence."""

    def __init__(self, text: str, published: str | None, words: ResultWords) -> None:
        self.text = text
        self.published = published
        self.words = words
        self.matches: dict[tuple, MatchFact] = {}

    def add(self, c: Clause, masked: Masked, confidence: float) -> None:
        key = (c.winner, c.loser)
        score = score_for(c, masked, self.text, self.published, self.words)
        if c.outcome == "walkover" and score is None:
            score = build_score((), walkover_text(c, self.text, self.words), outcome="walkover")
        m = self.matches.get(key) or self.same_teams(c)
        if m is None:
            m = self.matches[key] = MatchFact(
                c.winner, c.loser, c.sentence, score, c.winner_partner, c.loser_partner, confidence=confidence
            )
            m.context = [c.sentence]
            return
        if m.score is None and score is not None:
            m.score, m.evidence = score, c.sentence
        m.winner_partner = m.winner_partner or c.winner_partner
        m.loser_partner = m.loser_partner or c.loser_partner
        m.confidence = max(m.confidence, confidence)
        if c.sentence not in m.context:
            m.context.append(c.sentence)

    def same_teams(self, c: Clause) -> MatchFact | None:
        """A match already told of the same two teams, one side named by a single player one of the
        times ("A and B beat C and D ... B beat C and D"): the clause adds to it rather than making
        another (and names the teams in full when it does)."""
        new_won, new_lost = {c.winner, c.winner_partner} - {None}, {c.loser, c.loser_partner} - {None}
        for m in self.matches.values():
            won, lost = {m.winner, m.winner_partner} - {None}, {m.loser, m.loser_partner} - {None}
            if len(won | lost | new_won | new_lost) < 3:
                continue  # singles
            if new_won <= won and new_lost <= lost:
                return m
            if won <= new_won and lost <= new_lost:  # the team named in full this time
                m.winner, m.winner_partner = c.winner, c.winner_partner
                m.loser, m.loser_partner = c.loser, c.loser_partner
                return m
        return None

    def loser_for(self, c: Clause, masked: Masked, losers: list[Clause]) -> str | None:
        """The other side of "W won 6-3 6-4": a loser-only clause of the sentence, the one player
        W is already known to have beaten, or the one other player the sentence names."""
        loser = next((l.loser for l in losers if l.loser != c.winner), None)
        if loser is None:
            # A result stated before this sentence first: "W, who beat X last week, won 6-3 6-1".
            known = [k for k in self.matches if k[0] == c.winner and c.sentence not in self.matches[k].context]
            known = known or [k for k in self.matches if k[0] == c.winner]
            if len(known) == 1:
                loser = known[0][1]
        if loser is None:
            stated = {k[1] for k, m in self.matches.items() if k[0] == c.winner and c.sentence in m.context}
            others = {r.key for r in masked.refs if r.kind != "person" and r.key != c.winner and r.key not in stated}
            if len(others) == 1:
                loser = others.pop()
        return loser

    def winner_for(self, c: Clause) -> str | None:
        """ "Henman lost 6-3, 3-6, 6-4, 4-6, 6-8": the one scoreless match this player lost."""
        known = [k for k in self.matches if k[1] == c.loser and self.matches[k].score is None]
        return known[0][0] if len(known) == 1 else None


def find_matches(doc: Doc, frames: Frames) -> list[MatchFact]:
    text = layout(doc).text
    found = sentence_clauses(doc, frames)
    table = MatchTable(text, doc._.tennis_published, frames.words)
    for c, masked in found.complete:
        table.add(c, masked, CONFIDENCE_SCORED if c.run is not None else CONFIDENCE_UNSCORED)
    for c, masked, losers, before in found.partial:
        loser = table.loser_for(c, masked, losers) or loser_before(c, before)
        if loser is None:
            continue
        if (loser, c.winner) in table.matches and (c.winner, loser) not in table.matches:
            # "A beat B. The 34-year-old won 7-5 6-2" with the description read as B: a one-sided
            # clause does not reverse a result the article states; its score is that result's
            c, loser = dataclasses.replace(c, winner=loser, winner_partner=None), c.winner
        table.add(dataclasses.replace(c, loser=loser), masked, CONFIDENCE_COMPLETED)
    for c, masked in found.loser_scores:
        winner = table.winner_for(c)
        if winner is not None:
            table.add(dataclasses.replace(c, winner=winner), masked, CONFIDENCE_COMPLETED)
    out = list(table.matches.values()) + repeated_meetings(found.complete, table)
    place_matches(doc, out, text)
    return out


# "beat her at Indian Wells, Madrid and Rome": one scoreless result stated for each
# event of a coordinated list of capitalised names right after the loser
EVENT = r"(?:\d{4}\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
RE_EVENT_LIST = re.compile(
    rf"""\s*(?:at|in)\s+(?:the\s+)?
    (?P<items>{EVENT}(?:\s*,\s*(?:the\s+)?{EVENT})*\s*,?\s+and\s+(?:the\s+)?{EVENT})
    (?!\s*⟨)(?=\s*(?:finals?\b|titles?\b|last\s+year\b|this\s+year\b|in\s+\d{{4}}\b|[.,;]|$))""",
    re.VERBOSE,
)
RE_EVENT_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def repeated_meetings(complete: list[tuple[Clause, Masked]], table: MatchTable) -> list[MatchFact]:
    """The further matches of a scoreless result stated once for several listed events."""
    extra: list[MatchFact] = []
    for c, masked in complete:
        m = table.matches.get((c.winner, c.loser))
        found = RE_EVENT_LIST.match(masked.text, c.end)
        if c.run is not None or m is None or found is None:
            continue
        n = len(RE_EVENT_SEP.split(found.group("items")))
        # the pair's scored match is another meeting: every listed event is a further one
        more = n if m.score is not None else n - 1
        extra += [dataclasses.replace(m, score=None, evidence=c.sentence, context=[c.sentence]) for _ in range(more)]
    return extra


def loser_before(c: Clause, before: Masked | None) -> str | None:
    """ "Roddick was never troubled by Malisse. The American won 6-3 6-4 6-2": a scored win with no
    opponent in its sentence takes the one other player of the sentence before, when that sentence
    names the winner too and states no score of its own."""
    if before is None or before.runs:
        return None
    keys = {r.key for r in before.refs if r.kind != "person"}
    if c.winner not in keys or len(keys) != 2:
        return None
    return (keys - {c.winner}).pop()


def place_matches(doc: Doc, matches: list[MatchFact], text: str) -> None:
    """Each match's tournament (named in its sentences, else the article's first), venue and round."""
    tournaments = doc._.tennis_tournaments or []
    venues = doc._.tennis_venues or []
    primary = min(tournaments, key=lambda t: t.mentions[0][0]) if tournaments else None
    for m in matches:
        t = _event_in(tournaments, m.context) or primary
        m.tournament = t.key if t else None
        v = _event_in(venues, m.context)
        m.venue = v.key if v else None
        for s, e in m.context:
            m.round = m.round or round_of(text[s:e], t.category if t else None)


def walkover_text(c: Clause, text: str, words: ResultWords) -> str:
    m = words.walkover.search(text, c.sentence[0], c.sentence[1])
    return m.group(0) if m else "walkover"


@Language.factory(
    "tennis_scorelines",
    default_config={"data_dir": None},
    assigns=["doc._.tennis_matches"],
    requires=[
        "doc._.tennis_refs",
        "doc._.tennis_players",
        "doc._.tennis_tournaments",
        "doc._.tennis_venues",
        "doc._.tennis_published",
        "doc._.tennis_other_sport",
    ],
)
def make_scorelines(nlp: Language, name: str, data_dir: str | None) -> "ScorelineStage":
    return ScorelineStage(data_dir)


class ScorelineStage(RuleStage):
    @functools.cached_property
    def frames(self) -> Frames:
        """Built once per pipeline from the verbs of play."""
        return Frames.build(self.resources.play_verbs, self.resources.result_words)

    @guarded("tennis_matches")
    def __call__(self, doc: Doc) -> Doc:
        doc._.tennis_matches = find_matches(doc, self.frames)
        return doc
