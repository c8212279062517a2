"""World rankings and seeds: "world No 1 X", "X, ranked 54th in the world", "No. 3 seed X", "X (3)"."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from extractor.data.resources import Resources
from extractor.findings import RankingFact, Ref, guarded
from extractor.refs.descriptors import RE_DESCRIPTOR, descriptor_rank
from extractor.refs.resolution import is_object_position, resolve_back
from extractor.results.masking import Masked, mask_sentence, ref_of, story_score_runs
from extractor.results.placeholders import RE_REF, REF, ref_placeholder
from extractor.results.rankparts import (
    RE_CAUSED_LATER,
    RE_CHANGE_VERB,
    RE_CLAUSE_BREAK,
    RE_FUTURE_CHANGE,
    RE_NOT_CURRENT,
    RE_THEN_AFTER,
    may_hold_rank,
    slot_cues,
)
from extractor.results.rankslots import PATTERNS
from extractor.stages.base import RuleStage
from extractor.text.layout import layout, other_sport
from extractor.text.lexicon import NUMBER_WORDS, TOUR_WORD, number_value, ordinal_value, tour_word_counts
from extractor.text.plain import fold

RE_WTA = re.compile(r"\bWTA\b")
RE_ATP = re.compile(r"\bATP\b")


def ranking_tour(sentence: str, player_name: str, res, article_tour: str | None) -> str | None:
    if RE_WTA.search(sentence):
        return "WTA"
    if RE_ATP.search(sentence):
        return "ATP"
    known = res.player_index.get(fold(player_name))
    if known is not None and known.tour in ("ATP", "WTA"):
        return known.tour
    return article_tour


RE_SEEDED_DRAW = re.compile(r"\bseed(?:s|ed)?\b", re.I)
# A college tennis page, where a bare "No. 9 X" is a college rank (ITA), neither a seed nor a world rank.
RE_COLLEGE_PAGE = re.compile(
    r"\b(?:NCAA"  # the college association
    r"|ITA\s+(?:No\.?|rank|Division|All-American)|ITA-ranked"  # the college rankings' body (not the code "(ITA)")
    r"|dual\s+match|dual-match"  # a college team match
    r"|Intercollegiate)\b"
)
RE_SLAM = re.compile(r"\b(?:(?:US|Australian|French)\s+Open|Wimbledon|Roland\s+Garros)\b")
RE_THE_END = re.compile(r"\bthe\s*$", re.I)
RE_FORMER_THE = re.compile(r"(former|ex|then)\s*-?\s*the\s*$", re.I)
# "the British No 2 X": a national ranking, not a world rank or a seed.
RE_WORLD_BEFORE = re.compile(rf"\b{TOUR_WORD}\s*$", re.I)
RE_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s*$")  # the capitalised word just before a rank
RE_SEED_WORD = re.compile(r"\bseed", re.I)
RE_RANKING_WORD = re.compile(r"\branking", re.I)
# A rank still to come, before its description: "will become the world No. 1", "could overtake her
# as world No. 1", "bid to be the top seed".
RE_FUTURE_ROLE = re.compile(
    r"\b(?:will|would|could|might|may|to)\s+(?:\w+\s+)?(?:become|be|(?:overtake|replace|succeed)\s+\w+\s+as)\s+$",
    re.I,
)
# A sentence opening with a description up to its verb: "India's top singles player", "The former
# Drury University standout", "The Czech" (no name, no pronoun, no clause break).
RE_DESCRIBED_SUBJECT = re.compile(
    r"\s*(?:The|His|Her|(?-i:[A-Z])[\w.&-]*['’]s)\s+(?:[\w'’.&-]+\s+){0,5}?(?:(?-i:[a-z])[\w-]*|[A-Z][a-z]+)\s+"
)
# A sentence opening with a description no rule resolved, set off by a comma before what follows:
# "The Murcian, Spanish number one, ...", "The Malta No. 1, ranked 743rd ...", "The South Tyrolean,"
RE_DESCRIBED_HEAD = re.compile(
    r"\s*(?-i:The)\s+(?:[\w'’.&-]+\s+){0,3}?"
    r"(?:(?-i:[A-Z])[\w'’-]*|No\.?\s*\d{1,4}|[Nn]umber\s+\w+|\d{1,2}-year-old)"  # its last word: a noun or a rank
    r"(?=\s*,\s*[^\s⟨])"
)
# A doubles partner before the seeded name: "Errani/⟨R⟩ (ITA x2)", and at the head of a clause
# "Granollers and ⟨R⟩ (2) beat ..."
RE_PARTNER_BEFORE = re.compile(
    rf"({REF})\s*/\s*$|(?:^|[:;]|\n)\s*({REF})\s*(?:and|&)\s*$"
    rf"|({REF})\s*(?:,\s*partnering|\s+(?:and|&)\s+(?:his|her|their)\s+partner)\s+$"  # "X and her partner ⟨R⟩ [9]"
)
# Every pattern holds a number, a number or ordinal word, or a rank or seed word.
RE_RANK_TRIGGER = re.compile(
    r"\d|seed|rank|\bNo\b|number|world|\btop\b|first|second|third|\w+(?:th|st|nd|rd)\b|" + "|".join(NUMBER_WORDS),
    re.I,
)
RE_DOUBLES = re.compile(r"\bdoubles\b", re.I)
RE_DOUBLES_BEFORE = re.compile(r"\bdoubles\s+(?:world\s+)?$", re.I)  # "the doubles world No. 1 X"
RE_DOUBLES_AFTER = re.compile(r"[^⟨.;]{0,12}?\bin\s+(?:the\s+)?doubles\b", re.I)  # "No. 1 in the doubles rankings"


class RankingFinder:
    """World ranks and seeds of one Doc's players, from masked sentences and rank descriptions."""

    def __init__(self, doc: Doc, res: Resources, object_cue: re.Pattern[str]) -> None:
        self.doc = doc
        self.lay = layout(doc)
        self.text = self.lay.text
        self.res = res
        self.object_cue = object_cue
        self.players = {p.key: p for p in doc._.tennis_players or ()}
        self.found: dict[tuple, RankingFact] = {}

    # What the whole article tells, looked for only once a sentence or description gives a rank.
    @functools.cached_property
    def seeded_draw(self) -> bool:
        return RE_SEEDED_DRAW.search(self.text) is not None

    @functools.cached_property
    def slam_draw(self) -> bool:
        """ "No. 25 Vince Spadea" in a Grand Slam report: the field is seeded, the number a seed."""
        return RE_SLAM.search(self.text) is not None

    @functools.cached_property
    def college(self) -> bool:
        return RE_COLLEGE_PAGE.search(self.text) is not None

    @functools.cached_property
    def doubles(self) -> bool:
        return RE_DOUBLES.search(self.text) is not None

    @functools.cached_property
    def article_tour(self) -> str | None:
        atp, wta = tour_word_counts(self.text)
        return "ATP" if atp > wta else "WTA" if wta > atp else None

    def national_before(self, head: str) -> bool:
        """ "the British No 2 X", "Swiss No 1 X": a national ranking (any nationality adjective of
        countries.jsonl), not a world rank or a seed."""
        m = RE_WORD_BEFORE.search(head)
        return m is not None and fold(m.group(1)) in self.res.demonyms

    def add(
        self, key: str, rank: int, kind: str, sent: tuple[int, int], how: str | None = None, team: bool = False
    ) -> None:
        """``how``: the pattern or description that read the rank (a feature of its confidence);
        ``team``: a doubles team's seed, kept beside the player's own seed in singles."""
        if rank < 1:
            return
        sentence = self.text[sent[0] : sent[1]]
        tour = ranking_tour(sentence, self.players[key].name, self.res, self.article_tour) if kind == "world" else None
        fact = RankingFact(key, rank, kind, tour, sent, {"how": how or "pattern", "seeded_draw": self.seeded_draw})
        self.found.setdefault((key, kind, "team") if team else (key, kind), fact)

    def run(self) -> list[RankingFact]:
        for span, masked in self.masked_sentences():
            if not RE_RANK_TRIGGER.search(masked.text):
                continue  # no number, seed, rank or ordinal word: no pattern can match
            masked = self.with_described_head(masked, span)
            has = slot_cues(masked.text)
            for pattern, kind, needs in PATTERNS:
                if not has[needs] or (not masked.refs and kind != "world_change"):
                    continue  # a sentence naming no player can only change the rank of one described
                for m in pattern.finditer(masked.text):
                    self.from_match(m, kind, masked, span)
        self.from_descriptors()
        # a team's seed equal to the player's own is told once
        return [
            fact
            for where, fact in self.found.items()
            if len(where) == 2 or getattr(self.found.get(where[:2]), "rank", None) != fact.rank
        ]

    def masked_sentences(self) -> Iterator[tuple[tuple[int, int], Masked]]:
        """The story sentences outside other-sport parts that may hold a rank (``may_hold_rank``),
        masked with the players' references only (other people's names left as written)."""
        doc, lay, text = self.doc, self.lay, self.text
        refs = None
        runs = story_score_runs(doc)
        for sent in lay.sentences:
            if not may_hold_rank(text[sent.start : sent.end]) or other_sport(doc, sent.start):
                continue
            if refs is None:
                refs = self.mask_refs()
            span = (sent.start, sent.end)
            yield span, mask_sentence(text, span, refs, lay, runs=runs[span], partners={}, possessives=False)

    def mask_refs(self) -> list[Ref]:
        """The players' references, names before pronouns at one offset (as masking orders them)."""
        refs = [r for r in self.doc._.tennis_refs or () if r.key in self.players]
        names = sorted((r for r in refs if r.kind != "pronoun"), key=lambda r: r.start)
        pronouns = [r for r in refs if r.kind == "pronoun"]
        return sorted(names + pronouns, key=lambda r: r.start)

    def from_match(self, m: re.Match[str], kind: str | None, masked, span: tuple[int, int]) -> None:
        """The rank one pattern match states, for the player it names."""
        if kind == "respective":
            self.respective(m, masked, span)
            return
        head = masked.text[max(0, m.start() - 20) : m.start()]
        if RE_NOT_CURRENT.search(head) and kind not in ("world_change",):
            # "the world No 1 X" is current; "former world No 1 X", "a world No 1" are not.
            if not RE_THE_END.search(head) or RE_FORMER_THE.search(head):
                return
        placeholder = m.groupdict().get("r")
        if kind == "world_gapped" and not RE_CHANGE_VERB.search(masked.text, 0, m.start()):
            return  # "and Y at No. 7" only continues a sentence about ranks ("X sits at No. 5")
        doubles = kind == "doubles_seed"
        if doubles:
            if not self.doubles:
                return  # "top-seeded X and Y both won": in singles, the seed is the first player's alone
            kind = "seed"
        if kind == "world_change":
            if RE_FUTURE_CHANGE.search(head):
                return  # "will climb to No. 11 on Monday": not yet in force
            ref = _subject(masked, m.start(), self.object_cue) or self.described_subject(masked, m.start(), span)
        else:
            ref = ref_of(masked, placeholder)
        if ref is None or ref.key not in self.players:
            return
        at = masked.text.find(ref_placeholder(masked.refs.index(ref))) if ref in masked.refs else -1
        if at > 0 and RE_CAUSED_LATER.search(masked.text, max(0, at - 50), at):
            return  # "the win will lift X to No. 5", "will see X climb to No. 5": not yet in force
        n = m.groupdict().get("n") or m.groupdict().get("n2")
        o = m.groupdict().get("o")
        nat = m.groupdict().get("nat")
        if nat and (fold(nat) in self.res.demonyms or fold(nat) in self.res.nationality_nouns):
            return  # "the top-ranked American X", "the top-ranked Dutchman X": a national rank
        rank = 1 if kind == "world_top" else number_value(n) if n else ordinal_value(o) if o else None
        if rank is None:
            return
        sentence = self.text[span[0] : span[1]]
        if kind is None:
            if RE_WORLD_BEFORE.search(head):
                return  # "the world No 1 X": the world pattern has it; never a seed
            if self.national_before(head) or self.college:
                return  # "British No 2 X"; "No. 9 X" on a college page (an ITA rank)
            seeded = RE_SEED_WORD.search(sentence) or self.seeded_draw or self.slam_draw
            real = "seed" if seeded and not RE_RANKING_WORD.search(sentence) else "world"
        elif kind == "list":
            real = "seed" if self.seeded_draw or self.slam_draw else "world"
        elif kind == "table":
            real = "seed" if self.seed_heading(span[0], masked.text[: m.start()]) else "world"
        else:
            real = "world" if kind.startswith("world") else kind
        if real == "world" and (RE_DOUBLES_BEFORE.search(head) or RE_DOUBLES_AFTER.match(masked.text, m.end())):
            return  # "returns to No. 1 in the doubles rankings", "doubles world No. 1 X": no singles rank
        if kind in ("world_change", "world_gapped"):
            self.found.pop((ref.key, "world"), None)
        second_ref = ref_of(masked, m.groupdict().get("r2"))
        second_ref = second_ref if second_ref is not None and second_ref.key in self.players else None
        # "Errani/Vavassori (ITA x2)": a doubles team's seed belongs to both partners.
        partner_ref = None
        if real == "seed" and placeholder:
            partner = RE_PARTNER_BEFORE.search(masked.text[: m.start("r")])
            partner_ref = ref_of(masked, partner.group(1) or partner.group(2) or partner.group(3)) if partner else None
            partner_ref = partner_ref if partner_ref is not None and partner_ref.key in self.players else None
        team = real == "seed" and (doubles or second_ref is not None or partner_ref is not None)
        self.add(ref.key, rank, real, span, kind or "bare_number", team)
        if second_ref is not None:
            self.add(second_ref.key, rank, real, span, "second", team)
        if partner_ref is not None:
            self.add(partner_ref.key, rank, "seed", span, "partner", team)

    def seed_heading(self, start: int, head: str) -> bool:
        """Whether a numbered list item at ``start`` (``head`` before it in its masked sentence) is
        under a heading of seeds ("Seeds: 1. X (ESP)", "The seeds are:\n1. X (ESP)"), not of a ranking."""
        para = self.text.rfind("\n\n", 0, start)
        return (
            RE_SEED_WORD.search(head) is not None
            or RE_SEED_WORD.search(self.text, max(para, start - 300), start) is not None
        )

    def respective(self, m: re.Match[str], masked, span: tuple[int, int]) -> None:
        """ "X and Y, seeded third and 12th respectively": the first value the first player's, the
        second the second's; a seed for "seeded" or "seeds", a world rank for "ranked"."""
        kind = "seed" if m.group("seeded") or m.group("seeds") else "world" if m.group("ranked") else None
        head = masked.text[max(0, m.start() - 20) : m.start()]
        if kind is None or (RE_NOT_CURRENT.search(head) and not RE_THE_END.search(head)):
            return
        for placeholder, value in ((m.group("r"), m.group("v1")), (m.group("r2"), m.group("v2"))):
            ref = ref_of(masked, placeholder)
            if ref is not None and ref.key in self.players:
                self.add(ref.key, respective_value(value), kind, span, "respective")

    @functools.cached_property
    def player_refs(self) -> list[Ref]:
        """The references to the article's players, in text order."""
        return sorted((r for r in self.doc._.tennis_refs or () if r.key in self.players), key=lambda r: r.start)

    def with_described_head(self, masked, span: tuple[int, int]):
        """A sentence opening with a description set off by a comma that no rule resolved ("The
        Murcian, first seed and number two in the world, beat ...") read as if it opened with the
        player the sentences before are about, so the rank slots after it are that player's."""
        m = RE_DESCRIBED_HEAD.match(masked.text)
        if m is None or "⟨" in m.group(0) or not RE_RANK_TRIGGER.search(masked.text, m.end()):
            return masked
        refs = self.player_refs
        key = resolve_back(self.text, self.lay, refs, span[0], object_cue=self.object_cue)
        if key is None:
            return masked
        ref = Ref(span[0], span[0] + m.end(), key, "descriptor")
        text = ref_placeholder(len(masked.refs)) + masked.text[m.end() :]
        return replace(masked, text=text, refs=[*masked.refs, ref])

    def described_subject(self, masked, pos: int, span: tuple[int, int]):
        """A sentence about a rank change whose subject is a description no rule resolved ("India's
        top singles player climbed from No. 121 to No. 98", "The former college standout rose to
        No. 588"): the player the sentences before are about."""
        if not RE_DESCRIBED_SUBJECT.fullmatch(masked.text, 0, pos):
            return None
        refs = self.player_refs
        key = resolve_back(self.text, self.lay, refs, span[0], object_cue=self.object_cue)
        return Ref(span[0], span[0], key, "descriptor") if key else None

    def from_descriptors(self) -> None:
        """Descriptions that carry a rank ("the world No 1", "the top seed"), resolved by the refs stage."""
        lay, text = self.lay, self.text
        refs = self.player_refs
        for ref in refs:
            if ref.kind != "descriptor":
                continue
            m = RE_DESCRIPTOR.match(text, ref.start)
            if m is None or RE_THEN_AFTER.match(text, m.end(), min(len(text), m.end() + 40)):
                continue  # "who was the top seed last year": not the value now in force
            if (
                RE_FUTURE_ROLE.search(text, max(0, ref.start - 40), ref.start)
                and text[ref.end : ref.end + 1] not in "'’"
            ):
                continue  # "will become the world No. 1 on Monday": not yet in force ("to be the No. 1's coach" is)
            si = lay.sentence_at(ref.start)
            span = (lay.sentences[si].start, lay.sentences[si].end) if si is not None else (ref.start, ref.end)
            rank = descriptor_rank(m)
            if rank is not None:
                self.add(ref.key, rank[1], rank[0], span, "description")


