"""The --where language: every operator and field on a real store, precedence, error columns,
--sort and --columns, and property tests that no input escapes as a traceback or as SQL.

Stores are filled through the store API with exact values; the queries run through
`expctl.query.lookup.find_run_ids` (the code every command uses) and, for the user-facing messages,
through the real CLI.
"""

from __future__ import annotations

import math
import re
import sqlite3
import time
from array import array

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from expctl.cli.app import app
from expctl.errors import ExpctlError, UsageError
from expctl.models import GitInfo, Param
from expctl.query.where import (MAX_DEPTH, QueryError, parse_columns, parse_sort,
                          parse_where)
from expctl.records import NewRun, Series
from expctl.query.lookup import find_run_ids
from expctl.store import open_store
from expctl.store.query_sql import compile_where

from .conftest import run_expctl

T0 = 1_700_000_000.0  # 2023-11-14T22:13:20Z
DAY = 86400.0


def param(name, value, text=None):
    return Param(name, value, str(value) if text is None else text)


def add(store, name, experiment, params, metrics, tags, git, status, exit_code, started, duration):
    run_id = store.create_run(NewRun(
        uuid=f"{len(find_run_ids(store)) + 1:08x}" + "ab" * 12, name=name, experiment=experiment,
        command=["python", "train.py", f"--exp={experiment}"], cwd="/proj", started_at=started,
        host="elsewhere", user="ada", tags=tags, params={p.name: p for p in params},
    ))
    for metric, values in metrics.items():
        n = len(values)
        store.append(run_id, {metric: Series(array("d", range(n)), array("d", [started] * n),
                                             array("d", values))})
    if git:
        store.record_git(run_id, git)
    if status != "running":
        store.finish_run(run_id, status, exit_code, None, started + duration, {})
    return run_id


def fill(store, now: float | None = None):
    """Four runs that tell the operators apart.

    1 base  cifar  lr 0.01  model cnn     layers 3   flag true   finished  main a..a clean  baseline
    2 wide  cifar  lr 0.1   model resnet  layers 10  flag false  finished  main b..b dirty  baseline, wide
    3 -     mnist  lr 'auto' model mlp                            failed(1) dev  c..c
    4 odd   mnist  lr 1 (int)                                     running   (no git), started an hour ago
    """
    now = time.time() if now is None else now
    add(store, "base", "cifar",
        [param("lr", 0.01), param("model", "cnn"), param("layers", 3), param("flag", True, "true"),
         param("optimizer.lr", 0.1)],
        {"acc": [0.5, 0.8, 0.7], "val/acc": [0.6], "train-loss": [1.0, 0.5], "loss.min": [9.0]},
        ["baseline"], GitInfo("a" * 40, "main", False, None, "/proj"), "finished", 0, T0, 100)
    add(store, "wide", "cifar",
        [param("lr", 0.1), param("model", "resnet"), param("layers", 10), param("flag", False, "false")],
        {"acc": [0.9], "loss": [0.2]}, ["baseline", "wide"],
        GitInfo("b" * 40, "main", True, None, "/proj"), "finished", 0, T0 + DAY, 200)
    add(store, None, "mnist", [param("lr", "auto"), param("model", "mlp")],
        {"acc": [0.95], "loss": [math.nan]}, [], GitInfo("c" * 40, "dev", False, None, "/proj"),
        "failed", 1, T0 + 2 * DAY, 50)
    add(store, "odd", "mnist", [param("lr", 1)], {}, [], None, "running", None, now - 3600, 0)


@pytest.fixture
def store(engine_url):
    """The four runs of `fill`, on each engine: the whole language means the same on both."""
    opened = open_store(engine_url)
    fill(opened)
    yield opened
    opened.close()


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def read_only_store(request, tmp_path_factory):
    """The runs of `fill`, on each engine, filled once for the module: for the many
    parametrised cases that only read (a new PostgreSQL store per case costs ~0.4 s)."""
    if request.param == "sqlite":
        url = str(tmp_path_factory.mktemp("query") / "store.db")
    else:
        url = request.getfixturevalue("pg_cluster").create_database("query_read_only")
    opened = open_store(url)
    fill(opened)
    yield opened
    opened.close()


def ids(store, where, **kwargs) -> list[int]:
    return sorted(find_run_ids(store, where, **kwargs))


