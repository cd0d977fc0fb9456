"""HELD-OUT fixture (forty-fifth half, see generate/heldout45/README.md): do not read while
tuning the parser.

A hand-written character-level LSTM printing as t-shoemaker/homespun_nlp
``tokenizer_tests/charmodel/pytorch.py`` (``Model.__init__`` and ``Model.train``):
``Initialized model with 4,000 characters (22 unique)``, ``Training...``, and every
``print_every`` steps a dashed rule, a 20-character sample, another rule, then
``Epoch 1/3, Step: 10`` / ``+ Loss: 2.9876...Val. loss: 2.9...`` / ``+ Perplexity:
...Val. perplexity: ...`` (the f-string glues each value to the next label with ``...``). Here:
a one-layer LSTM on a Markov pseudo-English text, 3 epochs.

Truth: ``Loss``, ``Val. loss``, ``Perplexity``, ``Val. perplexity`` at the printed ``Step``
(the global step counter; the epoch is ``i/N``): the two lines under the ``Epoch ... Step``
header belong to it. The character counts are no metrics.
"""

from _toy import text
from _capture import HELDOUT45, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn

    torch.manual_seed(3)
    np.random.seed(3)
    data = text(4000, seed=3)
    chars = tuple(sorted(set(data)))
    c2i = {c: i for i, c in enumerate(chars)}
    enc = np.array([c2i[c] for c in data])
    print(f"Initialized model with {len(enc):,} characters", f"({len(chars)} unique)")

    n, hid = len(chars), 48
    lstm = nn.LSTM(n, hid, 1, batch_first=True)
    fc = nn.Linear(hid, n)
    params = list(lstm.parameters()) + list(fc.parameters())
    opt = torch.optim.Adam(params, lr=0.01)
    crit = nn.CrossEntropyLoss()

    def onehot(arr):
        return torch.from_numpy(np.eye(n, dtype=np.float32)[arr])

    def get_batches(arr, bs, sl):
        nb = len(arr) // (bs * sl)
        arr = arr[:nb * bs * sl].reshape((bs, -1))
        for i in range(0, arr.shape[1], sl):
            x = arr[:, i:i + sl]
            y = np.zeros_like(x)
            y[:, :-1] = x[:, 1:]
            y[:, -1] = arr[:, (i + sl) % arr.shape[1]]
            yield x, y

    def sample(size, prime):
        h = None
        out = [prime]
        x = onehot(np.array([[c2i[prime]]]))
        with torch.no_grad():
            for _ in range(size):
                o, h = lstm(x, h)
                p = torch.softmax(fc(o[:, -1]), 1).numpy().ravel()
                i = np.random.choice(n, p=p / p.sum())
                out.append(chars[i])
                x = onehot(np.array([[i]]))
        return "".join(out)

    val_idx = int(len(enc) * 0.9)
    train_data, val_data = enc[:val_idx], enc[val_idx:]
    epochs, bs, sl, print_every = 3, 8, 25, 8
    truth = Truth()
    counter = 0
    print("Training...")
    for e in range(epochs):
        for x, y in get_batches(train_data, bs, sl):
            counter += 1
            out, _ = lstm(onehot(x))
            loss = crit(fc(out).reshape(-1, n), torch.from_numpy(y).reshape(-1))
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(params, 5)
            opt.step()
            perplexity = torch.exp(loss)
            if counter % print_every == 0:
                vl, vp = [], []
                with torch.no_grad():
                    for xx, yy in get_batches(val_data, bs, sl):
                        o, _ = lstm(onehot(xx))
                        v = crit(fc(o).reshape(-1, n), torch.from_numpy(yy).reshape(-1))
                        vl.append(v.item())
                        vp.append(torch.exp(v).item())
                print("----------------------------------------------")
                print(sample(20, chars[np.random.randint(1, n)]))
                print("----------------------------------------------")
                print(
                    f"Epoch {e+1}/{epochs}, Step: {counter}\n"
                    f"+ Loss: {loss.item():0.4f}..."
                    f"Val. loss: {np.mean(vl):0.4f}\n"
                    f"+ Perplexity: {perplexity.item():0.4f}..."
                    f"Val. perplexity: {np.mean(vp):0.4f}"
                )
                truth.add(at=counter, **{"Loss": loss.item(), "Val. loss": np.mean(vl),
                                         "Perplexity": perplexity.item(),
                                         "Val. perplexity": np.mean(vp)})
    truth.write("the script's batch and validation losses and their exponentials",
                libraries=("torch",), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"homespun": run}, root=HELDOUT45)
