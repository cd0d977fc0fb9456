"""Writing results: tables as Rich (on a terminal), plain text, CSV or Markdown; JSON documents.

The only module that imports rich and tabulate, and only when a table is actually printed.
Results go to stdout; styling only when stdout is a terminal and NO_COLOR is not set.
"""

from __future__ import annotations

import io
import json
import os
import re
import sys
from collections.abc import Iterable, Sequence
from itertools import chain

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing `typing` on the light commands' path
if TYPE_CHECKING:
    from typing import Any

FORMATS = ("table", "json", "csv", "markdown")
JSON_FORMAT_VERSION = 1


def stdout_is_terminal() -> bool:
    from ..terminal import isatty

    return isatty(sys.stdout)


def emit_table(
    headers: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str = "table",
    title: str | None = None, right: Sequence[bool] | None = None, styles=None,
) -> None:
    """Print one table. `rows` hold display strings; `right` marks right-aligned columns;
    `styles(row, column, text)` may give a cell a Rich style on a terminal (render/style.py)."""
    if fmt == "csv":
        import csv

        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(headers)
        writer.writerows(rows)
        sys.stdout.write(buf.getvalue())
    elif fmt == "markdown":
        sys.stdout.write(markdown_table(headers, rows, right) + "\n")
    elif stdout_is_terminal():
        _rich_table(headers, rows, title, right, styles)
    else:
        _plain_table(headers, rows, title, right)


def markdown_table(headers, rows, right=None) -> str:
    """A GitHub Markdown table; `|` in a cell is escaped and a line break becomes a space, so a
    value never breaks the table."""
    from tabulate import tabulate

    align = _align(headers, right)
    cells = [[markdown_cell(cell) for cell in row] for row in rows]
    return tabulate(cells, headers=[markdown_cell(h) for h in headers], tablefmt="github",
                    colalign=align, disable_numparse=True)


def markdown_cell(value) -> str:
    text = str(value)
    if "|" in text or "\n" in text or "\r" in text:
        text = text.replace("\\|", "|").replace("|", "\\|").replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
    return text


def _plain_table(headers, rows, title, right) -> None:
    if title:
        sys.stdout.write(title + "\n")
    if not rows:
        sys.stdout.write("  ".join(headers) + "\n")
        return
    text = simple_table(headers, rows, right)
    if text is None:
        from tabulate import tabulate

        text = tabulate(rows, headers=headers, tablefmt="simple", colalign=_align(headers, right),
                        disable_numparse=True)
    sys.stdout.write(text + "\n")


# Characters tabulate treats specially: line breaks (multi-line cells), ANSI escapes, its
# separating-line marker; and tab, which it would leave as it is but a terminal would not.
_SPECIAL = re.compile("[\x00-\x1f\x7f]")


def simple_table(headers, rows, right=None) -> str | None:
    """The text of `tabulate(rows, headers, tablefmt="simple", colalign=..., disable_numparse=True)`
    for the tables commands print (string cells, one line each, as many as the headers), without
    importing tabulate: it costs about 10 ms, a large part of a light command's start. None for
    any other table, which tabulate then lays out (tests/test_fast_cli.py compares the two on
    random tables). A column is as wide as its widest cell (cells are stripped) or its header
    plus two; columns are two spaces apart; lines end without trailing spaces."""
    # (every row as long as the headers and every cell a str: checked at C speed, a table of
    # 20,000 seed groups is 120,000 cells)
    if not headers or not all(type(h) is str for h in headers) or not set(map(len, rows)) <= {len(headers)} \
            or not set(map(type, chain.from_iterable(rows))) <= {str}:
        return None
    columns = list(zip(*rows))
    text = "".join(headers) + "".join("".join(column) for column in columns)
    if _SPECIAL.search(text) or (not text.isascii() and _wide_chars_measured()):
        return None
    cells = [list(map(str.strip, column)) for column in columns]
    widths = [max(len(h) + 2, *map(len, column)) for h, column in zip(headers, cells)]
    flush = [">" if right and right[i] else "<" for i in range(len(headers))]
    # One format for every line (cells are its arguments, never its text): a C call per line.
    line = "  ".join(f"{{:{f}{w}}}" for f, w in zip(flush, widths)).format
    lines = [line(*headers).rstrip(), "  ".join("-" * w for w in widths)]
    if cells:
        lines += map(str.rstrip, map(line, *cells))
    return "\n".join(lines)


def _wide_chars_measured() -> bool:
    """Whether tabulate measures text with wcwidth (installed alongside): then it, not len(),
    gives the width of non-ASCII text, and simple_table leaves such tables to tabulate.
    Asked of the import system's finders as `importlib.util.find_spec` would ask them, without
    importing importlib.util (with contextlib, about 0.6 ms of a light command's start)."""
    if "wcwidth" in sys.modules:
        return True
    for finder in sys.meta_path:
        find = getattr(finder, "find_spec", None)
        if find is not None and find("wcwidth", None) is not None:
            return True
    return False


