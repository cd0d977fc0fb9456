"""HELD-OUT fixture (thirty-third half, see generate/heldout33/README.md): do not read while
tuning the parser.

A hand-written PyTorch language model logging as dialogtekgeek/AudioVisualSceneAwareDialog
``code/avsd_train.py`` (commit 11ea814f) does, through ``logging.basicConfig(level=logging.INFO,
format='%(asctime)s %(levelname)s: %(message)s')`` (stderr): the command line, data loading
lines, ``#vocab = 20``, ``#train sample = ...``, rules and ``Start training``, ``Epoch 1 :
Adam``, every ``report_interval = 1000/batch_size`` iterations ``iter {} training perplexity:
{:.2f} ({:.2f} iters/sec)``, ``epoch: %d  train perplexity: %f``, a validation rule,
``validation perplexity: %.4f``, ``writing model params to ...``, ``validation perplexity
reduced %.4f -> %.4f``, ``the best model is epoch %d.``, ``done``. Here: a bigram neural
language model on token sequences from a random Markov chain, batches of 50 (so a report every 20
iterations), 4 epochs; the model files and symlink are not written, and the logged command line
is the fixed one below (not the generator's own path).

Truth: ``training perplexity`` at the iteration; ``train perplexity`` at the epoch;
``val/perplexity`` (``validation perplexity``, no step); the two numbers of ``validation
perplexity reduced a -> b`` optional (the previous best, 1e10 at first, and the new one).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT33, Truth, main


def run() -> None:
    import logging
    import math
    import numpy as np
    import torch
    import torch.nn as nn

    logging.basicConfig(level=logging.INFO,
        format='%(asctime)s %(levelname)s: %(message)s')
    truth = Truth()
    argv = ["avsd_train.py", "--model", "exp/avsd_model", "--optimizer", "Adam", "--batch-size", "50",
            "--num-epochs", "4"]
    logging.info('Command line: ' + ' '.join(argv))
    logging.info('Extracting words from ' + 'data/train_set.json')
    V = 20
    rng = np.random.default_rng(33)
    trans = rng.dirichlet(np.full(V, 0.3), size=V)
    cum = trans.cumsum(1)

    def sample(n, T=16):
        out = np.zeros((n, T), dtype=np.int64)
        out[:, 0] = rng.integers(V, size=n)
        for t in range(1, T):
            u = rng.random(n)
            out[:, t] = np.minimum((cum[out[:, t - 1]] < u[:, None]).sum(1), V - 1)
        return torch.tensor(out)

    logging.info('Loading training data from ' + 'data/train_set.json')
    train = sample(1500)
    logging.info('Loading validation data from ' + 'data/valid_set.json')
    valid = sample(300)
    torch.manual_seed(33)
    model = nn.Sequential(nn.Embedding(V, 16), nn.Linear(16, V))
    batch_size = 50
    logging.info('#vocab = %d' % V)
    logging.info('Making mini batches for training data')
    train_indices = [list(range(i, i + batch_size)) for i in range(0, len(train), batch_size)]
    logging.info('#train sample = %d' % len(train))
    logging.info('#train batch = %d' % len(train_indices))
    logging.info('Making mini batches for validation data')
    valid_indices = [list(range(i, i + batch_size)) for i in range(0, len(valid), batch_size)]
    logging.info('#validation sample = %d' % len(valid))
    logging.info('#validation batch = %d' % len(valid_indices))
    logging.info('----------------')
    logging.info('Start training')
    logging.info('----------------')
    optimizer = torch.optim.Adam(model.parameters(), lr=0.02)
    lossf = nn.CrossEntropyLoss()

    def batch_loss(data, idx):
        x = data[idx]
        return lossf(model(x[:, :-1]).reshape(-1, V), x[:, 1:].reshape(-1)), x[:, 1:].numel()

    def evaluate():
        model.eval()
        tot = words = 0
        with torch.no_grad():
            for idx in valid_indices:
                loss, n = batch_loss(valid, idx)
                tot += loss.item() * n
                words += n
        model.train()
        return math.exp(tot / words)

    modelext = '.pth.tar'
    cur_loss = 0.
    cur_num_words = 0
    cur_at = time_start = __import__("time").time()
    min_valid_ppl = 1.0e+10
    n = 0
    report_interval = 1000/batch_size
    bestmodel_num = 0
    for i in range(4):
        logging.info('Epoch %d : %s' % (i+1, 'Adam'))
        train_loss = 0.
        train_num_words = 0
        order = rng.permutation(len(train_indices))
        for j in order:
            loss, num_words = batch_loss(train, train_indices[j])
            batch_loss_v = loss.item()
            train_loss += batch_loss_v * num_words
            train_num_words += num_words
            cur_loss += batch_loss_v * num_words
            cur_num_words += num_words
            if (n + 1) % report_interval == 0:
                now = __import__("time").time()
                throuput = report_interval / max(now - cur_at, 1e-6)
                perp = math.exp(cur_loss / cur_num_words)
                logging.info('iter {} training perplexity: {:.2f} ({:.2f} iters/sec)'.format(n + 1, perp, throuput))
                truth.add(at=n + 1, **{"training perplexity": perp})
                cur_at = now
                cur_loss = 0.
                cur_num_words = 0
            n += 1
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        logging.info("epoch: %d  train perplexity: %f" % (i+1, math.exp(train_loss/train_num_words)))
        truth.add(at=i + 1, **{"train perplexity": math.exp(train_loss / train_num_words)})
        logging.info('-----------------------validation--------------------------')
        valid_ppl = evaluate()
        logging.info('validation perplexity: %.4f' % (valid_ppl))
        truth.add(**{"val/perplexity": valid_ppl})
        modelfile = 'exp/avsd_model' + '_' + str(i + 1) + modelext
        logging.info('writing model params to ' + modelfile)
        if min_valid_ppl > valid_ppl:
            bestmodel_num = i+1
            logging.info('validation perplexity reduced %.4f -> %.4f' % (min_valid_ppl, valid_ppl))
            truth.allow(**{"validation perplexity reduced": min_valid_ppl})
            truth.allow(**{"validation perplexity reduced": valid_ppl})
            min_valid_ppl = valid_ppl
        logging.info('----------------')
    logging.info('the best model is epoch %d.' % bestmodel_num)
    logging.info('a symbolic link is made as ' + 'exp/avsd_model' + '_best' + modelext)
    logging.info('done')
    truth.write("the script's perplexities (exp of the word-weighted mean losses)",
                libraries=("torch", "numpy"), rel=1e-4, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"avsd": run}, root=HELDOUT33)
