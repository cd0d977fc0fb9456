"""HELD-OUT fixture (sixty-first half, see generate/heldout61/README.md): do not read while
tuning the parser.

A NumPy word-level RNN trained by BPTT and SGD, printing as wuqianliangsresearch/char_rnn_pytorch
``char_rnn.py`` (after the WildML RNN tutorial): ``Reading CSV file...``, ``Parsed %d
sentences.``, ``Found %d unique words tokens.``, ``Using vocabulary size %d.``, ``The least
frequent word in our vocabulary is '%s' and appeared %d times.``, two example sentences,
``Expected Loss for random predictions: %f``, ``Actual loss: %f``, then per epoch ``"%s: Loss
after num_examples_seen=%d epoch=%d: %f" % (time, num_examples_seen, epoch, loss)`` -- a
timestamp first, then two ``key=value`` counters, then the loss after a colon -- and
``Setting learning rate to %f`` whenever the loss rose. Here: a few hundred generated
sentences, a 60-word vocabulary, hidden size 20, 12 epochs over 60 sentences.

Truth: ``Loss`` (the mean per-word cross-entropy) at the printed ``epoch``; the expected and the
initial loss are optional (``Expected Loss for random predictions``, ``Actual loss``), and so is
the halved learning rate. ``num_examples_seen`` is a count: in neither.
"""

import _toy  # noqa: F401  (puts the generators' folder on sys.path)
from _capture import HELDOUT61, Truth, main


def run() -> None:
    import random
    import sys
    from datetime import datetime

    import numpy as np

    random.seed(10)
    truth = Truth()
    vocabulary_size = 60
    unknown_token, start, end = "UNKNOWN_TOKEN", "SENTENCE_START", "SENTENCE_END"
    nouns = ["cat", "dog", "model", "network", "student", "teacher", "river", "city", "tree",
             "book", "song", "robot", "car", "garden", "window", "paper", "coffee", "loss"]
    verbs = ["sees", "likes", "trains", "reads", "writes", "finds", "moves", "learns", "breaks"]
    adjs = ["big", "small", "red", "quiet", "fast", "old", "new", "strange", "happy", "deep"]
    print("Reading CSV file...")
    raw = [f"the {random.choice(adjs)} {random.choice(nouns)} {random.choice(verbs)} a "
           f"{random.choice(nouns)} ." for _ in range(300)]
    sentences = ["%s %s %s" % (start, x, end) for x in raw]
    print("Parsed %d sentences." % (len(sentences)))
    tokenized = [s.split() for s in sentences]
    freq = {}
    for s in tokenized:
        for w in s:
            freq[w] = freq.get(w, 0) + 1
    print("Found %d unique words tokens." % len(freq))
    vocab = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:vocabulary_size - 1]
    index_to_word = [x[0] for x in vocab] + [unknown_token]
    word_to_index = {w: i for i, w in enumerate(index_to_word)}
    print("Using vocabulary size %d." % vocabulary_size)
    print("The least frequent word in our vocabulary is '%s' and appeared %d times." % (vocab[-1][0], vocab[-1][1]))
    tokenized = [[w if w in word_to_index else unknown_token for w in s] for s in tokenized]
    print("\nExample sentence: '%s'" % sentences[0])
    print("\nExample sentence after Pre-processing: '%s'" % tokenized[0])
    X_train = [[word_to_index[w] for w in s[:-1]] for s in tokenized]
    y_train = [[word_to_index[w] for w in s[1:]] for s in tokenized]

    def softmax(x):
        e_x = np.exp(x - np.max(x))
        return e_x / e_x.sum()

    np.random.seed(10)
    word_dim, hidden_dim, bptt_truncate = vocabulary_size, 20, 4
    U = np.random.uniform(-np.sqrt(1. / word_dim), np.sqrt(1. / word_dim), (hidden_dim, word_dim))
    V = np.random.uniform(-np.sqrt(1. / hidden_dim), np.sqrt(1. / hidden_dim), (word_dim, hidden_dim))
    W = np.random.uniform(-np.sqrt(1. / hidden_dim), np.sqrt(1. / hidden_dim), (hidden_dim, hidden_dim))

    def forward(x):
        T = len(x)
        s = np.zeros((T + 1, hidden_dim))
        o = np.zeros((T, word_dim))
        for t in range(T):
            s[t] = np.tanh(U[:, x[t]] + W.dot(s[t - 1]))
            o[t] = softmax(V.dot(s[t]))
        return o, s

    def calculate_loss(xs, ys):
        L = 0.0
        for x, y in zip(xs, ys):
            o, _ = forward(x)
            L += -1 * np.sum(np.log(o[np.arange(len(y)), y]))
        return L / sum(len(y) for y in ys)

    def sgd_step(x, y, lr):
        nonlocal U, V, W
        T = len(y)
        o, s = forward(x)
        dU, dV, dW = np.zeros(U.shape), np.zeros(V.shape), np.zeros(W.shape)
        delta_o = o
        delta_o[np.arange(len(y)), y] -= 1.
        for t in np.arange(T)[::-1]:
            dV += np.outer(delta_o[t], s[t].T)
            delta_t = V.T.dot(delta_o[t]) * (1 - (s[t] ** 2))
            for step in np.arange(max(0, t - bptt_truncate), t + 1)[::-1]:
                dW += np.outer(delta_t, s[step - 1])
                dU[:, x[step]] += delta_t
                delta_t = W.T.dot(delta_t) * (1 - s[step - 1] ** 2)
        U -= lr * dU
        V -= lr * dV
        W -= lr * dW

    expected = np.log(vocabulary_size)
    actual = calculate_loss(X_train[:10], y_train[:10])
    print("Expected Loss for random predictions: %f" % expected)
    print("Actual loss: %f" % actual)
    truth.allow(**{"Expected Loss for random predictions": expected, "Actual loss": actual})

    Xs, ys = X_train[:60], y_train[:60]
    learning_rate, losses, num_examples_seen = 0.05, [], 0
    for epoch in range(12):
        loss = calculate_loss(Xs, ys)
        losses.append((num_examples_seen, loss))
        time = datetime.now().strftime('%Y-%m-%d %H:%M:%S')
        print("%s: Loss after num_examples_seen=%d epoch=%d: %f" % (time, num_examples_seen, epoch, loss))
        truth.add(at=epoch, Loss=loss)
        if len(losses) > 1 and losses[-1][1] > losses[-2][1]:
            learning_rate = learning_rate * 0.5
            print("Setting learning rate to %f" % learning_rate)
            truth.allow(**{"Setting learning rate to": learning_rate})
        sys.stdout.flush()
        for i in range(len(ys)):
            sgd_step(Xs[i], ys[i], learning_rate)
            num_examples_seen += 1
    truth.write("the tutorial's mean per-word losses", libraries=("numpy",), rel=1e-4,
                abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"rnnnumpy": run}, root=HELDOUT61)
