"""How a command line's words are read: which are flags (and which are negative numbers), and
which are Hydra-style overrides (`lr=0.1`, `+a.b=2`, `~key`). The one argv grammar, for params
(`params.py`), their config files (`config_files.py`), redaction (`redact.py`) and `rerun`, so
that each reads a command line exactly as the others do. Standard library only: this runs on
every `expctl run`.
"""

from __future__ import annotations

from ..lazyre import DOTALL, IGNORECASE, LazyPattern  # compiled at first use: a run's argv may need none of them

# `-1`, `-0.5`, `-1e-3`, `-.5`, `-inf`: values, not flags (so `--shift -1` means shift=-1).
_NEGATIVE_NUMBER_RE = LazyPattern(
    r"-(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|-(?:inf|infinity|nan)", IGNORECASE
)

# Hydra overrides: `key=value`, `+key=value`, `++key=value`, `a.b.c=value`, `group/opt=value`,
# `~key` and `~key=value` (deletions). A key must start like an identifier so that paths
# (`/data/x=1`, `~/data`) and URLs (`http://h?a=b`, which has a `:`) are not mistaken for one.
_OVERRIDE_RE = LazyPattern(r"(\+\+|\+|~)?([A-Za-z_][A-Za-z0-9_.\-/@]*)(?:=(.*))?", DOTALL)


def is_flag_token(token: str) -> bool:
    """True for `-x`, `-abc`, `--name`, `--name=value`.

    Not flags: `-` (stdin by convention), `--` (end of options; callers handle it), and
    negative numbers such as `-1`, `-0.5`, `-1e-3`, `-inf`, which are values.
    """
    if not token.startswith("-") or token in ("-", "--"):
        return False
    return _NEGATIVE_NUMBER_RE.fullmatch(token) is None


def split_override(token: str) -> tuple[str, str, str | None] | None:
    """Split a Hydra-style override into `(prefix, key, value)`, or None if `token` is not one.

    `prefix` is "", "+", "++" or "~". `value` is None only for a bare deletion `~key`.
    A plain word without `=` (a positional argument) is not an override.
    """
    match = _OVERRIDE_RE.fullmatch(token)
    if match is None:
        return None
    prefix, key, value = match.group(1) or "", match.group(2), match.group(3)
    if value is None and prefix != "~":
        return None
    return prefix, key, value
