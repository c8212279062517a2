"""What only a player does in a match, said of a name (extractor/refs/slots.py: the subject slot's verb
phrases of play and the tally slot, issue 17 principle 1): "X served for the match", "X hit 14 aces". The
names are invented; the sentences are paraphrases of no fixture. And the near misses that make no player."""

from __future__ import annotations

import pytest

from extractor.refs.slots import PlayerSlots, SlotKind, slot_of


def kind_of(slots: PlayerSlots, text: str, name: str, **kw) -> SlotKind | None:
    start = text.index(name)
    slot = slot_of(text, start, start + len(name), slots, **kw)
    return slot.kind if slot else None


@pytest.mark.parametrize(
    "text,name",
    [
        # a count of what a player makes: aces, double faults, winners, errors, points of a kind
        ("Oriane Castelbajac sent down 17 aces against the Swiss.", "Oriane Castelbajac"),
        ("Mirko Tadeljevic, the Serbian left-hander, struck 41 clean winners.", "Mirko Tadeljevic"),
        ("Solveig Aarnes converted only three of her 13 break points.", "Solveig Aarnes"),
        ("Ysolde Brennick also racked up nine double faults.", "Ysolde Brennick"),
        ("Kwabena Oduya landed 71% of first-serve points in the opener.", "Kwabena Oduya"),
        ("Ilkka Ravaska then fought off all four break points he faced.", "Ilkka Ravaska"),
        # what a player does on court: serving out, breaking, holding, being broken
        ("Teodora Vukelic served out the match to love.", "Teodora Vukelic"),
        ("Benedikt Almqvist broke back immediately to level at 4-4.", "Benedikt Almqvist"),
        ("Mette Kjaergaard never dropped her serve all afternoon.", "Mette Kjaergaard"),
        ("Paulo Anchieta was broken twice in the deciding set.", "Paulo Anchieta"),
        ("Raisa Volkonskaya double-faulted twice in the tiebreak.", "Raisa Volkonskaya"),
        # a doubles pair as the subject
        ("Ines Arrabal and Zuzka Holubova saved two match points before winning.", "Ines Arrabal"),
    ],
)
def test_a_player_does_it(slots, text, name):
    assert kind_of(slots, text, name) == SlotKind.RESULT


@pytest.mark.parametrize(
    "text,name",
    [
        ("Ottilie Farnsworth hit back at critics of the new schedule.", "Ottilie Farnsworth"),  # no count
        ("Lorcan Tierney counted 14 sponsors at the launch.", "Lorcan Tierney"),  # no tally word
        ("Severin Haldimann held talks with the sponsors.", "Severin Haldimann"),  # held talks, not serve
        ("Cosima Lindholm was broken-hearted by the news.", "Cosima Lindholm"),  # not a broken serve
        ("Tobias Wrenfield backed a winner at the races.", "Tobias Wrenfield"),  # one winner is no tally
        ("Fenella Ashdown printed 400 winners' certificates.", "Fenella Ashdown"),  # a word after the tally word
    ],
)
def test_no_player_from_near_misses(slots, text, name):
    assert kind_of(slots, text, name) is None


def test_a_sentence_initial_single_word_takes_no_tally(slots):
    """ "Rain hit 14 courts": a capitalised word starting its sentence is read as a name only in a slot
    before it; a general verb phrase after it says nothing (as for the subject slot)."""
    assert kind_of(slots, "Wind hit 14 aces out of play.", "Wind", initial=True) is None
