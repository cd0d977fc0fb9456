"""A timer's statistics of a case named by ``for`` or by a heading above (TIMED_CASE), in the
shapes timerit prints."""

from __future__ import annotations

from tests.metric_reading import read, values

TIMINGS = ("Timed best=180.468 µs, mean=190.630 ± 10.3 µs for sum range\n"
           "Timed sort reversed for: 50 loops, best of 3\n"
           "    time per loop: best=429.579 µs, mean=436.342 ± 4.8 µs\n")


def test_each_cases_statistics_are_named_by_the_case():
    assert values(TIMINGS) == {"sum range/best": [180.468], "sum range/mean": [190.63],
                               "sort reversed/best": [429.579], "sort reversed/mean": [436.342]}


def test_the_cases_do_not_depend_on_the_reads():
    assert read(TIMINGS, 9) == read(TIMINGS)


def test_one_field_or_no_case_gives_no_timed_case():
    assert "sum range/mean" not in values("Timed mean=190.630 µs for sum range\n")
    assert values("    time per loop: best=429.579 µs, mean=436.342 µs\n") == {"mean": [436.342]}
