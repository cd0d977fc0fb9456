"""Where artifact content lives, behind a small interface so that another kind (an object
store) can be added without touching the code that keeps, restores or moves artifacts.

Content is named by its sha256. A store file keeps its content in the `artifacts/` folder
beside it. A PostgreSQL store keeps it under an artifact root shared by those who use the
server (a network folder, say): `$EXPCTL_ARTIFACT_ROOT`, else `artifact_root` in the project's
config, else a folder of this machine's data folder named after the server (content then stays
on the machine that kept it; `push`/`pull` and `export --artifacts` carry it).
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from typing import BinaryIO, Protocol

from ..errors import ExpctlError

_CHUNK = 1 << 20


class BlobStore(Protocol):
    """Content by sha256 (64 lower-case hex digits)."""

    def has(self, sha256: str) -> bool: ...
    def open(self, sha256: str) -> BinaryIO:
        """The content for reading; ExpctlError when it is not a regular file, OSError when absent."""
    def put(self, sha256: str, source: BinaryIO) -> None:
        """Keep what `source` gives under `sha256`, only if it hashes to it (else ExpctlError)."""


class FolderBlobs:
    """Content in a folder: `<root>/ab/cdef...`, written beside its name and renamed into place."""

    def __init__(self, root: str):
        self.root = root

    def path(self, sha256: str) -> str:
        from .artifacts import blob_path_in

        return blob_path_in(self.root, sha256)

    def has(self, sha256: str) -> bool:
        return os.path.exists(self.path(sha256))

    def open(self, sha256: str) -> BinaryIO:
        from .artifacts import open_blob

        return open_blob(self.path(sha256))

    def put(self, sha256: str, source: BinaryIO) -> None:
        final = self.path(sha256)
        os.makedirs(self.root, mode=0o700, exist_ok=True)
        fd, partial = tempfile.mkstemp(prefix=".partial-", dir=self.root)
        try:
            digest = hashlib.sha256()
            with os.fdopen(fd, "wb") as out:
                while block := source.read(_CHUNK):
                    digest.update(block)
                    out.write(block)
            if digest.hexdigest() != sha256:
                raise ExpctlError(f"the content of {sha256[:12]}... does not match its hash; not kept",
                                  hint="the source store's artifacts folder was changed by hand")
            os.makedirs(os.path.dirname(final), mode=0o700, exist_ok=True)
            os.replace(partial, final)
        finally:
            if os.path.exists(partial):
                os.unlink(partial)


def server_artifact_root(url: str) -> str:
    """The artifact root of a PostgreSQL store (see the module's docstring)."""
    root = os.environ.get("EXPCTL_ARTIFACT_ROOT")
    if root:
        return os.path.abspath(os.path.expanduser(root))
    from ..paths import configured_path, user_data_dir

    configured = configured_path("artifact_root")
    if configured:
        return configured[0]
    from .spool import server_label

    return os.path.join(user_data_dir(os.environ), "servers", server_label(url), "artifacts")


def blob_store(store_path: str) -> BlobStore:
    """The content store of the run store at `store_path` (a file or a server's URL)."""
    from .artifacts import artifact_folder

    return FolderBlobs(artifact_folder(store_path))
