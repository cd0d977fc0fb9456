"""Is this a terminal? The one test, for the recorder (which pty to give the child), the runner
(whose window size and modes to copy), the renderers (Rich tables or plain text) and the
commands that ask before deleting; and the one rule for colour in what is not drawn by Rich."""

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


def wants_colour(target) -> bool:
    """Colour for output to `target`: on a terminal, unless NO_COLOR is set (no-color.org).
    Rich's console applies the same rule to the tables it draws."""
    return isatty(target) and "NO_COLOR" not in os.environ
