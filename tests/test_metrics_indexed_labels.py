"""Numbered lines of a label of any text and one value (INDEXED_LABEL) and a hypothesis's stated
value (HYPOTHESIS_VALUE), on invented lines in the shape a model comparison prints them."""

from __future__ import annotations

from tests.metric_reading import read, values

MODELS = ("Bayes factor analysis\n"
          "--------------\n"
          "[1] wt             : 45657981  ±0.01%\n"
          "[2] wt + hp        : 788547604 ±0%\n"
          "[3] wt + hp + wt:hp : 3.395304  ±1.2%\n"
          "\n"
          "Against denominator:\n"
          "  Null, mu1-mu2 = 0 \n")


def test_the_whole_label_names_the_value():
    found = values(MODELS)
    assert found["wt + hp"] == [788547604.0]
    assert found["wt + hp + wt:hp"] == [3.395304]
    assert found["wt"] == [45657981.0]


def test_the_index_is_no_step():
    assert read(MODELS)["wt + hp"][0][0] == 0.0


def test_a_hypothesis_value_is_no_metric():
    assert "mu1-mu2" not in read(MODELS)
    assert values("H0: rho = 0.5, loss = 0.3\n") == {}


def test_a_label_without_letters_is_no_such_line():
    assert "1 + 2" not in read("[1] 1 + 2 : 3.0\n")
