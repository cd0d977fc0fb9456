"""Heavier variants, skipped by default (`python -m pytest -m heavy` runs them; see also
bench/soak.py): a gigabyte flood and 32 writers x 200,000 points."""

from __future__ import annotations

import json
import subprocess

import pytest

from ..conftest import expctl_argv, py, run_expctl
from .test_garbage import MAX_RSS_MB, _expected, _run_measured

pytestmark = pytest.mark.heavy


def test_a_gigabyte_of_output_passes_byte_exact_in_bounded_memory():
    command = ("yes 'INFO worker 3 fetched shard from /data/train/part-00017 in 0.25s' "
               "| head -c 1000000000")
    code, size, digest, rss = _run_measured(command)
    assert (code, size) == (0, 1_000_000_000)
    assert digest == _expected(command)[1]
    assert rss < MAX_RSS_MB


def test_32_writers_of_200000_points_lose_nothing():
    child = "import sys\nsys.stdout.write(''.join(f'step: {i} v: {i}\\n' for i in range(200000)))"
    procs = [subprocess.Popen(expctl_argv("run", "-q", "--", *py(child)), stderr=subprocess.PIPE)
             for _ in range(32)]
    assert all(p.wait(timeout=900) == 0 for p in procs)
    runs = json.loads(run_expctl("list", "--all", "--format", "json").stdout)
    assert sum(r["metrics"]["v"]["count"] for r in runs) == 32 * 200000
