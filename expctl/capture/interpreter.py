"""Which Python a command runs (`python …`, `/venv/bin/python3.11 …`, or a script whose `#!`
names one), and where that interpreter finds its packages: asked once per interpreter, then
cached on disk while its binary and search-path directories stay the same."""

from __future__ import annotations

import os
import sys
import time

from expctl.capture.scan_cache import cache_file_for, read_cache, settled, stamp_paths, write_cache
from expctl.jsoncore import loads
from expctl.lazyre import IGNORECASE, LazyPattern
from expctl.paths import which

TYPE_CHECKING = False  # typing (~3 ms) is not loaded on the run path
if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence
    from typing import Any

QUERY_TIMEOUT = 5.0  # seconds for another interpreter to report its sys.path

# python, python3, python3.11, python3.13t (free-threaded), pypy3, python.exe
PYTHON_NAME_RE = LazyPattern(r"(python|pypy)(\d+(\.\d+)?)?t?(\.exe)?", IGNORECASE)

# Run by another interpreter with -I (no PYTHON* variables, no user site, no cwd on sys.path, so
# a stray json.py in the project cannot hijack it). -I hides the user site, so its path is reported
# separately; it is only used outside virtual environments, as Python itself does.
_QUERY_SCRIPT = """\
import json, site, sys
in_venv = sys.prefix != getattr(sys, "base_prefix", sys.prefix)
try:
    user_site = None if in_venv else site.getusersitepackages()
except Exception:
    user_site = None
print(json.dumps({"version": sys.version.split()[0], "implementation": sys.implementation.name,
                  "path": sys.path, "user_site": user_site}))
"""



def find_python(argv: Sequence[str], environ: Mapping[str, str]) -> str:
    """The absolute path of the Python interpreter `argv` runs, else `sys.executable`.

    `argv[0]` is looked up on `environ`'s PATH as the shell would. A Python is recognised by its
    name (`python3.11`) or, for scripts such as `torchrun` or `accelerate`, by their `#!` line.
    """
    if not argv:
        return sys.executable
    program = which(argv[0], path=environ.get("PATH", os.defpath))
    if program is None:
        return sys.executable
    program = os.path.abspath(program)
    if is_python_name(program):
        return program
    return _shebang_python(program, environ) or sys.executable


def is_python_name(path: str) -> bool:
    """Whether the file name of `path` is a Python interpreter's (`python3`, `pypy3.10`)."""
    name = os.path.basename(path)
    # Every name the pattern matches starts so: other programs never compile it.
    return name[:4].lower() in ("pyth", "pypy") and PYTHON_NAME_RE.fullmatch(name) is not None


def _shebang_python(program: str, environ: Mapping[str, str]) -> str | None:
    """The Python named by `program`'s `#!` line (`/venv/bin/python`, `/usr/bin/env python3`)."""
    try:
        with open(program, "rb") as file:
            head = file.read(256)
    except OSError:
        return None
    if not head.startswith(b"#!"):
        return None
    words = head[2:].split(b"\n", 1)[0].decode("utf-8", "replace").split()
    if words and os.path.basename(words[0]) == "env":
        words = [w for w in words[1:] if not w.startswith("-")]  # `env -S python3 -u`
        found = which(words[0], path=environ.get("PATH", os.defpath)) if words else None
        words = [found] if found else []
    if words and is_python_name(words[0]):
        return os.path.abspath(words[0])
    return None


def inspect_python(executable: str, environ: Mapping[str, str],
                   warnings: list[str]) -> dict[str, Any]:
    """{"version", "implementation", "executable", "path"}: `path` is where its packages live.

    The interpreter running expctl answers from `sys`; another one is asked once (run with
    QUERY_TIMEOUT) and its answer cached until its binary or search-path directories change.
    """
    if _same_python(executable, sys.executable):
        return {"version": sys.version.split()[0], "implementation": sys.implementation.name,
                "executable": executable, "path": own_search_path()}
    answer = query_python(executable, warnings)
    if answer is None:
        return {"version": None, "implementation": None, "executable": executable, "path": []}
    return {"version": answer.get("version"), "implementation": answer.get("implementation"),
            "executable": executable, "path": _child_search_path(answer, environ)}


