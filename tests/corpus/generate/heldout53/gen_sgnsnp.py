"""HELD-OUT fixture (fifty-third half, see generate/heldout53/README.md): do not read while
tuning the parser.

Skip-gram with negative sampling in NumPy, printed as NotAIModel/word2vec-numpy ``train.py``
(``main``): ``tokenizing...``, ``toatl tokens: 1,356`` (sic), ``building vocab...``, ``vocab
size: 21``, ``intializing model...``, per epoch a ``tqdm`` bar ``epoch 1`` over the batches,
every 100 batches ``tqdm.write(f"  batch {n_batches} | avg loss: ...")`` (the running mean), then
``epoch 1 done | avg loss: 3.2512`` and ``saved embeddings to artifacts/``. Here: the same
hyperparameters (dimension 100, window 2, 5 negatives, min count 5, lr 0.025, 3 epochs) on the
words of a small Markov text, with batch 16 instead of 512 (the text is small); the artifacts
are not written.

Truth: ``avg loss`` of the batch lines without a step (the batch counter restarts every epoch)
and of the epoch lines at the epoch they print. Optional: the token and vocabulary counts.
"""

import _toy  # noqa: F401  (puts generate/ on sys.path)
from _toy import markov_text
from _capture import HELDOUT53, Truth, main


def run() -> None:
    from collections import Counter

    import numpy as np
    from tqdm import tqdm

    EMBED_DIM, WINDOW_SIZE, NEG_SAMPLES, MIN_COUNT, EPOCHS, LR, BATCH_SIZE = \
        100, 2, 5, 5, 3, 0.025, 16
    np.random.seed(15)
    truth = Truth()
    raw_text = markov_text(n_chars=6000, seed=15)

    print("tokenizing...")
    tokens = raw_text.lower().replace(".", " ").split()
    print(f"toatl tokens: {len(tokens):,}")
    print("building vocab...")
    word_counts = Counter(tokens)
    idx2word = sorted(w for w, c in word_counts.items() if c >= MIN_COUNT)
    word2idx = {w: i for i, w in enumerate(idx2word)}
    vocab_size = len(word2idx)
    print(f"vocab size: {vocab_size:,}")
    truth.allow(**{"toatl tokens": len(tokens), "vocab size": vocab_size})
    indices = [word2idx[t] for t in tokens if t in word2idx]

    print("intializing model...")
    W_c = (np.random.rand(vocab_size, EMBED_DIM) - 0.5) / EMBED_DIM
    W_o = np.zeros((vocab_size, EMBED_DIM))
    freq = np.array([word_counts[w] for w in idx2word], dtype=float) ** 0.75
    noise_dist = freq / freq.sum()
    pairs = [(indices[i], indices[j]) for i in range(len(indices))
             for j in range(max(0, i - WINDOW_SIZE), min(len(indices), i + WINDOW_SIZE + 1))
             if j != i]

    def sigmoid(x):
        return 1 / (1 + np.exp(-x))

    def train_step(idx_cntr, idx_ctx, idx_ctx_neg):
        c = W_c[idx_cntr]
        o = W_o[idx_ctx]
        n = W_o[idx_ctx_neg]
        pos = sigmoid(np.sum(c * o, 1))
        neg = sigmoid(-np.einsum('bd,bkd->bk', c, n))
        loss = -np.mean(np.log(pos + 1e-10) + np.sum(np.log(neg + 1e-10), 1))
        g_pos = (pos - 1)[:, None]
        g_neg = (1 - neg)[:, :, None]
        grad_c = g_pos * o + np.sum(g_neg * n, 1)
        np.add.at(W_o, idx_ctx, -LR * g_pos * c)
        np.add.at(W_o, idx_ctx_neg, -LR * g_neg * c[:, None, :])
        np.add.at(W_c, idx_cntr, -LR * grad_c)
        return loss

    for epoch in range(EPOCHS):
        total_loss = 0.0
        n_batches = 0
        for i in tqdm(range(0, len(pairs), BATCH_SIZE), desc=f"epoch {epoch+1}"):
            batch = pairs[i:i + BATCH_SIZE]
            idx_cntr = [p[0] for p in batch]
            idx_ctx = [p[1] for p in batch]
            candidates = np.random.choice(len(noise_dist), size=len(batch) * NEG_SAMPLES * 3,
                                          p=noise_dist)
            idx_ctx_neg = candidates.reshape(-1, NEG_SAMPLES * 3)[:, :NEG_SAMPLES].tolist()
            loss = train_step(idx_cntr, idx_ctx, idx_ctx_neg)
            total_loss += loss
            n_batches += 1
            if n_batches % 100 == 0 and n_batches > 0:
                tqdm.write(f"  batch {n_batches} | avg loss: {total_loss/n_batches:.4f}")
                truth.add(**{"avg loss": total_loss / n_batches})
        print(f"epoch {epoch+1} done | avg loss: {total_loss/n_batches:.4f}")
        truth.add(at=epoch + 1, **{"avg loss": total_loss / n_batches})
    print("saved embeddings to artifacts/")
    truth.write("the script's running mean losses", libraries=("tqdm",), rel=1e-3,
                abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"sgnsnp": run}, root=HELDOUT53)
