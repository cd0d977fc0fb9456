"""A SIGTERM, SIGINT or SIGHUP once the command ended cuts the recording short; expctl still
exits with the command's exit code. It used to land in a gap (between the runner putting its
handlers back and the end's own, or after the end was recorded) and kill expctl: exit 143 for
a command that exited 3. Before the command started, a signal does what it always did.

Each signal is sent by expctl to itself at one exact point of the real code path (a prelude
patches one function, then runs the CLI: tests/test_thread_deaths.py's `run_patched`)."""

from __future__ import annotations

import signal

import pytest

from tests.test_thread_deaths import CHILD, run_patched, show_last

SIGNALS = [signal.SIGTERM, signal.SIGINT, signal.SIGHUP]


@pytest.mark.parametrize("signum", SIGNALS)
def test_a_signal_between_the_commands_end_and_its_recording_keeps_the_exit_code(signum):
    patch = f"""
import os
from expctl.record import runner
run_child = runner.run_child
def ended_then_signalled(*args, **kwargs):
    result = run_child(*args, **kwargs)
    os.kill(os.getpid(), {int(signum)})
    return result
runner.run_child = ended_then_signalled
"""
    proc, _ = run_patched(patch, "--", *CHILD)
    assert (proc.returncode, proc.stdout) == (3, b"out\n"), proc.stderr
    assert show_last()["exit_code"] == 3


@pytest.mark.parametrize("signum", SIGNALS)
def test_a_signal_after_the_run_was_recorded_keeps_the_exit_code(signum):
    patch = f"""
import os
from expctl.record import recorder
report = recorder._report
def reported_then_signalled(*args):
    report(*args)
    os.kill(os.getpid(), {int(signum)})
recorder._report = reported_then_signalled
"""
    proc, _ = run_patched(patch, "--", *CHILD)
    assert (proc.returncode, proc.stdout) == (3, b"out\n"), proc.stderr
    run = show_last()
    assert run["exit_code"] == 3 and run["status"] == "failed"


def test_a_sigterm_before_the_command_started_stops_expctl_and_never_runs_it(tmp_path):
    marker = tmp_path / "ran"
    patch = """
import os
from expctl.record import recorder
child_env = recorder._child_env
def signalled_first(*args):
    os.kill(os.getpid(), 15)
    return child_env(*args)
recorder._child_env = signalled_first
"""
    proc, _ = run_patched(patch, "--", "sh", "-c", f"touch {marker}; echo out")
    assert proc.returncode == -signal.SIGTERM and proc.stdout == b""
    assert not marker.exists()
