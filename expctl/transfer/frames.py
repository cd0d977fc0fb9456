"""What the transfer workers (export_workers, import_workers) and their parent pass through a
pipe: frames, pickled or in marshal's bytes, each led by its size; and how a worker ended, in
words."""

from __future__ import annotations

import marshal
import os
import pickle

HEAD = 8  # bytes of a frame's size, little-endian
_MARSHAL = 1 << 63  # in a frame's head: its bytes are marshal's (version 4), not pickle's


def write_frame(fd: int, frame: object, plain: bool = False) -> None:
    """Write `frame` whole (a frame of at most PIPE_BUF bytes, HEAD included, in one atomic
    write). `plain`: a frame of plain values (dict, list, tuple, str, bytes, numbers, None),
    written by marshal, which writes and reads them faster than pickle (pickled all the same
    if marshal refuses one)."""
    flag, data = 0, None
    if plain:
        try:
            flag, data = _MARSHAL, marshal.dumps(frame, 4)  # type: ignore[arg-type]  # refusal handled
        except ValueError:
            pass
    if data is None:
        data = pickle.dumps(frame, protocol=pickle.HIGHEST_PROTOCOL)
    head = (len(data) | flag).to_bytes(HEAD, "little")
    # one writev (as atomic as one write): a frame of megabytes is not copied to join its head
    sent = os.writev(fd, [head, data])
    if sent < HEAD:  # a write cut short inside the head
        _write_all(fd, memoryview(head)[sent:])
        sent = HEAD
    _write_all(fd, memoryview(data)[sent - HEAD:])


def _write_all(fd: int, view: memoryview) -> None:
    while view:
        view = view[os.write(fd, view):]


def read_frame(fd: int):
    """The next frame, or None at the end of the pipe (or of a frame cut short)."""
    head = _read_exactly(fd, HEAD)
    if head is None:
        return None
    size = int.from_bytes(head, "little")
    data = _read_exactly(fd, size & ~_MARSHAL)
    if data is None:
        return None
    return marshal.loads(data) if size & _MARSHAL else pickle.loads(data)


def _read_exactly(fd: int, size: int) -> bytearray | None:
    buffer = bytearray(size)  # unpickled as it is: no copy of a frame of megabytes
    view = memoryview(buffer)
    at = 0
    while at < size:
        got = os.readv(fd, [view[at:]])
        if not got:
            return None
        at += got
    return buffer


def exit_text(status: int) -> str:
    """How a process with wait status `status` ended: "killed by signal 9", "exit status 1"."""
    if os.WIFSIGNALED(status):
        return f"killed by signal {os.WTERMSIG(status)}"
    return f"exit status {os.waitstatus_to_exitcode(status)}"
