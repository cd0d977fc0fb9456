"""Turn a command line into typed parameters, with no help from the program being run.

`parse_params(["python", "train.py", "--lr", "0.01", "model.depth=4"])` gives
`{"lr": 0.01, "model.depth": 4}`. We never see the program's argparse/Hydra definitions, so the
rules are conventions, chosen to be predictable rather than clever:

* Launchers are peeled off first (`_LAUNCHERS`): `python [opts] script.py`, `python -m pkg`,
  `uv run …`, `torchrun [opts] script.py`, `accelerate launch …`, `bash script.sh`, … Only the
  arguments after the script/module are the program's.
* `--name value`, `--name=value`, `-n value` and Go-style `-name value`: a flag takes the next
  token as its value unless that token is a flag, `--`, or a Hydra override (`--multirun lr=1`
  means multirun=True, lr=1). Exception: a secret-named flag takes even an override-shaped token,
  so the secret cannot leak out as a separate parameter.
* A flag without a value is True; `--no-name` / `--no_name` without a value is name=False.
* A single-dash cluster `-abc` is one flag named `abc` (we cannot know it means -a -b -c).
* Tokens like `-1`, `-0.5`, `-1e-3`, `-inf` are values (`--shift -1`), never flags.
* Hydra overrides `key=value`, `+key=value`, `++key=value`, `a.b.c=value` are parameters; `~key`
  deletions are ignored. Other positional arguments are not parameters.
* After `--`, flags are no longer parsed (they are positional), but overrides still count:
  Hydra reads them as positionals anyway.
* A name repeated later wins (`--lr 1 --lr 2` gives lr=2), as with argparse's default `store`.
  Multi-value flags (`--layers 1 2 3`) keep only their first value.
* Names lose their leading dashes/`+` and `-` becomes `_` (`--batch-size` -> `batch_size`), so
  the same parameter written both ways is one parameter. Dots are kept (`optimizer.lr`).

Secret values (by name or by shape, see `redact`) are stored as `***`; URL credentials inside a
value are removed.
"""

from __future__ import annotations

import math

from expctl.capture.argv import is_flag_token, split_override
from expctl.capture.redact import REDACTED, is_secret_name, looks_like_secret_value, redact_url
from expctl.errors import UsageError
from expctl.lazyre import DOTALL, LazyPattern
from expctl.models import Param, ParamValue, Record

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing `typing` on the run path
if TYPE_CHECKING:
    from collections.abc import Sequence

# --- typing values ------------------------------------------------------------------------------

# ASCII digits only: `\d` would accept e.g. Arabic-Indic digits, which int() happily converts.
# Leading zeros (`007`, `0042`) stay text: they are usually ids or zero-padded names, and
# int() would drop the zeros.
_INT_RE = LazyPattern(r"[+-]?(?:0|[1-9][0-9]*)")
# Requires a `.` or an exponent; `inf`/`nan` are deliberately not floats (a typo-prone surprise,
# and NaN never equals itself in queries); `1_000` is not a number (Python-only syntax).
_FLOAT_RE = LazyPattern(r"[+-]?(?:[0-9]+\.[0-9]*|\.[0-9]+|[0-9]+(?=[eE]))(?:[eE][+-]?[0-9]+)?")
# SQLite stores integers in 64 bits; a bigger one would fail at insert time.
_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1


def parse_value(text: str) -> ParamValue:
    """Type a value written on a command line; anything ambiguous stays `str`.

    * `true`/`false`, any case -> bool (not yes/no/on/off/1/0, which are too often not flags);
    * `128`, `-3`, `+5` -> int, unless it has leading zeros or does not fit in 64 bits;
    * `0.01`, `1e-3`, `.5`, `2.` -> float, unless it overflows to infinity;
    * everything else, including `inf`, `nan`, `1_000`, `0x10`, "" -> the text unchanged.

    Round trip: for every int n in range, float x finite and bool b,
    `parse_value(str(n)) == n`, `parse_value(repr(x)) == x`, `parse_value(str(b)) is b`.
    """
    lowered = text.lower()
    if lowered in ("true", "false"):
        return lowered == "true"
    if _INT_RE.fullmatch(text):
        return _parse_int(text)
    if _FLOAT_RE.fullmatch(text):
        number = float(text)
        return number if math.isfinite(number) else text
    return text


def _parse_int(text: str) -> int | str:
    """`int(text)` if it fits SQLite's 64-bit INTEGER, else `text`."""
    if len(text) > 25:  # far beyond 64 bits; also stays clear of Python's int-digits limit
        return text
    number = int(text)
    return number if _INT64_MIN <= number <= _INT64_MAX else text


