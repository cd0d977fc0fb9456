"""HELD-OUT fixture (fiftieth half, see generate/heldout50/README.md): do not read while tuning
the parser.

A BiLSTM part-of-speech tagger printing as LauraRuis/BiLSTM-CNN-CRF-POStagger
``tagger/tagger/__main__.py`` and ``tagger/tagger/train.py``: ``Config:`` and one ``"  %12s :
%s"`` line per argument (stdout), logging with ``'%(asctime)-15s %(message)s'`` and
``datefmt='%Y-%m-%d %H:%M'`` at DEBUG (stderr: ``Loaded %d train examples`` ..., vocabulary
notes, ``Training starts..``, every ``print_every`` iterations ``"Iter %08d loss %8.4f pos-acc
%5.2f lr %.5f"``, every ``eval_every`` ``"Evaluation dev Iter %08d pos-acc %5.2f"`` and
``"Evaluation test Iter %08d pos-acc %5.2f"``, ``Done Training`` and ``"Best model Iter %08d
Dev POS-acc %12.4f Test POS-acc %12.4f "``), and the ``First 10 vocabulary entries, ...``
prints. Here: sentences drawn from a small HMM (40 words, 6 tags) instead of the WSJ treebank,
no GloVe (``--no_glove``), a word-embedding BiLSTM with a softmax output (no character CNN),
SGD with momentum and the original's LambdaLR decay, a random batch every iteration, 300
iterations, a line every 20 and an evaluation every 60; the model summary, the printed
examples and the CoNLL files written for the official evaluation are left out.

Truth: ``loss`` and ``pos-acc`` (percent) at the printed iteration (``Iter 00000020``);
``val/pos-acc`` (``Evaluation dev``, the development split) and ``test/pos-acc``
(``Evaluation test``) at their iteration. The closing ``Best model`` line repeats the best
evaluation: optional. ``lr`` is a schedule (printed on every line, so left out of the params); the rest of
the ``Config:`` block is params.
"""

import _toy  # noqa: F401  (puts the generate folder on the path)
from _capture import HELDOUT50, Truth, main


