"""expctl.jsoncore writes exactly the text json.dumps writes and reads exactly the values
json.loads reads (it drives json's own C functions), on generated documents."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from expctl import jsoncore

leaves = (st.none() | st.booleans() | st.integers() | st.integers(-3, 3)
          | st.floats() | st.sampled_from([0.0, -0.0, math.nan, math.inf, -math.inf, 1e308, 5e-324])
          | st.text() | st.sampled_from(["", "\"", "\\", "\n", "é", "\u2028", "\x00", "😀", "\udc80"]))
documents = st.recursive(
    leaves, lambda inner: st.lists(inner, max_size=6) | st.lists(inner, max_size=4).map(tuple)
    | st.dictionaries(st.text(max_size=5), inner, max_size=6)
    | st.dictionaries(st.integers() | st.floats() | st.booleans() | st.none(), inner, max_size=3),
    max_leaves=60)


@given(documents, st.booleans())
def test_dumps_is_json_dumps(document, sort_keys):
    try:
        expected = json.dumps(document, sort_keys=sort_keys)
    except TypeError:  # sort_keys over keys of mixed types
        with pytest.raises(TypeError):
            jsoncore.dumps(document, sort_keys=sort_keys)
        return
    assert jsoncore.dumps(document, sort_keys=sort_keys) == expected


@given(documents, st.sampled_from(["", " ", "\n\t ", "\r\n"]))
def test_loads_is_json_loads(document, space):
    text = space + json.dumps(document) + space
    assert repr(jsoncore.loads(text)) == repr(json.loads(text))  # repr: NaN is not equal to itself


@pytest.mark.parametrize("text", ["", " ", "{", "[1,]", "1 2", "nul", '"\\q"', "[1]x", "{'a': 1}",
                                  '"\x00"', "[" * 100_000])
def test_loads_refuses_what_json_refuses(text):
    with pytest.raises((ValueError, RecursionError)) as json_error:
        json.loads(text)
    with pytest.raises(json_error.type if json_error.type is RecursionError else ValueError):
        jsoncore.loads(text)


def test_what_json_cannot_write_is_refused_alike():
    cycle: list = []
    cycle.append(cycle)
    for document in ({"a": object()}, {(1, 2): 1}, cycle):
        with pytest.raises((TypeError, ValueError)) as json_error:
            json.dumps(document)
        with pytest.raises(json_error.type, match=str(json_error.value)):
            jsoncore.dumps(document)