def make_param(name: str, text: str, source: str = "argv") -> Param:
    """A `Param` for `name` written as `text`, with secrets hidden.

    Secret (by name or by value shape): value and text are both `***` (an empty value stays
    empty: nothing to hide). A value holding a URL with credentials is stored as the redacted
    text, typed `str`. Otherwise `value = parse_value(text)` and `text` is kept verbatim.
    """
    if text and (is_secret_name(name) or looks_like_secret_value(text)):
        return Param(name, REDACTED, REDACTED, source)
    safe = redact_url(text)
    if safe != text:
        return Param(name, safe, safe, source)
    return Param(name, parse_value(text), text, source)


def _make_switch(name: str, on: bool) -> Param:
    """A flag given without a value; `text` is what `parse_value` reads back as `on`."""
    return Param(name, on, "true" if on else "false")


def normalize_name(raw: str) -> str:
    """`--batch-size` -> `batch_size`, `++db.pool-size` -> `db.pool_size`; "" if nothing is left."""
    return raw.lstrip("-+").replace("-", "_")


# --- launchers ----------------------------------------------------------------------------------


class _Launcher(Record):
    """How to find where a launcher's own arguments end and the launched program's begin.

    The scan skips the launcher's options (and the `subcommand` word, if any, which must be the
    first positional) and stops at the first other positional: the script, or with `nested`
    the next command, which may itself be a launcher (`uv run python train.py`).

    - subcommand: `run` in `uv run`; without it the shape is unknown
    - nested: what follows the options is a command, not a script path
    - opts_take_values: an unknown option consumes the next token (torchrun style)
    - value_opts: options that always consume the next token; flag_opts: never
    - module_opts: the next token is a module (`python -m pkg`); code_opts: inline code (`-c`)
    - skip_assignments: `NAME=value` before the command sets a variable (`env`)
    """

    subcommand: str | None = None
    nested: bool = False
    opts_take_values: bool = False
    value_opts: frozenset[str] = frozenset()
    flag_opts: frozenset[str] = frozenset()
    module_opts: frozenset[str] = frozenset()
    code_opts: frozenset[str] = frozenset()
    skip_assignments: bool = False


_PYTHON = _Launcher(
    value_opts=frozenset({"-W", "-X", "--check-hash-based-pycs"}),
    module_opts=frozenset({"-m"}),
    code_opts=frozenset({"-c"}),
)
_SHELL = _Launcher(value_opts=frozenset({"-o", "+o", "-O", "+O"}), code_opts=frozenset({"-c"}))
_TORCHRUN = _Launcher(
    opts_take_values=True,
    flag_opts=frozenset({"--standalone", "--no_python", "--no-python", "-m", "--module",
                         "--run_path", "--run-path"}),
)
_ACCELERATE = _Launcher(
    opts_take_values=True,
    flag_opts=frozenset({"--cpu", "--multi_gpu", "--tpu", "--use_deepspeed", "--use_fsdp",
                         "-m", "--module", "--no_python", "-q", "--quiet", "--debug"}),
)


def _runner(subcommand: str, flags: str, values: str = "") -> _Launcher:
    """A `tool run [opts] command …` launcher (uv, poetry, pipenv, pdm, conda)."""
    return _Launcher(
        subcommand=subcommand, nested=True, opts_take_values=True,
        flag_opts=frozenset(flags.split()), value_opts=frozenset(values.split()),
    )


_COMMON_RUN_FLAGS = "-q -v -vv -vvv --quiet --verbose --offline --no-cache"

# Keys are lower-case program names (see `_program_key`) or module names reached via `python -m`.
_LAUNCHERS: dict[str, _Launcher] = {
    "python": _PYTHON,
    "bash": _SHELL,
    "sh": _SHELL,
    "zsh": _SHELL,
    "rscript": _Launcher(code_opts=frozenset({"-e"})),
    "env": _Launcher(
        nested=True, skip_assignments=True, value_opts=frozenset({"-u", "--unset", "-C"})
    ),
    "uv": _runner(
        "run",
        _COMMON_RUN_FLAGS + " --frozen --locked --isolated --no-sync --no-project --no-dev"
        " --all-extras --active --no-editable --exact",
    ),
    "poetry": _runner(
        "run", _COMMON_RUN_FLAGS + " -n --no-interaction --ansi --no-ansi --no-plugins"
    ),
    "pipenv": _runner("run", _COMMON_RUN_FLAGS),
    "pdm": _runner("run", _COMMON_RUN_FLAGS + " -g --global"),
    "conda": _runner(
        "run", _COMMON_RUN_FLAGS + " --no-capture-output --live-stream", "-n --name -p --prefix"
    ),
    "torchrun": _TORCHRUN,
    "torch.distributed.run": _TORCHRUN,
    "torch.distributed.launch": _TORCHRUN,
    "deepspeed": _TORCHRUN,
    "accelerate": _Launcher(
        subcommand="launch", opts_take_values=True, flag_opts=_ACCELERATE.flag_opts
    ),
    "accelerate.commands.launch": _ACCELERATE,
}

