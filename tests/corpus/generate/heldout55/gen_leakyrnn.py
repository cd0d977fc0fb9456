"""HELD-OUT fixture (fifty-fifth half, see generate/heldout55/README.md): do not read while
tuning the parser.

A leaky RNN trained to recall item sequences, printing as wizardlouis/Seq2seq-Model
``LeakyRNN/seq_train.py``. Two formats from its two training loops (the second captured by
``gen_leakyrnnpos.py``, which imports ``run_pos`` from here):

* ``leakyrnn`` (``Iter_train_burn``): per epoch ``'Epoch {}:\\nTotal Loss = {}\\nCrossEntropy
  Loss = {}\\nScale Loss = {}'`` with ``str()`` of the summed batch losses (cross-entropy of the
  read-out against the presented item during each retrieve period, plus a scale loss keeping
  the hidden geometry on the unit ring, weighted by a temperature), and ``burn in is over,
  start using scale_loss!`` at the burn-in epoch.
* ``leakyrnnpos`` (``Iter_train_burn_pos``): the same with ``'...\\nretrieve Loss =
  {}\\ndelay Loss = {}'`` (an MSE of the 2-D geometry against each item's ring position, and an
  MSE pulling the delay-period state to zero, weighted by the temperature).

Here: 6 items, sequences of 3, a 48-unit leaky RNN with a 2-D geometry read-out and a 6-way
read-out, Adam, batch 16, 16 epochs, burn-in 6 (the original: hundreds of epochs, burn-in
300).

Truth: every printed loss at the epoch of the ``Epoch N:`` line its block belongs to
(``Total Loss``, ``CrossEntropy Loss``, ``Scale Loss``; ``Total Loss``, ``retrieve Loss``,
``delay Loss``). Values are printed in full (``str``).
"""

import math
import random

from _toy import *  # noqa: F401,F403
from _capture import HELDOUT55, Truth, main

N_ITEM, SEQ_LEN, T_ON, T_DELAY = 6, 3, 3, 4


def _setup():
    import itertools

    import numpy as np
    import torch
    import torch.nn as nn

    random.seed(11)
    torch.manual_seed(11)
    seqs = [list(p) for p in itertools.permutations(range(1, N_ITEM + 1), SEQ_LEN)]
    random.shuffle(seqs)
    seqs = seqs[:64]
    angles = [2 * math.pi * k / N_ITEM for k in range(N_ITEM)]
    vectorrep = [[math.cos(a), math.sin(a)] for a in angles]

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.inp = nn.Linear(N_ITEM, 48)
            self.rec = nn.Linear(48, 48)
            self.geo = nn.Linear(48, 2)
            self.out = nn.Linear(2, N_ITEM)
            self.t_ron = T_ON
            self.use_scale_loss = False

        def forward(self, batch):
            B = len(batch)
            h = torch.zeros(B, 48)
            geos = []
            onehots = torch.eye(N_ITEM)
            for k in range(SEQ_LEN):
                x = onehots[[s[k] - 1 for s in batch]]
                for _ in range(T_ON):
                    h = 0.8 * h + 0.2 * torch.tanh(self.rec(h) + self.inp(x))
            for _ in range(T_DELAY):
                h = 0.8 * h + 0.2 * torch.tanh(self.rec(h))
                geos.append(("delay", self.geo(h)))
            for k in range(SEQ_LEN):
                for _ in range(T_ON):
                    h = 0.8 * h + 0.2 * torch.tanh(self.rec(h))
                    geos.append(("ret", self.geo(h)))
            delay = torch.stack([g for kind, g in geos if kind == "delay"])
            ret = torch.stack([g for kind, g in geos if kind == "ret"])
            return delay, ret, self.out(ret)

    return seqs, vectorrep, Net, nn, torch, np


def _batchify(data, batch_size):
    return [data[i * batch_size:(i + 1) * batch_size] for i in range(math.ceil(len(data) / batch_size))]


