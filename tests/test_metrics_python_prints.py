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
