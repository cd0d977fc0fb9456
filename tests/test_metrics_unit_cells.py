"""UNIT_CELL and PER_AMOUNT: a row's closing physical unit is no column; a header of ``1
<unit>`` cells names columns of values per that amount."""

from __future__ import annotations

import pytest

from expctl.metrics import scan
from expctl.metrics.grammar import may_hold_metrics
from tests.metric_reading import values

_REPORT = """\
                          1 kg             1 kmol
                     ---------------   ---------------
          enthalpy            1773.4             53087  J
   internal energy       -7.5563e+05       -2.2619e+07  J

"""


def test_values_per_amount_are_named_by_the_basis():
    got = values(_REPORT)
    assert got["enthalpy/1 kg"] == [1773.4]
    assert got["enthalpy/1 kmol"] == [53087.0]
    assert got["internal energy/1 kmol"] == [-2.2619e+07]


def test_a_closing_word_that_is_no_unit_is_no_unit_cell():
    got = values(_REPORT.replace("  J\n", "  Joules\n"))
    assert not any(name.startswith("enthalpy/") for name in got)


def test_a_header_of_amounts_other_than_one_is_no_basis():
    got = values(_REPORT.replace("1 kg", "3 kg").replace("1 kmol", "3 kmol"))
    assert not any(name.startswith("enthalpy/") for name in got)


_SCANNED = [
    "           entropy            7939.5        2.3767e+05  J/K",
    "  heat capacity c_p            1116.9             33434  J/K",
    "x  5 J/K",
    "a 5 J/K",
    "5  a/",
    "see 3 and/or",
    "width  5  abcdefghij/klm",  # longer than a unit cell: a label (LABEL_CELL)
    "width  5  ab/cd ef",  # two cells, a slash in the first: neither a unit's nor words
]


@pytest.mark.parametrize("line, accepted", list(zip(_SCANNED, [True, True, True, False, False, False, True, False])))
def test_a_line_closed_by_a_unit_cell_is_a_candidate(line, accepted):
    assert may_hold_metrics(line) is accepted


def test_the_compiled_scan_agrees_on_unit_cells():
    if scan.compiled_starts is None:
        pytest.skip("the compiled scan is not built")
    text = "\n".join(_SCANNED).encode("ascii") + b"\n"
    starts = scan.compiled_starts(text, 0, len(text), 1000)
    found = {text[s:text.index(b"\n", s)].decode() for s in starts}
    assert found == {line for line in _SCANNED if may_hold_metrics(line)}


def test_rows_closed_by_a_unit_with_a_slash_are_read():
    # under the rows above, as cantera prints it (a blank line would end the table)
    got = values(_REPORT.rstrip("\n") + "\n           entropy            7939.5        2.3767e+05  J/K\n\n")
    assert got["entropy/1 kmol"] == [2.3767e+05]


def test_a_named_column_of_letters_stays_a_text_column():
    text = "model    acc    grade\nknn     0.91        A\nsvm     0.88        B\nrf      0.93        A\n\n"
    assert values(text) == {"knn/acc": [0.91], "svm/acc": [0.88], "rf/acc": [0.93]}
