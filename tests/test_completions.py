"""The committed completion scripts are what the generator makes from the current app."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from expctl.completion.scripts import render_all

COMPLETIONS = Path(__file__).resolve().parent.parent / "completions"


@pytest.mark.parametrize("name", sorted(render_all()))
def test_completion_script_is_current(name):
    committed = (COMPLETIONS / name).read_text()
    assert committed == render_all()[name], "run: python completions/generate.py"


def test_scripts_name_every_command():
    scripts = render_all()
    for command in ("run", "list", "show", "logs", "metrics", "experiments", "info", "tag", "rm"):
        for text in scripts.values():
            assert command in text


def _bash_complete(line: str) -> list[str]:
    words = line.split(" ")
    script = (
        f"source {COMPLETIONS / 'expctl.bash'}\n"
        f"COMP_WORDS=({' '.join(repr(w) for w in words)}); COMP_CWORD={len(words) - 1}\n"
        "_expctl; printf '%s\\n' \"${COMPREPLY[@]}\"\n"
    )
    out = subprocess.run(["bash", "-c", script], capture_output=True, text=True, check=True)
    return [w for w in out.stdout.splitlines() if w]


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash not installed")
def test_bash_completes_commands_options_and_values():
    assert _bash_complete("expctl li") == ["list"]
    assert "--experiment" in _bash_complete("expctl list --exp")
    assert _bash_complete("expctl show --format j") == ["json"]
    assert "--no-pty" in _bash_complete("expctl run --no")
