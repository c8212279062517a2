"""The kinds of result frames, and what each reads, written with letters for players."""

from __future__ import annotations

from enum import StrEnum


class FrameKind(StrEnum):
    """Which construction stated a result (a clause's ``kind``)."""

    # the loser named first
    PASSIVE = "passive"  # "L was beaten by W"
    LOST = "lost"  # "L lost to W"
    POSSESSIVE_LOSS = "possessive_loss"  # "L's loss to W"
    PARTICIPLE_LOST = "participle_lost"  # "Having lost to W, L ..."
    RUN_ENDED = "run_ended"  # "L's run ended at the hands of W"
    # the winner named first
    AGAINST_WINNING = "against_winning"  # "W ... against L, winning 6-1 6-1"
    THROUGH_AGAINST = "through_against"  # "W came through against L 7-6 6-4"
    WHOM = "whom"  # "L, whom W beat"
    AGAINST_BEFORE = "against_before"  # "W ... against L before sealing a 6-4 6-2 victory"
    PARTICIPLE_WON = "participle_won"  # "Having beaten L, W ..."
    ACTIVE = "active"  # "W beat L"
    SPLIT = "split"  # "W knocked L out": a verb and its particle around the loser
    NOMINAL = "nominal"  # "W claimed a 6-3 win over L": a holder and a noun of winning
    POSSESSIVE_WIN = "possessive_win"  # "W's win over L"
    WIN_SENT = "win_sent"  # "The 6-3 6-4 victory over L sent W into the final"
    WIN_CAUSED = "win_caused"  # "W2 partnered W to a 6-3 6-4 win over L"
    WINNER_OVER = "winner_over"  # "W, a 6-4 7-5 winner over L"
    CONQUEROR = "conqueror"  # "L's conqueror, W"
    COMEBACK = "comeback"  # "W trailed L ... before coming back to win"
    WON_AGAINST = "won_against"  # "W won 7-6 6-3 against L"
    DEFEAT_GIVEN = "defeat_given"  # "W handed L a 6-2 6-2 defeat", "W inflicted a defeat on L"
    WIN_FOR = "win_for"  # "a 6-2 6-3 victory for W over L"
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


LOSER_FIRST = frozenset(
    {FrameKind.PASSIVE, FrameKind.LOST, FrameKind.PARTICIPLE_LOST, FrameKind.WHOM, FrameKind.RUN_ENDED}
)
NOMINAL = frozenset(
    {
        FrameKind.POSSESSIVE_LOSS,
        FrameKind.NOMINAL,
        FrameKind.POSSESSIVE_WIN,
        FrameKind.WIN_SENT,
        FrameKind.WIN_CAUSED,
        FrameKind.WINNER_OVER,
        FrameKind.CONQUEROR,
        FrameKind.DEFEAT_GIVEN,
        FrameKind.WIN_FOR,
    }
)
NOT_PLAYED = frozenset(
    {
        FrameKind.WALKOVER,
        FrameKind.RETIRED_TO,
        FrameKind.WITHDREW_FROM,
        FrameKind.WALKOVER_FROM,
        FrameKind.WITHDREW_GIVING,
        FrameKind.RETIRED_LATER,
        FrameKind.WALKOVER_LATER,
    }
)
ONE_SIDE = frozenset({FrameKind.WINNER_ONLY, FrameKind.LOSER_ONLY, FrameKind.TEAM_DESCRIBED})


def family(kind: FrameKind) -> str:
    """The family of constructions a frame belongs to, coarse enough to learn a confidence from a few
    hundred gold matches: a verb with the loser first or the winner first, a noun or agent noun, a
    match not played out, or one side only."""
    for name, kinds in (
        ("loser_first", LOSER_FIRST),
        ("nominal", NOMINAL),
        ("not_played", NOT_PLAYED),
        ("one_side", ONE_SIDE),
    ):
        if kind in kinds:
            return name
    return "winner_first"


