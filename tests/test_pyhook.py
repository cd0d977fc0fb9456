"""`expctl run --py-hook`: real Python children record their argparse namespace and Hydra config
as params (source hook), chain the sitecustomize they would have run, and behave and print
exactly as without the hook."""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import textwrap

import pytest

from expctl.pyhook import HOOK_DIR

from .conftest import run_expctl

PY = sys.executable

TRAIN = """\
import argparse, sys
parser = argparse.ArgumentParser()
parser.add_argument("--lr", type=float, default=0.01)
parser.add_argument("--epochs", type=int, default=3)
parser.add_argument("--layers", type=int, nargs="+", default=[64, 32])
parser.add_argument("--out", type=argparse.FileType("w"), default="-")
parser.add_argument("--name", default=None)
parser.add_argument("--amp", action="store_true")
parser.add_argument("--api-key", default="sk-live-0123456789abcdefghij")
sub = argparse.ArgumentParser()  # a parser for other words than the command line: not recorded
sub.add_argument("--inner", default=5)
sub.parse_args([])
args = parser.parse_args()
print(f"lr={args.lr}", flush=True)
print("to stderr", file=sys.stderr)
if args.epochs == 0:
    raise SystemExit("no epochs")
"""


def params_of(ref: str = "last") -> dict:
    doc = json.loads(run_expctl("show", ref, "-f", "json").stdout)
    return {name: (value, doc["param_sources"][name]) for name, value in doc["params"].items()}


@pytest.fixture
def train(tmp_path):
    (tmp_path / "train.py").write_text(TRAIN)
    return tmp_path


def plain_run(argv, **kwargs):
    import subprocess

    return subprocess.run(argv, capture_output=True, **kwargs)


def test_the_namespace_with_its_defaults_becomes_params_and_argv_still_wins(train):
    proc = run_expctl("run", "--py-hook", "--", PY, "train.py", "--lr", "0.5", "--amp")
    assert proc.returncode == 0, proc.stderr
    assert params_of() == {
        "amp": (True, "argv"), "api_key": ("***", "hook"), "epochs": (3, "hook"),
        "layers": ("[64, 32]", "hook"), "lr": (0.5, "argv"), "out": ("<stdout>", "hook")}
    doc = json.loads(run_expctl("show", "last", "-f", "json").stdout)
    assert doc["params_overridden"] == {
        "amp": [{"source": "hook", "value": True, "conflict": False}],
        "lr": [{"source": "hook", "value": 0.5, "conflict": False}]}
    assert doc["param_origins"] == [{"source": "hook", "origin": "argparse", "count": 6, "problem": None}]
    # The secret default is stored nowhere: not in the side channel's raw stream either.
    db = sqlite3.connect(os.environ["EXPCTL_DB"])
    stored = b"".join(bytes(row[0]) for row in db.execute("SELECT data FROM logs"))
    db.close()
    assert b"sk-live-0123456789abcdefghij" not in stored


@pytest.mark.parametrize("args", [["--lr", "0.5"], ["--epochs", "0"], ["--lr", "oops"], ["--help"]])
def test_the_hooked_child_prints_and_exits_exactly_as_without_the_hook(train, args):
    bare = plain_run([PY, "train.py", *args])
    hooked = run_expctl("run", "--py-hook", "--no-pty", "--", PY, "train.py", *args)
    assert hooked.returncode == bare.returncode
    assert hooked.stdout == bare.stdout
    assert hooked.stderr.decode().rsplit("expctl: run", 1)[0] == bare.stderr.decode()


def test_without_the_hook_nothing_is_recorded_and_the_environment_is_untouched(train, monkeypatch):
    monkeypatch.setenv("PYTHONPATH", "/somewhere")
    show_path = "import os, sys; print(os.environ['PYTHONPATH'], any('pyhook' in p for p in sys.path))"
    proc = run_expctl("run", "--", PY, "-c", show_path)
    assert proc.stdout == b"/somewhere False\n"
    proc = run_expctl("run", "--py-hook", "--", PY, "-c", show_path)
    # Python processes the program starts are hooked too; its own sys.path is as without expctl.
    assert proc.stdout == f"{HOOK_DIR}{os.pathsep}/somewhere False\n".encode()
    assert run_expctl("run", "--", PY, "train.py").returncode == 0
    assert params_of() == {}


def test_the_project_config_turns_the_hook_on_and_the_option_off(train):
    (train / ".expctl").mkdir()
    (train / ".expctl" / "config.toml").write_text("py_hook = true\n")
    assert run_expctl("run", "--", PY, "train.py").returncode == 0
    assert params_of()["epochs"] == (3, "hook")
    assert run_expctl("run", "--no-py-hook", "--", PY, "train.py").returncode == 0
    assert params_of() == {}
    (train / ".expctl" / "config.toml").write_text("py_hook = 'yes'\n")
    proc = run_expctl("run", "--", PY, "train.py")
    assert b"'py_hook' must be true or false; ignored" in proc.stderr
    assert params_of() == {}


