"""TIME_SHARE: a time named with a percent (``% Time``, ``Exposure Time [%]``) is a share of
a whole, a result, not the program's clock; a progress percentage stays the display's."""

from __future__ import annotations

from expctl.metrics import rules
from tests.metric_reading import values

_STATS = ("Start                     2004-08-19 00:00:00\n"
          "Exposure Time [%]                    94.27374\n"
          "Equity Final [$]                  56263.51934\n"
          "Return [%]                          462.63519\n")


def test_a_share_of_time_in_a_results_block_is_read():
    got = values(_STATS)
    assert got["Exposure Time [%]"] == [94.27374]


def test_a_time_without_a_percent_stays_bookkeeping():
    got = values(_STATS.replace("Exposure Time [%]", "Exposure Time    "))
    assert "Exposure Time" not in got


def test_time_share_words():
    assert not rules.is_time_column("% Time") and not rules.is_time_column("Time(%)")
    assert rules.is_time_column("Time") and rules.is_time_column("Progress (%)")
