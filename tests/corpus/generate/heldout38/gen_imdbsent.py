"""HELD-OUT fixture (thirty-eighth half, see generate/heldout38/README.md): do not read while
tuning the parser.

A hand-written PyTorch sentiment loop printing as Jhon-Chen/NLP_Learning
``HeiMa/2_文本情感分类/train.py``: each epoch a tqdm bar over the batches (``total=len(...)``,
stderr) whose description is set every batch to ``"epcoh:{}  idx:{}  loss:{:.6f}".format(epoch,
idx, loss.item())`` (the original's spelling, two spaces between fields), for ``i`` in
``range(n)``. Here: a bag-of-embeddings classifier with ``log_softmax`` and ``nll_loss`` on
synthetic token sequences (label: token 3 more frequent than token 7), Adam, 4 epochs of 5
batches.

Truth: ``loss`` of each description state at the epoch it states (``epcoh``; ``idx`` is the
batch index, restarting each epoch).
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT38, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    from torch.optim import Adam
    from tqdm import tqdm

    torch.manual_seed(22)
    X = torch.randint(0, 10, (320, 20))
    y = ((X == 3).sum(1) > (X == 7).sum(1)).long()

    class ImdbMode(nn.Module):
        def __init__(self):
            super().__init__()
            self.embedding = nn.Embedding(10, 8)
            self.fc = nn.Linear(8, 2)

        def forward(self, input):
            return F.log_softmax(self.fc(self.embedding(input).mean(1)), dim=-1)

    model = ImdbMode()
    optimizer = Adam(model.parameters(), lr=0.05)
    truth = Truth()

    def train(epoch):
        g = torch.Generator().manual_seed(epoch)
        order = torch.randperm(len(X), generator=g)
        train_dataloader = [(X[order[i:i + 64]], y[order[i:i + 64]]) for i in range(0, 320, 64)]
        bar = tqdm(train_dataloader, total=len(train_dataloader))
        for idx, (input, target) in enumerate(bar):
            optimizer.zero_grad()
            output = model(input)
            loss = F.nll_loss(output, target)
            loss.backward()
            optimizer.step()
            bar.set_description("epcoh:{}  idx:{}  loss:{:.6f}".format(epoch, idx, loss.item()))
            truth.add(at=epoch, loss=loss.item())

    for i in range(4):
        train(i)
    truth.write("the script's batch losses", libraries=("torch", "tqdm"), rel=1e-5, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"imdbsent": run}, root=HELDOUT38)
