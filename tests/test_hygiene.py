"""The suite's own manners: no test or benchmark signals processes it did not start."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The commands that pick processes by name, spelt in pieces so this file does not name them.
_BY_NAME_TOOLS = ("p" + "kill", "kill" + "all", "p" + "grep")
BY_NAME = re.compile(r"""["'\s\[](""" + "|".join(_BY_NAME_TOOLS) + r""")["'\s,]""")


def test_no_test_or_benchmark_kills_processes_by_name():
    """Signalling by a name pattern reaches every matching process of the user (another test's, another
    session's). Tests signal only the pids they started."""
    offenders = [f"{path.relative_to(ROOT)}:{n}"
                 for folder in ("tests", "bench") for path in sorted((ROOT / folder).rglob("*.py"))
                 if path.resolve() != Path(__file__).resolve()
                 for n, line in enumerate(path.read_text(errors="replace").splitlines(), 1)
                 if BY_NAME.search(line)]
    assert offenders == []