def local_date(epoch: float) -> str:
    return time.strftime("%Y-%m-%d", time.localtime(epoch))


# --- every operator on every kind of field ----------------------------------------------------


@pytest.mark.parametrize("where, expected", [
    # numeric params compare as numbers, never with text params ('auto')
    ("params.lr = 0.01", [1]),
    ("params.lr != 0.01", [2, 3, 4]),
    ("params.lr < 0.1", [1]),
    ("params.lr <= 0.1", [1, 2]),
    ("params.lr > 0.01", [2, 4]),
    ("params.lr >= 0.01", [1, 2, 4]),
    ("params.lr > 0", [1, 2, 4]),
    ("params.lr = 1", [4]),
    ("params.lr = 1.0", [4]),
    ("params.lr in (0.01, 1)", [1, 4]),
    ("params.lr not in (0.01, 1)", [2, 3]),
    # text values: the param as written for = in ~ contains, text params only for ordering
    ("params.lr = 'auto'", [3]),
    ("params.lr = '0.01'", [1]),
    ("params.lr < 'b'", [3]),
    ("params.model > 'd'", [2, 3]),
    ("params.model in ('cnn', 'mlp')", [1, 3]),
    ("params.model not in ('cnn', 'mlp')", [2]),
    ("params.model ~ '*n*'", [1, 2]),
    ("params.model not ~ '*n*'", [3]),
    ("params.model !~ 'c?n'", [2, 3]),
    ("params.model contains 'es'", [2]),
    ("params.model not contains 'es'", [1, 3]),
    ("params.lr ~ '0.*'", [1, 2]),
    ("params.lr in (0.01, 'auto')", [1, 3]),
    ("params.optimizer.lr = 0.1", [1]),
    ('params."optimizer.lr" = 0.1', [1]),
    # booleans
    ("params.flag = true", [1]),
    ("params.flag = false", [2]),
    ("params.flag != true", [2]),
    ("params.flag = 1", []),
    ("params.layers >= 3", [1, 2]),
    # null tests
    ("params.model is null", [4]),
    ("params.model is not null", [1, 2, 3]),
    ("name is null", [3]),
    ("name is not null", [1, 2, 4]),
    ("metrics.acc is null", [4]),
    ("metrics.loss is null", [1, 3, 4]),
    ("metrics.loss is not null", [2]),
    ("git.commit is null", [4]),
    ("git.branch is not null", [1, 2, 3]),
    ("tags is null", [3, 4]),
    ("tags is not null", [1, 2]),
    ("exit_code is null", [4]),
    ("ended is null", [4]),
    ("duration is null", [4]),
    # metrics: last by default, then min max count last
    ("metrics.acc > 0.75", [2, 3]),
    ("metrics.acc.last > 0.75", [2, 3]),
    ("metrics.acc.max > 0.75", [1, 2, 3]),
    ("metrics.acc.min < 0.6", [1]),
    ("metrics.acc.count = 3", [1]),
    ("metrics.acc.count in (1, 2)", [2, 3]),
    ("metrics.acc != 0.9", [1, 3]),
    ("metrics.val/acc = 0.6", [1]),
    ("metrics.train-loss < 0.6", [1]),
    ('metrics."train-loss".min <= 0.5', [1]),
    ("metrics.`train-loss`.max = 1", [1]),
    ("metrics.'train-loss' = 0.5", [1]),
    ('metrics."loss.min" = 9', [1]),
    ("metrics.loss.min = 9", []),
    # run columns
    ("id = 2", [2]),
    ("id in (1, 3, 99)", [1, 3]),
    ("name = 'base'", [1]),
    ("name != 'base'", [2, 4]),
    ("name ~ '?ide'", [2]),
    ("name contains 'd'", [2, 4]),
    ("name > 'c'", [2, 4]),
    ("uuid ~ '00000002*'", [2]),
    ("experiment = 'mnist'", [3, 4]),
    ("experiment != 'mnist'", [1, 2]),
    ("experiment ~ 'c*'", [1, 2]),
    ("status = 'failed'", [3]),
    ("status in ('finished', 'running')", [1, 2, 4]),
    ("status not in ('finished', 'running')", [3]),
    ("exit_code != 0", [3]),
    ("exit_code = 0", [1, 2]),
    ("host = 'elsewhere' and user = 'ada' and cwd = '/proj'", [1, 2, 3, 4]),
    ("command contains 'exp=mnist'", [3, 4]),
    ("command ~ 'python train.py --exp=c*'", [1, 2]),
    ("command = 'python train.py --exp=cifar'", [1, 2]),
    # durations and times
    ("duration > 1m", [1, 2]),
    ("duration >= 100", [1, 2]),
    ("duration < 60s", [3]),
    ("duration <= 0.5h", [1, 2, 3]),
    ("started > -7d", [4]),
    ("started < -7d", [1, 2, 3]),
    ("started >= -1w", [4]),
    (f"started >= {T0 + DAY}", [2, 3, 4]),
    ("ended > -1d", []),
    # tags
    ("tags contains 'baseline'", [1, 2]),
    ("tags contains 'wide'", [2]),
    ("tags contains 'wid'", []),
    ("tags not contains 'wide'", [1, 3, 4]),
    ("tags ~ 'w*'", [2]),
    ("tags not ~ 'w*'", [1, 3, 4]),
    ("tags in ('wide', 'nope')", [2]),
    ("tags not in ('baseline')", [3, 4]),
    # git
    ("git.branch = 'main'", [1, 2]),
    ("git.branch != 'main'", [3]),
    ("git.dirty = true", [2]),
    ("git.dirty = false", [1, 3]),
    ("git.dirty != true", [1, 3]),
    ("git.commit = 'bbbb'", [2]),
    ("git.commit = 'BBBBBBBB'", [2]),
    ("git.commit in ('aaaa', 'cccc')", [1, 3]),
    ("git.commit != 'aaaa'", [2, 3]),
    ("git.commit ~ 'c*'", [3]),
    ("git.remote is null", [1, 2, 3, 4]),
    # unknown params and metrics match nothing
    ("params.nothere = 1", []),
    ("metrics.nothere > 0", []),
    ("not params.nothere = 1", [1, 2, 3, 4]),
])
def test_each_operator_selects_exactly_the_right_runs(read_only_store, where, expected):
    assert ids(read_only_store, where) == expected


