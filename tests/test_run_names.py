"""A run name that reads as a reference is refused, by `run --name` (both option parsers) and by
`rename`, through one rule (expctl.query.refs.check_run_name)."""

from __future__ import annotations

import pytest

from expctl.errors import UsageError
from expctl.query.refs import check_run_name

from .conftest import py, run_expctl

REFUSED = {
    "1": "a run id", "0042": "a run id", "last": "the newest run",
    "last~2": "a run counted back from the newest", "-": "standard input",
    "a..b": "a range of runs", "12..": "a range of runs", "cafe": "a uuid prefix",
    "DEADBEEF": "a uuid prefix", "9117b458-06c8-4dc2": "a uuid prefix",
}


@pytest.mark.parametrize("name, reading", sorted(REFUSED.items()))
def test_names_that_read_as_references_are_refused(name, reading):
    with pytest.raises(UsageError) as caught:
        check_run_name(f" {name} ")
    assert caught.value.message == f"the run name '{name}' would read as {reading}"


@pytest.mark.parametrize("name", ["lenet-1", "run 12", "lastly", "caf", "café", "beefy", "1e-3x", "v1.2"])
def test_ordinary_names_pass_stripped(name):
    assert check_run_name(f"  {name}\n") == name


def test_empty_names_are_refused():
    for name in ("", "   "):
        with pytest.raises(UsageError, match="cannot be empty"):
            check_run_name(name)


@pytest.mark.parametrize("name", ["1", "last", "cafe", "a..b"])
def test_run_and_rename_refuse_them_the_same_way(isolated, name):
    marker = isolated / "ran"
    child = py(f"open({str(marker)!r}, 'w').close()")
    for option in (["-n", name], [f"--name={name}"]):
        refused = run_expctl("run", *option, "--", *child)
        assert refused.returncode == 2 and not marker.exists(), "the command must not run"
        assert refused.stderr.decode().startswith(f"Error: the run name '{name}' would read as ")
    assert run_expctl("run", "-q", "-n", "good-name", "--", *child).returncode == 0
    renamed = run_expctl("rename", "good-name", name)
    assert renamed.returncode == 2
    assert renamed.stderr.decode().startswith(f"Error: the run name '{name}' would read as ")
    assert run_expctl("show", "good-name").returncode == 0
