"""HELD-OUT fixture (forty-eighth half, see generate/heldout48/README.md): do not read while
tuning the parser.

A hand-written knowledge-graph embedding loop printing as ht445/geometric_gnns
``logs/comprgcn.md`` (its Markdown run log): ``-----``, ``### Running Time: `...```, ``####
configuration`` and ``- key: `value``` lines, ``#### training``, per epoch ``- epoch `0`, loss
`13.73...`, time `2026-...```, and at validation epochs ``- validation results  at epoch `0```
followed by a Markdown table (``|  metric  |  head  |  tail  |  mean  |``, rows ``mean rank
(MR)``, ``mean reciprocal rank (MRR)``, ``hit@1``, ``hit@3``, ``hit@10``, values in backticks at
full precision) and ``- model saved to `...` at epoch `0```. Here: a DistMult model on a random
toy graph (60 entities, 6 relations), times from a fixed clock, margin loss with 4 negatives, Adam, 8 epochs, validation at
epochs 0 and 4 on held-out triples (filtered ranking left out).

Truth: ``loss`` at the printed epoch; the table cells as ``val/<row>/<column>`` (the line above
the table names the validation phase) at the epoch of that line (``val/hit@10/head``, ``val/mean
rank (MR)/mean``, ...). The configuration values are ``params`` under their printed keys.
"""

from _toy import batches  # noqa: F401
from _capture import HELDOUT48, Truth, main


def run() -> None:
    import datetime

    import numpy as np
    import torch

    torch.manual_seed(445)
    rng = np.random.default_rng(445)
    n_ent, n_rel, dim = 60, 6, 16
    triples = np.stack([rng.integers(n_ent, size=900), rng.integers(n_rel, size=900),
                        rng.integers(n_ent, size=900)], 1)
    triples[:, 2] = (triples[:, 0] * (triples[:, 1] + 2) + rng.integers(0, 4, 900)) % n_ent
    train, valid = torch.tensor(triples[:800]), torch.tensor(triples[800:])
    lr, epochs, bs, neg = 0.01, 8, 100, 4
    now = lambda: datetime.datetime(2026, 12, 8, 9, 0, 0) + datetime.timedelta(seconds=7 * now.t)
    now.t = 0
    config = [("load data from", "../data/TOY60/"), ("operation", "DistMult"),
              ("continue training", False), ("embedding dimension", dim),
              ("train batch size", bs), ("validation/test batch size", 50),
              ("learning rate", lr), ("number of epochs", epochs),
              ("number of negative triples", neg), ("number of entities", n_ent),
              ("number of relations", n_rel), ("number of training triples", len(train)),
              ("number of validation triples", len(valid)), ("patience", 2), ("norm", 2)]
    print("-----")
    print(f"### Running Time: `{now()}`")
    print("#### configuration")
    for k, v in config:
        print(f"- {k} `{v}`" if k == "load data from" else f"- {k}: `{v}`")
    print("- DistMult instantiated")
    print("#### training")
    ent = torch.nn.Parameter(torch.randn(n_ent, dim) * 0.1)
    rel = torch.nn.Parameter(torch.randn(n_rel, dim) * 0.1)
    opt = torch.optim.Adam([ent, rel], lr=lr)
    score = lambda h, r, t: (ent[h] * rel[r] * ent[t]).sum(-1)
    truth = Truth()
    for epoch in range(epochs):
        perm = torch.randperm(len(train))
        total = 0.0
        for i in range(0, len(train), bs):
            b = train[perm[i:i + bs]]
            h, r, t = b[:, 0], b[:, 1], b[:, 2]
            pos = score(h, r, t)
            nt = torch.randint(n_ent, (len(b), neg))
            negs = score(h[:, None], r[:, None], nt)
            loss = torch.relu(1.0 - pos[:, None] + negs).sum(1).mean()
            opt.zero_grad()
            loss.backward()
            opt.step()
            total += loss.item()
        now.t += 40
        print(f"- epoch `{epoch}`, loss `{total}`, time `{now()}`  ")
        truth.add(at=epoch, loss=total)
        if epoch % 4 == 0:
            print(f"- validation results  at epoch `{epoch}`")
            print("   ")
            with torch.no_grad():
                h, r, t = valid[:, 0], valid[:, 1], valid[:, 2]
                all_e = torch.arange(n_ent)
                s_tail = score(h[:, None], r[:, None], all_e[None, :])
                s_head = score(all_e[None, :], r[:, None], t[:, None])
                rank_t = (s_tail > s_tail.gather(1, t[:, None])).sum(1).float() + 1
                rank_h = (s_head > s_head.gather(1, h[:, None])).sum(1).float() + 1
            rows = [("mean rank (MR)", lambda rk: rk.mean()),
                    ("mean reciprocal rank (MRR)", lambda rk: (1 / rk).mean()),
                    ("hit@1", lambda rk: (rk <= 1).float().mean()),
                    ("hit@3", lambda rk: (rk <= 3).float().mean()),
                    ("hit@10", lambda rk: (rk <= 10).float().mean())]
            print("|  metric  |  head  |  tail  |  mean  |  ")
            print("|  ----  |  ----  |  ----  |  ----  |  ")
            for name, f in rows:
                hv, tv = f(rank_h).item(), f(rank_t).item()
                mv = (torch.tensor(hv) + torch.tensor(tv)).div(2).item()
                print(f"|  {name}  |  `{hv}`  |  `{tv}`  |  `{mv}`  |  ")
                truth.add(at=epoch, **{f"val/{name}/head": hv, f"val/{name}/tail": tv,
                                       f"val/{name}/mean": mv})
            print("   ")
            print(f"- model saved to `../pretrained/TOY60/distmult_lp.pt` at epoch `{epoch}`   ")
    params = {k: v for k, v in config if isinstance(v, (int, float)) and not isinstance(v, bool)}
    truth.write("the loop's summed epoch loss and the head/tail ranking metrics",
                libraries=("torch",), params=params, rel=1e-6)


if __name__ == "__main__":
    main(__file__, {"comprgcn": run}, root=HELDOUT48)
