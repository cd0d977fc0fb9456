"""DESCRIBED_MEMBER: a list member's table printed under lines describing it is named by the
member's path, on invented output."""

from __future__ import annotations

from tests.metric_reading import read


def test_a_member_path_names_its_table_past_description_lines():
    text = ("$fitted\n"
            "Kernel smoother on 2 groups\n"
            "  weights by distance, rows sum to one:\n"
            "          north     south\n"
            "north 0.8100000 0.1900000\n"
            "south 0.3300000 0.6700000\n"
            "\n")
    got = read(text)
    assert got["fitted/north/south"] == [(0.0, 0.19)]
    assert got["fitted/south/south"] == [(0.0, 0.67)]


def test_a_blank_line_after_the_path_ends_its_reach():
    text = ("$fitted\n"
            "[1] 3\n"
            "\n"
            "Kernel smoother on 2 groups\n"
            "          north     south\n"
            "north 0.8100000 0.1900000\n"
            "south 0.3300000 0.6700000\n"
            "\n")
    got = read(text)
    assert not any(name.startswith("fitted/") for name in got)
