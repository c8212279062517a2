"""Sentence frames of the behavioural suite: result constructions, statements that are not results,
introductions and context sentences. Every frame is written for this suite.

Placeholders (filled by ``generator``):

- ``{W}``, ``{L}``: the winner's and the loser's side, with their modifiers, in the slot's role
  (``subj`` subject, ``obj`` any other noun-phrase slot, ``poss`` a possessor "X's", ``line`` a results
  line, ``line_codes`` a results line with country codes, ``line_ap`` an AP results line "X, Spain,");
- ``{wadv}``, ``{ladv}``: where an adverb of that side goes (empty unless the side's modifier is one);
- ``{S}`` the score from the winner's side, ``{SL}`` from the loser's side (with "ret." or "(retired)"
  after a retirement), ``{Sx}``, ``{SLx}`` the sets alone;
- ``{Wref}``, ``{Lref}``: a later reference to a side (surname, or both surnames of a pair);
- ``{w_they}``, ``{w_them}``, ``{w_their}``, ``{w_was}``, ``{w_is}`` (and ``l_``): pronouns and verb
  agreement for a side (she/he/they, was/were);
- ``{w_a}`` / ``{w_winner}``: "a ... winner" for one player, "... winners" for a pair;
- fillers: ``{round}``, ``{nextround}``, ``{tournament}``, ``{the_tournament}`` ("the US Open",
  "Wimbledon"), ``{city}``, ``{day}``, ``{minutes}``, ``{k}``, ``{injury}``, ``{nth}``, ``{wage}`` (the
  winner's age), ``{header}`` (a results-list heading).

Sentence starts are capitalised after filling ("de Vries" -> "De Vries" at the start).
"""

from __future__ import annotations

from dataclasses import dataclass

FAMILIES = (
    "verbal",
    "passive",
    "participial",
    "infinitive",
    "nominal",
    "possessive",
    "agentive",
    "loser-subject",
    "relative",
    "next-sentence",
    "results-line",
    "retirement",
)


@dataclass(frozen=True)
class Construction:
    name: str
    family: str
    template: str
    w_role: str = "subj"
    l_role: str = "obj"
    subject: str | None = "W"  # the slot that may be a surname, pronoun or descriptor after an introduction
    score: str = "opt"  # opt: any notation or none; req: a score must be given; no: never a score
    retired: str = "no"  # no | ok (a retirement score may be written) | only (the construction is a retirement)
    walkover: bool = False
    doubles: bool = True
    first_set_lost: bool = False  # the frame says the winner came from a set down
    w_post: bool = True  # a post-modifier may follow the winner's slot (no comma clause follows it)
    l_post: bool = True
    pronoun: bool = True  # the subject slot may be a pronoun ("She, who beat ..." may not)


