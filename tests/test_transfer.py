"""`expctl export` / `expctl import`: a round trip keeps every field; merging is by uuid."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import time

import pytest

from expctl.store import open_store
from expctl.transfer.runs import canonical, decode_run, encode_run

from .conftest import py, run_expctl

# A run with a bit of everything: params of each type (a NaN and an infinite float too), a
# metric with a NaN, both streams, tags, notes, a dirty git state with a patch.
CHILD = ("import sys; print('step: 0 loss: 1.5'); print('step: 1 loss: nan');"
         " print('acc: 0.25', file=sys.stderr); sys.stdout.flush(); sys.stdout.buffer.write(bytes(range(200, 256)))")


def git(cwd, *args: str) -> None:
    subprocess.run(["git", "-C", str(cwd), *args], check=True, capture_output=True)


@pytest.fixture
def recorded(isolated):
    repo = isolated / "repo"
    repo.mkdir()
    git(repo, "init", "-q")
    git(repo, "-c", "user.email=a@b", "-c", "user.name=a", "commit", "-q", "--allow-empty", "-m", "x")
    (repo / "f.txt").write_text("one\n")
    git(repo, "add", "f.txt")
    git(repo, "-c", "user.email=a@b", "-c", "user.name=a", "commit", "-q", "-m", "f")
    (repo / "f.txt").write_text("two\n")  # dirty: a patch is recorded
    first = run_expctl("run", "-q", "-n", "first", "-e", "cifar", "-t", "base", "-t", "x",
                       "--note", "a note", "-p", "seed=3", "--",
                       *py(CHILD), "--lr", "0.01", "--big", "1e999", "--amp", "opt=adam",
                       cwd=repo)
    assert first.returncode == 0, first.stderr
    second = run_expctl("run", "-q", "--", *py("raise SystemExit(3)"), cwd=repo)
    assert second.returncode == 3
    return isolated


def expctl(*args: str, **kwargs):
    result = run_expctl(*args, **kwargs)
    return result.returncode, result.stdout.decode(), result.stderr.decode()


def show_all(db) -> list[dict]:
    """Everything `show`, `metrics` and `logs` say about each run, ids left out."""
    code, out, _ = expctl("list", "--all", "--format", "ids", "--db", str(db))
    assert code == 0
    docs = []
    for run_id in reversed(out.split()):
        code, text, err = expctl("show", run_id, "--format", "json", "--db", str(db))
        assert code == 0, err
        doc = json.loads(text)
        del doc["id"]
        doc["series"] = json.loads(expctl("metrics", run_id, "-f", "json", "--db", str(db))[1])
        doc["log"] = run_expctl("logs", run_id, "--db", str(db)).stdout
        docs.append(doc)
    return docs


def test_round_trip_keeps_every_field(recorded, db_path):
    code, out, err = expctl("export", "-o", "runs.jsonl")
    assert (code, out, err) == (0, "", "exported 2 runs to runs.jsonl\n")
    code, out, err = expctl("import", "runs.jsonl", "--db", "other.db")
    assert (code, out, err) == (0, "imported 2 runs, skipped 0 already present\n", "")
    before, after = show_all(db_path), show_all(recorded / "other.db")
    assert after == before
    first = before[0]
    assert first["git"]["patch"] and "+two" in first["git"]["patch"]
    assert first["params"] == {"lr": 0.01, "big": "1e999", "amp": True, "opt": "adam", "seed": 3}
    assert first["env"]["packages"] and first["tags"] == ["base", "x"]
    assert first["experiment"] == "cifar" and first["notes"] == "a note"
    assert first["metrics"]["loss"]["last"] is None and first["metrics"]["loss"]["min"] == 1.5
    assert bytes(range(200, 256)) in before[0]["log"]


def test_importing_twice_adds_nothing_and_ids_are_reassigned(recorded, db_path):
    assert expctl("export", "-o", "runs.jsonl")[0] == 0
    assert expctl("run", "-q", "--db", "other.db", "--", "true")[0] == 0  # its own run 1
    assert expctl("import", "runs.jsonl", "--db", "other.db")[1] == \
        "imported 2 runs, skipped 0 already present\n"
    code, out, err = expctl("import", "runs.jsonl", "runs.jsonl", "--db", "other.db")
    assert (code, out, err) == (0, "imported 0 runs, skipped 4 already present\n", "")
    listed = json.loads(expctl("list", "--all", "-f", "json", "--db", "other.db")[1])
    # New ids in file order; listed newest first by start time (run 1 ran after the others).
    assert [(r["id"], r["name"]) for r in listed] == [(1, None), (3, None), (2, "first")]


def test_a_conflicting_run_is_reported_not_overwritten(recorded):
    assert expctl("export", "-o", "runs.jsonl")[0] == 0
    assert expctl("import", "runs.jsonl", "--db", "other.db")[0] == 0
    assert expctl("note", "first", "changed here", "--db", "other.db")[0] == 0
    code, out, err = expctl("import", "runs.jsonl", "--db", "other.db")
    uuid = json.loads(expctl("show", "first", "-f", "json")[1])["uuid"]
    assert code == 1
    assert out == "imported 0 runs, skipped 1 already present, 1 conflict\n"
    assert err.splitlines()[0] == (f"conflict: runs.jsonl:2 run {uuid} differs from run 1 in "
                                   "the store (notes); kept the stored one")
    assert err.splitlines()[1] == "Error: 1 conflicting run(s) not imported"
    assert json.loads(expctl("show", "first", "-f", "json", "--db", "other.db")[1])["notes"] == \
        "changed here"


def test_imported_older_runs_sort_by_when_they_ran_and_last_stays_the_newest(recorded, tmp_path):
    code, _, err = expctl("export", "-o", str(tmp_path / "old.jsonl"))
    assert code == 0, err
    other = tmp_path / "other.db"
    assert run_expctl("run", "-q", "-n", "mine", "--db", str(other), "--", "true").returncode == 0
    assert expctl("import", str(tmp_path / "old.jsonl"), "--db", str(other))[0] == 0
    # The imported runs got ids 2 and 3 but ran before run 1.
    code, out, _ = expctl("list", "--format", "ids", "--db", str(other))
    assert out.split() == ["1", "3", "2"]
    shown = json.loads(expctl("show", "last", "-f", "json", "--db", str(other))[1])
    assert shown["name"] == "mine"
    assert json.loads(expctl("show", "last~2", "-f", "json", "--db", str(other))[1])["name"] == "first"


def test_dry_run_changes_nothing(recorded):
    assert expctl("export", "-o", "-")[0] == 0
    exported = run_expctl("export").stdout
    code, out, _ = expctl("import", "-", "--dry-run", "--db", "other.db", input=exported)
    assert (code, out) == (0, "would import 2 runs, skipped 0 already present\n")
    assert not (recorded / "other.db").exists()


def test_export_selects_runs_and_writes_a_versioned_header(recorded):
    code, out, _ = expctl("export", "--where", "status = 'failed'")
    lines = out.splitlines()
    head = json.loads(lines[0])
    assert code == 0 and len(lines) == 2
    assert (head["format"], head["version"], head["runs"]) == ("expctl-runs", 1, 1)
    assert json.loads(lines[1])["exit_code"] == 3
    code, out, _ = expctl("export", "first")
    assert json.loads(out.splitlines()[1])["name"] == "first"


@pytest.mark.parametrize("text, message", [
    ("", "Error: bad.jsonl is not an expctl export file\n"),
    ('{"format": "expctl-runs", "version": 9}\n', "Error: bad.jsonl is in format version 9, "
                                                  "newer than this expctl reads (2)\n"),
    ('{"format": "expctl-runs", "version": 1}\n{"uuid": \n', "refused: bad.jsonl:2: not JSON"),
    ('{"format": "expctl-runs", "version": 1}\n{"uuid": "ab"}\n', "refused: bad.jsonl:2: run without"),
    ('{"format": "expctl-runs", "version": true}\n', "Error: bad.jsonl has no valid format version"),
    ('{"format": "expctl-runs", "version": 1}\n' + "[" * 100_000 + "\n",
     "refused: bad.jsonl:2: nested too deeply"),
    ('{"format": "expctl-runs", "version": 1}\n\udcff\n', "refused: bad.jsonl:2: not JSON"),
])
def test_bad_files_are_one_line_errors(isolated, text, message):
    (isolated / "bad.jsonl").write_bytes(text.encode("utf-8", "surrogateescape"))
    code, out, err = expctl("import", "bad.jsonl")
    assert code in (1, 2) and out in ("", "imported 0 runs, skipped 0 already present, refused 1 bad line\n")
    assert err.startswith(message) and "Hint: " in err and "Traceback" not in err


def test_missing_file_and_unwritable_target(isolated):
    code, _, err = expctl("import", "nope.jsonl")
    assert code == 1 and err.startswith("Error: cannot read nope.jsonl: No such file")
    code, _, err = expctl("export", "-o", str(isolated / "no" / "dir" / "x.jsonl"))
    assert code == 1 and "Error: cannot write" in err
    assert not list(isolated.glob("**/*.partial-*"))


def test_encoding_is_exact_for_odd_floats(db_path):
    """-0.0, NaN, infinities and subnormals in a series survive the text format bit for bit."""
    from array import array

    from expctl.records import NewRun, Series

    store = open_store(str(db_path))
    run_id = store.create_run(NewRun(uuid="ab" * 16, name=None, experiment="e", command=["x"],
                                     cwd="/", started_at=1.5, host="h", user="u"))
    odd = array("d", [-0.0, float("nan"), float("inf"), float("-inf"), 5e-324, 1 / 3])
    store.append(run_id, {"m": Series(array("d", range(6)), array("d", [2.0] * 6), odd)})
    doc = store.export_run(run_id)
    line = json.loads(json.dumps(encode_run(doc)))
    back = decode_run(line, "t")
    assert back["metrics"]["m"].values.tobytes() == odd.tobytes()
    assert canonical(back) == canonical(doc)


BAD_FIELDS = [  # (key, value): each made a run line of its own; every one must be refused
    ("tags", None), ("git", {"commit": "x"}), ("exit_code", 2**70), ("started_at", "x"),
    ("started_at", float("inf")), ("ended_at", -5), ("command", "python train.py"),
    ("command", []), ("name", "\ud800"), ("notes", None), ("status", "done"), ("uuid", "XYZ"),
    ("params", [{"name": "lr", "type": "int", "value": "x", "text": "x", "source": "argv"}]),
    ("params", {"lr": 1}), ("metrics", {"loss": {"n": 2, "steps": "", "times": "", "values": ""}}),
    ("summaries", {"loss": {"last": "x", "count": 1}}), ("logs", [{"seq": 0}]),
    ("log_streams", {"stdin": 5}), ("artifacts", [{"path": "../x", "size": 1, "sha256": "0" * 64}]),
    ("artifacts", [{"path": "a", "size": "1", "sha256": "0" * 64}]), ("resources", {"cpu_user_s": "x"}),
    ("env", {"python": 5}), ("env", {"gpus": [{"name": None}]}), ("notes", "n" * (2 << 20)),
    ("pid", 2**40), ("signal", 0), ("experiment", ""), ("resources", {"a": json.loads("[" * 40 + "]" * 40)}),
]


def test_every_crafted_field_is_refused_with_its_line_and_key_and_nothing_of_it_stored(recorded, tmp_path):
    lines = run_expctl("export", "first").stdout.decode().splitlines()
    good = json.loads(lines[1])
    crafted = [lines[0]]
    for n, (key, value) in enumerate(BAD_FIELDS):
        doc = dict(good, uuid=f"{n:032x}")
        doc[key] = value
        crafted.append(json.dumps(doc, allow_nan=True))
    crafted.append(json.dumps(dict(good, uuid="f" * 32)))  # a good line after them all
    (tmp_path / "crafted.jsonl").write_text("\n".join(crafted) + "\n", errors="surrogatepass")
    target = str(tmp_path / "target.db")
    code, out, err = expctl("import", str(tmp_path / "crafted.jsonl"), "--db", target)
    assert code == 1 and "Traceback" not in err
    assert out == f"imported 1 run, skipped 0 already present, refused {len(BAD_FIELDS)} bad lines\n"
    refused = [line for line in err.splitlines() if line.startswith("refused: ")]
    assert len(refused) == len(BAD_FIELDS)
    for n, ((key, _), line) in enumerate(zip(BAD_FIELDS, refused)):
        assert line.startswith(f"refused: {tmp_path / 'crafted.jsonl'}:{n + 2}: {key}"), line
    assert expctl("list", "--format", "ids", "--db", target)[1].split() == ["1"]
    for command in (["show", "last"], ["count"], ["list", "-f", "json"], ["metrics", "last"]):
        code, _, err = expctl(*command, "--db", target)
        assert code == 0, (command, err)


@pytest.fixture
def kept(isolated):
    """Two runs keeping the same file, one keeping another: (the folder of the runs)."""
    work = isolated / "work"
    (work / "out").mkdir(parents=True)
    (work / "out" / "shared.bin").write_bytes(b"same bytes")
    for extra in (b"first", b"second"):
        (work / "out" / "own.bin").write_bytes(extra)
        done = run_expctl("run", "-q", "--artifact", "out/*", "--", "true", cwd=work)
        assert done.returncode == 0, done.stderr
    return work


def blob_files(folder) -> list[str]:
    return sorted(p.parent.name + p.name for p in (folder / "artifacts").glob("??/*"))


def test_export_artifacts_carries_each_content_once_and_import_restores_it(kept, tmp_path):
    code, out, err = expctl("export", "--artifacts", "-o", str(tmp_path / "x.jsonl"))
    assert code == 0, err
    lines = [json.loads(line) for line in (tmp_path / "x.jsonl").read_text().splitlines()]
    assert lines[0]["version"] == 2 and lines[0]["artifacts"] is True
    assert len([line for line in lines if "blob" in line]) == 3  # shared.bin sent once
    other = tmp_path / "elsewhere" / "store.db"
    code, out, err = expctl("import", str(tmp_path / "x.jsonl"), "--db", str(other))
    assert (code, out) == (0, "imported 2 runs, skipped 0 already present\n"), err
    assert blob_files(other.parent) == blob_files(kept.parent)
    for run, own in (("1", b"first"), ("2", b"second")):
        code, _, err = expctl("artifacts", run, "--get", "out/own.bin", "-o", str(tmp_path / run),
                              "--db", str(other))
        assert code == 0, err
        assert (tmp_path / run / "out" / "own.bin").read_bytes() == own
    # Without --artifacts the file is version 1 and holds no content.
    code, out, _ = expctl("export")
    assert json.loads(out.splitlines()[0])["version"] == 1 and '"blob"' not in out


def test_an_altered_blob_is_refused_and_never_kept(kept, tmp_path):
    text = run_expctl("export", "--artifacts", "last").stdout.decode()
    lines = text.splitlines()
    blob = json.loads(lines[1])
    blob["data"] = base64.b64encode(b"other bytes").decode()
    lines[1] = json.dumps(blob)
    (tmp_path / "bad.jsonl").write_text("\n".join(lines) + "\n")
    other = tmp_path / "elsewhere" / "store.db"
    code, out, err = expctl("import", str(tmp_path / "bad.jsonl"), "--db", str(other))
    assert code == 1 and "Traceback" not in err
    assert f"refused: {tmp_path / 'bad.jsonl'}:" in err and "sha256" in err
    assert blob["blob"] not in blob_files(other.parent)
    assert not list((other.parent / "artifacts").glob(".partial-*"))


def test_gc_frees_content_no_run_keeps_and_keeps_the_rest(kept):
    store_folder = kept.parent
    before = blob_files(store_folder)
    assert len(before) == 3
    assert run_expctl("rm", "--yes", "1").returncode == 0
    code, _, err = expctl("gc")
    assert code == 0 and blob_files(store_folder) == before  # kept a minute: may be in use
    old = time.time() - 3600
    for path in (store_folder / "artifacts").glob("??/*"):
        os.utime(path, (old, old))
    code, _, err = expctl("gc")
    assert code == 0 and "freed 1 artifact file(s) no run keeps (5 bytes)" in err, err
    left = blob_files(store_folder)
    assert len(left) == 2
    shown = json.loads(expctl("artifacts", "2", "-f", "json")[1])
    assert sorted(a["sha256"] for a in shown) == left


def test_an_oversized_text_value_is_refused_while_read_and_long_base64_still_imports(recorded, tmp_path):
    lines = run_expctl("export", "first").stdout.decode().splitlines()
    good = json.loads(lines[1])
    huge = dict(good, uuid="a" * 32, notes="note " * (4 << 20))  # 20 MiB of notes
    wide = dict(good, uuid="b" * 32, notes="n" * (18 << 20))     # base64 letters, wrong key
    fine = dict(good, uuid="c" * 32, notes="n" * (1 << 20))      # at the limit
    (tmp_path / "big.jsonl").write_text("\n".join(
        [lines[0]] + [json.dumps(d) for d in (huge, wide, fine)]) + "\n")
    target = str(tmp_path / "t.db")
    code, out, err = expctl("import", str(tmp_path / "big.jsonl"), "--db", target)
    assert code == 1 and out.startswith("imported 1 run,")
    assert err.count("holds a text value longer than 17 MiB") == 2, err
    # Listing reads the first 4,096 characters of notes; show reads them all.
    listed = json.loads(expctl("list", "-f", "json", "--db", target)[1])
    assert listed[0]["notes"] == "n" * 4096 + " [...]"
    shown = json.loads(expctl("show", "last", "-f", "json", "--db", target)[1])
    assert shown["notes"] == "n" * (1 << 20)
