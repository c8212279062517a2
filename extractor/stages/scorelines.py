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
from extractor.results.attach import attach_scores, plausible_runs, score_for, score_statement
from extractor.results.clause import Clause
from extractor.results.clauses import find_clauses
from extractor.results.frames import Frames, ResultWords
from extractor.results.headings import heading_score, scored_from_run
from extractor.results.headtohead import is_h2h_statement
from extractor.results.kinds import family
from extractor.results.later import described_team, quit_later, stopped_while_playing
from extractor.results.masking import Masked, masked_sentences
from extractor.results.meetings import OneMeeting, meeting_sides, one_meeting
from extractor.results.rounds import round_of
from extractor.results.tables import TableResult, table_results
from extractor.results.teams import singles_sides
from extractor.scores import build_score
from extractor.stages.base import RuleStage
from extractor.text.layout import layout
from models import Score

# A match's confidence by how it was found (fixed values until fitted ones replace them).
CONFIDENCE_SCORED = 0.9  # winner and loser in one clause, with its score
CONFIDENCE_UNSCORED = 0.8  # winner and loser in one clause, no score
CONFIDENCE_COMPLETED = 0.7  # one side in the clause, the other from the article


def _event_in(facts, spans: list[tuple[int, int]]):
    for f in facts or ():
        for s, e in f.mentions:
            if any(a <= s < b for a, b in spans):
                return f
    return None


RE_AT_BEFORE = re.compile(r"\b(?:at|in)\s+(?:the\s+)?$")


def _played_at(event, spans: list[tuple[int, int]], text: str) -> bool:
    """Whether ``event`` is named as where a match was played ("at the Miami Open") in ``spans``."""
    return event is not None and any(
        a <= s < b and RE_AT_BEFORE.search(text, max(a, s - 12), s) for s, _ in event.mentions for a, b in spans
    )


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
    meetings: list[OneMeeting] = field(default_factory=list)  # "W had won their only previous meeting"


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
        clauses = singles_sides(clauses, masked)
        meeting = one_meeting(masked, span) if not clauses else None
        if meeting is not None:
            out.meetings.append(meeting)
        clauses += described_team(masked, before, span, frames)
        playing = [(c, k) for c, k in playing if n - k <= 2]
        out.complete += quit_later(masked, playing, frames, span)
        told = [{c.winner, c.loser} for c in clauses]
        playing += [(c, n) for c in stopped_while_playing(masked, span, frames) if {c.winner, c.loser} not in told]
        if is_h2h_statement(masked.text) and not masked.runs:
            continue
        if not (clauses or winners or losers):
            scoreless = []  # no result in the sentence: no score to attach, nothing to add
            continue
        usable = plausible_runs(masked, text[span[0] : span[1]], frames.words) if masked.runs else []
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
        # a doubles result is keyed apart from a singles one of the same two players ("[1] A d. B 6-2 6-3"
        # and, in the doubles draw, "A / C d. B / D 6-4 4-6 [10-5]")
        key = (c.winner, c.loser) + (("doubles",) if c.winner_partner or c.loser_partner else ())
        score = score_for(c, masked, self.text, self.published, self.words)
        if c.outcome == "walkover" and score is None:
            score = build_score((), walkover_text(c, self.text, self.words), outcome="walkover")
        m = self.matches.get(key) or self.same_teams(c, score)
        if m is None:
            m = self.matches[key] = MatchFact(
                c.winner, c.loser, c.sentence, score, c.winner_partner, c.loser_partner, confidence=confidence
            )
            m.context = [c.sentence]
            m.signals = clause_signals(c, masked)
            return
        if m.score is None and score is not None:
            m.score, m.evidence = score, c.sentence
        m.winner_partner = m.winner_partner or c.winner_partner
        m.loser_partner = m.loser_partner or c.loser_partner
        m.confidence = max(m.confidence, confidence)
        if c.sentence not in m.context:
            m.context.append(c.sentence)

    def same_teams(self, c: Clause, score: Score | None = None) -> MatchFact | None:
        """A match already told of the same two teams, one side named by a single player one of the
        times ("A and B beat C and D ... B beat C and D"): the clause adds to it rather than making
        another (and names the teams in full when it does). A scored singles result is a match of its
        own beside a doubles one of the same players ("A beat B 6-2 6-2, then he and C beat B and D")."""
        new_won, new_lost = {c.winner, c.winner_partner} - {None}, {c.loser, c.loser_partner} - {None}
        for m in self.matches.values():
            won, lost = {m.winner, m.winner_partner} - {None}, {m.loser, m.loser_partner} - {None}
            if len(won | lost | new_won | new_lost) < 3:
                continue  # singles
            if score is not None and m.score is not None and score.sets != m.score.sets:
                continue  # two scores: two matches
            if new_won <= won and new_lost <= lost:
                if score is None or m.score is not None or len(new_won | new_lost) > 2:
                    return m  # a doubles result read again, one side by a single player
            elif won <= new_won and lost <= new_lost:  # the team named in full this time
                if m.score is not None and score is None and len(won | lost) == 2:
                    continue  # a scored singles result, then a doubles result of the same players
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


