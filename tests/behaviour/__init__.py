"""Behavioural (CheckList-style) tests of match-result extraction.

``generator`` writes short articles along one dimension at a time (construction, modifiers on either
side, score notation, kind of name, subject form, doubles, statements that are not results) with the
results each one states; ``scoring`` scores records against them and reports recall per dimension.
``tests/behaviour/test_behaviour.py`` checks a fixed-seed sample; ``benchmarks/behaviour.py`` runs the
benchmark-size suite.
"""