RE_NO_PREFIX = re.compile(r"No\.?\s*")


def respective_value(word: str) -> int:
    """ "third" -> 3, "12th" -> 12, "No. 4" -> 4, "three" -> 3."""
    word = RE_NO_PREFIX.sub("", word)
    return number_value(word) if word.isdigit() or word.lower() in NUMBER_WORDS else ordinal_value(word)


def find_rankings(doc: Doc, res: Resources, object_cue: re.Pattern[str]) -> list[RankingFact]:
    return RankingFinder(doc, res, object_cue).run()


def _subject(masked, pos: int, object_cue: re.Pattern[str]):
    """The first reference of the clause before ``pos`` that is not the object of a verb or
    preposition ("X remains No. 1, while Y jumps to No. 75": Y for the second)."""
    head = masked.text[:pos]
    breaks = [b.end() for b in RE_CLAUSE_BREAK.finditer(head)]
    start = breaks[-1] if breaks else 0
    for m in RE_REF.finditer(head, start):
        if not is_object_position(masked.text, m.start(), object_cue):
            return ref_of(masked, m.group(0))
    return None


@Language.factory(
    "tennis_rankings",
    default_config={"data_dir": None},
    assigns=["doc._.tennis_rankings"],
    requires=["doc._.tennis_refs", "doc._.tennis_players", "doc._.tennis_other_sport"],
)
def make_rankings(nlp: Language, name: str, data_dir: str | None) -> "RankingStage":
    return RankingStage(data_dir)


class RankingStage(RuleStage):
    @guarded("tennis_rankings")
    def __call__(self, doc: Doc) -> Doc:
        doc._.tennis_rankings = find_rankings(doc, self.resources, self.object_cue)
        return doc