# `python3`, `python3.11`, `pythonw`, `pypy3`, Windows' `py`: all the same interpreter to us.
_PYTHON_NAME_RE = LazyPattern(r"(?:python|pypy)[0-9.]*w?|py")
# A launcher option never swallows something that is plainly the script.
_SCRIPT_SUFFIXES = (".py", ".sh", ".r", ".jl", ".js")
_ASSIGNMENT_RE = LazyPattern(r"[A-Za-z_][A-Za-z0-9_]*=.*", DOTALL)


def _program_key(program: str) -> str:
    """The `_LAUNCHERS` key for a program path: `/usr/bin/python3.11` -> `python`."""
    base = program.replace("\\", "/").rpartition("/")[2].lower()
    base = base.removesuffix(".exe")
    # Every Python name starts with `py`: other programs never compile the pattern.
    return "python" if base.startswith("py") and _PYTHON_NAME_RE.fullmatch(base) else base


def program_args(argv: Sequence[str]) -> list[str]:
    """The arguments that belong to the program launched by `argv`, launchers removed.

    `python -u train.py --lr 1` -> [--lr, 1]; `uv run python -m pkg.train x=1` -> [x=1];
    `torchrun --nproc_per_node 4 train.py --lr 1` -> [--lr, 1]. Unknown programs keep all of
    `argv[1:]`; a launcher used in an unknown way (`uv pip install …`) too; a launcher with no
    program after it (`python -c '…'` aside) yields []. Launchers nest: each pass strips one.
    """
    args, lookup = list(argv), True
    while args:
        launcher = _LAUNCHERS.get(_program_key(args[0])) if lookup else None
        if launcher is None:
            return args[1:]
        stripped = _skip_launcher(launcher, args[1:])
        if stripped is None:
            return args[1:]
        args, lookup = stripped
    return []


def _skip_launcher(launcher: _Launcher, args: list[str]) -> tuple[list[str], bool] | None:
    """Skip `launcher`'s own arguments in `args` (the tokens after its name).

    Returns `(rest, lookup)`: `rest` starts with the launched program (script, module, inline
    code or nested command) and `lookup` says whether that may be a launcher in turn. None when
    the required subcommand is missing, i.e. this is not a use we understand.
    """
    need_subcommand = launcher.subcommand is not None
    i = 0
    while i < len(args):
        token = args[i]
        if token == "--":
            i += 1
            break
        if token.startswith("-") and token != "-":
            if token in launcher.module_opts or token in launcher.code_opts:
                return args[i + 1 :], token in launcher.module_opts
            nxt = args[i + 1] if i + 1 < len(args) else None
            i += 1 + _option_arity(launcher, token, nxt)
        elif launcher.skip_assignments and _ASSIGNMENT_RE.fullmatch(token):
            i += 1
        elif need_subcommand:
            if token != launcher.subcommand:
                return None
            need_subcommand = False
            i += 1
        else:
            break
    if need_subcommand:
        return None
    return args[i:], launcher.nested


def _option_arity(launcher: _Launcher, option: str, nxt: str | None) -> int:
    """How many tokens after a launcher `option` belong to it: 0 or 1."""
    if "=" in option or option in launcher.flag_opts or nxt is None:
        return 0
    if option in launcher.value_opts:
        return 1
    if not launcher.opts_take_values or nxt.startswith("-") or nxt == launcher.subcommand:
        return 0
    return 0 if _looks_like_program(nxt) else 1


def _looks_like_program(token: str) -> bool:
    """`train.py`, `run.sh` or a known launcher name: the program, never an option's value."""
    return token.lower().endswith(_SCRIPT_SUFFIXES) or _program_key(token) in _LAUNCHERS


# --- parameters ---------------------------------------------------------------------------------


