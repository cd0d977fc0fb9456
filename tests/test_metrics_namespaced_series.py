"""A pandas Series whose labels share one namespace (NAMESPACED_LABELS: ``HRV_MeanNN``,
``HRV_SDNN``) is a family of named measures, not a listing of things; a NaN as a run's third
line holds its place (MISSING_THIRD), so the two lines above it are read."""

from __future__ import annotations

from tests.test_metrics_tables import read

HRV = ("time domain\n"
       "HRV_MeanNN      856.840580\n"
       "HRV_SDNN         11.359582\n"
       "HRV_SDANN1             NaN\n"
       "HRV_RMSSD        12.121044\n"
       "HRV_pNN50         0.000000\n"
       "Name: 0, dtype: float64\n")


def test_a_series_of_one_namespace_gives_each_measure():
    assert read(HRV) == {"HRV_MeanNN": [(0.0, 856.84058)], "HRV_SDNN": [(0.0, 11.359582)],
                         "HRV_RMSSD": [(0.0, 12.121044)], "HRV_pNN50": [(0.0, 0.0)]}


def test_identifiers_without_a_shared_namespace_stay_things():
    assert read("numpy        1.26.4\n"
                "pandas_ta      0.35\n"
                "scipy_x        1.11\n"
                "torch          2.30\n") == {}


def test_a_shared_prefix_before_an_index_is_no_namespace():
    assert read("x_1      0.50\n"
                "x_2      0.25\n"
                "x_3      0.125\n"
                "x_4      0.0625\n") == {}


def test_a_word_as_the_third_value_still_holds_no_place():
    assert read("alpha_a      0.50\n"
                "alpha_b      0.25\n"
                "alpha_c      none\n") == {}


def test_a_listing_of_one_namespace_with_versions_is_no_series():
    assert read("torch_cluster    1.6\n"
                "torch_scatter    2.1\n"
                "torch_sparse     0.16\n"
                "torch_spline     1.20\n") == {}
