"""HELD-OUT fixture (thirty-second half, see generate/heldout32/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop logging as washing1127/deep_learning_step_by_step
``step00_transformer/main.py`` with its ``utils/logger.py``: a logger ``r`` with a
``StreamHandler`` (stderr) formatted ``%(asctime)s - %(levelname)s: - %(message)s``
(``%Y-%m-%d %H:%M:%S``); ``初始化模型成功`` ("model initialised"); each step
``epoch 0, step 3/8 loss => 2.857442855834961`` (the loss tensor put in the f-string as it
is, which a 0-dimensional tensor formats as its float); after each epoch ``<time> Epoch 0 loss: 17.53...`` (the summed loss,
unformatted, then an empty line), and a test translating two sentences: ``英文：...``,
``德文：...``, ``模型输出：...``. Here: a toy "translation" (each source token mapped to a
target token through a fixed permutation) learnt by an embedding and a linear layer, Adam,
3 epochs of 8 steps; the file logging and checkpointing are left out.

Truth: the script's loss of each step and each epoch's summed loss share the name ``loss`` (as
``nin`` did in the thirty-first half); the epoch sums at the epoch their line states, the step
losses with no step (the line states the epoch and the step in it).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT32, Truth, main


def run() -> None:
    import logging
    import time

    import torch
    import torch.nn as nn

    logger = logging.getLogger(name='r')
    logger.setLevel(logging.INFO)
    formatter = logging.Formatter('%(asctime)s - %(levelname)s: - %(message)s',
                                  datefmt='%Y-%m-%d %H:%M:%S')
    ch = logging.StreamHandler()
    ch.setLevel(logging.DEBUG)
    ch.setFormatter(formatter)
    logger.addHandler(ch)

    torch.manual_seed(32)
    src_words = "a man in blue shirt is standing on ladder cleaning window two people are by chalkboard".split()
    tgt_words = "ein mann in blauen hemd ist steht auf leiter putzt fenster zwei leute sind an tafel".split()
    V = len(src_words)
    perm = torch.randperm(V)
    model = nn.Sequential(nn.Embedding(V, 16), nn.Linear(16, V))
    logger.info("初始化模型成功")
    loss_fn = nn.CrossEntropyLoss()
    optim = torch.optim.Adam(model.parameters(), lr=0.05)
    dataloader = [torch.randint(0, V, (16, 6)) for _ in range(8)]
    truth = Truth()

    def test():
        for sent in (["a", "man", "in", "blue", "shirt"], ["two", "people", "are", "by", "chalkboard"]):
            src = torch.tensor([src_words.index(w) for w in sent])
            logger.info("英文：" + " ".join(sent))
            logger.info("德文：" + " ".join(tgt_words[perm[i]] for i in src))
            with torch.no_grad():
                out = model(src).argmax(1)
            logger.info("模型输出：" + " ".join(tgt_words[i] for i in out))

    for epoch in range(3):
        epoch_loss = 0
        for step, src in enumerate(dataloader):
            out = model(src)
            loss = loss_fn(out.reshape(-1, V), perm[src].reshape(-1))
            optim.zero_grad()
            loss.backward()
            optim.step()
            epoch_loss += loss.item()
            logger.info(f"epoch {epoch}, step {step}/{len(dataloader)} loss => {loss}")
            truth.add(loss=loss.item())
        logger.info(f"{time.strftime('%Y-%m-%d %H:%M:%S')} Epoch {epoch} loss: {epoch_loss}\n")
        truth.add(at=epoch, loss=epoch_loss)
        test()
    truth.write("the script's loss tensor of each step and the epoch's summed loss.item()",
                libraries=("torch",), rel=1e-4, abs_tol=0.00005)


if __name__ == "__main__":
    main(__file__, {"washing": run}, root=HELDOUT32)
