"""Command parameters declared without importing Typer.

A command writes `Annotated[Optional[str], Option("--experiment", "-e", help=...)]` exactly as it
would with `typer.Option`; `Option` and `Argument` here only record their arguments. Two readers
use that one declaration:

- `typer_signature` turns each into the real `typer.Option`/`typer.Argument` when the command is
  registered with Typer (`_common.user_errors`), for `--help`, completion and usage errors;
- `expctl.cli.fast` parses the light read commands' words from it without importing Typer, Click
  or Rich (about 50 ms of every start; see expctl/cli/__init__.py).

`Annotated` here stands in for `typing.Annotated` at run time: importing `typing` (with the
`contextlib` and `warnings` it pulls in) costs about 3 ms, a third of a bare Python start, on
every light command. The type checker sees `typing.Annotated` itself; `typer_signature` hands
Typer the real thing.
"""

from __future__ import annotations

class Declared:
    """`Annotated[base, extra, ...]` as `typing.Annotated` keeps it, `__origin__` (base) and
    `__metadata__` (the extras), for the two readers above."""

    __slots__ = ("__origin__", "__metadata__")

    def __init__(self, base, metadata: tuple):
        self.__origin__, self.__metadata__ = base, metadata

    def __class_getitem__(cls, params):
        base, *extras = params
        return cls(base, tuple(extras))

    def __repr__(self) -> str:
        return f"Annotated[{self.__origin__!r}, {', '.join(map(repr, self.__metadata__))}]"


TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing `typing` on the fast path
if TYPE_CHECKING:
    from typing import Annotated as Annotated, Any
else:
    Annotated = Declared


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
    import typing

    def convert(annotation):
        if isinstance(annotation, Declared):  # this module's stand-in
            base, extras = annotation.__origin__, list(annotation.__metadata__)
        elif typing.get_origin(annotation) is typing.Annotated:
            base, *extras = typing.get_args(annotation)
        else:
            return annotation
        extras = [x.to_typer() if isinstance(x, Param) else x for x in extras]
        return typing.Annotated[(base, *extras)]

    signature = inspect.signature(command, eval_str=True)
    return signature.replace(parameters=[p.replace(annotation=convert(p.annotation))
                                         for p in signature.parameters.values()])