# What each frame reads, written with letters for players (W the winner, L the loser, W2 and L2
# their doubles partners): tests/results/test_frames.py checks that every example gives a clause
# of its frame with exactly these sides.
FRAME_EXAMPLES: dict[FrameKind, tuple[str, ...]] = {
    FrameKind.PASSIVE: (
        "L was beaten by W",
        "L, stunned by W in the first round, flew home",
        "L was edged out 7-6 7-6 by W",
    ),
    FrameKind.LOST: (
        "L lost to W",
        "L fell 2-6 4-6 to W",
        "L crashed out in the second round, losing to W",
        "L, the top seed, bowed out at the hands of W",
        "L came up short against W in the final",
        "L was simply no match for W",
        "L, partnering L2, fell to W and W2",
        "L had few answers against W, losing 1-6 2-6",
        "L led W by a set but lost 6-4 2-6 3-6",
        "L reached a first final after two qualifying rounds and a week of rain, going down to W",
    ),
    FrameKind.POSSESSIVE_LOSS: (
        "L's loss to W",
        "L's 6-3 6-4 defeat at the hands of W",
        "L, playing in the evening, suffered a 6-2 6-2 defeat by W",
        "L/L2's 4-6 5-7 loss to W/W2",
    ),
    FrameKind.RUN_ENDED: (
        "L's run ended at the hands of W",
        "L's hopes of a first title were dashed by W",
        "L's title defence came to an end against W in the quarter-finals",
    ),
    FrameKind.PARTICIPLE_LOST: (
        "Having lost to W in last year's final, L gained revenge",
        "After being beaten by W in Rome, L took a week off",
    ),
    FrameKind.AGAINST_WINNING: ("W had an easier time against L, winning 6-1 6-1",),
    FrameKind.THROUGH_AGAINST: ("W, seeded fourth, came through against L 7-6(3) 6-4",),
    FrameKind.WHOM: ("fifth seed L, whom W beat 6-3 6-4, said little",),
    FrameKind.AGAINST_BEFORE: (
        "W was slow to start against L before sealing a 6-4 6-2 victory",
        "W kept up her perfect record against L with a 6-1 6-2 win",
    ),
    FrameKind.PARTICIPLE_WON: (
        "Having beaten L 6-2 6-4 in the quarter-finals, W next meets the top seed",
        "After edging L in three sets, the Spaniard W admitted she was tired",
    ),
    FrameKind.ACTIVE: (
        "W beat L",
        "It took W just 78 minutes to dispatch L",
        "W, the 14th seed, was far too strong for L",
        "W (ITA) bt L (USA) 6-3 6-2",
        "W and W2 beat L and L2 6-3 6-4",
        "W/W2 d L/L2 6-4 7-5",
        "W teamed up with W2 to beat L and L2 6-4 7-5",
        "W joined forces with W2 and stunned L and L2",
        "W beat his compatriot and doubles partner L 6-3 6-2",
        "W, who defeated her friend and former hitting partner L, goes on",
        "[1] W (JPN) d. [Q] L (KOR) 6-3 6-4",
        "1. #9 W (UCLA) def. #27 L (STAN) 6-4, 7-5",
        "W (NED) / W2 (GER) def. (WC) L (ESP) / [8] L2 (ESP) 7-6(4) 6-4",
    ),
    FrameKind.NOMINAL: (
        "W celebrated a 6-3 6-0 triumph over L",
        "W was a 6-4 7-5 winner over L in the semi-finals",
        "W ran out a 6-4 6-3 winner against L",
        "W raced to a 6-1 6-1 victory over L",
        "W completed a straight-sets upset of L",
        "W and W2 were 6-4 7-5 winners over L and L2",
        "W claimed victory over L",
    ),
    FrameKind.SPLIT: ("W knocked L out in the fourth round", "W, the top seed, saw L off in straight sets"),
    FrameKind.POSSESSIVE_WIN: (
        "W's 6-4 6-2 win over L",
        "W opened with a victory over L",
        "W' 7-5 6-3 triumph against L",  # a possessor ending in s: "Tsitsipas' win", "the Bryan brothers' win"
        "W and W2' 6/2 7/5 victory against L and L2 on Thursday",
    ),
    FrameKind.WIN_SENT: (
        "The 6-3 6-4 victory over L sent W into the third round",
        "A hard-fought win over L put W in the final",
    ),
    FrameKind.WIN_CAUSED: (
        "The coach guided W to a 6-3 6-4 win over L",
        "W partnered W2 to a straight-sets victory over L and L2 in the doubles final",
    ),
    FrameKind.WINNER_OVER: (
        "W, a 6-4 7-5 winner over L, plays next",
        "W, the conqueror of L in the second round, plays next",
    ),
    FrameKind.CONQUEROR: (
        "L's conqueror in the previous round, W, was knocked out",
        "W, L's conqueror last week, plays again",
        "beat L's conquerors, the Brazilian pairing of W and W2",
    ),
    FrameKind.COMEBACK: ("W trailed L by two sets to one before coming back to win in five",),
    FrameKind.WON_AGAINST: (
        "W won 7-6(5) 6-3 against L",
        "W clinched the title against L",
        "W edged a tight contest with L 7-6 7-5",
        "W came through a brutal contest with L 3-6 7-6 7-5",
    ),
    FrameKind.WIN_FOR: (
        "It was a 6-2 6-3 victory for W over L",
        "Victory for W against L means a place in the final",
        "There was defeat for L against W in the second round",
    ),
    FrameKind.DEFEAT_GIVEN: (
        "W handed L a 6-2 6-2 defeat",
        "W inflicted a straight-sets defeat on L",
        "W condemned L to a first-round exit",
        "W hands L only his third defeat at the event",
    ),
    FrameKind.WALKOVER: (
        "W advanced when L withdrew",
        "W moved on when L called it a day",
        "W, whose opponent L retired trailing 1-6 0-3, is through",
    ),
    FrameKind.RETIRED_TO: (
        "L retired when 6-2 3-0 down to W",
        "L quit trailing 2-6 1-4 to W",
        "L retired with a back injury while trailing W",
        "L, playing on Friday, quit against W",
    ),
    FrameKind.WITHDREW_FROM: ("L pulled out of a charity match with W",),
    FrameKind.WALKOVER_FROM: ("W received a walkover from L",),
    FrameKind.WITHDREW_GIVING: (
        "L withdrew, handing W a place in the final",
        "L pulled out before the match, handing fifth seed W a walkover",
    ),
    FrameKind.WINNER_ONLY: ("W won 6-3 6-4", "W needed three sets, closing out 4-6 6-3 6-2"),
    FrameKind.LOSER_ONLY: (
        "L was beaten in the first round",
        "L lost in straight sets",
        "L and L2 went down 2-6 3-6 in 70 minutes",
    ),
}
