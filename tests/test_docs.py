"""The README's commands are the ones CI runs."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_ci_runs_exactly_the_readme_test_command():
    ci_lines = (ROOT / ".ci" / "run").read_text().splitlines()
    command = next(line for line in ci_lines if "pytest" in line)
    readme = (ROOT / "README.md").read_text()
    assert f"```sh\n{command}\n```" in readme


def test_readme_example_runs_the_bundled_example():
    readme = (ROOT / "README.md").read_text()
    head = readme[: readme.index("## A tour")]
    assert "pip install ." in head and "expctl run -- python examples/train.py" in head
    assert (ROOT / "examples" / "train.py").exists()
