"""Colour where it helps (on a terminal): statuses and best values in list and compare; none
with NO_COLOR or on a pipe, where the text is the same."""

from __future__ import annotations

import os
import pty
import re
import subprocess

from tests.conftest import expctl_argv, py, run_expctl

ANSI = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]")
BOLD_RED, BOLD_GREEN = b"\x1b[1;31m", b"\x1b[1;32m"


def _on_terminal(*args: str, no_color: bool = False) -> bytes:
    """The command's output when its stdout is a terminal (a pty, 200 columns)."""
    env = dict(os.environ, TERM="xterm-256color", COLUMNS="200")
    env.pop("NO_COLOR", None)
    if no_color:
        env["NO_COLOR"] = "1"
    leader, follower = pty.openpty()
    proc = subprocess.Popen(expctl_argv(*args), stdout=follower, stderr=subprocess.PIPE, env=env)
    os.close(follower)
    out = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: the command closed its end
            break
        if not chunk:
            break
        out += chunk
    os.close(leader)
    assert proc.wait(timeout=30) == 0, proc.stderr.read()
    return out.replace(b"\r\n", b"\n")


def _green(value: bytes, out: bytes) -> bool:
    """`value` is drawn bold green (a right-aligned cell is padded inside its style)."""
    return re.search(re.escape(BOLD_GREEN) + rb" *" + re.escape(value), out) is not None


def _runs() -> None:
    assert run_expctl("run", "-q", "--", *py("print('acc: 0.5 loss: 0.9')")).returncode == 0
    assert run_expctl("run", "-q", "--", *py("print('acc: 0.8 loss: 0.3')")).returncode == 0
    assert run_expctl("run", "-q", "--", *py("print('acc: 0.1'); raise SystemExit(2)")).returncode == 2


def test_list_colours_failed_runs_and_best_values_on_a_terminal():
    _runs()
    out = _on_terminal("list")
    assert BOLD_RED + b"failed" in out
    assert _green(b"0.8", out) and _green(b"0.3", out)  # best acc, best loss
    assert not _green(b"0.5", out) and not _green(b"0.9", out)
    assert not re.search(rb"\x1b\[[0-9;]*mfinished", out)  # the normal case stays plain


def test_compare_colours_the_status_row_and_best_values():
    _runs()
    out = _on_terminal("compare", "1..3")
    assert BOLD_RED + b"failed" in out and _green(b"0.8", out)


def test_no_color_and_pipes_read_the_same_without_escape_codes():
    _runs()
    plain = _on_terminal("list", no_color=True)
    assert BOLD_RED not in plain and BOLD_GREEN not in plain
    coloured = _on_terminal("list")
    assert ANSI.sub(b"", coloured) == ANSI.sub(b"", plain)
    piped = run_expctl("list").stdout
    assert b"\x1b[" not in piped and b"failed" in piped
