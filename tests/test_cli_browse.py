"""Reading commands: list, show, logs, metrics, experiments, --version/--help, error exits.

Stores are filled through the store API for exact data (fixed uuids, times and values); reading
commands run in-process through Typer where that is enough, and as the real console script where
the process boundary matters (exit codes, tracebacks, bytes on fd 1, `run`).
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import select
import socket
import subprocess
import time
from array import array

import pytest
from typer.testing import CliRunner

from expctl import __version__
from expctl.cli.app import app
from expctl.models import Param
from expctl.record.procs import process_start_time
from expctl.records import LogChunk, NewRun, Series
from expctl.store import open_store

from .conftest import expctl_argv, py, run_expctl

T0 = 1_700_000_000.0  # 2023-11-14T22:13:20Z
UUIDS = ["a1b2c3d4" + "0" * 24, "a1b2ffff" + "1" * 24, "5eed5eed" + "2" * 24]
COMMANDS = ["list", "ls", "show", "logs", "metrics", "experiments", "info",
            "tag", "untag", "rename", "note", "rm", "run"]
SHOW_KEYS = {"id", "uuid", "name", "experiment", "status", "exit_code", "command", "cwd",
             "started_at", "ended_at", "duration_s", "tags", "notes", "git", "env", "params",
             "metrics", "resources"}


def cli(*args: str):
    """A reading command in-process; the result has exit_code, stdout, stderr, stdout_bytes."""
    return CliRunner().invoke(app, list(args))


def ok(*args: str) -> str:
    result = cli(*args)
    assert result.exit_code == 0, result.output
    return result.stdout


def as_json(*args: str):
    return json.loads(ok(*args, "--format", "json"))


def no_traceback(proc) -> None:
    assert b"Traceback" not in proc.stderr and b"Traceback" not in proc.stdout


def params(**values) -> dict[str, Param]:
    return {name: Param(name, value, str(value).lower() if isinstance(value, bool) else str(value))
            for name, value in values.items()}


def add_run(store, k: int, name, experiment, tags, run_params, metrics, status, exit_code, duration):
    run_id = store.create_run(NewRun(
        uuid=UUIDS[k], name=name, experiment=experiment, command=["python", "train.py", "--lr", "x"],
        cwd="/proj", started_at=T0 + 60 * k, host="elsewhere", user="ada", tags=tags,
        params=run_params,
    ))
    for metric, values in metrics.items():
        store.append(run_id, {metric: Series(array("d", range(len(values))),
                                             array("d", [T0 + 60 * k + i for i in range(len(values))]),
                                             array("d", values))})
    if status != "running":
        store.finish_run(run_id, status, exit_code, None, T0 + 60 * k + duration, {})
    return run_id


@pytest.fixture
def store(db_path):
    opened = open_store(str(db_path))
    yield opened
    opened.close()


@pytest.fixture
def three(store):
    """1 base (cifar, finished), 2 wide (cifar, failed), 3 unnamed (mnist, running elsewhere)."""
    add_run(store, 0, "base", "cifar", ["baseline"], params(lr=0.1, epochs=10, amp=True, opt="sgd"),
            {"loss": [1.0, 0.5, 0.25], "acc": [0.5, 0.7, 0.9]}, "finished", 0, 75)
    add_run(store, 1, "wide", "cifar", ["baseline", "wide"], params(lr=0.01, epochs=10, amp=True, opt="adam"),
            {"loss": [0.9, 0.3]}, "failed", 1, 3.5)
    add_run(store, 2, None, "mnist", [], params(lr=0.1, epochs=10, amp=True, opt="sgd"), {},
            "running", None, 0)
    return store


def scrub_dates(text: str) -> str:
    """`started` shows a local date (the runs are from 2023); the time zone decides which."""
    return re.sub(r"\b\d{4}-\d{2}-\d{2}\b(?!T)", "YYYY-MM-DD", text)


# --- list ---------------------------------------------------------------------------------------


def test_list_table_newest_first_with_differing_params_and_last_metrics(three):
    assert scrub_dates(ok("list")) == (
        "  id  name    experiment    status    started       duration  git      lr    opt    acc    loss\n"
        "----  ------  ------------  --------  ----------  ----------  -----  ----  -----  -----  ------\n"
        "   3          mnist         running   YYYY-MM-DD                      0.1    sgd\n"
        "   2  wide    cifar         failed    YYYY-MM-DD        3.5s         0.01   adam            0.3\n"
        "   1  base    cifar         finished  YYYY-MM-DD       1m15s          0.1    sgd    0.9    0.25\n"
    )


@pytest.mark.parametrize("args, ids", [
    ([], [3, 2, 1]),
    (["--experiment", "cifar"], [2, 1]),
    (["-e", "mnist"], [3]),
    (["--tag", "baseline"], [2, 1]),
    (["--tag", "baseline", "--tag", "wide"], [2]),
    (["--status", "running"], [3]),
    (["--status", "finished", "-s", "failed"], [2, 1]),
    (["--limit", "2"], [3, 2]),
    (["-e", "cifar", "--status", "failed", "--tag", "baseline"], [2]),
    (["--experiment", "nope"], []),
])
def test_list_filters(three, args, ids):
    assert [run["id"] for run in as_json("list", *args)] == ids


def test_list_limits_to_20_unless_all(store):
    for k in range(23):
        store.create_run(NewRun(uuid=f"{k:032x}", name=None, experiment="e", command=["x"], cwd="/",
                                started_at=T0 + k, host="elsewhere", user="u"))
    assert [run["id"] for run in as_json("list")] == list(range(23, 3, -1))
    assert len(as_json("list", "--all")) == 23
    assert len(as_json("list", "--all", "--limit", "1")) == 23


def test_list_json_is_typed(three):
    base = as_json("list")[2]
    assert base["format_version"] == 1
    assert (base["id"], base["uuid"], base["name"], base["status"], base["exit_code"]) == (
        1, UUIDS[0], "base", "finished", 0)
    assert base["params"] == {"amp": True, "epochs": 10, "lr": 0.1, "opt": "sgd"}
    assert [type(v) for v in base["params"].values()] == [bool, int, float, str]
    assert base["metrics"]["loss"] == {"last": 0.25, "min": 0.25, "max": 1.0, "count": 3, "last_step": 2.0}
    assert (base["started_at"], base["ended_at"], base["duration_s"]) == (
        "2023-11-14T22:13:20.000Z", "2023-11-14T22:14:35.000Z", 75.0)


def test_list_csv_parses(three):
    rows = list(csv.reader(io.StringIO(ok("list", "--format", "csv"))))
    assert rows[0] == ["id", "name", "experiment", "status", "started", "duration", "git",
                       "lr", "opt", "acc", "loss"]
    assert [row[:4] + row[5:] for row in rows[1:]] == [
        ["3", "", "mnist", "running", "", "", "0.1", "sgd", "", ""],
        ["2", "wide", "cifar", "failed", "3.5s", "", "0.01", "adam", "", "0.3"],
        ["1", "base", "cifar", "finished", "1m15s", "", "0.1", "sgd", "0.9", "0.25"],
    ]


def test_list_markdown_is_a_table(three):
    lines = ok("list", "--format", "markdown").splitlines()
    assert len(lines) == 5
    assert lines[1].startswith("|---")
    assert [cell.strip() for cell in lines[0].strip("|").split("|")] == [
        "id", "name", "experiment", "status", "started", "duration", "git", "lr", "opt", "acc", "loss"]
    assert [cell.strip() for cell in lines[4].strip("|").split("|")][:4] == ["1", "base", "cifar", "finished"]


def test_list_of_an_empty_store_says_so_on_stderr(store):
    result = cli("list")
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == "No runs recorded yet: record one with  expctl run -- <command>\n"
    assert as_json("list") == []


def test_list_with_a_bad_status_is_a_usage_error():
    proc = run_expctl("list", "--status", "bogus")
    assert (proc.returncode, proc.stdout) == (2, b"")
    assert proc.stderr == (b"Error: unknown status 'bogus'\n"
                           b"Hint: use one of: running, finished, failed, interrupted, crashed, or any\n")


@pytest.mark.parametrize("command", [["list"], ["metrics", "1"], ["experiments"], ["show", "1"], ["info"]])
def test_an_unknown_format_is_a_usage_error(three, command):
    result = cli(*command, "--format", "xml")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith("Error: unknown format 'xml'\nHint: use one of: table, json")


def test_runs_whose_recorder_died_are_listed_as_crashed(store):
    me = socket.gethostname()
    alive = store.create_run(NewRun(uuid="1" * 32, name="alive", experiment="e", command=["x"], cwd="/",
                                    started_at=T0, host=me, user="u", pid=os.getpid(),
                                    pid_started=process_start_time(os.getpid())))
    dead = store.create_run(NewRun(uuid="2" * 32, name="dead", experiment="e", command=["x"], cwd="/",
                                   started_at=T0 + 1, host=me, user="u", pid=None))
    assert {run["id"]: run["status"] for run in as_json("list")} == {alive: "running", dead: "crashed"}
    assert as_json("show", "dead")["ended_at"] == "2023-11-14T22:13:21.000Z"


# --- show ---------------------------------------------------------------------------------------


def test_show_table_has_facts_params_metrics_and_curves(three):
    assert ok("show", "base") == (
        "run 1  base\n"
        f"  uuid       {UUIDS[0]}\n"
        "  experiment cifar\n"
        "  status     finished (exit 0)\n"
        "  command    python train.py --lr x\n"
        "  cwd        /proj\n"
        "  started    2023-11-14T22:13:20.000Z\n"
        "  ended      2023-11-14T22:14:35.000Z\n"
        "  duration   1m15s\n"
        "  host       ada@elsewhere\n"
        "  tags       baseline\n"
        "\n"
        "params\n"
        "param    value    type    source\n"
        "-------  -------  ------  --------\n"
        "amp      true     bool    argv\n"
        "epochs   10       int     argv\n"
        "lr       0.1      float   argv\n"
        "opt      sgd      str     argv\n"
        "\n"
        "metrics\n"
        "metric      last    min    max    count    last step  curve\n"
        "--------  ------  -----  -----  -------  -----------  -------\n"
        "acc          0.9    0.5    0.9        3            2  ▁▄█\n"
        "loss        0.25   0.25      1        3            2  █▃▁\n"
    )


def test_show_sparkline_uses_the_full_range(store):
    run_id = store.create_run(NewRun(uuid="3" * 32, name=None, experiment="e", command=["x"], cwd="/",
                                     started_at=T0, host="elsewhere", user="u"))
    values = [0.0, 1.0, 2.0, 3.0, float("nan"), 4.0, 5.0, 6.0, 7.0]
    store.append(run_id, {"ramp": Series(array("d", range(9)), array("d", [T0] * 9), array("d", values))})
    line = next(line for line in ok("show", "last").splitlines() if line.startswith("ramp "))
    assert line.endswith("  ▁▂▃▄ ▅▆▇█")  # NaN is a blank cell


def test_show_json_has_the_contract_keys_and_types(three):
    doc = as_json("show", "1")
    assert SHOW_KEYS <= doc.keys()
    assert doc["params"] == {"amp": True, "epochs": 10, "lr": 0.1, "opt": "sgd"}
    assert [type(v) for v in doc["params"].values()] == [bool, int, float, str]
    assert doc["metrics"] == {
        "acc": {"last": 0.9, "min": 0.5, "max": 0.9, "count": 3, "last_step": 2.0},
        "loss": {"last": 0.25, "min": 0.25, "max": 1.0, "count": 3, "last_step": 2.0},
    }
    assert (doc["command"], doc["cwd"], doc["tags"], doc["notes"]) == (
        ["python", "train.py", "--lr", "x"], "/proj", ["baseline"], "")
    assert (doc["git"], doc["env"], doc["resources"]) == (None, None, {})
    running = as_json("show", "3")
    assert (running["status"], running["exit_code"], running["ended_at"], running["duration_s"]) == (
        "running", None, None, None)


@pytest.mark.parametrize("ref, expected", [
    ("1", 1), ("2", 2), ("a1b2c3", 1), ("A1B2FF", 2), ("5eed", 3), ("wide", 2), ("base", 1),
    ("last", 3), ("last~1", 2), ("last~2", 1),
])
def test_run_references_work_in_every_reading_command(three, ref, expected):
    assert as_json("show", ref)["id"] == expected
    series = as_json("metrics", ref)
    assert {name: len(points) for name, points in series.items()} == {
        1: {"acc": 3, "loss": 3}, 2: {"loss": 2}, 3: {}}[expected]
    assert cli("logs", ref).exit_code == 0


def test_an_unknown_run_is_one_error_line_and_exit_1(three):
    proc = run_expctl("show", "nope")
    no_traceback(proc)
    assert (proc.returncode, proc.stdout) == (1, b"")
    assert proc.stderr == (b"Error: no run matches 'nope'\n"
                           b"Hint: use a run id, a uuid prefix, a run name or 'last'; `expctl list` shows them\n")
    for command in ("logs", "metrics", "show"):
        result = cli(command, "a1b2")  # a prefix of two uuids
        assert result.exit_code == 1
        assert result.stderr.startswith("Error: 'a1b2' is ambiguous: it matches runs 2 (a1b2ffff")


def test_an_unknown_id_or_last_beyond_range_is_one_error_line(three):
    proc = run_expctl("show", "99")
    no_traceback(proc)
    assert (proc.returncode, proc.stdout) == (1, b"")
    assert proc.stderr.startswith(b"Error: no run matches '99'\n")
    result = cli("logs", "last~3")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == "Error: there is no run last~3\nHint: record one with: expctl run -- <command>\n"


# --- logs ---------------------------------------------------------------------------------------

OUT1, ERR1, OUT2, ERR2 = b"out 1\n", b"err 1 \xc3\x28\n", b"\xff\xfe\x00 raw\r\nout 3\n", b"err 2 no newline"


@pytest.fixture
def logged(store):
    run_id = store.create_run(NewRun(uuid="4" * 32, name="talky", experiment="e", command=["x"],
                                     cwd="/", started_at=T0, host="elsewhere", user="u"))
    store.append(run_id, logs=[LogChunk("stdout", 0, OUT1), LogChunk("stderr", 0, ERR1)])
    store.append(run_id, logs=[LogChunk("stdout", len(OUT1), OUT2), LogChunk("stderr", len(ERR1), ERR2)])
    return run_id


def test_logs_are_the_exact_bytes_of_both_streams_in_arrival_order(logged):
    proc = run_expctl("logs", "talky")
    assert (proc.returncode, proc.stderr) == (0, b"")
    assert proc.stdout == OUT1 + ERR1 + OUT2 + ERR2


@pytest.mark.parametrize("args, expected", [
    (["--stdout"], OUT1 + OUT2),
    (["--stderr"], ERR1 + ERR2),
    (["--tail", "2"], b"out 3\n" + ERR2),
    (["-n", "1", "--stdout"], b"out 3\n"),
    (["--tail", "0"], b""),
    (["--tail", "100"], OUT1 + ERR1 + OUT2 + ERR2),
])
def test_logs_stream_and_tail_options(logged, args, expected):
    result = cli("logs", "talky", *args)
    assert result.exit_code == 0
    assert result.stdout_bytes == expected


def test_logs_stdout_and_stderr_together_is_a_usage_error(logged):
    result = cli("logs", "talky", "--stdout", "--stderr")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == "Error: --stdout and --stderr exclude each other\nHint: give neither for both\n"


def read_until(fd: int, marker: bytes, seen: bytearray, deadline: float) -> None:
    """Read `fd` into `seen` until it ends with `marker`, or fail at the deadline."""
    while not seen.endswith(marker):
        remaining = deadline - time.monotonic()
        assert remaining > 0, f"no {marker!r} in time; got {bytes(seen)!r}"
        ready, _, _ = select.select([fd], [], [], remaining)
        if ready:
            data = os.read(fd, 4096)
            assert data, f"stream ended before {marker!r}; got {bytes(seen)!r}"
            seen += data


# Each write waits for a line on stdin, which the test sends only once expctl has echoed the
# previous write: so expctl provably received the four writes in this order.
HANDSHAKE = """
import sys
for stream, text in ((sys.stdout, "out 1"), (sys.stderr, "err 1"), (sys.stdout, "out 2"), (sys.stderr, "err 2")):
    stream.write(text + "\\n"); stream.flush()
    sys.stdin.readline()
