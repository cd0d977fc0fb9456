"""render.jsontext writes JSON documents exactly as json.dumps(indent=2, ensure_ascii=False,
default=str) does, on generated documents and on what it leaves to json."""

from __future__ import annotations

import datetime
import json
import math
from collections import OrderedDict
from enum import IntEnum

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from expctl.render.jsontext import dumps_indented

leaves = (st.none() | st.booleans() | st.integers() | st.integers(-3, 3)
          | st.floats() | st.sampled_from([0.0, -0.0, math.nan, math.inf, -math.inf, 1e308, 5e-324])
          | st.text() | st.sampled_from(["", "\"", "\\", "\n", "é", "\u2028", "\x00", "😀"]))
documents = st.recursive(
    leaves, lambda inner: st.lists(inner, max_size=6) | st.lists(inner, max_size=4).map(tuple)
    | st.dictionaries(st.text(max_size=5), inner, max_size=6), max_leaves=60)


def _reference(document) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False, default=str)


@given(documents)
@settings(max_examples=400, deadline=None)
def test_the_same_text_as_json_dumps_with_indent(document):
    assert dumps_indented(document) == _reference(document)


class _Level(IntEnum):
    LOW = 1


def test_what_it_does_not_write_itself_is_written_by_json():
    odd = [{1: "a", None: 2}, {"x": {2.5: [1]}}, [_Level.LOW], OrderedDict(a=1),
           {"when": datetime.date(2026, 1, 2)}, {"s": {1, 2}}]
    for document in odd:
        assert dumps_indented(document) == _reference(document)
    looped: dict = {}
    looped["self"] = [looped]
    with pytest.raises(ValueError, match="Circular reference"):
        dumps_indented(looped)


def test_lists_of_one_type_and_of_mixed_types():
    for document in ([1, 2, 3], [1.5, math.nan], ["a", "b"], [True, False], [None, None], [1, 1.0, True, "1"],
                     [[1], [], {}], {"runs": list(range(50)), "seeds": [[0], [1, 2]]}):
        assert dumps_indented(document) == _reference(document)