def test_a_date_matches_that_whole_local_day_and_dates_order_times(store):
    second = local_date(T0 + DAY)
    assert ids(store, f"started = '{second}'") == [2]
    assert ids(store, f"started != '{second}'") == [1, 3, 4]
    assert ids(store, f"started > '{second}' and started < -1d") == [2, 3]  # after its midnight
    assert ids(store, f"started >= '{local_date(T0 + 2 * DAY)}' and started < -1d") == [3]
    noon = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(T0 + DAY))
    assert ids(store, f"started = '{noon}'") == [2]
    utc = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(T0 + DAY))
    assert ids(store, f"started = '{utc}'") == [2]
    assert ids(store, f"started >= '{time.strftime('%Y-%m-%dT%H:%M:%S+00:00', time.gmtime(T0 + DAY))}'") == [2, 3, 4]


# --- precedence -------------------------------------------------------------------------------


@pytest.mark.parametrize("where, expected", [
    # and binds tighter than or
    ("params.model = 'resnet' or params.model = 'cnn' and git.branch = 'dev'", [2]),
    ("(params.model = 'resnet' or params.model = 'cnn') and git.branch = 'dev'", []),
    ("git.branch = 'dev' and params.model = 'cnn' or params.model = 'resnet'", [2]),
    ("git.branch = 'dev' and (params.model = 'cnn' or params.model = 'resnet')", []),
    # not binds tighter than and
    ("not params.model = 'cnn' and experiment = 'cifar'", [2]),
    ("not (params.model = 'cnn' and experiment = 'cifar')", [2, 3, 4]),
    ("not not name = 'base'", [1]),
    ("not name = 'base' or name = 'base'", [1, 2, 3, 4]),
    # chains, and keywords in any case
    ("id = 1 or id = 2 or id = 3", [1, 2, 3]),
    ("id >= 1 and id <= 3 and id != 2", [1, 3]),
    ("id = 1 OR id = 4 AND NOT status = 'failed'", [1, 4]),
    ("((((id = 1))))", [1]),
    ("(id = 1 or (id = 2 and (tags contains 'wide' or id = 3)))", [1, 2]),
])
def test_precedence_is_or_then_and_then_not(read_only_store, where, expected):
    assert ids(read_only_store, where) == expected


