"""The kinds of result frames, and what each reads, written with letters for players."""

from __future__ import annotations

from enum import StrEnum


class FrameKind(StrEnum):
    """Which construction stated a result (a clause's ``kind``)."""

    # the loser named first
    PASSIVE = "passive"  # "L was beaten by W"
    LOST = "lost"  # "L lost to W"
    POSSESSIVE_LOSS = "possessive_loss"  # "L's loss to W"
    # the winner named first
    AGAINST_WINNING = "against_winning"  # "W ... against L, winning 6-1 6-1"
    THROUGH_AGAINST = "through_against"  # "W came through against L 7-6 6-4"
    WHOM = "whom"  # "L, whom W beat"
    AGAINST_BEFORE = "against_before"  # "W ... against L before sealing a 6-4 6-2 victory"
    ACTIVE = "active"  # "W beat L"
    POSSESSIVE_WIN = "possessive_win"  # "W's win over L"
    WINNER_OVER = "winner_over"  # "W, a 6-4 7-5 winner over L"
    WON_AGAINST = "won_against"  # "W won 7-6 6-3 against L"
    # matches not played out
    WALKOVER = "walkover"  # "W advanced when L withdrew"
    RETIRED_TO = "retired_to"  # "L retired when down to W"
    WITHDREW_FROM = "withdrew_from"  # "L pulled out of a match with W"
    WALKOVER_FROM = "walkover_from"  # "W received a walkover from L"
    WITHDREW_GIVING = "withdrew_giving"  # "L withdrew, handing W a place"
    # one side in the clause, the other from the article
    WINNER_ONLY = "winner_only"  # "W won 6-3 6-4"
    LOSER_ONLY = "loser_only"  # "L was beaten", "L lost"
    # told across sentences (extractor/results/later.py)
    RETIRED_LATER = "retired_later"  # "L ... while leading W 6-4 1-1. ... and he quit"
    WALKOVER_LATER = "walkover_later"  # "L was due to face W. ... L could not play"
    TEAM_DESCRIBED = "team_described"  # "The American twins beat L and P"


# What each frame reads, written with letters for players (W the winner, L the loser, W2 and L2
# their doubles partners): tests/results/test_frames.py checks that every example gives a clause
# of its frame with exactly these sides.
FRAME_EXAMPLES: dict[FrameKind, tuple[str, ...]] = {
    FrameKind.PASSIVE: (
        "L was beaten by W",
        "L, stunned by W in the first round, flew home",
        "L was edged out 7-6 7-6 by W",
    ),
    FrameKind.LOST: ("L lost to W", "L fell 2-6 4-6 to W", "L crashed out in the second round, losing to W"),
    FrameKind.POSSESSIVE_LOSS: ("L's loss to W", "L's 6-3 6-4 defeat at the hands of W"),
    FrameKind.AGAINST_WINNING: ("W had an easier time against L, winning 6-1 6-1",),
    FrameKind.THROUGH_AGAINST: ("W, seeded fourth, came through against L 7-6(3) 6-4",),
    FrameKind.WHOM: ("fifth seed L, whom W beat 6-3 6-4, said little",),
    FrameKind.AGAINST_BEFORE: ("W was slow to start against L before sealing a 6-4 6-2 victory",),
    FrameKind.ACTIVE: (
        "W beat L",
        "W (ITA) bt L (USA) 6-3 6-2",
        "W and W2 beat L and L2 6-3 6-4",
        "W/W2 d L/L2 6-4 7-5",
    ),
    FrameKind.POSSESSIVE_WIN: ("W's 6-4 6-2 win over L", "W opened with a victory over L"),
    FrameKind.WINNER_OVER: ("W, a 6-4 7-5 winner over L, plays next",),
    FrameKind.WON_AGAINST: ("W won 7-6(5) 6-3 against L",),
    FrameKind.WALKOVER: ("W advanced when L withdrew", "W moved on when L called it a day"),
    FrameKind.RETIRED_TO: ("L retired when 6-2 3-0 down to W", "L quit trailing 2-6 1-4 to W"),
    FrameKind.WITHDREW_FROM: ("L pulled out of a charity match with W",),
    FrameKind.WALKOVER_FROM: ("W received a walkover from L",),
    FrameKind.WITHDREW_GIVING: ("L withdrew, handing W a place in the final",),
    FrameKind.WINNER_ONLY: ("W won 6-3 6-4", "W needed three sets, closing out 4-6 6-3 6-2"),
    FrameKind.LOSER_ONLY: ("L was beaten in the first round", "L lost in straight sets"),
}
