"""What a load did: articles new, replaced, unchanged or kept, players, registry links, facts the
machine accepted, and every line skipped, with where it came from."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class LoadReport:
    new: int = 0
    replaced: int = 0
    unchanged: int = 0
    kept_newer: int = 0
    players_new: int = 0
    linked_appearances: int = 0
    machine_accepted: int = 0  # facts the machine accepted (auto_accept)
    errors: list[str] = field(default_factory=list)  # "WHERE: what is wrong": skipped lines, articles not loaded
    warnings: list[str] = field(default_factory=list)  # ambiguous links, older records, a text loaded beside another
    links: list[str] = field(default_factory=list)  # players linked to the registry for the first time

    @property
    def loaded(self) -> int:
        return self.new + self.replaced

    def merge(self, other: LoadReport) -> None:
        for name in (
            "new",
            "replaced",
            "unchanged",
            "kept_newer",
            "players_new",
            "linked_appearances",
            "machine_accepted",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors += other.errors
        self.warnings += other.warnings
        self.links += other.links

    def summary(self) -> str:
        parts = [
            f"{self.new} article(s) loaded",
            f"{self.replaced} replaced by a newer extractor's record",
            f"{self.unchanged} already loaded",
        ]
        if self.kept_newer:
            parts.append(f"{self.kept_newer} older than the loaded record (kept the loaded one)")
        parts.append(f"{len(self.errors)} skipped with errors")
        players = f"{self.players_new} new player(s)"
        if self.links or self.linked_appearances:
            players += (
                f", {len(self.links)} newly linked to the registry ({self.linked_appearances} linked appearance(s))"
            )
        machine = f"; {self.machine_accepted} fact(s) accepted by the machine" if self.machine_accepted else ""
        return "; ".join(parts) + "; " + players + machine
