"""ResourceMonitor against real process trees; rusage_summary on real and built rusage."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import threading
import time

from expctl.capture.resources import ResourceMonitor, rusage_summary

# Touches 50 MiB (so it is resident), says "ready", then burns CPU until its stdin closes.
HOG = """\
import select, sys
block = bytearray(b"x") * (50 * 2**20)
print("ready", flush=True)
while not select.select([sys.stdin], [], [], 0)[0]:
    pass
"""
# The process the monitor watches is a small parent; the 50 MiB hog is its child.
PARENT = f"import subprocess, sys; subprocess.run([sys.executable, '-c', {HOG!r}])"


def start_tree() -> subprocess.Popen:
    """The parent → hog tree, once the hog has allocated its memory."""
    proc = subprocess.Popen([sys.executable, "-c", PARENT], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline() == "ready\n"
    return proc


def finish(proc: subprocess.Popen) -> None:
    proc.stdin.close()  # the hog sees EOF and exits, then its parent does
    proc.wait(5)
    proc.stdout.close()


def test_samples_the_whole_tree():
    proc = start_tree()
    busy_and_big = threading.Event()
    samples = []

    def on_sample(at: float, cpu_percent: float, rss_mb: float) -> None:
        samples.append((at, cpu_percent, rss_mb))
        if cpu_percent > 20 and rss_mb >= 40:
            busy_and_big.set()

    monitor = ResourceMonitor(proc.pid, interval=0.05, on_sample=on_sample)
    monitor.start()
    try:
        assert busy_and_big.wait(5), samples
    finally:
        finish(proc)
    summary = monitor.stop()
    assert summary["peak_rss_mb"] >= 40  # the parent alone is far smaller: descendants count
    assert summary["samples"] >= 1 and summary["samples"] == len(samples)
    assert abs(samples[0][0] - time.time()) < 60  # seconds since the epoch
    assert monitor.warnings == []


def test_stop_is_prompt_even_with_a_long_interval():
    proc = start_tree()
    first = threading.Event()
    monitor = ResourceMonitor(proc.pid, interval=60, on_sample=lambda *_: first.set())
    monitor.start()
    try:
        assert first.wait(5)  # the first sample does not wait for the interval
        started = time.monotonic()
        summary = monitor.stop()
        assert time.monotonic() - started < 0.5
    finally:
        finish(proc)
    assert summary["samples"] == 1 and summary["peak_rss_mb"] >= 40


def test_a_process_that_is_gone_gives_an_empty_summary():
    proc = subprocess.Popen(["true"])
    proc.wait()
    monitor = ResourceMonitor(proc.pid, interval=0.01)
    monitor.start()
    assert monitor.stop() == {"peak_rss_mb": None, "samples": 0}
    assert ResourceMonitor(proc.pid).stop() == {"peak_rss_mb": None, "samples": 0}  # never started


def test_a_failing_on_sample_warns_once_and_sampling_goes_on():
    proc = start_tree()
    calls = []
    third_call = threading.Event()

    def on_sample(*_) -> None:
        calls.append(1)
        if len(calls) == 3:
            third_call.set()
        raise RuntimeError("database is locked")

    monitor = ResourceMonitor(proc.pid, interval=0.01, on_sample=on_sample)
    monitor.start()
    try:
        assert third_call.wait(5)
    finally:
        finish(proc)
    monitor.stop()
    assert monitor.warnings == ["resource samples not recorded (RuntimeError: database is locked)"]


def test_rusage_summary_units():
    ru = resource.struct_rusage((1.5, 0.25, 2048) + (0,) * 13)
    max_rss_mb = 2048 / 2**20 if sys.platform == "darwin" else 2.0  # bytes on macOS, else KiB
    assert rusage_summary(ru) == {"cpu_user_s": 1.5, "cpu_system_s": 0.25, "max_rss_mb": max_rss_mb}


def test_rusage_summary_of_a_real_child():
    proc = subprocess.Popen([sys.executable, "-c", "bytearray(b'x') * (50 * 2**20)"])
    _, status, ru = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    summary = rusage_summary(ru)
    assert summary["max_rss_mb"] >= 40
    assert summary["cpu_user_s"] + summary["cpu_system_s"] > 0
