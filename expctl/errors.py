"""The one family of user-facing errors.

Library code raises these; the CLI boundary turns them into `Error: <message>` plus an optional
hint on stderr and a non-zero exit code. Nothing here imports the CLI.
"""

from __future__ import annotations


class ExpctlError(Exception):
    """An error the user can act on. `exit_code` 2 means a usage error."""

    exit_code = 1

    def __init__(self, message: str, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint


class UsageError(ExpctlError):
    """Bad command-line input: unknown option value, missing command, bad reference syntax."""

    exit_code = 2


class RunNotFound(ExpctlError):
    """A run reference that matches no run, or more than one."""


class StoreError(ExpctlError):
    """The store cannot be opened, read or written (corrupt, newer schema, permissions)."""


class StoreLocked(StoreError):
    """Another process held the store's write lock for longer than the busy timeout."""


class StoreBusy(StoreError):
    """Maintenance (gc --compact) refused because runs are being recorded."""

    def __init__(self, run_ids: list[int]):
        listed = ", ".join(map(str, run_ids[:10])) + (" ..." if len(run_ids) > 10 else "")
        super().__init__(f"not compacting while {len(run_ids)} run(s) are being recorded ({listed})",
                         hint="run it again when they have ended, or add --wait SECONDS")
        self.run_ids = run_ids
