"""Tries of literal phrases as regex bodies: many phrases read in one search, one branch per
character at each position, the longest phrase that fits matched first."""

from __future__ import annotations

import bisect
import itertools
import re

RE_TOKEN = re.compile(r"\s+|\S+")  # a phrase's words and the runs of spaces between them
SPACES = r"[\s\u00a0]+"  # a run of spaces in a phrase: any run of white space
SHARED_MIN = 10  # words share what follows them only where it is at least this long (shorter: the trie reads faster)


def trie_alternation(phrases) -> str:
    """The regex body of ``phrases`` (literal text; a run of spaces matches any run of white space)
    merged into a trie, longest continuation first; ``(?!)`` (never matches) for none. Case as
    written: wrap it in ``(?i:...)`` to match any case. Words that go on alike share what follows
    them (_words_regex): "(was|were|is) (far|much|) too (good|strong) for" is written once, not once
    for every text it spells."""
    alts = {p for p in phrases if p}
    if not alts:
        return "(?!)"
    trie: dict = {}
    for phrase in alts:
        node = trie
        for token in RE_TOKEN.findall(phrase):
            node = node.setdefault(" " if token.isspace() else token, {})
        node[""] = {}  # a phrase ends here
    return _words_regex(trie, first=True)


def _words_regex(node: dict, first: bool = False) -> str:
    """The alternation a trie node of words stands for (keys: a word, " " for a run of spaces, "" where
    a phrase ends). The words are read one character at a time, the longer of two that begin alike
    first, each followed by what may follow it. Words that go on alike are written together, what
    follows them once ("(?:was|were) too"), where none of them begins alike with a word that goes on
    otherwise: at most one of the rest then fits the text, and of theirs the longer is tried first, so the
    same text matches, tried in the same order (the longest first) as in the trie of every text. In the
    ``first`` node, where a search tries every position, they hang under the first letter of each of
    their words (``_chars_trie``); further on, after a word that matched, they are a branch of their own."""
    follow = {key: _words_regex(child) for key, child in node.items() if key}
    if len(follow) == 1:  # (most nodes: one word, or the spaces after one, then what follows)
        ((key, after),) = follow.items()
        body = (SPACES if key == " " else re.escape(key)) + after
        return f"(?:{body})?" if "" in node else body
    alike: dict[str, list[str]] = {}
    for key, after in follow.items():
        alike.setdefault(after, []).append(key)
    chars, shared = {}, []
    cases: dict[str, set[str]] = {}  # each word lower-cased -> the words written so
    for key in follow:
        cases.setdefault(key.lower(), set()).add(key)
    folded = sorted(cases)
    for after, keys in alike.items():
        if len(keys) > 1 and len(after) >= SHARED_MIN and _begin_alike_only(keys, folded, cases):
            shared.append((keys, after))
        else:
            chars.update((k, after) for k in keys)
    body = _chars_regex(_chars_trie(chars, shared if first else ()))
    if not first and shared:
        branches = ([body] if body else []) + sorted(
            _chars_regex(_chars_trie(dict.fromkeys(k, ""))) + a for k, a in shared
        )
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if body and "" in node else body


def _begin_alike_only(keys: list[str], folded: list[str], cases: dict[str, set[str]]) -> bool:
    """Whether ``keys``, words, begin (in any case) like no word of the node but themselves: no other
    word (``folded``: the node's words lower-cased, sorted) starts with one of them nor starts one.
    ASCII words only, whose letters IGNORECASE matches only to their cases."""
    own = set(keys)
    if " " in own or not all(k.isascii() for k in own):
        return False
    for k in {key.lower() for key in keys}:
        i = bisect.bisect_left(folded, k)
        longer = itertools.takewhile(lambda f: f.startswith(k), folded[i:])
        shorter = (k[:j] for j in range(1, len(k)) if k[:j] in cases)
        if any(not cases[f] <= own for f in itertools.chain(longer, shorter)):
            return False
    return True


def _chars_trie(ends: dict[str, str], shared: list[tuple[list[str], str]] = ()) -> dict:
    """A trie of the characters of ``ends``' keys (a word, or " " for a run of spaces), each key's end
    holding the regex that follows it ("" for nothing). Each of ``shared``, words and what follows them
    all, hangs under each first letter of its words as one branch (the rest of those words, then what
    follows), so a search still tries one branch per letter at each position."""
    trie: dict = {}
    for key, after in ends.items():
        node = trie
        for unit in [SPACES] if key == " " else map(re.escape, key):
            node = node.setdefault(unit, {})
        node[""] = after
    for keys, after in shared:
        for first in sorted({k[0] for k in keys}):
            rest = _chars_regex(_chars_trie({k[1:]: "" for k in keys if k[0] == first}))
            trie.setdefault(re.escape(first), {})[rest + after] = {}  # (a branch of its own: its words begin
            # like no other word there)
    return trie


def _chars_regex(node: dict) -> str:
    """The alternation a character trie node stands for; longer continuations come before the end of a
    word (what follows it, then nothing), so the longest text that fits is the one that matches, as in
    a longest-first list."""
    branches = [unit + _chars_regex(child) for unit, child in sorted(node.items()) if unit]
    after = node.get("")
    if after:
        branches.append(after)
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if after == "" else body
