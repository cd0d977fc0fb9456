"""bench/bench_run_end.py runs against this build (a sample per build, its own store each)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench" / "bench_run_end.py"


def test_the_end_of_a_run_is_measured_for_each_build(tmp_path):
    done = subprocess.run([sys.executable, str(BENCH), "--mb", "18", "--repeat", "1",
                           "--other", f"again={sys.executable}", "--workdir", str(tmp_path)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert [line.split()[6] for line in lines] == ["expctl", "again"]
    assert all("n=1" in line for line in lines)
    for build in ("expctl", "again"):  # each sample recorded a finished run with its log
        con = sqlite3.connect(tmp_path / f"{build}.db")
        assert con.execute("SELECT status FROM runs").fetchall() == [("finished",)]
        assert con.execute("SELECT SUM(size) FROM logs").fetchone()[0] > 16_000_000
