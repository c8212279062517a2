"""Examples written with letters for players (W, L, and W2/L2 for their doubles partners) turned
into masked sentences, and the clauses the frames find in them: the frame-level tests need no
model and no pipeline."""

from __future__ import annotations

import re

from extractor.findings import Ref
from extractor.results.clause import Clause
from extractor.results.clauses import find_clauses
from extractor.results.frames import Frames
from extractor.results.masking import Masked
from extractor.results.placeholders import ref_placeholder, run_placeholder
from extractor.scores import find_score_runs

RE_PLAYER_LETTER = re.compile(r"\b(?:W2|L2|W|L)\b")


def masked_example(text: str) -> Masked:
    """``"W beat L 6-3 6-4"`` -> ``"⟨R0⟩ beat ⟨R1⟩ ⟨S0⟩"``, the references keyed by their letters."""
    refs = [Ref(m.start(), m.end(), m.group(0), "name") for m in RE_PLAYER_LETTER.finditer(text)]
    runs = find_score_runs(text)
    items = sorted(
        [(r.start, r.end, "R", i) for i, r in enumerate(refs)] + [(r.start, r.end, "S", i) for i, r in enumerate(runs)]
    )
    masked = Masked("", refs, runs, [0] * len(refs), [0] * len(runs))
    out, pos = [], 0
    for start, end, kind, i in items:
        out.append(text[pos:start])
        (masked.ref_pos if kind == "R" else masked.run_pos)[i] = sum(map(len, out))
        out.append(ref_placeholder(i) if kind == "R" else run_placeholder(i))
        pos = end
    out.append(text[pos:])
    masked.text = "".join(out)
    return masked


def complete_clauses(text: str, frames: Frames) -> list[Clause]:
    masked = masked_example(text)
    return find_clauses(masked, (0, len(text)), frames)[0]


def sides(c: Clause) -> tuple[str | None, str | None, str | None, str | None]:
    return (c.winner, c.loser, c.winner_partner, c.loser_partner)
