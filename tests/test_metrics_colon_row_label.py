"""COLON_ROW_LABEL: a placed table whose row labels end in a colon (``slope:`` under ``name:``)
names each value by the label without its colon; on invented tables in other wordings."""

from __future__ import annotations

from tests.metric_reading import values

_POSTERIOR = ("summary of the chain\n"
              "----------------------------------------\n"
              "    param:      mean      sd     ess    rhat\n"
              "     beta:      2.41    0.12   812.5    1.01\n"
              "    sigma:      0.37    0.05   640.2    1.00\n"
              "----------------------------------------\n")

_MODELS = ("Results per model\n"
           "         model:     mae     rmse\n"
           "      ridge_a:   0.412    0.533\n"
           "     lasso_b2:   0.398    0.521\n")


def test_a_colon_ended_row_label_names_its_values_without_the_colon():
    got = values(_POSTERIOR)
    assert got["beta/mean"] == [2.41]
    assert got["sigma/sd"] == [0.05]
    assert not any(":" in name for name in got)


def test_identifier_labels_with_colons_lose_only_the_colon():
    assert values(_MODELS) == {"ridge_a/mae": [0.412], "ridge_a/rmse": [0.533],
                               "lasso_b2/mae": [0.398], "lasso_b2/rmse": [0.521]}
