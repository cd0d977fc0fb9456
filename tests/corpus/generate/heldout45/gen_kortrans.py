"""HELD-OUT fixture (forty-fifth half, see generate/heldout45/README.md): do not read while
tuning the parser.

A hand-written Transformer sequence-to-sequence loop printing as
wannieman98/Seq2Seq_Transformer ``trainer.py`` (``Trainer.train``): ``\\nbegin training...``,
then each epoch ``Epoch: 0, Train_loss: 3.4567...`` (the mean batch loss unformatted) and
``Epoch time: 0m 0s, Time left for training: 0m 2s``. Here: a two-layer ``nn.Transformer``
(d_model 32) learning to reverse random token sequences, Adam with a warm-up schedule, 15
epochs of 8 batches.

Truth: ``Train_loss`` at the printed epoch (0-based). The times are no metrics.
"""

import _toy  # noqa: F401  (puts generate/ on sys.path)
from _capture import HELDOUT45, Truth, main


def run() -> None:
    import time

    import torch
    import torch.nn as nn

    torch.manual_seed(15)
    V, L, PAD, BOS = 14, 8, 0, 1
    g = torch.Generator().manual_seed(15)
    src = torch.randint(2, V, (256, L), generator=g)
    tgt = torch.cat([torch.full((256, 1), BOS), src.flip(1)], 1)
    d = 32
    emb_s, emb_t = nn.Embedding(V, d), nn.Embedding(V, d)
    tr = nn.Transformer(d, 4, 2, 2, 64, dropout=0.0, batch_first=True)
    gen = nn.Linear(d, V)
    params = [*emb_s.parameters(), *emb_t.parameters(), *tr.parameters(), *gen.parameters()]
    opt = torch.optim.Adam(params, betas=(0.9, 0.98), eps=1e-9)
    crit = nn.CrossEntropyLoss(ignore_index=PAD)
    num_epoch, step = 15, 0

    def epoch_time(elapsed, epoch, total):
        m, s = int(elapsed / 60), int(elapsed - int(elapsed / 60) * 60)
        left = elapsed * (total - epoch - 1)
        return m, s, int(left / 60), int(left - int(left / 60) * 60)

    truth = Truth()
    print("\nbegin training...")
    for epoch in range(num_epoch):
        epoch_loss = 0
        start_time = time.time()
        batches = [(src[i:i + 32], tgt[i:i + 32]) for i in range(0, 256, 32)]
        for s, t in batches:
            step += 1
            for grp in opt.param_groups:
                grp['lr'] = 0.5 * 64 ** -0.5 * min(step ** -0.5, step * 20 ** -1.5)
            t_in = t[:, :-1]
            mask = tr.generate_square_subsequent_mask(t_in.size(1))
            logits = gen(tr(emb_s(s), emb_t(t_in), tgt_mask=mask))
            loss = crit(logits.reshape(-1, V), t[:, 1:].reshape(-1))
            opt.zero_grad()
            loss.backward()
            opt.step()
            epoch_loss += loss.item()
        epoch_loss /= len(batches)
        minutes, seconds, left_m, left_s = epoch_time(time.time() - start_time, epoch, num_epoch)
        print("Epoch: {}, Train_loss: {}".format(epoch, epoch_loss))
        print("Epoch time: {}m {}s, Time left for training: {}m {}s".format(minutes, seconds, left_m, left_s))
        truth.add(at=epoch, Train_loss=epoch_loss)
    truth.write("the script's epoch mean batch losses", libraries=("torch",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"kortrans": run}, root=HELDOUT45)