def test_a_not_equal_holds_only_where_the_field_exists_and_not_negates_all(store):
    assert ids(store, "params.model != 'cnn'") == [2, 3]
    assert ids(store, "not params.model = 'cnn'") == [2, 3, 4]


def test_where_combines_with_the_list_filters_and_references(store):
    assert ids(store, "metrics.acc > 0.6", experiment="cifar") == [1, 2]
    assert ids(store, "metrics.acc > 0.6", tags=["wide"]) == [2]
    assert ids(store, "metrics.acc > 0.6", statuses=["failed"]) == [3]
    assert find_run_ids(store, "metrics.acc > 0.6", refs=["3", "1", "4"]) == [3, 1]


def test_long_chains_stay_within_sqlite_limits(store):
    many = " or ".join(f"id = {i}" for i in range(200))
    assert ids(store, many) == [1, 2, 3, 4]
    assert ids(store, " and ".join(["id > 0"] * 200)) == [1, 2, 3, 4]


# --- errors point at the column ---------------------------------------------------------------


@pytest.mark.parametrize("where, column, problem", [
    ("params.opt = 'a\0b'", 16, "a NUL character is not allowed"),
    ("params.lr >= and x", 14, "expected a value after '>=', found 'and'"),
    ("params.lr >", 12, "expected a value after '>'"),
    ("(status = 'failed'", 19, "expected ')' to close the '(' at column 1"),
    ("status = 'failed')", 18, "')' without a matching '('"),
    ("name = 'x", 8, "unterminated text: no closing '"),
    ("stauts = 'x'", 1, "unknown field 'stauts'; did you mean 'status'?"),
    ("metric.acc > 1", 1, "unknown field 'metric.acc'; did you mean 'metrics.acc'?"),
    ("git.sha = 'abcd'", 1, "unknown field 'git.sha': git has git.commit, git.branch, git.dirty, git.remote"),
    ("params.lr 0.1", 11, "expected an operator after 'params.lr', found '0.1'"),
    ("params.lr", 10, "expected an operator after 'params.lr'"),
    ("name = base", 8, "expected a value after '=', found 'base' (quote text: 'base')"),
    ("exit_code = 'a'", 13, "exit_code is a number; 'a' is not"),
    ("name = 1", 8, "name holds text: quote the value ('1')"),
    ("tags in ('a', 2)", 15, "tags holds text: quote the value ('2')"),
    ("status = 'failed' name = 'x'", 19, "expected and/or before 'name'"),
    ("tags = 'x'", 6, "tags is a set: write tags contains 'x'"),
    ("params.lr > 1abc", 13, "bad number '1abc' (durations take one unit: s, m, h, d or w)"),
    ("started > 'last week'", 11, "'last week' is not a date"),
    ("started > 7d", 11, "write an age with a minus sign: started > -7d means within the last 7d"),
    ("params. = 1", 8, "expected a name after '.'"),
    ("name = 'a' and", 15, "expected a field name, found the end"),
    ("", 1, "the expression is empty"),
    ("   ", 1, "the expression is empty"),
    ("status = 'finishd'", 10, "unknown status 'finishd'"),
    ("name = null", 8, "compare with null using 'is null' or 'is not null'"),
    ("name is nul", 9, "expected null after 'is'"),
    ("name not = 'x'", 10, "expected in, contains or ~ after 'not'"),
    ("id in 1", 7, "expected '(' after 'in'"),
    ("id in (1 2)", 10, "expected ',' or ')' in the list opened at column 7"),
    ("id in ()", 8, "expected a value after '(', found ')'"),
    ("metrics.acc ~ 'a*'", 13, "'~' does not apply to metrics.acc, which is a number"),
    ("git.dirty > true", 11, "'>' does not apply to git.dirty, which is true or false"),
    ("git.dirty = 'yes'", 13, "git.dirty is true or false"),
    ("git.commit = 'xyz'", 14, "a commit is 4 to 40 hex digits"),
    ("params.flag > true", 15, "'>' does not compare true/false"),
    ("params.lr ~ 3", 13, "'~' matches text: quote the value ('3')"),
    ("params.lr = 5m", 13, "params are compared with numbers, text or true/false, not durations: write 300 for 5m"),
    ("duration > 'long'", 12, "duration is a duration: write seconds or 30s, 5m, 2h, 1d"),
    ("name = `x`", 8, "back quotes quote a name after a dot"),
    ("name = 'x' ; drop", 12, "unexpected character ';'"),
    ("name = 'x' & id = 1", 12, "unexpected character '&'"),
    ("'x' = name", 1, "expected a field name, found the text 'x'"),
    ("params", 7, "expected a name after 'params.'"),
    ("id = 1 and and id = 2", 12, "expected a field name, found 'and'"),
])
def test_errors_name_the_column_and_the_problem(where, column, problem):
    with pytest.raises(QueryError) as caught:
        parse_where(where)
    assert caught.value.column == column
    assert caught.value.message.startswith(f"bad --where at column {column}: {problem}")
    assert caught.value.exit_code == 2


