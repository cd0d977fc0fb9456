"""Command parameters declared without importing Typer.

A command writes `Annotated[Optional[str], Option("--experiment", "-e", help=...)]` exactly as it
would with `typer.Option`; `Option` and `Argument` here only record their arguments. Two readers
use that one declaration:

- `typer_signature` turns each into the real `typer.Option`/`typer.Argument` when the command is
  registered with Typer (`_common.user_errors`), for `--help`, completion and usage errors;
- `expctl.cli.fast` parses the light read commands' words from it without importing Typer, Click
  or Rich (about 50 ms of every start; see expctl/cli/__init__.py).
"""

from __future__ import annotations

from typing import Any


class Param:
    """What a `typer.Option(...)` or `typer.Argument(...)` call would have been given."""

    __slots__ = ("kind", "decls", "kwargs")

    def __init__(self, kind: str, decls: tuple[str, ...], kwargs: dict[str, Any]):
        self.kind, self.decls, self.kwargs = kind, decls, kwargs

    def to_typer(self):
        import typer

        make = typer.Option if self.kind == "option" else typer.Argument
        return make(*self.decls, **self.kwargs)

    def __repr__(self) -> str:
        return f"{self.kind.title()}{self.decls!r}"


def Option(*decls: str, **kwargs: Any) -> Param:
    """An option, declared as for `typer.Option` inside `Annotated` (names first)."""
    return Param("option", decls, kwargs)


def Argument(**kwargs: Any) -> Param:
    """A positional argument, declared as for `typer.Argument` inside `Annotated`."""
    return Param("argument", (), kwargs)


def typer_signature(command):
    """`command`'s signature with each `Param` replaced by the Typer object it stands for."""
    import inspect
    from typing import Annotated, get_args, get_origin

    def convert(annotation):
        if get_origin(annotation) is not Annotated:
            return annotation
        base, *extras = get_args(annotation)
        extras = [x.to_typer() if isinstance(x, Param) else x for x in extras]
        return Annotated[(base, *extras)]

    signature = inspect.signature(command, eval_str=True)
    return signature.replace(parameters=[p.replace(annotation=convert(p.annotation))
                                         for p in signature.parameters.values()])
