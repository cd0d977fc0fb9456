"""Files kept with a run, by content: `<store folder>/artifacts/ab/cdef…` (sha256).

A file is copied once however many runs (or paths) keep the same bytes. Its path is recorded
relative to the run's folder; a file outside that folder is not kept (it could not be restored
anywhere safe). Restoring never writes outside the chosen folder: a recorded path that is
absolute or climbs with `..` (an imported store may hold anything) is refused, and so is a
folder inside the target that is a symlink leading out of it.

No printing here: problems come back as warnings (recording) or ExpctlError (restoring).
"""

from __future__ import annotations

import errno
import glob
import hashlib
import os
import re
import stat
import tempfile

from ..errors import ExpctlError, UsageError

FOLDER = "artifacts"
DEFAULT_MAX_MB = 1024.0
_CHUNK = 1 << 20


_SHA256_RE = re.compile(r"[0-9a-f]{64}")


def blob_path(store_path: str, sha256: str) -> str:
    """Where the content with this hash lives, next to the store file. The hash must be exactly
    64 lower-case hex digits (an imported store may hold anything, `../../etc/passwd` or
    `xx/dev/zero`): anything else raises ExpctlError, so no path outside the blob store is built."""
    if not isinstance(sha256, str) or not _SHA256_RE.fullmatch(sha256):
        raise ExpctlError(f"the store holds an invalid artifact hash {str(sha256)[:80]!r}",
                          hint="a sha256 is 64 hex digits; the run was probably imported from a damaged file")
    return os.path.join(os.path.dirname(os.path.abspath(store_path)), FOLDER, sha256[:2], sha256[2:])


def match_files(patterns, cwd: str) -> tuple[list[tuple[str, str]], list[str]]:
    """(relative path, absolute path) of the regular files the glob patterns match under `cwd`
    (`**` recurses; a matched folder brings its files), each once, sorted; plus warnings for
    patterns matching nothing and for files outside `cwd`.

    No symlink leads out of the working tree: a link (to a file or a folder) whose target lies
    outside `cwd` is skipped with a warning, and folders are walked once each by identity, so
    a symlink loop ends instead of recursing forever."""
    found: dict[str, str] = {}
    warnings: list[str] = []
    root = os.path.realpath(cwd)
    for pattern in patterns:
        matches = [m for m in _glob(cwd, pattern) if _inside(m, root, warnings)]
        if not matches and not any(pattern in w for w in warnings):
            warnings.append(f"--artifact {pattern!r} matched no file")
        for match in matches:
            for path in _files_under(match, root, warnings):
                relative = os.path.relpath(os.path.realpath(path), root)
                found[os.path.normpath(relative)] = path
    return sorted((rel.replace(os.sep, "/"), path) for rel, path in found.items()), warnings


def _glob(cwd: str, pattern: str) -> list[str]:
    """`glob` with `**` walked by `_walk` (each real folder once), never by glob, which follows
    a symlink loop until the path is too long."""
    full = os.path.join(cwd, pattern)
    if "**" not in pattern:
        return glob.glob(full, recursive=False)
    base = os.path.join(cwd, pattern[:pattern.index("**")])
    start = os.path.dirname(base) if not base.endswith(os.sep) else base.rstrip(os.sep) or os.sep
    regex = _glob_regex(full)
    out = []
    for folder, names in _walk(start or cwd):
        out += [p for p in [folder] + [os.path.join(folder, n) for n in names] if regex.fullmatch(p)]
    return out


_GLOB_TOKEN_RE = re.compile(r"\*\*/|\*\*|\*|\?")
_GLOB_TOKENS = {"**/": "(?:[^/]+/)*", "**": ".*", "*": "[^/]*", "?": "[^/]"}


def _glob_regex(pattern: str) -> re.Pattern[str]:
    """A glob with `**` as a regular expression over whole paths (`*` stays in one folder)."""
    pieces, last = [], 0
    for match in _GLOB_TOKEN_RE.finditer(pattern):
        pieces += [re.escape(pattern[last:match.start()]), _GLOB_TOKENS[match.group()]]
        last = match.end()
    return re.compile("".join(pieces) + re.escape(pattern[last:]))


def _walk(top: str):
    """(folder, entry names) for `top` and every folder below it, following symlinked folders
    but entering each real folder once (by device and inode): loops end."""
    seen: set[tuple[int, int]] = set()
    stack = [top]
    while stack:
        folder = stack.pop()
        try:
            info = os.stat(folder)
            names = sorted(os.listdir(folder))
        except OSError:
            continue
        if (info.st_dev, info.st_ino) in seen:
            continue
        seen.add((info.st_dev, info.st_ino))
        yield folder, names
        stack.extend(os.path.join(folder, n) for n in reversed(names)
                     if os.path.isdir(os.path.join(folder, n)))


def _inside(path: str, root: str, warnings: list[str]) -> bool:
    """Whether `path`, symlinks resolved, lies in `root`; if not, say so."""
    real = os.path.realpath(path)
    if real == root or real.startswith(root + os.sep):
        return True
    warnings.append(f"artifact {path} leads outside the run's folder; not kept")
    return False


def _files_under(path: str, root: str, warnings: list[str]) -> list[str]:
    if os.path.isfile(path):
        return [path]
    out = []
    for folder, names in _walk(path):
        if not _inside(folder, root, warnings):
            continue
        for name in names:
            full = os.path.join(folder, name)
            if os.path.isfile(full) and _inside(full, root, warnings):
                out.append(full)
    return out


