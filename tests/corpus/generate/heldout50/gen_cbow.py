"""HELD-OUT fixture (fiftieth half, see generate/heldout50/README.md): do not read while tuning
the parser.

A NumPy word2vec (CBOW with negative sampling) printing as AlfonsoJimena/Word2vecWithNumpy
``word2vec_numpy/word2vec/train.py``: each epoch a tqdm bar over the shuffled (context, centre)
pairs described ``epoch {e}/{E}``, then ``f"Epoch {epoch + 1}/{epochs} - loss media:
{avg_loss:.4f}"`` (the mean loss per training pair; Spanish labels as in the original). Here:
the words of a Markov text of our own (about 1100 tokens, 25 word types), window 2, 5 negatives
from the unigram^0.75 table, 20 dimensions, SGD with ``np.add.at`` updates, lr 0.05; 8 epochs.

Truth: ``loss media`` at the printed epoch (``Epoch e/E``).
"""

from _toy import markov_text
from _capture import HELDOUT50, Truth, main


def run() -> None:
    from collections import Counter

    import numpy as np
    from tqdm import tqdm

    tokens = markov_text(7000, seed=23).split()
    word_freqs = Counter(tokens)
    word2idx = {w: i for i, w in enumerate(sorted(word_freqs))}
    token_indices = [word2idx[w] for w in tokens]
    V, D, window_size, k, lr, epochs = len(word2idx), 20, 2, 5, 0.05, 8

    np.random.seed(42)
    W_in = (np.random.rand(V, D) - 0.5) / D
    W_out = np.zeros((V, D))
    pairs = []
    for i, center in enumerate(token_indices):
        ctx = [token_indices[j] for j in range(max(0, i - window_size),
                                                min(len(token_indices), i + window_size + 1)) if j != i]
        pairs.append((ctx, center))
    freqs = np.array([word_freqs[w] for w in sorted(word_freqs)], dtype=float) ** 0.75
    neg_table = np.repeat(np.arange(V), np.maximum(1, np.round(freqs / freqs.sum() * 10000)).astype(int))

    def sample_negatives(exclude_idx):
        out = []
        while len(out) < k:
            c = neg_table[np.random.randint(len(neg_table))]
            if c != exclude_idx:
                out.append(c)
        return np.array(out)

    sigmoid = lambda x: 1.0 / (1.0 + np.exp(-x))
    truth = Truth()
    for epoch in range(epochs):
        np.random.shuffle(pairs)
        total_loss = 0.0
        for context_idxs, center_idx in tqdm(pairs, desc=f"epoch {epoch + 1}/{epochs}"):
            negatives = sample_negatives(center_idx)
            h = W_in[context_idxs].mean(0)
            u_o, u_neg = W_out[center_idx], W_out[negatives]
            s_pos, s_neg = sigmoid(u_o @ h), sigmoid(-u_neg @ h)
            loss = -np.log(s_pos + 1e-10) - np.sum(np.log(s_neg + 1e-10))
            grad_h = (s_pos - 1) * u_o + (1 - s_neg) @ u_neg
            np.add.at(W_in, context_idxs, -lr * grad_h / len(context_idxs))
            W_out[center_idx] -= lr * (s_pos - 1) * h
            np.add.at(W_out, negatives, -lr * np.outer(1 - s_neg, h))
            total_loss += loss
        avg_loss = total_loss / len(pairs)
        print(f"Epoch {epoch + 1}/{epochs} - loss media: {avg_loss:.4f}")
        truth.add(at=epoch + 1, **{"loss media": avg_loss})
    truth.write("the epoch's mean CBOW loss per pair", libraries=("numpy", "tqdm"),
                rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"cbow": run}, root=HELDOUT50)
