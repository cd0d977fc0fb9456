"""The light read commands without Typer: parse their words, call the command, exit.

Typer, with the Click it vendors, costs about 50 ms of imports before a command does anything:
several times a bare Python start, for a `list` that needs a few milliseconds of SQLite. The
commands below declare their parameters with `expctl.cli.options` (`Option`, `Argument`, read
here and by Typer alike), so this module reads the same declarations from the command's own
signature and parses the words as Click would. Anything it does not handle exactly as Click
does (`--help`, a word that is not an option of the command, a value that does not convert, a
missing argument, a declaration it does not know) is left to Typer, which prints its usual help
or one-line error; tests/test_fast_cli.py holds both parsers to the same results and output.
"""

from __future__ import annotations

import os
import sys
import types

# Command -> (module under expctl.cli, function); a test checks each is what Typer registers.
COMMANDS: dict[str, tuple[str, str]] = {
    "list": ("browse", "list_runs"), "ls": ("browse", "list_runs"), "show": ("browse", "show"),
    "logs": ("browse", "logs"), "metrics": ("browse", "metrics"),
    "experiments": ("browse", "experiments"), "info": ("browse", "info"),
    "compare": ("analyse", "compare"), "diff": ("analyse", "diff"),
    "ttest": ("stats", "ttest"), "groups": ("stats", "groups"),
    "importance": ("stats", "importance"), "count": ("stats", "count"),
}
HELP = ("-h", "--help")  # the app's help_option_names
# Declaration keywords that change only the help text; any other (envvar, callback, min ...)
# would change parsing, so a command that uses one is left to Typer.
HELP_ONLY = {"help", "show_default", "metavar", "hidden", "rich_help_panel"}
REQUIRED = object()


class ToTyper(Exception):
    """These words need Typer: help, a usage error to report, or a declaration not read here."""


class Spec:
    """One parameter of a command, as Click sees it."""

    __slots__ = ("name", "kind", "on", "off", "flag", "multiple", "convert", "default")

    def __init__(self, name, kind, on, off, flag, multiple, convert, default):
        self.name, self.kind, self.on, self.off = name, kind, on, off
        self.flag, self.multiple, self.convert, self.default = flag, multiple, convert, default


def main(argv: list[str]) -> None:
    """Run `expctl ARGV` (ARGV[0] in COMMANDS) and exit; return when Typer must run it instead."""
    if "_EXPCTL_COMPLETE" in os.environ:  # Click's own shell completion protocol
        return
    command = load_command(argv[0])
    try:
        kwargs = parse_words(command_specs(command), argv[1:])
    except ToTyper:
        return
    sys.exit(invoke(command, kwargs))


def load_command(name: str):
    module, function = COMMANDS[name]
    __import__(f"{__package__}.{module}")  # importlib.import_module would load importlib (and warnings)
    return getattr(sys.modules[f"{__package__}.{module}"], function)


def invoke(command, kwargs: dict) -> int:
    """Call the command as the Typer app would (expctl.cli.app: _Group.main and user_errors);
    return the exit status the app would exit with."""
    from ._common import call_guarded, _silence_stdout

    try:
        code, result = call_guarded(command, **kwargs)
    except KeyboardInterrupt:
        return 130
    except EOFError:
        sys.stderr.write("\nAborted.\n")
        return 1
    except OSError as exc:
        if exc.errno != 32:  # EPIPE on a stream other than the one call_guarded handles
            raise
        _silence_stdout()
        return 1
    if code is not None:
        return code
    return result if isinstance(result, int) else 0


def command_specs(command) -> list[Spec]:
    """The parameters of `command`, from its `Option`/`Argument` declarations."""
    from .options import Declared, Param

    code = command.__code__
    names = code.co_varnames[:code.co_argcount]
    defaults = command.__defaults__ or ()
    specs = []
    for i, name in enumerate(names):
        annotation = command.__annotations__.get(name)
        if isinstance(annotation, str):  # `from __future__ import annotations`: source text
            annotation = (command.__globals__[annotation] if annotation.isidentifier()  # DbOption
                          else eval(annotation, command.__globals__))
        if not isinstance(annotation, Declared):  # expctl.cli.options' Annotated, not typing's
            raise ToTyper(name)
        declared = [x for x in annotation.__metadata__ if isinstance(x, Param)]
        if len(declared) != 1 or set(declared[0].kwargs) - HELP_ONLY:
            raise ToTyper(name)
        at = i - (len(names) - len(defaults))
        specs.append(_spec(name, declared[0], annotation.__origin__,
                           defaults[at] if at >= 0 else REQUIRED))
    return specs


