"""The corpus judge's points compare as points: nan equals nan.

Two harnesses this project ran compared the points of two ways of reading a fixture as plain
tuples and reported every fixture that prints nan (jsonl's ``"grad_norm": NaN``, pfrl's
``average_q: nan``, h2o's and r-bench's NaN cells) as reading differently, even from itself:
``float("nan") != float("nan")``, and a nan's hash is its object's. `judge.Point` and
`judge.same_points` make the plain comparison the right one.
"""

from __future__ import annotations

import math
from collections import Counter

from .corpus.judge import CORPUS, Point, parse_fixture, same_points

NAN_LOG = (
    '{"step": 3, "loss": 0.59, "grad_norm": 1.49}\n'
    '{"step": 4, "loss": 0.55, "grad_norm": NaN}\n'
    '{"step": 5, "loss": 0.53, "grad_norm": 1.32}\n'
)


def _parsed(tmp_path, text: str) -> list[Point]:
    (tmp_path / "stdout.txt").write_text(text)
    (tmp_path / "stderr.txt").write_text("")
    return parse_fixture(tmp_path)


def test_a_point_whose_value_is_nan_equals_itself_parsed_again(tmp_path):
    first, again = _parsed(tmp_path, NAN_LOG), _parsed(tmp_path, NAN_LOG)
    assert any(math.isnan(point.value) for point in first)  # the text does print a nan
    assert first == again
    assert set(first) == set(again) and Counter(first) == Counter(again)
    assert same_points(first, reversed(again))


def test_points_that_differ_still_differ():
    nan = float("nan")
    assert Point("grad_norm", 4.0, nan) != Point("grad_norm", 4.0, 1.0)
    assert Point("grad_norm", 4.0, nan) != Point("grad_norm", 5.0, nan)
    assert Point("grad_norm", 4.0, nan) == ("grad_norm", 4.0, float("nan"))
    assert not same_points([Point("loss", 1, 0.5)], [Point("loss", 1, 0.5)] * 2)
    assert same_points([("loss", 1.0, nan)], [Point("loss", 1, float("nan"))])


def test_the_corpus_fixture_that_prints_nan_reads_the_same_in_lines_and_in_4_kib_reads():
    assert same_points(parse_fixture(CORPUS / "jsonl", live=True), parse_fixture(CORPUS / "jsonl"))
    assert parse_fixture(CORPUS / "jsonl") == parse_fixture(CORPUS / "jsonl")