C = Construction
CONSTRUCTIONS: tuple[Construction, ...] = (
    # -- verbal, active: winner subject, loser object -------------------------------------------------
    C("beat", "verbal", "{W}{wadv} beat {L}{ladv} {S} in the {round}.", retired="ok"),
    C("defeated", "verbal", "{W}{wadv} defeated {L}{ladv} {S} to reach the {nextround}."),
    C("saw_off", "verbal", "{W}{wadv} saw off {L} {S} at {the_tournament}."),
    C("knocked_out", "verbal", "{W}{wadv} knocked out {L} {S} in the {round}."),
    C("ousted", "verbal", "{W}{wadv} ousted {L}{ladv} {S} to move into the {nextround}."),
    C("eliminated", "verbal", "{W}{wadv} eliminated {L} {S} in {city}."),
    C("overcame", "verbal", "{W}{wadv} overcame {L} {S} in a {minutes}-minute {round} match."),
    C("edged", "verbal", "{W} edged {L} {S} in a tight {round} contest."),
    C("outlasted", "verbal", "{W}{wadv} outlasted {L} {S} after almost three hours on court."),
    C("rallied_past", "verbal", "{W}{wadv} rallied past {L} {S} in the {round}."),
    C("dispatched", "verbal", "{W}{wadv} dispatched {L}{ladv} {S} in just {minutes} minutes."),
    C("stunned", "verbal", "{W} stunned {L} {S} at {the_tournament}."),
    C("upset", "verbal", "{W} upset {L} {S} in the {round} of {the_tournament}."),
    C("swept_past", "verbal", "{W}{wadv} swept past {L} {S} and into the {nextround}."),
    C("won_against", "verbal", "{W}{wadv} won {S} against {L} in the {round}."),
    C("brushed_aside", "verbal", "{W}{wadv} brushed aside {L}{ladv} {S} under the lights in {city}."),
    # -- passive: loser subject, winner agent ---------------------------------------------------------
    C("beaten_by", "passive", "{L} {l_was}{ladv} beaten {S} by {W} in the {round}.", "obj", "subj", "L"),
    C(
        "knocked_out_by",
        "passive",
        "{L} {l_was}{ladv} knocked out of {the_tournament} by {W}, {S}.",
        "obj",
        "subj",
        "L",
    ),
    C("upset_by", "passive", "{L} {l_was} upset by {W} {S} in the {round}.", "obj", "subj", "L"),
    C("eliminated_by", "passive", "{L} {l_was}{ladv} eliminated {S} by {W} in {city}.", "obj", "subj", "L"),
    C(
        "stunned_by",
        "passive",
        "{L} {l_was} stunned by {W} in the {round}, losing {SL}.",
        "obj",
        "subj",
        "L",
        score="req",
    ),
    # -- participial ----------------------------------------------------------------------------------
    C("comma_beating", "participial", "{W}{wadv} reached the {nextround}, beating {L} {S}."),
    C("after_defeating", "participial", "{W} {w_is} into the {nextround} after defeating {L} {S}."),
    C("sweeping_aside", "participial", "{W}{wadv} booked {w_their} place in the {nextround}, sweeping aside {L} {S}."),
    C(
        "having_beaten",
        "participial",
        "Having beaten {L} {S} in the {round}, {W} next meets the winner of the late match.",
    ),
    C("by_beating", "participial", "{W}{wadv} advanced to the {nextround} by beating {L} {S}."),
    # -- infinitive -----------------------------------------------------------------------------------
    C("needed_to_beat", "infinitive", "{W} needed only {minutes} minutes to beat {L} {S}."),
    C(
        "set_down_to_beat",
        "infinitive",
        "{W} came from a set down to beat {L} {S} in the {round}.",
        first_set_lost=True,
    ),
    C("saved_mp_to_beat", "infinitive", "{W} saved {k} match points to beat {L} {S} in {city}.", first_set_lost=True),
    C("went_on_to_beat", "infinitive", "{W} dropped the opening set but went on to beat {L} {S}.", first_set_lost=True),
    # -- nominal --------------------------------------------------------------------------------------
    C("win_over", "nominal", "{W}{wadv} claimed a {S} win over {L} in the {round}."),
    C("victory_against", "nominal", "{W}{wadv} earned a {S} victory against {L} to reach the {nextround}."),
    C("triumph_over", "nominal", "{W} celebrated a {S} triumph over {L} at {the_tournament}."),
    C("upset_of", "nominal", "{W} completed a {S} upset of {L} in the {round}."),
    C("victory_sent", "nominal", "The {S} victory over {L} sent {W} into the {nextround}.", "obj", "obj"),
    C("defeat_by", "nominal", "{L}{ladv} suffered a {S} defeat by {W} in the {round}.", "obj", "subj", "L"),
    C("defeat_to", "nominal", "{L} slumped to a {SL} defeat to {W} in {city}.", "obj", "subj", "L"),
    C("at_the_hands", "nominal", "{L}{ladv} bowed out at the hands of {W}, {S}.", "obj", "subj", "L"),
    # -- possessive -----------------------------------------------------------------------------------
    C("poss_win_over", "possessive", "{W} {S} win over {L} sent {w_them} into the {nextround}.", "poss", "obj"),
    C("poss_loss_to", "possessive", "{L} {SL} loss to {W} ended {l_their} run in {city}.", "obj", "poss", "L"),
    C("poss_victory_against", "possessive", "{W} {S} victory against {L} was {w_their} {nth} in a row.", "poss", "obj"),
    C(
        "poss_defeat_by",
        "possessive",
        "{L} {S} defeat by {W} was {l_their} earliest exit of the season.",
        "obj",
        "poss",
        "L",
    ),
    # -- agent nouns and adjectives -------------------------------------------------------------------
    C("winner_over", "agentive", "{W} {w_was} {w_a} {S} {w_winner} over {L} in the {round}."),
    C("too_good", "agentive", "{W} proved too good for {L} in the {round}, winning {S}.", score="req"),
    C("too_strong", "agentive", "{W} {w_was} far too strong for {L}, who went down {SL}.", score="req", l_post=False),
    C(
        "conqueror",
        "agentive",
        "{W}, the conqueror of {L} in the {round}, plays again on {day}.",
        score="no",
        doubles=False,
        w_post=False,
        l_post=False,
        pronoun=False,
    ),
    C("ran_out_winner", "agentive", "{W} ran out {w_a} {S} {w_winner} against {L} in {city}."),
    # -- the loser as subject -------------------------------------------------------------------------
    C("lost_to", "loser-subject", "{L}{ladv} lost {SL} to {W} in the {round}.", "obj", "subj", "L"),
    C("lost_to_score_after", "loser-subject", "{L}{ladv} lost to {W} {SL} at {the_tournament}.", "obj", "subj", "L"),
    C("fell_to", "loser-subject", "{L}{ladv} fell to {W} {S} in the {round}.", "obj", "subj", "L"),
    C("went_down", "loser-subject", "{L}{ladv} went down {SL} to {W} in {city}.", "obj", "subj", "L"),
    C("crashed_out", "loser-subject", "{L} crashed out of {the_tournament}, losing {SL} to {W}.", "obj", "subj", "L"),
    C(
        "no_match_for",
        "loser-subject",
        "{L} {l_was} no match for {W}, who won {S}.",
        "obj",
        "subj",
        "L",
        score="req",
        w_post=False,
    ),
    C(
        "came_up_short",
        "loser-subject",
        "{L}{ladv} came up short against {W}, losing {SL} in the {round}.",
        "obj",
        "subj",
        "L",
    ),
    # -- relative clauses -----------------------------------------------------------------------------
    C(
        "who_beat",
        "relative",
        "{W}, who beat {L} {S} in the {round}, {w_is} through to {w_their} first final of the season.",
        w_post=False,
        pronoun=False,
    ),
    C(
        "who_lost",
        "relative",
        "{L}, who lost {SL} to {W} in the {round}, will return to the tour next month.",
        "obj",
        "subj",
        "L",
        l_post=False,
        pronoun=False,
    ),
    # -- score in the next sentence -------------------------------------------------------------------
    C("ns_score_was", "next-sentence", "{W}{wadv} beat {L} in the {round}. The score was {Sx}.", score="req"),
    C(
        "ns_surname",
        "next-sentence",
        "{W} beat {L} in the {round}. {Wref} raced to a {S} victory in {minutes} minutes.",
        score="req",
    ),
    C("ns_pronoun", "next-sentence", "{W}{wadv} got the better of {L} in the {round}. {w_they} won {S}.", score="req"),
    C(
        "ns_age",
        "next-sentence",
        "{W} defeated {L} in the {round}. The {wage}-year-old needed {minutes} minutes to win {S}.",
        score="req",
        doubles=False,
    ),
    C(
        "ns_met_won",
        "next-sentence",
        "{W} and {L} met in the {round} on {day}. {Wref} won {S}.",
        "obj",
        "obj",
        None,
        score="req",
        doubles=False,
    ),
    C(
        "ns_loser",
        "next-sentence",
        "{L} lost to {W} in the {round}. {Lref} went down {SL} in {minutes} minutes.",
        "obj",
        "subj",
        "L",
        score="req",
    ),
    # -- results lists --------------------------------------------------------------------------------
    C(
        "rl_bt_codes",
        "results-line",
        "{header}:\n{W} bt {L} {S}",
        "line_codes",
        "line_codes",
        None,
        score="req",
        retired="ok",
    ),
    C("rl_bt", "results-line", "{header}:\n{W} bt {L} {S}", "line", "line", None, score="req", retired="ok"),
    C("rl_def", "results-line", "{header}:\n{W} def. {L} {S}", "line", "line", None, score="req", retired="ok"),
    C(
        "rl_ap",
        "results-line",
        "{header}: {W}, d. {L}, {S}.",
        "line_ap",
        "line_ap",
        None,
        score="req",
        retired="ok",
        doubles=False,
    ),
    # -- retirements and walkovers --------------------------------------------------------------------
    C(
        "retired_trailing",
        "retirement",
        "{L} retired with a {injury} injury while trailing {W} {SLx}.",
        "obj",
        "subj",
        "L",
        score="req",
        retired="only",
    ),
    C(
        "retired_leading",
        "retirement",
        "{W} {w_was} leading {Sx} when {L} retired with a {injury} problem.",
        score="req",
        retired="only",
        l_post=False,
    ),
    C(
        "walkover",
        "retirement",
        "{W} received a walkover into the {nextround} when {L} withdrew with a {injury} injury.",
        score="no",
        walkover=True,
        l_post=False,
    ),
    C(
        "handed_walkover",
        "retirement",
        "{L} pulled out before {l_their} {round} match, handing {W} a walkover into the {nextround}.",
        "obj",
        "subj",
        "L",
        score="no",
        walkover=True,
    ),
)


