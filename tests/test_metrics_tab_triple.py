"""Tab-parted lines of two tokens and a number (TAB_TRIPLE), in the shapes ir-measures and
trec_eval print."""

from __future__ import annotations

from tests.metric_reading import values


def test_a_query_a_measure_and_a_value_are_one_pair_named_as_printed():
    text = "q1\tAP\t0.5931\nq1\tP@5\t0.8000\nq2\tAP\t0.4812\nall\tAP\t0.5017\n"
    assert values(text) == {"q1/AP": [0.5931], "q1/P@5": [0.8], "q2/AP": [0.4812],
                            "all/AP": [0.5017]}


def test_trec_evals_measure_first_order_is_kept():
    assert values("P_10\tall\t0.4500\nmap\t301\t0.2213\n") == {"P_10/all": [0.45],
                                                                "map/301": [0.2213]}


def test_numbers_alone_or_a_third_field_of_text_are_no_pair():
    assert values("12\t3\t4.5\n") == {}
    assert values("12\t3\tsrc/main.py\n") == {}
    assert values("q1\tAP\tgood\n") == {}


def test_trec_evals_padded_measures_and_its_counts():
    text = ("runid                 \tall\tBM25\n"
            "num_q                 \tall\t50\n"
            "map                   \tall\t0.2251\n"
            "P_10                  \t301\t0.6000\n")
    assert values(text) == {"map/all": [0.2251], "P_10/301": [0.6]}
