"""Aggregates that read one column instead of whole runs give the results of the reference
computed from whole runs, on random stores."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import pytest

from expctl.analyse.samples import count_runs
from expctl.query.lookup import find_run_ids
from expctl.render.stats import count_json
from expctl.query.times import parse_time_option
from expctl.store import open_store

from .conftest import run_expctl

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from make_store import build_store  # noqa: E402  (the benchmarks' store generator)

NOW = 1_767_225_600.0  # 2026-01-01 UTC: after every generated run (only --until's "now")


@pytest.mark.parametrize("seed", [1, 2])
def test_count_matches_the_reference_on_random_stores(db_path, seed):
    build_store(str(db_path), 150, seed=seed)
    rng = random.Random(seed)
    store = open_store(str(db_path))
    for run_id in range(1, 151):
        store.db.execute("UPDATE runs SET started_at = ?, status = ? WHERE id = ?", (
            1_735_689_600.0 + rng.random() * 3e7, rng.choice(["finished", "failed", "crashed"]), run_id))
    cases = [("day", []), ("week", ["-s", "failed"]), ("month", ["-e", "cifar"]),
             ("day", ["--where", "params.lr >= 0.01"])]
    for by, options in cases:
        result = run_expctl("count", "--by", by, "--until", "2026-01-01", *options, "-f", "json")
        assert result.returncode == 0, result.stderr
        statuses = {"-s": ["failed"]}.get(options[0] if options else "", [])
        runs = store.get_runs(find_run_ids(
            store, options[1] if options[:1] == ["--where"] else None, None, None,
            experiment=options[1] if options[:1] == ["-e"] else None, statuses=statuses))
        until = parse_time_option("2026-01-01", "--until", NOW, end=True)
        reference = count_json(count_runs([r.started_at for r in runs], by, None, until, NOW))
        assert json.loads(result.stdout) == reference, (by, options)
        assert reference["total"] == len(runs) > 0
