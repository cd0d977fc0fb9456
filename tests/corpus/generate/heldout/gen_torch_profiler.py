"""HELD-OUT fixture (see tests/corpus/README.md): do not read while tuning the parser.

A PyTorch training loop run under `torch.profiler.profile`, printing a line every 5 iterations
in the ``|``-separated style of many research scripts:

    iter   10 | loss 0.5512 | acc 0.7500 | lr 9.05e-02 | 1.23 ms/iter

(``lr`` from a cosine schedule), and at the end the profiler's own table,
``prof.key_averages().table(sort_by="cpu_time_total", row_limit=10)``: ``Name  Self CPU %
Self CPU  CPU total %  CPU total  CPU time avg  # of Calls`` with rows such as
``aten::addmm  21.50%  1.234ms ...  60`` and ``Self CPU time total: 12.345ms``.

Truth: the values the loop computed, at the printed ``iter`` (itself optional): ``loss`` (the
batch loss), ``acc`` (the batch accuracy), ``lr`` (the scheduler's rate). The ``ms/iter``
timing and the whole profiler table (percentages, times, call counts) are no metrics: in
neither map.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import Truth, main  # noqa: E402

ITERATIONS, EVERY = 40, 5


def train() -> None:
    import time

    import torch
    from sklearn.datasets import make_classification
    from torch.profiler import ProfilerActivity, profile

    torch.manual_seed(0)
    X, y = make_classification(2000, 16, n_informative=6, random_state=0)
    X, y = torch.tensor(X, dtype=torch.float32), torch.tensor(y)
    model = torch.nn.Sequential(torch.nn.Linear(16, 32), torch.nn.ReLU(),
                                torch.nn.Linear(32, 2))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, ITERATIONS)
    loss_fn = torch.nn.CrossEntropyLoss()
    truth = Truth()
    with profile(activities=[ProfilerActivity.CPU]) as prof:
        start = time.perf_counter()
        for it in range(1, ITERATIONS + 1):
            idx = torch.randint(0, len(y), (64,))
            out = model(X[idx])
            loss = loss_fn(out, y[idx])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            lr = scheduler.get_last_lr()[0]
            scheduler.step()
            if it % EVERY == 0:
                acc = (out.argmax(1) == y[idx]).float().mean().item()
                per_iter = (time.perf_counter() - start) / EVERY * 1000
                print(f"iter {it:4d} | loss {loss.item():.4f} | acc {acc:.4f} | lr {lr:.2e} | "
                      f"{per_iter:.2f} ms/iter")
                truth.add(it, loss=loss.item(), acc=acc, lr=lr)
                truth.allow(iter=it)
                start = time.perf_counter()
    print(prof.key_averages().table(sort_by="cpu_time_total", row_limit=10))
    truth.write("the loop's batch loss, batch accuracy and scheduled lr at the printed iter; the "
                "profiler table and timings are no metrics", libraries=("torch",),
                rel=5e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"torch-profiler": train}, heldout=True)
