"""WINDOW_FIELD: a pair named by a preposition says where the value before it was measured,
on invented lines."""

from __future__ import annotations

from tests.metric_reading import values


def test_a_window_after_a_value_gives_nothing():
    text = ("ipeak               =  3.250000e-02 at=  5.000000e-04\n"
            "imean               =  1.125000e-02 from=  0.000000e+00 to=  2.000000e-03\n")
    got = values(text)
    assert got.get("ipeak") == [0.0325] and got.get("imean") == [0.01125]
    assert not {"at", "from", "to"} & set(got)


def test_a_name_holding_a_preposition_among_its_words_is_kept():
    assert values("loss=0.25 gap_to_optimum=0.125\n") == {"loss": [0.25], "gap_to_optimum": [0.125]}
