"""The Typer application: wiring only. Each command family lives in its own module."""

from __future__ import annotations

import sys

import typer
from typer.core import TyperGroup

from .. import __version__
from . import analyse, browse, manage, reparse, run, stats
from . import transfer as transfer_cmd
from . import rerun as rerun_cmd
from . import artifacts as artifacts_cmd
from . import check as check_cmd
from . import config as config_cmd
from . import plot as plot_cmd

try:  # Typer >= 0.20 vendors Click
    from typer._click.exceptions import ClickException, NoArgsIsHelpError
except ImportError:  # older Typer uses Click itself
    from click.exceptions import ClickException, NoArgsIsHelpError


class _Group(TyperGroup):
    """Usage errors as one `Error:` line plus a hint, instead of Click's usage block."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        try:
            code = super().main(args=args, prog_name=prog_name, complete_var=complete_var,
                                standalone_mode=False, **extra)
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


app = typer.Typer(
    name="expctl",
    cls=_Group,
    help="Record any command's runs (git, params, metrics, resources, logs) and compare them.",
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    pretty_exceptions_show_locals=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Show the version and exit."),
) -> None:
    """expctl: put `expctl run --` in front of any command to record it."""


run.register(app)
browse.register(app)
manage.register(app)
analyse.register(app)
stats.register(app)
reparse.register(app)
check_cmd.register(app)
config_cmd.register(app)
transfer_cmd.register(app)
rerun_cmd.register(app)
artifacts_cmd.register(app)
plot_cmd.register(app)
