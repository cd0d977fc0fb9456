"""The export file's fast writer (expctl.transfer.export): the lines it encodes straight to
bytes from the stored columns (Store.export_runs with `packed`) are byte for byte the lines of
the reference encoder (runs._dump(runs.encode_run(doc))), on both engines, for runs with odd
content: series of many chunks, NaN and -0.0, names that JSON must escape, binary logs, params
that JSON numbers cannot hold, a run with no metric at all."""

from __future__ import annotations

import base64
import io
import json
import math
from array import array

from expctl.models import Param
from expctl.records import LogChunk, NewRun, Series, pack
from expctl.store import open_store
from expctl.transfer import runs
from expctl.transfer.export import export_lines, run_line, write_export

T0 = 1_700_000_000.0


def _odd_store(url: str):
    store = open_store(url)
    params = {"lr": Param("lr", 0.1, "0.1"), "nan": Param("nan", math.nan, "nan"),
              "flag": Param("flag", True, "true"),
              "é\"x": Param("é\"x", "a\nb", "a\nb")}
    first = store.create_run(NewRun(uuid="a" * 32, name="ünï", experiment="e", command=["x", "é"],
                                    cwd="/w", started_at=T0, host="h", user="u", tags=["t"],
                                    params=params))
    long = 5000  # many chunk rows in SQLite
    values = array("d", [math.sin(i) for i in range(long)])
    values[3], values[4] = math.nan, -0.0
    store.append(first, {"loss": Series(array("d", range(long)), array("d", [T0 + i for i in range(long)]), values),
                         'a"b/\\λ': Series(array("d", [1.0]), array("d", [T0]), array("d", [math.inf])),
                         "one": Series(array("d", [0.0, 1.0]), array("d", [T0, T0]), array("d", [1 / 3, 5e-324]))},
                 [LogChunk("stdout", 0, bytes(range(256))), LogChunk("stderr", 0, "é\n".encode())])
    store.finish_run(first, "finished", 0, None, T0 + 9, {"cpu_s": 1.5})
    second = store.create_run(NewRun(uuid="b" * 32, name=None, experiment="e", command=["y"],
                                     cwd="/w", started_at=T0 + 1, host="h", user="u"))
    # appended twice: two chunk runs of one series, in SQLite rows of their own
    store.append(second, {"acc": Series(array("d", [0.0]), array("d", [T0]), array("d", [0.5]))})
    store.append(second, {"acc": Series(array("d", [1.0]), array("d", [T0]), array("d", [0.75]))})
    third = store.create_run(NewRun(uuid="c" * 32, name=None, experiment="f", command=["z"],
                                    cwd="/w", started_at=T0 + 2, host="h", user="u"))
    return store, [first, second, third]


def test_the_fast_lines_are_the_reference_lines_on_both_engines(engine_url):
    store, ids = _odd_store(engine_url)
    reference = [runs._dump(runs.encode_run(doc)).encode() for doc in store.export_runs(ids)]
    assert len(reference) == 3 and b'"metrics":{}' in reference[2]
    lines = list(export_lines(store, ids))
    assert json.loads(lines[0])["runs"] == 3
    assert lines[1:] == reference
    # a Series (not packed) gives the same line as its PackedSeries
    assert [run_line(doc) for doc in store.export_runs(ids)] == reference
    packed = next(iter(store.export_runs(ids[:1], packed=True)))["metrics"]["loss"]
    whole = store.export_run(ids[0])["metrics"]["loss"]
    assert (packed.n, packed.steps, packed.times, packed.values) == (
        5000, pack(whole.steps), pack(whole.times), pack(whole.values))
    store.close()


