"""HELD-OUT fixture (fifty-sixth half, see generate/heldout56/README.md): do not read while
tuning the parser.

A character RNN printing as Er1c-Chen/char_rnn ``char_rnn.py``: the bare vocabulary size
(``print(num_classes)``), ``running on cpu``, then each epoch ``'epoch: {}, loss is: {:.3f},
perplexity is: {:.3f}'.format(e+1, train_loss, np.exp(train_loss/len(train_data)))`` (the loss
a sum over the epoch's batches) and ``'Generate text is: \\n{}'`` with 24 characters generated
from a start string by top-8 sampling. Here: an embedding -> 2-layer RNN -> linear model on a
short English text in sequences of 20 (the script: Jay Chou's lyrics, 200 epochs), batch 128,
8 epochs, the start string ``"the "``.

Truth: ``loss is`` and ``perplexity is`` at the printed epoch. The vocabulary size is optional.
"""

from _toy import TEXT
from _capture import HELDOUT56, Truth, main


def run() -> None:
    import numpy as np
    import torch
    from torch import nn

    torch.manual_seed(31)
    np.random.seed(31)
    corpus = TEXT * 12
    chars = sorted(set(corpus))
    num_classes = len(chars)
    c2i = {c: i for i, c in enumerate(chars)}
    n_step = 20
    num_seq = int(len(corpus) / n_step)
    arr = torch.tensor([c2i[c] for c in corpus[:num_seq * n_step]]).view(num_seq, -1)
    truth = Truth()
    print(num_classes)
    truth.allow(num_classes=num_classes)
    print('running on', 'cpu')

    class CharRNN(nn.Module):
        def __init__(self):
            super().__init__()
            self.emb = nn.Embedding(num_classes, num_classes)
            self.rnn = nn.RNN(num_classes, 64, 2, dropout=0.5, batch_first=True)
            self.proj = nn.Linear(64, num_classes)

        def forward(self, x, hs=None):
            out, hs = self.rnn(self.emb(x), hs)
            return self.proj(out.reshape(-1, 64)), hs

    model = CharRNN()
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
    epochs, batch_size = 8, 128
    for e in range(epochs):
        model.train()
        train_loss = 0
        perm = torch.randperm(num_seq)
        n_batches = 0
        for i in range(0, num_seq, batch_size):
            x = arr[perm[i:i + batch_size]]
            y = torch.cat([x[:, 1:], x[:, :1]], 1)
            score, _ = model(x)
            loss = criterion(score, y.reshape(-1))
            optimizer.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            train_loss += loss.item()
            n_batches += 1
        perplexity = np.exp(train_loss / n_batches)
        print('epoch: {}, loss is: {:.3f}, perplexity is: {:.3f}'.format(e + 1, train_loss, perplexity))
        truth.add(at=e + 1, **{"loss is": train_loss, "perplexity is": perplexity})
        with torch.no_grad():
            model.eval()
            result = [c2i[c] for c in "the "]
            out, state = model(torch.tensor([result]))
            nxt = torch.tensor([[result[-1]]])
            for _ in range(24):
                out, state = model(nxt, state)
                prob, label = torch.topk(torch.softmax(out, 1), 8, 1)
                prob = (prob / prob.sum()).squeeze(0).numpy()
                c = int(np.random.choice(label.squeeze(0).numpy(), p=prob))
                result.append(c)
                nxt = torch.tensor([[c]])
            print('Generate text is: \n{}'.format(''.join(chars[i] for i in result)))
    truth.write("the script's summed epoch loss and its perplexity", libraries=("torch",),
                rel=1e-6, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"er1c": run}, root=HELDOUT56)
