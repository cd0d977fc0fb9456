"""HELD-OUT fixture (fifty-eighth half, see generate/heldout58/README.md): do not read while
tuning the parser.

A conditional GAN loop printing as Berni-R/torch_numbers ``train_gan.py``: ``Discriminator has
2,476 trainable parameters`` and ``Generator has ... trainable parameters`` (``:,d``), an outer
``trange`` over epochs and, per epoch, a ``tqdm(total=n_examples, smoothing=0.03)`` bar counting
examples whose postfix is set each batch with ``set_postfix_str("err_valid={err_valid:.2%},
err_digit={err_discr:.2%}, err_digit_gen={err_gen:.2%}")`` from exponentially smoothed batch
metrics (``expw[k] = 0.03 * v + 0.97 * expw.get(k, v)``), then ``pbar.update(len(imgs))``. Here:
a label-conditioned MLP generator and a two-headed MLP discriminator (validity, digit) on 256 of
sklearn's digits, 2 epochs of 4 batches.

Truth: one state per batch (each ``set_postfix_str`` draws), ``err_valid``, ``err_digit`` and
``err_digit_gen`` in percent as printed, no step (the bars count examples and epochs only); the
parameter counts are optional.
"""

from _toy import digits
from _capture import HELDOUT58, Truth, main


def run() -> None:
    from copy import deepcopy

    import torch
    import torch.nn as nn
    from tqdm.auto import tqdm, trange

    Xtr, ytr, _, _, _, _ = digits(seed=3, n_val=0, n_test=0)
    Xtr, ytr = torch.sigmoid(Xtr[:256]), ytr[:256]
    torch.manual_seed(3)

    class Discr(nn.Module):
        def __init__(self):
            super().__init__()
            self.body = nn.Sequential(nn.Linear(64, 32), nn.LeakyReLU(0.2))
            self.val, self.dig = nn.Linear(32, 2), nn.Linear(32, 10)

        def forward(self, x):
            h = self.body(x)
            return self.val(h), self.dig(h)

    class Gen(nn.Module):
        def __init__(self):
            super().__init__()
            self.emb = nn.Embedding(10, 8)
            self.net = nn.Sequential(nn.Linear(16, 48), nn.ReLU(), nn.Linear(48, 64), nn.Sigmoid())

        def forward(self, lbls):
            return self.net(torch.cat([self.emb(lbls), torch.randn(len(lbls), 8)], 1))

    discr, gen = Discr(), Gen()
    count = lambda m: sum(p.numel() for p in m.parameters() if p.requires_grad)
    print(f"Discriminator has {count(discr):,d} trainable parameters")
    print(f"Generator has {count(gen):,d} trainable parameters")
    truth = Truth()
    truth.allow(**{"Discriminator has": count(discr), "Generator has": count(gen),
                   "trainable parameters": count(discr)})
    truth.allow(**{"trainable parameters": count(gen)})
    opt_d = torch.optim.Adam(discr.parameters(), lr=0.001, betas=(0.5, 0.99))
    opt_g = torch.optim.Adam(gen.parameters(), lr=0.01, betas=(0.8, 0.99))
    crit_digit = nn.CrossEntropyLoss(label_smoothing=0.03)
    crit_val = nn.CrossEntropyLoss(label_smoothing=0.2)
    other_gen = deepcopy(gen)
    smoothing, expw, bs = 0.03, {}, 64
    for epoch in trange(2):
        order = torch.randperm(len(Xtr), generator=torch.Generator().manual_seed(epoch))
        with tqdm(total=len(Xtr), smoothing=smoothing) as pbar:
            for i in range(0, len(Xtr), bs):
                imgs, lbls = Xtr[order[i:i + bs]], ytr[order[i:i + bs]]
                zeros = torch.zeros_like(lbls)
                ones = torch.ones_like(lbls)
                opt_g.zero_grad()
                fake = gen(lbls)
                validity, logits = discr(fake)
                (crit_digit(logits, lbls) + crit_val(validity, ones)).backward()
                opt_g.step()
                extra = other_gen(lbls)
                all_imgs = torch.cat((imgs, fake.detach(), extra.detach()))
                val_lbls = torch.cat((ones, zeros, zeros))
                opt_d.zero_grad()
                validity, logits = discr(all_imgs)
                (crit_digit(logits[:len(lbls)], lbls) + crit_val(validity, val_lbls)).backward()
                opt_d.step()
                n = len(lbls)
                acc_discr = (logits[:n].argmax(-1) == lbls).sum().item() / n
                acc_gen = (logits[n:2 * n].argmax(-1) == lbls).sum().item() / n
                acc_valid = (validity[:2 * n].argmax(-1) == val_lbls[:2 * n]).sum().item() / (2 * n)
                log = {"epoch": epoch, "batch_idx": i // bs, "err_discr": 1 - acc_discr,
                       "err_gen": 1 - acc_gen, "err_valid": 1 - acc_valid}
                for k, v in log.items():
                    expw[k] = smoothing * v + (1 - smoothing) * expw.get(k, v)
                pbar.set_postfix_str(
                    "err_valid={err_valid:.2%}, err_digit={err_discr:.2%}, ".format(**expw)
                    + "err_digit_gen={err_gen:.2%}".format(**expw))
                truth.add(err_valid=100 * expw["err_valid"], err_digit=100 * expw["err_discr"],
                          err_digit_gen=100 * expw["err_gen"])
                pbar.update(len(imgs))
    truth.write("the script's smoothed error rates, in percent as printed", libraries=("torch", "tqdm"),
                rel=1e-3, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"ganpct": run}, root=HELDOUT58)
