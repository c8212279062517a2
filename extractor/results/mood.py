"""Whether a clause states a result at all: the words before its verb may make it a statement of
something else (a modal, a future, a negation, an attempt, a condition)."""

from __future__ import annotations

import re

from extractor.results.placeholders import REF

# Words before a verb that make the clause not a result: modal, future, negation, attempt.
RE_NOT_A_RESULT = re.compile(
    r"(?:\b(?:will|would|could|can|might|may|must|should|shall|cannot|won't|can't|wouldn't|couldn't|never|not|n't|"
    r"hopes?\s+to|bid\s+to|tries\s+to|try\s+to|trying\s+to|aims?\s+to|wants?\s+to|needs?\s+to|looking\s+to|set\s+to|"
    r"going\s+to|chance\s+to|plans?\s+to|attempt\s+to|bidding\s+to|seeks?\s+to|seeking\s+to|failed\s+to|fails\s+to|"
    rf"unable\s+to|expected\s+to|likely\s+to|favoured\s+to|favored\s+to|if)\s+(?:\w+\s+|{REF}\s+)?"  # "if ⟨R⟩ beats"
    r"|\b(?:was|were|is|are|be|been|being)\s+)$",  # "was beat": a passive without its participle is no result
    re.IGNORECASE,
)
NOT_A_RESULT_WINDOW = 40  # characters before a verb read for a modal, negation or attempt


def not_a_result(text: str, verb_at: int) -> bool:
    """True when the words just before the verb at ``verb_at`` make its clause no result ("will
    beat", "hopes to beat", "if X beats")."""
    return RE_NOT_A_RESULT.search(text[max(0, verb_at - NOT_A_RESULT_WINDOW) : verb_at]) is not None
