"""Is this a terminal? (expctl.terminal): the one test the recorder, runner and renderers use."""

from __future__ import annotations

import io
import os

from expctl.terminal import isatty, wants_colour


def test_a_pty_is_a_terminal_a_pipe_is_not():
    master, slave = os.openpty()
    read, write = os.pipe()
    try:
        assert isatty(slave) is True
        assert isatty(read) is False
        with os.fdopen(os.dup(slave), "w") as stream:
            assert isatty(stream) is True
    finally:
        for fd in (master, slave, read, write):
            os.close(fd)


def test_closed_descriptors_and_streams_without_one_are_not_terminals():
    read, write = os.pipe()
    os.close(read)
    os.close(write)
    assert isatty(read) is False  # EBADF, not an exception
    assert isatty(io.StringIO()) is False
    closed = open(os.devnull)
    closed.close()
    assert isatty(closed) is False  # ValueError from a closed file
    assert isatty(object()) is False


def test_colour_only_on_a_terminal_and_never_with_no_color(monkeypatch):
    master, slave = os.openpty()
    read, write = os.pipe()
    try:
        monkeypatch.delenv("NO_COLOR", raising=False)
        assert wants_colour(slave) is True and wants_colour(write) is False
        monkeypatch.setenv("NO_COLOR", "1")
        assert wants_colour(slave) is False
    finally:
        for fd in (master, slave, read, write):
            os.close(fd)