@dataclass(frozen=True)
class NonResult:
    kind: str
    template: str  # {A}, {B}: the two players; {a_they}, {a_their}: A's pronouns; fillers as above
    doubles: bool = False  # True: A and B are partners, not opponents


N = NonResult
NON_RESULTS: tuple[NonResult, ...] = (
    N("conditional", "If {A} beats {B}, {a_they} will reach the {nextround}."),
    N("conditional", "Should {A} get past {B} on {day}, a meeting with the top seed awaits."),
    N("conditional", "A win over {B} would lift {A} into the top ten for the first time."),
    N("conditional", "{A} must beat {B} to keep {a_their} hopes of a place at the season finale alive."),
    N("prediction", "{A} is expected to beat {B} in the {round}."),
    N("prediction", "Bookmakers make {A} the clear favourite to defeat {B} on {day}."),
    N("prediction", "Most pundits tip {A} to see off {B} in straight sets."),
    N("prediction", "{A} should have too much for {B} when they meet in the {round}."),
    N("hope", "{A} hopes to beat {B} for the first time in {a_their} career."),
    N("hope", "{A} is aiming to knock out {B} in the {round}."),
    N("hope", "{A} will be looking to upset {B} on {day}."),
    N("hope", "{A} wants to avoid another early loss when {a_they} plays {B}."),
    N("schedule", "{A} will face {B} in the {round} on {day}."),
    N("schedule", "{A} plays {B} next."),
    N("schedule", "{A} takes on {B} in the {round} on {day}."),
    N("schedule", "Next up for {A} is a meeting with {B}."),
    N("schedule", "{A} and {B} are scheduled second on Court 3 on {day}."),
    N("head-to-head", "{A} has never beaten {B}."),
    N("head-to-head", "{A} leads {B} 3-1 in their head-to-head."),
    N("head-to-head", "{A} has won all four of {a_their} previous meetings with {B}."),
    N("head-to-head", "{B} is yet to take a set off {A} in three meetings."),
    N("in-progress", "{A} was leading {B} {partial} when rain stopped play."),
    N("in-progress", "{A} led {B} {partial} when play was suspended for the night."),
    N("in-progress", "{A} and {B} were locked at {games} in the first set when the floodlights failed."),
    N("in-progress", "{A} is a set up against {B} on Court 2."),
    N("set-in-match", "{A} lost the opening set {lostset} to {B} before the rain arrived."),
    N("set-in-match", "{A} took the first set off {B} in a tiebreak."),
    N("set-in-match", "{B} won the second set against {A} {wonset} to level the match."),
    N("set-in-match", "{A} dropped a set to {B} for the first time this week."),
    N("negated", "{A} has not played {B} since the {year} {tournament}."),
    N("negated", "{A} never got to face {B} after the draw was reshuffled."),
    N("negated", "{A} and {B} did not meet after rain washed out the event."),
    N("modal", "On current form, {A} would beat {B} comfortably."),
    N("modal", "{A} can beat {B} if {a_they} serves well, according to {a_their} coach."),
    N("modal", "{A} could trouble {B} on this surface."),
    N("modal", "{A} might be the player to stop {B} this week."),
    N("question", "Can {A} beat {B} on {day}?"),
    N("question", "Will {A} finally get the better of {B}?"),
    N("question", "Who will come out on top when {A} meets {B}?"),
    N("preview", "{A} and {B} meet for the first time."),
    N("preview", "{A} and {B} have been drawn together in the {round}."),
    N("preview", "{A} against {B} headlines the evening session."),
    N("preview", "The pick of the {round} matches is {A} versus {B}."),
    N("practice", "{A} practised with {B} on Court 3 on {day}."),
    N("practice", "{A} hit with {B} for an hour before the tournament began."),
    N("practice", "{A} and {B} shared a practice court on the eve of the event."),
    N("partnership", "{A} will partner {B} in the doubles this week.", doubles=True),
    N("partnership", "{A} and {B} have teamed up for the doubles.", doubles=True),
    N("partnership", "{A} is playing doubles with {B} in {city}.", doubles=True),
)
NON_RESULT_KINDS: tuple[str, ...] = tuple(dict.fromkeys(n.kind for n in NON_RESULTS))

