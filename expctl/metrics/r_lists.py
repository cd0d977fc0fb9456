"""R's lists as printed: ``print(list)`` and ``str(list)`` (LIST_MEMBER and STR_MEMBER in
`rules`).

``print`` of a list names each member on a line of its own, by its path from the list (``$cv``
then ``$cv$rmse``), and prints the member's value under it: a vector is one or more lines, each
opening with the index of its first element in brackets::

    $train$loss                   <- train/loss = 0.1822127
    [1] 0.1822127

    $trace                        <- trace at step 1 .. 20: each element at its index
     [1] 0.5327161 0.4767202 0.4408121 0.4131412 0.3903527 0.3710101 0.3543161
     [8] 0.3397487 0.3269305 0.3155722 0.3054455 0.2963666 0.2881858 0.2807799
    [15] 0.2740469 0.2679016 0.2622725 0.2570991 0.2523297 0.2479204

The path names the values (``$`` parts joined by ``/``); a vector of one element is one
value, a longer one a series whose steps are the printed indexes (the index is where the
element stands, as a table's row number is). A vector under no ``$`` line (``[1] 156.6523``,
what ``print(x)`` shows of an unnamed number) has no name, and gives nothing.

TITLED_VALUE: a vector right under a title of its own (a line of one to four words, a colon
closing it or not) is named by it when it holds one element: ``nlm``'s trace prints each
iteration's ``Function Value`` over ``[1] 145`` (at the step ``iteration = 3`` carries), its
``Parameter:`` and ``Gradient:`` vectors of several elements, which give nothing (a vector's
index is no step there: the iteration is).

``str`` prints one member a line, its path's depth shown by ``..`` marks, its type and its
first values::

    List of 5
     $ rmse : num 2.47            <- rmse
     $ n    : int 32              <- a whole number's type: a count, nothing
     $ ic   :List of 2
      ..$ aic: num 157            <- ic/aic
      ..$ bic: num 163

A ``num`` member of one value is that value under its path (the names of the lists above it,
found by their depth); ``int`` members are counts (R stores counts and indexes as integers),
and a vector (``num [1:5] ...``) shows only its first values, so it gives nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from . import rules
from .cells import NUMBER_CELL
from .list_headings import list_heading
from .table_rows import AT_HEADER

_VECTOR_LINE = re.compile(r" *\[(\d+)\]((?: +\S+)+) *\Z")  # " [8] 0.33 0.32 ..."
# TITLED_VALUE (rules): a line of words alone, flush left, a colon closing it or not
_TITLE = re.compile(r"([^\W\d][\w.'-]*(?: [^\W\d][\w.'-]*){0,3}):?\Z")
_VECTOR_REACH = 64  # lines of one vector looked back over for its "$" line
_STR_MEMBER = re.compile(r" +((?:\.\. ?)*)\$ ([^\W\d][\w.]*?) *: ?(List of \d+|num|int|chr|logi|"
                         r"Named num|Factor w/ \d+ levels?)(?: +(\S.*?))? *\Z")
_STR_REACH = 64  # members looked back over for a nested member's lists


def read_list_member(line: str, before: Callable[[int], Sequence[str]]):
    """LIST_MEMBER (rules): a list of ``(pairs, step text or None)`` for a line of a vector printed
    under a list member's ``$`` path, else None."""
    found = _VECTOR_LINE.match(line)
    if found is None:
        return None
    cells = found.group(2).split()
    if not all(NUMBER_CELL.match(cell) or cell == "NA" for cell in cells):
        return None
    index, long = int(found.group(1)), int(found.group(1)) > 1
    path, expect = None, index
    for text in reversed(before(_VECTOR_REACH)):
        earlier = _VECTOR_LINE.match(text)
        if earlier is not None:  # a line of the same vector when its elements lead to this one
            if int(earlier.group(1)) + len(earlier.group(2).split()) != expect:
                return None  # another vector ("[1] 1.3" of the member above): no path of ours
            expect, long = int(earlier.group(1)), True
            continue
        path = list_heading(text)  # "$train$loss": train/loss
        if path is None and not long and (title := _TITLE.match(text)) is not None:
            if len(cells) > 1:
                return []  # TITLED_VALUE: a titled vector of several (nlm's "Gradient:")
            path = title.group(1)  # TITLED_VALUE: "Function Value" over "[1] 145"
        break
    if path is None:
        return None
    if not long and len(cells) == 1:  # one element: one value, at the step a header carries
        return [] if cells[0] == "NA" else [([(path, NUMBER_CELL.match(cells[0]).group(1))], AT_HEADER)]
    return [([(path, NUMBER_CELL.match(cell).group(1))], str(index + at))
            for at, cell in enumerate(cells) if cell != "NA"]


def read_str_member(line: str, before: Callable[[int], Sequence[str]]):
    """STR_MEMBER (rules): a list of one ``(pairs, None)`` for a ``str()`` line of a ``num`` member of
    one value (``[]`` for a member that gives nothing), else None."""
    found = _STR_MEMBER.match(line)
    if found is None:
        return None
    kind, shown = found.group(3), found.group(4) or ""
    if kind != "num" or shown.startswith("[") or len(shown.split()) != 1:
        return []  # a count, a text, a list's own line, a vector of which str shows a part
    number = NUMBER_CELL.match(shown)
    if number is None:
        return []
    depth, names = found.group(1).count(".."), [found.group(2)]
    for text in reversed(before(_STR_REACH)):
        if depth == 0:
            break
        above = _STR_MEMBER.match(text)
        if above is None:
            return []  # a member of a list whose own line is gone: no path
        if above.group(1).count("..") == depth - 1 and above.group(3).startswith("List"):
            depth -= 1
            names.insert(0, above.group(2))
    name = "/".join(names)
    return [([(name, number.group(1))], None)] if depth == 0 and not rules.is_setup_name(name) else []