def run_ce() -> None:
    seqs, vectorrep, Net, nn, torch, np = _setup()
    net = Net()
    opt = torch.optim.Adam(net.parameters(), lr=0.01)
    truth = Truth()
    Batch_Seq = _batchify(seqs, 16)
    order = list(range(len(Batch_Seq)))
    burn_in, temp, reach_max_temp = 6, 0, False
    ce = nn.CrossEntropyLoss()
    for epoch in range(16):
        if burn_in == 0 or temp >= 1:
            reach_max_temp = True
            temp = 1
        if epoch == burn_in:
            net.use_scale_loss = True
            print("burn in is over, start using scale_loss!\n")
        if epoch > burn_in and not reach_max_temp:
            temp = (epoch - burn_in + 1) / burn_in
        Loss, CELoss, scaleLoss = 0., 0., 0.
        random.shuffle(order)
        for batch_id in order:
            batch = Batch_Seq[batch_id]
            opt.zero_grad()
            delay, ret, readout = net(batch)
            target = torch.tensor([[s[k] - 1 for s in batch] for k in range(SEQ_LEN) for _ in range(T_ON)])
            bce = ce(readout.reshape(-1, N_ITEM), target.reshape(-1))
            radius = ret.norm(dim=2)
            bscale = ((radius - 1) ** 2).mean() * temp if net.use_scale_loss else torch.tensor(0.)
            total = bce + bscale
            total.backward()
            opt.step()
            Loss += total.data.item(); CELoss += bce.data.item(); scaleLoss += bscale.data.item()
        print('Epoch {}:\nTotal Loss = {}\nCrossEntropy Loss = {}\nScale Loss = {}'
              .format(str(epoch), str(Loss), str(CELoss), str(scaleLoss)))
        truth.add(at=epoch, **{"Total Loss": Loss, "CrossEntropy Loss": CELoss, "Scale Loss": scaleLoss})
    truth.write("the summed batch losses next to each print", libraries=("torch",), rel=1e-9)


def run_pos() -> None:
    seqs, vectorrep, Net, nn, torch, np = _setup()
    net = Net()
    opt = torch.optim.Adam(net.parameters(), lr=0.01)
    truth = Truth()
    Batch_Seq = _batchify(seqs, 16)
    order = list(range(len(Batch_Seq)))
    burn_in, temp, reach_max_temp = 6, 0, False
    mse = nn.MSELoss()
    for epoch in range(16):
        if burn_in == 0 or temp >= 1:
            reach_max_temp = True
            temp = 1
        if epoch == burn_in:
            net.use_scale_loss = True
            print("burn in is over, start using scale_loss!\n")
        if epoch > burn_in and not reach_max_temp:
            temp = (epoch - burn_in + 1) / burn_in
        Loss, reLoss, delayLoss = 0., 0., 0.
        random.shuffle(order)
        for batch_id in order:
            batch = Batch_Seq[batch_id]
            opt.zero_grad()
            delay, ret, _ = net(batch)
            trial = [[val for val in row for i in range(T_ON)] for row in batch]
            tgt = torch.tensor([[vectorrep[item - 1] for item in row] for row in trial]).transpose(0, 1)
            retrieveLoss = mse(ret, tgt)
            dl = mse(delay, torch.zeros_like(delay)) * temp
            total = retrieveLoss + dl
            total.backward()
            opt.step()
            Loss += total.data.item(); reLoss += retrieveLoss.data.item(); delayLoss += dl.data.item()
        print('Epoch {}:\nTotal Loss = {}\nretrieve Loss = {}\ndelay Loss = {}'
              .format(str(epoch), str(Loss), str(reLoss), str(delayLoss)))
        truth.add(at=epoch, **{"Total Loss": Loss, "retrieve Loss": reLoss, "delay Loss": delayLoss})
    truth.write("the summed batch losses next to each print", libraries=("torch",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"leakyrnn": run_ce}, root=HELDOUT55)
