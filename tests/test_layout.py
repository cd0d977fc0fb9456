"""The direction of imports is the one documented in docs/architecture.md: this test reads the
tables there ("Who may import whom", and the libraries table after it) and checks every import
statement of expctl/, at module level or inside a function, against them."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "expctl"
DOC = ROOT / "docs" / "architecture.md"

ANYTHING = "(anything)"
NOTHING = "(nothing)"
FOUNDATION = "(only each other)"


def _table_rows(text: str, heading: str) -> list[list[str]]:
    """The cells of the first Markdown table after `heading` (header and rule rows left out)."""
    after = text.split(heading, 1)[1]
    rows = []
    for line in after.splitlines():
        if line.startswith("|"):
            rows.append([cell.strip() for cell in line.strip().strip("|").split("|")])
        elif rows:
            break
    # less the header row and the rule under it
    return [row for row in rows if not set("".join(row)) <= set("-: ") and row[0] not in ("unit", "library")]


def _names(cell: str) -> list[str]:
    return re.findall(r"`([^`]+)`", cell)


def load_rules(text: str) -> tuple[dict[str, list[str] | str], set[str], dict[str, list[str]]]:
    """(unit -> allowed names, or ANYTHING / NOTHING), the foundation's units, and
    (library -> units that may import it), as the document states them."""
    allowed: dict[str, list[str] | str] = {}
    foundation: set[str] = set()
    for unit_cell, _, may in _table_rows(text, "## Who may import whom"):
        for unit in _names(unit_cell):
            if may == FOUNDATION:
                foundation.add(unit)
            allowed[unit] = may if may in (ANYTHING, NOTHING) else _names(may)
    libraries = {}
    for library_cell, where in _table_rows(text, "| library | only in |"):
        for library in _names(library_cell):
            libraries[library] = _names(where)
    return allowed, foundation, libraries


def module_name(path: Path) -> str:
    """`expctl/analyse/stats.py` -> `analyse.stats`; the package itself is `expctl`."""
    parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts) or "expctl"


def _is_module(dotted: str) -> bool:
    base = PACKAGE.joinpath(*dotted.split(".")) if dotted != "expctl" else PACKAGE
    return base.with_suffix(".py").exists() or (base / "__init__.py").exists()


def imports_of(path: Path) -> list[tuple[int, str]]:
    """(line, target) for every import in the file: expctl modules as `analyse.stats` (the root
    package as `expctl`), anything else by its top-level name (`rich`)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = ["expctl"] + ([p for p in package.split(".") if p] if package != "expctl" else [])
                base = base[:len(base) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            for alias in node.names:  # `from . import stats` imports a module
                found.append((node.lineno, f"{module}.{alias.name}" if module.startswith("expctl") and
                              _is_module(_short(f"{module}.{alias.name}")) else module))
    out = []
    for line, target in dict.fromkeys(found):  # `from x import a, b` once
        if target == "expctl" or target.startswith("expctl."):
            out.append((line, _short(target)))
        else:
            out.append((line, target.split(".")[0]))
    return out


def _short(target: str) -> str:
    return target[len("expctl."):] if target.startswith("expctl.") else target


def _within(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def unit_of(module: str, units) -> str | None:
    """The most specific unit naming `module`."""
    matches = [u for u in units if _within(module, u)]
    return max(matches, key=len) if matches else None


def violations(rules, files: list[Path]) -> list[str]:
    allowed, foundation, libraries = rules
    problems = []
    for path in files:
        module = module_name(path)
        unit = unit_of(module, allowed)
        if unit is None:
            problems.append(f"{module}: in no row of the table")
            continue
        may = allowed[unit]
        own = module.split(".")[0]
        for line, target in imports_of(path):
            where = f"{path.relative_to(ROOT)}:{line} imports {target}"
            if not _is_module(target.split(".")[0]) and target != "expctl":
                owners = libraries.get(target)
                if owners is not None and not any(_within(module, o) for o in owners):
                    problems.append(f"{where}: only {', '.join(owners)} may")
                continue
            if may == NOTHING:
                problems.append(f"{where}: {unit} imports nothing of expctl")
            elif may == ANYTHING or target == "expctl" or _within(target, own):
                continue
            elif unit_of(target, foundation) or any(_within(target, a) for a in may):
                continue
            else:
                problems.append(f"{where}: {unit} may import only {', '.join(may) or 'the foundation'}")
    return problems


RULES = load_rules(DOC.read_text(encoding="utf-8"))
FILES = sorted(PACKAGE.rglob("*.py"))


def test_every_import_follows_the_documented_direction():
    assert violations(RULES, FILES) == []


@pytest.mark.parametrize("module, source", [
    ("store.sqlite", "from ..render.output import emit_table\n"),       # storage never renders
    ("store.rows", "def f():\n    from ..cli.app import app\n"),         # lazy imports count too
    ("analyse.compare", "from ..store import open_store\n"),              # analyses do no I/O
    ("metrics.parser", "import expctl.store.sqlite\n"),                   # metrics never store
    ("render.runs", "from expctl.cli import main\n"),                     # only entry points use cli
    ("store.interface", "import rich.table\n"),                           # rich only in render
    ("capture.git", "from . import env\nfrom ..plot import figure\n"),   # own package ok, plot not
])
def test_an_import_against_the_direction_is_caught(module, source, monkeypatch):
    """The same check, given one offending file: it must find exactly that import."""
    path = PACKAGE.joinpath(*module.split(".")).with_suffix(".py")
    monkeypatch.setattr(Path, "read_text", lambda self, encoding=None: source)
    problems = violations(RULES, [path])
    assert len(problems) == 1, problems
    assert str(path.relative_to(ROOT)) in problems[0]


def test_the_rules_come_from_the_document(monkeypatch):
    """Change the document and the rules change: with a row letting `store` import `render`,
    the import that fails above passes."""
    text = DOC.read_text(encoding="utf-8")
    row = next(line for line in text.splitlines() if line.startswith("| `store` |"))
    loosened = text.replace(row, row.rstrip(" |") + ", `render` |")
    path = PACKAGE / "store" / "rows.py"
    monkeypatch.setattr(Path, "read_text", lambda self, encoding=None: "from ..render import output\n")
    assert violations(load_rules(loosened), [path]) == []
    assert len(violations(RULES, [path])) == 1


# --- sizes (issue 16): no module over 500 lines, no function over 60 --------------------------

MAX_MODULE_LINES = 500
MAX_FUNCTION_LINES = 60  # from the `def` line to the body's last line; decorators not counted


def module_lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def long_functions(path: Path, limit: int = MAX_FUNCTION_LINES) -> list[str]:
    """`path:line name (N lines)` for every function or method (nested ones too) over `limit`."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            if length > limit:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name} ({length} lines)")
    return found


def test_no_module_over_500_lines():
    assert [f"{p.relative_to(ROOT)} ({module_lines(p)} lines)" for p in FILES
            if module_lines(p) > MAX_MODULE_LINES] == []


def test_no_function_over_60_lines():
    assert [found for path in FILES for found in long_functions(path)] == []


def test_the_size_checks_catch_what_they_look_for(tmp_path, monkeypatch):
    """A 61-line function (a nested one too) and a 501-line module are found; 60 and 500 pass."""
    body = "".join(f"    x{i} = {i}\n" for i in range(59))
    source = (f"def fits():\n{body}\n"
              f"def outer():\n    def too_long():\n{body.replace('    ', '        ')}        pass\n")
    path = PACKAGE / "sizes_probe.py"
    monkeypatch.setattr(Path, "read_text", lambda self, encoding=None: source)
    assert [f.split(" ", 1)[1] for f in long_functions(path)] == ["outer (62 lines)", "too_long (61 lines)"]
    monkeypatch.setattr(Path, "read_text", lambda self, encoding=None: "pass\n" * 501)
    assert module_lines(path) == 501 > MAX_MODULE_LINES
    monkeypatch.setattr(Path, "read_text", lambda self, encoding=None: "pass\n" * 500)
    assert module_lines(path) == MAX_MODULE_LINES
