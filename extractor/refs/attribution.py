"""Attribution patterns for quotations: what may stand between a reporting verb and its subject,
and speakers named by a title or a description instead of a name. Plain regexes and tables built
once per rule data, so the quote stage stays about finding and writing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from extractor.text import plain as T

# What may stand between a reporting verb's subject and the verb: an apposition or relative clause
# set off by commas ("Moya, nicknamed Charly, admitted", "Y, who coached X, said") and auxiliaries
# or adverbs ("Federer later said", "she has admitted").
RE_SUBJECT_GAP = re.compile(
    r"""\A\s*
    (?:,[^,"“”:;.]{1,90},\s*)?                      # ", the 24-year-old Swiss," / ", who coached X,"
    (?:(?:\w+ly|also|then|later|afterwards|has|had|have|was|is|would|will|once|had\s+earlier)\s+)*
    \Z""",
    re.VERBOSE,
)
# A name in apposition before the verb, set off by commas: the comma before it ("Holub's coach, ")
# and the comma closing it, then maybe an adverb (", Marek Dvorsky, later said").
RE_APPOSITION_OPEN = re.compile(r",\s*\Z")
RE_APPOSITION_CLOSE = re.compile(r"\A\s*,\s*(?:(?:\w+ly|also|then|later|afterwards)\s+)*\Z")
# A title and a preposition right before a name: the name is whom the title serves ("a spokesperson
# for X", "the coach of X", "a source close to X").
RE_ROLE_OWNER_BEFORE = re.compile(
    r"\b(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?(?:spokes(?:man|woman|person)|representative|agent|publicist|manager"
    r"|coach|physio|source|friend|member)s?\s+(?:for|of|to|close\s+to|from)\s+\Z",
    re.IGNORECASE,
)
# What may stand between a reporting verb and its subject after it: "said Moya", "said the
# American", "said the tour's physio Jane Roe", "added his coach Y".
RE_OBJECT_GAP = re.compile(
    r"\A\s*(?:(?:the|his|her|their|a|an|[A-Z][\w'’-]*|[a-z][\w-]*\s+coach|coach|captain|director)\s+){0,5}\Z"
)
# A description before the name after the verb: "said the 26-year-old Dimitrov", "added the defending
# champion X", "said her world No 3 opponent X"; a preposition or a clause word before the name makes it
# no subject ("said the coach of X", "said the umpire who warned X").
RE_OBJECT_DESCRIBED_GAP = re.compile(
    r"""\A\s*(?:the|his|her|their)\s+
    (?:(?!(?:of|for|to|about|with|against|after|at|in|on|that|who|which|and|but|or|as|by|from|when|before|during
    |over|than)\b)[\w'’.-]+\s+){1,5}\Z""",
    re.VERBOSE,
)
# A reporting verb that introduces reported speech is no attribution: "Eerdekens said that ...",
# "has agreed to ..."; "to" the hearer ("admitted to Eurosport", "said to reporters") and "that" a time
# ("said that night") are none.
RE_INDIRECT = re.compile(
    r"""\s+(?:if|whether)\b                     # "asked if ...", "wondered whether ..."
    |\s+that\b(?!\s+(?:night|day|morning|afternoon|evening|week|weekend|time|year|season|month)\b)  # not a time
    |\s+to\b(?!\s+(?:the\s+)?(?:[A-Z]|(?:reporters|journalists|media|press|broadcasters?|fans|crowd)\b))  # not a hearer
    """,
    re.VERBOSE,
)
# What the words are about, after the reporting verb: "said of X", "told reporters about X", "told
# reporters, referring to X", "said in praise of X".
RE_SAID_OF = re.compile(
    r"""(?:\s+(?:\w+\s+){0,2}?(?:of|about)\s+     # "said of", "told reporters about", "said in praise of"
    |(?:\s+\w+){0,2}\s*,\s*(?:referring|alluding|speaking|talking)\s+(?:to|of|about)\s+)  # ", referring to X"
    """,
    re.VERBOSE,
)
RE_CLAUSE_STOP = re.compile(r"[.;:!?\"“”]|,\s+(?:and|but|who|which)\b")  # the end of the clause talked about
# The determiners of a title: definite ("his coach", "the tournament director") or not ("a spokesman").
RE_DETERMINER = re.compile(r"\b(a|an|the|his|her|their|its)\b", re.IGNORECASE)
# A short subject right after a quotation: "Federer", "Andy Roddick", "the American", "he".
RE_NAME_BEFORE_VERB = re.compile(r"\s*(?:(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}|[Hh]e|[Ss]he)\s+")
# What may follow a reporting verb in a plain attribution: when or where it was said.
RE_WHEN_SAID = re.compile(r"\s*[,.]|\s+(?:on|in|at|after|afterwards|later|yesterday|today|tonight|\w+day)\b")
# Between a title after the verb and the name in apposition to it: "said his coach, (former tour
# player) X", "added the tournament director, (the former Wimbledon champion) Y".
RE_ROLE_APPOSITION = re.compile(r"\s*,\s*(?:[\w'’-]+\s+){0,5}")
# A name no stage linked set off by commas right after a title: "says his wife, Ana, who", "said her
# father, Piet Kramer." (one to three capitalised words, then the end of the clause).
RE_ROLE_NAME = re.compile(
    r"\s*,\s*(?P<name>(?-i:[A-Z])[\w'’-]+(?:\s+(?:(?:de|da|van|von|der|di|le)\s+)?(?-i:[A-Z])[\w'’-]+){0,2})"
    r"(?=\s*(?:[.,;:!?\"”]|$))"
)
RE_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?\"”]|$)")
# A possessive: "Federer's coach", "Tennis Australia's" names an owner, not the speaker.
RE_POSSESSIVE = re.compile(r"['’]s?\b")


# A lead-in that hands over to the quotation with a colon: the colon, then only white space.
RE_COLON_LEAD = re.compile(r":\s*$")
# What may open a lead-in before its subject: nothing, a headline's or list's dash or bullet, or a
# connective set off by commas ("Afterwards, Holub was blunt:", "For his part, Holub:").
RE_LEAD_HEAD = re.compile(r"\s*(?:[-–—•*]\s*)?(?:[A-Z][\w'’ ]{0,30},\s*)?")
# A message from someone handing over to its words with a colon: "An email from X:", "A tweet from
# X, in Leeds:" (a live page's readers); the sender is the speaker.
RE_MESSAGE_LEAD = re.compile(
    r"""\s*(?-i:A|An|The|One|Another)\s+(?:[\w-]+\s+)?     # "An", "Another quick"
    (?:e-?mail|message|tweet|text|letter|note|post|comment|question)s?\s+from\s+
    (?P<name>(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){0,3})  # the sender's name
    (?:\s*,[^:\n"“”]{0,60})?:\s*\Z                       # ", in Leeds", then the colon""",
    re.VERBOSE,
)
# A sentence after a quotation that hands it to its speaker: "That was how X summed up ...", "Such was
# the verdict of X", "That is what X told ...".
RE_THAT_WAS_HOW = re.compile(
    r"""\s*(?-i:That|This|Such|Those|These|So)\s+(?:was|were|is|are|has\s+been)\s+
    (?:how|what                                                  # "That was how X ...", "That is what X ..."
    |(?:the|a)\s+(?:[\w-]+\s+)?                                 # "the verdict of X", "the blunt view of X"
      (?:verdict|view|message|assessment|reaction|response|words?|take|questions?|warning|advice|promise)
      (?:\s+(?:of|from))?)                                         # "the message from X", "the questions X asked"
    \s+""",
    re.VERBOSE,
)
# A verb naming something in someone's words, before a quoted fragment ("X labelled it 'a disaster'",
# "X hailed her as 'the best'"): its subject is the fragment's speaker, as with "X called it".
RE_NAMING_VERB = re.compile(r"\b(?:labell?ed|branded|dubbed|hailed|termed|likened)\b", re.IGNORECASE)
# A determiner, then at most two words, right before a word: that word heads a noun phrase ("an
# Instagram post", "his reply").
RE_DETERMINER_BEFORE = re.compile(
    r"(?<![\w'’-])(?:a|an|the|his|her|their|its|this)\s+(?:[\w'’-]+\s+){0,2}\Z", re.IGNORECASE
)
# A noun of speech after a possessive: the owner speaks ("Holub's verdict was simple:").
SPEECH_NOUNS = (
    r"(?:verdict|message|response|reply|answer|reaction|assessment|explanation|view|words|take|summary|thoughts?"
    r"|advice|warning|promise|plea|defen[cs]e|comments?)"
)
RE_SPEECH_NOUN = re.compile(rf"['’]s?\s+(?:\w+\s+)?{SPEECH_NOUNS}\b")
# The same after "his"/"her" heading a colon lead-in, a post or statement of theirs too: "Her verdict:",
# "After the match, his message was clear:", "Her Instagram post read:".
RE_PRONOUN_SPEECH_LEAD = re.compile(
    rf"\s*(?:(?-i:[A-Z])[\w'’ ]{{0,30}},\s*)?(?P<pron>(?-i:[Hh])is|(?-i:[Hh])er)\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?:{SPEECH_NOUNS}|post|tweet|caption|statement|letter|note)\b",
    re.IGNORECASE,
)
# A narrative sentence telling the mood or manner of someone about to speak, the hand-over to a
# paragraph of their words ("X was in no mood to celebrate.", "Her opponent was more downbeat.").
RE_SPEECH_MOOD = re.compile(
    r"""\b(?:mood|spirits|humou?r                                  # "in no mood", "in good spirits"
    |(?:up|down)beat|bullish|defiant|philosophical|candid|frank|blunt|honest|gracious|rueful|reflective
    |emotional|tearful|relieved|delighted|thrilled|elated|ecstatic|happy|pleased|proud|content|satisfied
    |disappointed|frustrated|dejected|despondent|forlorn|crestfallen|gutted|angry|furious|livid|upset|bitter
    |realistic|pragmatic|positive|confident|optimistic|cautious|modest|humble|diplomatic|apologetic|contrite
    |(?:dis)?satisfaction|disappointment|frustration|delight|relief|joy|anger|tears|emotions?   # "hid her relief"
    |slumped|shook\s+(?:his|her)\s+head|at\s+a\s+loss\s+to\s+explain)\b   # a gesture, a loss for words
    """,
    re.IGNORECASE | re.VERBOSE,
)
# A lower-case word (not a reporting verb's colon) right before an opening mark: a phrase quoted
# inside narration.
RE_EMBEDDED_BEFORE = re.compile(r"\b[a-z][\w'’-]*\s+$")
# A sentence opening with a description: "The Australian has", "The 28-year-old Swiss said".
RE_OPENING_DESCRIPTION = re.compile(
    r"\s*The\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+(?=\s+(?:has|had|is|was|will|would|said|says|who|,|[a-z]+ed\b|[a-z]+s\b))"
)
# The subject of a contrasting last clause: "..., but the federation's president denied it".
RE_CONTRAST_SUBJECT = re.compile(r"\b(?:but|while|whereas|however,?)\s+(?:(?:the|[A-Z][\w'’.-]*)\s+){0,4}$")


def verb_pattern(verbs) -> re.Pattern[str]:
    alts = sorted(verbs, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(v) for v in alts) + r")\b", re.IGNORECASE)


# A description of a player rather than of a body or an official: "the 24-year-old Swiss", "the
# world number one", "the defending champion", "the top seed".
RE_PLAYER_DESCRIPTION = re.compile(
    r"""year-old|\bseed|champion|\bnumber\b|\bNo\b|\bworld\b|teen|veteran|qualifier|youngster|hander|\bstar\b|\bplayer\b
    |finalist                               # "the first-time finalist", "the beaten semi-finalist"
    |\bwinner\b|\bvictor\b                  # "said the winner", "the Wimbledon winner"
    |holder\b                               # "the title-holder", "the titleholder"
    |\bfavou?rite\b                         # "the home favourite"
    |\bwild[\s-]?card\b|\blucky\s+loser\b    # entries only a player has
    |\bOlympian\b|\bdebutant\b|\bprodigy\b
    |\blass\b|\blad\b                      # "the Yorkshire lass", "the Scottish lad": a tabloid's player
    |\bazzurr[oa]\b                        # "the azzurro": an Italian outlet's national player""",
    re.IGNORECASE | re.VERBOSE,
)


# The head of a phrase that names a body, a thing or a team rather than a player, whatever the words
# before it ("the world governing body", "the champion's management company", "the Swiss federation").
RE_BODY_HEAD = re.compile(
    r"""\b(?:body|bodies|company|federation|association|organi[sz]ation|organi[sz]ers|committee|board|union
    |club|team|camp|statement|management|agency|office|council|tournament|event|website|channel|broadcaster
    |tour|sponsor|academy|ministry|government|league|panel
    |press|media|newspapers?|papers?|fans|crowd|supporters|public)\s*$      # "the Spanish press", "the home fans"
    """,
    re.IGNORECASE | re.VERBOSE,
)
# A capitalised demonym of a region or city ending a description: "the Mallorcan", "the Carrarino",
# "the South Tyrolean", "the Vaudoise" (no list of countries holds them; an outlet at home writes them).
RE_LOCAL_DEMONYM = re.compile(
    r"""(?<![\w'’-])[A-Z][a-z]+
    (?:an|ano|ana|ino|ina|ese|ite|que      # "the Mallorcan", "the Carrarino", "the Basque"
    |ois|oise|ais|aise|ienne               # French: "the Vaudoise", "the Lyonnais", "the Jurassienne"
    |erin)\s*$                             # German feminine: "the Schwyzerin", "the Baslerin"
    """,
    re.VERBOSE,
)


@dataclass(frozen=True)
class SubjectPatterns:
    """Speakers named by a phrase instead of a name, right before or after the verb."""

    role_before: re.Pattern[str]  # "a spokesman for the club said", "his coach told"
    role_after: re.Pattern[str]  # "said the tournament director"
    phrase_after: re.Pattern[str]  # "said the new champion", "added the 21-year-old, who"
    phrase_before: re.Pattern[str]  # "the ATP said", "a statement said", "the 19-year-old Czech added"
    nations: Mapping[str, str]  # folded demonym or nationality noun -> country code ("swiss" -> SUI)
    countries: Mapping[str, str]  # folded name of a known player -> country code
    genders: Mapping[str, str]  # folded name of a known player -> "m" / "f"


CLAUSE_WORDS = r"(?:but|and|or|then|who|which|that|while|before|after)\b"  # words that end a subject phrase


def subject_patterns(res) -> SubjectPatterns:
    alts = "|".join(re.escape(r).replace(r"\ ", r"\s+") for r in sorted(res.roles, key=len, reverse=True)) or "(?!)"
    phrase = (
        rf"(?:a|an|the|his|her|their|its)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{alts})(?:\s+(?:for|of|at"
        rf"|to)\s+[^,.;:\"“”]{{1,40}}?)?"
    )
    tail = r"\s*(?:,[^,\"“”]{1,60},\s*)?(?:(?:\w+ly|also|then|later)\s+)*$"
    return SubjectPatterns(
        role_before=re.compile(rf"\b{phrase}{tail}", re.IGNORECASE),
        role_after=re.compile(rf"\s*{phrase}(?![\w-])(?!\s+[A-Z])", re.IGNORECASE),
        phrase_after=re.compile(
            r"\s*(?:the|a|an)\s+(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+"
            r"(?=\s*(?:[,.;:!?]|$)|\s+(?:who|after|in|at|on|from|of|with|as|to|when|before|following)\b)",
            re.IGNORECASE,
        ),
        # no conjunction or clause word inside: "the match but said" is no subject phrase
        phrase_before=re.compile(
            rf"(?:^|(?<=[\s,]))(?:the|a|an|its)\s+(?:(?!{CLAUSE_WORDS})[\w'’.-]+\s+){{0,3}}?"
            rf"(?!{CLAUSE_WORDS})[\w'’.-]+{tail}",
            re.IGNORECASE,
        ),
        nations=MappingProxyType({**res.demonyms, **res.nationality_nouns}),
        countries=MappingProxyType({T.fold(p.name): p.country for p in res.players if p.country}),
        genders=MappingProxyType({T.fold(p.name): p.gender for p in res.players if p.gender}),
    )
