"""HELD-OUT fixture (forty-third half, see generate/heldout43/README.md): do not read while
tuning the parser.

A hand-written sequence-to-sequence loop printing as the training runs kept in
ye-kyaw-thu/error-overflow ``RL-exp-for-mybk-screen-output.md`` (simple-nmt's trainer): a
start line, the configuration as ``pprint.PrettyPrinter(indent=4).pprint(vars(config))``, the
model's repr, ``NLLLoss()``, the optimizer's repr, then each epoch ``Epoch 1 -
|param|=5.99e+02 |g_param|=3.92e+05 loss=4.8868e+00 ppl=132.53`` and ``Validation -
loss=4.0239e+00 ppl=55.92 best_loss=inf best_ppl=inf``. Here: a GRU encoder-decoder (no
attention) learning to reverse random digit strings, Adam, 12 epochs.

Truth: ``loss`` and ``ppl`` at the printed epoch; ``val/loss`` and ``val/ppl`` (the
``Validation -`` line) at the epoch of the line above it. Optional: the parameter and gradient
norms, the finite best-so-far values. The printed configuration is ``params``.
"""

from _toy import digits  # noqa: F401  (keeps the shared path set-up)
from _capture import HELDOUT43, Truth, main


def run() -> None:
    import math
    import pprint

    import torch
    import torch.nn as nn

    torch.manual_seed(31)
    config = {'batch_size': 64, 'dropout': 0.2, 'gpu_id': -1, 'hidden_size': 64, 'init_epoch': 1,
              'lang': 'enko', 'lr': 0.003, 'max_grad_norm': 5.0, 'max_length': 8,
              'model_fn': './model/rev.pth', 'n_epochs': 12, 'n_layers': 1,
              'train': './data/rev.train', 'valid': './data/rev.valid', 'verbose': 2,
              'word_vec_size': 32}
    V, L = 12, 7  # digits 0-9, BOS=10, PAD unused

    def make(n):
        src = torch.randint(0, 10, (n, L))
        return src, src.flip(1)

    train, valid = make(1024), make(256)

    class Seq2Seq(nn.Module):
        def __init__(self):
            super().__init__()
            self.emb_src = nn.Embedding(V, 32)
            self.emb_dec = nn.Embedding(V, 32)
            self.encoder = nn.GRU(32, 64, batch_first=True)
            self.decoder = nn.GRU(32, 64, batch_first=True)
            self.generator = nn.Sequential(nn.Linear(64, V), nn.LogSoftmax(dim=-1))

        def forward(self, src, tgt):
            _, h = self.encoder(self.emb_src(src))
            dec_in = torch.cat([torch.full((len(tgt), 1), 10), tgt[:, :-1]], 1)
            out, _ = self.decoder(self.emb_dec(dec_in), h)
            return self.generator(out)

    print("enko, seq2seq-baseline training start for 12 epochs...")
    pprint.PrettyPrinter(indent=4).pprint(config)
    model = Seq2Seq()
    crit = nn.NLLLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=config['lr'])
    print(model)
    print(crit)
    print(optimizer)
    truth = Truth()
    best_loss, best_ppl = math.inf, math.inf
    for epoch in range(1, 13):
        perm = torch.randperm(len(train[0]))
        losses, pn, gn = [], 0.0, 0.0
        for i in range(0, len(perm), 64):
            j = perm[i:i + 64]
            src, tgt = train[0][j], train[1][j]
            optimizer.zero_grad()
            loss = crit(model(src, tgt).reshape(-1, V), tgt.reshape(-1))
            loss.backward()
            gn = math.sqrt(sum(float(p.grad.norm() ** 2) for p in model.parameters()))
            nn.utils.clip_grad_norm_(model.parameters(), config['max_grad_norm'])
            optimizer.step()
            pn = math.sqrt(sum(float(p.norm() ** 2) for p in model.parameters()))
            losses.append(loss.item())
        tl = sum(losses) / len(losses)
        print(f"Epoch {epoch} - |param|={pn:.2e} |g_param|={gn:.2e} loss={tl:.4e} "
              f"ppl={math.exp(tl):.2f}")
        truth.add(at=epoch, loss=tl, ppl=math.exp(tl))
        truth.allow(**{"|param|": pn, "|g_param|": gn})
        with torch.no_grad():
            vl = crit(model(*valid).reshape(-1, V), valid[1].reshape(-1)).item()
        print(f"Validation - loss={vl:.4e} ppl={math.exp(vl):.2f} best_loss={best_loss:.4e} "
              f"best_ppl={best_ppl:.2f}")
        truth.add(at=epoch, **{"val/loss": vl, "val/ppl": math.exp(vl)})
        if math.isfinite(best_loss):
            truth.allow(**{"val/best_loss": best_loss, "val/best_ppl": best_ppl})
        if vl < best_loss:
            best_loss, best_ppl = vl, math.exp(vl)
    truth.write("the script's epoch mean losses and their exponentials", libraries=("torch",),
                rel=1e-3, abs_tol=5e-3, params=config)


if __name__ == "__main__":
    main(__file__, {"simplenmt": run}, root=HELDOUT43)