def _align(headers, right):
    return tuple("right" if right and right[i] else "left" for i in range(len(headers)))


def _rich_table(headers, rows, title, right, styles=None) -> None:
    from rich.table import Table
    from rich.text import Text

    table = Table(title=title, title_justify="left", box=None, header_style="bold",
                  pad_edge=False, show_edge=False)
    for i, header in enumerate(headers):
        table.add_column(header, justify="right" if right and right[i] else "left",
                         overflow="fold")
    for r, row in enumerate(rows):
        if styles is None:
            table.add_row(*[str(cell) for cell in row])
        else:
            table.add_row(*[Text(str(cell), style=styles(r, c, str(cell))) for c, cell in enumerate(row)])
    console().print(table)


_console = None


def console():
    """A Rich console on stdout; colour only on a terminal and never with NO_COLOR."""
    global _console
    if _console is None:
        from rich.console import Console

        _console = Console(highlight=False, no_color="NO_COLOR" in os.environ, soft_wrap=False)
    return _console


def emit_json(document: Any) -> None:
    """The document as json.dumps(indent=2, ensure_ascii=False, default=str) writes it, at the
    speed of json's C encoder rather than its pure-Python one (expctl.render.jsontext)."""
    from .jsontext import dumps_indented

    sys.stdout.write(dumps_indented(document) + "\n")


# One item per line, each encoded by json's C encoder: `indent` would switch json to its
# pure-Python encoder (several times slower) and want the whole document in memory.
_encode = json.JSONEncoder(ensure_ascii=False, default=str).encode


def item_encoder():
    """`_encode` for the items of emit_json_array: the same text, from one C encoder made once
    (JSONEncoder.encode makes one per call) and without the check for circular references
    (items are trees of plain values), a few per cent of a long listing's time."""
    from json import encoder

    make_encoder = getattr(encoder, "c_make_encoder", None)  # not in typeshed's stubs
    if make_encoder is None:  # a Python without json's C accelerator
        return _encode
    make = make_encoder(None, str, encoder.encode_basestring, None, ": ", ", ", False, False, True)
    return lambda item: "".join(make(item, 0))


def emit_json_array(items: Iterable[Any], batch: int = 256) -> None:
    """A JSON array written item by item as `items` yields them: memory does not grow with the
    output. Each item takes one line (the same content as `emit_json`, laid out per item)."""
    emit_json_lines(map(item_encoder(), items), batch)


def emit_json_lines(texts: Iterable[str], batch: int = 256) -> None:
    """`emit_json_array` of items given as their text (one line each, as it encodes them)."""
    write = sys.stdout.write
    lines: list[str] = []
    opened = False
    for text in texts:
        lines.append(text)
        if len(lines) >= batch:
            write(("[\n  " if not opened else ",\n  ") + ",\n  ".join(lines))
            opened, lines = True, []
    if lines:
        write(("[\n  " if not opened else ",\n  ") + ",\n  ".join(lines))
        opened = True
    write("\n]\n" if opened else "[]\n")


def emit_json_texts(texts: Iterable[bytes | str]) -> None:
    """emit_json_lines of lines given a batch at a time, each batch's lines joined by ",\n  ":
    bytes (UTF-8) go to the stream's buffer as they are when the stream writes UTF-8 (no
    decoding and encoding again), text goes through the stream."""
    stream = sys.stdout
    opened = False
    for text in texts:
        if not text:
            continue
        stream.write("[\n  " if not opened else ",\n  ")
        opened = True
        write_text(stream, text)
    stream.write("\n]\n" if opened else "[]\n")


def write_text(stream, text: bytes | str) -> None:
    """Text to `stream`; bytes (UTF-8) to its buffer as they are when it writes UTF-8 (no
    decoding and encoding again), else decoded."""
    if isinstance(text, str):
        stream.write(text)
        return
    raw = getattr(stream, "buffer", None)
    if raw is not None and (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "") == "utf8":
        stream.flush()
        raw.write(text)
    else:
        stream.write(text.decode())


def emit_json_groups(groups: Iterable[tuple[str, Iterable[Any]]]) -> None:
    """A JSON object of arrays, `{key: [item, ...], ...}`, written as `groups` yields each key
    and its items (consecutive pairs with the same key extend one array)."""
    write = sys.stdout.write
    current = None
    for key, items in groups:
        if key != current:
            write(("{\n" if current is None else "\n  ],\n") + f"  {_encode(key)}: [")
            first, current = True, key
        for item in items:
            write(("\n    " if first else ",\n    ") + _encode(item))
            first = False
    write("{}\n" if current is None else "\n  ]\n}\n")


def emit_csv_rows(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """CSV written row by row (the same text as emit_table's csv)."""
    import csv

    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(headers)
    writer.writerows(rows)


def json_number(value):
    """JSON has no NaN/inf: they become null (documented in the JSON contract)."""
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        return None
    return value
