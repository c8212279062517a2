"""Confidence you can act on: every fact's probability of being right, from the evidence the stages
saw (features.py), by a small fitted model per fact kind whose parameters ship as rule data
(model.py, extractor/data/confidence.json), fitted and checked by `tennis-extract calibrate`
(fit.py, reliability.py)."""
