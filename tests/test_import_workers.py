"""`expctl import` reading its file with worker processes (expctl.transfer.import_workers) does
what one process does: the same runs stored (byte for byte, as exported back), the same
report, refused lines, conflicts and skips, line numbers included, artifact content in order;
a file that is not an export is refused before any worker starts; a worker that dies stops the
import with one line, keeping the runs before it."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from expctl.errors import ExpctlError
from expctl.transfer import import_workers

from .conftest import run_expctl
from .test_export_workers import _store

# The real CLI, with workers for any file (3 of them, a chunk of 2 lines each).
WORKERS = ("import os, sys; from expctl.transfer import import_workers as w; w.MIN_BYTES = 0; "
           "w.CHUNK_LINES = 2; os.sched_getaffinity = lambda pid: {0, 1, 2}; "
           "from expctl.cli import main; sys.argv[0] = 'expctl'; main()")


def with_workers(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", WORKERS, *args], capture_output=True, timeout=60)


def _crafted_file(db_path, tmp_path):
    """An export of 23 runs, with lines added: not JSON, empty, a bad key, a run repeated
    (skipped), a run changed (a conflict), and a run whose line is too long."""
    store, ids = _store(db_path)
    store.close()
    target = tmp_path / "runs.jsonl"
    done = run_expctl("export", "--db", str(db_path), "-o", str(target))
    assert done.returncode == 0, done.stderr
    lines = target.read_text().splitlines()
    changed = json.loads(lines[5])
    changed["notes"] = "changed"
    bad = json.loads(lines[7])
    bad["uuid"] = "X" * 32
    lines[9:9] = ["{not json", "", json.dumps(bad), lines[3], json.dumps(changed),
                  '{"uuid": "' + "a" * (1 << 20) + '"}']
    target.write_text("\n".join(lines) + "\n")
    return target


def test_workers_import_what_one_process_imports(db_path, tmp_path):
    source = _crafted_file(db_path, tmp_path)
    results = []
    for name, run in (("alone", run_expctl), ("workers", with_workers)):
        store = tmp_path / name / "store.db"
        done = run("import", str(source), "--max-line-mb", "1", "--db", str(store))
        back = run_expctl("export", "--db", str(store))
        assert back.returncode == 0, back.stderr
        again = run("import", str(source), "--max-line-mb", "1", "--db", str(store))
        results.append((done.returncode, done.stdout, done.stderr.replace(str(store).encode(), b"S"),
                        back.stdout.split(b"\n", 1)[1], again.stdout, again.stderr))
    alone, workers = results
    assert alone[0] == 1 and b"imported 23 runs, skipped 1 already present, 1 conflict, refused 3 bad lines" in alone[1]
    assert f"refused: {source}:10: not JSON".encode() in alone[2]
    assert b":15: longer than 1 MiB" in alone[2]
    assert b"imported 0 runs, skipped 24 already present" in alone[4]
    assert workers == alone


def test_artifact_content_imports_in_order_through_workers(tmp_path):
    work = tmp_path / "work"
    (work / "out").mkdir(parents=True)
    store = tmp_path / "store.db"
    for extra in (b"first", b"second", b"third"):
        (work / "out" / "own.bin").write_bytes(extra)
        done = run_expctl("run", "-q", "--db", str(store), "--artifact", "out/*", "--", "true", cwd=work)
        assert done.returncode == 0, done.stderr
    export = tmp_path / "x.jsonl"
    assert run_expctl("export", "--artifacts", "--db", str(store), "-o", str(export)).returncode == 0
    other = tmp_path / "elsewhere" / "store.db"
    done = with_workers("import", str(export), "--db", str(other))
    assert (done.returncode, done.stdout) == (0, b"imported 3 runs, skipped 0 already present\n"), done.stderr
    for run, own in (("1", b"first"), ("2", b"second"), ("3", b"third")):
        got = run_expctl("artifacts", run, "--get", "out/own.bin", "-o", str(tmp_path / run),
                         "--db", str(other))
        assert got.returncode == 0, got.stderr
        assert (tmp_path / run / "out" / "own.bin").read_bytes() == own


def test_a_file_that_is_not_an_export_is_refused_before_workers_start(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"format": "other"}\n' + "{}\n" * 10)
    done = with_workers("import", str(bad), "--db", str(tmp_path / "store.db"))
    assert done.returncode == 2
    assert done.stderr.decode().splitlines()[0] == f"Error: {bad} is not an expctl export file"


def test_a_worker_that_dies_stops_the_import_in_one_line(db_path, tmp_path, monkeypatch):
    source = _crafted_file(db_path, tmp_path)
    monkeypatch.setattr(import_workers, "CHUNK_LINES", 2)
    real = import_workers._parse_chunks

    def dies_in_worker_1(path, source, max_line_mb, take_blobs, w, *rest):
        if w == 1:
            os.kill(os.getpid(), 9)  # this worker process, which the test started
        real(path, source, max_line_mb, take_blobs, w, *rest)

    monkeypatch.setattr(import_workers, "_parse_chunks", dies_in_worker_1)
    workers = import_workers.ImportWorkers(str(source), "runs.jsonl", 1, False, 2)
    items = workers.items()
    assert [number for number, _ in (next(items), next(items))] == [2, 3]  # worker 0's chunk
    with pytest.raises(ExpctlError, match=r"worker process stopped \(killed by signal 9\)"):
        next(items)
    workers.close()


def test_binary_lines_are_the_text_lines(tmp_path):
    """lines.read_binary_lines gives what read_lines gives on the text stream: lines of many
    pieces with a character cut at a piece's end, bytes that are not UTF-8, lines over the
    limit, a long text value, empty lines and a last line without its newline."""
    from expctl.transfer import lines, runs

    piece = 1 << 20
    cut = "x" * (piece - 1) + "é" + "y" * 10  # 'é' is cut by the first piece's end
    blobs = '{"data": "' + "QUJD" * (((lines.MAX_TEXT_VALUE + piece) // 4) + 1) + '"}'
    notes = '{"notes": "' + "n" * (lines.MAX_TEXT_VALUE + piece) + '"}'
    data = ("a\n\n" + cut + "\n").encode() + b"\xff\xfe bad\n" + ("z" * (3 * piece) + "\n").encode()
    data += (blobs + "\n" + notes + "\n").encode() + "é at the end".encode()
    path = tmp_path / "lines.jsonl"
    path.write_bytes(data)
    limit = 2 * piece + lines.MAX_TEXT_VALUE
    with runs.open_source(str(path)) as stream:
        expected = list(lines.read_lines(stream, limit))
    with open(path, "rb") as raw:
        got = list(lines.read_binary_lines(raw, limit, lambda n: True))
    assert [(n, x if not isinstance(x, str) else len(x)) for n, x in expected] == [
        (1, 2), (2, 1), (3, len(cut) + 1), (4, 7), (5, 3 * piece + 1), (6, len(blobs) + 1), (7, None), (8, 12)]
    assert got == expected
    count = [0]
    with open(path, "rb") as raw:  # every other line, the others skipped undecoded
        odd = list(lines.read_binary_lines(raw, limit, lambda n: n % 2 == 1, count))
    assert odd == expected[::2] and count == [8]


def test_a_chunk_crosses_the_pipe_in_marshal_bytes_or_pickled_when_marshal_refuses_it():
    """Items cross as marshal's bytes, runs' series and Refused records as plain tuples, read
    back as they were; a frame marshal refuses is pickled."""
    from expctl.store.rows import PackedSeries
    from expctl.transfer import frames
    from expctl.transfer.runs import Refused

    env = {"host": "h"}
    runs = [{"uuid": str(k), "env": env, "metrics": {"m": PackedSeries(1, b"s" * 8, b"t" * 8, b"v" * 8)}}
            for k in range(2)]
    items = [(2, ("run", runs[0])), (3, None), (4, ("refused", Refused("f", 4, "not JSON"))),
             (5, ("run", Refused("f", 5, "uuid: no"))), (6, ("blob", {"blob": "x"})), (7, ("run", runs[1]))]
    read_end, write_end = os.pipe()
    try:
        frames.write_frame(write_end, ("chunk", 0, [(n, import_workers._to_wire(item)) for n, item in items], None),
                           plain=True)
        head = os.read(read_end, frames.HEAD)
        size = int.from_bytes(head, "little")
        assert size & frames._MARSHAL
        data = os.read(read_end, size & ~frames._MARSHAL)
        back = import_workers._from_wire(frames.marshal.loads(data)[2])
        assert back == items
        assert type(back[2][1][1]) is Refused and type(back[0][1][1]["metrics"]["m"]) is PackedSeries
        assert back[0][1][1]["env"] is back[5][1][1]["env"]  # shared, as the writer's batch expects
        frames.write_frame(write_end, ("chunk", 1, [(2, ("blob", {"blob": Refused("f", 2, "x")}))], None),
                           plain=True)  # a tuple subclass: marshal refuses it
        frame = frames.read_frame(read_end)
        assert frame == ("chunk", 1, [(2, ("blob", {"blob": ("f", 2, "x")}))], None)
        assert type(frame[2][0][1][1]["blob"]) is Refused
    finally:
        os.close(read_end)
        os.close(write_end)
