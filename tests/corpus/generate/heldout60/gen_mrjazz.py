"""HELD-OUT fixture (sixtieth half, see generate/heldout60/README.md): do not read while tuning
the parser.

Skip-gram with negative sampling in NumPy, printing as mrJazzzz/word2vec_numpy ``main.py``:
``done`` after preprocessing, then every ``mon_period`` (1000) central words a block of
``print('iteration: ',i)``, ``print('Average loss: ', Loss)`` (the loss summed over the block's
pairs divided by their count, a NumPy float at full precision), ``print('Max embedding norm:
',max_norm)`` and a rule of underscores, and after each epoch ``print('Epoch ',ep,' done.')``.
Here: the script's loop (subsampling with t=1e-5, its keep probability times 20 since the
text is small, window radius 3, 5 negatives, learning rate decaying from 0.025, d=100) on a 6000-word text drawn from a small Markov
language instead of text8, 3 epochs.

Truth: ``Average loss`` and ``Max embedding norm`` at the iteration printed on the line above
(the counter restarts each epoch).
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT60, Truth, main


def run() -> None:
    import random
    from collections import Counter

    import numpy as np

    random.seed(8)
    gen = np.random.default_rng(8)
    lexicon = [f"w{i}" for i in range(60)]
    trans = gen.dirichlet(np.full(60, 0.1), size=60)
    words, cur = [], 0
    for _ in range(6000):
        cur = gen.choice(60, p=trans[cur])
        words.append(lexicon[cur])
    word_freqs = Counter(words)
    min_count = 5
    words = [word for word in words if word_freqs[word] >= min_count]
    N = len(words)
    word_freqs = Counter({word: cnt for word, cnt in word_freqs.items() if cnt >= min_count})
    words_unique = list(word_freqs.keys())
    V = len(words_unique)
    freqs = np.array(list(word_freqs.values()), dtype="float")
    freqs /= freqs.sum()
    t = 1e-5
    central_word_prob = np.minimum(1.0, np.sqrt(t / freqs) + t / freqs)
    central_word_prob_d = dict(zip(words_unique, central_word_prob * 20))
    neg_sampling_word_prob = freqs ** 0.75
    neg_sampling_word_prob /= neg_sampling_word_prob.sum()
    neg_sampling_word_prob_l = list(neg_sampling_word_prob)
    word_to_idx = {w: i for i, w in enumerate(words_unique)}
    d, K, m = 100, 5, 3
    print('done')
    rng = np.random.default_rng(8)
    W_in = rng.uniform(-0.5 / d, 0.5 / d, (V, d))
    W_out = rng.uniform(-0.5 / d, 0.5 / d, (d, V))

    def sigmoid(x):
        return 1 / (1 + np.exp(-x))

    def get_window(words, cent, radius):
        low = max(cent - radius, 0)
        high = min(cent + radius + 1, len(words) - 1)
        return [word for word in words[low:high] if word != words[cent]]

    def negative_sampling(word_in, word_out, word_bank, weights, K):
        neg = random.choices(word_bank, weights=weights, k=K)
        while (word_in in neg) or (word_out in neg):
            neg = random.choices(word_bank, weights=weights, k=K)
        return neg

    truth = Truth()

    def monitoring(i, W_in, Loss):
        print('iteration: ', i)
        print('Average loss: ', Loss)
        max_norm = np.max(np.linalg.norm(W_in, axis=1))
        print('Max embedding norm: ', max_norm)
        print('________________________________')
        truth.add(at=i, **{"Average loss": Loss, "Max embedding norm": max_norm})

    max_iters, epochs, lr0, mon_period = N, 3, 0.025, 1e+3
    Loss = 0
    for ep in range(epochs):
        i = -1
        used = 0
        for w in words:
            i += 1
            if i >= max_iters:
                break
            if (i > 0) and (i % mon_period == 0):
                Loss /= used
                monitoring(i, W_in, Loss)
                Loss = 0
                used = 0
            cont_flag = rng.binomial(n=1, p=min(1.0, central_word_prob_d[w]))
            if cont_flag == 0:
                continue
            lr = lr0 * (1 - (i + ep * max_iters) / (epochs * max_iters))
            window = get_window(words, i, m)
            for wo in window:
                neg = negative_sampling(w, wo, words_unique, neg_sampling_word_prob_l, K)
                in_idx, out_idx = word_to_idx[w], word_to_idx[wo]
                neg_idx = np.array([word_to_idx[x] for x in neg], dtype=int)
                v_i = W_in[in_idx, :]
                u_o = W_out[:, out_idx]
                u_nk = W_out[:, neg_idx]
                Loss += np.logaddexp(0, -np.dot(u_o, v_i)) + np.sum(np.logaddexp(0, np.dot(u_nk.T, v_i)))
                dL_dvi = -(1 - sigmoid(np.dot(u_o, v_i))) * u_o
                for j in range(K):
                    dL_dvi += sigmoid(np.dot(u_nk[:, j], v_i)) * u_nk[:, j]
                W_in[in_idx, :] -= lr * dL_dvi.T
                W_out[:, out_idx] -= lr * (-(1 - sigmoid(np.dot(u_o, v_i))) * v_i)
                for j in range(K):
                    W_out[:, neg_idx[j]] -= lr * sigmoid(np.dot(u_nk[:, j], v_i)) * v_i
            used += len(window)
        print('Epoch ', ep, ' done.')
    truth.write("the script's block losses and embedding norms", libraries=("numpy",),
                rel=1e-9, abs_tol=0.0)


if __name__ == "__main__":
    main(__file__, {"mrjazz": run}, root=HELDOUT60)
