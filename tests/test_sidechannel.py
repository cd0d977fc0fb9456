"""`expctl.log`: exact metrics through the side channel, under the real `expctl run`."""

from __future__ import annotations

import calendar
import json
import os
import subprocess
import sys
import time

from expctl.record.sidechannel import ENV_VAR, MetricsFile, read_points

from .conftest import py, run_expctl


def series(name: str, ref: str = "last") -> list[tuple[float, float]]:
    proc = run_expctl("metrics", ref, name, "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.decode().splitlines()[1:]
    return [(float(step), float(value)) for _, step, value, _ in (line.split(",") for line in lines)]


SCRIPT = """
import expctl, os, subprocess, sys
class Scalar:  # what a NumPy or PyTorch scalar offers
    def __float__(self): return 0.25
for step in range(3):
    expctl.log(loss=1 / (step + 1), acc=Scalar(), step=step)
expctl.log(lr=0.1)
expctl.log(lr=0.05, note="not a number")
expctl.log(nested={"a": 1})            # a dict is not a number: skipped
subprocess.run([sys.executable, "-c", "import expctl; expctl.log(worker=7, step=100)"],
               close_fds=True, check=True)
print(os.environ["EXPCTL_METRICS_FILE"])
"""


def test_logged_metrics_are_stored_exactly():
    started = time.time()
    proc = run_expctl("run", "--", *py(SCRIPT))
    assert proc.returncode == 0, proc.stderr
    assert series("loss") == [(0.0, 1.0), (1.0, 0.5), (2.0, 1 / 3)]
    assert series("acc") == [(0.0, 0.25), (1.0, 0.25), (2.0, 0.25)]
    assert series("lr") == [(0.0, 0.1), (1.0, 0.05)]  # no step: each name counts
    assert series("worker") == [(100.0, 7.0)]  # a grandchild started with close_fds
    shown = json.loads(run_expctl("show", "last", "--format", "json").stdout)
    assert "nested" not in shown["metrics"] and "note" not in shown["metrics"]
    path = proc.stdout.decode().strip().splitlines()[-1]
    assert not os.path.exists(path), "the side file is removed when the run ends"
    # Each point has the time the script logged it, not the time expctl read it.
    rows = json.loads(run_expctl("metrics", "last", "loss", "--format", "json").stdout)["loss"]
    times = [calendar.timegm(time.strptime(r["time"][:19], "%Y-%m-%dT%H:%M:%S")) for r in rows]
    assert all(int(started) <= t <= time.time() for t in times)


def test_outside_expctl_log_does_nothing(tmp_path):
    code = "import expctl; expctl.log(loss=1.0, step=3); print('ok')"
    env = {k: v for k, v in os.environ.items() if k != ENV_VAR}
    done = subprocess.run(py(code), env=env, capture_output=True, timeout=60)
    assert (done.returncode, done.stdout, done.stderr) == (0, b"ok\n", b"")


def test_a_missing_file_is_not_created(tmp_path):
    target = tmp_path / "gone.jsonl"
    env = {**os.environ, ENV_VAR: str(target)}
    done = subprocess.run(py("import expctl; expctl.log(loss=1.0); print('ok')"), env=env,
                          capture_output=True, timeout=60)
    assert done.stdout == b"ok\n" and not target.exists()


def test_a_fifo_never_blocks_the_script(tmp_path):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    env = {**os.environ, ENV_VAR: str(fifo)}
    # Nobody reads the FIFO: opening it for writing would block forever without O_NONBLOCK.
    done = subprocess.run(py("import expctl; expctl.log(loss=1.0); print('ok')"), env=env,
                          capture_output=True, timeout=30)
    assert done.stdout == b"ok\n"


def test_importing_expctl_stays_free():
    code = "import sys, expctl; print('expctl.record.sidechannel' in sys.modules, 'json' in sys.modules)"
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", code], capture_output=True)
    assert done.stdout == b"False False\n"


def test_concurrent_writers_never_interleave(tmp_path):
    side = MetricsFile.create("test-concurrent")
    assert side is not None
    try:
        writer = ("import expctl, sys\n"
                  "for i in range(500): expctl.log(step=i, **{'w' + sys.argv[1]: i * 1.5})")
        env = {**os.environ, ENV_VAR: side.path}
        procs = [subprocess.Popen([sys.executable, "-c", writer, str(n)], env=env) for n in range(4)]
        assert all(p.wait(timeout=60) == 0 for p in procs)
        offset, data = side.read()
        out: dict = {}
        read_points(data, {}, out, 0.0)
        assert offset == 0 and data.count(b"\n") == 2000
        for n in range(4):
            assert sorted(out[f"w{n}"].steps) == [float(i) for i in range(500)]
            assert sorted(out[f"w{n}"].values) == [i * 1.5 for i in range(500)]
    finally:
        side.close()
    assert not os.path.exists(side.path)


def test_reading_keeps_a_line_still_being_written():
    side = MetricsFile.create("test-partial")
    try:
        with open(side.path, "ab") as f:
            f.write(b'{"time": 1, "step": 2, "metrics": {"a": 1}}\n{"time": 1, "st')
        offset, first = side.read()
        with open(side.path, "ab") as f:
            f.write(b'ep": 3, "metrics": {"a": 2}}\n')
        second_offset, second = side.read()
        assert (offset, first.count(b"\n"), second_offset) == (0, 1, len(first))
        out: dict = {}
        read_points(first + second, {}, out, 0.0)
        assert list(out["a"].steps) == [2.0, 3.0] and list(out["a"].values) == [1.0, 2.0]
    finally:
        side.close()


def test_garbage_lines_are_skipped():
    out: dict = {}
    counters: dict = {}
    data = (b'not json\n[1, 2]\n{"metrics": 5}\n{"metrics": {"x": "1", "y": true, "z": 2},'
            b' "step": "3", "time": null}\n{"metrics": {"z": NaN}, "step": Infinity}\n')
    read_points(data, counters, out, 42.0)
    assert list(out) == ["z"]
    assert list(out["z"].steps) == [0.0, 1.0] and list(out["z"].times) == [42.0, 42.0]
