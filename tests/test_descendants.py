"""`descendants`, which the signal handlers call to reach a command's whole process tree: the
same pids psutil lists, and no import on the way (an import inside a signal handler can deadlock
with one running in another thread: a SIGTERM once hung expctl for good that way)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import psutil
import pytest

from tests.conftest import wait_for
from expctl.record import childio

pytestmark = pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="Linux's /proc")


@pytest.fixture
def tree():
    """A shell with two sleeping children, one of them in a session of its own, and a
    grandchild below that one."""
    shell = subprocess.Popen(
        ["sh", "-c", "sleep 60 & setsid sh -c 'sleep 60 & wait' & wait"], start_new_session=True)
    try:
        wait_for(lambda: len(psutil.Process(shell.pid).children(recursive=True)) == 3)
        yield shell.pid
    finally:
        for pid in psutil.Process(shell.pid).children(recursive=True):
            try:
                os.kill(pid.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        shell.kill()
        shell.wait()


def test_descendants_are_what_psutil_lists_children_first(tree):
    expected = [child.pid for child in psutil.Process(tree).children(recursive=True)]
    found = childio.descendants(tree)
    assert sorted(found) == sorted(expected)
    direct = {child.pid for child in psutil.Process(tree).children()}
    assert set(found[:len(direct)]) == direct


def test_the_stat_reading_agrees_with_the_children_files(tree):
    """Kernels without CONFIG_PROC_CHILDREN: every process's parent from its stat file."""
    assert sorted(childio._stat_descendants(tree)) == sorted(childio.descendants(tree))


def test_a_process_gone_or_without_children_has_none():
    done = subprocess.run(["true"])
    assert done.returncode == 0
    assert childio.descendants(2 ** 22 + 12345) == []
    lone = subprocess.Popen(["sleep", "60"])
    try:
        assert childio.descendants(lone.pid) == []
    finally:
        lone.kill()
        lone.wait()


def test_listing_descendants_imports_nothing():
    code = ("import sys, os\n"
            "from expctl.record import childio\n"
            "before = set(sys.modules)\n"
            "childio.descendants(os.getppid())\n"
            "print(sorted(set(sys.modules) - before))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
