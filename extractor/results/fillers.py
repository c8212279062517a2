"""The slots of result frames over masked sentences: a player reference (``R``), anything but one
(``NR``), a score run (``S``), a doubles partner after a name (``TEAM``), and the words a frame may
skip between a verb or preposition and the player it acts on."""

from __future__ import annotations

from extractor.results.placeholders import NOT_REF, REF, RUN

R, NR, S = REF, NOT_REF, RUN
# A results list's seed, entry or ranking mark before a name: "(4)", "[1]", "(Q)", "[WC]", "(LL)", "#27" (a box score).
SEED_MARK = r"(?-i:[(\[](?:\d{1,2}|[A-Z]{1,3})[)\]]|\#\d{1,3}\b)"
# A doubles partner: "A and B", "A/B", "the Canadian A and the Serbian B", "A and his British partner B",
# "A, partnering B,".
TEAM = (
    rf"(?:\s*(?:\([^()⟨]{{0,12}}\)|\[[^\[\]⟨]{{0,6}}\])?\s*(?:and|&|/)\s*(?:(?:the|his|her|their|fellow|compatriot"
    rf"|partner)\s+|(?-i:[A-Z][a-z]+)\s+(?=[A-Za-z]*\s*⟨)|(?-i:[A-Z])\.\s*|{SEED_MARK}\s*"
    # the partner's country as a possessor: "Germany's A and Austria's B", "Sri Lanka's B"
    rf"|(?-i:[A-Z][a-z]+)(?:\s(?-i:[A-Z][a-z]+))?['’]s\s+(?=⟨)){{0,3}}{R}"
    # "A, partnering B,", "A alongside B"; "A partnered B to a win over", "A teamed up with B to beat" (the verb
    # of the pairing, the result after it)
    rf"|\s*,?\s*(?:partnering|alongside|teaming\s+(?:up\s+)?with|with\s+(?:his|her)\s+partner"
    rf"|(?:partnered|partners|teamed\s+(?:up\s+)?with|teams\s+(?:up\s+)?with|paired\s+(?:up\s+)?with"
    rf"|joined\s+forces\s+with)(?=\s+{R}\s*,?\s+(?:to|and|in)\b))\s+{R}\s*,?)?"
)
# "L of Japan", "L of the Czech Republic"
OF_PLACE = r"(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2})?"
SEEDISH = r"(?:\s*(?:\([^()⟨]{0,12}\)|\[[^\[\]⟨]{0,6}\]))?"  # "(ITA x1)", "(3)", "[1]" after a name in results lists
# Words between a verb and the player it acts on: "fifth seed", "Czech", "fellow American", "world No 3".
# Relations a description of a player may join with "and": "his compatriot and doubles partner L", "her friend
# and former flatmate L".
RELATION = (
    r"(?:partner|friend|rival|compatriot|countryman|countrywoman|teammate|team-mate|flatmate|roommate|mentor"
    r"|training\s+partner|hitting\s+partner|practice\s+partner)"
)
PRE_LOSER = (
    r"(?:(?:(?!(?:by|to|and|in|at|on|with|for|from|after|before|when|while|despite|against|over|than|because"
    r"|since|until|during|via|through|into)\b)[\w.,'’\U0001F1E6-\U0001F1FF-]+"  # a flag too: "d. 🇯🇵 X"
    rf"|and(?=\s+(?:[\w-]+\s+){{0,2}}?{RELATION}\s)"  # "... compatriot and doubles partner L"
    # "top seed and world number one L", "the defending champion and home favourite L": a second title
    r"|and(?=\s+(?:the\s+)?(?:world|defending|reigning|top|home|former|fellow|No\b|number|\w+-time|\d+\w*)\b))\s+"
    rf"|{SEED_MARK}\s*){{0,6}}?"  # "W def. (Q) L"
)
# After a preposition: one noun phrase ("against the fifth seed"), not a second one ("in the first of
# the reverse singles the 22-year-old X": X is the subject of what follows).
PRE_PREP_OBJECT = (
    r"(?:(?:the|a|an|his|her|their)\s+)?(?:(?!(?:by|to|and|in|at|on|with|for|from|after|before"
    r"|when|while|the|a|an|despite|against|over|than|because|since|until|during|via|through|into)\b)[\w.'’-]+\s+){0,5}?"
)

# The words of a noun phrase before a name, and nothing else (no verb): "world No. 3", "the 19-year-old
# Czech qualifier", "fifth-seeded", "home favourite", "Britain's"; for slots a verb must not be read
# across ("and will now play X": "play" is no modifier of X).
PRE_NAME = (
    r"(?:(?:(?-i:[A-Z])[\w'’.-]*|\d[\w.-]*|[\w'’]+-[\w'’-]+|(?:first|second|third|fourth|fifth|sixth|seventh"
    r"|eighth|ninth|tenth|top|no\.?|number|world|seed|seeds|seeded|unseeded|ranked|the|a|an|his|her|their|fellow"
    r"|defending|reigning|champion|champions|qualifier|qualifiers|veteran|teenager|wildcard|wildcards|lucky|loser"
    r"|losers|home|favourite|favorite|compatriot|countryman|countrywoman|alternate|alternates|former|young"
    r"|experienced|big-serving|local))\s+){0,6}?"
)

# "the Brazilian pairing of", "the Czech pair of": a team named by its players after it (a nationality
# read as a description "⟨R⟩ pairing of" is no player)
PAIRING = rf"(?:(?:the\s+)?(?:(?:[\w'’-]+|{R})\s+){{0,2}}?(?:pair|pairing|duo|team)\s+of\s+)"
# "L's compatriot L2": the loser named through another player.
THROUGH_PLAYER = r"(?:compatriot|countryman|countrywoman|conqueror|partner|twin|sister|brother|teammate|team-mate)"
# "X's conqueror L", "Varillas' compatriot L", "X's conquerors, the Brazilian pairing of L and L2",
# "X's conqueror from the second round, L": the player named through X, then the name
THROUGH = (
    rf"(?:{R}['’]s?\s+{THROUGH_PLAYER}s?\b(?:\s+(?:from|in|at)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){{0,2}}?)?\s*,?\s+"
    rf"{PAIRING}?)"
)
# A name before "'s" is the possessor of the noun after it, not the player acted on ("beat X's brother"),
# unless the noun is the possessor's run ("ended X's 20-match winning streak")
NOT_POSSESSOR = (
    r"(?![’']s?\s(?!(?:[\w-]+\s+){0,3}?(?:reign|run|streak|campaign|hopes|bid|defen[cs]e|challenge|dominance)\b))"
)
