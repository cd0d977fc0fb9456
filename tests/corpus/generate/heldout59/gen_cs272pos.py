"""HELD-OUT fixture (fifty-ninth half, see generate/heldout59/README.md): do not read while
tuning the parser.

A BiLSTM part-of-speech tagger trained on toy tweets, printing as SamShowalter/CS272-NLP
``hw3/train.py`` (UCI CS272 homework 3): each epoch a tqdm bar ``Epoch N`` over the training
batches (no numbers of its own), then the epoch's metrics dict, the model's
``get_metrics(header='train_')`` and ``get_metrics(header='validation_')`` merged and
``epoch_num`` added, dumped with ``print(json.dumps(cur_epoch_metrics, indent=4))``; ``Best
validation loss thus far...`` and a blank line when the validation loss improved; at the end
``print(f"Best Performing Model {json.dumps(best_metrics, indent=4)}")`` with a ``run_time``
string added. The metric files and the model are not written. The course's model classes were
not read: here ``get_metrics`` returns the mean token loss and the token accuracy since the
last call under ``<header>loss`` and ``<header>accuracy``, as the keys the file reads
(``validation_loss``) imply. Here: 300 synthetic tweets over 40 words and 6 tags, batches of
32, Adam, 5 epochs.

Truth: ``train_loss``, ``train_accuracy``, ``validation_loss`` and ``validation_accuracy`` of
each JSON block at its ``epoch_num``; the best block's values again at its ``epoch_num``.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT59, Truth, main


def run() -> None:
    import copy
    import datetime
    import json
    import time

    import numpy as np
    import torch
    import torch.nn as nn
    from tqdm import tqdm

    rng = np.random.default_rng(272)
    torch.manual_seed(272)
    word_tag = rng.integers(0, 6, 40)
    def tweets(n):
        out = []
        for _ in range(n):
            words = rng.integers(0, 40, 12)
            tags = np.where(rng.random(12) < 0.85, word_tag[words], rng.integers(0, 6, 12))
            out.append((torch.tensor(words), torch.tensor(tags)))
        return out
    train_set, val_set = tweets(300), tweets(80)
    batches = lambda data, bs: [{"tokens": torch.stack([d[0] for d in data[i:i + bs]]),
                                 "tags": torch.stack([d[1] for d in data[i:i + bs]])}
                                for i in range(0, len(data), bs)]
    train_dataloader, validation_dataloader = batches(train_set, 32), batches(val_set, 32)
    truth = Truth()

    class Tagger(nn.Module):
        def __init__(self):
            super().__init__()
            self.emb = nn.Embedding(40, 16)
            self.rnn = nn.LSTM(16, 16, batch_first=True, bidirectional=True)
            self.out = nn.Linear(32, 6)
            self._loss = self._correct = self._count = 0.0

        def forward(self, tokens, tags):
            logits = self.out(self.rnn(self.emb(tokens))[0])
            loss = nn.functional.cross_entropy(logits.reshape(-1, 6), tags.reshape(-1))
            self._loss += loss.item() * tags.numel()
            self._correct += (logits.argmax(-1) == tags).sum().item()
            self._count += tags.numel()
            return {"loss": loss}

        def get_metrics(self, header=''):
            m = {f"{header}loss": self._loss / self._count,
                 f"{header}accuracy": self._correct / self._count}
            self._loss = self._correct = self._count = 0.0
            return m

    model = Tagger()
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    start = time.time()
    best_metrics = {'validation_loss': 10e10}
    best_model = None
    for epoch_num in range(5):
        model.train()
        for batch in tqdm(train_dataloader, f'Epoch {epoch_num}'):
            optimizer.zero_grad()
            output_dict = model(**batch)
            output_dict['loss'].backward()
            optimizer.step()
        cur_epoch_metrics = model.get_metrics(header='train_')
        model.eval()
        with torch.no_grad():
            for batch in validation_dataloader:
                model(**batch)
        cur_epoch_metrics.update(model.get_metrics(header='validation_'))
        cur_epoch_metrics['epoch_num'] = epoch_num
        print(json.dumps(cur_epoch_metrics, indent=4))
        truth.add(at=epoch_num, **{k: v for k, v in cur_epoch_metrics.items() if k != 'epoch_num'})
        if cur_epoch_metrics['validation_loss'] < best_metrics['validation_loss']:
            print('Best validation loss thus far...\n')
            best_model = copy.deepcopy(model)
            best_metrics = copy.deepcopy(cur_epoch_metrics)
    best_metrics['run_time'] = str(datetime.timedelta(seconds=time.time() - start))
    print(f"Best Performing Model {json.dumps(best_metrics, indent=4)}")
    truth.add(at=best_metrics['epoch_num'],
              **{k: v for k, v in best_metrics.items() if k not in ('epoch_num', 'run_time')})
    assert best_model is not None
    truth.write("get_metrics() of each epoch (mean token loss, token accuracy), as dumped",
                libraries=("torch", "tqdm"), rel=1e-9, abs_tol=1e-12)


if __name__ == "__main__":
    main(__file__, {"cs272pos": run}, root=HELDOUT59)
