"""Where the store lives.

Resolution order, first match wins:
1. `--db PATH` on the command line (a path, or a `postgresql://` URL: a shared server);
2. the `EXPCTL_DB` environment variable;
3. `db = ...` in the project's config file (`[tool.expctl]`, `.expctl/config.toml`; found and
   read here, `find_config`/`configured_path`, since the store's place depends on it);
4. the nearest `.expctl/` folder from the current directory upwards (as git finds `.git`);
5. a new `.expctl/` at the root of the enclosing git work tree;
6. the user's data folder (`$XDG_DATA_HOME/expctl`, `~/.local/share/expctl`, or the macOS and
   Windows equivalents).

Finding the store costs a few `stat` calls (and reading the config file, when there is one):
no git process, no import beyond `os`. `which` finds a program on PATH the same way, for the
capture of the interpreter and the GPUs. `cache_dir` is where expctl keeps its caches.
"""

from __future__ import annotations

import os
import sys

from .models import Record

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing `typing` on the run path
if TYPE_CHECKING:
    from collections.abc import Mapping

STORE_DIR = ".expctl"
STORE_FILE = "expctl.db"
CONFIG_FILE = os.path.join(STORE_DIR, "config.toml")
PYPROJECT = "pyproject.toml"
SERVER_SCHEMES = ("postgresql://", "postgres://")


class StoreLocation(Record):
    """The store file and a short phrase saying why it was chosen."""

    path: str
    reason: str


def cache_dir() -> str:
    """Where expctl caches: $EXPCTL_CACHE_DIR, else $XDG_CACHE_HOME/expctl, else ~/.cache/expctl."""
    if os.environ.get("EXPCTL_CACHE_DIR"):
        return os.environ["EXPCTL_CACHE_DIR"]
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    base = xdg if os.path.isabs(xdg) else os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "expctl")


def locate_store(
    db: str | None = None, cwd: str | None = None, environ: Mapping[str, str] | None = None
) -> StoreLocation:
    """Return the store file to use and a short phrase saying why it was chosen."""
    environ = os.environ if environ is None else environ
    if db:
        return StoreLocation(_file_in(db), "--db option")
    if environ.get("EXPCTL_DB"):
        return StoreLocation(_file_in(environ["EXPCTL_DB"]), "EXPCTL_DB environment variable")
    cwd = os.path.abspath(cwd or current_dir())
    configured = configured_path("db", cwd)
    if configured:
        return StoreLocation(_file_in(configured[0]), f"db in {configured[1]}")
    found = find_upwards(cwd, STORE_DIR, want_dir=True)
    if found:
        return StoreLocation(os.path.join(found, STORE_DIR, STORE_FILE), f"nearest {STORE_DIR}/ folder")
    root = find_git_root(cwd)
    if root:
        return StoreLocation(
            os.path.join(root, STORE_DIR, STORE_FILE), f"new {STORE_DIR}/ at the git work-tree root"
        )
    return StoreLocation(os.path.join(user_data_dir(environ), STORE_FILE), "user data folder")


def current_dir() -> str:
    """os.getcwd(), or an ExpctlError saying what to do when the folder was deleted."""
    try:
        return os.getcwd()
    except FileNotFoundError:
        from .errors import ExpctlError

        raise ExpctlError("the current folder no longer exists (it was deleted)",
                          hint="cd to a folder that exists, or name the store with --db") from None


def _file_in(path: str) -> str:
    """`--db` may name a folder: the store is then `expctl.db` inside it. A server's URL
    (postgresql://...) is kept as it is."""
    if path.startswith(SERVER_SCHEMES):
        return path
    path = os.path.expanduser(path)
    path = os.path.normpath(path if os.path.isabs(path) else os.path.join(current_dir(), path))
    return os.path.join(path, STORE_FILE) if os.path.isdir(path) else path


def find_upwards(start: str, name: str, want_dir: bool) -> str | None:
    """The nearest folder at or above `start` that contains `name`, or None."""
    current = start
    while True:
        candidate = os.path.join(current, name)
        if os.path.isdir(candidate) if want_dir else os.path.exists(candidate):
            return current
        parent = os.path.dirname(current)
        if parent == current:
            return None
        current = parent


def find_git_root(start: str) -> str | None:
    """The enclosing git work tree's root (`.git` may be a folder or, in worktrees, a file)."""
    return find_upwards(start, ".git", want_dir=False)


def likely_git_root(cwd: str) -> str | None:
    """The folder holding the nearest `.git` (`cwd` itself when $GIT_DIR points elsewhere);
    None when there is none: no git process (a few ms on every run) would find a work tree."""
    cwd = os.path.abspath(cwd)
    return cwd if os.environ.get("GIT_DIR") else find_git_root(cwd)


