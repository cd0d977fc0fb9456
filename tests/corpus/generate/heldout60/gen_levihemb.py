"""HELD-OUT fixture (sixtieth half, see generate/heldout60/README.md): do not read while tuning
the parser.

A skip-gram with a full softmax in NumPy, printing as levihtkas/Embeddings_raw
``numpy_model.py`` (its own four-sentence corpus): the vocabulary size (a bare number), the
first five (target, context) pairs, ``print(f"Epoch {epoch} ,Loss {loss:.4f}")`` every 100 of
1000 epochs (every 200 in the script) (the loss summed over the 26 pairs), then ``most_similar("cat")`` (a list of
(word, NumPy float) tuples, shown by NumPy 2 as ``np.float64(...)``) and the embedding of
``cat`` (a 100-number array).

Truth: ``Loss`` at the printed epoch. The vocabulary size, the pairs, the similarities and the
embedding are in neither map.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT60, Truth, main


def run() -> None:
    import numpy as np

    np.random.seed(4)
    corpus = [
        "the cat sat on the mat",
        "the dog sat on the log",
        "the cat chased the mouse",
        "the dog chased the cat"
    ]
    tokens = []
    for sentence in corpus:
        for line in sentence.split(","):
            tokens.extend(line.split())
    vocab = sorted(set(tokens))
    vocab_size = len(vocab)
    word2idx = {word: i for i, word in enumerate(vocab)}
    print(vocab_size)
    windows_size = 1
    training_pairs = []
    for sentence in corpus:
        words = sentence.lower().split()
        for i, word in enumerate(words):
            target = word2idx[word]
            for j in range(i - windows_size, i + windows_size + 1):
                if j != i and 0 <= j < len(words):
                    training_pairs.append((target, word2idx[words[j]]))
    print(training_pairs[:5])
    embedding_dim = 100
    learning_rate = 0.05
    w_in = np.random.randn(vocab_size, embedding_dim) * 0.01
    w_out = np.random.randn(embedding_dim, vocab_size) * 0.01

    def softmax(x):
        e_x = np.exp(x - np.max(x))
        return e_x / e_x.sum()

    truth = Truth()
    epochs = 1000
    for epoch in range(epochs):
        loss = 0
        for (target, context) in training_pairs:
            h = w_in[target]
            u = np.dot(h, w_out)
            y_pred = softmax(u)
            loss += -np.log(y_pred[context])
            e = y_pred.copy()
            e[context] -= 1
            dW_out = np.outer(h, e)
            dW_in = np.dot(e, w_out.T)
            w_out = w_out - (learning_rate * dW_out)
            w_in[target] = w_in[target] - learning_rate * dW_in
        if epoch % 100 == 0:
            print(f"Epoch {epoch} ,Loss {loss:.4f}")
            truth.add(at=epoch, Loss=loss)

    def get_embedding(word):
        return w_in[word2idx[word]]

    def cosine_similarity(a, b):
        return (np.dot(a, b) / (np.linalg.norm(a) * np.linalg.norm(b)))

    def most_similar(word, top_k=3):
        vec = get_embedding(word)
        scores = [(w, cosine_similarity(vec, get_embedding(w))) for w in vocab if w != word]
        return sorted(scores, key=lambda x: x[1], reverse=True)[:top_k]

    print(most_similar("cat"))
    print(get_embedding("cat"))
    truth.write("the script's summed epoch loss", libraries=("numpy",), rel=1e-5, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"levihemb": run}, root=HELDOUT60)