def clause_signals(c: Clause, masked: Masked) -> dict:
    """How the clause that first stated a match read it, for its confidence: the family of the
    construction, how each side was referred to in the clause (a name, a surname, a description, a
    pronoun; "article" when the side came from elsewhere), and how many words the clause spans."""

    def side(key: str | None) -> str:
        inside = [r for r, at in zip(masked.refs, masked.ref_pos) if r.key == key and c.start <= at <= c.end]
        return inside[0].kind if inside else "article"

    return {
        "frame": family(c.kind),
        "winner_ref": side(c.winner),
        "loser_ref": side(c.loser),
        "clause_words": len(masked.text[c.start : c.end].split()),
        "relative": c.relative,
    }


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
    earlier_meetings(table, found.meetings)
    scores_under_headings(table, text)
    rows = table_results(text, {p.key: p.name for p in doc._.tennis_players or ()})
    out = list(table.matches.values()) + repeated_meetings(found.complete, table) + table_rows(table, rows)
    out = one_match_per_score(out)
    place_matches(doc, out, text)
    return out


NAMED = ("name", "surname")  # how a clause referred to a side when it named the player


def one_match_per_score(matches: list[MatchFact]) -> list[MatchFact]:
    """One match told twice, once with a side named and once with that side read from a description or a
    pronoun ("The 23-year-old qualifier upset L 7-6 3-6 6-4" in the prose, "W def. L 7-6 3-6 6-4" in the
    results list): the same loser (winner) and the same score of two or more sets is the same match,
    and the side named outweighs the side read; the reading that disagrees with it is dropped."""
    drop: set[int] = set()
    for i, a in enumerate(matches):
        for b in matches[i + 1 :]:
            if not (same_score(a, b) or same_teams_but_one(a, b)):
                continue
            for side, other in (("loser", "winner"), ("winner", "loser")):
                if getattr(a, side) != getattr(b, side) or getattr(a, other) == getattr(b, other):
                    continue
                ref = other + "_ref"
                named_a, named_b = a.signals.get(ref) in NAMED, b.signals.get(ref) in NAMED
                if named_a != named_b:
                    kept, dropped = (a, b) if named_a else (b, a)
                    kept.score = kept.score or dropped.score
                    drop.add(id(dropped))
    return [m for m in matches if id(m) not in drop]


def same_score(a: MatchFact, b: MatchFact) -> bool:
    """Both scored alike, with two sets or more (a fingerprint of one match)."""
    return a.score is not None and b.score is not None and a.score.sets == b.score.sets and len(a.score.sets) > 1


def same_teams_but_one(a: MatchFact, b: MatchFact) -> bool:
    """Two doubles results whose teams share three players, told once without a score ("A and B lose the final to C
    and D" in a headline, "he and B were beaten 4-6 4-6 by C and D" with "he" read wrongly): one match."""
    if None in (a.winner_partner, a.loser_partner, b.winner_partner, b.loser_partner):
        return False
    if a.score is not None and b.score is not None:
        return False
    teams_a = ({a.winner, a.winner_partner}, {a.loser, a.loser_partner})
    teams_b = ({b.winner, b.winner_partner}, {b.loser, b.loser_partner})
    shared = [len(x & y) for x, y in zip(teams_a, teams_b)]
    return sorted(shared) == [1, 2] and a.winner_partner == b.winner_partner and a.loser_partner == b.loser_partner


def earlier_meetings(table: MatchTable, meetings: list[OneMeeting]) -> None:
    """ "Wang had won their only previous meeting": a scoreless result against the opponent the story
    set the player against, unless the article already states it."""
    for meeting in meetings:
        told = [(m.winner, m.loser, s) for m in table.matches.values() for s in m.context]
        sides = meeting_sides(meeting, told)
        if sides is None or sides in table.matches:
            continue
        table.matches[sides] = MatchFact(
            *sides, meeting.sentence, confidence=CONFIDENCE_COMPLETED, context=[meeting.sentence]
        )
        table.matches[sides].signals = {"frame": "one_side", "winner_ref": "article", "loser_ref": "article"}


def table_rows(table: MatchTable, rows: list[TableResult]) -> list[MatchFact]:
    """The results of a table's rows: a row adds its score to the same result stated without one, and
    is a further match of its own otherwise (a past-meetings table lists the same pair again and again)."""
    extra: list[MatchFact] = []
    for r in rows:
        score = build_score(r.run.sets, r.run.text, winner_first=True) if r.run is not None else None
        known = [m for m in list(table.matches.values()) + extra if (m.winner, m.loser) == (r.winner, r.loser)]
        same = [m for m in known if m.score is None or score is None or m.score.sets == score.sets]
        if same:
            same[0].score = same[0].score or score
            continue
        m = MatchFact(r.winner, r.loser, r.row, score, confidence=CONFIDENCE_SCORED, context=[r.row])
        m.signals = {"frame": "winner_first", "winner_ref": "surname", "loser_ref": "article"}
        extra.append(m)
    return extra


def scores_under_headings(table: MatchTable, text: str) -> None:
    """A result stated as a heading line with no score ("3. A d. B, Dubai, first round") takes the one
    match score of the story under it that no other result holds."""
    held = [m.evidence for m in table.matches.values() if m.score is not None]
    for m in table.matches.values():
        run = heading_score(text, m.evidence, held) if m.score is None else None
        score = scored_from_run(run) if run is not None else None
        if score is not None:
            m.score = score
            held.append((run.start, run.end))


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
        if v is not None and not v.can_host(t) and _played_at(t, m.context, text):
            v = None  # "his loss to X at the Miami Open" in a sentence ending "inside the La Defense Arena"
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
