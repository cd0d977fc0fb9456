"""The Typer application: wiring only. Each command family lives in its own module.

Typer builds a Click command for every registered function (signature inspection, type hints)
each time the program starts, so a command runs with only its own family registered
(`app_for`); `--help`, the bare program and anything unknown get the full `app`.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

import typer
from typer.core import TyperGroup

from .. import __version__

# Typer >= 0.20 vendors Click (pyproject.toml asks for 0.26 or newer)
from typer._click.exceptions import ClickException, NoArgsIsHelpError


class _Group(TyperGroup):
    """Usage errors as one `Error:` line plus a hint, instead of Click's usage block."""

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True,
             windows_expand_args: bool = True, **extra: Any) -> Any:
        try:
            code = super().main(args=args, prog_name=prog_name, complete_var=complete_var,
                                standalone_mode=False, windows_expand_args=windows_expand_args,
                                **extra)
        except NoArgsIsHelpError as exc:
            exc.show()  # `expctl` alone, or a group without a command: the help, exit 2
            code = exc.exit_code
        except ClickException as exc:
            ctx = getattr(exc, "ctx", None)
            where = ctx.command_path if ctx else "expctl"
            sys.stderr.write(f"Error: {exc.format_message()}\nHint: see '{where} --help'\n")
            code = exc.exit_code
        except typer.Abort:
            sys.stderr.write("Aborted.\n")
            code = 1
        if not standalone_mode:
            return code
        sys.exit(code if isinstance(code, int) else 0)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"expctl {__version__}")
        raise typer.Exit()


# Each module under expctl/cli that registers commands, and the commands it registers
# (tests/test_startup.py checks this against the full app).
FAMILIES: dict[str, tuple[str, ...]] = {
    "run": ("run",),
    "browse": ("list", "ls", "show", "logs", "metrics", "experiments", "info"),
    "manage": ("tag", "untag", "rename", "note", "rm", "gc", "scrub"),
    "analyse": ("compare", "diff"),
    "stats": ("ttest", "groups", "importance", "count"),
    "reparse": ("reparse",),
    "check": ("check",),
    "config": ("config",),
    "transfer": ("export", "import", "sync", "push", "pull"),
    "rerun": ("rerun",),
    "artifacts": ("artifacts",),
    "plot": ("plot", "report", "watch"),
}
_FAMILY_OF = {command: family for family, commands in FAMILIES.items() for command in commands}


def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Show the version and exit."),
) -> None:
    """expctl: put `expctl run --` in front of any command to record it."""


def make_app(families=tuple(FAMILIES)) -> typer.Typer:
    """A Typer app with the commands of `families` registered."""
    from importlib import import_module

    new = typer.Typer(
        name="expctl",
        cls=_Group,
        help="Record any command's runs (git, params, metrics, resources, logs) and compare them.",
        no_args_is_help=True,
        rich_markup_mode=None,
        pretty_exceptions_enable=False,
        pretty_exceptions_show_locals=False,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    new.callback()(_root)
    for family in families:
        import_module(f"{__package__}.{family}").register(new)
    return new


def app_for(argv: list[str]) -> typer.Typer:
    """The app to run `expctl ARGV`: only the command's own family when it names a known one."""
    family = _FAMILY_OF.get(argv[0]) if argv else None
    return make_app((family,)) if family else make_app()


def __getattr__(name: str):
    if name == "app":  # `from expctl.cli.app import app`: the full app, built on first use
        globals()["app"] = full = make_app()
        return full
    raise AttributeError(name)
