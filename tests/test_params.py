"""argv -> typed params: forms, launchers, typing, secrets, overrides, and never crashing."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from expctl.capture.params import apply_overrides, parse_params, parse_value, program_args
from expctl.errors import UsageError
from expctl.models import Param


def values(argv: list[str]) -> dict[str, object]:
    """name -> typed value, the shape most tests care about."""
    return {name: p.value for name, p in parse_params(argv).items()}


def script(*args: str) -> list[str]:
    return ["python", "train.py", *args]


# --- typing --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("128", 128), ("-3", -3), ("+5", 5), ("0", 0), ("-0", 0),
        ("0.01", 0.01), ("1e-3", 0.001), ("1E3", 1000.0), (".5", 0.5), ("2.", 2.0),
        ("-1.5e+2", -150.0),
        ("true", True), ("false", False), ("True", True), ("FALSE", False),
        # Deliberately left as text:
        ("yes", "yes"), ("no", "no"), ("1_000", "1_000"), ("007", "007"), ("0x10", "0x10"),
        ("inf", "inf"), ("-inf", "-inf"), ("nan", "nan"), ("1e999", "1e999"), ("", ""),
        (" 1", " 1"), ("1 ", "1 "), ("١٢", "١٢"), ("9" * 30, "9" * 30),
        (str(2**63), str(2**63)), ("bert-base", "bert-base"), ("[1,2]", "[1,2]"),
    ],
)
def test_parse_value(text, expected):
    result = parse_value(text)
    assert result == expected
    assert type(result) is type(expected)


def test_int64_bounds_are_ints():
    assert parse_value(str(2**63 - 1)) == 2**63 - 1
    assert parse_value(str(-(2**63))) == -(2**63)


# --- forms ---------------------------------------------------------------------------------------


def test_flag_forms():
    argv = script("--lr", "0.01", "--epochs=3", "-b", "128", "--batch-size", "64", "--name=")
    assert values(argv) == {"lr": 0.01, "epochs": 3, "b": 128, "batch_size": 64, "name": ""}


def test_text_is_what_was_written():
    params = parse_params(script("--lr", "1e-3", "--flag", "--no-cuda", "x=007"))
    assert params == {
        "lr": Param("lr", 0.001, "1e-3"),
        "flag": Param("flag", True, "true"),
        "cuda": Param("cuda", False, "false"),
        "x": Param("x", "007", "007"),
    }


def test_valueless_flags():
    argv = script("--verbose", "--fp16", "--lr", "1", "--debug")
    assert values(argv) == {"verbose": True, "fp16": True, "lr": 1, "debug": True}


@pytest.mark.parametrize(
    "args, expected",
    [
        (["--no-cuda"], {"cuda": False}),
        (["--no_cuda"], {"cuda": False}),
        (["--no-cuda", "--lr", "1"], {"cuda": False, "lr": 1}),
        (["--no-cuda", "1"], {"no_cuda": 1}),
        (["--no"], {"no": True}),
        (["--no-"], {"no_": True}),
        (["--nothing"], {"nothing": True}),
    ],
)
def test_negated_flags(args, expected):
    assert values(script(*args)) == expected


@pytest.mark.parametrize(
    "args, expected",
    [
        (["--shift", "-1"], {"shift": -1}),
        (["--shift", "-0.5"], {"shift": -0.5}),
        (["--eps", "-1e-3"], {"eps": -0.001}),
        (["--low", "-inf"], {"low": "-inf"}),
        (["--input", "-"], {"input": "-"}),
        (["--a", "--b", "2"], {"a": True, "b": 2}),
        (["--a", "-b"], {"a": True, "b": True}),
    ],
)
def test_values_that_start_with_a_dash(args, expected):
    assert values(script(*args)) == expected


def test_hydra_overrides():
    argv = script("lr=0.1", "+extra=1", "++forced=true", "optimizer.lr=3e-4", "db/engine=pg",
                  "~dropped", "~gone=1", "empty=", "list=[1,2]")
    assert values(argv) == {
        "lr": 0.1, "extra": 1, "forced": True, "optimizer.lr": 0.0003, "db/engine": "pg",
        "empty": "", "list": "[1,2]",
    }


def test_override_after_a_flag_is_not_its_value():
    assert values(script("--multirun", "lr=1,2")) == {"multirun": True, "lr": "1,2"}


def test_positionals_are_not_params():
    argv = script("data/train.csv", "--lr", "1", "out_dir", "/tmp/x=1", "http://h?a=b")
    assert values(argv) == {"lr": 1}


def test_double_dash_ends_flags_but_not_overrides():
    argv = script("--lr", "1", "--", "--epochs", "3", "depth=4", "-v")
    assert values(argv) == {"lr": 1, "depth": 4}


def test_second_double_dash_is_positional():
    assert values(script("--", "--", "a=1")) == {"a": 1}


def test_repeated_name_last_wins_but_keeps_first_position():
    params = parse_params(script("--lr", "1", "--bs", "2", "--lr", "3", "lr=4", "--lr=5"))
    assert list(params) == ["lr", "bs"]
    assert params["lr"].value == 5


def test_names_are_normalised():
    argv = script("--batch-size", "1", "-Go-Style", "2", "+model.hidden-dim=3", "---x", "4")
    assert values(argv) == {"batch_size": 1, "Go_Style": 2, "model.hidden_dim": 3, "x": 4}


def test_short_cluster_is_one_name():
    assert values(script("-abc", "-v")) == {"abc": True, "v": True}


def test_empty_names_are_dropped():
    assert values(script("--=3", "-=", "--", "=x")) == {}


def test_multi_value_flag_keeps_first_value():
    assert values(script("--layers", "1", "2", "3")) == {"layers": 1}


# --- launchers -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv, expected",
    [
        (["python", "train.py", "--lr", "1"], ["--lr", "1"]),
        (["python3.11", "-u", "-W", "ignore", "train.py", "--lr", "1"], ["--lr", "1"]),
        (["/usr/bin/python3", "-uB", "-X", "dev", "train.py", "a=1"], ["a=1"]),
        (["python", "-m", "pkg.train", "--lr", "1"], ["--lr", "1"]),
        (["python", "-c", "print(1)", "--lr", "1"], ["--lr", "1"]),
        (["C:\\Py\\python.exe", "train.py", "--lr", "1"], ["--lr", "1"]),
        (["py", "-3.11", "train.py", "--lr", "1"], ["--lr", "1"]),
        (["python"], []),
        (["python", "-u"], []),
        (["python", "-m"], []),
        (["uv", "run", "python", "train.py", "--lr", "1"], ["--lr", "1"]),
        (["uv", "run", "--with", "numpy", "--frozen", "train.py", "--lr", "1"], ["--lr", "1"]),
        (["uv", "run", "--", "python", "-m", "pkg", "x=1"], ["x=1"]),
        (["uv", "pip", "install", "x"], ["pip", "install", "x"]),
        (["poetry", "run", "python", "train.py", "--lr", "1"], ["--lr", "1"]),
        (["conda", "run", "-n", "env", "python", "t.py", "--lr", "1"], ["--lr", "1"]),
        (["torchrun", "--standalone", "--nproc_per_node", "4", "train.py", "--lr", "1"],
         ["--lr", "1"]),
        (["torchrun", "--nnodes=2", "-m", "pkg.train", "--lr", "1"], ["--lr", "1"]),
        (["python", "-m", "torch.distributed.run", "--nproc_per_node", "2", "t.py", "--lr", "1"],
         ["--lr", "1"]),
        (["accelerate", "launch", "--multi_gpu", "--num_processes", "2", "t.py", "--lr", "1"],
         ["--lr", "1"]),
        (["accelerate", "launch", "--mixed_precision", "fp16", "t.py", "--lr", "1"], ["--lr", "1"]),
        (["accelerate", "config"], ["config"]),
        (["deepspeed", "--num_gpus", "2", "t.py", "--lr", "1"], ["--lr", "1"]),
        (["bash", "-x", "run.sh", "--lr", "1"], ["--lr", "1"]),
        (["Rscript", "fit.R", "--lr", "1"], ["--lr", "1"]),
        (["env", "-i", "CUDA_VISIBLE_DEVICES=0", "python", "t.py", "--lr", "1"], ["--lr", "1"]),
        (["./train", "--lr", "1"], ["--lr", "1"]),
        ([], []),
    ],
)
def test_program_args(argv, expected):
    assert program_args(argv) == expected


def test_interpreter_options_are_not_params():
    assert values(["python", "-u", "-O", "train.py", "--lr", "1"]) == {"lr": 1}


# --- secrets -------------------------------------------------------------------------------------


def test_secret_params_are_hidden():
    token = "ghp_" + "aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dE3fG5"
    argv = script("--api-key", "k1", "--password=p", "db.password=q", "--gh", token,
                  "--db", "postgres://u:pw@h/db", "--token", "--lr", "1", "--auth-token", "a=b")
    params = parse_params(argv)
    assert params == {
        "api_key": Param("api_key", "***", "***"),
        "password": Param("password", "***", "***"),
        "db.password": Param("db.password", "***", "***"),
        "gh": Param("gh", "***", "***"),
        "db": Param("db", "postgres://***@h/db", "postgres://***@h/db"),
        "token": Param("token", True, "true"),
        "lr": Param("lr", 1, "1"),
        "auth_token": Param("auth_token", "***", "***"),
    }


def test_look_alike_names_are_not_hidden():
    argv = script("--max-tokens", "5", "--tokenizer", "bert", "max_new_tokens=64", "--author", "a")
    assert values(argv) == {
        "max_tokens": 5, "tokenizer": "bert", "max_new_tokens": 64, "author": "a",
    }


# --- --param overrides ---------------------------------------------------------------------------


def test_apply_overrides():
    params = parse_params(script("--lr", "1", "--batch-size", "2"))
    merged = apply_overrides(params, ["lr=0.5", "batch-size=8", "note=a=b", "empty=", "api_key=s"])
    assert merged == {
        "lr": Param("lr", 0.5, "0.5", "explicit"),
        "batch_size": Param("batch_size", 8, "8", "explicit"),
        "note": Param("note", "a=b", "a=b", "explicit"),
        "empty": Param("empty", "", "", "explicit"),
        "api_key": Param("api_key", "***", "***", "explicit"),
    }
    assert params["lr"] == Param("lr", 1, "1")


def test_apply_overrides_of_nothing_is_a_copy():
    params = {"lr": Param("lr", 1, "1")}
    merged = apply_overrides(params, [])
    assert merged == params and merged is not params


@pytest.mark.parametrize("spec", ["lr", "=1", " =1", ""])
def test_apply_overrides_rejects_bad_specs(spec):
    with pytest.raises(UsageError) as info:
        apply_overrides({}, [spec])
    assert info.value.message == f"--param {spec!r} is not NAME=VALUE"
    assert info.value.hint == "For example: --param lr=0.01"


# --- properties ----------------------------------------------------------------------------------

_LAUNCHER_WORDS = st.sampled_from(
    ["python", "-m", "-c", "uv", "run", "torchrun", "accelerate", "launch", "env", "--", "-",
     "bash", "conda", "-n", "train.py", "--lr", "-1", "a=1", "~x", "+", "--no-", "="]
)


@given(st.lists(st.one_of(st.text(), _LAUNCHER_WORDS)))
def test_parse_params_never_raises(argv):
    params = parse_params(argv)
    for name, param in params.items():
        assert name and param.name == name and param.source == "argv"
        assert isinstance(param.value, (int, float, bool, str))


@given(st.integers(min_value=-(2**63), max_value=2**63 - 1))
def test_ints_round_trip(n):
    assert parse_value(str(n)) == n and type(parse_value(str(n))) is int


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_floats_round_trip(x):
    result = parse_value(repr(x))
    assert type(result) is float and result == x and math.copysign(1, result) == math.copysign(1, x)


@given(st.booleans())
def test_bools_round_trip(b):
    assert parse_value(str(b)) is b


@given(st.text())
def test_text_is_kept_or_typed_consistently(text):
    result = parse_value(text)
    if isinstance(result, str):
        assert result == text
    else:
        assert parse_value(str(result) if isinstance(result, bool) else repr(result)) == result


@given(st.from_regex(r"--[a-z]{1,8}", fullmatch=True), st.text())
def test_flag_value_text_reads_back(flag, text):
    params = parse_params(script(f"{flag}={text}"))
    for param in params.values():
        if param.text != "***" and "://" not in text:
            assert param.text == text and parse_value(param.text) == param.value
