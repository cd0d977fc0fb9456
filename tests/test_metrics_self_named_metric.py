"""A name that calls itself a metric (SELF_NAMED_METRIC: ``Any Metric Level Total``) is one,
though a word of it names a setting elsewhere (``level``, ``size``); counts stay counts."""

from __future__ import annotations

from expctl.metrics import rules
from tests.test_metrics_tables import read


def test_a_metric_level_is_a_metric():
    assert not rules.is_setup_name("Correct Metric Level Continuous")
    assert not rules.is_setup_name("Cemgil Best Metric Level")
    assert rules.is_setup_name("stack level")  # no metric: where in a structure
    assert rules.is_setup_name("num metrics")  # a count of them


def test_a_dict_of_scores_keeps_its_metric_level_keys():
    found = read("OrderedDict([('F-measure', 0.94), ('Cemgil Best Metric Level', "
                 "np.float64(0.802)), ('Any Metric Level Total', np.float64(0.84))])\n")
    assert found == {"F-measure": [(0.0, 0.94)], "Cemgil Best Metric Level": [(0.0, 0.802)],
                     "Any Metric Level Total": [(0.0, 0.84)]}
