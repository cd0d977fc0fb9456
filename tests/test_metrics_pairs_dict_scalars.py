"""A dict printed as its list of pairs whose values are NumPy scalars' reprs (PAIRS_DICT,
ENDS_IN_PAIRS): ``OrderedDict([('recall', np.float64(0.88))])`` ends in ``))])``, is a candidate
of every scan, and is read whole as the dict it is, keys of several words kept whole."""

from __future__ import annotations

import pytest

from expctl.metrics.grammar import may_hold_metrics
from tests.test_metrics_tables import read
from tests.test_scan_compiled import _every_scan_agrees, scan_width  # noqa: F401 (a fixture)

SCORES = ("== clip 1 ==\n"
          "OrderedDict([('F-measure', 0.75), ('Hit Rate Overall', np.float64(0.625)), "
          "('Mean Onset Error', np.float64(0.0125))])\n"
          "== clip 2 ==\n"
          "OrderedDict([('F-measure', 0.5), ('Hit Rate Overall', np.float64(0.5)), "
          "('Mean Onset Error', np.float64(0.02))])\n")


def test_pairs_with_numpy_scalars_are_read_whole_with_their_keys():
    assert read(SCORES) == {
        "F-measure": [(0.0, 0.75), (1.0, 0.5)],
        "Hit Rate Overall": [(0.0, 0.625), (1.0, 0.5)],
        "Mean Onset Error": [(0.0, 0.0125), (1.0, 0.02)]}


def test_a_plain_dict_of_pairs_keeps_keys_of_several_words_whole():
    found = read("dict([('Mean Onset Error', 0.0125), ('F-measure', 0.75)])\n")
    assert found == {"Mean Onset Error": [(0.0, 0.0125)], "F-measure": [(0.0, 0.75)]}


PAIRS_LINES = [
    ("OrderedDict([('recall', np.float64(0.88))])", True),
    ("OrderedDict([('recall', 0.88)])", True),
    ("OrderedDict([('name', str(x))])", False),  # a letter before the call's ")"
    ("OrderedDict([('name', f())])", False),  # no digit inside the call
]


@pytest.mark.usefixtures("scan_width")  # with the AVX2 scan and with the 16-byte one
@pytest.mark.parametrize(("line", "accepted"), PAIRS_LINES)
def test_a_pairs_dict_ending_in_a_scalar_repr_is_a_candidate_of_every_scan(line, accepted):
    _every_scan_agrees(line, accepted)


def test_the_grammar_alone_accepts_the_scalar_repr_end():
    assert may_hold_metrics("x  OrderedDict([('a', np.float32(1.5))])")
    assert not may_hold_metrics("x  OrderedDict([('a', np.float32(x))])")