"""


def test_logs_of_a_real_run_interleave_streams_in_arrival_order():
    proc = subprocess.Popen(expctl_argv("run", "--", *py(HANDSHAKE)), stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = bytearray(), bytearray()
    deadline = time.monotonic() + 20
    try:
        for fd, seen, marker in ((proc.stdout, out, b"out 1\n"), (proc.stderr, err, b"err 1\n"),
                                 (proc.stdout, out, b"out 2\n"), (proc.stderr, err, b"err 2\n")):
            read_until(fd.fileno(), marker, seen, deadline)
            proc.stdin.write(b"next\n")
            proc.stdin.flush()
        proc.stdin.close()
        assert proc.wait(20) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert bytes(out) == b"out 1\nout 2\n"
    assert cli("logs", "last").stdout_bytes == b"out 1\nerr 1\nout 2\nerr 2\n"


# --- metrics ------------------------------------------------------------------------------------


def test_metrics_json_is_name_to_points(three):
    assert as_json("metrics", "base") == {
        "acc": [{"step": 0, "value": 0.5, "time": "2023-11-14T22:13:20.000Z"},
                {"step": 1, "value": 0.7, "time": "2023-11-14T22:13:21.000Z"},
                {"step": 2, "value": 0.9, "time": "2023-11-14T22:13:22.000Z"}],
        "loss": [{"step": 0, "value": 1.0, "time": "2023-11-14T22:13:20.000Z"},
                 {"step": 1, "value": 0.5, "time": "2023-11-14T22:13:21.000Z"},
                 {"step": 2, "value": 0.25, "time": "2023-11-14T22:13:22.000Z"}],
    }
    assert list(as_json("metrics", "base", "loss")) == ["loss"]


def test_metrics_csv_is_long_format(three):
    rows = list(csv.DictReader(io.StringIO(ok("metrics", "wide", "--format", "csv"))))
    assert rows == [
        {"name": "loss", "step": "0", "value": "0.9", "time": "2023-11-14T22:14:20.000Z"},
        {"name": "loss", "step": "1", "value": "0.3", "time": "2023-11-14T22:14:21.000Z"},
    ]
    assert ok("metrics", "wide", "--format", "csv").startswith("name,step,value,time\n")


def test_metrics_table(three):
    assert ok("metrics", "wide") == (
        "name      step    value  time\n"
        "------  ------  -------  ------------------------\n"
        "loss         0      0.9  2023-11-14T22:14:20.000Z\n"
        "loss         1      0.3  2023-11-14T22:14:21.000Z\n"
    )


def test_metrics_csv_keeps_full_precision(store):
    run_id = store.create_run(NewRun(uuid="5" * 32, name=None, experiment="e", command=["x"], cwd="/",
                                     started_at=T0, host="elsewhere", user="u"))
    values = [1 / 3, 123456.789, 1e-7 + 1e-12]
    store.append(run_id, {"m": Series(array("d", [0, 1, 2]), array("d", [T0] * 3), array("d", values))})
    rows = list(csv.DictReader(io.StringIO(ok("metrics", "last", "--format", "csv"))))
    assert [float(row["value"]) for row in rows] == values


def test_an_unknown_metric_name_is_a_usage_error_naming_the_known_ones(three):
    result = cli("metrics", "base", "loss", "nope")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == "Error: run 1 has no metric nope\nHint: its metrics: acc, loss\n"


def strict_json(text: str):
    """JSON as other tools read it: NaN and Infinity are not JSON."""
    def refuse(constant):
        raise ValueError(f"{constant} in JSON output")
    return json.loads(text, parse_constant=refuse)


@pytest.fixture
def odd(store):
    """A run whose metric has NaN and infinite values (and, through the API, such steps)."""
    run_id = store.create_run(NewRun(uuid="6" * 32, name="odd", experiment="e", command=["x"], cwd="/",
                                     started_at=T0, host="elsewhere", user="u"))
    nan, inf = float("nan"), float("inf")
    store.append(run_id, {"m": Series(array("d", [0, 1, 2]), array("d", [T0] * 3), array("d", [1.0, nan, inf])),
                          "steps": Series(array("d", [nan, inf, 2.5]), array("d", [T0] * 3),
                                          array("d", [1.0, 2.0, 3.0]))})
    return run_id


def test_non_finite_values_are_null_in_json(odd):
    doc = strict_json(ok("show", "odd", "--format", "json"))
    assert doc["metrics"]["m"] == {"last": None, "min": 1.0, "max": None, "count": 3, "last_step": 2.0}
    points = strict_json(ok("metrics", "odd", "m", "--format", "json"))["m"]
    assert [p["value"] for p in points] == [1.0, None, None]


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_metrics_with_non_finite_steps_print(odd, fmt):
    result = cli("metrics", "odd", "steps", "--format", fmt)
    assert result.exit_code == 0, result.exception
    assert "2.5" in result.stdout


def test_a_corrupt_store_is_one_error_line(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not sqlite at all " * 100)
    result = cli("list", "--db", str(bad))
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (f"Error: {bad} is not an expctl store or is corrupt (file is not a database)\n"
                             "Hint: point --db or EXPCTL_DB at another file; expctl never overwrites this one\n")
    assert bad.read_bytes() == b"not sqlite at all " * 100


# --- experiments, version, help, unknown command --------------------------------------------------


def test_experiments_count_runs(three):
    assert scrub_dates(ok("experiments")) == (
        "experiment      runs  last run    description\n"
        "------------  ------  ----------  -------------\n"
        "cifar              2  YYYY-MM-DD\n"
        "mnist              1  YYYY-MM-DD\n"
    )
    assert as_json("experiments") == [
        {"name": "cifar", "description": "", "created_at": "2023-11-14T22:13:20.000Z", "runs": 2,
         "last_run_at": "2023-11-14T22:14:20.000Z"},
        {"name": "mnist", "description": "", "created_at": "2023-11-14T22:15:20.000Z", "runs": 1,
         "last_run_at": "2023-11-14T22:15:20.000Z"},
    ]


def test_version():
    proc = run_expctl("--version")
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, f"expctl {__version__}\n".encode(), b"")


@pytest.mark.parametrize("command", [[], *([c] for c in COMMANDS)])
def test_help_for_every_command(command):
    result = cli(*command, "--help")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"Usage: expctl {command[0] + ' ' if command else ''}")


def test_run_help_through_the_console_script():
    proc = run_expctl("run", "--help")
    assert proc.returncode == 0
    assert proc.stdout.startswith(b"Usage: expctl run ")


def test_an_unknown_command_is_one_error_line():
    proc = run_expctl("frobnicate", "--now")
    no_traceback(proc)
    assert (proc.returncode, proc.stdout) == (2, b"")
    assert proc.stderr == b"Error: No such command 'frobnicate'.\nHint: see 'expctl --help'\n"


# --- real runs: git, odd argv -------------------------------------------------------------------


def git(cwd, *args: str, input: bytes | None = None) -> str:
    done = subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, input=input)
    return done.stdout.decode()


def test_a_run_in_a_dirty_repo_records_commit_and_a_patch_that_reapplies(tmp_path, monkeypatch):
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for role in ("AUTHOR", "COMMITTER"):
        monkeypatch.setenv(f"GIT_{role}_NAME", "Tester")
        monkeypatch.setenv(f"GIT_{role}_EMAIL", "tester@example.com")
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    (repo / "train.py").write_text("lr = 0.1\nprint('loss: 0.5')\n")
    git(repo, "add", "train.py")
    git(repo, "commit", "-q", "-m", "first")
    head = git(repo, "rev-parse", "HEAD").strip()
    (repo / "train.py").write_text("lr = 0.05  # tuned\nprint('loss: 0.5')\nprint('done')\n")

    proc = run_expctl("run", "-q", "--", *py("print('ok')"), cwd=repo)
    assert proc.returncode == 0, proc.stderr

    recorded = as_json("show", "last")["git"]
    assert (recorded["commit"], recorded["branch"], recorded["dirty"]) == (head, "main", True)
    assert recorded["patch_truncated"] is False and recorded["untracked"] == []
    git(tmp_path, "clone", "-q", str(repo), "clone")
    git(tmp_path / "clone", "apply", input=recorded["patch"].encode())
    assert (tmp_path / "clone" / "train.py").read_bytes() == (repo / "train.py").read_bytes()
    assert ok("list").splitlines()[2].split()[-1] == head[:8] + "*"


def test_a_run_with_a_non_utf8_argument_is_recorded():
    proc = run_expctl("run", "--", *py("print('ok')"), b"--opt", b"caf\xe9")
    assert proc.returncode == 0
    assert b"warning" not in proc.stderr, proc.stderr
    assert len(as_json("list")) == 1
