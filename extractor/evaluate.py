"""Scoring against gold files, by exactly the rules of shared/GOLD.md.

Precision, recall and F1 are micro-averaged over all articles; each figure keeps its misses and
false positives so ``tennis-extract eval --details`` can show them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from extractor.text.plain import fold


@dataclass
class Figure:
    name: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    details: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Ratio:
    name: str
    right: int = 0
    total: int = 0
    details: list[str] = field(default_factory=list)

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 1.0


@dataclass
class Report:
    articles: int = 0
    missing: list[str] = field(default_factory=list)
    figures: dict[str, Figure] = field(default_factory=dict)
    ratios: dict[str, Ratio] = field(default_factory=dict)
    cruft_players: list[str] = field(default_factory=list)

    def value(self, name: str) -> float:
        if name in self.figures:
            return self.figures[name].f1
        return self.ratios[name].value


def name_match(gold: str | None, pred: str | None) -> bool:
    """GOLD.md: equal full names, or a one-word gold name equal to the predicted surname (or to the
    famous first name it stands for: "Rafa", "Serena")."""
    if not gold or not pred:
        return False
    g, p = fold(gold), fold(pred)
    if g == p:
        return True
    gw, pw = g.split(), p.split()
    return len(gw) == 1 and bool(pw) and gw[0] in (pw[-1], pw[0])


def _surnames(side: str) -> set[str]:
    return {fold(part).split()[-1] for part in re.split(r"\s*/\s*", side) if fold(part)}


def side_match(gold: str, pred: str) -> bool:
    g = _surnames(gold)
    return bool(g) and g == _surnames(pred)


def contains_match(gold: str, pred: str) -> bool:
    g, p = fold(gold), fold(pred)
    return bool(g) and bool(p) and (g in p or p in g)


RE_GOLD_SET = re.compile(r"\[?(\d+)-(\d+)\]?(?:\((\d+)\))?")


def normalise_score(text: str | None) -> str | None:
    """Gold score strings to one form: "[10-8]" and "1-0(8)" become "10-8"."""
    if text is None:
        return None
    sets = []
    for m in RE_GOLD_SET.finditer(text):
        a, b, tb = int(m.group(1)), int(m.group(2)), m.group(3)
        if {a, b} == {1, 0} and tb is not None:
            won = max(10, int(tb) + 2)
            sets.append(f"{won}-{tb}" if a else f"{tb}-{won}")
        else:
            sets.append(f"{a}-{b}" + (f"({int(tb)})" if tb is not None else ""))
    return " ".join(sets)


def _pair_indexes(golds: list, preds: list, ok: Callable[[Any, Any], bool]) -> tuple[list[tuple[Any, int]], list]:
    """Greedy one-to-one pairing in order: (gold, index of its prediction) pairs and the golds
    left unmatched."""
    free = list(range(len(preds)))
    pairs, missed = [], []
    for g in golds:
        hit = next((i for i in free if ok(g, preds[i])), None)
        if hit is None:
            missed.append(g)
        else:
            free.remove(hit)
            pairs.append((g, hit))
    return pairs, missed


def _pair(golds: list, preds: list, ok: Callable[[Any, Any], bool]) -> tuple[list[tuple[Any, Any]], list, list]:
    """Greedy one-to-one pairing in order: (pairs, unmatched golds, unmatched preds)."""
    pairs, missed = _pair_indexes(golds, preds, ok)
    taken = {i for _, i in pairs}
    return [(g, preds[i]) for g, i in pairs], missed, [p for i, p in enumerate(preds) if i not in taken]


def _match_ok(g: dict, p: dict) -> bool:
    return side_match(g["winner"], p["winner"]) and side_match(g["loser"], p["loser"])


def _ranking_ok(g: dict, p: dict) -> bool:
    return name_match(g["player"], p["player"]) and g["rank"] == p["rank"] and g["kind"] == p["kind"]


def fact_labels(record: dict, gold: dict) -> dict[str, list[bool | None]]:
    """Right (True) or wrong (False) for every fact of ``record`` by the GOLD.md rules, per kind
    and in record order: what a confidence is calibrated against. ``score`` is a match's score
    (right when the match is right and the scores are equal; None for a match without a score),
    ``speaker`` a quote's speaker (None for a quote that matches no gold quote)."""
    pred = _pred_views(record)

    def labels(golds: list, preds: list, ok) -> tuple[list[bool], dict[int, Any]]:
        pairs, _ = _pair_indexes(golds, preds, ok)
        paired = {i: g for g, i in pairs}
        return [i in paired for i in range(len(preds))], paired

    players, _ = labels([p["name"] for p in gold["players"]], pred["players"], name_match)
    matches, match_gold = labels(gold["matches"], pred["matches"], _match_ok)
    scores = [
        None if m["score"] is None else (i in match_gold and normalise_score(match_gold[i].get("score")) == m["score"])
        for i, m in enumerate(pred["matches"])
    ]
    quotes, quote_gold = labels(gold["quotes"], pred["quotes"], _overlaps)
    speakers = [None if i not in quote_gold else _speaker_ok(quote_gold[i], q) for i, q in enumerate(pred["quotes"])]
    gold_dates = {fold(d["text"]): d["value"] for d in gold.get("dates", [])}
    return {
        "player": players,
        "match": matches,
        "score": scores,
        "ranking": labels(gold["rankings"], pred["rankings"], _ranking_ok)[0],
        "quote": quotes,
        "speaker": speakers,
        "tournament": labels(gold["tournaments"], pred["tournaments"], contains_match)[0],
        "venue": labels(gold["venues"], pred["venues"], contains_match)[0],
        "date": [gold_dates.get(fold(d["text"])) == d["value"] for d in record.get("dates", [])],
    }


