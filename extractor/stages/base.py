"""What every rule stage shares: its settings (``data_dir``, from the factory's config) and what
it derives from the rule data, built once per pipeline on first use (never at import time)."""

from __future__ import annotations

import functools
import re

from extractor.data.resources import Resources, load_resources
from extractor.data.verbs import alternation
from extractor.findings import register_extensions
from extractor.refs.resolution import object_cue_pattern


class RuleStage:
    def __init__(self, data_dir: str | None = None) -> None:
        register_extensions()
        self.data_dir = data_dir

    @functools.cached_property
    def resources(self) -> Resources:
        return load_resources(self.data_dir)

    @functools.cached_property
    def object_cue(self) -> re.Pattern[str]:
        """Object position before a name ("beat X"), from the verbs of role "object"."""
        return object_cue_pattern(alternation(self.resources.play_verbs, "object"))
