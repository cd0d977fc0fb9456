"""`expctl config`: the effective project settings and where each came from."""

from __future__ import annotations

import sys

import typer

from ._common import user_errors


def register(app: typer.Typer) -> None:
    app.command("config", help="Show the project settings in effect ([tool.expctl] in "
                               "pyproject.toml or .expctl/config.toml) and where each came from.")(
        user_errors(config))


def config() -> None:
    from ..config import KEYS, load_config, show_value

    settings = load_config()
    for message in settings.warnings:
        sys.stderr.write(f"expctl: warning: {message}\n")
    lines = [f"config file: {settings.path or 'none (defaults only)'}"]
    width = max(map(len, KEYS))
    for key in KEYS:
        source = settings.sources[key]
        value = show_value(settings.values[key]) if source != "default" else "(default)"
        lines.append(f"{key:<{width}}  {value}" + (f"    from {source}" if source != "default" else ""))
    sys.stdout.write("\n".join(lines) + "\n")
