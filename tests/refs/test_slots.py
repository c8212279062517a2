"""Slots that make a name a player's (extractor/refs/slots.py), on plain strings: result, rank,
speaker and partner slots with modifiers between, the near misses that are none, and every example
of the slot words as data. Names here are invented: no list knows them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.refs.slots import PlayerSlots, SlotKind, coordinated, slot_of

DATA = Path(__file__).resolve().parents[2] / "extractor" / "data"


def kind_of(slots: PlayerSlots, text: str, name: str, **kw) -> SlotKind | None:
    start = text.index(name)
    slot = slot_of(text, start, start + len(name), slots, **kw)
    return slot.kind if slot else None


# (text, name, slot kind): the name stands in a player's slot.
IN_SLOT = [
    # verbs of play, the name after them, modifiers between
    ("Odile Marchetti knocked out Vesna Kralj 6-2 6-2.", "Vesna Kralj", SlotKind.RESULT),
    ("Tamsin Okafor swept aside the Slovenian qualifier Vesna Kralj in an hour.", "Vesna Kralj", SlotKind.RESULT),
    ("Hollis Brandvold was beaten in three sets by Emrys Tallack on Tuesday.", "Emrys Tallack", SlotKind.RESULT),
    ("Hollis Brandvold lost 4-6 3-6 to Emrys Tallack in the second round.", "Emrys Tallack", SlotKind.RESULT),
    ("Grier Whitcombe beat Triin Saarepuu (EST) and Maren Tollefsen (NOR).", "Maren Tollefsen", SlotKind.RESULT),
    # verb forms the rule data writes in phrase syntax, spelt out: "(came|comes|coming) out on top (against|over)"
    ("Odile Marchetti came out on top over Vesna Kralj in three sets.", "Vesna Kralj", SlotKind.RESULT),
    ("Hollis Brandvold emerged victorious over Emrys Tallack on Court 4.", "Emrys Tallack", SlotKind.RESULT),
    # nouns, agent nouns and adjectives of a result
    ("It was a 6-3 6-4 win over fellow Dane Soren Aaskov for Pelle Ravnholt.", "Soren Aaskov", SlotKind.RESULT),
    ("Ravnholt, the conqueror of Soren Aaskov, plays on Friday.", "Soren Aaskov", SlotKind.RESULT),
    ("The Dane proved too strong for world No. 61 Soren Aaskov.", "Soren Aaskov", SlotKind.RESULT),
    ("She went out at the hands of Ilsabet Krogh in the quarter-finals.", "Ilsabet Krogh", SlotKind.RESULT),
    # the winner a noun of winning sends on
    ("The 6-2 7-5 win over the Dane sent Quillon Varga into the final.", "Quillon Varga", SlotKind.RESULT),
    ("A straight-sets success propelled Ilsabet Krogh into the last eight.", "Ilsabet Krogh", SlotKind.RESULT),
    # the name before a verb of play, with appositions, brackets and partners between
    ("Ilsabet Krogh, playing on Thursday afternoon, outlasted the Dane.", "Ilsabet Krogh", SlotKind.RESULT),
    ("Ilsabet Krogh (DEN) and Maren Tollefsen (NOR) were beaten by the top seeds.", "Ilsabet Krogh", SlotKind.RESULT),
    ("Ilsabet Krogh's 7-5 6-2 victory sent her into the last eight.", "Ilsabet Krogh", SlotKind.RESULT),
    ("Quillon Varga booked his place in the semi-finals on Monday.", "Quillon Varga", SlotKind.RESULT),
    ("Quillon Varga came up short against the Austrian.", "Quillon Varga", SlotKind.RESULT),
    ("Quillon Varga is aiming to knock out the Austrian on Friday.", "Quillon Varga", SlotKind.RESULT),
    ("Quillon Varga hopes to beat the Austrian for the first time.", "Quillon Varga", SlotKind.RESULT),
    # a verb phrase of the draw only a player is the subject of: a walkover, qualifying, a bye
    ("Quillon Varga was handed a walkover when the Austrian pulled out.", "Quillon Varga", SlotKind.RESULT),
    ("Ilsabet Krogh, the Danish left-hander, received a walkover into round three.", "Ilsabet Krogh", SlotKind.RESULT),
    ("Bastien Leroux came through qualifying without dropping a set.", "Bastien Leroux", SlotKind.RESULT),
    ("Ilsabet Krogh battled through the qualifiers in Doha.", "Ilsabet Krogh", SlotKind.RESULT),
    ("Bastien Leroux, the top seed, had a first-round bye.", "Bastien Leroux", SlotKind.RANK),
    ("Maren Tollefsen enjoyed a bye into the second round.", "Maren Tollefsen", SlotKind.RESULT),
    # a score right after the name: results lists
    ("Men's singles: Quillon Varga, Hungary, d. Bastien Leroux 6-4, 6-3.", "Quillon Varga", SlotKind.RESULT),
    ("Quarterfinals: Bastien Leroux (FRA) 6-4, 3-6, 7-5 against the Hungarian.", "Bastien Leroux", SlotKind.SCORE),
    ("Ilsabet Krogh (DEN) 7-6(4) 6-2 over the Norwegian.", "Ilsabet Krogh", SlotKind.SCORE),
    # ranks, seeds and titles
    ("No.8 seed Quillon Varga needed two hours.", "Quillon Varga", SlotKind.RANK),
    ("World No. 128 Bastien Leroux needed two hours.", "Bastien Leroux", SlotKind.RANK),
    ("The 143rd-ranked Bastien Leroux needed two hours.", "Bastien Leroux", SlotKind.RANK),
    ("Lucky loser Bastien Leroux needed two hours.", "Bastien Leroux", SlotKind.RANK),
    ("Bastien Leroux, the eighth seed, needed two hours.", "Bastien Leroux", SlotKind.RANK),
    ("Bastien Leroux, ranked 54th in the world, needed two hours.", "Bastien Leroux", SlotKind.RANK),
    # a rank or seed as predicate of the name
    ("Bastien Leroux is the world No. 54 this week.", "Bastien Leroux", SlotKind.RANK),
    ("Bastien Leroux, who is ranked 212th, lives in Lyon.", "Bastien Leroux", SlotKind.RANK),
    ("Bastien Leroux was seeded third in Lyon last year.", "Bastien Leroux", SlotKind.RANK),
    ("Bastien Leroux, of France, has been the top seed all week.", "Bastien Leroux", SlotKind.RANK),
    ("Bastien Leroux is now ranked 204th in the world.", "Bastien Leroux", SlotKind.RANK),
    # the speaker of a quotation
    ('"I never gave up," said Bastien Leroux.', "Bastien Leroux", SlotKind.SPEAKER),
    ("“It was hard,” Bastien Leroux, 23, told reporters.", "Bastien Leroux", SlotKind.SPEAKER),
    # doubles partners
    ("Maren Tollefsen, partnering Ilsabet Krogh, won the title.", "Ilsabet Krogh", SlotKind.PARTNER),
    ("Maren Tollefsen teamed up with Ilsabet Krogh for the week.", "Ilsabet Krogh", SlotKind.PARTNER),
    ("Tollefsen and her regular partner Ilsabet Krogh are seeded fourth.", "Ilsabet Krogh", SlotKind.PARTNER),
    # the player a partner is named after: "A teamed up with B", "A, partnering B,"
    ("Maren Tollefsen teamed up with Ilsabet Krogh for the week.", "Maren Tollefsen", SlotKind.PARTNER),
    (
        "Maren Tollefsen, partnering Ilsabet Krogh, practised on Court 3.",
        "Maren Tollefsen",
        SlotKind.PARTNER,
    ),
    ("Maren Tollefsen combined with Ilsabet Krogh to take the title.", "Maren Tollefsen", SlotKind.PARTNER),
]


@pytest.mark.parametrize("text,name,kind", IN_SLOT)
def test_a_name_in_a_players_slot(slots, text, name, kind):
    assert kind_of(slots, text, name) == kind


# The obvious near misses: a capitalised name beside tennis words, in no player's slot.
NO_SLOT = [
    ("The final was watched by Hollis Brandvold and his family.", "Hollis Brandvold"),  # a spectator
    ("Hollis Brandvold said he was tired of the schedule.", "Hollis Brandvold"),  # reported speech
    ('Hollis Brandvold said: "The players deserve better."', "Hollis Brandvold"),  # a spokesman's form
    ("The win means a lot to Hollis Brandvold, the club's owner.", "Hollis Brandvold"),  # "to" after a noun
    ("She won three Majors and Hollis Brandvold watched them all.", "Hollis Brandvold"),
    ("She beat her sister. Hollis Brandvold was in the crowd.", "Hollis Brandvold"),  # across a sentence end
    ("Tickets for the final sold out before Hollis Brandvold arrived.", "Hollis Brandvold"),
    ("He is the first Hollis Brandvold player to win the title.", "Hollis Brandvold"),  # a noun before "to"
    ("The match was delayed as Hollis Brandvold inspected the court.", "Hollis Brandvold"),
    ("The club sent invitations to Hollis Brandvold and the press.", "Hollis Brandvold"),  # object first
    ("Hollis Brandvold is the No. 1 sponsor of the event.", "Hollis Brandvold"),  # a bare "No. 1"
    ("Hollis Brandvold was ranked among the richest owners.", "Hollis Brandvold"),  # no rank after "ranked"
    ("Hollis Brandvold said the world No. 1 was tired.", "Hollis Brandvold"),  # the rank is another's
    ("Hollis Brandvold teamed up with the club to sell tickets.", "Hollis Brandvold"),  # no partner named
    ("Hollis Brandvold said the Austrian received a walkover.", "Hollis Brandvold"),  # another's walkover
    ("Hollis Brandvold came through the storm with the club intact.", "Hollis Brandvold"),  # not qualifying
    ("Hollis Brandvold had a bye-law changed by the club.", "Hollis Brandvold"),  # not a bye of the draw
]


@pytest.mark.parametrize("text,name", NO_SLOT)
def test_a_name_in_no_players_slot(slots, text, name):
    assert kind_of(slots, text, name) is None


def test_a_sentence_adverb_takes_no_rank_or_general_verb_phrase(slots):
    """ "Further down, world No. 21 X": a one-word sentence start says nothing through a comma."""
    text = "Elsewhere, fifth seed Quillon Varga booked his place in the last four."
    assert kind_of(slots, text, "Elsewhere") == SlotKind.RANK
    assert kind_of(slots, text, "Elsewhere", initial=True) is None
    text = "Weather met the organisers head on."
    assert kind_of(slots, text, "Weather", initial=True) is None


def test_a_bare_lemma_after_a_name_is_no_verb(slots):
    """ "Further down": "down" is a verb of play only as "downed"/"downs" after a subject."""
    assert kind_of(slots, "Further down the list came Quillon Varga.", "Further") is None
    assert kind_of(slots, "Quillon Varga downed the Austrian.", "Quillon Varga") == SlotKind.RESULT


@pytest.mark.parametrize(
    "text,a,b,joined",
    [
        ("Ilsabet Krogh and Maren Tollefsen came into the event", "Ilsabet Krogh", "Maren Tollefsen", True),
        ("Ilsabet Krogh (DEN)/Maren Tollefsen (NOR) bt", "Ilsabet Krogh", "Maren Tollefsen", True),
        ("Ilsabet Krogh and her partner Maren Tollefsen, the seeds", "Ilsabet Krogh", "Maren Tollefsen", True),
        ("Ilsabet Krogh, partnering Maren Tollefsen,", "Ilsabet Krogh", "Maren Tollefsen", True),
        ("Ilsabet Krogh beat Maren Tollefsen", "Ilsabet Krogh", "Maren Tollefsen", False),
        ("Ilsabet Krogh said that Maren Tollefsen", "Ilsabet Krogh", "Maren Tollefsen", False),
    ],
)
def test_coordinated(text, a, b, joined):
    sa, sb = text.index(a), text.index(b)
    assert coordinated(text, sa, sa + len(a), sb, sb + len(b)) is joined
    assert coordinated(text, sb, sb + len(b), sa, sa + len(a)) is joined


def slot_word_examples():
    rows = [json.loads(line) for line in (DATA / "slot_words.jsonl").read_text(encoding="utf-8").splitlines()]
    return [(row["slot"], ex) for row in rows for ex in row["examples"]]


@pytest.mark.parametrize("slot,example", slot_word_examples())
def test_every_slot_word_example_puts_its_name_in_a_slot(slots, slot, example):
    """Each example of slot_words.jsonl, X an unknown name: the name is in a player's slot."""
    text = example.replace("X", "Quillon Varga") + " on Sunday."
    assert kind_of(slots, text, "Quillon Varga") is not None, example
