"""HELD-OUT fixture (forty-fifth half, see generate/heldout45/README.md): do not read while
tuning the parser.

A hand-written character LSTM printing as yxtay/char-rnn-text-generation ``pytorch_model.py``
through its ``logger.py`` (format ``%(asctime)s - %(name)s - %(levelname)s - %(message)s``;
the console handler, on stderr): ``corpus length: 3000.``, ``model saved: ...``, ``start of
training.``, a tqdm bar per epoch described ``epoch 1/8``, ``epoch: 1, duration: 0s, loss:
2.84512.`` (``%.6g``), the save message, ``generating 64 characters from top 10 choices.``,
``generating with seed: "..."``, ``generated text: \\n...\\n``; at the end ``end of training,
duration: 1s.`` and a last generation. Here: an embedding LSTM on a Markov pseudo-English
text, 8 epochs of 6 batches, the script run as ``__main__``.

Truth: ``loss`` (the epoch's mean batch loss) at the epoch the line states. Durations and
character counts are no metrics.
"""

from _toy import text
from _capture import HELDOUT45, Truth, main


def run() -> None:
    import logging
    import sys
    import time

    import numpy as np
    import torch
    import torch.nn as nn
    from tqdm import tqdm

    logger = logging.getLogger("__main__")
    logger.setLevel(logging.DEBUG)
    ch = logging.StreamHandler(sys.stderr)
    ch.setLevel(logging.INFO)
    ch.setFormatter(logging.Formatter("%(asctime)s - %(name)s - %(levelname)s - %(message)s"))
    logger.addHandler(ch)

    torch.manual_seed(6)
    np.random.seed(6)
    txt = text(3000, seed=6)
    chars = sorted(set(txt))
    c2i = {c: i for i, c in enumerate(chars)}
    enc = np.array([c2i[c] for c in txt])
    V = len(chars)
    logger.info("corpus length: %s.", len(txt))
    emb, rnn, decoder = nn.Embedding(V, 32), nn.LSTM(32, 64, 1), nn.Linear(64, V)
    params = [*emb.parameters(), *rnn.parameters(), *decoder.parameters()]
    ckpt = "checkpoints/model.ckpt"
    logger.info("model saved: %s.", ckpt)
    optimizer = torch.optim.Adam(params, lr=0.005)
    batch_size, seq_len, num_epochs = 16, 30, 8
    num_batches = (len(txt) - 1) // (batch_size * seq_len)

    def generate_text(seed, length=64, top_n=10):
        logger.info("generating %s characters from top %s choices.", length, top_n)
        logger.info('generating with seed: "%s".', seed)
        generated, state = seed, None
        x = torch.tensor([[c2i[c]] for c in seed])
        with torch.no_grad():
            out, state = rnn(emb(x), state)
            for _ in range(length):
                p = torch.softmax(decoder(out[-1, 0]), 0).numpy()
                p[np.argsort(p)[:-top_n]] = 0
                i = np.random.choice(V, p=p / p.sum())
                generated += chars[i]
                out, state = rnn(emb(torch.tensor([[i]])), state)
        logger.info("generated text: \n%s\n", generated)

    truth = Truth()
    logger.info("start of training.")
    time_train = time.time()
    for i in range(num_epochs):
        epoch_losses = torch.Tensor(num_batches)
        time_epoch = time.time()
        for j in tqdm(range(num_batches), desc="epoch {}/{}".format(i + 1, num_epochs)):
            starts = np.random.randint(0, len(enc) - seq_len - 1, batch_size)
            x = torch.tensor(np.stack([enc[s:s + seq_len] for s in starts])).t()
            y = torch.tensor(np.stack([enc[s + 1:s + seq_len + 1] for s in starts])).t()
            out, _ = rnn(emb(x))
            loss = nn.functional.cross_entropy(decoder(out).reshape(-1, V), y.reshape(-1))
            epoch_losses[j] = loss.item()
            optimizer.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(params, 5.0)
            optimizer.step()
        duration_epoch = time.time() - time_epoch
        logger.info("epoch: %s, duration: %ds, loss: %.6g.", i + 1, duration_epoch,
                    epoch_losses.mean())
        truth.add(at=i + 1, loss=float(epoch_losses.mean()))
        logger.info("model saved: %s.", ckpt)
        s = np.random.randint(0, len(txt) - 20)
        generate_text(txt[s:s + 20])
    logger.info("end of training, duration: %ds.", time.time() - time_train)
    generate_text(txt[:20], 128, 3)
    truth.write("the script's epoch mean batch losses", libraries=("torch", "tqdm"), rel=1e-5)


if __name__ == "__main__":
    main(__file__, {"charrnntg": run}, root=HELDOUT45)
