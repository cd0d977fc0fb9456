"""Project settings: `[tool.expctl]` in `pyproject.toml`, or `.expctl/config.toml`.

The nearest file from the current folder upwards wins (in one folder, `.expctl/config.toml`
before `pyproject.toml`); a `pyproject.toml` without a `[tool.expctl]` table does not count.
Command-line options win over the file. Only one file is read: settings are not merged across
folders, so what `expctl config` shows is all there is.

`expctl run` reads this on every call, so finding the file costs a few `stat` calls and, for a
`pyproject.toml`, reading its text; the TOML parser is imported only when a file is found.
Finding and reading the file: expctl.paths (`find_config`, `read_config_table`).
"""

from __future__ import annotations

import os

from .models import Record
# Finding and reading the file is paths' job (where the store lives depends on it).
from .paths import PYPROJECT, find_config, read_config_table

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing `typing` on the run path
if TYPE_CHECKING:
    from typing import Any

TABLE_MARK = "[tool.expctl]"

# key -> (kind, default, help). kind "str", "bool" or "list" (a list of strings; a single
# string is accepted as a one-item list).
KEYS: dict[str, tuple[str, object, str]] = {
    "experiment": ("str", None, "experiment for runs without -e"),
    "metric_patterns": ("list", (), "regexes for metrics (as --metric-pattern)"),
    "ignore_metrics": ("list", (), "globs of metric names not to record"),
    "metrics": ("list", (), "globs of the only metric names to record"),
    "capture_env": ("list", (), "extra environment variable prefixes to record"),
    "secret_names": ("list", (), "names or name parts that hold secrets (redacted)"),
    "secret_patterns": ("list", (), "regexes for secret-shaped values (redacted)"),
    "ignore_params": ("list", (), "params not to record"),
    "maximize": ("list", (), "metrics where higher is better"),
    "minimize": ("list", (), "metrics where lower is better"),
    "seed_params": ("list", (), "params that only pick the random seed"),
    "py_hook": ("bool", False, "run Python commands with the start-up hook (as run --py-hook)"),
    "db": ("str", None, "the store: a file (relative to the project's folder) or a postgresql:// "
                        "URL, without its password (--db and EXPCTL_DB win)"),
    "artifact_root": ("str", None, "where a PostgreSQL store's artifact content lives, e.g. a "
                                   "shared folder (EXPCTL_ARTIFACT_ROOT wins)"),
}


class Config(Record):
    """Effective settings: `values` key -> value (every key of KEYS, defaults filled in),
    `sources` key -> where it came from ("default" or the file), `path` the file read (None when
    there is none) and `warnings`: problems found in it (unknown keys, wrong types, bad TOML),
    each naming the key and the file."""

    values: dict[str, Any]
    sources: dict[str, str]
    path: str | None
    warnings: list[str]


def load_config(cwd: str | None = None) -> Config:
    """The effective settings for `cwd` (default: the current folder). Never raises for a bad
    file: its problems are in `warnings` and the defaults stand in."""
    values = {key: default for key, (_, default, _) in KEYS.items()}
    sources = dict.fromkeys(KEYS, "default")
    path = find_config(cwd)
    if path is None:
        return Config(values, sources, None, [])
    table, warnings = read_config_table(path)
    for key, raw in table.items():
        if key not in KEYS:
            warnings.append(f"{path}: unknown key '{key}' in {_where(path)} (known: {', '.join(KEYS)})")
            continue
        value = _coerce(key, raw)
        if value is None:
            warnings.append(f"{path}: '{key}' must be {_kind_text(KEYS[key][0])}; ignored")
            continue
        values[key], sources[key] = value, path
    _drop_bad_patterns(values, path, warnings)
    _warn_goal_conflicts(values, path, warnings)
    return Config(values, sources, path, warnings)


def _drop_bad_patterns(values: dict, path: str, warnings: list[str]) -> None:
    """Keep only the regexes that work, so what `expctl config` shows is what a run uses:
    a metric pattern must compile and name its metric (a `name` group: the config has no
    --metric-name), a secret pattern must compile. Each one dropped is a warning."""
    import re

    if values["metric_patterns"]:
        from .errors import ExpctlError
        from .metrics import MetricParser

        usable = []
        for pattern in values["metric_patterns"]:
            try:
                MetricParser((pattern,))
                usable.append(pattern)
            except ExpctlError as exc:
                warnings.append(f"{path}: metric pattern ignored: {exc.message}")
        values["metric_patterns"] = tuple(usable)
    usable = []
    for pattern in values["secret_patterns"]:
        try:
            re.compile(pattern)
            usable.append(pattern)
        except (re.error, OverflowError, RecursionError) as exc:
            warnings.append(f"{path}: secret pattern ignored: '{pattern}' is not a valid regular "
                            f"expression: {exc}")
    values["secret_patterns"] = tuple(usable)


def _warn_goal_conflicts(values: dict, path: str, warnings: list[str]) -> None:
    from .analyse.direction import conflicts

    for name in conflicts(values):
        warnings.append(f"{path}: '{name}' is under both maximize and minimize; ignored there "
                        f"(its direction is guessed from its name)")


def _where(path: str) -> str:
    return "[tool.expctl]" if os.path.basename(path) == PYPROJECT else "the file"


def _coerce(key: str, raw):
    """The value in its kind, or None when it has the wrong type."""
    kind = KEYS[key][0]
    if kind == "bool":
        return raw if isinstance(raw, bool) else None
    if kind == "str":
        return raw if isinstance(raw, str) and raw else None
    if isinstance(raw, str):
        return (raw,)
    if isinstance(raw, list) and all(isinstance(item, str) for item in raw):
        return tuple(raw)
    return None


def _kind_text(kind: str) -> str:
    return {"str": "a string", "bool": "true or false"}.get(kind, "a list of strings")


def show_value(value) -> str:
    """A setting as `expctl config` prints it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple):
        return ", ".join(value)
    return str(value)
