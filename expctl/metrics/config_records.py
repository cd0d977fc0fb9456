"""Settings printed as one record: a JSON or dict line that is configuration, read as entries.

A program may print its configuration as a record rather than as lines of text: a JSON event
marked as config (``{"event": "config", ...}``, CONFIG_MARKERS), a dict holding Python's flags
(FLAG_RECORD), a record of sections and text naming no result or step (CONFIG_RECORD). This
module tells such records and flattens them to entries (``(name, text)``, nested keys joined
with ``.``, as `expctl.metrics.printed_config` spells them); `expctl.metrics.formats` decides
where a record is read, the parser whether it stands before training output.
"""

from __future__ import annotations

from . import rules
from .history_lists import is_computed_list
from .steps import STEP_RANK
from ..lazyre import LazyPattern

Entry = tuple[str, str]  # as `printed_config.Entry`: (name, text as printed)

_MARKER_KEYS = ("event", "type", "kind", "msg", "message", "name", "tag")


def from_object(obj: dict) -> list[Entry] | None:
    """The entries of a JSON or dict record marked as config (``{"event": "config", ...}``),
    or None when it is not marked."""
    if not is_config_event(obj):
        return None
    marker = {key for key in _MARKER_KEYS
              if isinstance(obj.get(key), str) and obj[key].strip().lower() in rules.CONFIG_WORDS}
    return flatten({k: v for k, v in obj.items() if k not in marker})


# FLAG_RECORD (rules): a value of Python's None, True or False in a dict's repr ("'ordered': True").
_PY_FLAG = LazyPattern(r"""['"]\s*:\s*(?:None|True|False)\s*[,}]""")


def has_flag(text: str) -> bool:
    """FLAG_RECORD: True when the dict printed as `text` holds a Python flag or None: a
    program printed a dict of its settings, as a JSON log never spells them."""
    return ("None" in text or "True" in text or "False" in text) and bool(_PY_FLAG.search(text))


def settings_of(obj: dict) -> list[Entry] | None:
    """The entries of a record that reads as settings (`is_settings_record`), else None."""
    return flatten(obj) if is_settings_record(obj) else None


def flatten(obj: dict, prefix: str = "") -> list[Entry]:
    """Every scalar of `obj` as an entry, nested keys joined with "." (lists as printed)."""
    entries: list[Entry] = []
    stack = [(prefix, iter(obj.items()))]
    while stack:
        head, items = stack[-1]
        for key, value in items:
            if not isinstance(key, (str, int)) or not str(key).strip():
                continue
            name = f"{head}{str(key).strip()}"
            if isinstance(value, dict):
                stack.append((name + ".", iter(value.items())))
                break
            entries.append((name, _text(value)))
        else:
            stack.pop()
    return entries


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(map(_text, value)) + "]"
    return str(value)


# -- CONFIG_RECORD (rules) ---------------------------------------------------------------------


def is_settings_record(obj: dict) -> bool:
    """True for a record that reads as settings: no key names a result or a step, and some
    value is a section (a dict) or no number (text, a list, a boolean, null). Whether it is
    configuration also depends on where it is printed (the parser: before training output)."""
    plain = False
    stack = [obj]
    while stack:
        record = stack.pop()
        for key, value in record.items():
            if not isinstance(key, str):
                continue
            if key in STEP_RANK and not _is_range(record) or rules.is_result_name(key):
                return False
            if isinstance(value, dict):
                plain = True
                stack.append(value)
            elif not plain and not _is_number_value(value) and not is_computed_list(value):  # COMPUTED_LIST
                plain = True
    return plain


_RANGE_ENDS = ("min", "max", "low", "high", "lower", "upper", "start", "stop")


def _is_range(record: dict) -> bool:
    """RANGE_STEP: a record holding a range's ends (``min_value``, ``max_value``, ``low``): its
    ``step`` is the range's increment, a setting, not the run's counter."""
    return any(isinstance(key, str) and key.lower().split("_")[0] in _RANGE_ENDS for key in record)


def _is_number_value(value: object) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return True
    return isinstance(value, str) and _PLAIN_NUMBER.match(value.strip()) is not None


_PLAIN_NUMBER = LazyPattern(r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?%?\Z")


# -- CONFIG_MARKERS (rules): a JSON event marked as config ---------------------------------------


def is_config_event(pairs_text: dict) -> bool:
    """A JSON event marked as config (``{"event": "config", ...}``)."""
    for key in ("event", "type", "kind", "msg", "message", "name", "tag"):
        value = pairs_text.get(key)
        if isinstance(value, str) and value.strip().lower() in rules.CONFIG_WORDS:
            return True
    return False
