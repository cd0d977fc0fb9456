"""`expctl list --columns`: the chosen fields of each run as table rows. No I/O here."""

from __future__ import annotations

from typing import Sequence

from ..query.where import BOOL, INT, NUMBER, PARAM, SECONDS, TIME, Field, field_value
from .text import format_duration, format_number, format_time

NUMERIC = (INT, NUMBER, SECONDS, PARAM)


def column_rows(runs: Sequence, fields: Sequence[Field], git_by_run: dict):
    """(headers, rows, right-alignment) for `fields` of `runs`; `git_by_run` maps a run id to
    its GitInfo (needed only when a git field is shown). Headers are the fields as written."""
    headers = [field.label for field in fields]
    right = [field.type in NUMERIC for field in fields]
    rows = [[format_field(field, field_value(run, field, git_by_run.get(run.id)))
             for field in fields] for run in runs]
    return headers, rows, right


def format_field(field: Field, value) -> str:
    """A field's value for a table cell: times local, durations short, numbers to 4 digits."""
    if value is None:
        return ""
    kind = field.type
    if kind == TIME:
        return format_time(value)
    if kind == SECONDS:
        return format_duration(value)
    if kind == BOOL:
        return "true" if value else "false"
    if field.kind == "tags":
        return ", ".join(value)
    if field.kind == "git" and field.name == "commit":
        return value[:8]
    return format_number(value)
