"""HELD-OUT fixture (fifty-third half, see generate/heldout53/README.md): do not read while
tuning the parser.

A character GRU network trained and printed as sootlasten/char-rnn ``network.py``
(``Network.train`` and ``_print_model_info``, run by ``train.py``): a ``Model hyperparams and
info:`` block of ``name:   value`` lines (``%d`` and ``{:.3f}``/``{:.6f}``), ``Training...``,
then per epoch a block ``Epoch 1 completed in 0 seconds``, ``Training loss:       2.874331``,
``Validation loss:     2.601187``, ``Best epoch:          1``, ``Best val loss:       2.601187``
and an empty line. Here: PyTorch instead of Theano/Lasagne, a 2-layer GRU (64 units, dropout
0.5, gradient clipping 5) whose hidden state is carried across the batches of an epoch as in
the original, Adam(eta=0.002), batch 16, sequence length 25, on a 12000-character Markov text
(95% for training), 8 epochs; the checkpoint pickles are not written.

Truth: ``Training loss`` and ``Validation loss`` (their labels carry the phase) at the epoch of
the block's ``Epoch N completed`` line. Optional: ``Best epoch`` and ``Best val loss`` (a repeat
of an earlier value), the parameter count. The hyperparameter block is ``params``.
"""

import _toy  # noqa: F401  (puts generate/ on sys.path)
from _toy import markov_text
from _capture import HELDOUT53, Truth, main


def run() -> None:
    import time

    import torch
    import torch.nn as nn

    text = markov_text(n_chars=12000, seed=17)
    chars = sorted(set(text))
    c2i = {c: i for i, c in enumerate(chars)}
    data = torch.tensor([c2i[c] for c in text])
    n_h_layers, n_h_units, batch_size, seq_length = 2, 64, 16, 25
    drop_p, grad_clip, eta, n_epochs, tf = 0.5, 5, 0.002, 8, 0.95
    vocab_size, data_size = len(chars), len(text)
    torch.manual_seed(17)

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.drop = nn.Dropout(drop_p)
            self.gru = nn.GRU(vocab_size, n_h_units, n_h_layers, batch_first=True,
                              dropout=drop_p)
            self.dense = nn.Linear(n_h_units, vocab_size)

        def forward(self, x, h):
            out, h = self.gru(self.drop(nn.functional.one_hot(x, vocab_size).float()), h)
            return self.dense(self.drop(out)), h

    net = Net()
    n_params = sum(p.numel() for p in net.parameters())
    truth = Truth()
    print("Model hyperparams and info:")
    print("---------------------------")
    print("n_h_layers:              %d" % n_h_layers)
    print("n_h_units:               %d" % n_h_units)
    print("batch_size:              %d" % batch_size)
    print("seq_length:              %d" % seq_length)
    print("vocab_size:              %d\n" % vocab_size)
    print("drop_p:                  {:.3f}".format(drop_p))
    print("grad_clip:               %d" % grad_clip)
    print("eta:                     {:.6f}".format(eta))
    print("n_epochs:                %d" % n_epochs)
    print("train_frac:              {:.2f}\n".format(tf))
    print("data_size:               %d" % data_size)
    print("# of trainabe params:    %d\n" % n_params)
    truth.allow(**{"# of trainabe params": n_params})

    optimizer = torch.optim.Adam(net.parameters(), lr=eta)
    loss_fn = nn.CrossEntropyLoss()
    split = int(len(data) * tf)
    tr_data, val_data = data[:split], data[split:]

    def gen_batches(d):
        n = len(d) // batch_size
        streams = d[:n * batch_size].view(batch_size, n)
        for i in range(0, n - seq_length, seq_length):
            yield streams[:, i:i + seq_length], streams[:, i + 1:i + seq_length + 1]

    best_val_err, best_epoch_n = float('inf'), 0
    print("Training...")
    for epoch_n in range(1, n_epochs + 1):
        start_time = time.time()
        net.train()
        h = torch.zeros(n_h_layers, batch_size, n_h_units)
        total_tr_err, tr_batches_n = 0.0, 0
        for x, y in gen_batches(tr_data):
            out, h = net(x, h)
            h = h.detach()
            err = loss_fn(out.reshape(-1, vocab_size), y.reshape(-1))
            optimizer.zero_grad()
            err.backward()
            nn.utils.clip_grad_norm_(net.parameters(), grad_clip)
            optimizer.step()
            total_tr_err += err.item()
            tr_batches_n += 1
        net.eval()
        h = torch.zeros(n_h_layers, batch_size, n_h_units)
        total_val_err, val_batches_n = 0.0, 0
        with torch.no_grad():
            for x, y in gen_batches(val_data):
                out, h = net(x, h)
                total_val_err += loss_fn(out.reshape(-1, vocab_size), y.reshape(-1)).item()
                val_batches_n += 1
        total_tr_err /= tr_batches_n
        total_val_err /= val_batches_n
        if total_val_err < best_val_err:
            best_val_err = total_val_err
            best_epoch_n = epoch_n
        print("Epoch %d completed in %d seconds" % (epoch_n, time.time() - start_time))
        print("Training loss:       %f" % total_tr_err)
        print("Validation loss:     %f" % total_val_err)
        print("Best epoch:          %d" % best_epoch_n)
        print("Best val loss:       %f\n" % best_val_err)
        truth.add(at=epoch_n, **{"Training loss": total_tr_err,
                                 "Validation loss": total_val_err})
        truth.allow(**{"Best epoch": best_epoch_n, "Best val loss": best_val_err})
    truth.write("the network's epoch mean losses", libraries=("torch",), rel=1e-5, abs_tol=5e-7,
                params={"n_h_layers": n_h_layers, "n_h_units": n_h_units,
                        "batch_size": batch_size, "seq_length": seq_length,
                        "vocab_size": vocab_size, "drop_p": drop_p, "grad_clip": grad_clip,
                        "eta": eta, "n_epochs": n_epochs, "train_frac": tf,
                        "data_size": data_size})


if __name__ == "__main__":
    main(__file__, {"grublock": run}, root=HELDOUT53)
