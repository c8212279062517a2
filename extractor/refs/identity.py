"""Identity of full names within one article: the keys seen so far, indexed by their first and last
words and the known player they name, and the spelling distance of two short words (a misspelt
surname), and the generation a suffix gives a name. Used by the players stage."""

from __future__ import annotations


class IdentityIndex:
    """The identity keys seen so far, by first word, last word and known player, in the order they
    were added: a new name is compared with the few keys it could match, not with all."""

    def __init__(self, res) -> None:
        self.res = res
        self.order: dict[str, int] = {}
        self.by: dict[tuple, list[str]] = {}

    def add(self, key: str) -> None:
        self.order[key] = len(self.order)
        words = key.split()
        known = self.res.player_index.get(key)
        for entry in (("first", words[0]), ("last", words[-1])) + (
            (("known", id(known)),) if known is not None else ()
        ):
            self.by.setdefault(entry, []).append(key)

    def candidates(self, words: list[str], known) -> list[str]:
        found = {*self.by.get(("first", words[0]), ()), *self.by.get(("last", words[-1]), ())}
        # "P. Chen" and "Chen Pei-hsuan": a family name written first, either way round
        found.update((*self.by.get(("first", words[-1]), ()), *self.by.get(("last", words[0]), ())))
        if known is not None:
            found.update(self.by.get(("known", id(known)), ()))
        return sorted(found, key=self.order.__getitem__)


# A generational suffix ends a name of another person: "Alexander Zverev Sr." is the player's father.
GENERATIONS = {"sr": "sr", "senior": "sr", "jr": "jr", "junior": "jr", "ii": "ii", "iii": "iii", "iv": "iv"}


def generation(words: list[str]) -> str | None:
    """The generation a folded name's last word gives it ("sr" for "alexander zverev sr", "zverev
    senior"; "jr" for "... jr"), or None; a word alone has none."""
    return GENERATIONS.get(words[-1]) if len(words) >= 2 else None


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance of two short words."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