def parse_params(argv: Sequence[str]) -> dict[str, Param]:
    """Typed parameters from a full command line (`argv[0]` is the program).

    See the module docstring for the rules. Never raises, whatever the tokens; insertion order
    follows first appearance, values follow the last.
    """
    params: dict[str, Param] = {}
    args = program_args(argv)
    options_ended = False
    i = 0
    while i < len(args):
        token = args[i]
        if token == "--" and not options_ended:
            options_ended = True
        elif is_flag_token(token) and not options_ended:
            i = _parse_flag(args, i, params)
            continue
        else:
            _parse_override(token, params)
        i += 1
    return params


def _parse_flag(args: list[str], i: int, params: dict[str, Param]) -> int:
    """Add the flag at `args[i]` (and its value, if it has one); return the next index."""
    raw, eq, text = args[i].partition("=")
    name = normalize_name(raw)
    nxt = args[i + 1] if i + 1 < len(args) else None
    if eq:
        _add(params, name, make_param(name, text))
        return i + 1
    if nxt is not None and _takes_value(name, nxt):
        _add(params, name, make_param(name, nxt))
        return i + 2
    _add_switch(params, name)
    return i + 1


def _takes_value(name: str, token: str) -> bool:
    """Whether `token`, following the flag `name`, is that flag's value (see module docstring)."""
    if token == "--" or is_flag_token(token):
        return False
    return split_override(token) is None or is_secret_name(name)


def _add_switch(params: dict[str, Param], name: str) -> None:
    """A valueless flag: `--x` -> x=True, `--no-x`/`--no_x` -> x=False."""
    if name.startswith("no_") and len(name) > 3:
        _add(params, name[3:], _make_switch(name[3:], False))
    else:
        _add(params, name, _make_switch(name, True))


def _parse_override(token: str, params: dict[str, Param]) -> None:
    """Add `token` if it is a Hydra override with a value; ignore positionals and `~key`."""
    override = split_override(token)
    if override is None or override[0] == "~":
        return
    name = normalize_name(override[1])
    _add(params, name, make_param(name, override[2] or ""))


def _add(params: dict[str, Param], name: str, param: Param) -> None:
    """Store `param` unless its name is empty (`--=x`, `---`); a later one replaces an earlier."""
    if name:
        params[name] = param


def apply_overrides(params: dict[str, Param], specs: list[str]) -> dict[str, Param]:
    """`params` plus the `NAME=VALUE` specs given with expctl's own `--param`, which win.

    Returns a new dict; `params` is not modified. Values are typed by `parse_value` and secrets
    hidden as for argv; the resulting params have `source="explicit"`. Names are normalised like
    flags (`batch-size=8` overrides `batch_size`). Raises `UsageError` naming the spec when it
    has no `=` or an empty name.
    """
    merged = dict(params)
    for spec in specs:
        raw, eq, text = spec.partition("=")
        name = normalize_name(raw.strip())
        if not eq or not name:
            raise UsageError(
                f"--param {spec!r} is not NAME=VALUE", hint="For example: --param lr=0.01"
            )
        merged[name] = make_param(name, text, source="explicit")
    return merged


# --- values read from files or reported by the start-up hook ----------------------------------


def params_from_mapping(data: dict, source: str) -> list[Param]:
    """Params for the leaves of a parsed mapping (a config file, a namespace, a Hydra config),
    flattened with dots and typed like command-line text, secrets hidden."""
    return [make_param(name, text, source) for name, text in flatten(data)]


def flatten(data: dict, prefix: str = "") -> list[tuple[str, str]]:
    """(dotted name, text) for each leaf of nested mappings: `{"model": {"lr": 0.1}}` gives
    `("model.lr", "0.1")`. Names are normalised as flags are (`batch-size` -> `batch_size`).
    A list is one value, written as JSON (`[64, 32]`); null is no value (skipped); an empty
    mapping has no leaves. Text is what `parse_value` reads back as the same value."""
    out: list[tuple[str, str]] = []
    for key, value in data.items():
        name = prefix + normalize_name(str(key))
        if isinstance(value, dict):
            out += flatten(value, name + ".")
        elif value is not None:
            out.append((name, value_text(value)))
    return out


def value_text(value) -> str:
    """A parsed value as text: `true`/`false`, `repr` of a float (exact round trip), JSON of
    a list, `str` of anything else (TOML dates included)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, (list, tuple)):
        import json  # here: config files' lists only; json imports `re` (see expctl.jsoncore)

        return json.dumps(value, default=str, ensure_ascii=False)
    return str(value)
