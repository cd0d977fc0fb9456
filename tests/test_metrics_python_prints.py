"""The everyday ways a Python script prints its results, whatever the library: a dict of scalar
tensors (torchmetrics' ``compute()``) on one line and spread by ``pprint``, a pandas Series, a
DataFrame's ``describe()``, a frame with its row index, a history dict of lists. The texts are
as pandas 3.1, polars 2.1, torch 2.13 and the standard library print them."""

from __future__ import annotations

from tests.metric_reading import read, values


# -- TENSOR_RECORD ---------------------------------------------------------------------------

def test_a_dict_of_scalar_tensors_spread_by_pprint_is_one_record():
    text = ("{'test/acc': tensor(0.5312),\n"
            " 'test/f1': tensor(0.4516),\n"
            " 'test/loss': tensor(0.7580, grad_fn=<NllLossBackward0>),\n"
            " 'test/recall': tensor(0.4250, device='cuda:0')}\n")
    assert values(text) == {"test/acc": [0.5312], "test/f1": [0.4516], "test/loss": [0.758],
                            "test/recall": [0.425]}


def test_a_scalar_tensor_of_nan_in_a_record_is_nan():
    got = values("{'val_loss': tensor(nan),\n 'val_acc': tensor(0.5000)}\n")
    assert got["val_acc"] == [0.5] and got["val_loss"][0] != got["val_loss"][0]


def test_a_tensor_of_several_numbers_is_no_value():
    got = values("{'per_class_acc': tensor([0.9100, 0.8200]),\n 'acc': tensor(0.8650)}\n")
    assert got == {"acc": [0.865]}


# -- SERIES_FOOTER ---------------------------------------------------------------------------

def test_a_series_of_two_results_over_its_dtype_footer_is_read():
    text = "loss    0.512352\nacc     0.561012\ndtype: float64\n"  # print(history.mean())
    assert values(text) == {"loss": [0.512352], "acc": [0.561012]}


def test_the_name_in_a_series_footer_is_no_metric():
    text = ("accuracy     0.9123\nprecision    0.8812\nrecall       0.9345\n"
            "Name: 19, dtype: float64\n")  # print(history.iloc[-1])
    assert values(text) == {"accuracy": [0.9123], "precision": [0.8812], "recall": [0.9345]}


def test_a_series_of_counts_over_an_integer_footer_gives_nothing():
    assert values("age       0\nincome    3\ndtype: int64\n") == {}  # print(df.isna().sum())


def test_a_count_in_a_short_series_is_no_metric():
    got = values("loss           0.31\nn_samples    512.00\ndtype: float64\n")
    assert got == {"loss": [0.31]}