# The first sentence: the page is plainly tennis. {event} is "WTA"/"ATP"; {draw} "singles"/"doubles".
CONTEXTS = (
    "Play continued at {the_tournament} in {city} on {day}.",
    "It was {round} day in the {draw} at {the_tournament}.",
    "{tournament}: {draw} {round} report.",
    "There were plenty of talking points at the {event} event in {city}.",
    "The {draw} {round} of {the_tournament} was played in bright sunshine.",
    "Crowds filled the stands at {the_tournament} in {city}.",
    "{city} hosted the {draw} {round} of the {event} Tour event on {day}.",
)

# Introductions before a result told with surnames, a pronoun or a descriptor. {A}, {B}: both
# sides in full, in either order (pairs: "A1 and A2"); {P}: the subject side in full; {p_their}: its pronoun.
INTRO_BOTH = (
    "{A} and {B} met for the first time in {city}.",
    "{A} faced {B} for a place in the {nextround}.",
    "It was the first meeting between {A} and {B}.",
    "{A} took on {B} in the {round} on {day}.",
)
INTRO_BOTH_DOUBLES = (
    "{A} faced {B} for a place in the doubles {nextround}.",
    "{A} took on {B} in the doubles {round} on {day}.",
)
INTRO_ONE = (
    "{P} arrived in {city} on a run of {k} straight wins.",
    "{P} had not dropped a set all week.",
    "{P} came into the tournament short of match practice.",
    "{P} {p_was} playing {p_their} first event since the spring.",
)
# Descriptor introductions: the attribute is stated with the name, then the descriptor stands alone.
INTRO_DESCRIPTOR = {
    "nationality": ("{Noun} {P} had not dropped a set all week.", "the {noun}"),
    "age": ("{P}, {age}, arrived in {city} on a run of {k} straight wins.", "the {age}-year-old"),
    "seed": ("{Seed} {P} came into the tournament short of match practice.", "the {seed}"),
    "rank": ("World No. {rank} {P} had not dropped a set all week.", "the world No. {rank}"),
}
INTRO_SIBLINGS = (
    "{F1} and {F2} {Sur} have played doubles together since they were juniors.",
    "{F1} and {F2} {Sur} are the only {siblings} in the draw.",
)
