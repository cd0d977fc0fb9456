"""Dynamic completion: `expctl __complete` and each shell's real completion entry point."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import copy_store, run_expctl

COMPLETIONS = Path(__file__).resolve().parent.parent / "completions"
BIN = str(Path(sys.executable).parent)


@pytest.fixture(scope="module")
def recorded(tmp_path_factory):
    """Three runs (lenet-1, lenet-2, resnet), recorded once for the module."""
    home = tmp_path_factory.mktemp("completion")
    env = {**os.environ, "EXPCTL_DB": str(home / "store.db"), "HOME": str(home)}
    for name in ("lenet-1", "lenet-2", "resnet"):
        out = run_expctl("run", "-q", "-n", name, "--", sys.executable, "-c",
                         "print('acc: 0.5 val_loss: 1.0')", "--lr", "0.1", "--batch-size", "8",
                         env=env, cwd=home)
        assert out.returncode == 0
    return home / "store.db"


@pytest.fixture
def store(recorded, db_path):
    """A copy of the recorded store as this test's store."""
    copy_store(recorded, db_path)


def _env() -> dict:
    env = dict(os.environ)
    env["PATH"] = BIN + os.pathsep + env["PATH"]  # the `expctl` the scripts call is this one
    return env


def test_complete_entry_prints_candidates(store):
    assert run_expctl("__complete", "runs", "len").stdout.decode().split() == ["lenet-1", "lenet-2"]
    assert run_expctl("__complete", "runs", "").stdout.decode().split() == [
        "last", "3", "2", "1", "lenet-1", "lenet-2", "resnet"]
    metrics = run_expctl("__complete", "metrics", "").stdout.decode().split()
    assert [m for m in metrics if not m.startswith("sys/")] == ["acc", "val_loss"]
    assert run_expctl("__complete", "metrics", "metrics.v").stdout.decode().split() == ["metrics.val_loss"]
    assert run_expctl("__complete", "params", "b").stdout.decode().split() == ["batch_size"]


def test_complete_entry_is_silent_without_store_or_kind(tmp_path):
    for args in (("runs", ""), ("bogus", "x"), ()):
        out = run_expctl("__complete", *args)
        assert (out.returncode, out.stdout, out.stderr) == (0, b"", b"")
    assert not (tmp_path / "store.db").exists()  # completion never creates a store


