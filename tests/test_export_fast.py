"""The compiled export helper (expctl.transfer._metrics_json) writes the bytes of the Python
path: a run's metrics from its chunk rows (rows.ChunkedMetrics), base64 carried across chunks
of any length, names that JSON must escape or that are not ASCII; a damaged row falls back to
the store's own error. With the helper and without it, an export is the same file, on both
engines (run_line is theirs alike)."""

from __future__ import annotations

import binascii
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from expctl.errors import StoreError
from expctl.store.rows import ChunkedMetrics, PackedSeries
from expctl.transfer import export
from expctl.transfer.export import _encode, _metric_parts, export_lines, run_line

from .test_export_lines import _odd_store

compiled = pytest.importorskip("expctl.transfer._metrics_json")


def _python_metrics(rows: list[tuple]) -> bytes:
    parts: list[bytes] = []
    _metric_parts(ChunkedMetrics(rows, "store.db"), parts, {})
    return b"".join(parts)


_NAMES = st.text(st.sampled_from('ab_/.:"\\\x00\x1f\x7f é€😀'), max_size=6)
_CHUNKS = st.lists(st.integers(0, 9), min_size=1, max_size=4)  # points per chunk row


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(_NAMES, _CHUNKS, max_size=5), st.randoms(use_true_random=False))
def test_the_compiled_metrics_are_the_python_paths_bytes(series, random):
    rows = []
    for name in sorted(series):  # as the store reads them: by name, then seq
        for points in series[name]:
            rows.append((7, name, *(random.randbytes(8 * points) for _ in range(3))))
    assert compiled.metrics_json(rows, _encode) == _python_metrics(rows)


def test_b64_is_binascii_for_every_tail_length():
    for size in range(200):
        data = os.urandom(size)
        assert compiled.b64(data) == binascii.b2a_base64(data, newline=False)


@pytest.mark.parametrize("row", [
    (7, "m", b"x" * 8, b"x" * 8, b"x" * 16),       # columns of different lengths
    (7, "m", b"x" * 7, b"x" * 7, b"x" * 7),        # not whole float64 values
    (7, "m", b"x" * 8, "text", b"x" * 8),          # text where bytes belong
    (7, "m", b"x" * 8, None, b"x" * 8),
    (7, 5, b"x" * 8, b"x" * 8, b"x" * 8),          # a name that is not text
    (7, "m", b"x" * 8, b"x" * 8),                  # a row cut short
])
def test_a_row_the_compiled_path_cannot_take_is_a_ValueError(row):
    good = (7, "a", b"y" * 8, b"y" * 8, b"y" * 8)
    with pytest.raises(ValueError):
        compiled.metrics_json([good, row], _encode)


def test_a_damaged_row_is_the_stores_error_and_a_nameless_one_the_python_bytes():
    damaged = ChunkedMetrics([(7, "m", b"x" * 8, b"x" * 16, b"x" * 8)], "s.db")
    doc = dict(_doc(), metrics=damaged)
    with pytest.raises(StoreError, match=r"run 7 in s\.db is damaged: metric 'm'"):
        run_line(doc)
    # a name stored as a number: not the compiled path's to write, so the Python path writes it
    odd = ChunkedMetrics([(7, 5, b"x" * 8, b"x" * 8, b"x" * 8)], "s.db")
    assert run_line(dict(_doc(), metrics=odd)) == run_line(dict(_doc(), metrics={5: PackedSeries(1, *[b"x" * 8] * 3)}))


def _doc() -> dict:
    return {"uuid": "a" * 32, "params": [], "overridden_params": [], "metrics": {}, "logs": []}


def test_an_export_is_the_same_with_the_compiled_helper_and_without(engine_url, monkeypatch):
    store, ids = _odd_store(engine_url)
    with_helper = list(export_lines(store, ids))[1:]
    monkeypatch.setattr(export, "_metrics_json", None)
    assert list(export_lines(store, ids))[1:] == with_helper
    store.close()


def test_chunk_rows_read_as_the_joined_series(db_path):
    """ChunkedMetrics is, for any other reader, name -> PackedSeries, chunks joined."""
    store, ids = _odd_store(str(db_path))
    [doc] = store.export_runs(ids[1:2], packed=True)
    chunks = doc["metrics"]
    assert type(chunks) is ChunkedMetrics and len(chunks.rows) == 2  # two appends, two rows
    assert dict(chunks) == {"acc": PackedSeries(2, chunks.rows[0][2] + chunks.rows[1][2],
                                                chunks.rows[0][3] + chunks.rows[1][3],
                                                chunks.rows[0][4] + chunks.rows[1][4])}
    [empty] = store.export_runs(ids[2:], packed=True)
    assert not empty["metrics"] and dict(empty["metrics"]) == {}
    store.close()


def test_runs_that_share_an_env_get_the_reference_lines(engine_url):
    """Runs of one machine and package set share one env record in an export (SharedEnv),
    encoded once: their lines are still the reference encoder's, with more distinct env
    records than the export remembers, with overridden params, and beside runs with none."""
    from expctl.models import Param
    from expctl.records import NewRun
    from expctl.store import open_store
    from expctl.transfer import runs

    store = open_store(engine_url)
    ids = []
    for i in range(2 * (export._ENVS_KEPT + 16)):
        run = store.create_run(NewRun(uuid=f"{i:032x}", name=None, experiment="e", command=["x"],
                                      cwd="/w", started_at=1e9 + i, host="h", user="u",
                                      params={"lr": Param("lr", i / 8, str(i / 8), "argv")}))
        machine = 0 if i % 10 == 3 else i % (export._ENVS_KEPT + 16)  # a record seen again
        if i % 7:  # the rest without an env record            # after 79 others, or often
            packages = {"numpy": f"2.{machine % 3}", "é": "1"} if machine % 5 else {}
            store.record_env(run, {"host": f"h{machine}", "cpu": {"count": 8},
                                   "memory_total_mb": 1.5, "packages": packages})
        if i % 4 == 1:
            store.add_params(run, [Param("lr", 0.5, "0.5", "explicit")])
        ids.append(run)
    reference = [runs._dump(runs.encode_run(doc)).encode() for doc in store.export_runs(ids)]
    envs = [doc["env"] for doc in store.export_runs(ids, packed=True)]
    if engine_url.endswith(".db"):  # SQLite shares them (PostgreSQL's documents are plain)
        recorded = [id(env) for env in envs if env is not None]
        assert export._ENVS_KEPT < len(set(recorded)) < len(recorded)
    assert any(b'"overridden_params":[{' in line for line in reference)
    assert list(export_lines(store, ids))[1:] == reference
    assert list(export_lines(store, ids[::-1]))[1:] == reference[::-1]
    store.close()


def test_a_shared_env_record_is_read_only(db_path):
    from expctl.records import NewRun
    from expctl.store import open_store
    from expctl.store.rows import SharedEnv

    store = open_store(str(db_path))
    run = store.create_run(NewRun(uuid="f" * 32, name=None, experiment="e", command=["x"],
                                  cwd="/w", started_at=1e9, host="h", user="u"))
    store.record_env(run, {"host": "h", "packages": {"a": "1"}})
    [doc] = store.export_runs([run], packed=True)
    env = doc["env"]
    assert type(env) is SharedEnv and env == {"host": "h", "packages": {"a": "1"}}
    for change in (lambda: env.update(x=1), lambda: env.__setitem__("x", 1), env.clear, env.popitem):
        with pytest.raises(TypeError, match="read-only"):
            change()
    assert store.export_run(run)["env"] == env and type(store.export_run(run)["env"]) is dict
    store.close()