def _speaker_ok(g: dict, p: dict) -> bool:
    return name_match(g["speaker"], p["speaker"]) if g["speaker"] is not None else p["speaker"] is None


def _count(fig: Figure, article: str, pairs, missed, extra, show=str) -> None:
    fig.tp += len(pairs)
    fig.fn += len(missed)
    fig.fp += len(extra)
    fig.details += [f"{article}: missed {show(g)}" for g in missed]
    fig.details += [f"{article}: false positive {show(p)}" for p in extra]


def _pred_views(record: dict) -> dict[str, Any]:
    players = {p["id"]: p for p in record.get("players", [])}

    def pname(pid: str | None) -> str | None:
        return players[pid]["name"] if pid in players else None

    def side(pid: str, partner: str | None) -> str:
        return " / ".join(n for n in (pname(pid), pname(partner)) if n)

    tournaments = {t["id"]: t["name"] for t in record.get("tournaments", [])}
    return {
        "players": [p["name"] for p in record.get("players", [])],
        "matches": [
            {
                "winner": side(m["winner"], m.get("winner_partner")),
                "loser": side(m["loser"], m.get("loser_partner")),
                "score": _pred_score(m.get("score")),
                "tournament": tournaments.get(m.get("tournament")),
            }
            for m in record.get("matches", [])
        ],
        "rankings": [
            {"player": pname(r["player"]), "rank": r["rank"], "kind": r["kind"]} for r in record.get("rankings", [])
        ],
        "quotes": [
            {"speaker": q.get("speaker_name"), "start": q["span"]["start"], "end": q["span"]["end"]}
            for q in record.get("quotes", [])
        ],
        "tournaments": [t["name"] for t in record.get("tournaments", [])],
        "venues": [v["name"] for v in record.get("venues", [])],
        "published": record.get("article", {}).get("published"),
        "player_facts": {p["name"]: p for p in record.get("players", [])},
    }


def _pred_score(score: dict | None) -> str | None:
    if not score or not score.get("sets"):
        return None
    from models import Score

    return Score.model_validate(score).normalised()


def _overlaps(g: dict, p: dict) -> bool:
    shorter = min(g["end"] - g["start"], p["end"] - p["start"])
    overlap = min(g["end"], p["end"]) - max(g["start"], p["start"])
    return shorter > 0 and overlap >= shorter / 2


