"""HELD-OUT fixture (thirty-first half, see generate/heldout31/README.md): do not read while
tuning the parser.

A hand-written language-model loop printing as the word-language-model script of the nlpia2
package does (its runs kept in ``ch08/rnn_word/checkpoint_notes/*.md`` of nlpia2 0.2.0, stored in
pypi-data/pypi-mirror-359): ``print(args)`` (a ``Namespace(...)``), ``| epoch   1 |   200/ 2983
batches | lr 20.0000 | ms/batch 11.43 | loss  7.64 | ppl  2079.22`` every log interval, dashed
``| end of epoch   1 | time: 35.24s | valid loss  5.53 | valid ppl   252.86`` blocks, and the
closing ``=``-ruled ``| End of training | test loss  4.99 | test ppl   147.49`` of that script
family. Here: a small GRU language model in PyTorch on a synthetic text drawn from a random
second-order Markov chain over 24 symbols, SGD with ``lr=20`` and gradient clipping, the learning
rate divided by 4 when the validation loss does not improve, 3 epochs.

Truth: the script's mean loss of each log interval and its ``exp`` (``loss``, ``ppl``; the line
states the epoch and a batch count, no step given), the validation loss and ppl at each epoch's
end (``val/loss``, ``val/ppl`` at the epoch the line states), the test loss and ppl
(``test/loss``, ``test/ppl``). Optional: ``lr`` (the annealed learning rate). ``ms/batch`` and
``time`` have no truth. The printed ``Namespace`` is ``params``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT31, Truth, main


def run() -> None:
    import argparse
    import math
    import time

    import numpy as np
    import torch
    import torch.nn as nn

    args = argparse.Namespace(batch_size=20, bptt=20, clip=0.25, cuda=False,
                              data='./data/markov-24', dropout=0.0, emsize=16, epochs=3,
                              log_interval=12, lr=20, model='GRU', nhid=32, nlayers=1,
                              save='model.pt', seed=1111)
    print(args)
    torch.manual_seed(args.seed)
    rng = np.random.default_rng(31)
    V = 24
    trans = rng.dirichlet(np.full(V, 0.1), size=(V, V))
    cum = np.cumsum(trans, axis=2)
    seq = [0, 1]
    for u in rng.random(30000):
        seq.append(min(int(np.searchsorted(cum[seq[-2], seq[-1]], u)), V - 1))
    seq = torch.tensor(seq)

    def batchify(data, bsz):
        nbatch = data.size(0) // bsz
        return data[:nbatch * bsz].view(bsz, -1).t().contiguous()

    train_data = batchify(seq[:24000], args.batch_size)
    val_data = batchify(seq[24000:27000], 10)
    test_data = batchify(seq[27000:], 10)

    class RNNModel(nn.Module):
        def __init__(self):
            super().__init__()
            self.encoder = nn.Embedding(V, args.emsize)
            self.rnn = nn.GRU(args.emsize, args.nhid, args.nlayers)
            self.decoder = nn.Linear(args.nhid, V)

        def forward(self, x, h):
            out, h = self.rnn(self.encoder(x), h)
            return self.decoder(out), h

    model = RNNModel()
    criterion = nn.CrossEntropyLoss()
    truth = Truth()

    def get_batch(source, i):
        seq_len = min(args.bptt, len(source) - 1 - i)
        return source[i:i + seq_len], source[i + 1:i + 1 + seq_len].reshape(-1)

    def evaluate(data_source):
        model.eval()
        total_loss, h = 0.0, torch.zeros(args.nlayers, data_source.size(1), args.nhid)
        with torch.no_grad():
            for i in range(0, data_source.size(0) - 1, args.bptt):
                data, targets = get_batch(data_source, i)
                output, h = model(data, h)
                total_loss += len(data) * criterion(output.view(-1, V), targets).item()
        return total_loss / (len(data_source) - 1)

    lr = args.lr
    best_val_loss = None
    for epoch in range(1, args.epochs + 1):
        epoch_start_time = time.time()
        model.train()
        total_loss, start_time = 0.0, time.time()
        h = torch.zeros(args.nlayers, args.batch_size, args.nhid)
        nbatches = (len(train_data) - 1) // args.bptt
        for batch, i in enumerate(range(0, train_data.size(0) - 1, args.bptt)):
            data, targets = get_batch(train_data, i)
            h = h.detach()
            model.zero_grad()
            output, h = model(data, h)
            loss = criterion(output.view(-1, V), targets)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), args.clip)
            for p in model.parameters():
                p.data.add_(p.grad, alpha=-lr)
            total_loss += loss.item()
            if batch % args.log_interval == 0 and batch > 0:
                cur_loss = total_loss / args.log_interval
                elapsed = time.time() - start_time
                print('| epoch {:3d} | {:5d}/{:5d} batches | lr {:02.4f} | ms/batch {:5.2f} | '
                      'loss {:5.2f} | ppl {:8.2f}'.format(
                          epoch, batch, nbatches, lr, elapsed * 1000 / args.log_interval,
                          cur_loss, math.exp(cur_loss)))
                truth.add(loss=cur_loss, ppl=math.exp(cur_loss))
                truth.allow(lr=lr)
                total_loss, start_time = 0.0, time.time()
        val_loss = evaluate(val_data)
        print('-' * 89)
        print('| end of epoch {:3d} | time: {:5.2f}s | valid loss {:5.2f} | '
              'valid ppl {:8.2f}'.format(epoch, (time.time() - epoch_start_time),
                                         val_loss, math.exp(val_loss)))
        print('-' * 89)
        truth.add(at=epoch, **{"val/loss": val_loss, "val/ppl": math.exp(val_loss)})
        if not best_val_loss or val_loss < best_val_loss:
            best_val_loss = val_loss
        else:
            lr /= 4.0
    test_loss = evaluate(test_data)
    print('=' * 89)
    print('| End of training | test loss {:5.2f} | test ppl {:8.2f}'.format(
        test_loss, math.exp(test_loss)))
    print('=' * 89)
    truth.add(**{"test/loss": test_loss, "test/ppl": math.exp(test_loss)})
    truth.write("the script's interval-mean training loss, its evaluate() of the validation and "
                "test data, and their exp", libraries=("torch", "numpy"),
                params=vars(args), rel=1e-3, abs_tol=0.005)


if __name__ == "__main__":
    main(__file__, {"wordlm": run}, root=HELDOUT31)
