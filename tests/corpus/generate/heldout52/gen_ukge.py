"""HELD-OUT fixture (fifty-second half, see generate/heldout52/README.md): do not read while
tuning the parser.

A hand-written uncertain-knowledge-graph embedding loop printing as fuyang1013/KGEmbedding
``ukge.py`` (commit 5e64d7bb): ``logging.basicConfig(level=DEBUG, format='[%(asctime)s]
%(message)s')`` on stderr, ``device: cpu``, ``train examples: N, eval_examples: M``,
``start to train...``, then ``epoch=0, steps=5, loss=0.1234`` whenever ``(global_steps + 1)`` is
a multiple of ``display_steps`` or of the batches per epoch, and after every epoch
``evaluating...`` and ``epoch=0, mse=0.0456`` (the mean of the evaluation batches' MSE). The
UKGE model (entity and relation embeddings, a logistic map of ``sum(h * r * t)``) and the MSE
loss are the original's. Here: a synthetic graph of 60 entities and 6 relations whose
confidence scores come from a hidden model of the same kind, 640 training and 160 evaluation
triples, batch size 32, ``display_steps`` 6, four epochs; no checkpoints are written.

Truth: ``loss`` at the ``steps`` its line prints (a global counter), ``mse`` at the epoch its line
prints.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT52, Truth, main


def run() -> None:
    import logging
    from argparse import ArgumentParser

    import numpy as np
    import torch
    from torch import pow
    from torch.utils.data import DataLoader, RandomSampler, SequentialSampler, TensorDataset

    logging.basicConfig(level=logging.DEBUG, format="[%(asctime)s] %(message)s")

    def loss_function(truth_score, pred_score):
        return torch.nn.MSELoss()(pred_score, truth_score)

    class UKGE(torch.nn.Module):
        def __init__(self, num_ents, num_rels, num_dim, mapping="logistic"):
            super().__init__()
            self.ent_emb = torch.nn.Embedding(num_ents, num_dim)
            self.rel_emb = torch.nn.Embedding(num_rels, num_dim)
            self.w = torch.nn.Parameter(torch.FloatTensor([0]))
            self.b = torch.nn.Parameter(torch.FloatTensor([0]))
            self.score_function = self.logistic

        def logistic(self, x):
            return torch.div(1, 1 + pow(np.e, - (self.w * x + self.b)))

        def forward(self, h, r, t, scores=None):
            h, t, r = self.ent_emb(h), self.ent_emb(t), self.rel_emb(r)
            preds = self.score_function((h * t * r).sum(dim=-1))
            return preds, loss_function(preds, scores)

    parser = ArgumentParser()
    parser.add_argument("--train_epochs", type=int)
    parser.add_argument("--batch_size", type=int)
    parser.add_argument("--device", type=str, choices=["cpu", "cuda"])
    parser.add_argument("--do_train", action="store_true")
    parser.add_argument("--lr", type=float)
    parser.add_argument("--debug", action="store_true")
    parser.add_argument("--display_steps", type=int, default=200)
    parser.add_argument("--num_ents", type=int)
    parser.add_argument("--num_rels", type=int)
    parser.add_argument("--num_dim", type=int)
    parser.add_argument("--mapping", type=str, choices=["logistic", "bounded_rectifier"])
    args = parser.parse_args(["--train_epochs", "4", "--batch_size", "32", "--device", "cpu",
                              "--do_train", "--lr", "0.05", "--display_steps", "6",
                              "--num_ents", "60", "--num_rels", "6", "--num_dim", "16",
                              "--mapping", "logistic"])

    # the synthetic graph: confidences from hidden embeddings through a logistic map
    rng = np.random.default_rng(1013)
    he, hr = rng.normal(0, 1, (60, 8)), rng.normal(0, 1, (6, 8))
    trip = np.stack([rng.integers(0, 60, 800), rng.integers(0, 6, 800),
                     rng.integers(0, 60, 800)], 1)
    conf = 1 / (1 + np.exp(-(he[trip[:, 0]] * hr[trip[:, 1]] * he[trip[:, 2]]).sum(1)))

    def build_dataloader(rows, batch_size, sample="random"):
        heads = torch.LongTensor(trip[rows, 0])
        relations = torch.LongTensor(trip[rows, 1])
        tails = torch.LongTensor(trip[rows, 2])
        scores = torch.FloatTensor(conf[rows])
        dataset = TensorDataset(heads, relations, tails, scores)
        sampler = RandomSampler(dataset) if sample == "random" else SequentialSampler(dataset)
        return DataLoader(dataset, sampler=sampler, batch_size=batch_size)

    def evaluate(model, eval_dataloader):
        total_loss = 0
        with torch.no_grad():
            for batch in eval_dataloader:
                heads, relations, tails, scores = batch
                _, loss = model(h=heads, r=relations, t=tails, scores=scores)
                total_loss += loss.item()
        return total_loss / len(eval_dataloader) if len(eval_dataloader) > 0 else 0

    torch.manual_seed(0)
    model = UKGE(num_ents=args.num_ents, num_rels=args.num_rels, num_dim=args.num_dim,
                 mapping=args.mapping)
    truth = Truth()
    logging.info(f"device: {args.device}")
    optimizer = torch.optim.Adam(model.parameters(), lr=args.lr)
    train_rows, eval_rows = np.arange(640), np.arange(640, 800)
    train_dataloader = build_dataloader(train_rows, args.batch_size, "random")
    eval_dataloader = build_dataloader(eval_rows, args.batch_size, "sequential")
    logging.info(f"train examples: {len(train_rows)}, eval_examples: {len(eval_rows)}")

    global_steps = 0
    logging.info("start to train...")
    for epoch in range(args.train_epochs):
        for batch in train_dataloader:
            global_steps += 1
            optimizer.zero_grad()
            heads, relations, tails, scores = batch
            _, loss = model(h=heads, r=relations, t=tails, scores=scores)
            loss.backward()
            optimizer.step()
            if ((global_steps + 1) % args.display_steps == 0
                    or (global_steps + 1) % len(train_dataloader) == 0 or args.debug):
                logging.info(f"epoch={epoch}, steps={global_steps}, loss={loss.item():.4f}")
                truth.add(at=global_steps, loss=loss.item())
        logging.info("evaluating...")
        eval_loss = evaluate(model, eval_dataloader)
        logging.info(f"epoch={epoch}, mse={eval_loss:.4f}")
        truth.add(at=epoch, mse=eval_loss)
    truth.write("the batch MSE of the printed steps and the mean evaluation-batch MSE",
                libraries=("torch",), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"ukge": run}, root=HELDOUT52)
