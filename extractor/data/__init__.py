"""Rule data shipped with the package (JSONL and text files beside this module) and its loader."""