def user_data_dir(environ: Mapping[str, str]) -> str:
    home = os.path.expanduser("~")
    if sys.platform == "darwin":
        return os.path.join(home, "Library", "Application Support", "expctl")
    if sys.platform == "win32":
        return os.path.join(environ.get("LOCALAPPDATA") or home, "expctl")
    return os.path.join(environ.get("XDG_DATA_HOME") or os.path.join(home, ".local", "share"), "expctl")


def prepare_store(path: str) -> None:
    """Create the store's folder and an empty store file, both readable by the owner only (runs
    hold commands, logs and environments). A new `.expctl/` gets a `.gitignore` so runs are
    never committed. An existing file is left as it is."""
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        os.makedirs(folder, mode=0o700, exist_ok=True)
        if os.path.basename(folder) == STORE_DIR:
            with open(os.path.join(folder, ".gitignore"), "w") as fh:
                fh.write("# created by expctl: the run store is local data, not source\n*\n")
    # O_EXCL: when many runs create the store at once, one creates it and the others open it.
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except FileExistsError:
        pass


def find_config(cwd: str | None = None) -> str | None:
    """The nearest project config file at or above `cwd` (in one folder, `.expctl/config.toml`
    before a `pyproject.toml` holding `[tool.expctl]`), or None. expctl.config reads its settings;
    it lives here because where the store (and a server's artifact content) lives depends on it.
    A current folder that was deleted holds no config file: None (`--db` still works there)."""
    try:
        current = os.path.abspath(cwd or os.getcwd())
    except FileNotFoundError:
        return None
    while True:
        candidate = os.path.join(current, CONFIG_FILE)
        if os.path.isfile(candidate):
            return candidate
        candidate = os.path.join(current, PYPROJECT)
        if os.path.isfile(candidate) and _has_table(candidate):
            return candidate
        parent = os.path.dirname(current)
        if parent == current:
            return None
        current = parent


def _has_table(path: str) -> bool:
    """Whether a pyproject.toml may hold [tool.expctl]: a text search, cheaper than parsing."""
    try:
        with open(path, "rb") as fh:
            return b"tool.expctl" in fh.read()
    except OSError:
        return False


def read_config_table(path: str) -> tuple[dict, list[str]]:
    """The expctl table of the config file at `path` and the problems met reading it (the table
    is then empty). The TOML parser is imported only here: `tomllib` (Python 3.11+), else the
    `tomli` backport that pyproject.toml installs on 3.10."""
    try:
        if sys.version_info >= (3, 11):
            import tomllib
        else:
            import tomli as tomllib
    except ImportError:
        return {}, [f"{path}: ignored, reading TOML on Python 3.10 needs the 'tomli' package"]
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except (OSError, ValueError) as exc:  # tomllib.TOMLDecodeError is a ValueError
        return {}, [f"{path}: ignored, cannot read it ({exc})"]
    if os.path.basename(path) == PYPROJECT:
        data = data.get("tool", {}).get("expctl", {})
    if not isinstance(data, dict):
        return {}, [f"{path}: ignored, [tool.expctl] must be a table"]
    return data, []


def configured_path(key: str, cwd: str | None = None) -> tuple[str, str] | None:
    """(value, config file) of a `db` or `artifact_root` setting, a relative file path made
    absolute from the project's folder; None when unset or not a string. Reads only the file (no
    checks of the other keys, which expctl.config does): finding the store must stay cheap."""
    path = find_config(cwd)
    if path is None:
        return None
    value = read_config_table(path)[0].get(key)
    if not isinstance(value, str) or not value:
        return None
    if not value.startswith(SERVER_SCHEMES):
        base = os.path.dirname(os.path.abspath(path))  # the project's folder
        base = os.path.dirname(base) if path.endswith(CONFIG_FILE) else base
        value = os.path.join(base, os.path.expanduser(value))
    return value, path


def which(program: str, path: str | None = None) -> str | None:
    """The executable `program` would run as, searching `path` (default $PATH) like a shell.

    shutil.which does the same, but importing shutil costs `expctl run` about 3 ms.
    """
    if os.sep in program:
        return program if _is_executable(program) else None
    for folder in (path if path is not None else os.environ.get("PATH", os.defpath)).split(os.pathsep):
        candidate = os.path.join(folder or ".", program)
        if _is_executable(candidate):
            return candidate
    return None


def _is_executable(path: str) -> bool:
    return os.access(path, os.X_OK) and not os.path.isdir(path)
