"""The Python start-up hook of `expctl run --py-hook` (see `sitecustomize.py` in this folder).

This folder is put first on the child's PYTHONPATH, so that every Python process of the run
imports our `sitecustomize` at start-up, as `coverage`'s process start-up and `ddtrace-run` do.
Only that file is meant to be imported from here; this `__init__` makes the folder part of the
installed package.
"""

from __future__ import annotations

import os

HOOK_DIR = os.path.dirname(os.path.abspath(__file__))


def with_hook(env: dict[str, str]) -> dict[str, str]:
    """`env` with the hook's folder first on PYTHONPATH (kept before any paths already there)."""
    current = env.get("PYTHONPATH")
    env["PYTHONPATH"] = HOOK_DIR + (os.pathsep + current if current else "")
    return env
