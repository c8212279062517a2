"""Result frames on masked strings (no model, no pipeline): each frame names its winner and loser."""

from __future__ import annotations

import functools
import itertools
import re

import pytest
from examples import RE_PLAYER_LETTER, masked_example, sides

from extractor.data.phrases import phrase_texts, phrases_alternation, phrases_trie
from extractor.data.resources import load_resources
from extractor.data.verbs import ROLES, alternation, forms_for
from extractor.results.clauses import find_clauses
from extractor.results.frames import TRIE_ROLES, Frames
from extractor.results.kinds import FRAME_EXAMPLES, FrameKind


def first_complete(frames: Frames, text: str):
    for kind, pattern in frames.complete:
        m = pattern.search(text)
        if m:
            return kind, m
    return None, None


@pytest.mark.parametrize("connector", ["and then", "and later", "and Then"])
def test_a_lowercase_or_capitalised_word_after_and_is_no_doubles_partner(frames, connector):
    """Inside the case-insensitive frames the capitalised-word part of a partner is written
    ``(?-i:...)``: "and then ⟨R2⟩" never makes ⟨R2⟩ the loser's partner."""
    kind, m = first_complete(frames, f"⟨R0⟩ beat ⟨R1⟩ {connector} ⟨R2⟩ lost in three sets")
    assert kind == FrameKind.ACTIVE
    assert (m.group("w"), m.group("l")) == ("⟨R0⟩", "⟨R1⟩")
    if connector != "and Then":
        assert m.group("lp") == ""


@pytest.mark.parametrize(
    "partner", ["⟨R1⟩ and ⟨R2⟩", "⟨R1⟩/⟨R2⟩", "⟨R1⟩ and the Serbian ⟨R2⟩", "⟨R1⟩ and his partner ⟨R2⟩"]
)
def test_a_doubles_partner_is_read_in_every_written_form(frames, partner):
    kind, m = first_complete(frames, f"⟨R0⟩ beat {partner} ⟨S0⟩")
    assert kind == FrameKind.ACTIVE
    assert m.group("l") == "⟨R1⟩" and "⟨R2⟩" in m.group("lp")


# -- every written example of a frame, and every example of the verb data ----------------------


def found(text: str, frames: Frames) -> list[tuple[str, tuple]]:
    """(frame kind, sides) of every clause the clause finder reads in an example."""
    complete, winners, losers = find_clauses(masked_example(text), (0, len(text)), frames)
    return [(c.kind.value, sides(c)) for c in complete + winners + losers]


def expected_sides(text: str, kind: str) -> tuple:
    letters = set(RE_PLAYER_LETTER.findall(text))
    return (
        "W" if "W" in letters and kind != FrameKind.LOSER_ONLY else None,
        "L" if "L" in letters and kind != FrameKind.WINNER_ONLY else None,
        "W2" if "W2" in letters else None,
        "L2" if "L2" in letters else None,
    )


FRAME_CASES = [(kind, text) for kind, texts in FRAME_EXAMPLES.items() for text in texts]


def test_every_frame_has_examples():
    one_sentence = set(FrameKind) - {FrameKind.RETIRED_LATER, FrameKind.WALKOVER_LATER, FrameKind.TEAM_DESCRIBED}
    assert set(FRAME_EXAMPLES) == one_sentence


@pytest.mark.parametrize("kind,text", FRAME_CASES, ids=[t for _, t in FRAME_CASES])
def test_frame_example_gives_its_frame_and_sides(frames, kind, text):
    assert found(text, frames) == [(kind.value, expected_sides(text, kind))]


VERB_CASES = [(fam.lemma, ex) for fam in load_resources().play_verbs for ex in fam.examples]


@pytest.mark.parametrize("lemma,example", VERB_CASES, ids=[f"{lemma}: {ex.text}" for lemma, ex in VERB_CASES])
def test_verb_data_example_gives_its_frame(frames, lemma, example):
    clauses = found(example.text, frames)
    if example.frame is None:
        assert clauses == [], f"{lemma}: {example.text!r} states no result"
    else:
        assert clauses[:1] == [(example.frame, expected_sides(example.text, example.frame))]


# -- nouns of winning and losing, the words that hold them and send their winner on --------------


def nominal_examples() -> list[str]:
    import json

    from extractor.data.resources import DATA_DIR

    rows = [json.loads(line) for line in (DATA_DIR / "result_words.jsonl").read_text().splitlines()]
    roles = ("win_noun", "loss_noun", "win_holder", "win_sender", "win_causer")
    return [e for r in rows if r["role"] in roles for e in r["examples"]]


@pytest.mark.parametrize("text", nominal_examples())
def test_every_nominal_example_of_the_data_gives_its_result(frames, text):
    complete = [sides(c) for c in find_clauses(masked_example(text), (0, len(text)), frames)[0]]
    assert complete[:1] == [("W", "L", None, None)]


