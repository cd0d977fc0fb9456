"""HELD-OUT fixture (forty-third half, see generate/heldout43/README.md): do not read while
tuning the parser.

A hand-written text classifier printing as 597861190/myspider ``文本情感分类/train.py``: for
each epoch a fresh tqdm bar over the loader (``tqdm(dataloader, total=len(dataloader))``) and
each batch ``bar.set_description("epoch:{} idx:{} loss:{:.6f}".format(epoch, idx,
loss.item()))``. Here: a bag-of-embeddings model (``log_softmax`` and ``F.nll_loss`` as the
original) on synthetic two-class reviews of 20 tokens, Adam, batch size 200 (five batches an
epoch), 5 epochs.

Truth: each description state's ``loss`` at the epoch it names (the epoch labels a restarting
batch index; the epoch is kept as the step).
"""

from _toy import digits  # noqa: F401  (keeps the shared path set-up)
from _capture import HELDOUT43, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    from tqdm import tqdm

    torch.manual_seed(32)
    vocab, n = 200, 1000
    labels = torch.randint(0, 2, (n,))
    tokens = torch.randint(0, vocab, (n, 20))
    pos, neg = torch.arange(0, 10), torch.arange(10, 20)
    marks = torch.where(labels[:, None] == 1, pos[torch.randint(0, 10, (n, 3))],
                        neg[torch.randint(0, 10, (n, 3))])
    tokens[:, :3] = marks

    class ImbModel(nn.Module):
        def __init__(self):
            super().__init__()
            self.embedding = nn.Embedding(vocab, 16)
            self.fc = nn.Linear(16, 2)

        def forward(self, x):
            return F.log_softmax(self.fc(self.embedding(x).mean(1)), dim=-1)

    model = ImbModel()
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    truth = Truth()

    def train(epoch):
        perm = torch.randperm(n)
        loader = [(tokens[perm[i:i + 200]], labels[perm[i:i + 200]]) for i in range(0, n, 200)]
        bar = tqdm(loader, total=len(loader))
        for idx, (input, target) in enumerate(bar):
            optimizer.zero_grad()
            output = model(input)
            loss = F.nll_loss(output, target)
            loss.backward()
            optimizer.step()
            bar.set_description("epoch:{} idx:{} loss:{:.6f}".format(epoch, idx, loss.item()))
            truth.add(at=epoch, loss=loss.item())

    for i in range(5):
        train(i)
    truth.write("the script's batch losses", libraries=("torch", "tqdm"), rel=1e-4, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"spider": run}, root=HELDOUT43)