def run() -> None:
    import logging
    from collections import Counter

    import numpy as np
    import torch
    import torch.nn as nn
    from torch.optim.lr_scheduler import LambdaLR

    FORMAT = '%(asctime)-15s %(message)s'
    logging.basicConfig(format=FORMAT, level=logging.DEBUG, datefmt='%Y-%m-%d %H:%M')
    logger = logging.getLogger("tagger.train")

    cfg = {"mode": "train", "output_dir": "output", "train_path": "data/hmm/pos/train.tsv",
           "dev_path": "data/hmm/pos/dev.tsv", "test_path": "data/hmm/pos/test.tsv",
           "n_iters": 300, "dim": 48, "emb_dim": 32, "char_emb_dim": 0, "window_size": 3,
           "num_filters": 30, "char_model": "none", "batch_size": 32, "num_layers": 1,
           "print_every": 20, "eval_every": 60, "bi": True, "glove": False, "dropout_p": 0.5,
           "clip": 5.0, "optimizer": "sgd", "lr": 0.1, "lr_decay": 0.95, "lr_decay_steps": 5000,
           "adam_beta1": 0.9, "adam_beta2": 0.9, "weight_decay": 0.0, "momentum": 0.9,
           "plateau": False, "seed": 42, "resume": ""}
    print("Config:")
    for k, v in cfg.items():
        print("  %12s : %s" % (k, v))

    torch.manual_seed(cfg["seed"])
    rng = np.random.default_rng(cfg["seed"])
    n_tags, n_words, L = 6, 40, 12
    trans = rng.dirichlet(np.full(n_tags, 0.4), size=n_tags)
    emit = rng.dirichlet(np.full(n_words, 0.1), size=n_tags)
    words = ["w%02d" % i for i in range(n_words)]
    tagnames = ["NN", "VB", "DT", "JJ", "IN", "RB"]

    def sample(n):
        tags, ws = np.zeros((n, L), int), np.zeros((n, L), int)
        for i in range(n):
            t = rng.integers(n_tags)
            for j in range(L):
                tags[i, j], ws[i, j] = t, rng.choice(n_words, p=emit[t])
                t = rng.choice(n_tags, p=trans[t])
        return torch.tensor(ws), torch.tensor(tags)

    train_w, train_t = sample(400)
    dev_w, dev_t = sample(100)
    test_w, test_t = sample(100)
    logger.info("Loaded %d train examples" % len(train_w))
    logger.info("Loaded %d dev examples" % len(dev_w))
    logger.info("Loaded %d test examples" % len(test_w))
    freqs = Counter(train_w.flatten().tolist())
    itos = ["<unk>", "<pad>"] + [words[i] for i, _ in freqs.most_common()]
    print("First 10 vocabulary entries, words: ", " ".join(itos[:10]))
    print("First 10 vocabulary entries, pos tags: ", " ".join(["<unk>", "<pad>"] + tagnames))
    print("First 10 vocabulary entries, chars: ", " ".join(["<unk>", "<pad>", "0", "1", "2", "3", "4", "w"]))
    logger.info("Most common words: %s" % [(words[i], c) for i, c in freqs.most_common(20)])
    logger.info("Word vocab size: %s" % len(itos))
    tag_freqs = Counter(train_t.flatten().tolist())
    logger.info("Most common XPOS-tags: %s" % [(tagnames[i], c) for i, c in tag_freqs.most_common()])
    logger.info("POS vocab size: %s" % (n_tags + 2))
    logger.info("Chars vocab size: %s" % 8)

    class Tagger(nn.Module):
        def __init__(self):
            super().__init__()
            self.emb = nn.Embedding(n_words, cfg["emb_dim"])
            self.lstm = nn.LSTM(cfg["emb_dim"], cfg["dim"], batch_first=True, bidirectional=True)
            self.drop = nn.Dropout(cfg["dropout_p"])
            self.out = nn.Linear(2 * cfg["dim"], n_tags)

        def forward(self, w):
            return self.out(self.drop(self.lstm(self.emb(w))[0]))

    model = Tagger()
    optimizer = torch.optim.SGD(model.parameters(), lr=cfg["lr"], momentum=cfg["momentum"])
    scheduler = LambdaLR(optimizer, lr_lambda=lambda t: cfg["lr_decay"] ** t)
    criterion = nn.CrossEntropyLoss()

    def pos_acc(w, t):
        model.eval()
        with torch.no_grad():
            acc = (model(w).argmax(-1) == t).float().mean().item() * 100
        model.train()
        return acc

    truth = Truth()
    best_iter, best_pos_acc, test_pos_acc = 0, -1., -1.
    logger.info("Training starts..")
    for iter_i in range(1, cfg["n_iters"] + 1):
        if iter_i % (912344 / cfg["batch_size"]) == 0:
            scheduler.step()
        model.train()
        idx = torch.randint(0, len(train_w), (cfg["batch_size"],))
        scores = model(train_w[idx])
        loss = criterion(scores.reshape(-1, n_tags), train_t[idx].reshape(-1))
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), cfg["clip"])
        optimizer.step()
        optimizer.zero_grad()
        if iter_i % cfg["print_every"] == 0:
            acc = (scores.argmax(2) == train_t[idx]).float().mean().item() * 100
            lr = scheduler.get_last_lr()[0]
            logger.info("Iter %08d loss %8.4f pos-acc %5.2f lr %.5f" % (iter_i, loss.item(), acc, lr))
            truth.add(at=iter_i, loss=loss.item(), **{"pos-acc": acc})
        if iter_i % cfg["eval_every"] == 0:
            _dev_pos_acc = pos_acc(dev_w, dev_t)
            logger.info("Evaluation dev Iter %08d pos-acc %5.2f" % (iter_i, _dev_pos_acc))
            _test_pos_acc = pos_acc(test_w, test_t)
            logger.info("Evaluation test Iter %08d pos-acc %5.2f" % (iter_i, _test_pos_acc))
            truth.add(at=iter_i, **{"val/pos-acc": _dev_pos_acc, "test/pos-acc": _test_pos_acc})
            if _dev_pos_acc > best_pos_acc:
                best_iter, best_pos_acc, test_pos_acc = iter_i, _dev_pos_acc, _test_pos_acc
    logger.info("Done Training")
    logger.info("Best model Iter %08d Dev POS-acc %12.4f Test POS-acc %12.4f " % (
        best_iter, best_pos_acc, test_pos_acc))
    truth.allow(**{"Dev POS-acc": best_pos_acc, "Test POS-acc": test_pos_acc})
    params = {k: v for k, v in cfg.items()
              if isinstance(v, (int, float)) and not isinstance(v, bool) and k != "lr"}
    truth.write("the batch loss and accuracy, and the dev and test tagging accuracy in percent",
                libraries=("torch",), params=params, rel=1e-3, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"postagger": run}, root=HELDOUT50)