@pytest.mark.parametrize(
    "text,expected",
    [
        # the noun says who won: "defeat of" is the winner's, "defeat against" the loser's
        ("W's straight-sets defeat of L", ("W", "L", None, None)),
        ("L's defeat against W in Rome", ("W", "L", None, None)),
        # agent nouns and adjectives, with modifiers on either side
        ("W, who trains in Monaco, emerged as a 7-5 6-4 victor over L", ("W", "L", None, None)),
        ("W looked much too sharp for the Czech qualifier L", ("W", "L", None, None)),
        ("L, seeded third, finished a distant second best to W", ("W", "L", None, None)),
        ("L tumbled out at the hands of the 19-year-old W on Court 2", ("W", "L", None, None)),
        # a win noun phrase as the subject, its winner the object
        ("That hard-fought 7-6 7-6 success against L took W into a first final", ("W", "L", None, None)),
        # the verb "won"/"winning" after a determiner of another noun
        ("W lifted the trophy after winning the final against L", ("W", "L", None, None)),
    ],
)
def test_a_nominal_result_reads_its_sides_from_the_noun(frames, text, expected):
    complete = [sides(c) for c in find_clauses(masked_example(text), (0, len(text)), frames)[0]]
    assert complete[:1] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "W is chasing a first win over L since 2019.",  # a hope: no verb gives W the win
        "W has three wins over L in their six meetings.",  # a head-to-head record
        "A win over L would send W into the top ten.",  # a condition
        "W wants a victory over L more than anything.",
        "W has a winning record against L on clay.",  # "winning" here is no verb
    ],
)
def test_a_noun_of_winning_without_a_holder_states_no_result(frames, text):
    assert find_clauses(masked_example(text), (0, len(text)), frames)[0] == []


@pytest.mark.parametrize(
    "pairing", ["teamed up with", "paired with", "joined forces with", "combined with", "partnered"]
)
def test_a_pairing_verb_names_the_winner_s_partner(frames, pairing):
    assert found(f"W {pairing} W2 to beat L and L2 6-3 6-4", frames) == [("active", ("W", "L", "W2", "L2"))]


def test_a_pairing_verb_with_no_result_after_it_gives_no_partner(frames):
    # the near miss: "partnered W2 last season" is no team in the result that follows
    assert all(s[2] is None for _, s in found("W, who partnered W2 last season, beat L 6-3 6-4", frames))


@pytest.mark.parametrize(
    "text",
    [
        "W beat the top seed and then L lost 6-3 6-2",  # "and" before a clause, not a relation
        "W defeated his compatriot and L beat his partner",
    ],
)
def test_and_inside_a_description_joins_relations_only(frames, text):
    assert not any(s[:2] == ("W", "L") for _, s in found(text, frames))


@pytest.mark.parametrize("line", ["[1] W (JPN) v [Q] L (KOR)", "(3) W (ESP) vs (WC) L (ARG), not before 2pm"])
def test_a_seed_mark_before_a_name_makes_no_result_of_an_order_of_play(frames, line):
    assert found(line, frames) == []


# (W2 stands for a third player in the singles lists)
@pytest.mark.parametrize(
    "text",
    [
        "W beat L, L2 and W2 on her way to the title",
        "W has knocked out L, L2, and W2 this season.",
        "W's wins over L, L2 and W2 in Doha",
    ],
)
def test_losers_listed_after_the_one_read_each_lost(frames, text):
    complete = find_clauses(masked_example(text), (0, len(text)), frames)[0]
    assert {(c.winner, c.loser) for c in complete} == {("W", "L"), ("W", "L2"), ("W", "W2")}


@pytest.mark.parametrize(
    "text",
    [
        "W beat L, L2 and W2 lost",  # the list's last name starts a clause of its own
        "W beat L, L2 and W2 in the doubles",  # a doubles sentence: names of teams, not a list of losers
    ],
)
def test_a_list_closed_by_a_verb_or_in_doubles_is_no_list_of_losers(frames, text):
    complete = find_clauses(masked_example(text), (0, len(text)), frames)[0]
    assert ("W", "L2") not in {(c.winner, c.loser) for c in complete}


def test_a_possessor_ending_in_s_owns_the_win_after_it_not_the_one_of_another(frames):
    # the near miss: W' owns "club", and the win after it is L's
    assert found("The fans of W' club cheered L's win over W2.", frames) == [
        ("possessive_win", ("L", "W2", None, None))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Xavi beat L, winning 6-1 7-5.",  # the subject no player read (an unlisted name): no winner at all
        "The Spaniard defeated L in the final, winning 6-1 7-5.",
        "Xavi proved too good for L in the last 16, winning 6-1 7-5.",
    ],
)
def test_the_object_of_a_result_verb_is_never_the_winner_of_the_participle_after_it(frames, text):
    assert not any(s[0] == "L" for _, s in found(text, frames))


