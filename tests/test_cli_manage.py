"""Changing what is recorded (tag, untag, rename, note, rm) and keeping secrets out of the store.

Every change goes through the real console script; the result is read back with `show`.
"""

from __future__ import annotations

import json
import os
import pty
import subprocess

import pytest
from typer.testing import CliRunner

from expctl.cli.app import app
from expctl.records import NewRun
from expctl.store import open_store

from .conftest import expctl_argv, py, run_expctl

SECRETS = [b"SUPERSECRET123", b"hunter2hunter2", b"tok3nvalue", b"hf_abcdefghijklmnopqrstuvwxyz0123456789"]


def show(ref: str = "last") -> dict:
    result = CliRunner().invoke(app, ["show", ref, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def run_ids() -> list[int]:
    result = CliRunner().invoke(app, ["list", "--all", "--format", "json"])
    assert result.exit_code == 0, result.output
    return [run["id"] for run in json.loads(result.stdout)]


def manage(*args: str):
    """A managing command as users run it; stdin is no terminal."""
    return run_expctl(*args, input=b"")


@pytest.fixture
def runs(db_path):
    """Runs 1..3 named one, two, three, made through the store API."""
    store = open_store(str(db_path))
    for k, name in enumerate(("one", "two", "three")):
        store.create_run(NewRun(uuid=f"{k + 1:x}" * 32, name=name, experiment="e", command=["x"],
                                cwd="/", started_at=1e9 + k, host="elsewhere", user="u"))
    store.close()
    return [1, 2, 3]


# --- tag, untag, rename, note -------------------------------------------------------------------


def test_tag_untag_rename_and_note_a_recorded_run():
    recorded = run_expctl("run", "-q", "-t", "first", "--", *py("print('loss: 0.5')"))
    assert recorded.returncode == 0, recorded.stderr

    steps = [
        (("tag", "last", "baseline", "v2"), b"run 1: tagged baseline, v2\n"),
        (("untag", "1", "v2", "never-there"), b"run 1: untagged v2, never-there\n"),
        (("rename", "last", "lenet-5"), b"run 1: renamed to lenet-5\n"),
        (("note", "lenet-5", "lr too high?\nsee ünïcode 🧪"), b"run 1: notes set\n"),
    ]
    for args, said in steps:
        proc = manage(*args)
        assert (proc.returncode, proc.stdout, proc.stderr) == (0, b"", said), args

    run = show("lenet-5")
    assert (run["id"], run["name"], run["tags"]) == (1, "lenet-5", ["baseline", "first"])
    assert run["notes"] == "lr too high?\nsee ünïcode 🧪"
    assert run["metrics"]["loss"]["last"] == 0.5


def test_a_note_replaces_the_previous_one(runs):
    for text in ("first thought", "", "second thought"):
        result = CliRunner().invoke(app, ["note", "two", text])
        assert (result.exit_code, result.stderr) == (0, "run 2: notes set\n")
        assert show("two")["notes"] == text


def test_renamed_runs_are_found_by_their_new_name_only(runs):
    result = CliRunner().invoke(app, ["rename", "two", "  padded  "])
    assert (result.exit_code, result.stderr) == (0, "run 2: renamed to padded\n")
    assert show("padded")["id"] == 2
    assert CliRunner().invoke(app, ["show", "two"]).exit_code == 1


@pytest.mark.parametrize("name, message", [
    ("12", "Error: the run name '12' would read as a run id\nHint: a name needs a letter other than a-f and no '..', e.g. lenet-1\n"),
    ("last", "Error: the run name 'last' would read as the newest run\nHint: a name needs a letter other than a-f and no '..', e.g. lenet-1\n"),
    ("last~1", "Error: the run name 'last~1' would read as a run counted back from the newest\nHint: a name needs a letter other than a-f and no '..', e.g. lenet-1\n"),
    (" 7 ", "Error: the run name '7' would read as a run id\nHint: a name needs a letter other than a-f and no '..', e.g. lenet-1\n"),
    ("  ", "Error: a run name cannot be empty\nHint: give a name, e.g. --name lenet-1\n"),
])
def test_rename_to_something_that_reads_as_a_reference_is_refused(runs, name, message):
    result = CliRunner().invoke(app, ["rename", "one", name])
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", message)
    assert show("1")["name"] == "one"


@pytest.mark.parametrize("command", [["tag", "nope", "x"], ["untag", "nope", "x"], ["rename", "nope", "x"],
                                     ["note", "nope", "x"], ["rm", "--yes", "nope"]])
def test_managing_an_unknown_run_is_an_error_and_changes_nothing(runs, command):
    result = CliRunner().invoke(app, command)
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr.startswith("Error: no run matches 'nope'\n")
    assert run_ids() == [3, 2, 1]


def test_managing_where_there_is_no_store_creates_none(tmp_path):
    missing = tmp_path / "nowhere" / "store.db"
    result = CliRunner().invoke(app, ["tag", "1", "x", "--db", str(missing)])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: no run matches '1'\n")
    assert not missing.parent.exists()


# --- rm -----------------------------------------------------------------------------------------


def test_rm_without_yes_and_without_a_terminal_refuses(runs):
    proc = manage("rm", "two")
    assert (proc.returncode, proc.stdout) == (2, b"")
    assert proc.stderr == b"Error: not deleting runs 2 without confirmation\nHint: add --yes\n"
    assert run_ids() == [3, 2, 1]


def test_rm_with_stdin_closed_refuses_without_a_traceback(runs):
    """`expctl rm two <&-`: no stdin at all is no terminal either (sys.stdin is None)."""
    closed = {"stdin": None, "preexec_fn": lambda: os.close(0)}
    proc = run_expctl("rm", "two", **closed)
    assert (proc.returncode, proc.stdout) == (2, b"")
    assert proc.stderr == b"Error: not deleting runs 2 without confirmation\nHint: add --yes\n"
    assert run_ids() == [3, 2, 1]


def test_rm_yes_deletes_every_named_run_once(runs):
    proc = manage("rm", "--yes", "one", "last", "1")
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, b"", b"deleted 2 run(s): 1, 3\n")
    assert run_ids() == [2]
    assert CliRunner().invoke(app, ["show", "one"]).exit_code == 1


def test_rm_with_one_unknown_reference_deletes_nothing(runs):
    result = CliRunner().invoke(app, ["rm", "-y", "one", "nope"])
    assert result.exit_code == 1
    assert run_ids() == [3, 2, 1]


@pytest.mark.parametrize("answer, code, left", [(b"n\n", 1, [3, 2, 1]), (b"y\n", 0, [3, 1])])
def test_rm_on_a_terminal_asks_first(runs, answer, code, left):
    controller, terminal = pty.openpty()
    try:
        os.write(controller, answer)  # typed ahead: the terminal holds it until the prompt reads
        proc = subprocess.run(expctl_argv("rm", "two"), stdin=terminal, capture_output=True, timeout=60)
    finally:
        os.close(terminal)
        os.close(controller)
    assert proc.returncode == code, proc.stderr
    assert proc.stdout.startswith(b"Delete 1 run(s): 2? [y/N]")
    assert run_ids() == left


# --- secrets ------------------------------------------------------------------------------------

# The child prints its own arguments and the token from its environment on both streams: the
# terminal shows them (the command's output is not ours to change), the store must not keep them.
LEAKY = "import os, sys; print('hi'); print(*sys.argv[1:]); print(os.environ['HF_TOKEN'], file=sys.stderr)"


def store_bytes(db_path) -> dict[str, bytes]:
    files = {path.name: path.read_bytes() for path in db_path.parent.glob(db_path.name + "*")}
    assert db_path.name in files
    return files


def test_secrets_from_argv_and_environment_never_reach_the_store(db_path, monkeypatch):
    monkeypatch.setenv("HF_TOKEN", SECRETS[3].decode())
    proc = run_expctl("run", "--", *py(LEAKY), "--api-key", "SUPERSECRET123", "--password=hunter2hunter2",
                      "https://user:tok3nvalue@example.com/x")

    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == (b"hi\n--api-key SUPERSECRET123 --password=hunter2hunter2 "
                           b"https://user:tok3nvalue@example.com/x\n")
    assert proc.stderr.startswith(SECRETS[3] + b"\n")
    for name, data in store_bytes(db_path).items():
        for secret in SECRETS:
            assert secret not in data, f"{secret!r} found in {name}"

    run = show()
    assert run["params"] == {"api_key": "***", "password": "***"}
    assert run["command"][-4:] == ["--api-key", "***", "--password=***", "https://***@example.com/x"]
    assert run["env"]["env_vars"]["HF_TOKEN"] == "***"
    table = CliRunner().invoke(app, ["show", "last"]).stdout
    assert "api_key   ***      str     argv" in table and "password  ***      str     argv" in table
    logs = CliRunner().invoke(app, ["logs", "last"]).stdout_bytes
    assert logs == b"hi\n--api-key *** --password=*** https://***@example.com/x\n***\n"


def test_a_scrubbed_secret_does_not_look_like_dropped_output():
    # 8 MiB is the log cap's head: output past it is always a separate chunk.
    code = "import sys; sys.stdout.write('key SUPERSECRET123\\n' + 'x' * (8 << 20) + '\\nafter\\n')"
    proc = run_expctl("run", "-q", "--", *py(code), "--api-key", "SUPERSECRET123")
    assert proc.returncode == 0, proc.stderr
    logs = CliRunner().invoke(app, ["logs", "last"]).stdout_bytes
    assert logs == b"key ***\n" + b"x" * (8 << 20) + b"\nafter\n"


# Prints half of the secret, waits until expctl has stored it (the next flush), prints the rest.
SPLIT = """
import os, sqlite3, sys, time
sys.stdout.write("starting\\ntoken=SUPERSEC"); sys.stdout.flush()  # the whole line is stored
db = sqlite3.connect(os.environ["EXPCTL_DB"])
deadline = time.monotonic() + 20
while not db.execute("SELECT COUNT(*) FROM logs WHERE run_id = ?", (os.environ["EXPCTL_RUN_ID"],)).fetchone()[0]:
    assert time.monotonic() < deadline, "expctl never flushed"
    time.sleep(0.01)
sys.stdout.write("RET123\\n")
"""


def test_a_secret_split_across_flushes_is_still_scrubbed(db_path):
    proc = run_expctl("run", "-q", "--", *py(SPLIT), "--api-key", "SUPERSECRET123")
    assert proc.returncode == 0, proc.stderr
    logs = CliRunner().invoke(app, ["logs", "last"]).stdout_bytes
    assert b"SUPERSECRET123" not in logs
    assert logs == b"starting\ntoken=***\n"
