"""Decoding the base64 text of an export line's metric columns, strictly: exactly what
base64.b64decode(text, validate=True) accepts at a length that is a multiple of 4 (the
documented alphabet and padding), or nothing.

The compiled decoder (transfer._metrics_json.unb64) is used where it was built: binascii's
strict mode spends ~33 instructions a character, and the columns are most of a line, so it
was a fifth of an import worker's work. The two accept and decode the same texts
(tests/test_b64text.py). Loaded at first use: the store's readers import expctl.transfer.check
without ever decoding a column.
"""

from __future__ import annotations

from collections.abc import Callable

_decode: Callable[[str], bytes | None] | None = None


def strict_b64(text: str) -> bytes | None:
    """The bytes `text` encodes, or None when it is not strict base64 (a multiple of 4 long)."""
    return (_decode or _load())(text)


def strict_decoder() -> Callable[[str], bytes | None]:
    """strict_b64's decoder itself (the compiled one where it was built), for a caller that
    decodes many texts."""
    return _decode or _load()


def _load() -> Callable[[str], bytes | None]:
    global _decode
    try:
        from ._metrics_json import unb64 as compiled
    except ImportError:  # not built (setup.py: optional)
        compiled = python_b64
    _decode = compiled
    return compiled


def python_b64(text: str) -> bytes | None:
    """strict_b64 in Python: binascii's strict mode with the two tests here accepts exactly
    what the regex [A-Za-z0-9+/]*={0,2} matches at a length that is a multiple of 4."""
    import binascii

    if len(text) % 4 or text.endswith("==="):
        return None
    try:
        return binascii.a2b_base64(text, strict_mode=True)
    except (binascii.Error, ValueError):  # ValueError: not ASCII
        return None
