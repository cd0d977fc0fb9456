"""expctl.codecache: the run path's modules imported from one cache file, only while their
sources are what the file was written from; an edited module is imported from its source."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
OLD = 1_700_000_000  # a source mtime long past (sources younger than SETTLE_NS are left out)

# Install the cache, import a few modules, save; print which came from the file and a value.
SCRIPT = """
import sys
from expctl import codecache
finder = codecache.install()
import expctl.record.runner, expctl.capture.redact, expctl.store.rows
print(" ".join(sorted(finder.used)))
print(getattr(expctl.store.rows, "EDITED", "-"), expctl.store.rows.__file__)
codecache.save(finder)
"""


@pytest.fixture()
def package(tmp_path):
    """A copy of the expctl package (compiled extensions included), its sources aged."""
    copy = tmp_path / "src"
    shutil.copytree(ROOT / "expctl", copy / "expctl",
                    ignore=shutil.ignore_patterns("__pycache__"))
    for path in (copy / "expctl").rglob("*.py"):
        os.utime(path, (OLD, OLD))
    return copy


def _run(package: Path, cache: Path) -> tuple[set[str], str]:
    env = {**os.environ, "PYTHONPATH": str(package), "EXPCTL_CACHE_DIR": str(cache)}
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                         env=env, check=True).stdout.splitlines()
    return set(out[0].split()), out[1]


def test_the_second_start_imports_from_the_file(package, tmp_path):
    cache = tmp_path / "cache"
    first, _ = _run(package, cache)
    assert first == set()  # no file yet: the usual imports, then the file is written
    assert len(list(cache.glob("code-*.marshal"))) == 1
    second, where = _run(package, cache)
    assert {"expctl.record.runner", "expctl.capture.redact", "expctl.store.rows"} <= second
    assert where == f"- {package / 'expctl' / 'store' / 'rows.py'}"  # __file__: the source


def test_an_edited_module_is_imported_from_its_source_then_cached_again(package, tmp_path):
    cache = tmp_path / "cache"
    _run(package, cache)
    source = package / "expctl" / "store" / "rows.py"
    source.write_text(source.read_text() + "\nEDITED = 'yes'\n")
    os.utime(source, (OLD + 10, OLD + 10))
    used, where = _run(package, cache)
    assert "expctl.store.rows" not in used and "expctl.record.runner" in used
    assert where.startswith("yes ")
    used, where = _run(package, cache)  # the file was written again with the edit
    assert "expctl.store.rows" in used and where.startswith("yes ")


def test_a_young_source_is_left_out_of_the_file(package, tmp_path):
    cache = tmp_path / "cache"
    os.utime(package / "expctl" / "store" / "rows.py")  # now: it may change again unseen
    _run(package, cache)
    used, _ = _run(package, cache)
    assert "expctl.store.rows" not in used and "expctl.record.runner" in used


def test_a_damaged_or_foreign_file_is_no_cache(package, tmp_path):
    cache = tmp_path / "cache"
    _run(package, cache)
    [path] = cache.glob("code-*.marshal")
    for content in (b"", b"\x00garbage", path.read_bytes()[:100]):
        path.write_bytes(content)
        used, where = _run(package, cache)
        assert used == set() and where.startswith("- ")
    used, _ = _run(package, cache)  # written again by the last run
    assert "expctl.record.runner" in used


VOLATILE = ("id", "uuid", "started_at", "ended_at", "duration_s", "resources")


def test_expctl_run_records_the_same_from_the_file(tmp_path):
    """`expctl run` twice, the second from the cache file: both runs recorded alike."""
    env = {**os.environ, "EXPCTL_DB": str(tmp_path / "runs.db"), "EXPCTL_CACHE_DIR": str(tmp_path / "c"),
           "GIT_CEILING_DIRECTORIES": str(tmp_path)}
    for _ in range(2):
        done = subprocess.run([sys.executable, "-m", "expctl", "run", "--", sys.executable, "-c",
                               "print('loss: 0.5')", "--lr", "0.1"], capture_output=True, text=True,
                              env=env, cwd=tmp_path, check=True)
        assert done.stdout == "loss: 0.5\n"
    assert len(list((tmp_path / "c").glob("code-*.marshal"))) == 1
    shown = [json.loads(subprocess.run([sys.executable, "-m", "expctl", "show", run, "-f", "json"],
                                       capture_output=True, text=True, env=env, check=True).stdout)
             for run in ("1", "2")]
    for doc in shown:
        for key in VOLATILE:
            del doc[key]
    assert shown[0] == shown[1] and shown[0]["metrics"]["loss"]["last"] == 0.5
    assert shown[0]["params"] == {"lr": 0.1} and shown[0]["env"]["packages"]


def test_a_file_others_could_have_written_is_no_cache(package, tmp_path):
    """Its code would run: one writable by the group or others is not used (nor one of
    another user's, which a test cannot make)."""
    cache = tmp_path / "cache"
    _run(package, cache)
    [path] = cache.glob("code-*.marshal")
    assert path.stat().st_mode & 0o777 == 0o600
    path.chmod(0o622)
    used, _ = _run(package, cache)
    assert used == set()



def test_an_unwritable_cache_folder_costs_no_code_reading(tmp_path, monkeypatch):
    """Where the file cannot be written, no module's code is read for it (every run would pay
    for it, about 5 ms); where it can, the modules loaded the usual way are."""
    import expctl.record.runner  # noqa: F401  (loaded the usual way: the file lacks it)
    from expctl import codecache

    read: list[str] = []
    monkeypatch.setattr(codecache, "_entry_of", lambda spec: read.append(spec.name))
    monkeypatch.setattr(codecache, "SETTLE_NS", 0)  # a checkout's sources may be seconds old
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    codecache.save(codecache.CodeCache(str(blocker / "cache" / "code.marshal"), {}))
    assert read == [] and not (blocker / "cache").exists()
    codecache.save(codecache.CodeCache(str(tmp_path / "cache" / "code.marshal"), {}))
    assert "expctl.record.runner" in read and (tmp_path / "cache" / "code.marshal").exists()


def test_a_cache_file_too_big_for_the_memory_left_is_not_used(tmp_path, monkeypatch):
    """Under `ulimit -v 16000` reading the file raised MemoryError past the CLI's every guard
    (a traceback, the command never run): the run imports as usual instead."""
    from expctl import codecache

    path = tmp_path / "code.marshal"
    path.write_bytes(b"\0" * 64)
    os.chmod(path, 0o600)

    def out_of_memory(_):
        raise MemoryError

    monkeypatch.setattr(codecache.marshal, "loads", out_of_memory)
    assert codecache._read(str(path)) is None