def score_corpus(records: Iterable[dict], gold_dir: Path | str) -> Report:
    preds = {r["article"]["id"]: r for r in records}
    report = Report()
    figs = {n: Figure(n) for n in ("players", "matches", "rankings", "quotes", "tournaments", "venues")}
    ratios = {
        n: Ratio(n)
        for n in ("match scores exact", "quote attribution", "published exact", "nationality (extra)", "age (extra)")
    }
    report.figures, report.ratios = figs, ratios
    for path in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        aid = gold["id"]
        report.articles += 1
        record = preds.get(aid)
        if record is None:
            report.missing.append(aid)
            record = {"article": {"id": aid}}
        pred = _pred_views(record)
        # players: a predicted name from page cruft (not_players) is a false positive like any other
        pairs, missed, extra = _pair([p["name"] for p in gold["players"]], pred["players"], name_match)
        _count(figs["players"], aid, pairs, missed, extra)
        for p in extra:
            if any(name_match(n, p) or name_match(p, n) for n in gold.get("not_players", [])):
                report.cruft_players.append(f"{aid}: {p}")
        by_name = {p["name"]: p for p in gold["players"]}
        for g, p in pairs:
            facts = pred["player_facts"][p]
            for key, label in (("nationality", "nationality (extra)"), ("age", "age (extra)")):
                ratios[label].total += 1
                if facts.get(key) == by_name[g].get(key):
                    ratios[label].right += 1
                else:
                    ratios[label].details.append(
                        f"{aid}: {g} {key} gold {by_name[g].get(key)} predicted {facts.get(key)}"
                    )
        pairs, missed, extra = _pair(gold["matches"], pred["matches"], _match_ok)
        _count(figs["matches"], aid, pairs, missed, extra, lambda m: f"{m['winner']} d. {m['loser']} {m.get('score')}")
        for g, p in pairs:
            if g.get("score") is None:
                continue
            ratios["match scores exact"].total += 1
            if normalise_score(g["score"]) == p["score"]:
                ratios["match scores exact"].right += 1
            else:
                ratios["match scores exact"].details.append(
                    f"{aid}: {g['winner']} d. {g['loser']} gold {g['score']} predicted {p['score']}"
                )
        pairs, missed, extra = _pair(gold["rankings"], pred["rankings"], _ranking_ok)
        _count(figs["rankings"], aid, pairs, missed, extra, lambda r: f"{r['player']} {r['kind']} {r['rank']}")
        pairs, missed, extra = _pair(gold["quotes"], pred["quotes"], _overlaps)
        _count(figs["quotes"], aid, pairs, missed, extra, lambda q: f"{q['start']}-{q['end']} ({q.get('speaker')})")
        for g, p in pairs:
            ratios["quote attribution"].total += 1
            if _speaker_ok(g, p):
                ratios["quote attribution"].right += 1
            else:
                ratios["quote attribution"].details.append(
                    f"{aid}: quote {g['start']}-{g['end']} gold {g['speaker']} predicted {p['speaker']}"
                )
        for field_name in ("tournaments", "venues"):
            pairs, missed, extra = _pair(gold[field_name], pred[field_name], contains_match)
            _count(figs[field_name], aid, pairs, missed, extra)
        ratios["published exact"].total += 1
        if gold.get("published") == pred["published"]:
            ratios["published exact"].right += 1
        else:
            ratios["published exact"].details.append(
                f"{aid}: gold {gold.get('published')} predicted {pred['published']}"
            )
    return report


def format_report(report: Report, *, details: bool = False) -> str:
    lines = [
        f"articles: {report.articles}" + (f" ({len(report.missing)} without a prediction)" if report.missing else "")
    ]
    lines.append(f"{'figure':<24}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}")
    for f in report.figures.values():
        lines.append(f"{f.name + ' F1':<24}{f.precision:>7.3f}{f.recall:>7.3f}{f.f1:>7.3f}{f.tp:>6}{f.fp:>6}{f.fn:>6}")
    for r in report.ratios.values():
        lines.append(f"{r.name:<24}{r.value:>21.3f}{r.right:>6}/{r.total}")
    lines.append(f"{'players from page cruft':<24}{len(report.cruft_players):>21}")
    if details:
        for item in list(report.figures.values()) + list(report.ratios.values()):
            for d in item.details:
                lines.append(f"  [{item.name}] {d}")
        for c in report.cruft_players:
            lines.append(f"  [cruft player] {c}")
        for m in report.missing:
            lines.append(f"  [no prediction] {m}")
    return "\n".join(lines)
