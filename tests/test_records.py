"""models.Record: written as typing.NamedTuple classes for the type checker, built as plain
namedtuples at run time, without importing `typing` on `expctl run`'s path."""

from __future__ import annotations

import pickle
import subprocess
import sys

import pytest

from expctl.models import GitInfo, Param, Record, Run
from expctl.records import LogChunk


class Point(Record):
    """A docstring kept on the class."""

    x: float
    y: float = 0.0
    label: str | None = None

    @property
    def norm(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5


def test_fields_defaults_methods_and_docstring():
    p = Point(3.0, 4.0)
    assert p == (3.0, 4.0, None) and p._fields == ("x", "y", "label")
    assert p.norm == 5.0 and Point(1.0).y == 0.0
    assert Point.__doc__ == "A docstring kept on the class."
    assert p._replace(label="a").label == "a"
    assert isinstance(p, tuple) and not hasattr(p, "__dict__")  # slots: as light as a namedtuple


def test_a_record_is_one_tuple_class():
    """One class per record, not a namedtuple and a subclass of it (each class made is about
    0.1 ms of every `expctl run`'s start); a record without a docstring has none."""
    class Bare(Record):
        a: int

    assert Point.__bases__ == (tuple,) and Param.__bases__ == (tuple,) and Bare.__bases__ == (tuple,)
    assert Bare.__doc__ is None and repr(Bare(1)) == "Bare(a=1)" and Bare(a=2)._asdict() == {"a": 2}


def test_a_field_without_default_after_one_with_is_refused():
    with pytest.raises(TypeError):
        class Bad(Record):
            a: int = 0
            b: int


def test_records_pickle_and_keep_their_class():
    for value in (Param("lr", 0.1, "0.1"), GitInfo("abc", "main", False), LogChunk("stdout", 0, b"x")):
        again = pickle.loads(pickle.dumps(value))
        assert again == value and type(again) is type(value)


def test_the_stored_records_keep_their_field_order():
    assert Param._fields == ("name", "value", "text", "source")
    assert Run._fields[:3] == ("id", "uuid", "name") and Run._fields[-1] == "resources"


def test_a_chunk_stands_for_its_size_else_its_length():
    assert LogChunk("stdout", 0, b"abc").span == 3
    assert LogChunk("stdout", 0, b"***", 11).span == 11


def test_records_cost_the_run_path_no_typing_import():
    code = ("import sys; import expctl.models, expctl.records, expctl.paths, expctl.record.runner; "
            "print('typing' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_record_behaves_as_the_namedtuple_it_stands_for():
    from collections import namedtuple

    same = namedtuple("Point", ["x", "y", "label"], defaults=[0.0, None])
    for args, kwargs in [((1.0,), {}), ((1.0, 2.0), {}), ((1.0, 2.0, "a"), {}), ((), {"x": 1.0}),
                         ((1.0,), {"label": "b"}), ((), {"label": "c", "x": 2.0, "y": 3.0})]:
        ours, theirs = Point(*args, **kwargs), same(*args, **kwargs)
        assert ours == theirs and repr(ours) == repr(theirs) and ours._asdict() == theirs._asdict()
        assert ours._replace(y=9.0) == theirs._replace(y=9.0)
    for args, kwargs in [((), {}), ((1.0, 2.0, "a", 4), {}), ((1.0,), {"x": 2.0}), ((1.0,), {"z": 2})]:
        for make in (Point, same):
            with pytest.raises(TypeError):
                make(*args, **kwargs)
    with pytest.raises(ValueError):
        Point(1.0)._replace(z=1)
    assert Point._make([1.0, 2.0, None]) == same._make([1.0, 2.0, None])
    assert Point._field_defaults == same._field_defaults and Point.__match_args__ == same.__match_args__
    match Point(5.0, 6.0):
        case Point(x, y):
            assert (x, y) == (5.0, 6.0)
