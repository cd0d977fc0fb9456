"""HELD-OUT fixture (twenty-second half, see generate/heldout22/README.md): do not read while
tuning the parser.

Counting a model's FLOPs with fvcore (PyPI ``fvcore``, on PyTorch on the CPU): a small CNN (two
convolutions, pooling, a two-layer head) on a batch of eight 32 x 32 images, and a small
Transformer encoder (two ``nn.TransformerEncoderLayer`` of width 64 and a linear head) on eight
sequences of 16 tokens, each analysed with ``FlopCountAnalysis`` and ``ActivationCountAnalysis``;
the script prints ``flop_count_table(flops, max_depth=3)`` for the CNN (a Markdown table: ``|
module | #parameters or shape | #flops |``, with each weight's shape on its own row, ``(16, 3, 3,
3)``) and ``flop_count_table(flops, max_depth=2, activations=acts, show_param_shapes=False)`` for
the Transformer (a fourth column ``#activations``), under ``== cnn ==`` / ``== transformer ==``
headers written by the script. Values carry fvcore's suffixes (``7.85K``, ``13.063M``, three
decimals at most). stderr has PyTorch's ``torch.jit`` deprecation warning and fvcore's warnings
about operators it has no counter for (``Unsupported operator aten::... encountered N time(s)``)
and about modules never called.

Truth: the analyses' own counts (``flops.by_module()``, ``acts.by_module()``,
``fvcore.nn.parameter_count``), in the unit the table prints each in (fvcore's ``_format_size``:
``K`` is 1e3, ``M`` 1e6, ``G`` 1e9; a number under 100 has none), all optional: the table is a
model summary, and the corpus keeps a summary's counts (FLOPs, activations, parameters) out of the
metrics (issue 11, item 3; lightning's summary in the development half the same); as
``<module>/#flops`` and ``<module>/#activations`` (``model`` for the whole network, as printed),
parameter counts as ``<module>/#parameters or shape`` (``#parameters`` in the second table, as its
heading says). Made optional after the half's blind score (it had FLOPs and activations as
metrics). Which modules are rows is read from the
table text the tool returns (its first column), the values are the objects'. The shapes, and the
``N time(s)`` counts of the warnings, are in no truth.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT22, Truth, main


def in_unit(x: float) -> float:
    """The number fvcore's `_format_size` prints for `x`, without its suffix."""
    for limit, scale in ((1e14, 1e15), (1e11, 1e12), (1e8, 1e9), (1e5, 1e6), (1e2, 1e3)):
        if abs(x) > limit:
            return x / scale
    return float(x)


def models():
    import torch
    from torch import nn

    class Cnn(nn.Module):
        def __init__(self):
            super().__init__()
            self.features = nn.Sequential(
                nn.Conv2d(3, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(), nn.AdaptiveAvgPool2d(1))
            self.head = nn.Sequential(nn.Flatten(), nn.Linear(32, 64), nn.ReLU(),
                                      nn.Linear(64, 10))

        def forward(self, x):
            return self.head(self.features(x))

    class Encoder(nn.Module):
        def __init__(self):
            super().__init__()
            self.embed = nn.Embedding(500, 64)
            layer = nn.TransformerEncoderLayer(64, 4, dim_feedforward=128, batch_first=True)
            self.encoder = nn.TransformerEncoder(layer, 2, enable_nested_tensor=False)
            self.head = nn.Linear(64, 5)

        def forward(self, tokens):
            return self.head(self.encoder(self.embed(tokens)).mean(1))

    torch.manual_seed(22)
    return (("cnn", Cnn().eval(), torch.randn(8, 3, 32, 32), 3, True),
            ("transformer", Encoder().eval(), torch.randint(0, 500, (8, 16)), 2, False))


def run() -> None:
    from fvcore.nn import (ActivationCountAnalysis, FlopCountAnalysis, flop_count_table,
                           parameter_count)

    truth = Truth()
    for title, model, inputs, depth, shapes in models():
        flops = FlopCountAnalysis(model, inputs)
        acts = ActivationCountAnalysis(model, inputs)
        if shapes:
            table = flop_count_table(flops, max_depth=depth)
        else:
            table = flop_count_table(flops, max_depth=depth, activations=acts,
                                     show_param_shapes=False)
        print(f"== {title} ==", flush=True)
        print(table, flush=True)
        params = parameter_count(model)
        by_flops, by_acts = flops.by_module(), acts.by_module()
        rows = [line.split("|")[1].strip() for line in table.splitlines()[2:]]
        heading = table.splitlines()[0].split("|")[2].strip()  # with or without "or shape"
        for row in rows:
            key = "" if row == "model" else row
            if key in params and not (shapes and row.rsplit(".", 1)[-1] in ("weight", "bias")):
                truth.allow(**{f"{row}/{heading}": in_unit(params[key])})
            if key in by_flops and not row.endswith((".weight", ".bias")):
                truth.allow(**{f"{row}/#flops": in_unit(by_flops[key])})
                if not shapes:
                    truth.allow(**{f"{row}/#activations": in_unit(by_acts[key])})
    truth.write("fvcore: FlopCountAnalysis/ActivationCountAnalysis.by_module() and "
                "parameter_count, in the table's units, for the modules the returned table "
                "lists; all optional (a model summary: FLOPs, activations and parameters are "
                "counts, issue 11 item 3)", libraries=("fvcore", "torch"),
                rel=1e-3, abs_tol=5e-4)  # three decimals


if __name__ == "__main__":
    main(__file__, {"fvcore": run}, root=HELDOUT22)
