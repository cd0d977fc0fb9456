"""From what a user types to the runs it names: the `--where` language and the fields it shares
with `--sort`/`--columns` (`where.py`), run references (`refs.py`), times written by people
(`times.py`), and `lookup.py`, which puts them together for the commands.
"""
