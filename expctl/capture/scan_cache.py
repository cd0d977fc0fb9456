"""The on-disk cache of what is slow to learn on every run (another interpreter's search path,
the packages installed on it): JSON files under `paths.cache_dir()`, each valid while the identity it
was stored with (file stamps, paths) stays the same. Read on every run, through expctl.jsoncore
(the `json` package imports `re`); written, rarely, with `json`."""

from __future__ import annotations

import _thread
import os
import zlib

from ..jsoncore import loads
from ..paths import cache_dir

TYPE_CHECKING = False  # typing (~3 ms) is not loaded on the run path
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any

# A directory modified this recently may change again within its mtime's granularity (a second on
# some file systems) without its mtime changing, so a scan is not cached until it has aged.
CACHE_SETTLE_NS = 2_000_000_000


def cache_file_for(kind: str, key: str) -> str:
    """The cache file for `key`. A crc32 name may collide; the stored identity settles it."""
    digest = zlib.crc32(key.encode("utf-8", "replace"))
    return os.path.join(cache_dir(), f"{kind}-{digest:08x}.json")


def stamp_paths(path: Sequence[str]) -> list[int | None]:
    """The mtime (ns) of each entry of `path`, None for a missing one (it may appear later)."""
    stamps: list[int | None] = []
    for entry in path:
        try:
            stamps.append(os.stat(entry).st_mtime_ns)
        except OSError:
            stamps.append(None)
    return stamps


def settled(stamps: Sequence[int | None], started_ns: int) -> bool:
    """Whether every stamp is older than the scan by CACHE_SETTLE_NS (see there)."""
    return all(s is None or s < started_ns - CACHE_SETTLE_NS for s in stamps)


def read_cache(cache_file: str, identity: object) -> Any:
    """The value stored for `identity` (JSON-equal), or None: missing, stale, broken file alike."""
    try:
        with open(cache_file, encoding="utf-8") as file:
            entry = loads(file.read())
    except (OSError, ValueError):
        return None
    if not isinstance(entry, dict) or entry.get("identity") != identity:
        return None
    return entry.get("value")


def write_cache(cache_file: str, identity: object, value: object) -> None:
    """Store `value` for `identity` atomically (temp file + rename); failures are ignored."""
    import json

    temp = f"{cache_file}.{os.getpid()}.{_thread.get_ident()}.tmp"
    try:
        os.makedirs(os.path.dirname(cache_file), exist_ok=True)
        with open(temp, "w", encoding="utf-8") as file:
            json.dump({"identity": identity, "value": value}, file)
        os.replace(temp, cache_file)
    except OSError:
        try:
            os.unlink(temp)
        except OSError:
            pass
