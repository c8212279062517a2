"""Who a full name is and where its bare surname occurs: the identity of full names within one article
(the same folded name, the same known player, a compatible first name or initials) and the linking of
every capitalised bare surname in story text to the one player or person who owns it. A mixin of the
players stage's PlayerFinder (extractor/stages/player_finder.py)."""

from __future__ import annotations

import bisect

from extractor.findings import warn
from extractor.refs.identity import IdentityIndex, generation
from extractor.refs.surnames import phrase_matches
from extractor.text import plain as T


class SurnameLinks:
    """Identity of full names and the linking of bare surnames, for PlayerFinder (which holds ``res``,
    ``text``, ``lay``, ``doc``, ``players``, ``people`` and ``shared``)."""

    def _identity(self, name: str, existing: dict, index: "IdentityIndex | None" = None) -> str:
        """The key of the player this full name denotes: the same folded name, the same known
        player, or the same surname with a compatible first name (Rafa / Rafael, J. / Jannik).
        With an ``index`` of ``existing``, only the keys sharing a first or last word or the known
        player are looked at (the rules below need one of them), in the same order."""
        folded = T.fold(name)
        if folded in existing:
            return folded
        known = self.res.player_index.get(folded)
        words = folded.split()
        for key in existing if index is None else index.candidates(words, known):
            other = key.split()
            if generation(other) != generation(words):
                continue  # "Alexander Zverev Sr." is not Alexander Zverev
            if known is not None and self.res.player_index.get(key) is known:
                return key
            # "Davidovich Fokina" after "Alejandro Davidovich Fokina": a surname of two words;
            # "Tomás Martín" before "Tomás Martín Etcheverry": the same name cut short.
            if len(other) > len(words) >= 2 and (other[-len(words) :] == words or other[: len(words)] == words):
                return key
            if other[-1] == words[-1] and len(other) >= 2 and len(words) >= 2:
                a, b = other[0], words[0]
                if a.startswith(b) or b.startswith(a):
                    return key
            if self._initial_of_family_first(words, other) or self._initial_of_family_first(other, words):
                return key
        return folded

    def _initial_of_family_first(self, short: list[str], full: list[str]) -> bool:
        """ "P. Chen" or "J.H. Tan" on a results list, "Chen Pei-hsuan" or "Tan Jia Hui" in prose: the
        initials of the given name, then a family name that is written first in the full name."""
        initials = short[:-1]
        return (
            len(short) >= 2
            and all(len(w) == 1 for w in initials)
            and len(full) > len(initials)
            and full[0] == short[-1]
            and full[0] in self.res.family_first
            and all(g.startswith(c) for c, g in zip(initials, full[1:]))
        )

    def _link_bare_surnames(self, owners: dict[str, set[str]], ambiguous: list[str]) -> None:
        """Every capitalised occurrence of a known surname in story text is a mention, whatever the
        NER called it ("Norrie" as GPE, "Alcaraz’s" as ORG)."""
        taken = sorted(
            [m for p in self.players.values() for m in p.mentions]
            + [m for p in self.people.values() for m in p.mentions]
        )
        longest = max((b - a for a, b in taken), default=0)
        keys = sorted(owners, key=len, reverse=True)
        if not keys:
            return
        folded_text = T.fold_chars(self.text)
        unlinked: dict[str, int] = {}
        for pi, s, e in phrase_matches(folded_text, keys, self.lay.paragraphs):
            found = folded_text[s:e]
            if not self.text[s].isupper():
                continue
            # A mention overlapping [s, e) starts after s - longest: look at those alone.
            near = taken[bisect.bisect_left(taken, (s - longest,)) : bisect.bisect_left(taken, (e,))]
            if any(a < e and s < b for a, b in near):
                continue
            keys_here = owners[found]
            key = next(iter(keys_here)) if len(keys_here) == 1 else self._local_owner(keys_here, pi, s)
            if key is None:
                unlinked[found] = unlinked.get(found, 0) + 1
                continue
            target = self.players.get(key) or self.people.get(key)
            if target is None:
                continue
            target.mentions.append((s, e))
            bisect.insort(taken, (s, e))
            longest = max(longest, e - s)
        for surname, names in self.shared.items():
            left = unlinked.get(surname, 0)
            detail = (
                f"{left} bare mention(s) left unlinked"
                if left
                else "bare mentions linked only where one of them was just named"
            )
            warn(self.doc, f"surname '{surname.title()}' is shared by {' and '.join(names)}: {detail}")

    def _local_owner(self, keys: set[str], para: int, pos: int) -> str | None:
        """A shared surname ("Murray" with Andy and Jamie in the article) is linked only where the
        context settles it: exactly one of the namesakes was named (in full or by first name) in
        this paragraph or the one before. Otherwise it stays unlinked; the record warns either way."""
        lo = self.lay.paragraphs[max(0, para - 1)].start
        named = set()
        for key in keys:
            target = self.players.get(key) or self.people.get(key)
            if target is None:
                continue
            first = T.fold(target.name).split()[0]
            for a, b in target.mentions:
                if lo <= a < pos and (len(self.text[a:b].split()) > 1 or T.fold(self.text[a:b]) == first):
                    named.add(key)
        return named.pop() if len(named) == 1 else None