def test_the_written_file_imports_back_to_the_same_runs(engine_url, tmp_path):
    """Every line back as it was written; NaN params (which SQLite keeps as NULL) and an
    infinite one (written to the file as text) too."""
    store, ids = _odd_store(engine_url)
    target = tmp_path / "runs.jsonl"
    assert write_export(store, ids, str(target)) == 3
    text = io.StringIO()  # a text stream without bytes underneath gets the same lines
    write_export(store, ids, "-", stdout=text)
    lines = target.read_bytes().splitlines(keepends=True)
    assert text.getvalue().splitlines()[1:] == [line.decode().rstrip("\n") for line in lines[1:]]
    doc = json.loads(lines[1])
    assert [p["value"] for p in doc["params"] if p["name"] == "nan"] == ["nan"]
    doc["params"].append({"name": "z", "type": "float", "value": "-inf", "text": "-1e999", "source": "argv"})
    doc["params"].sort(key=lambda p: p["name"])  # as the store orders them
    lines[1] = (json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n").encode()
    target.write_bytes(b"".join(lines))
    other = open_store(str(tmp_path / "other.db"))
    report = runs.ImportReport()
    with runs.open_source(str(target)) as stream:
        runs.import_runs(other, runs.read_export(stream, "runs.jsonl"), "runs.jsonl", report)
    assert (report.added, report.conflicts, [r.problem for r in report.refused]) == (3, [], [])
    new_ids = [row[0] for row in other.db.execute("SELECT id FROM runs ORDER BY id")]
    assert list(export_lines(other, new_ids))[1:] == lines[1:]  # log_streams too: by stream
    assert other.get_run(new_ids[0]).params["z"].value == -math.inf
    again = runs.ImportReport()
    with runs.open_source(str(target)) as stream:  # the same runs again: each one skipped
        runs.import_runs(other, runs.read_export(stream, "runs.jsonl"), "runs.jsonl", again)
    assert (again.added, again.skipped, again.conflicts) == (0, 3, [])
    older = json.loads(lines[1])  # as expctl wrote a NaN param before it wrote "nan": null
    older["uuid"] = "e" * 32
    [nan] = [p for p in older["params"] if p["name"] == "nan"]
    nan["value"] = None
    target.write_bytes(lines[0] + (json.dumps(older) + "\n").encode())
    with runs.open_source(str(target)) as stream:
        runs.import_runs(other, runs.read_export(stream, "runs.jsonl"), "runs.jsonl", again)
    assert (again.added, again.refused) == (1, [])
    assert list(export_lines(other, [new_ids[-1] + 1]))[1] == lines[1].replace(b"a" * 32, b"e" * 32)
    store.close()
    other.close()


def test_a_file_imports_into_either_engine_as_packed_columns(engine_url, tmp_path):
    """read_export hands the store each series as the file's bytes (PackedSeries); both
    engines store them as they are, and a time that is no date is still refused."""
    source, ids = _odd_store(str(tmp_path / "source.db"))
    target = tmp_path / "runs.jsonl"
    write_export(source, ids, str(target))
    lines = target.read_bytes().splitlines(keepends=True)
    bad = json.loads(lines[2])
    bad["uuid"] = "d" * 32
    bad["metrics"]["acc"]["times"] = base64.b64encode(array("d", [T0, math.nan]).tobytes()).decode()
    target.write_bytes(b"".join(lines) + (json.dumps(bad) + "\n").encode())
    store = open_store(engine_url)
    report = runs.ImportReport()
    with runs.open_source(str(target)) as stream:
        docs = list(runs.read_export(stream, "runs.jsonl"))
    assert [type(doc["metrics"]["acc"]).__name__ for _, doc in docs[1:2]] == ["PackedSeries"]
    runs.import_runs(store, iter(docs), "runs.jsonl", report)
    assert [r.problem for r in report.refused] == [
        "metrics['acc'].times: holds a time that is not a date between 1970 and 9999"]
    assert report.added == 3
    assert list(export_lines(store, [1, 2, 3]))[1:] == lines[1:]
    store.close()
    source.close()


def test_a_damaged_chunk_row_stops_the_export_naming_its_run(db_path, tmp_path):
    import sqlite3

    import pytest

    from expctl.errors import StoreError

    store, ids = _odd_store(str(db_path))
    store.close()
    for damage in ("times = x'00'", "vals = 'text'", "steps = 5"):
        copy = tmp_path / "damaged.db"
        copy.write_bytes(db_path.read_bytes())
        with sqlite3.connect(copy) as db:
            db.execute(f"UPDATE metric_chunks SET {damage} WHERE run_id = 2")
        damaged = open_store(str(copy))
        with pytest.raises(StoreError, match=r"run 2 in .* is damaged: metric 'acc'"):
            list(export_lines(damaged, ids))
        damaged.close()


def test_a_write_cut_short_by_the_file_size_limit_is_one_error_and_leaves_no_file(db_path, tmp_path):
    """A file size limit (RLIMIT_FSIZE) makes the kernel write part of the lines, then refuse
    the rest: the export says so in one line, exits 1 and leaves no file behind."""
    import resource

    from .conftest import run_expctl

    _odd_store(str(db_path))[0].close()

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (50_000, 50_000))

    target = tmp_path / "runs.jsonl"
    done = run_expctl("export", "-o", str(target), preexec_fn=limited)
    assert done.returncode == 1
    assert done.stderr.decode() == (
        "expctl: warning: run 2, 3 still running; exported as recorded so far (importing a later"
        " export will conflict)\n"
        f"Error: cannot write {target}: File too large\nHint: choose another file with -o, or - for stdout\n")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("runs")) == []
    whole = run_expctl("export", "-o", str(target))  # without the limit: every line
    assert whole.returncode == 0 and len(target.read_bytes().splitlines()) == 4
