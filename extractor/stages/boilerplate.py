"""Page cruft: section labels, related headlines, Read Next links, ads, bylines, credits, widgets.

Marks cruft spans on ``doc._.tennis_cruft`` so that no later stage extracts from them, and decides
whether the page is about tennis at all (``doc._.tennis_sport``).
"""

from __future__ import annotations

import bisect
import re

from spacy.language import Language
from spacy.tokens import Doc

from extractor.findings import Cruft, guarded
from extractor.scores import find_score_runs
from extractor.stages.base import RuleStage
from extractor.text import plain as T
from extractor.text.dating import published_date
from extractor.text.layout import flat
from extractor.text.sport import fiction_review, other_sport_parts, page_sport

# Whole lines that are navigation or section labels.
RE_LABEL = re.compile(
    r"""^(?:
        (?:latest\s+|more\s+|top\s+|trending\s+|related\s+)?(?:tennis\s+)?news
      | advertisement | advertisements | sponsored(?:\s+content)? | ad
      | comments?(?:\s*\(\d+\))? | share(?:\s+this(?:\s+article)?)? | print(?:\s+e-?mail)? | e-?mail
      | left\s+menu | right\s+menu | menu | skip\s+to\s+(?:main\s+)?content
      | related(?:\s+(?:news|articles|stories|content|coverage|reading|links))? | more\s+from\s+[\w\s]{1,30}
      | (?:you\s+)?may\s+also\s+like | recommended(?:\s+for\s+you)? | most\s+(?:read|popular|viewed)
      | also\s+read | read\s+more | read\s+next | watch | video | gallery | photos
      | subscribe | sign\s+up | newsletter | follow\s+us | top\s+stories | tags | topics
      | story\s+links | live\s+scores? | draws? | order\s+of\s+play        # a tour site's links above a story
      | trending(?:\s+now)? | popular(?:\s+now)? | most\s+shared | latest | more\s+stories | don['’]t\s+miss
      | editor['’]s\s+picks | in\s+other\s+news | around\s+the\s+web | related\s+episodes
    )\s*:?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)

# The start of a line that credits people of the page, not of the story: authors, wire reporters, a
# pundit, a show's hosts and producers (their names are no players: see ``credited_names``).
CREDIT_PREFIX = r"""(?:
        \(?\s*(?:reporting|writing|compiled|editing|additional\s+reporting|edited)\s+by\b   # wire credits
      | (?:written|words|story|text|interview)\s+by\b                                          # author credits
      | (?:with\s+)?(?:expert\s+)?analysis\s+(?:by|from)\b                   # a pundit's credit
      | (?:produced|hosted|presented|mixed)\s+by\b | (?:co-?)?hosts?\s*:   # show credits
    )"""

# A label above a list of links to other stories: the lines under it are links, however they end.
RE_LINKS_LABEL = re.compile(
    r"""^(?:
        related(?:\s+\w+)? | (?:you\s+)?may\s+also\s+like | recommended(?:\s+\w+){0,2}
      | most\s+(?:read|popular|viewed|shared)
      | also\s+read | read\s+more | read\s+next | more\s+from\s+[\w\s]{1,30} | more\s+stories | top\s+stories
      | (?:latest\s+|trending\s+|more\s+|top\s+)(?:tennis\s+)?news | trending(?:\s+now)? | more\s+tennis
      | popular(?:\s+now)? | don['’]t\s+miss
      | editor['’]s\s+picks | in\s+other\s+news | around\s+the\s+web
    )\s*:?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
# A line of such a list: a headline, not a paragraph (no full stop at its end, twenty words at most).
LINK_WORDS = 20

# A newsletter's, an app's or a channel's prompt anywhere in a short line: "Get the best of the tour in your inbox".
RE_PROMPT = re.compile(
    r"""\b(?:
        in\s+your\s+inbox                                                    # a newsletter's promise
      | sign(?:ing)?\s+up\s+(?:for|to)\b[^.\n]{0,60}\bnewsletter               # its call
      | subscribe\s+(?:to|for)\b[^.\n]{0,60}\b(?:newsletter|channel|podcast)
      | download\s+(?:the|our)\s+(?:\w+\s+)?app
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)

# Lines that start like a link or a widget.
RE_PREFIX = re.compile(
    rf"""^(?:
        read\s+(?:next|more|also)\b | also\s+read\b | related(?:\s+\w+)?\s*: | see\s+also\b | watch\s*: | more\s*:
      | most\s+(?:read|popular|viewed)\s*: | photos?\s*: | pictures?\s*: | gallery\s*: | video\s*:
      | share\s*: | image\s+credit | photo\s*(?:credit)?\s*: | credit\s*: | source\s*: | tags\s*: | filed\s+under
      | click\s+here | sign\s+up\b | subscribe\s+to | follow\s+(?:us|@) | ©|copyright\b
      | (?:first\s+)?published\s*: | (?:last\s+)?updated\s*: | posted\s*: | newsletter\s*:
      | {CREDIT_PREFIX}
      | photograph\s*:                                                                       # a credit line
      | more\s+[\w\s'’-]{{1,30}}:                            # "More junior news:", "More from Obituaries:"
      | (?:lee\s+también|leggi\s+anche|lire\s+aussi|lesen\s+sie\s+auch|leia\s+também)\b    # "read also" elsewhere
      | (?:follow\s+)?live\s*:                                               # a live-score ticker or link
      | up\s+next\s*:                                                          # the next story's link
      | (?:table\s+of\s+)?contents\s*:? | in\s+this\s+(?:article|story)\s*: | jump\s+to\s*:   # a table of contents
      | how\s+to\s+watch\b | (?:tv|broadcast|television|coverage|streaming)\s*:           # a broadcast note
      | (?:watch|listen|stream)\s+(?:it\s+|every\s+\w+\s+)?live\b | live\s+on\s+(?-i:[A-Z])
      | about\s+the\s+author\b                                              # an author's note
      | music\s*:                                                          # a show's music credit
      | episode\s+\d+\b                                                      # a show's episode line
      | (?:sponsors?|partners?)\s*: | (?:proudly\s+)?(?:supported|sponsored|presented)\s+by\b   # sponsors
      # "Photos on this page by X", "Pictures courtesy of X"
      | (?:photos?|pictures?|images?)(?:\s+(?:on|in|from)\s+this\s+(?:page|story|article|gallery))?
        \s+(?:by|courtesy\s+of)\b
      # print archive fields
      | (?:byline|dateline|section|length|load-date|language|publication-type|graphic|highlight|edition
         |correction-date)\s*:
      | (?:page|pg\.?)\s+[A-Z]?\d+\b\s*$                                                       # "Page D1"
    )""",
    re.IGNORECASE | re.VERBOSE,
)

# Photo credits: "(Xinhua/Wang Li)", "(Photo by Julian Finney/Getty Images)", "AP Photo/Kin Cheung".
RE_CREDIT = re.compile(
    r"""^\(?\s*(?:
        (?:photo|image|picture|pic|photograph)s?\s*(?:by|credit|:)
      | (?:xinhua|ap|afp|reuters|epa|pa|getty|imago|ians|pti|ani)(?:\s+photo)?\s*/
      | [^()]{0,60}/\s*(?:getty\s+images|reuters|ap|afp|epa|pa\s+images|shutterstock|usa\s+today\s+sports|imago)
    )[^()]*\)?\.?$""",
    re.IGNORECASE | re.VERBOSE,
)

# Bylines and datelines of a page template: "Reuters | London | Updated: 19-06-2021 01:30 IST",
# "By Jane Smith", "By Jane Smith, Reuters".
RE_BYLINE = re.compile(
    r"""^(?:
        [^|\n]{1,40}\|[^|\n]{1,40}(?:\|[^|\n]{1,60})*        # pipes between source, place, date
      | (?:[Bb]y|BY)\s+[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,3}(?:\s*[,|/-]\s*[\w\s.]{1,40})?   # By Jane Smith, Reuters
      | [\w\s.,]{0,40}\b(?:updated|published)\b[^.]{0,40}\d{1,2}:\d{2}[^.]*   # "... Updated: ... 01:30 IST"
      # "Jane Smith, Tennis Correspondent", "Jane Smith - Senior Writer"
      | [A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){1,3}\s*[,–—-]\s*(?:[A-Z][a-z]+\s+){0,3}
        (?:[Cc]orrespondent|[Ww]riter|[Rr]eporter|[Ee]ditor|[Cc]olumnist|[Jj]ournalist|[Cc]ontributor)
      # an author's note: "Jane Smith is a freelance tennis writer based in Paris."
      | [A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){1,3}\s+is\s+(?:a|an|the|our)\s+[\w\s,-]{0,40}?
        (?:correspondent|writer|reporter|editor|columnist|journalist|contributor|broadcaster)\b[^.]{0,80}\.?
    )$""",
    re.VERBOSE,
)

# An author's note with no "is a": "Mara Jensen covers the WTA Tour for Baseline Weekly.", "... has written
# about tennis since 2015".
RE_AUTHOR_NOTE = re.compile(
    r"""^[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){1,3}\s+(?:
        covers\s[^.]{1,60}\bfor\s+(?:our|the|[A-Z])        # "covers the clay swing for our tips desk"
      | (?:has\s+)?(?:written|reported|blogged)\s+(?:about|on)\s[^.]{1,60}\bsince\s+\d{4}   # "has written about ..."
      | writes\s+(?:about|on)\s[^.]{1,60}\bfor\s   # "writes about tennis for ..."
    )""",
    re.VERBOSE,
)

# A wire story's contributor line: "AP Sports Writer Jo Doe contributed to this report.", "Jo Doe reported from Paris."
RE_CONTRIBUTOR = re.compile(
    r"""^(?:
        [\w\s'’.,-]{3,80}?\bcontributed(?:\s+(?:to\s+this\s+(?:report|story|article)|reporting|from\s+[\w\s,.]{1,40}))?
      | [A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){1,3}\s+reported\s+from\s+[A-Z][\w\s,.]{1,40}?
    )\.?$""",
    re.VERBOSE,
)

# Reader comments under a "Comments (24)" label: "Handle: text" lines.
RE_COMMENTS_LABEL = re.compile(r"^(?:reader\s+)?comments?\s*(?:\(\d+\))?\s*:?\s*$|^\d+\s+comments?\s*$", re.IGNORECASE)
RE_COMMENT_LINE = re.compile(r"^[\w.'’ -]{1,40}:\s+\S")

# Share widgets: a line made only of network names.
RE_WIDGET = re.compile(
    r"^(?:(?:facebook|twitter|x|whatsapp|e-?mail|print|share|linkedin|reddit|pinterest"
    r"|telegram|copy\s+link|comments?)[\s|,/·•]*){2,}$",
    re.IGNORECASE,
)

# Photo captions are story text: a name, a verb of the picture, often "during" or "of <Country>".
RE_CAPTION = re.compile(
    r"\b(?:hits|returns|serves|reacts|celebrates|plays|poses|looks\s+on|lifts|kisses|holds|waves|shakes|"
    r"stretches|slides|prepares|competes|in\s+action)\b.*\b(?:during|against|after|at|in|on)\b",
    re.IGNORECASE,
)

# A results line: "A bt B", "A def. B", "A d. B" (the point ends the word: no \\b after it), "A v B", "w/o".
RE_RESULT_LINE = re.compile(
    r"""\b(?:
        bt | def | beat | vs? | walkover | w/o   # words of a results line
      | (?-i:d\.)                               # "A d. B": lower case only ("D. Smith" is an initial)
    )(?![\w/])""",
    re.IGNORECASE | re.VERBOSE,
)

# A line of facts about the page's own event, in a preview's or a results page's fields: "When: Friday, second
# match on Quadra Guga Kuerten", "Venue: Rod Laver Arena", an order of play's court and time ("Court 2,
# starting at 12:00", "Pista Central, from 10:30"). Story text, not furniture.
RE_EVENT_FIELD = re.compile(
    r"""^(?:
        (?:when|where|venue|court|location|surface|draw|prize\s+money|category|event|tournament)\s*:\s*\S   # a field
      # a court and its first match's time
      | (?-i:[A-Z])[\w'’.-]*(?:\s+[\w'’.-]+){0,3},\s*(?:starting\s+at|from|not\s+before)\s+\d{1,2}[:.h]\d{2}\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)

SENTENCE_END = tuple('.!?:;"”’…)')

# A line of cruft that credits people of the page: a credit (CREDIT_PREFIX), "By Jane Smith", a photo credit.
RE_CREDIT_LINE = re.compile(rf"^(?:{CREDIT_PREFIX}|by\s)", re.IGNORECASE | re.VERBOSE)
# A role a byline gives its author: "Jane Smith, Tennis Correspondent".
RE_BYLINE_ROLE = re.compile(
    r"\b(?:correspondent|writer|reporter|editor|columnist|journalist|contributor|broadcaster)\b", re.IGNORECASE
)
# A person's name in a credit: two to four capitalised words, particles between them ("Jan de Vries"); the
# "By" of a byline is none of it.
RE_CREDITED_NAME = re.compile(
    r"(?!(?:By|BY)\s)[A-ZÀ-Þ][\w'’.-]+(?:\s+(?:(?:de|da|di|van|von|der|del|le|la)\s+)*[A-ZÀ-Þ][\w'’-]+){1,3}"
)


def credit_line(line: str) -> bool:
    """True when a line of cruft credits people of the page (authors, reporters, hosts, photographers):
    not a table or a link, whose names may be players of the story."""
    s = line.strip()
    return bool(
        RE_CREDIT_LINE.match(s)
        or RE_CREDIT.match(s)
        or RE_AUTHOR_NOTE.match(s)
        or RE_CONTRIBUTOR.match(s)
        or (RE_BYLINE.match(s) and RE_BYLINE_ROLE.search(s) and "|" not in s)
    )


def credited_names(text: str, cruft: list[Cruft]) -> frozenset[str]:
    """The folded full names the page's credit lines give (``credit_line``): people of the page, such as a
    podcast's hosts quoted in its notes ("... — Leila Osei"), who are no players unless the story plays them."""
    out: set[str] = set()
    for c in cruft:
        for line in text[c.start : c.end].splitlines():
            if credit_line(line):
                out.update(T.fold(m.group(0)) for m in RE_CREDITED_NAME.finditer(credit_part(line)))
    return frozenset(out)


# The end of a caption's sentence before its credit: "... on Friday. Getty Images", "... in Paris - AFP".
RE_CAPTION_END = re.compile(r"[.!?]\s+|\s+[-–—|]\s+")


def credit_part(line: str) -> str:
    """The part of a credit line that credits: all of it, but for a photo caption ("Photo: Andy Murray
    celebrates his win over X on Court One. Getty Images") only what follows its sentence, since the
    players a caption shows are the story's (a caption is article text)."""
    if not RE_CAPTION.search(line):
        return line
    ends = list(RE_CAPTION_END.finditer(line))
    return line[ends[-1].end() :] if ends else ""


def _sentence_before_credit(s: str) -> bool:
    """A line that is a sentence and then a credit ("X grimaces after losing serve on Court One. Photograph:
    Jo Doe/Getty Images"): the caption is article text."""
    credit = RE_INLINE_CREDIT.search(s)
    return credit is not None and credit.start() > 0 and s[: credit.start()].rstrip().endswith(SENTENCE_END)


def line_cruft(line: str, *, first: bool, last: bool, after_cruft: bool = False) -> str | None:
    """Why a single line of the page is cruft, or None when it is story text."""
    s = line.strip()
    if not s:
        return None
    if RE_LABEL.match(s):
        return "section label"
    if RE_PREFIX.match(s):
        return "link or page furniture"
    if RE_CREDIT.match(s):
        return "photo credit"
    if RE_WIDGET.match(s):
        return "share widget"
    if len(s.split()) <= 30 and RE_PROMPT.search(s):
        return "newsletter or app prompt"
    if (
        RE_BYLINE.match(s)
        and (len(s.split()) <= 14 or (s.count("|") >= 2 and len(s.split()) <= 25))
        and not ("|" in s and find_score_runs(s))  # a row of a results table: "Feb 2025 | Rio Open | F | 6-4 6-3"
    ):
        return "byline or dateline"
    if RE_AUTHOR_NOTE.match(s) and len(s.split()) <= 40:
        return "author's note"
    if RE_CONTRIBUTOR.match(s) and len(s.split()) <= 20:
        return "contributor line"
    if first or s.startswith(("“", '"', "‘", "'")) or s.endswith(SENTENCE_END) or RE_EVENT_FIELD.match(s):
        return None
    if _sentence_before_credit(s):
        return None  # a caption with its credit after it: the credit alone is cut (find_cruft's inline pass)
    if len(s.split()) > 25 or find_score_runs(s) or RE_RESULT_LINE.search(s) or RE_CAPTION.search(s):
        return None
    if last and not after_cruft and len(s.split()) >= 8:
        return None  # a story cut off mid-sentence by the scraper
    return "headline or link text"


# A credit inside a story line: "... in west London on Friday. (Photo by Jane Doe/Getty Images)"
# The first character is tested first (every alternative starts with "(", "i" or "p"): the same matches,
# the alternatives tried only where one can start.
RE_INLINE_CREDIT = re.compile(
    r"(?=[(ip])"
    r"(?:\((?:photo|image|picture|pic)s?\s*(?:by|credit|:)[^()\n]{1,80}\)"  # (Photo by X/Getty Images)
    r"|\((?!(?-i:[A-Z]{3}/[A-Z]{3}\)))[A-Z][\w ]{1,25}/[A-Z][\w .'-]{1,40}\)"  # (Xinhua/Li Ming), not (NED/ITA)
    r"|\((?:reporting|writing|editing|additional\s+reporting)\s+by\b[^()\n]{1,120}\)"  # (Reporting by X; Editing by Y)
    r"|(?:image|photo|picture)\s+credit\s*:[^\n]{1,80}$"  # Image Credit: Reuters/Jo Doe
    # a caption's credit after its sentence: "... on Sunday. Photo: Jo Doe/Getty Images", "Picture: Jo Doe for X"
    r"|(?<=[.!?][ ])(?:photo(?:graph)?|picture|image|pic)s?\s*:[ ]*(?-i:[A-Z])[^\n]{1,80}$)",
    re.IGNORECASE | re.MULTILINE,
)


# Notes left by embedded media and widgets, often glued to the story's next sentence with no space
# ("Watch the highlights: Keys vs. KasatkinaVideo is not available on this device.The American ...").
RE_MEDIA_NOTE = re.compile(
    r"""
        (?:This\s+)?(?:[Vv]ideo|[Aa]udio|[Mm]edia|[Cc]ontent|[Pp]layer)\s+is\s+(?:not|no\s+longer|currently\s+not|un)
        \s*available(?:\s+(?:on|in|for)\s+(?:this|your)\s+(?:device|browser|region|country|location))?\.?
      | Your\s+browser\s+does\s+not\s+support\s+(?:the\s+)?(?:video|audio|HTML5)[\w\s]{0,20}?\.   # the tag note
      | (?:Please\s+)?enable\s+JavaScript\s+to\s+(?:view|watch|play)[^.\n]{0,60}\.?               # a script note
      | View\s+this\s+post\s+on\s+(?:Instagram|X|Twitter|Facebook)                                  # an embedded post
      | A\s+post\s+shared\s+by\s+[^\n(]{1,60}(?:\([^()\n]{1,30}\))?                                # its credit line
    """,
    re.VERBOSE,
)
# The call to watch or listen that leads into such a note: "Watch the highlights: Keys vs. Kasatkina".
RE_WATCH_BEFORE = re.compile(
    r"(?:Watch|WATCH|Listen\s+to)\s+(?:the\s+)?(?:highlights|video|replay|full\s+match|interview|press\s+conference)"
    r"\b[^\n]{0,80}?$"
)


# A word every note RE_MEDIA_NOTE finds has ("is not available", "Your browser", "enable JavaScript",
# "this post", "A post shared"): a page with none of them is not searched.
MEDIA_NOTE_WORDS = ("available", "browser", "JavaScript", "post")


def media_notes(text: str) -> list[Cruft]:
    """Notes of embedded media, with the call to watch before them on the same line."""
    out: list[Cruft] = []
    if not any(w in text for w in MEDIA_NOTE_WORDS):
        return out
    for m in RE_MEDIA_NOTE.finditer(text):
        lead = RE_WATCH_BEFORE.search(text, max(0, m.start() - 120), m.start())
        out.append(Cruft(lead.start() if lead else m.start(), m.end(), "embedded media note"))
    return out


def find_cruft(text: str, paras: list[T.Block] | None = None) -> list[Cruft]:
    """Cruft spans in ``text`` (cut into ``paras``, T.paragraphs by default); adjacent cruft lines
    merge into one span."""
    found = _line_cruft(text, T.paragraphs(text) if paras is None else paras)
    inline = [Cruft(m.start(), m.end(), "photo credit") for m in RE_INLINE_CREDIT.finditer(text)]
    inline += media_notes(text)
    starts = [f.start for f in found]  # line cruft spans are in text order and do not overlap
    inline = [c for c in inline if not _inside(found, starts, c.start)]
    return sorted(found + inline, key=lambda c: c.start)


def _inside(found: list[Cruft], starts: list[int], pos: int) -> bool:
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and pos < found[i].end


def _line_cruft(text: str, paras: list[T.Block]) -> list[Cruft]:
    found: list[Cruft] = []
    blocks = [line for p in paras for line in T.lines(text, p)]
    seen: set[str] = set()
    whys: list[str | None] = []  # why each block before this one is cruft (None: story text)
    comments = False  # inside a block of reader comments
    links = False  # inside a list of links under its label ("Related", "Most read", "Trending")
    for i, b in enumerate(blocks):
        line = text[b.start : b.end]
        after_cruft = bool(found) and not text[found[-1].end : b.start].strip()
        why = line_cruft(line, first=i == 0, last=i == len(blocks) - 1, after_cruft=after_cruft)
        comments = (comments and after_cruft and "\n\n" not in text[found[-1].end : b.start]) or bool(
            RE_COMMENTS_LABEL.match(line.strip())
        )
        if why is None and comments and i and RE_COMMENT_LINE.match(line.strip()):
            why = "reader comment"
        links = (links and after_cruft) or bool(RE_LINKS_LABEL.match(line.strip()))
        if (
            why is None
            and links
            and len(line.split()) <= LINK_WORDS
            and not line.rstrip().endswith(".")
            and not find_score_runs(line)  # a result under "Latest" is a live blog's, not a link
        ):
            why = "related link"  # 'Alcaraz: "I feel ready"', 'Is Sinner back?', 'Paolini beats Andreeva'
        if why == "headline or link text" and _deck(text, blocks, i, whys):
            why = None
        key = T.fold(line)
        if why is None and key in seen and len(key.split()) >= 4 and not line.rstrip().endswith(SENTENCE_END):
            why = "repeated headline"
        seen.add(key)
        whys.append(why)
        if why is None:
            continue
        if found and not text[found[-1].end : b.start].strip():
            found[-1].end = b.end
        else:
            found.append(Cruft(b.start, b.end, why))
    return found


def _deck(text: str, blocks: list[T.Block], i: int, whys: list[str | None]) -> bool:
    """A story's deck (kicker, standfirst): the line under the headline, above the byline; page furniture
    (a breadcrumb, a section label) may stand between the headline and it, not links or other lines."""
    if i == 0 or i + 1 >= len(blocks) or len(text[blocks[i].start : blocks[i].end].split()) < 4:
        return False  # a deck is a phrase: "Story Links" or "Live Scores" above a byline is a link
    if any(why in (None, "headline or link text", "related link", "repeated headline") for why in whys[1:i]):
        return False
    nxt = text[blocks[i + 1].start : blocks[i + 1].end].strip()
    return bool(RE_BYLINE.match(nxt)) and len(nxt.split()) <= 14


@Language.factory(
    "tennis_boilerplate",
    default_config={"data_dir": None},
    assigns=["doc._.tennis_cruft", "doc._.tennis_sport", "doc._.tennis_other_sport", "doc._.tennis_published"],
)
def make_boilerplate(nlp: Language, name: str, data_dir: str | None) -> "BoilerplateMarker":
    return BoilerplateMarker(data_dir)


class BoilerplateMarker(RuleStage):  # takes data_dir like every stage; reads no rule data yet
    @guarded("tennis_cruft", "tennis_other_sport")
    def __call__(self, doc: Doc) -> Doc:
        text = flat(doc)
        doc._.tennis_published = doc._.tennis_published_given or published_date(text)
        paras = T.paragraphs(text)
        doc._.tennis_cruft = find_cruft(text, paras)
        # the whole page, furniture too: a section name ("Football", "Padel") says what the page is
        sport, evidence = page_sport(text)
        doc._.tennis_sport = "fiction" if fiction_review(text) else sport
        doc._.tennis_other_sport = other_sport_parts(text, doc._.tennis_sport, evidence, paras)
        doc.user_data.pop("tennis_layout", None)
        return doc
