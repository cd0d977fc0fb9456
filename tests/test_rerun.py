"""`expctl rerun`: argv edited the way it was written, run in the recorded folder, linked."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from expctl.errors import UsageError
from expctl.record.rerun import check_secrets, edit_argv, parse_sets

from .conftest import run_expctl

# The script prints its arguments and a marker that says which version of it ran.
SCRIPT = "import sys\nprint('version', 1)\nprint('argv', ' '.join(sys.argv[1:]))\n"


@pytest.mark.parametrize("argv, sets, expected", [
    ("python t.py --lr 0.01", "lr=0.02", "python t.py --lr 0.02"),
    ("python t.py --lr=0.01", "lr=0.02", "python t.py --lr=0.02"),
    ("python t.py lr=0.01 +model.depth=3", "model.depth=4", "python t.py lr=0.01 +model.depth=4"),
    ("python t.py --batch-size 8", "batch_size=16", "python t.py --batch-size 16"),
    ("python t.py --lr 0.01", "epochs=3", "python t.py --lr 0.01 --epochs 3"),
    ("python t.py lr=0.01", "epochs=3", "python t.py lr=0.01 epochs=3"),
    ("python t.py --amp --lr 1", "amp=false", "python t.py --no-amp --lr 1"),
    ("python t.py --no-amp", "amp=true", "python t.py --amp"),
    ("python t.py --lr 1 --lr 2", "lr=3", "python t.py --lr 3 --lr 3"),
    ("python t.py --lr 1 -- --lr 5 x", "seed=1", "python t.py --lr 1 --seed 1 -- --lr 5 x"),
    ("python -u t.py --lr 1", "u=1", "python -u t.py --lr 1 --u 1"),  # -u is python's, not a param
    ("torchrun --nproc_per_node 4 t.py --lr 1", "nproc_per_node=8",
     "torchrun --nproc_per_node 4 t.py --lr 1 --nproc_per_node 8"),
])
def test_argv_is_edited_the_way_it_was_written(argv, sets, expected):
    assert edit_argv(argv.split(), parse_sets([sets])) == expected.split()


def test_bad_set_and_hidden_secrets_are_usage_errors():
    with pytest.raises(UsageError, match="--set 'lr' is not NAME=VALUE"):
        parse_sets(["lr"])
    with pytest.raises(UsageError) as caught:
        check_secrets(["python", "t.py", "--api-key", "***", "--lr", "1"], [])
    assert "'--api-key ***'" in caught.value.message and caught.value.hint == \
        "give the value with --set api_key=VALUE"
    check_secrets(edit_argv(["python", "t.py", "--api-key", "***"], [("api_key", "x")]), [])


def git(cwd, *args: str) -> str:
    return subprocess.run(["git", "-C", str(cwd), *args], check=True, capture_output=True,
                          text=True).stdout


@pytest.fixture
def repo(isolated):
    path = isolated / "repo"
    path.mkdir()
    git(path, "init", "-q")
    (path / "sub").mkdir()
    (path / "sub" / "t.py").write_text(SCRIPT)
    git(path, "add", ".")
    git(path, "-c", "user.email=a@b", "-c", "user.name=a", "commit", "-q", "-m", "v1")
    return path


def expctl(*args: str, cwd=None):
    result = run_expctl(*args, cwd=cwd)
    return result.returncode, result.stdout.decode(), result.stderr.decode()


def show(ref: str) -> dict:
    code, out, err = expctl("show", ref, "-f", "json")
    assert code == 0, err
    return json.loads(out)


def test_rerun_runs_in_the_recorded_folder_with_params_changed(repo, isolated):
    code, _, _ = expctl("run", "-q", "-e", "exp", "-p", "seed=1", "--", sys.executable, "t.py",
                        "--lr", "0.01", "opt=adam", cwd=repo / "sub")
    assert code == 0
    parent = show("last")
    code, out, err = expctl("rerun", "last", "--set", "lr=0.02", "--set", "seed=2", "--",
                            "--epochs", "1", cwd=isolated)
    assert code == 0, err
    assert out == "version 1\nargv --lr 0.02 opt=adam --epochs 1\n"
    assert "warning" not in err
    child = show("last")
    assert child["cwd"] == str(repo / "sub") and child["experiment"] == "exp"
    assert child["tags"] == [f"rerun-of:{parent['uuid']}"]
    assert child["params"] == {"lr": 0.02, "opt": "adam", "epochs": 1, "seed": 2}
    assert child["command"][1:] == ["t.py", "--lr", "0.02", "opt=adam", "--epochs", "1"]


def test_exit_code_passes_through(isolated):
    assert expctl("run", "-q", "--", sys.executable, "-c", "import sys; sys.exit(len(sys.argv))",
                  "--k", "1")[0] == 3
    code, _, err = expctl("rerun", "last", "--set", "j=2")
    assert code == 5 and "expctl: run 2 failed (exit 5)" in err


def test_a_changed_work_tree_is_a_warning_and_checkout_runs_the_recorded_code(repo):
    (repo / "sub" / "t.py").write_text(SCRIPT.replace("1)", "2)"))  # dirty at record time
    assert expctl("run", "-q", "--", sys.executable, "t.py", "--lr", "1", cwd=repo / "sub")[0] == 0
    git(repo, "-c", "user.email=a@b", "-c", "user.name=a", "commit", "-q", "-am", "v2")
    (repo / "sub" / "t.py").write_text(SCRIPT.replace("1)", "3)"))

    code, out, err = expctl("rerun", "1")
    assert code == 0 and out.startswith("version 3\n")
    head = git(repo, "rev-parse", "HEAD")[:8]
    recorded = show("1")["git"]["commit"][:8]
    assert err.splitlines()[0] == (
        f"expctl: warning: the code differs from run 1's: HEAD is {head}, the run was made at "
        f"{recorded}; the uncommitted changes differ from the recorded ones (--checkout runs "
        "the recorded code)")

    code, out, err = expctl("rerun", "1", "--checkout", "--set", "lr=5")
    assert code == 0, err
    assert out == "version 2\nargv --lr 5\n"  # the recorded commit plus the recorded patch
    assert "warning" not in err
    assert len(git(repo, "worktree", "list").splitlines()) == 1  # the temporary one is gone
    assert (repo / "sub" / "t.py").read_text() == SCRIPT.replace("1)", "3)")


def test_redacted_secret_is_refused_unless_set(repo):
    assert expctl("run", "-q", "--", sys.executable, "t.py", "--api-key", "s3cr3tvalue",
                  cwd=repo / "sub")[0] == 0
    code, out, err = expctl("rerun", "last")
    assert (code, out) == (2, "")
    assert err == ("Error: the recorded command hid a secret in '--api-key ***'; a rerun cannot "
                   "repeat it\nHint: give the value with --set api_key=VALUE\n")
    code, out, _ = expctl("rerun", "last", "--set", "api-key=other")
    assert code == 0 and out.endswith("argv --api-key other\n")


def test_checkout_without_git_and_unknown_run_are_errors(isolated):
    assert expctl("run", "-q", "--", "true")[0] == 0
    code, _, err = expctl("rerun", "last", "--checkout")
    assert code == 1 and err.startswith("Error: the run recorded no git commit")
    code, _, err = expctl("rerun", "99")
    assert code == 1 and err.startswith("Error: no run matches '99'")
