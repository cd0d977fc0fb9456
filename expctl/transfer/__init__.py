"""Runs leaving and entering a store: the `expctl-runs` JSON-lines format (`runs.py`), its
checks on import (`check.py`) and artifact content carried with it (`blobs.py`).
"""
