"""A series cut into its metric_chunks rows on import: the compiled helper
(expctl/store/_columns.c) and the Python it stands in for make the same rows."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from expctl.store import sqlite_import

COMPILED = pytest.mark.skipif(sqlite_import.append_chunk_rows is sqlite_import.python_append_chunk_rows,
                              reason="built without a C compiler")


@COMPILED
@given(n=st.integers(0, 130), per_row=st.integers(1, 50), seq=st.integers(0, 10 ** 6),
       short=st.integers(0, 24), kind=st.sampled_from([bytes, bytearray]))
def test_the_compiled_rows_are_the_python_rows(n, per_row, seq, short, kind):
    """Rows of every size around per_row, of bytes and bytearray columns (a column shorter
    than 8n too: cut as Python slices it), each value of the type Python gives it."""
    columns = [kind(bytes(range(256)) * (n * 8 // 256 + 1))[:max(0, 8 * n - short * c)] for c in range(3)]
    compiled: list = [("before",)]
    python: list = [("before",)]
    sqlite_import.append_chunk_rows(compiled, 7, "acc", seq, per_row, n, *columns)
    sqlite_import.python_append_chunk_rows(python, 7, "acc", seq, per_row, n, *columns)
    assert compiled == python
    assert [tuple(map(type, row)) for row in compiled] == [tuple(map(type, row)) for row in python]


@COMPILED
def test_the_compiled_rows_refuse_what_they_cannot_cut():
    with pytest.raises(TypeError, match="bytes or bytearray"):
        sqlite_import.append_chunk_rows([], 1, "acc", 0, 2, 3, memoryview(b"x" * 24), b"", b"")
    with pytest.raises(ValueError, match="per_row >= 1"):
        sqlite_import.append_chunk_rows([], 1, "acc", 0, 0, 3, b"", b"", b"")
    with pytest.raises(TypeError):
        sqlite_import.append_chunk_rows((), 1, "acc", 0, 2, 3, b"", b"", b"")
