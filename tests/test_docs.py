"""The README's commands are the ones CI runs."""

from __future__ import annotations

import re
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


def _layout_section() -> str:
    readme = (ROOT / "README.md").read_text()
    start = readme.index("## Layout\n")
    end = readme.find("\n## ", start + 1)
    return readme[start:end if end != -1 else None]


def layout_names(section: str) -> tuple[set[str], set[str]]:
    """(files, package folders) the README's layout section names: backticked `expctl/...`
    paths, and in its tree block the files listed after each folder (`metrics/` then
    `parser.py, rules.py` on the lines that continue it; `pg_*.py` a pattern)."""
    files = set(re.findall(r"`(expctl/[\w/]+\.\w+)`", section))
    folders = set()
    block = section.split("```\n", 1)[1].split("```", 1)[0]
    folder = None
    for line in block.splitlines():
        if not line.startswith(" "):
            folder = line.split()[0]
            folders.add(folder)
            line = line[len(folder):]
        files |= {folder + name for name in re.findall(r"(?<![\w/.-])([\w*]+\.(?:py|c))\b", line)}
    return files, folders


def test_the_readme_layout_names_what_exists_and_every_package():
    files, folders = layout_names(_layout_section())
    assert len(files) > 100
    assert [f for f in sorted(files) if not list(ROOT.glob(f))] == []
    packages = {f"{p.parent.relative_to(ROOT)}/" for p in (ROOT / "expctl").glob("*/__init__.py")}
    assert packages - folders == set()


def test_the_architecture_page_names_what_exists():
    text = (ROOT / "docs" / "architecture.md").read_text()
    named = set(re.findall(r"`((?:[a-z_]+/)+[\w.]+\.py)`", text))
    assert named
    assert [n for n in sorted(named) if not (ROOT / "expctl" / n).exists() and not (ROOT / n).exists()] == []