def test_a_name_after_a_fronted_preposition_still_wins(frames):
    # the near miss: "Against L, W won": W is the subject, not an object
    assert found("Against L, W won 6-4 6-4.", frames) == [("winner_only", ("W", None, None, None))]


def _ends(pattern: str, text: str) -> list[int]:
    """Where a match of ``pattern`` at the start of ``text`` may end, in the order the regex tries them."""
    ends = [k for k in range(len(text) + 1) if re.fullmatch(pattern, text[:k], re.I)]
    # of every two ends, the one a match takes when only those two let it through
    first = {
        (a, b): re.match(rf"(?:{pattern})(?=[\s\S]{{{len(text) - a}}}$|[\s\S]{{{len(text) - b}}}$)", text, re.I).end()
        for a, b in itertools.combinations(ends, 2)
    }
    return sorted(ends, key=functools.cmp_to_key(lambda a, b: -1 if first[min(a, b), max(a, b)] == a else 1))


@pytest.mark.parametrize("role", TRIE_ROLES)
def test_a_trie_reads_as_its_alternation(role):
    """The frames read these roles as tries: each text of the data ends where the alternation lets it end,
    the longer of two texts that begin alike tried first in both, so a frame finds the same match."""
    res = load_resources()
    if role in ROLES:
        phrases, alternative = forms_for(res.play_verbs, role), alternation(res.play_verbs, role)
    else:
        phrases = res.result_words[role]
        alternative = phrases_alternation(phrases)
    tried = phrases_trie(phrases)
    for text in {t for p in phrases for t in phrase_texts(p)}:
        assert _ends(tried, text) == _ends(alternative, text) == sorted(_ends(tried, text), reverse=True), text


@pytest.mark.parametrize(
    "text",
    [
        "⟨R0⟩ was beaten by ⟨R1⟩",
        "⟨R0⟩ BY ⟨R1⟩; having, after-since",
        "a by-pass outlasted the overall walkovers",
        "ſince ⟨R0⟩ trailed ⟨R1⟩, handing him ⟨S0⟩",  # a long s: the regex folds it to "s", lower() does not
        "Conquerors over aside away off fresh following giving sending behind trailing",
        "",
    ],
)
def test_trigger_words_are_found_as_their_frames_search_for_them(frames, text):
    words = frames.words_in(text)
    for kind, need in frames.trigger_words.items():
        alone = re.search(rf"\b(?:{'|'.join(need)})\b", text, re.IGNORECASE | re.VERBOSE)
        assert bool(need & words) == (alone is not None), (kind, text)


def test_win_noun_phrases_begin_and_end_with_a_letter():
    # the frames of a win noun share one trigger, ``\b(?:noun)\b``: it finds every phrase a frame finds
    # between spaces only while each begins and ends with a letter
    for phrase in load_resources().result_words.get("win_noun", ()):
        assert re.match(r"[(]*[a-z]", phrase) and re.search(r"[a-z][)]*$", phrase), phrase


@pytest.mark.parametrize(
    "text",
    [
        "W began the week with a 6-2 6-1 win over L and then knocked out W2 6-4 7-5",
        "W got going with a straight-sets victory against L, then dispatched W2 6-3 6-3",
    ],
)
def test_the_object_of_a_noun_of_winning_stays_its_loser_when_a_verb_follows(frames, text):
    """The name after "win over" reads first as the subject of the verb after "and then"; it is an
    object, so the clause of the noun still holds it."""
    complete = find_clauses(masked_example(text), (0, len(text)), frames)[0]
    assert {(c.winner, c.loser) for c in complete} == {("W", "L"), ("W", "W2")}


def test_a_subject_of_its_own_after_a_noun_of_winning_is_the_second_verbs_winner(frames):
    # the near miss: "L2" is named as the subject of the second clause, and wins it
    text = "W had a 6-2 6-1 win over L, and L2 beat W2 6-4 7-5"
    complete = find_clauses(masked_example(text), (0, len(text)), frames)[0]
    assert ("L2", "W2") in {(c.winner, c.loser) for c in complete}
    assert ("W", "W2") not in {(c.winner, c.loser) for c in complete}


@pytest.mark.parametrize(
    "text",
    [
        "Her coach guided W to the final in Rome",  # no noun of winning after "to"
        "W2 partnered W to the title last year",
        "The coach guided W to a win, and L went home",  # no loser after the noun
    ],
)
def test_a_verb_that_leads_its_object_to_no_win_over_a_player_gives_no_result(frames, text):
    assert not any(kind == "win_caused" for kind, _ in found(text, frames))
