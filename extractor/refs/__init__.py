"""References to players: name candidates, descriptions, pronouns and how they resolve to players."""