def test_complete_entry_imports_no_typer(store):
    # main() leaves with os._exit: check what it imported by printing sys.modules before that
    probe = ("import sys, os\n_exit = os._exit\n"
             "def check(code):\n    sys.stdout.write('HEAVY' if {'typer', 'rich', 'click'} & set(sys.modules) else 'LEAN')\n"
             "    sys.stdout.flush(); _exit(code)\nos._exit = check\nfrom expctl.cli import main\nmain(['__complete', 'runs', 'x'])\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert out.stdout.endswith("LEAN"), out.stdout + out.stderr


def _bash(line: str, words: list[str] | None = None) -> list[str]:
    """COMPREPLY for `line` (words split at spaces) or for `words` as bash split them (an open
    quote keeps its text, spaces included, in one word)."""
    words = words or line.split(" ")
    script = (f"source {COMPLETIONS / 'expctl.bash'}\n"
              f"COMP_WORDS=({' '.join(repr(w) for w in words)}); COMP_CWORD={len(words) - 1}\n"
              "_expctl; printf '%s\\n' \"${COMPREPLY[@]}\"\n")
    out = subprocess.run(["bash", "-c", script], capture_output=True, text=True, check=True, env=_env())
    return [w for w in out.stdout.splitlines() if w]


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash not installed")
def test_bash_completes_run_names_metrics_and_where(store):
    assert _bash("expctl show len") == ["lenet-1", "lenet-2"]
    assert _bash("expctl diff lenet-1 res") == ["resnet"]
    assert _bash("expctl metrics lenet-1 val") == ["val_loss"]
    assert _bash("expctl check --metric a") == ["acc"]
    assert _bash("expctl logs --tail 5 la") == ["last"]  # an option's value is not a position
    assert _bash("expctl list --where params.b") == ["params.batch_size"]
    assert _bash("expctl tag lenet-1 x") == []  # a tag is not a run


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash not installed")
def test_bash_completes_ttest_by_with_params_and_count_by_with_intervals(store):
    assert _bash("expctl ttest --by b") == ["batch_size"]
    assert _bash("expctl ttest acc --by params.") == ["params.batch_size", "params.lr"]
    assert _bash("expctl count --by w") == ["week"]
    assert _bash("expctl ttest acc --test m") == ["mannwhitney"]


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash not installed")
def test_bash_completes_where_fields_inside_quotes(store):
    """Readline completes the text after an open quote: candidates are that text, completed."""
    head = ["expctl", "list", "--where"]
    assert _bash("", head + ['"params.b']) == ["params.batch_size"]
    assert _bash("", head + ["'metrics.v"]) == ["metrics.val_loss"]
    assert _bash("", head + ['"params.lr > 0.01 and (metrics.a']) == [
        "params.lr > 0.01 and (metrics.acc"]
    assert _bash("", head + ['"params.lr > 0.01 and name']) == []  # not a field being typed
    assert _bash("", ["expctl", "ttest", "acc", "-w", '"params.l']) == ["params.lr"]


@pytest.mark.skipif(shutil.which("fish") is None, reason="fish not installed")
def test_fish_completes_run_names(store):
    script = (f"source {COMPLETIONS / 'expctl.fish'}; complete -C 'expctl show len'; echo ---; "
              "complete -C 'expctl metrics lenet-1 v'")
    out = subprocess.run(["fish", "--no-config", "-c", script], capture_output=True, text=True, env=_env())
    first, second = out.stdout.split("---\n")
    assert first.split() == ["lenet-1", "lenet-2"]
    assert second.split() == ["val_loss"]


@pytest.mark.skipif(shutil.which("fish") is None, reason="fish not installed")
def test_fish_completes_where_fields_in_quotes_and_ttest_by_params(store):
    lines = ["expctl list --where \"params.ba", "expctl list -w 'params.lr > 0.1 and (metrics.val_l",
             "expctl ttest acc --by batch_", "expctl count --by we"]
    script = f"source {COMPLETIONS / 'expctl.fish'}; " + "; echo ---; ".join(
        f"complete -C {shlex.quote(line)}" for line in lines)
    out = subprocess.run(["fish", "--no-config", "-c", script], capture_output=True, text=True, env=_env())
    found = [[row.split("\t")[0] for row in part.splitlines()] for part in out.stdout.split("---\n")]
    assert found == [["params.batch_size"], ["params.lr > 0.1 and (metrics.val_loss"],
                     ["batch_size"], ["week"]], out.stdout + out.stderr


def _argv(*args):
    from .conftest import expctl_argv

    return expctl_argv(*args)


ZSH_DRIVER = r"""
zmodload zsh/zpty
zpty -b z zsh -f -i
zpty -w z "PS1='> '; fpath=($COMPLETIONS \$fpath); autoload -Uz compinit; compinit -u -D"
zpty -w -n z $'expctl show lenet-u\t\C-a print -r -- ${:-RES}ULT: \C-e\n'
zpty -r z out '*RESULT: *'$'\n'
print -r -- "$out" | tr -d '\r' | grep -a '^RESULT: ' | tail -1
zpty -d z
"""


@pytest.mark.skipif(shutil.which("zsh") is None, reason="zsh not installed")
def test_zsh_completes_a_run_name_through_compsys(tmp_path, monkeypatch):
    assert run_expctl("run", "-q", "-n", "lenet-uniq", "--", "true").returncode == 0
    driver = tmp_path / "driver.zsh"
    driver.write_text(ZSH_DRIVER)
    env = dict(os.environ, COMPLETIONS=str(COMPLETIONS),
               PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    done = subprocess.run(["zsh", "-f", str(driver)], capture_output=True, text=True,
                          timeout=60, env=env)
    assert done.stdout.strip() == "RESULT: expctl show lenet-uniq", done.stdout + done.stderr


ZSH_LINE_DRIVER = ZSH_DRIVER.replace("$'expctl show lenet-u\\t", "$LINE$'\\t")


@pytest.mark.skipif(shutil.which("zsh") is None, reason="zsh not installed")
@pytest.mark.parametrize("line, result", [
    # The driver prints the completed line as words: the quote zsh closed is gone.
    ("expctl list --where \"params.ba", "expctl list --where params.batch_size"),
    ("expctl list -w 'params.lr > 0.1 and (metrics.val_l", "expctl list -w params.lr > 0.1 and (metrics.val_loss"),
    ("expctl ttest acc --by batch_", "expctl ttest acc --by batch_size"),
    ("expctl count --by we", "expctl count --by week"),
])
def test_zsh_completes_where_fields_in_quotes_and_ttest_by_params(store, tmp_path, line, result):
    driver = tmp_path / "driver.zsh"
    driver.write_text(ZSH_LINE_DRIVER)
    env = dict(_env(), COMPLETIONS=str(COMPLETIONS), LINE=line)
    done = subprocess.run(["zsh", "-f", str(driver)], capture_output=True, text=True, timeout=60, env=env)
    assert done.stdout.strip() == f"RESULT: {result}", done.stdout + done.stderr


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash not installed")
def test_install_completion_installs_typers_completion_that_works(tmp_path):
    home = tmp_path / "home-install"
    home.mkdir()
    # Typer detects the shell from the process's ancestors, and the suite may run with no shell
    # among them: its own test switch makes --install-completion take the shell named instead.
    env = dict(os.environ, HOME=str(home), SHELL="/bin/bash",
               PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
               _TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION="1")
    installed = run_expctl("--install-completion", "bash", env=env)
    assert installed.returncode == 0, installed.stderr
    script = next((home / ".bash_completions").glob("expctl*"))
    probe = (f"source {script}\nCOMP_WORDS=(expctl li); COMP_CWORD=1\n"
             "_expctl_completion expctl; printf '%s\\n' \"${COMPREPLY[@]}\"\n")
    done = subprocess.run(["bash", "-c", probe], capture_output=True, text=True, env=env, timeout=60)
    assert "list" in done.stdout.split(), done.stdout + done.stderr
