"""Run references: ids, uuid prefixes, names, last, last~N, ranges, `-` from stdin, and the
errors for references that match nothing or too much."""

from __future__ import annotations

import io
import json

import pytest

from expctl.errors import RunNotFound, UsageError
from expctl.query.refs import expand_stdin, resolve_refs, resolve_single
from expctl.records import NewRun
from expctl.query.lookup import find_runs
from expctl.store import open_store

from .conftest import run_expctl

T0 = 1_700_000_000.0
NAMES = ["lenet-1", "lenet-2", None, "resnet", "a..b", "lenet-2"]


@pytest.fixture
def store(db_path):
    opened = open_store(str(db_path))
    for k, name in enumerate(NAMES):  # ids 1..6; two runs named lenet-2
        opened.create_run(NewRun(uuid=f"{k + 1:x}0f0f0f" + "0" * 24, name=name, experiment="e",
                                 command=["true"], cwd="/", started_at=T0 + k, host="elsewhere",
                                 user="u"))
    yield opened
    opened.close()


@pytest.mark.parametrize("refs, expected", [
    (["3"], [3]),
    ([3], [3]),
    (["40f0f0f"], [4]),
    (["40F0"], [4]),
    (["resnet"], [4]),
    (["last"], [6]),
    (["last~1"], [5]),
    (["last~5"], [1]),
    (["2..4"], [2, 3, 4]),
    (["4..2"], [4, 3, 2]),
    (["5.."], [5, 6]),
    ([" ..2 "], [1, 2]),
    (["last~2..last"], [4, 5, 6]),
    (["lenet-1..resnet"], [1, 2, 3, 4]),
    (["3..3"], [3]),
    (["a..b"], [5]),  # a name with two dots is the name, not a range
    (["2", "1..3", "2"], [2, 1, 3]),  # in the order given, each once
    (["6", "last"], [6]),
])
def test_references_resolve_in_order_without_repeats(store, refs, expected):
    assert resolve_refs(store, refs) == expected


def test_a_range_over_deleted_runs_names_only_those_left(store):
    store.delete_runs([3])
    assert resolve_refs(store, ["2..4"]) == [2, 4]


@pytest.mark.parametrize("ref, message, hint", [
    ("lenet1", "no run matches 'lenet1'", "did you mean lenet-1, lenet-2?"),
    ("nothing-like-it", "no run matches 'nothing-like-it'",
     "use a run id, a uuid prefix, a run name or 'last'; `expctl list` shows them"),
    ("lenet-2", "'lenet-2' is ambiguous: it matches runs 6 (lenet-2), 2 (lenet-2)", "use the run id"),
    ("0f0f", None, None),
    ("1..99", "no run matches '99'", None),
    ("last~9", "there is no run last~9", None),
])
def test_unknown_and_ambiguous_references_say_what_they_could_mean(store, ref, message, hint):
    with pytest.raises(RunNotFound) as caught:
        resolve_refs(store, [ref])
    if message:
        assert caught.value.message == message
    if hint:
        assert caught.value.hint == hint


@pytest.mark.parametrize("ref, message", [
    ("..", "'..' is not a range: give at least one end, as in 12.. or ..20"),
    ("1..2..3", "'1..2..3' is not a range: write FIRST..LAST"),
    ("last~x", "bad run reference 'last~x'"),
    ("-", "'-' (standard input) cannot be used here"),
    ("", "an empty run reference"),
])
def test_malformed_references_are_usage_errors(store, ref, message):
    with pytest.raises(UsageError) as caught:
        resolve_refs(store, [ref])
    assert caught.value.message == message


def test_stdin_expands_once_into_its_words():
    assert expand_stdin(["1", "-", "9", "-"], io.StringIO("4\n5 6\n\n")) == ["1", "4", "5", "6", "9"]
    assert expand_stdin(["1"], None) == ["1"]
    with pytest.raises(UsageError) as caught:
        expand_stdin(["-"], io.StringIO(" \n"))
    assert caught.value.message == "'-' found no run references on standard input"
    with pytest.raises(UsageError):
        expand_stdin(["-"], None)


def test_a_single_run_command_refuses_a_range(store):
    assert resolve_single(store, ["2..2"]) == 2
    with pytest.raises(UsageError) as caught:
        resolve_single(store, ["1..3"])
    assert caught.value.message == "'1..3' names 3 runs (1, 2, 3); this command takes one run"


