"""HELD-OUT fixture (fifty-eighth half, see generate/heldout58/README.md): do not read while
tuning the parser.

A character LSTM for poems printing as Bye-lemon/PyTorch-Practice ``train_rnn.py`` (``LOG =
print``): ``[DEVICE] Device cpu is ready.``, ``[DATA]   Data is loaded. Vocabulary size is 25``,
``[MODEL]  Build model complete.``, then per epoch a ``tqdm.tqdm(enumerate(dataloader, 0))`` bar
without a total (a counter with a rate, on stderr) and every ``LOG_STEP`` (40) batches ``Epoch
{epoch + 1} Batch {index + 1} Average loss {loss_meter.value()[0]}`` (the running mean of the
epoch's batch losses from torchnet's ``AverageValueMeter``, printed in full). Here: lines of
``_toy.TEXT`` cut into 24-character "poems", batch 8, an embedding of 32 and a two-layer LSTM of
64, Adam 1e-3 with weight decay 1e-4, 3 epochs of 125 batches; the meter is a plain running mean,
the per-epoch checkpoint is not written.

Truth: ``Average loss`` at the printed epoch (the leading step; the batch index is a count).
"""

from _toy import TEXT
from _capture import HELDOUT58, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    import tqdm

    LOG = print
    LOG("[DEVICE] Device cpu is ready.")
    chars = ["<START>", "<EOP>"] + sorted(set(TEXT))
    w2i = {c: i for i, c in enumerate(chars)}
    rng = np.random.default_rng(22)
    starts = rng.integers(0, len(TEXT) - 24, 1000)
    data = torch.tensor([[0] + [w2i[c] for c in TEXT[s:s + 24]] + [1] for s in starts])
    LOG(f"[DATA]   Data is loaded. Vocabulary size is {len(w2i)}")
    torch.manual_seed(22)

    class RNN(nn.Module):
        def __init__(self, v):
            super().__init__()
            self.emb, self.lstm = nn.Embedding(v, 32), nn.LSTM(32, 64, num_layers=2, batch_first=True)
            self.out = nn.Linear(64, v)

        def forward(self, x):
            o, h = self.lstm(self.emb(x))
            return self.out(o).reshape(-1, self.out.out_features), h

    model = RNN(len(w2i))
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3, weight_decay=1e-4)
    criterion = nn.CrossEntropyLoss()
    LOG("[MODEL]  Build model complete.")
    truth = Truth()
    loader = torch.utils.data.DataLoader(data, batch_size=8, shuffle=True,
                                         generator=torch.Generator().manual_seed(22))
    for epoch in range(3):
        total, count = 0.0, 0
        for index, batch in tqdm.tqdm(enumerate(loader, 0)):
            optimizer.zero_grad()
            input_, target = batch[:, :-1], batch[:, 1:]
            output, _ = model(input_)
            loss = criterion(output, target.reshape(-1))
            loss.backward()
            optimizer.step()
            total, count = total + loss.item(), count + 1
            if (index + 1) % 40 == 0:
                print(f"Epoch {epoch + 1} Batch {index + 1} Average loss {total / count}")
                truth.add(at=epoch + 1, **{"Average loss": total / count})
    truth.write("the script's running mean losses", libraries=("torch", "tqdm"), rel=1e-9,
                abs_tol=1e-12)


if __name__ == "__main__":
    main(__file__, {"poemlstm": run}, root=HELDOUT58)
