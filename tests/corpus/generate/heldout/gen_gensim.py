"""HELD-OUT fixture (see tests/corpus/README.md): do not read while tuning the parser.

gensim: `Word2Vec` (CBOW, then skip-gram) on a synthetic corpus, with gensim's tutorial
logging set-up (``logging.basicConfig(format="%(asctime)s : %(levelname)s : %(message)s",
level=logging.INFO)``) and the loss callback of gensim's FAQ (``compute_loss=True``, a
`CallbackAny2Vec` printing ``Loss after epoch 0: 11726.3466796875``, the difference of the
cumulative `get_latest_training_loss()`). The log (stderr) is counts and settings only:
``collected 200 word types from a corpus of 4800 raw words and 400 sentences``, ``Word2Vec
lifecycle event {'msg': 'effective_min_count=1 retains 200 unique words (100.00% of original
200, drops 0)', 'datetime': ..., 'gensim': '4.4.0', ...}``, ``EPOCH 0: training on 4800 raw
words (2776 effective words) took 0.0s, 1198685 effective words/s``, ``sample=0.001
downsamples 117 most-common words``. At the end the script prints ``most_similar`` pairs.

Truth: the callback's values as ``Loss`` at the printed epoch (0-based, as gensim's FAQ counts).
Nothing in the log is a metric (word counts, rates, memory, settings). Params: the settings
the log prints (``sg=0 hs=0 sample=0.001 negative=5 window=3``, ``Word2Vec<vocab=200,
vector_size=32, alpha=0.025>``, ``effective_min_count=1``), from the model.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import Truth, main  # noqa: E402


def train() -> None:
    import logging
    import random

    from gensim.models import Word2Vec
    from gensim.models.callbacks import CallbackAny2Vec

    logging.basicConfig(format="%(asctime)s : %(levelname)s : %(message)s", level=logging.INFO)
    truth = Truth()

    class LossLogger(CallbackAny2Vec):
        """gensim FAQ's callback: the loss of each epoch."""

        def __init__(self):
            self.epoch = 0
            self.previous = 0.0

        def on_epoch_end(self, model):
            cumulative = model.get_latest_training_loss()
            loss = cumulative - self.previous
            print(f"Loss after epoch {self.epoch}: {loss}")
            truth.add(self.epoch, Loss=loss)
            self.previous = cumulative
            self.epoch += 1

    rng = random.Random(0)
    vocab = [f"w{i}" for i in range(200)]
    topics = [vocab[i::4] for i in range(4)]  # words co-occur within a topic
    sentences = [[rng.choice(topics[j % 4]) for _ in range(12)] for j in range(400)]
    for sg in (0, 1):
        model = Word2Vec(sentences, vector_size=32, window=3, min_count=1, workers=1,
                         epochs=6, sg=sg, compute_loss=True, seed=0, callbacks=[LossLogger()])
        print("most similar to w0:", model.wv.most_similar("w0", topn=3))
    # the settings the log prints ("... using sg=0 hs=0 sample=0.001 negative=5 window=3
    # shrink_windows=True", "Word2Vec<vocab=200, vector_size=32, alpha=0.025>"), from the model
    params = {"sg": "[0, 1]", "hs": model.hs, "sample": model.sample,
              "negative": model.negative, "window": model.window,
              "shrink_windows": model.shrink_windows, "vocab": len(model.wv),
              "vector_size": model.vector_size, "alpha": model.alpha,
              "effective_min_count": model.min_count}
    truth.write("the FAQ loss callback's values (get_latest_training_loss differences) as Loss "
                "at the printed epoch; params = the model settings the log prints",
                libraries=("gensim",), params=params, rel=1e-6)


if __name__ == "__main__":
    main(__file__, {"gensim": train}, heldout=True)