def test_store_find_runs_takes_references(store):
    assert [run.id for run in find_runs(store, refs=["last", "1..2"])] == [6, 1, 2]
    assert [run.id for run in find_runs(store, refs=["1..6"], limit=2)] == [1, 2]
    assert [run.id for run in find_runs(store, refs=["1..6"], sort="id:desc", limit=2)] == [6, 5]


# --- through the CLI --------------------------------------------------------------------------


def test_list_ids_pipe_into_show_compare_and_rm(store):
    listed = run_expctl("list", "--where", "name ~ 'lenet-*'", "--format", "ids")
    assert (listed.returncode, listed.stdout) == (0, b"6\n2\n1\n")
    compared = run_expctl("compare", "-", "--format", "json", input=listed.stdout)
    assert compared.returncode == 0, compared.stderr
    assert [run["id"] for run in json.loads(compared.stdout)["runs"]] == [6, 2, 1]
    shown = run_expctl("show", "-", "--format", "json", input=b"4\n")
    assert (shown.returncode, json.loads(shown.stdout)["name"]) == (0, "resnet")
    removed = run_expctl("rm", "-", "--yes", input=b"1 2\n")
    assert removed.returncode == 0, removed.stderr
    assert run_expctl("list", "--format", "ids").stdout == b"6\n5\n4\n3\n"


def test_a_range_removes_every_run_in_it(store):
    assert run_expctl("rm", "3..5", "--yes").stderr == b"deleted 3 run(s): 3, 4, 5\n"
    assert run_expctl("list", "--format", "ids").stdout == b"6\n2\n1\n"


@pytest.mark.parametrize("args, code, stderr", [
    (["show", "1..3"], 2,
     "Error: '1..3' names 3 runs (1, 2, 3); this command takes one run\n"),
    (["logs", "lenet1"], 1, "Error: no run matches 'lenet1'\nHint: did you mean lenet-1, lenet-2?\n"),
    (["metrics", "-"], 2, "Error: '-' found no run references on standard input\n"),
    (["compare", "lenet-2"], 1,
     "Error: 'lenet-2' is ambiguous: it matches runs 6 (lenet-2), 2 (lenet-2)\nHint: use the run id\n"),
])
def test_reference_errors_are_one_line_and_a_hint(store, args, code, stderr):
    proc = run_expctl(*args, input=b"")
    assert proc.returncode == code
    assert proc.stdout == b""
    assert proc.stderr.decode().startswith(stderr)
    assert proc.stderr.decode().count("\n") == 2


HUGE = str(2**64 + 7)  # no SQLite integer is this large


def run_many(commands: list[list[str]], stdin: bytes = b"") -> list[tuple[list[str], int, str]]:
    """The real CLI once per command, several at a time; (argv, exit code, stderr) each."""
    from concurrent.futures import ThreadPoolExecutor

    def one(args):
        proc = run_expctl(*args, input=stdin)
        return args, proc.returncode, proc.stderr.decode()

    with ThreadPoolExecutor(4) as pool:
        return list(pool.map(one, commands))


def test_references_beyond_sqlite_integers_are_clear_errors_in_every_command(store):
    commands = [
        ["show", HUGE], ["logs", HUGE], ["metrics", HUGE], ["compare", HUGE], ["diff", "1", HUGE],
        ["rm", "--yes", HUGE], ["tag", HUGE, "t"], ["untag", HUGE, "t"], ["rename", HUGE, "n"],
        ["note", HUGE, "t"], ["export", HUGE], ["artifacts", HUGE], ["reparse", HUGE],
        ["check", HUGE, "--metric", "loss", "--min", "0"], ["scrub", HUGE], ["rerun", HUGE],
        ["show", f"last~{HUGE}"], ["compare", f"1..{HUGE}"], ["compare", f"{HUGE}.."],
        ["ttest", "loss", "--a", HUGE, "--b", "1"],
    ]
    for args, code, err in run_many(commands):
        assert "Traceback" not in err and "Overflow" not in err, (args, err)
        assert code in (1, 2) and err.startswith("Error: "), (args, code, err)
        assert err.count("\n") <= 2, (args, err)
    assert [r.id for r in store.list_runs()] == [6, 5, 4, 3, 2, 1]  # nothing was removed


def test_a_huge_limit_lists_every_run(store):
    for args in (["list", "--limit", HUGE, "--format", "ids"],):
        proc = run_expctl(*args)
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.split() == [b"6", b"5", b"4", b"3", b"2", b"1"]


def test_only_ascii_digits_are_ids(store):
    with pytest.raises(RunNotFound):
        resolve_single(store, ["\u0661"])  # ARABIC-INDIC DIGIT ONE is not run 1
