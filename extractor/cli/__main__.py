"""``python -m extractor.cli``: the same command line as ``tennis-extract``."""

from extractor.cli import main

main()
