"""A report's field whose label holds prose words, its colon padded from the label or the value
(PADDED_FIELD), on invented lines in the shape a regression summary and a load test print them."""

from __future__ import annotations

from tests.metric_reading import read, values

SUMMARY = ("R-squared           :      0.9959\n"
           "Sum squared residual:      75.414                F-statistic           :   9395.7851\n"
           "S.E. of regression  :       0.983                Log likelihood        :    -112.040\n"
           "S.E of regression ML:      0.9649                Schwarz criterion     :     237.263\n")


def test_a_padded_label_with_prose_words_names_its_value():
    found = values(SUMMARY)
    assert found["S.E. of regression"] == [0.983]
    assert found["S.E of regression ML"] == [0.9649]
    assert found["Log likelihood"] == [-112.04]
    assert "regression" not in found and "regression ML" not in found


def test_padding_after_the_colon_alone_is_a_field_too():
    assert values("Requests per second:    41.03 [#/sec] (mean)\n") == {"Requests per second": [41.03]}


def test_a_sentence_with_one_space_after_its_colon_stays_prose():
    assert read("Share of hits: 0.25\n") == {}
    assert read("Share of hits  : 0.25\n") == {"Share of hits": [(0.0, 0.25)]}


def test_a_label_after_other_text_is_no_padded_field():
    assert "rate of decay" not in read("[worker 3] rate of decay:    0.25\n")