def keep_file(src: str, store_path: str) -> tuple[str, int]:
    """Copy `src` into the content folder unless the same bytes are there; (sha256, size).
    The file is hashed first, so content already kept (a checkpoint saved again) costs one
    read and no write."""
    digest, size = _hash_file(src)
    if os.path.exists(blob_path(store_path, digest)):
        return digest, size
    folder = os.path.join(os.path.dirname(os.path.abspath(store_path)), FOLDER)
    os.makedirs(folder, mode=0o700, exist_ok=True)
    fd, partial = tempfile.mkstemp(prefix=".partial-", dir=folder)
    try:
        copied, size = hashlib.sha256(), 0
        with open(src, "rb") as source, os.fdopen(fd, "wb") as out:
            while block := source.read(_CHUNK):
                copied.update(block)
                out.write(block)
                size += len(block)
        # Named by what was copied: the file may have changed since it was first hashed.
        final = blob_path(store_path, copied.hexdigest())
        os.makedirs(os.path.dirname(final), mode=0o700, exist_ok=True)
        os.replace(partial, final)
    except BaseException:
        if os.path.exists(partial):
            os.unlink(partial)
        raise
    return copied.hexdigest(), size


def _hash_file(path: str) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with open(path, "rb") as source:
        while block := source.read(_CHUNK):
            digest.update(block)
            size += len(block)
    return digest.hexdigest(), size


def save_artifacts(store, run_id: int, patterns, cwd: str, max_mb: float) -> list[str]:
    """Keep the files matching `patterns` for the run; return warnings (nothing raises for a
    file that cannot be read or is over `max_mb` megabytes: it is skipped and named)."""
    files, warnings = match_files(patterns, cwd)
    limit = max_mb * 1024 * 1024
    rows = []
    for relative, path in files:
        try:
            if os.path.getsize(path) > limit:
                warnings.append(f"artifact {relative} is over --artifact-max-mb {max_mb:g}; not kept")
                continue
            sha, size = keep_file(path, store.path)
        except OSError as exc:
            warnings.append(f"artifact {relative} not kept ({exc.strerror or exc})")
            continue
        rows.append({"path": relative, "size": size, "sha256": sha})
    if rows:
        store.add_artifacts(run_id, rows)
    return warnings


def find_artifact(artifacts: list[dict], path: str) -> dict:
    """The artifact recorded under `path` ('./' and duplicate slashes ignored)."""
    wanted = os.path.normpath(path).replace(os.sep, "/")
    for artifact in artifacts:
        if artifact["path"] == wanted:
            return artifact
    known = ", ".join(a["path"] for a in artifacts[:5]) or "none"
    raise UsageError(f"the run kept no artifact {path!r}", hint=f"its artifacts: {known}")


def safe_target(folder: str, relative: str) -> str:
    """`folder/relative`, refusing a path that is empty, absolute or has a `..` part, and a
    target whose folder (after symlinks) lies outside `folder`."""
    parts = relative.split("/")
    if relative.startswith("/") or os.path.isabs(relative) or any(p in ("", "..") for p in parts):
        raise ExpctlError(f"refusing to restore to {relative!r}: not a plain relative path",
                          hint="the store holds a path that would write outside the folder")
    target = os.path.join(folder, *parts)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    root = os.path.realpath(folder)
    parent = os.path.realpath(os.path.dirname(target))
    if parent != root and not parent.startswith(root + os.sep):
        raise ExpctlError(f"refusing to restore {relative}: a symlink in {folder} leads outside it",
                          hint="choose another folder with -o")
    return target


def open_blob(path: str):
    """The kept content, opened for reading: a regular file, not through a symlink (only
    expctl writes the blob folder; a link or a device there was put by someone else)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        if exc.errno != errno.ELOOP:
            raise
        fd = None
    if fd is None or not stat.S_ISREG(os.fstat(fd).st_mode):
        if fd is not None:
            os.close(fd)
        raise ExpctlError(f"the kept content {path} is not a regular file; not read",
                          hint="the store's artifacts folder was changed by hand")
    return os.fdopen(fd, "rb")


def restore_artifact(store_path: str, artifact: dict, folder: str) -> str:
    """Write the artifact's content to `folder/<its path>` (replacing a file there, never
    following a symlink at that name) after checking its hash; return the path written."""
    source = blob_path(store_path, artifact["sha256"])  # refuses a hash that is no sha256
    target = safe_target(folder, artifact["path"])
    digest = hashlib.sha256()
    fd, partial = tempfile.mkstemp(prefix=".partial-", dir=os.path.dirname(target))
    try:
        with open_blob(source) as blob, os.fdopen(fd, "wb") as out:
            while block := blob.read(_CHUNK):
                digest.update(block)
                out.write(block)
        if digest.hexdigest() != artifact["sha256"]:
            raise ExpctlError(f"the kept content of {artifact['path']} is damaged (hash mismatch)",
                              hint=f"the file {source} was changed after it was kept")
        os.replace(partial, target)  # replaces a symlink itself, never its target
    except FileNotFoundError:
        raise ExpctlError(f"the content of {artifact['path']} is missing from {os.path.dirname(source)}",
                          hint="artifacts live next to the store file; copy that folder with it") from None
    finally:
        if os.path.exists(partial):
            os.unlink(partial)
    return target
