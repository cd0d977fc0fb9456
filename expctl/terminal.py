"""Is this a terminal? The one test, for the recorder (which pty to give the child), the runner
(whose window size and modes to copy) and the renderers (Rich tables or plain text)."""

from __future__ import annotations

import os


def isatty(target) -> bool:
    """True when `target` (a file descriptor, or a file object) is a terminal. False for a
    closed or invalid descriptor, and for a stream without a descriptor (a test's StringIO)."""
    try:
        if isinstance(target, int):
            return os.isatty(target)
        return bool(target.isatty())
    except (OSError, ValueError, AttributeError):
        return False
