"""HELD-OUT fixture (fifty-eighth half, see generate/heldout58/README.md): do not read while
tuning the parser.

Skip-gram with negative sampling in NumPy, printing as Adhithya-Laxman/word2vec-numpy
``word2vec.py``: its ``train`` prints one line per epoch ``Epoch {epoch}/{epochs}, Loss:
{epoch_loss / len(pairs):.4f}, lr: {lr_t:.6f}`` (the linearly decayed learning rate of the last
pair). Here: the script's model, gradients, subsampling-free pair building with a random window
of up to 2, a 100,000-entry unigram^0.75 noise table and 5 negatives, on ``_toy.TEXT`` repeated
3 times, embeddings of 16, 15 epochs.

Truth: ``Loss`` at the printed epoch; ``lr`` (the schedule) optional.
"""

from _toy import TEXT
from _capture import HELDOUT58, Truth, main


def run() -> None:
    import re
    from collections import Counter

    import numpy as np

    np.random.seed(12)
    tokens = re.findall(r'\b\w+\b', (TEXT * 3).lower())
    counts = Counter(tokens)
    vocab = {w: i for i, w in enumerate(counts)}
    ids = [vocab[t] for t in tokens]
    pairs = []
    for i, c in enumerate(ids):
        w = np.random.randint(1, 3)
        for j in range(max(0, i - w), min(len(ids), i + w + 1)):
            if j != i:
                pairs.append((c, ids[j]))
    size, total = 100_000, sum(counts[w] ** 0.75 for w in vocab)
    table, idx, ptr = np.zeros(size, dtype=np.int32), 0, 0.0
    for word, wid in vocab.items():
        ptr += counts[word] ** 0.75 / total
        while idx < size and idx / size < ptr:
            table[idx] = wid
            idx += 1
    dim = 16
    rng = np.random.default_rng(42)
    W_in = rng.uniform(-0.5 / dim, 0.5 / dim, (len(vocab), dim))
    W_out = np.zeros((len(vocab), dim))
    sig = lambda x: np.where(x >= 0, 1 / (1 + np.exp(-x)), np.exp(x) / (1 + np.exp(x)))
    truth = Truth()
    epochs, lr, min_lr = 15, 0.025, 1e-4
    n_total, processed = len(pairs) * epochs, 0
    for epoch in range(1, epochs + 1):
        np.random.shuffle(pairs)
        epoch_loss = 0.0
        for center, context in pairs:
            lr_t = max(min_lr, lr * (1 - processed / n_total))
            negs = []
            while len(negs) < 5:
                s = int(table[np.random.randint(size)])
                if s != context:
                    negs.append(s)
            v_c, u_o, U = W_in[center], W_out[context], W_out[negs]
            pos, neg = sig(u_o @ v_c), sig(-U @ v_c)
            loss = -np.log(pos + 1e-10) - np.sum(np.log(neg + 1e-10))
            g_vc = (pos - 1) * u_o + np.sum((1 - neg)[:, None] * U, axis=0)
            g_uo = (pos - 1) * v_c
            g_U = (1 - neg)[:, None] * v_c[None, :]
            W_in[center] -= lr_t * g_vc
            W_out[context] -= lr_t * g_uo
            np.add.at(W_out, negs, -lr_t * g_U)
            epoch_loss += loss
            processed += 1
        print(f'Epoch {epoch}/{epochs}, Loss: {epoch_loss / len(pairs):.4f}, lr: {lr_t:.6f}')
        truth.add(at=epoch, Loss=epoch_loss / len(pairs))
        truth.allow(lr=lr_t)
    truth.write("the script's epoch mean losses", libraries=("numpy",), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"sgnsnumpy": run}, root=HELDOUT58)