def test_the_sitecustomize_the_hook_hides_still_runs_and_its_errors_read_as_before(train, monkeypatch):
    own = train / "own"
    own.mkdir()
    (own / "sitecustomize.py").write_text(textwrap.dedent("""\
        import sys
        sys.stderr.write("own sitecustomize ran\\n")
        sys.own_site = True
        """))
    child = [PY, "-c", "import sys, sitecustomize; print(sys.own_site, sitecustomize.__file__)"]
    monkeypatch.setenv("PYTHONPATH", str(own))
    bare = plain_run(child)
    assert bare.stdout == f"True {own / 'sitecustomize.py'}\n".encode()
    hooked = run_expctl("run", "--py-hook", "-q", "--", *child)
    # expctl is a Python program too: it runs the user's sitecustomize itself, once, before
    # the child does (the same without --py-hook).
    assert hooked.stderr.startswith(b"own sitecustomize ran\n")
    # Two pipes: which stream's bytes arrive first is not fixed, so each is compared alone.
    assert run_expctl("logs", "last", "--stdout").stdout == bare.stdout
    assert run_expctl("logs", "last", "--stderr").stdout == bare.stderr
    (own / "sitecustomize.py").write_text("raise ValueError('broken on purpose')\n")
    bare = plain_run([PY, "train.py"])
    hooked = run_expctl("run", "--py-hook", "--no-pty", "--", PY, "train.py")
    assert bare.stderr.startswith(b"Error in sitecustomize; set PYTHONVERBOSE for traceback:\n"
                                  b"ValueError: broken on purpose\n")
    assert hooked.stdout == bare.stdout
    assert run_expctl("logs", "last", "--stderr").stdout == bare.stderr
    assert params_of()["epochs"] == (3, "hook")  # the hook still works


def test_a_report_that_only_looks_like_the_hooks_is_not_taken_from_another_source(tmp_path):
    fake = ("import os; f = open(os.environ['EXPCTL_METRICS_FILE'], 'a');"
            "f.write('{\"source\": \"argv\", \"origin\": \"x\", \"params\": {\"lr\": 9}}\\n');"
            "f.write('{\"source\": \"hook\", \"origin\": \"mine\", \"params\": {\"a\": {\"b\": 1}}}\\n')")
    assert run_expctl("run", "--", PY, "-c", fake).returncode == 0
    assert params_of() == {"a.b": (1, "hook")}


HYDRA_APP = """\
import hydra
from omegaconf import DictConfig

@hydra.main(version_base=None, config_path="conf", config_name="config")
def main(cfg: DictConfig) -> None:
    print(f"depth={cfg.model.depth} width={cfg.model.width}")
    if cfg.seed == 99:
        raise RuntimeError("bad seed")

if __name__ == "__main__":
    main()
"""


@pytest.fixture
def hydra_app(tmp_path):
    pytest.importorskip("hydra", reason="hydra-core is in the test extra; not installed here")
    (tmp_path / "conf").mkdir()
    (tmp_path / "conf" / "config.yaml").write_text(
        "seed: 1\nmodel:\n  depth: 18\n  width: ${model.depth}\nrequired: ???\n")
    (tmp_path / "app.py").write_text(HYDRA_APP)
    return tmp_path


def test_the_resolved_hydra_config_is_recorded_and_hydras_own_flags_are_not(hydra_app):
    proc = run_expctl("run", "--py-hook", "--", PY, "app.py", "model.depth=34")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == b"depth=34 width=34\n"
    assert params_of() == {"model.depth": (34, "argv"), "model.width": (34, "hook"),
                           "seed": (1, "hook")}
    origins = json.loads(run_expctl("show", "last", "-f", "json").stdout)["param_origins"]
    assert [(o["source"], o["origin"]) for o in origins if o["source"] == "hook"] == [("hook", "hydra")]


def test_a_failing_hydra_task_reports_its_error_exactly_as_without_the_hook(hydra_app):
    bare = plain_run([PY, "app.py", "seed=99"])
    hooked = run_expctl("run", "--py-hook", "--no-pty", "--", PY, "app.py", "seed=99")
    assert bare.returncode == hooked.returncode == 1
    assert b"RuntimeError: bad seed" in bare.stderr
    assert hooked.stdout == bare.stdout
    assert hooked.stderr.decode().rsplit("expctl: run", 1)[0] == bare.stderr.decode()