def _spec(name: str, declared, base, default) -> Spec:
    # Read without `typing`: `X | None` is a types.UnionType, `list[X]` a types.GenericAlias
    # (typing's Optional/List would have imported typing: left to Typer).
    if isinstance(base, types.UnionType):
        inner = [arg for arg in base.__args__ if arg is not type(None)]
        if len(inner) != 1:
            raise ToTyper(name)
        base = inner[0]
    multiple = isinstance(base, types.GenericAlias) and base.__origin__ is list
    if multiple:
        base = base.__args__[0]
    flag = base is bool
    if base not in (str, int, float, bool) or (flag and (multiple or declared.kind != "option")):
        raise ToTyper(name)
    on, off = (), ()
    if declared.kind == "option":
        on, off = _option_names(name, declared.decls, flag)
    return Spec(name, declared.kind, on, off, flag, multiple, base, default)


def _option_names(name: str, decls: tuple[str, ...], flag: bool):
    """The words that set the option, and (a boolean's `--x/--no-x`) those that clear it."""
    if not decls:
        dashed = "--" + name.replace("_", "-")
        return ((dashed,), ("--no-" + dashed[2:],)) if flag else ((dashed,), ())
    on, off = [], []
    for decl in decls:
        first, slash, second = decl.partition("/")
        on.append(first.strip())
        if slash:
            off.append(second.strip())
    return tuple(on), tuple(off)


def parse_words(specs: list[Spec], words: list[str]) -> dict:
    """The keyword arguments Typer would call the command with for `words`; ToTyper when Typer
    would print help or an error instead."""
    names = {}
    for spec in specs:
        names.update({word: (spec, True) for word in spec.on})
        names.update({word: (spec, False) for word in spec.off})
    given: dict[str, list] = {}
    positional: list[str] = []
    i = 0
    while i < len(words):
        word, i = words[i], i + 1
        if word == "--":
            positional += words[i:]
            break
        if word in HELP:
            raise ToTyper(word)
        if word[:1] != "-" or len(word) == 1:
            positional.append(word)
        elif word.startswith("--"):
            name, eq, value = word.partition("=")
            i = _take(names, name, value if eq else None, words, i, given)
        else:
            i = _take_short(names, word, words, i, given)
    kwargs = _options(specs, given)
    kwargs.update(_arguments([s for s in specs if s.kind == "argument"], positional))
    return {spec.name: kwargs[spec.name] for spec in specs}


def _take(names: dict, name: str, inline: str | None, words: list[str], i: int, given) -> int:
    """Record option `name` (its value `inline`, or the next word); the index after it."""
    if name not in names:
        raise ToTyper(name)
    spec, on = names[name]
    if spec.flag:
        if inline is not None:
            raise ToTyper(name)  # Click: "does not take a value"
        # Click: a lone flag whose default is True turns it off
        given.setdefault(spec.name, []).append(on if spec.off or spec.default is not True else False)
        return i
    if inline is None:
        if i >= len(words):
            raise ToTyper(name)  # Click: "requires an argument"
        inline, i = words[i], i + 1
    given.setdefault(spec.name, []).append(_convert(spec, inline))
    return i


def _take_short(names: dict, word: str, words: list[str], i: int, given) -> int:
    """`-x`, `-xVALUE`, or flags run together (`-qa`), read as Click reads them."""
    for at in range(1, len(word)):
        name = "-" + word[at]
        if name not in names:
            raise ToTyper(name)
        spec, _ = names[name]
        rest = word[at + 1:]
        if not spec.flag:
            return _take(names, name, rest or None, words, i, given)
        _take(names, name, None, words, i, given)
    return i


def _convert(spec: Spec, text: str):
    try:
        return spec.convert(text)
    except ValueError:
        raise ToTyper(spec.name) from None  # Click: "is not a valid integer/float"


def _options(specs: list[Spec], given: dict) -> dict:
    values = {}
    for spec in specs:
        if spec.kind != "option":
            continue
        seen = given.get(spec.name)
        if spec.multiple:  # Typer: a list, or the default None when none was given
            values[spec.name] = list(seen) if seen else (
                None if spec.default is None else list(spec.default))
        elif seen:
            values[spec.name] = seen[-1]
        elif spec.default is REQUIRED:
            raise ToTyper(spec.name)
        else:
            values[spec.name] = spec.default
    return values


def _arguments(specs: list[Spec], words: list[str]) -> dict:
    """Positional words to arguments in order; a list argument takes all that are left."""
    values = {}
    for n, spec in enumerate(specs):
        if spec.multiple:
            if n != len(specs) - 1:
                raise ToTyper(spec.name)
            taken, words = words, []
            values[spec.name] = [_convert(spec, w) for w in taken] if taken else (
                None if spec.default in (None, REQUIRED) else list(spec.default))
            if not taken and spec.default is REQUIRED:
                raise ToTyper(spec.name)
        elif words:
            values[spec.name], words = _convert(spec, words[0]), words[1:]
        elif spec.default is REQUIRED:
            raise ToTyper(spec.name)  # Click: "Missing argument"
        else:
            values[spec.name] = spec.default
    if words:
        raise ToTyper(words[0])  # Click: "Got unexpected extra argument"
    return values