def _same_python(a: str, b: str) -> bool:
    """Whether two interpreter paths give the same environment.

    A venv's `bin/python` is a symlink to the base interpreter, so equal real paths are not
    enough: the venv (found by its pyvenv.cfg next to the unresolved path) must match too.
    """
    if not a or not b:
        return False
    return os.path.realpath(a) == os.path.realpath(b) and venv_root(a) == venv_root(b)


def venv_root(executable: str) -> str | None:
    """The virtual environment `executable` belongs to (the dir holding pyvenv.cfg), or None."""
    bin_dir = os.path.dirname(os.path.abspath(executable))
    for candidate in (bin_dir, os.path.dirname(bin_dir)):
        if os.path.isfile(os.path.join(candidate, "pyvenv.cfg")):
            return candidate
    return None


def own_search_path() -> list[str]:
    """This interpreter's sys.path without its first entry when that is the script's directory.

    sys.path[0] is expctl's own script directory (cwd under `python -m`), not a place the child
    imports packages from; leaving it out also keeps the cache valid when files in cwd change.
    """
    isolated = sys.flags.isolated or getattr(sys.flags, "safe_path", False)
    return _unique(p for p in (sys.path if isolated else sys.path[1:]) if p)


def query_python(executable: str, warnings: list[str]) -> dict[str, Any] | None:
    """Another interpreter's {"version", "implementation", "path", "user_site"}, cached.

    Cached per executable path, valid while its real binary (path, mtime, size) and the mtimes of
    its sys.path directories stay the same (a new `.pth` can add entries). None, with a warning,
    when it cannot answer.
    """
    identity = _binary_identity(executable)
    cache_file = cache_file_for("python", executable)
    answer = read_cache(cache_file, identity) if identity else None
    if answer is not None and answer.get("stamps") == stamp_paths(answer.get("path", [])):
        return answer
    started_ns = time.time_ns()
    answer = _ask_python(executable, warnings)
    if answer is not None and identity:
        answer["stamps"] = stamp_paths(answer["path"])
        if settled(answer["stamps"], started_ns):
            write_cache(cache_file, identity, answer)
    return answer


def _binary_identity(executable: str) -> list[object] | None:
    """[path, real path, mtime_ns, size] of an interpreter binary; None when it cannot be read or
    is a `#!` script: a wrapper such as a pyenv shim picks its Python per directory and
    environment, so its answer cannot be cached by the wrapper's identity."""
    try:
        real = os.path.realpath(executable)
        with open(real, "rb") as file:
            if file.read(2) == b"#!":
                return None
            st = os.fstat(file.fileno())
    except OSError:
        return None
    return [executable, real, st.st_mtime_ns, st.st_size]


def _ask_python(executable: str, warnings: list[str]) -> dict[str, Any] | None:
    """Run `executable -I -c _QUERY_SCRIPT` and validate its JSON answer."""
    from expctl.capture.bounded import run_bounded  # here: an interpreter already known is not asked

    failure = f"could not ask {executable} for its packages"
    try:
        result = run_bounded([executable, "-I", "-c", _QUERY_SCRIPT], timeout=QUERY_TIMEOUT)
    except OSError as exc:
        warnings.append(f"{failure} ({exc.strerror or exc}); packages not recorded")
        return None
    if result.timed_out or result.returncode != 0:
        reason = (f"timed out after {QUERY_TIMEOUT:g}s" if result.timed_out
                  else result.first_error_line())
        warnings.append(f"{failure} ({reason}); packages not recorded")
        return None
    try:
        answer = loads(result.stdout.decode("utf-8"))  # a UnicodeDecodeError is a ValueError
        path = answer["path"]
        valid = isinstance(path, list) and all(isinstance(p, str) for p in path)
    except (ValueError, KeyError, TypeError):
        valid = False
    if not valid:
        warnings.append(f"{failure} (unexpected answer); packages not recorded")
        return None
    return answer


def _child_search_path(answer: Mapping[str, Any], environ: Mapping[str, str]) -> list[str]:
    """Where the child finds packages: PYTHONPATH, then the user site (if enabled), then sys.path.

    The query ran with -I, which ignores both, so they are added from the child's environment.
    """
    extra = [os.path.abspath(p) for p in environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    user_site = answer.get("user_site")
    if isinstance(user_site, str) and not environ.get("PYTHONNOUSERSITE"):
        extra.append(user_site)
    return _unique(extra + list(answer["path"]))


def _unique(items: Iterable[str]) -> list[str]:
    """Items in their first-seen order, duplicates dropped."""
    return list(dict.fromkeys(items))
