"""One player (or non-player person) per identity in one Doc: full names grouped by identity, one-word
names taken as the surname, first name or short name of a person named in full, a notable player, or a
player known by one name; the features that decided each player. Used by the players stage
(extractor/stages/players.py); identities and bare-surname links are in extractor/stages/surname_links.py."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from extractor.findings import PersonFact, PlayerFact
from extractor.refs.candidates import CandidateCollector
from extractor.refs.careers import career_role, predicate_role, reader_role
from extractor.refs.drafts import CandidateDraft
from extractor.refs.identity import IdentityIndex, edit_distance, generation
from extractor.refs.names import RE_NAME, STOPWORDS, Candidate, PlayerGazetteer, next_to_play, player_slot
from extractor.refs.slots import SlotKind
from extractor.stages.boilerplate import credited_names
from extractor.stages.surname_links import SurnameLinks
from extractor.text import plain as T

# A place a speaker speaks or a traveller comes from: the name after it is a place ("said from São Paulo",
# "speaking from Buenos Aires", "flew in from Abu Dhabi"), not a person ("a message from X" is one).
RE_PLACE_FROM = re.compile(
    r"""\b(?:
        said|says|speaking|spoke|speaks|talking|writing|wrote|reporting|calling   # verbs of speaking
      | told\s+[\w'’]+(?:\s+[\w'’]+)?                                           # "told reporters", "told BBC Sport"
      | arrived|arriving|arrives|(?:flew|flown|flying)(?:\s+in)?|travelled|traveled|returned|returning
      | (?:just\s+)?back                                                        # "back from Doha"
    )\s+from\s+$""",
    re.VERBOSE,
)


class PlayerFinder(SurnameLinks, CandidateCollector):
    """Finds players and other named people in one Doc (a fresh instance per Doc): the candidates
    (extractor/refs/candidates.py), then one player per identity, surnames and first names linked."""

    def __init__(self, doc: Doc, gaz: PlayerGazetteer, has_ner: bool = True) -> None:
        super().__init__(doc, gaz, has_ner)
        self.players: dict[str, PlayerFact] = {}
        self.people: dict[str, PersonFact] = {}
        self.shared: dict[str, list[str]] = {}  # surname -> the full names sharing it
        self.named_keys: set[str] = set()  # the identity keys of the full names named here

    def build(self, draft: CandidateDraft | None = None) -> None:
        cands = [c for c in self.collect(draft) if not RE_PLACE_FROM.search(self.text, max(0, c.start - 40), c.start)]
        full = [c for c in cands if len(c.name.split()) >= 2]
        single = [c for c in cands if len(c.name.split()) == 1]
        groups: dict[str, list[Candidate]] = {}
        # A name seen again denotes whom it denoted the first time (keys are only ever added, so
        # the first match cannot change): each distinct name is compared with the others once.
        identity: dict[str, str] = {}
        index = IdentityIndex(self.res)
        for c in sorted(full, key=lambda c: -len(c.name.split())):
            if c.name not in identity:
                identity[c.name] = self._identity(c.name, groups, index)
            key = identity[c.name]
            if key not in groups:
                index.add(key)
            groups.setdefault(key, []).append(c)
        surname_owner: dict[str, set[str]] = {}
        for key, cs in groups.items():
            for s in self._surname_keys(cs[0].name):
                surname_owner.setdefault(s, set()).add(key)
        # Sorted: the record's warnings come out in the same order in every process.
        ambiguous = sorted(s for s, owners in surname_owner.items() if len(owners) > 1)
        self.shared = {s: sorted({groups[k][0].name for k in surname_owner[s]}) for s in ambiguous}
        self.named_keys = set(groups)
        credited = credited_names(self.text, self.doc._.tennis_cruft or [])
        for key, cs in groups.items():
            self._add_full_name(key, cs, credited)
        # Single words: surnames of players above, famous first names, or surname-only players.
        page_people = self._page_first_names()
        for c in single:
            if (
                T.fold(c.name) in page_people
                and not surname_owner.get(T.fold_chars(c.name))
                and c.source != "gazetteer"
            ):
                continue  # "Hosts: Matt Delaney and ..." then "This week Matt and ...": a person of the page
            self._add_single_word(c, surname_owner.get(T.fold_chars(c.name), set()))
        for key, p in self.players.items():
            if len(p.name.split()) == 1:
                owners = surname_owner.setdefault(T.fold_chars(p.name), set())
                owners.add(key)
        self._upgrade_weak(surname_owner)
        self._link_bare_surnames(surname_owner, ambiguous)

    def _page_first_names(self) -> set[str]:
        """First names of the people named in full only in page cruft (hosts, authors, credits), that no
        player named in full here shares."""
        out = set()
        for cr in self.doc._.tennis_cruft or ():
            for m in RE_NAME.finditer(self.text, cr.start, cr.end):
                words = m.group(0).split()
                if len(words) >= 2 and T.fold(words[0]) not in STOPWORDS:
                    out.add(T.fold(words[0]))
        return out - {T.fold(p.name).split()[0] for p in self.players.values()}

    def _add_full_name(self, key: str, cs: list[Candidate], credited: frozenset[str] = frozenset()) -> None:
        """One person named in full by these candidates: a player, or a non-player with a role (a person
        the page credits, its author or host, unless the story puts them in a slot of play)."""
        # the fullest form: most words, then no initial ("Haruka Sakatani" over "H. Sakatani")
        name = max((c.name for c in cs), key=lambda n: (len(n.split()), "." not in n))
        roles = [c.role for c in cs if c.role]
        if T.fold(name) in credited and not any(next_to_play(self.text, c.start, c.end, self.gaz) for c in cs):
            roles.append("page credit")
        words = T.fold(name).split()
        if not roles and generation(words) == "sr" and self._named(" ".join(words[:-1])):
            roles.append("parent")  # "Alexander Zverev Sr." beside Alexander Zverev: the player's father
        if not roles:
            # "BBC pundit and former world No 4 X", "former Davis Cup player X": no player unless in a match
            role = career_role(self.text, [c.start for c in cs], self.res.roles, lambda: self._in_a_match(name, cs))
            role = role or self._said_role(name, cs)
            roles += [role] if role else []
        if roles:
            self.people[key] = PersonFact(key, name, roles[0], [(c.start, c.end) for c in cs])
            return
        known = self.res.player_index.get(T.fold(name))
        p = PlayerFact(key, name, gender=known.gender if known else None)
        for c in cs:
            p.mentions.append((c.start, c.end))
            p.nationality = p.nationality or c.nationality
            p.age = p.age or c.age
        p.signals = candidate_signals(cs, known is not None)
        self.players[key] = p

    def _named(self, folded: str) -> bool:
        """A person of this folded full name is named in this article (as a candidate) or listed."""
        return folded in self.named_keys or self.res.player_index.get(folded) is not None

    def _said_role(self, name: str, cs: list[Candidate]) -> str | None:
        """A role the text gives a person named in full by ``cs``: a reader of a live blog ("An email from
        X:"), a role as predicate ("X is a tennis writer"); None for a listed player or one in a match."""
        role = next(
            (
                r
                for c in cs
                for r in (reader_role(self.text, c.start, c.end), predicate_role(self.text, c.end, self.res.roles))
                if r
            ),
            None,
        )
        if role is None or self.res.player_index.get(T.fold(name)) is not None or self._in_a_match(name, cs):
            return None
        return role

    def _in_a_match(self, name: str, cs: list[Candidate]) -> bool:
        """The person named in full by ``cs`` is a side of a result, a doubles side or has a score, by
        the full name or the bare surname anywhere in story text."""
        spans = [(c.start, c.end) for c in cs]
        surname = name.split()[-1]
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(surname)}(?![\w-])", self.text):
            if not any(a <= m.start() < b for a, b in spans + self.cruft):
                spans.append(m.span())
        for a, b in spans:
            # the slot before the name may be a rank ("former world No 4 X beat"): the one after is read too
            for slot in (player_slot(self.text, a, b, self.gaz), player_slot(self.text[a:], 0, b - a, self.gaz)):
                if slot is not None and slot.kind in (SlotKind.RESULT, SlotKind.PARTNER, SlotKind.SCORE):
                    return True
        return False

    def _add_single_word(self, c: Candidate, owners: set[str]) -> None:
        """A one-word name: the surname of one person named in full, a first name of one player
        named in full, a notable player, or a player (or person) known by one name only."""
        folded = T.fold(c.name)
        if len(owners) == 1:
            (key,) = owners
            target = self.players.get(key) or self.people.get(key)
            if target is not None:
                target.mentions.append((c.start, c.end))
                if isinstance(target, PlayerFact):
                    target.nationality = target.nationality or c.nationality
                    target.age = target.age or c.age
            return
        if owners:
            return
        if folded in self.people and not c.source == "gazetteer":
            self.people[folded].mentions.append((c.start, c.end))  # "her sister Jaslyn", then "Jaslyn" again
            return
        # A first name alone ("Sorana", "Denis") for a player named in full in this article.
        first_of = {
            k for k, p in self.players.items() if T.fold(p.name).split()[0] == folded and len(p.name.split()) > 1
        }
        first_of |= {
            k for k, p in self.people.items() if T.fold(p.name).split()[0] == folded and len(p.name.split()) > 1
        }
        if len(first_of) == 1:
            key = first_of.pop()
            (self.players.get(key) or self.people[key]).mentions.append((c.start, c.end))
            return
        if first_of:
            # "Karolina" with Karolina Pliskova and Karolina Muchova named: the one named last before it
            key = self._last_named(first_of, c.start)
            if key is not None:
                (self.players.get(key) or self.people[key]).mentions.append((c.start, c.end))
            return
        short = self._short_first_name(folded) or self._listed_first_name(folded)
        if short is not None:
            self.players[short].mentions.append((c.start, c.end))  # "Jess" after "Jessica Pegula"
            return
        close = self._misspelt_surname(folded)
        if close is not None:
            self.players[close].mentions.append((c.start, c.end))
            return
        known = self.res.player_index.get(folded)
        if known is not None:
            key = self._identity(known.name, {k: [] for k in self.players})
            if key in self.players:
                self.players[key].mentions.append((c.start, c.end))
                return
        if c.role:
            self.people.setdefault(folded, PersonFact(folded, c.name, c.role)).mentions.append((c.start, c.end))
            return
        p = self.players.setdefault(folded, PlayerFact(folded, c.name, gender=known.gender if known else None))
        p.signals = p.signals or candidate_signals([c], known is not None)
        p.mentions.append((c.start, c.end))
        p.nationality = p.nationality or c.nationality
        p.age = p.age or c.age

    def _short_first_name(self, folded: str) -> str | None:
        """ "Jess" for Jessica Pegula, "Rafa" for Rafael Nadal: a word of three letters or more that
        begins the first name of exactly one player named in full here, and is no listed player's
        first name of its own ("Alex" is one)."""
        if len(folded) < 3 or folded in self.gaz.first_names:
            return None
        keys = {
            k
            for k, p in self.players.items()
            if len(p.name.split()) > 1 and T.fold(p.name).split()[0].startswith(folded)
        }
        return keys.pop() if len(keys) == 1 else None

    def _listed_first_name(self, folded: str) -> str | None:
        """ "Coco" after "Cori Gauff", "Sascha" after "Alexander Zverev": the first name of another form the
        players list gives one player named in full here (its name or an alias)."""
        keys = set()
        for k, p in self.players.items():
            known = self.res.player_index.get(k) if len(p.name.split()) > 1 else None
            if known is not None and any(T.fold(f).split()[0] == folded for f in (known.name, *known.aliases)):
                keys.add(k)
        return keys.pop() if len(keys) == 1 else None

    def _last_named(self, keys: set[str], pos: int) -> str | None:
        """Of these people, the one whose latest mention before ``pos`` is the closest."""
        best, best_at = None, -1
        for key in sorted(keys):
            target = self.players.get(key) or self.people.get(key)
            at = max((a for a, _ in target.mentions if a < pos), default=-1) if target else -1
            if at > best_at:
                best, best_at = key, at
        return best

    def _misspelt_surname(self, folded: str) -> str | None:
        """ "Srichapan" after "Paradorn Srichaphan": a one-word name within one or two letters of the
        surname of exactly one player named in full here (same first letter, six letters or more)."""
        if len(folded) < 6:
            return None
        close = set()
        for key, p in self.players.items():
            words = T.fold(p.name).split()
            if len(words) < 2:
                continue
            surname = words[-1]
            if (
                surname[0] == folded[0]
                and surname != folded
                and edit_distance(surname, folded) <= min(2, len(folded) // 4)
            ):
                close.add(key)
        return close.pop() if len(close) == 1 else None

    def _upgrade_weak(self, owners: dict[str, set[str]]) -> None:
        """A full name seen without evidence ("CHARLOTTESVILLE — Marcus Delaney has spent ...")
        is the player whose bare surname the article uses as a player elsewhere."""
        for start, end, name in self.weak:
            surname = T.fold_chars(name.split()[-1])
            keys = owners.get(surname, set())
            first = T.fold(name.split()[0])
            if not keys and first in self.players and len(self.players[first].name.split()) == 1:
                # "the 187th-ranked Arvind Parmar", then "Arvind" alone: the player is the full name
                p = self.players.pop(first)
                full = T.fold(name)
                p.key, p.name = full, name
                p.mentions.append((start, end))
                self.players[full] = p
                owners[first] = {full}
                owners.setdefault(surname, set()).add(full)
                continue
            if len(keys) != 1:
                continue
            (key,) = keys
            p = self.players.get(key)
            if p is None or len(p.name.split()) != 1:
                continue
            p.name = name
            p.mentions.append((start, end))


def candidate_signals(cs: list[Candidate], listed: bool) -> dict:
    """What decided a player (features of its confidence): listed in the shipped players file,
    read as a person by the statistical NER, or made a player by its slot or a cue; the source of
    its first mention."""
    sources = {c.source for c in cs}
    return {
        "listed": listed,
        "ner": "ner" in sources,
        "source": cs[0].source if cs else "none",
        "sources": len(sources),
    }
