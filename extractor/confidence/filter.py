"""Leaving facts below a confidence out of a record (``extract``/``batch --min-confidence``,
``export --min-confidence``): what a consumer that publishes unseen wants."""

from __future__ import annotations

from models import ArticleRecord

# Lists of facts whose items carry a ``confidence`` (and the fields that refer to players)
FACT_LISTS = ("matches", "rankings", "quotes", "tournaments", "venues", "dates")


def _low(item, threshold: float) -> bool:
    value = getattr(item, "confidence", None)
    return value is not None and value < threshold


def keep_confident(record: ArticleRecord, threshold: float) -> ArticleRecord:
    """A copy of ``record`` without the facts whose confidence is below ``threshold``: players
    first, then every fact that refers to a player left out, then the other facts by their own
    confidence. A match's score under the threshold is dropped from the match (which stays when
    its sides are confident), and a quote's speaker under it from the quote (unattributed). The
    count goes to ``warnings``."""
    out = record.model_copy(deep=True)
    dropped: dict[str, int] = {}
    kept_players = [p for p in out.players if not _low(p, threshold)]
    gone = {p.id for p in out.players} - {p.id for p in kept_players}
    if gone:
        dropped["players"] = len(gone)
    out.players = kept_players
    kept_tournaments = {t.id for t in out.tournaments if not _low(t, threshold)}
    kept_venues = {v.id for v in out.venues if not _low(v, threshold)}

    def refers_to_gone(item) -> bool:
        ids = {
            getattr(item, f, None) for f in ("winner", "loser", "winner_partner", "loser_partner", "player", "opponent")
        }
        return bool(ids & gone)

    for name in ("matches", "rankings", "quotes", "tournaments", "venues", "dates", "head_to_head"):
        items = getattr(out, name)
        kept = [x for x in items if not _low(x, threshold) and not refers_to_gone(x)]
        if len(kept) != len(items):
            dropped[name] = len(items) - len(kept)
        setattr(out, name, kept)
    for q in out.quotes:
        if q.speaker in gone:
            q.speaker = None
    for m in out.matches:
        if m.tournament is not None and m.tournament not in kept_tournaments:
            m.tournament = None
        if m.venue is not None and m.venue not in kept_venues:
            m.venue = None
        if m.score is not None and m.score_confidence is not None and m.score_confidence < threshold:
            m.score, m.score_confidence = None, None
            dropped["scores"] = dropped.get("scores", 0) + 1
    for q in out.quotes:
        if q.speaker_confidence is not None and q.speaker_confidence < threshold:
            q.speaker, q.speaker_name, q.speaker_confidence = None, None, None
            dropped["speakers"] = dropped.get("speakers", 0) + 1
    if dropped:
        counts = ", ".join(f"{n} {k}" for k, n in dropped.items())
        out.warnings.append(f"facts under confidence {threshold:g} were left out: {counts}")
    return ArticleRecord.model_validate(out.model_dump())
