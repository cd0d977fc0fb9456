"""The one time parser (expctl.query.times): `count --since/--until` and the times in `--where`."""

from __future__ import annotations

import time

import pytest

from expctl.errors import UsageError
from expctl.query.where import parse_where
from expctl.query.times import parse_time, parse_time_option

T0 = 1_700_000_000.0  # 2023-11-14T22:13:20Z


def local_midnight(moment: float) -> float:
    day = time.localtime(moment)
    return time.mktime((day.tm_year, day.tm_mon, day.tm_mday, 0, 0, 0, 0, 0, -1))


def test_iso_dates_are_local_time_unless_zoned():
    assert parse_time("2023-11-14T22:13:20Z") == T0
    assert parse_time("2023-11-14T22:13:20z") == T0
    assert parse_time("2023-11-14T23:13:20+01:00") == T0
    assert parse_time(" 2023-11-14 22:13:20 ") == time.mktime((2023, 11, 14, 22, 13, 20, 0, 0, -1))
    assert parse_time("2023-11-14") == time.mktime((2023, 11, 14, 0, 0, 0, 0, 0, -1))


def test_a_day_alone_with_end_covers_the_whole_day():
    start = parse_time("2023-11-14")
    end = parse_time("2023-11-14", end=True)
    assert round(end - start, 3) in (86_399.999, 82_799.999, 89_999.999)  # DST days too
    # `end` changes nothing for a moment that has a time of day
    assert parse_time("2023-11-14T10:00", end=True) == parse_time("2023-11-14T10:00")


def test_named_days_and_ages_count_from_now():
    assert parse_time("today", now=T0) == local_midnight(T0)
    assert parse_time("YESTERDAY", now=T0) == local_midnight(local_midnight(T0) - 3600)
    assert parse_time("12h", now=T0) == T0 - 12 * 3600
    assert parse_time("7d", now=T0) == T0 - 7 * 86400
    assert parse_time("1.5w", now=T0) == T0 - 1.5 * 7 * 86400


@pytest.mark.parametrize("text", ["", "last tuesday", "7", "-7d", "2023-13-01", "9999-99-99",
                                  "0001-01-01T00:00+14:00" * 2, "nan", "\x00"])
def test_anything_else_is_none_never_an_exception(text):
    assert parse_time(text, now=T0) is None


def test_the_option_form_names_the_option_and_the_forms():
    assert parse_time_option("7d", "--since", now=T0) == T0 - 7 * 86400
    with pytest.raises(UsageError) as caught:
        parse_time_option("soon", "--until", now=T0)
    assert caught.value.message == "--until 'soon' is not a date or time"
    assert "today, yesterday, or 12h / 7d / 2w ago" in caught.value.hint


def test_where_reads_times_with_the_same_parser():
    """`--where` and `count` agree on what a quoted time means (here: an age and a named day)."""
    seven_days = parse_where("started > '7d'", now=T0)
    assert seven_days == parse_where(f"started > {T0 - 7 * 86400}", now=T0)
    yesterday = parse_where("started >= 'yesterday'", now=T0)
    assert yesterday == parse_where(f"started >= {parse_time('yesterday', now=T0)}", now=T0)
