"""HELD-OUT fixture (twenty-third half, see generate/heldout23/README.md): do not read while
tuning the parser.

Knowledge-graph embedding with TorchKGE (PyPI ``torchkge``, on PyTorch, CPU): a seeded toy
graph of 400 triples over 40 entities and 3 relations (built from a pandas frame, split 80/20
with ``split_kg``), a TransE model (dimension 16, L2), ``MarginLoss(0.5)``, Bernoulli negative
sampling and Adam, trained for 20 epochs with the loop of TorchKGE's own tutorial: a tqdm bar
over the epochs whose description is set after each epoch to ``Epoch 3 | mean loss: 0.45121``
(here with ``mininterval`` so long that the bar draws only when the description is set and when
it closes: deterministic frames), then ``LinkPredictionEvaluator(model, kg_test).evaluate(b_size
=32, verbose=True)`` (its own tqdm bar on stderr) and ``print_results(k=[1, 3, 10])``
(``Hit@1 : 0.123 		 Filt. Hit@1 : 0.135``, ``Mean Rank : 22 	 Filt. Mean Rank : 20``,
``MRR : 0.106 		 Filt. MRR : 0.111``). The bar is on stderr; on a pipe tqdm draws it the same
way, so the pipe capture may match and be dropped.

Truth: the epoch's mean loss (the sum of the values ``MarginLoss`` returned, over the batches,
divided by their number, as the tutorial computes it) as ``mean loss`` at the epoch its frame
states, once (the frame drawn again when the bar closes repeats the last state: one report
per state, as the corpus README asks); the
evaluator's own ``hit_at_k``, ``mean_rank`` and ``mrr`` (raw and filtered) as ``Hit@<k>``,
``Filt. Hit@<k>``, ``Mean Rank``, ``Filt. Mean Rank``, ``MRR``, ``Filt. MRR``; the mean ranks
truncated to integers, as ``print_results`` prints them.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT23, Truth, main


def run() -> None:
    import random

    import pandas as pd
    import torch
    from torchkge.data_structures import KnowledgeGraph
    from torchkge.evaluation import LinkPredictionEvaluator
    from torchkge.models import TransEModel
    from torchkge.sampling import BernoulliNegativeSampler
    from torchkge.utils import DataLoader, MarginLoss
    from tqdm.auto import tqdm

    random.seed(23)
    torch.manual_seed(23)
    ents = [f"e{i}" for i in range(40)]
    rels = ["r0", "r1", "r2"]
    rows = set()
    while len(rows) < 400:
        h, r = random.randrange(40), random.randrange(3)
        t = (h * (r + 2) + r) % 40 if random.random() < 0.8 else random.randrange(40)
        rows.add((ents[h], rels[r], ents[t]))
    kg = KnowledgeGraph(df=pd.DataFrame(sorted(rows), columns=["from", "rel", "to"]))
    kg_train, kg_test = kg.split_kg(share=0.8)
    model = TransEModel(16, kg_train.n_ent, kg_train.n_rel, dissimilarity_type="L2")
    criterion = MarginLoss(0.5)
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01, weight_decay=1e-5)
    sampler = BernoulliNegativeSampler(kg_train)
    loader = DataLoader(kg_train, batch_size=64)
    truth = Truth()
    epochs = 20
    iterator = tqdm(range(epochs), unit="epoch", mininterval=3600)
    for epoch in iterator:
        running = 0.0
        for batch in loader:
            h, t, r = batch[0], batch[1], batch[2]
            n_h, n_t = sampler.corrupt_batch(h, t, r)
            optimizer.zero_grad()
            pos, neg = model(h, t, r, n_h, n_t)
            loss = criterion(pos, neg)
            loss.backward()
            optimizer.step()
            running += loss.item()
        mean = running / len(loader)
        iterator.set_description(f"Epoch {epoch + 1} | mean loss: {mean:.5f}")
        truth.add(at=epoch + 1, **{"mean loss": mean})
    iterator.close()  # its closing frame redraws the last state: no new point
    model.normalize_parameters()
    evaluator = LinkPredictionEvaluator(model, kg_test)
    evaluator.evaluate(b_size=32, verbose=True)
    evaluator.print_results(k=[1, 3, 10])
    sys.stdout.flush()
    for k in (1, 3, 10):
        raw, filt = evaluator.hit_at_k(k=k)
        truth.add(**{f"Hit@{k}": raw, f"Filt. Hit@{k}": filt})
    raw, filt = evaluator.mean_rank()
    truth.add(**{"Mean Rank": int(raw), "Filt. Mean Rank": int(filt)})
    raw, filt = evaluator.mrr()
    truth.add(MRR=raw, **{"Filt. MRR": filt})
    truth.write("torchkge: the tutorial loop's per-epoch mean of MarginLoss values at the frame's "
                "epoch (the closing frame's redraw once), the evaluator's hit_at_k, "
                "mean_rank (truncated as printed) and mrr",
                libraries=("torchkge", "torch"), rel=5e-4, abs_tol=5e-4)  # three decimals


if __name__ == "__main__":
    main(__file__, {"torchkge": run}, root=HELDOUT23)
