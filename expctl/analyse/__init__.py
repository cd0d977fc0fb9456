"""Answers about runs, as plain data: the statistics (`stats.py`), runs turned into samples and
groups (`samples.py`), side-by-side comparison (`compare.py`), what differs between two runs
(`diff.py`, `gitdiff.py`), CI gates (`gate.py`), and the rules they share: aggregates,
metric direction and which runs an analysis uses. No I/O: `render/` draws the results.
"""
