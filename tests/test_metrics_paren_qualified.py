"""PAREN_QUALIFIED: a label closed by its settings in parentheses and a colon names one value,
or heads a section whose settings they are; checked on invented lines, with look-alikes."""

from __future__ import annotations

from tests.metric_reading import read_with_params, values


def test_a_label_with_its_setting_in_parentheses_names_the_one_value():
    got = values("neighbourhood recall (k=10): 0.8312\n"
                 "silhouette (n_clusters = 4): 0.41\n")
    assert got == {"neighbourhood recall (k=10)": [0.8312], "silhouette (n_clusters = 4)": [0.41]}


def test_a_heading_closed_by_its_settings_gives_params_and_no_metric():
    got, params = read_with_params("Holdout accuracy (h = 12):\n"
                                   "                ME   RMSE\n"
                                   "Test set     1.250  2.731\n")
    assert "h" not in got
    assert got["Test set/RMSE"] == [(0.0, 2.731)]
    assert any(name == "h" for name, *_ in params)


def test_pairs_after_the_colon_or_beside_the_parentheses_stay_pairs():
    got = values("eval (seed=3): loss=0.52 acc=0.81\n")
    assert got == {"eval/loss": [0.52], "eval/acc": [0.81]}
    assert values("train (lr=0.1) done: 12.5\n") != {"train (lr=0.1) done": [12.5]}


def test_a_step_header_with_its_settings_keeps_its_step():
    got = read_with_params("Epoch 3 (lr=0.1):\n"
                           "  loss: 0.52\n"
                           "Epoch 4 (lr=0.05):\n"
                           "  loss: 0.47\n")[0]
    assert got["loss"] == [(3.0, 0.52), (4.0, 0.47)]