def test_deep_nesting_is_refused_not_a_recursion_error():
    with pytest.raises(QueryError) as caught:
        parse_where("(" * (MAX_DEPTH + 5) + "id = 1" + ")" * (MAX_DEPTH + 5))
    assert "nests deeper than" in caught.value.message
    with pytest.raises(QueryError):
        parse_where("not " * 5000 + "id = 1")
    assert parse_where("(" * MAX_DEPTH + "id = 1" + ")" * MAX_DEPTH)


def test_the_cli_prints_one_error_line_and_a_caret_under_the_column():
    proc = run_expctl("list", "--where", "params.lr >= and x")
    assert proc.returncode == 2
    assert proc.stdout == b""
    assert proc.stderr.decode() == (
        "Error: bad --where at column 14: expected a value after '>=', found 'and'\n"
        "Hint: params.lr >= and x\n"
        "                   ^\n"
    )


def test_a_caret_stays_under_its_column_when_the_text_holds_tabs_and_newlines():
    with pytest.raises(QueryError) as caught:
        parse_where("id = 1 and\n\tname =")
    shown, caret = caught.value.hint.split("\n")
    assert shown == "id = 1 and  name ="
    assert caret.index("^") - len("Hint: ") == len(shown)


# --- --sort and --columns ---------------------------------------------------------------------


@pytest.mark.parametrize("sort, expected", [
    ("metrics.acc:desc", [3, 2, 1, 4]),
    ("metrics.acc", [1, 2, 3, 4]),
    ("metrics.acc.min:asc", [1, 2, 3, 4]),
    ("metrics.acc.count:desc", [1, 3, 2, 4]),
    ("params.lr", [1, 2, 4, 3]),  # numbers before text, as SQLite orders them
    ("params.model:desc", [2, 3, 1, 4]),
    ("name", [1, 4, 2, 3]),  # runs without a value come last, whichever the direction
    ("name:desc", [2, 4, 1, 3]),
    ("experiment:desc,name", [4, 3, 1, 2]),
    ("git.branch,id:desc", [3, 2, 1, 4]),
    ("duration:desc", [2, 1, 3, 4]),
    ("started", [1, 2, 3, 4]),
    ("status,metrics.acc:desc", [3, 2, 1, 4]),
])
def test_sort_orders_by_each_key_with_missing_values_last(store, sort, expected):
    assert find_run_ids(store, None, sort) == expected
    # the index-walking path for a single param or metric key agrees with the general one
    assert find_run_ids(store, None, sort, 3) == expected[:3]


def test_sort_with_a_condition_and_a_limit(store):
    assert find_run_ids(store, "experiment = 'cifar' or status = 'failed'", "metrics.acc:desc", 2) == [3, 2]
    assert find_run_ids(store, "params.model is not null", "params.lr:desc", 2) == [3, 2]


@pytest.mark.parametrize("text, column, problem", [
    ("tags", 1, "runs cannot be sorted by tags"),
    ("metrics.acc:up", 13, "expected asc or desc after ':'"),
    ("metrics.acc,", 13, "expected a field name, found the end"),
    ("", 1, "expected a field name, found the end"),
    ("acc", 1, "unknown field 'acc'"),
    ("metrics.acc desc", 13, "expected ',' before 'desc'"),
])
def test_bad_sort_keys_name_the_column(text, column, problem):
    with pytest.raises(QueryError) as caught:
        parse_sort(text)
    assert caught.value.message.startswith(f"bad --sort at column {column}: {problem}")


