"""SECTION_AGAIN: a report printed per case opens the output with keys nested in sections,
held as settings; printed again under the same sections with changed values, their first values
are points; a key whose value stays keeps its first printing a param; on invented lines."""

from __future__ import annotations

from tests.metric_reading import read_with_params


def report(statistic: str, p: str) -> str:
    """One case's report, as a test object's print method sets it out."""
    return ("Summary:\n"
            " Change-point scan\n\n"
            "Outcome:\n"
            "  INPUT:\n"
            "    Window: 5\n"
            "  SCORE:\n"
            f"    Z score: {statistic}\n"
            "  PROBABILITY:\n"
            f"    {p}\n\n")


def test_the_first_report_s_statistic_is_a_point():
    got, params = read_with_params(report("-0.8125", "0.4166") + report("2.3125", "0.0207")
                                   + report("1.0625", "0.2880"))
    assert [value for _, value in got["Z score"]] == [-0.8125, 2.3125, 1.0625]
    assert ("Outcome.INPUT.Window", "5") in params
    assert not any(name == "Outcome.SCORE.Z score" for name, _ in params) or "Z score" in got


def test_a_key_whose_value_stays_keeps_its_first_printing_a_param():
    got, params = read_with_params(report("-0.8125", "0.4166") + report("2.3125", "0.0207"))
    assert ("Outcome.INPUT.Window", "5") in params
    assert [value for _, value in got["Z score"]] == [-0.8125, 2.3125]


def test_a_flat_key_printed_again_is_settings_again_s():
    text = "sigma: 0.5\npopsize: 12\ngen 1 sigma: 0.45 best: 3.5\ngen 2 sigma: 0.4 best: 3.25\n"
    got, params = read_with_params(text)
    assert [value for _, value in got["sigma"]] == [0.45, 0.4]
