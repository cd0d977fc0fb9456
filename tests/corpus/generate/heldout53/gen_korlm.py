"""HELD-OUT fixture (fifty-third half, see generate/heldout53/README.md): do not read while
tuning the parser.

A character GRU language model trained and logged as sooftware/char-rnnlm ``main.py``,
``package/trainer.py`` (``supervised_train``) and ``package/definition.py`` (the root logger on
stdout with ``[%(asctime)s %(filename)s:%(lineno)s - %(funcName)s()] %(message)s``, level
INFO): the version lines, ``start``, every 10 time steps ``timestep:   10/  30, loss: 2.3456,
cer: 0.71, elapsed: 0.12s 0.01m 0.00h``, ``train() completed`` and ``Epoch 0 (Training) Loss
2.3456 CER 0.7123``. Here: a GRU over the sentences of a small Markov text (instead of Korean
transcripts), teacher forcing, the loss summed over non-pad characters and divided by the
number of input characters, the CER as the edit distance of the argmax strings over the target
length; batch 8, 30 time steps an epoch, 3 epochs. The CUDA device name line is left out (no
GPU), and the queue-fed loader threads are replaced by a plain loop.

Truth: ``loss`` and ``cer`` of the timestep lines without a step (the time step restarts every
epoch), ``train/Loss`` and ``train/CER`` of the epoch lines at the epoch (``(Training)`` names
the phase). Elapsed times are no metrics.
"""

import logging
import sys

import _toy  # noqa: F401  (puts generate/ on sys.path)
from _toy import markov_text
from _capture import HELDOUT53, Truth, main

FORMAT = "[%(asctime)s %(filename)s:%(lineno)s - %(funcName)s()] %(message)s"


def get_distance(a, b):
    d = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, d[0] = d[0], i
        for j, cb in enumerate(b, 1):
            prev, d[j] = d[j], min(d[j] + 1, d[j - 1] + 1, prev + (ca != cb))
    return d[-1], len(a)


def run() -> None:
    import math
    import time

    import torch
    import torch.nn as nn

    logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format=FORMAT)
    logger = logging.getLogger('root')
    logger.setLevel(logging.INFO)

    sentences = [s.strip() for s in markov_text(n_chars=12000, seed=9).split('.') if s.strip()]
    chars = ['_', '<s>', '</s>'] + sorted(set(''.join(sentences)))
    char2id = {c: i for i, c in enumerate(chars)}
    PAD, SOS, EOS = 0, 1, 2
    batch_size = 8
    dataset = sentences[:240]

    torch.manual_seed(9)

    class LanguageModel(nn.Module):
        def __init__(self):
            super().__init__()
            self.emb = nn.Embedding(len(chars), 24)
            self.rnn = nn.GRU(24, 48, num_layers=2, batch_first=True, dropout=0.2)
            self.out = nn.Linear(48, len(chars))

        def forward(self, inputs):
            h, _ = self.rnn(self.emb(inputs))
            logit = self.out(h)
            return logit.argmax(-1), logit

    model = LanguageModel()
    optimizer = torch.optim.Adam(model.parameters(), lr=0.003)
    criterion = nn.CrossEntropyLoss(reduction='sum', ignore_index=PAD)
    truth = Truth()

    logger.info("CUDA is available : %s" % (torch.cuda.is_available()))
    logger.info("CUDA version : %s" % (torch.version.cuda))
    logger.info("PyTorch version : %s" % (torch.__version__))
    total_time_step = math.ceil(len(dataset) / batch_size)

    def collate(batch):
        n = max(len(s) for s in batch) + 1
        inputs = torch.full((len(batch), n), PAD)
        targets = torch.full((len(batch), n), PAD)
        for k, s in enumerate(batch):
            ids = [char2id[c] for c in s]
            inputs[k, :len(ids) + 1] = torch.tensor([SOS] + ids)
            targets[k, :len(ids) + 1] = torch.tensor(ids + [EOS])
        return inputs, targets, [len(s) + 1 for s in batch]

    def supervised_train(epoch, train_begin, print_time_step=10):
        total_loss = 0.
        total_num = 0
        total_dist = 0
        total_length = 0
        time_step = 0
        model.train()
        begin = epoch_begin = time.time()
        order = torch.randperm(len(dataset), generator=torch.Generator().manual_seed(epoch))
        for b in range(total_time_step):
            batch = [dataset[int(i)] for i in order[b * batch_size:(b + 1) * batch_size]]
            inputs, targets, input_lens = collate(batch)
            y_hat, logit = model(inputs)
            loss = criterion(logit.contiguous().view(-1, logit.size(-1)),
                             targets.contiguous().view(-1))
            total_loss += loss.item()
            total_num += sum(input_lens)
            for t_row, p_row, n in zip(targets, y_hat, input_lens):
                dist, length = get_distance(t_row[:n].tolist(), p_row[:n].tolist())
                total_dist += dist
                total_length += length
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            time_step += 1
            if time_step % print_time_step == 0:
                current = time.time()
                elapsed = current - begin
                epoch_elapsed = (current - epoch_begin) / 60.0
                train_elapsed = (current - train_begin) / 3600.0
                logger.info('timestep: {:4d}/{:4d}, loss: {:.4f}, cer: {:.2f}, elapsed: {:.2f}s '
                            '{:.2f}m {:.2f}h'.format(time_step, total_time_step,
                                                     total_loss / total_num,
                                                     total_dist / total_length,
                                                     elapsed, epoch_elapsed, train_elapsed))
                truth.add(loss=total_loss / total_num, cer=total_dist / total_length)
                begin = time.time()
        logger.info('train() completed')
        return total_loss / total_num, total_dist / total_length

    logger.info('start')
    train_begin = time.time()
    for epoch in range(3):
        train_loss, train_cer = supervised_train(epoch, train_begin)
        logger.info('Epoch %d (Training) Loss %0.4f CER %0.4f' % (epoch, train_loss, train_cer))
        truth.add(at=epoch, **{"train/Loss": train_loss, "train/CER": train_cer})
    truth.write("the trainer's running loss and character error rate", libraries=("torch",),
                rel=1e-3, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"korlm": run}, root=HELDOUT53)