def test_columns_parse_as_fields_labelled_as_written():
    fields = parse_columns("id, params.optimizer.lr,metrics.acc.max ,tags,git.commit")
    assert [(f.kind, f.name, f.agg, f.label) for f in fields] == [
        ("run", "id", None, "id"), ("param", "optimizer.lr", None, "params.optimizer.lr"),
        ("metric", "acc", "max", "metrics.acc.max"), ("tags", "tags", None, "tags"),
        ("git", "commit", None, "git.commit")]
    with pytest.raises(QueryError) as caught:
        parse_columns("id,,name")
    assert caught.value.message == "bad --columns at column 4: expected a field name, found ','"


def test_list_with_where_sort_columns_and_ids_through_the_cli(store, engine_url, monkeypatch):
    monkeypatch.setenv("EXPCTL_DB", engine_url)
    runner = CliRunner()
    result = runner.invoke(app, ["list", "--where", "metrics.acc > 0.6", "--sort", "metrics.acc:desc",
                                 "--columns", "id,name,params.lr,metrics.acc,metrics.acc.min,tags,git.commit,git.dirty"])
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "  id  name      params.lr    metrics.acc    metrics.acc.min  tags            git.commit    git.dirty\n"
        "----  ------  -----------  -------------  -----------------  --------------  ------------  -----------\n"
        "   3                 auto           0.95               0.95                  cccccccc      false\n"
        "   2  wide            0.1            0.9                0.9  baseline, wide  bbbbbbbb      true\n"
        "   1  base           0.01            0.7                0.5  baseline        aaaaaaaa      false\n"
    )
    result = runner.invoke(app, ["list", "--where", "experiment = 'mnist'", "--format", "ids"])
    assert (result.exit_code, result.stdout) == (0, "4\n3\n")
    result = runner.invoke(app, ["list", "--where", "id > 99"])
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == "No runs match these filters\n"
    result = runner.invoke(app, ["list", "--sort", "params.lr:desc", "-n", "2", "--format", "ids"])
    assert result.stdout == "3\n4\n"
    result = runner.invoke(app, ["list", "--columns", "id,nope"])
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: bad --columns at column 4: unknown field 'nope'")


# --- injection and arbitrary input ------------------------------------------------------------


_connections: dict = {}


def _connection(url: str):
    """One autocommit connection per PostgreSQL store for the session (snapshots are taken 400
    times by the property test)."""
    import psycopg

    if url not in _connections or _connections[url].closed:
        _connections[url] = psycopg.connect(url, autocommit=True)
    return _connections[url]


