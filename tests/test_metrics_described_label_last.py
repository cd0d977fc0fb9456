"""DESCRIBED_LABEL_LAST and DASHED_GROUPS: rows of numbers named by an identifier followed by a
free description, under a header whose repeated names are grouped by titles between dashes."""

from __future__ import annotations

from tests.metric_reading import values

_REPORT = """\
  ---- training ----   ---- held out ----
   loss    accuracy     loss    accuracy    epochs  Model Notes
  -----   ---------    -----   ---------    ------  ----- -----
  0.412       0.881    0.530       0.842        12  mlp_a     two hidden layers
  0.388       0.902    0.611       0.815        20  mlp_b     wider, no dropout
"""


def test_groups_between_dashes_name_repeated_columns():
    got = values(_REPORT)
    assert got["mlp_a/training/loss"] == [0.412]
    assert got["mlp_a/held out/accuracy"] == [0.842]
    assert got["mlp_b/training/accuracy"] == [0.902]
    assert got["mlp_b/held out/loss"] == [0.611]


def test_the_description_is_no_label():
    got = values(_REPORT)
    assert not any(name.startswith(("layers", "dropout", "two")) for name in got)


def test_without_a_title_line_the_names_stand_alone():
    got = values(_REPORT.split("\n", 1)[1].replace("accuracy", "acc", 1).replace("loss", "train_loss", 1))
    assert got["mlp_a/train_loss"] == [0.412]
    assert got["mlp_a/accuracy"] == [0.842]
