"""Artifact content in export files (`expctl export --artifacts`, docs/export-format.md).

Each kept file travels as "blob lines" placed before the first run line that refers to it:
`{"blob": "<sha256>", "offset": N, "data": "<base64 of at most 1 MiB>"}`, in order of offset.
A file is written once however many runs keep it, and never held whole in memory. On import
the pieces go to a temporary file in the store's artifacts folder, which takes the content's
name only when its sha256 is the one announced; a blob already in the store is not rewritten.

No printing here: problems are ExpctlErrors, which the importer reports by line.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
import tempfile
from typing import Iterator

from ..store.artifacts import FOLDER, blob_path, open_blob
from ..errors import ExpctlError

PIECE = 1 << 20
_SHA256 = re.compile(r"[0-9a-f]{64}")
_BASE64 = re.compile(r"[A-Za-z0-9+/]*={0,2}")


def blob_lines(store_path: str, artifacts: list[dict], sent: set[str],
               missing: list[str]) -> Iterator[dict]:
    """The blob lines for these artifacts whose content was not sent yet (added to `sent`);
    the hashes of content absent from the store's folder are added to `missing`."""
    for artifact in artifacts:
        sha = artifact["sha256"]
        if sha in sent or not _SHA256.fullmatch(sha):
            continue
        sent.add(sha)
        try:
            with open_blob(blob_path(store_path, sha)) as blob:  # a regular file, no link
                offset = 0
                while piece := blob.read(PIECE):
                    yield {"blob": sha, "offset": offset, "data": base64.b64encode(piece).decode("ascii")}
                    offset += len(piece)
                if offset == 0:
                    yield {"blob": sha, "offset": 0, "data": ""}
        except (OSError, ExpctlError):  # gone, or replaced by a link or a device: not sent
            missing.append(sha)


class BlobReceiver:
    """Takes the blob lines of an import file, one blob at a time, and keeps each blob whose
    content matches its hash in the store's artifacts folder (with `dry_run`, only checks)."""

    def __init__(self, store_path: str, dry_run: bool):
        self.store_path = store_path
        self.dry_run = dry_run
        self.sha: str | None = None
        self.size = 0
        self.digest = None
        self.out = None
        self.partial: str | None = None

    def take(self, line: dict) -> None:
        """One blob line; ExpctlError (and the blob dropped) when it does not fit."""
        sha, offset, data = line.get("blob"), line.get("offset"), line.get("data")
        if not isinstance(sha, str) or not _SHA256.fullmatch(sha):
            self.abort()
            raise ExpctlError("blob: expected 64 lowercase hex digits")
        if isinstance(offset, bool) or not isinstance(offset, int):
            self.abort()
            raise ExpctlError("offset: expected an integer")
        if not isinstance(data, str) or len(data) % 4 or len(data) > 2 * PIECE or not _BASE64.fullmatch(data):
            self.abort()
            raise ExpctlError("data: expected base64 text of at most 1 MiB")
        if sha != self.sha or offset == 0:
            self.finish()
            self._start(sha)
        if offset != self.size:
            self.abort()
            raise ExpctlError(f"offset: {offset} where {self.size} was expected (a piece is missing)")
        piece = base64.b64decode(data)
        self.digest.update(piece)
        self.size += len(piece)
        if self.out is not None:
            self.out.write(piece)

    def _start(self, sha: str) -> None:
        self.sha, self.size, self.digest = sha, 0, hashlib.sha256()
        if self.dry_run or os.path.exists(blob_path(self.store_path, sha)):
            return
        folder = os.path.join(os.path.dirname(os.path.abspath(self.store_path)), FOLDER)
        os.makedirs(folder, mode=0o700, exist_ok=True)
        fd, self.partial = tempfile.mkstemp(prefix=".partial-", dir=folder)
        self.out = os.fdopen(fd, "wb")

    def finish(self) -> None:
        """Keep the blob being received if its content matches its name; ExpctlError if not."""
        if self.sha is None:
            return
        sha, digest = self.sha, self.digest.hexdigest()
        if digest != sha:
            self.abort()
            raise ExpctlError(f"blob {sha[:12]}...: the content's sha256 is {digest[:12]}...; not kept")
        if self.out is not None:
            self.out.close()
            final = blob_path(self.store_path, sha)
            os.makedirs(os.path.dirname(final), mode=0o700, exist_ok=True)
            os.replace(self.partial, final)
        self.out = self.partial = self.sha = None

    def abort(self) -> None:
        """Drop the blob being received."""
        if self.out is not None:
            self.out.close()
            os.unlink(self.partial)
        self.out = self.partial = self.sha = None