def snapshot(url) -> list[str]:
    """Every row of every table, as text (a separate connection: what is stored)."""
    if str(url).startswith("postgresql://"):
        conn = _connection(url)
        tables = [r[0] for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")]
        return [f"{t} {row}" for t in tables
                for row in sorted(map(repr, conn.execute(f"SELECT * FROM {t}")))]
    db = sqlite3.connect(url)
    try:
        return list(db.iterdump())
    finally:
        db.close()


INJECTIONS = [
    "x'; DROP TABLE runs; --",
    "name = 'x'; DROP TABLE runs; --'",
    "name = 'x''; DROP TABLE runs; --'",
    'name = "x\\"; DROP TABLE runs; --"',
    "params.\"lr' OR 1=1 --\" = 1",
    "metrics.`acc\"; DELETE FROM params; --`.max > 0",
    "name = '' OR 1=1",
    "id = 1; DELETE FROM runs",
    "name ~ '*' UNION SELECT 1",
    "status = 'finished' --",
]


@pytest.mark.parametrize("where", INJECTIONS)
def test_injection_attempts_are_syntax_errors_or_plain_values_and_change_nothing(store, engine_url, where):
    before = snapshot(engine_url)
    try:
        matched = find_run_ids(store, where)
    except UsageError:
        matched = None
    assert snapshot(engine_url) == before
    assert matched in (None, [])


def test_an_injection_string_is_an_ordinary_value_that_can_match(store):
    store.rename_run(3, "x'; DROP TABLE runs; --")
    assert find_run_ids(store, "name = 'x''; DROP TABLE runs; --'") == [3]
    assert find_run_ids(store, 'name = "x\'; DROP TABLE runs; --"') == [3]


# SQL literals that the compiler itself writes (type names for the param guard, the space that
# joins argv words); anything else quoted in the SQL would be user text pasted in.
FIXED_LITERALS = {"'int'", "'float'", "'bool'", "'str'", "' '"}
WORDS = ["id", "name", "status", "experiment", "tags", "params.lr", "params.model", "params.flag",
         "metrics.acc", "metrics.acc.max", "metrics.loss.count", "git.branch", "git.commit",
         "git.dirty", "started", "duration", "command", "and", "or", "not", "in", "is", "null",
         "contains", "true", "false", "=", "!=", "<", "<=", ">", ">=", "~", "(", ")", ",", "1",
         "0.5", "-7d", "5m", "'cnn'", "'finished'", "'aaaa'", "\"x\"", "'2023-11-15'",
         "'x''; DROP TABLE runs; --'", "';--", "\"", "`", "'", ".", "-", "*", ";"]


def quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


NUMBERS = st.one_of(st.integers(-10**20, 10**20).map(str),
                    st.floats(allow_nan=False, allow_infinity=False).map(repr))
TEXTS = st.one_of(st.text(max_size=20), st.sampled_from(["x'; DROP TABLE runs; --", "' OR 1=1 --"]))
COMPARISONS = st.one_of(
    st.tuples(st.sampled_from(["params.lr", "params.model", 'params."a b"', "params.x.y"]),
              st.sampled_from(["=", "!=", "<", ">=", "~", "contains"]),
              st.one_of(NUMBERS, TEXTS.map(quoted), st.sampled_from(["true", "false"]))),
    st.tuples(st.sampled_from(["name", "experiment", "command", "host", "git.branch", "tags"]),
              st.sampled_from(["=", "!=", "<", "~", "not ~", "contains", "not contains"]),
              TEXTS.map(quoted)),
    st.tuples(st.sampled_from(["id", "exit_code", "metrics.acc", "metrics.acc.max",
                               "metrics.`val/acc`.count", "duration", "started"]),
              st.sampled_from(["=", "!=", "<", "<=", ">", ">="]),
              st.one_of(NUMBERS, st.sampled_from(["-7d", "5m", "'2023-11-15'"]))),
    st.tuples(st.sampled_from(["status"]), st.sampled_from(["=", "!="]),
              st.sampled_from(["'finished'", "'failed'", "'running'"])),
    st.tuples(st.sampled_from(["name", "params.lr", "metrics.acc", "tags", "git.commit"]),
              st.sampled_from(["is", "is not"]), st.just("null")),
    st.tuples(st.sampled_from(["params.model", "id", "tags"]), st.sampled_from(["in", "not in"]),
              st.lists(st.one_of(NUMBERS, TEXTS.map(quoted)), min_size=1, max_size=4)
              .map(lambda values: "(" + ", ".join(values) + ")")),
).map(" ".join)
EXPRESSIONS = st.recursive(COMPARISONS, lambda inner: st.one_of(
    st.tuples(inner, st.sampled_from(["and", "or", "AND", "Or"]), inner).map(" ".join),
    inner.map(lambda e: f"not {e}"),
    inner.map(lambda e: f"({e})"),
), max_leaves=6)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(st.text(max_size=60),
                      st.lists(st.sampled_from(WORDS), max_size=12).map(" ".join),
                      st.lists(st.sampled_from(WORDS), max_size=12).map("".join),
                      EXPRESSIONS))
def test_any_text_is_an_expctl_error_or_a_parameterised_query_and_the_store_never_changes(
        store, engine_url, text):
    before = snapshot(engine_url)
    try:
        tree = parse_where(text)
    except ExpctlError as exc:
        assert exc.exit_code == 2 and exc.message.startswith("bad --where at column ")
        assert exc.hint.count("\n") == 1
        return
    sql, args = compile_where(tree)
    assert set(re.findall(r"'[^']*'", sql)) <= FIXED_LITERALS, sql
    assert "--" not in sql and ";" not in sql
    assert sql.count("?") == len(args)
    find_run_ids(store, text)  # runs for real: no sqlite error, no traceback
    assert snapshot(engine_url) == before


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=40))
def test_any_sort_or_columns_text_is_an_expctl_error_or_fields(text):
    for parse in (parse_sort, parse_columns):
        try:
            assert parse(text)
        except ExpctlError as exc:
            assert exc.exit_code == 2


def test_an_undecodable_argument_is_an_error_not_a_traceback():
    with pytest.raises(QueryError) as caught:
        parse_where("name = '\udcff'")
    assert caught.value.column == 9
