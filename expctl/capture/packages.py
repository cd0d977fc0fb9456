"""The packages installed on an interpreter's search path, read from the names of the
`*.dist-info` / `*.egg-info` directories there (no `importlib.metadata`: 40 ms to import, 30 ms
to read every METADATA file), cached on disk until one of those directories changes."""

from __future__ import annotations

import os
import time

from expctl.capture.scan_cache import cache_file_for, read_cache, settled, stamp_paths, write_cache

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing `typing` on the run path
if TYPE_CHECKING:
    from collections.abc import Sequence


def find_packages(path: Sequence[str]) -> tuple[dict[str, str], bool]:
    """(packages, from_cache): the distributions installed on `path`, as {canonical name: version}.

    Where a project is installed twice, the first directory on `path` wins, as for imports.
    The scan is cached on disk (see `cache_dir`) keyed by `path` and valid while the mtime of every
    directory on it is unchanged: installing, removing or upgrading a package changes its
    site-packages directory. A cache hit costs a stat per directory and a JSON read.
    """
    path = list(path)
    if not path:
        return {}, False
    stamps = stamp_paths(path)
    identity = {"path": path, "stamps": stamps}
    cache_file = cache_file_for("packages", "\0".join(path))
    cached = read_cache(cache_file, identity)
    if isinstance(cached, dict):
        return cached, True
    started_ns = time.time_ns()
    packages = scan_packages(path)
    if settled(stamps, started_ns):
        write_cache(cache_file, identity, packages)
    return packages, False


def scan_packages(path: Sequence[str]) -> dict[str, str]:
    """{canonical name: version} from the `*.dist-info` / `*.egg-info` entries on `path`."""
    found: dict[str, str] = {}
    for directory in path:
        try:
            names = sorted(os.listdir(directory))
        except OSError:  # missing, not a directory (a zip on sys.path), unreadable
            continue
        for name in names:
            if name.endswith((".dist-info", ".egg-info")):
                project = _project_of(os.path.join(directory, name))
                if project is not None:
                    found.setdefault(canonical_name(project[0]), project[1])
    return dict(sorted(found.items()))


def _project_of(metadata_path: str) -> tuple[str, str] | None:
    """(name, version) of one installed distribution.

    Installers name the directory `<name>-<version>.dist-info` with `-` escaped inside both parts
    (egg-info adds `-py3.X`), so the name usually suffices. Older tools wrote unescaped names
    (`python-dateutil-2.8.dist-info`) or no version; then the metadata headers are read.
    """
    stem = os.path.basename(metadata_path).rsplit(".", 1)[0]
    parts = stem.split("-")
    if len(parts) >= 2 and parts[0] and parts[1][:1].isdigit():
        return parts[0], parts[1]
    return _read_metadata_headers(metadata_path)


def _read_metadata_headers(metadata_path: str) -> tuple[str, str] | None:
    """(Name, Version) from METADATA / PKG-INFO (or an egg-info file), reading only the headers."""
    candidates = [os.path.join(metadata_path, "METADATA"), os.path.join(metadata_path, "PKG-INFO")]
    if os.path.isfile(metadata_path):
        candidates = [metadata_path]
    for candidate in candidates:
        headers = _read_headers(candidate)
        if headers.get("name") and headers.get("version"):
            return headers["name"], headers["version"]
    return None


def _read_headers(file_path: str) -> dict[str, str]:
    """Lower-cased `Key: value` headers up to the first blank line; {} if unreadable."""
    headers: dict[str, str] = {}
    try:
        with open(file_path, encoding="utf-8", errors="replace") as file:
            for line in file:
                if not line.strip():
                    break
                key, sep, value = line.partition(":")
                if sep:
                    headers.setdefault(key.strip().lower(), value.strip())
    except OSError:
        pass
    return headers


def canonical_name(name: str) -> str:
    """PEP 503 normalised project name: `Typing_Extensions` → `typing-extensions`."""
    import re  # here: a scan needs it (the cached packages do not)

    return re.sub(r"[-_.]+", "-", name).lower()
