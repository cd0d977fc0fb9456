"""The compiled code of the modules `expctl run` loads, kept in one cache file and imported from
it: `install` at the start of a run, `save` at its end.

Python's import system spends about 0.3 M instructions (0.08 ms) on each module before running
its code: finding the file, checking the .pyc against the source, opening and reading it. A
recorded run loads some fifty of ours, 4 ms of every wrapped command. Served from one file read
at start-up, each costs about half of that.

Nothing here can make an import worse than the usual one. Each module's code is used only while
its source file has the mtime and size it was compiled from (as a .pyc is checked), so an edited
module (an editable install, a patched one) is imported as usual; so is any module the file does
not hold, and all of them when the file is missing, unreadable or from another Python. `save`
then writes the file again with what the run loaded: a run that loaded everything from it writes
nothing. The file lives in expctl's cache folder (`paths.cache_dir`), one per installed copy of
the package and per Python, readable and writable by its user only; tracebacks, `__file__` and
`inspect` see the modules' own files. Like the package scan's cache beside it, it is written
whatever PYTHONDONTWRITEBYTECODE says: it is expctl's cache, not the interpreter's.
"""

from __future__ import annotations

import marshal
import os
import sys

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing `typing` on the run path
if TYPE_CHECKING:
    from importlib.machinery import ModuleSpec
    from importlib.util import MAGIC_NUMBER
    from types import ModuleType
else:
    try:  # what importlib.machinery re-exports, without that module's imports
        from _frozen_importlib import ModuleSpec
        from _frozen_importlib_external import MAGIC_NUMBER
    except ImportError:  # another Python: no cache, the usual imports
        ModuleSpec = MAGIC_NUMBER = None

PACKAGE = "expctl"
# A source modified this recently may change again within its mtime's granularity (a second on
# some file systems) without its mtime changing: it is left out of the file until it has aged.
SETTLE_NS = 2_000_000_000

# name -> (source path, mtime ns, size, is a package, marshalled code)
Entry = tuple  # tuple[str, int, int, bool, bytes]


class CodeCache:
    """A meta path finder and loader for the modules held in the cache file (`entries`)."""

    def __init__(self, path: str, entries: dict[str, Entry]):
        self.path = path
        self.entries = entries
        self.used: set[str] = set()  # the modules imported from here, all current

    def find_spec(self, name: str, path=None, target=None) -> ModuleSpec | None:
        entry = self.entries.get(name)
        if entry is None or not _current(entry):
            return None
        spec = ModuleSpec(name, self, origin=entry[0], is_package=entry[3])  # type: ignore[arg-type]
        spec.has_location = True  # __file__ is the source's
        if entry[3]:
            spec.submodule_search_locations = [os.path.dirname(entry[0])]
        return spec

    def create_module(self, spec: ModuleSpec) -> None:
        return None  # the usual module object

    def exec_module(self, module: ModuleType) -> None:
        name = module.__name__
        exec(marshal.loads(self.entries[name][4]), module.__dict__)
        self.used.add(name)


def _current(entry: Entry) -> bool:
    """Whether the source is still what the code was compiled from."""
    try:
        stat = os.stat(entry[0])
    except OSError:
        return False
    return stat.st_mtime_ns == entry[1] and stat.st_size == entry[2]


def install() -> CodeCache | None:
    """Import expctl's modules from the cache file from now on (first in `sys.meta_path`);
    None when there is no such file, or it cannot be used."""
    if ModuleSpec is None:
        return None
    path = cache_path()
    finder = CodeCache(path, _read(path) or {})
    sys.meta_path.insert(0, finder)
    return finder


def cache_path() -> str:
    """This copy of the package's cache file, for this Python: named after the package's folder
    (a reinstall there reuses it; the file holds the folder, for the rare same name)."""
    from .paths import cache_dir

    digest = 0  # a string hash that is the same in every process (`hash` is not), without zlib
    for byte in os.fsencode(_package_dir()):
        digest = (digest * 31 + byte) & 0xFFFFFFFF
    name = f"code-{digest:08x}-{sys.implementation.cache_tag}-O{sys.flags.optimize}.marshal"
    return os.path.join(cache_dir(), name)


def _read(path: str) -> dict[str, Entry] | None:
    """The entries of the file at `path`, when it is one this Python and package wrote, and
    nobody but this user can have written (its code is run: a cache folder shared with others,
    EXPCTL_CACHE_DIR=/tmp/..., must not let them run theirs)."""
    try:
        with open(path, "rb") as file:
            stat = os.fstat(file.fileno())
            if stat.st_uid != os.geteuid() or stat.st_mode & 0o022:
                return None
            magic, package_dir, entries = marshal.loads(file.read())
    except (OSError, ValueError, EOFError, TypeError, MemoryError):  # MemoryError: ulimit -v
        return None
    if magic != MAGIC_NUMBER or package_dir != _package_dir() or not isinstance(entries, dict):
        return None
    return entries


def _package_dir() -> str:
    return os.path.dirname(os.path.abspath(__file__))


def save(finder: CodeCache | None) -> None:
    """Write the cache file again when this run imported some of expctl's modules the usual
    way (the first run, an edited module, one the file did not hold). Failures are ignored:
    the next run imports as usual. Where the file cannot be written (a read-only cache
    folder), that is found before any module's code is read: such a run pays one failed open."""
    if finder is None:
        return
    try:
        missing = _missing(finder)
        if missing:
            _write(finder.path, finder.entries, missing)
    except Exception:  # a cache: never the run's problem
        pass


def _missing(finder: CodeCache) -> list:
    """The modules this run loaded the usual way from settled .py files that the file lacks
    or holds stale (compiled extensions, and sources changed within SETTLE_NS, are not)."""
    missing = []
    young = _now_ns() - SETTLE_NS
    for name, module in list(sys.modules.items()):
        if not name.startswith(PACKAGE + ".") or name in finder.used:
            continue
        held = finder.entries.get(name)
        if held is not None and _current(held):
            continue  # loaded before `install` (the CLI's first modules)
        spec = getattr(module, "__spec__", None)
        if (spec is not None and (spec.origin or "").endswith(".py")
                and getattr(spec.loader, "get_code", None) is not None
                and os.stat(spec.origin).st_mtime_ns <= young):
            missing.append(spec)
    return missing


def _entry_of(spec: ModuleSpec) -> Entry | None:
    """The entry of the module `spec` found, compiled as its loader compiles it."""
    assert spec.origin is not None and spec.loader is not None
    stat = os.stat(spec.origin)
    code = spec.loader.get_code(spec.name)  # type: ignore[attr-defined]
    if code is None:
        return None
    return (spec.origin, stat.st_mtime_ns, stat.st_size,
            spec.submodule_search_locations is not None, marshal.dumps(code))


def _now_ns() -> int:
    import time

    return time.time_ns()


def _write(path: str, entries: dict[str, Entry], missing: list) -> None:
    """The file at `path` with `entries` and those of the `missing` modules' specs, replaced
    at once (a run starting meanwhile reads the old one). Entries of modules this run did not
    load are kept: other runs load them (a git repository's, a run's with metrics)."""
    temp = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as file:
            fresh = {spec.name: entry for spec in missing if (entry := _entry_of(spec))}
            file.write(marshal.dumps((MAGIC_NUMBER, _package_dir(), {**entries, **fresh})))
        os.replace(temp, path)
    except OSError:
        try:
            os.unlink(temp)
        except OSError:
            pass
