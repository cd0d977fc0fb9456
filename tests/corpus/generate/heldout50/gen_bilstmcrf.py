"""HELD-OUT fixture (fiftieth half, see generate/heldout50/README.md): do not read while tuning
the parser.

A BiLSTM sequence tagger printing as DiMarzioBian/BiLSTM-CNNs-CRF ``main.py`` and ``epoch.py``:
``\\n[info] Project starts...``, the configuration line ``[info] | Adam | N_gram .. | Shared: ..
| Direct: .. | Dropout 0.50 | H_dim .. |``, per epoch ``\\n[Epoch {epoch}]``, a tqdm bar ``  -
training`` (``leave=False``), ``'  | Train | loss {:5.4f} | F1 {:5.4f} | {:5.2f} s |'``, a tqdm
bar ``  - evaluating`` and the validation line; early stopping prints ``\\n[Warning] Early
stopping model`` and ``'  | Best  |  Loss {:5.4f} | Accuracy {:5.4f} | F1 {:5.4f} |'`` (with
``math.exp`` of the best loss as ``Accuracy`` and the best F1 as ``F1``, as in the original),
then ``\\n[Testing]``, the test line and the configuration line again with ``Epoch {best}``.
As in the original, ``main`` calls ``evaluate(..., mode='Valid')`` while ``evaluate`` tests
``mode == 'valid'``, so the validation results are printed with the ``| Test |`` label.

The original cannot run as published (its configuration line reads attributes the parser
lacks, ``evaluate`` sums into an undefined ``total_loss``, the training F1 compares undefined
tensors, ``args.save``/``args.onnx_export`` are missing); here the line gets fixed values, the
loss sums are kept, the F1 is the tokens' macro F1 (sample-weighted over batches), the best
model stays in memory and nothing is exported. Here: a BiLSTM over word embeddings with a
softmax output (no character CNN, no CRF) on sentences drawn from a small HMM (30 words, 5
tags), Adam with StepLR, early-stopping patience 2.

Truth: ``train/loss``, ``train/F1`` (``| Train |``) and ``test/loss``, ``test/F1`` (the
``| Test |`` lines, validation included) at the epoch of the ``[Epoch N]`` header; the final
``| Test |`` line under ``[Testing]`` without step. The ``| Best |`` numbers repeat or derive
from the best epoch: optional. The configuration line's numbers are params; seconds are no
metrics.
"""

import _toy  # noqa: F401  (puts the generate folder on the path)
from _capture import HELDOUT50, Truth, main


def run() -> None:
    import copy
    import math
    import time

    import numpy as np
    import torch
    import torch.nn as nn
    from sklearn.metrics import f1_score
    from torch.utils.data import DataLoader, TensorDataset
    from tqdm import tqdm

    torch.manual_seed(1111)
    rng = np.random.default_rng(27)
    n_tags, n_words, L = 5, 30, 10
    trans = rng.dirichlet(np.full(n_tags, 0.5), size=n_tags)
    emit = rng.dirichlet(np.full(n_words, 0.15), size=n_tags)

    def sample(n):
        tags, words = np.zeros((n, L), int), np.zeros((n, L), int)
        for i in range(n):
            t = rng.integers(n_tags)
            for j in range(L):
                tags[i, j], words[i, j] = t, rng.choice(n_words, p=emit[t])
                t = rng.choice(n_tags, p=trans[t])
        return TensorDataset(torch.tensor(words), torch.tensor(tags))

    train_loader = DataLoader(sample(100), batch_size=25, shuffle=True)
    valid_loader = DataLoader(sample(100), batch_size=50)
    test_loader = DataLoader(sample(100), batch_size=50)

    class BiLSTM_CRF(nn.Module):
        def __init__(self):
            super().__init__()
            self.emb = nn.Embedding(n_words, 32)
            self.lstm = nn.LSTM(32, 48, batch_first=True, bidirectional=True)
            self.drop = nn.Dropout(0.5)
            self.out = nn.Linear(96, n_tags)
            self.criterion = nn.CrossEntropyLoss()

        def get_loss(self, words, tags):
            logits = self.out(self.drop(self.lstm(self.emb(words))[0]))
            return self.criterion(logits.reshape(-1, n_tags), tags.reshape(-1)), logits.argmax(-1)

    def batch_f1(tags, pred):
        return f1_score(tags.reshape(-1).numpy(), pred.reshape(-1).numpy(), average='macro',
                        labels=list(range(n_tags)), zero_division=0)

    def train(model, data, optimizer):
        model.train()
        n_sample, loss_total, total_f1 = 0, 0., 0
        start_time = time.time()
        for words, tags in tqdm(data, desc='  - training', leave=False):
            len_batch = tags.shape[0]
            n_sample += len_batch
            model.zero_grad()
            loss_batch, pred_batch = model.get_loss(words, tags)
            loss_batch.backward()
            optimizer.step()
            loss_total += loss_batch.item() * len_batch
            total_f1 += batch_f1(tags, pred_batch) * len_batch
        loss_mean, f1 = loss_total / n_sample, total_f1 / n_sample
        print('  | Train | loss {:5.4f} | F1 {:5.4f} | {:5.2f} s |'
              .format(loss_mean, f1, time.time() - start_time))
        return loss_mean, f1

    def evaluate(model, data, es_patience=0, mode='valid'):
        model.eval()
        n_sample, loss_total, total_f1 = 0, 0., 0
        with torch.no_grad():
            for words, tags in tqdm(data, desc='  - evaluating', leave=False):
                len_batch = tags.shape[0]
                n_sample += len_batch
                loss_batch, pred_batch = model.get_loss(words, tags)
                loss_total += loss_batch.item() * len_batch
                total_f1 += batch_f1(tags, pred_batch) * len_batch
            loss_mean, f1 = loss_total / n_sample, total_f1 / n_sample
            if mode == 'valid':
                print('  | Valid | loss {:5.4f} | F1 {:5.4f} | es_patience {:.0f} |'
                      .format(loss_mean, f1, es_patience))
            else:
                print('  | Test | loss {:5.4f} | F1 {:5.4f} |'.format(loss_mean, f1))
        return loss_mean, f1

    print('\n[info] Project starts...')
    model = BiLSTM_CRF()
    optimizer = torch.optim.Adam(model.parameters(), lr=6e-2, weight_decay=1e-4)
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=10, gamma=0.1)
    cfg = dict(optimizer='Adam', ngram=35, shared='False', direct='False', dropout=0.5, h_dim=48)
    print('[info] | {optimizer} | N_gram {ngram:d} | Shared: {shared} | Direct: {direct} | Dropout {dropout:3.2f} '
          '| H_dim {h_dim:d} |'.format(**cfg))
    truth = Truth()
    best_val_loss, best_acc, best_epoch, es_patience, best_state = 1e5, 0, 0, 0, None
    for epoch in range(1, 30 + 1):
        print('\n[Epoch {epoch}]'.format(epoch=epoch))
        tl, tf = train(model, train_loader, optimizer)
        scheduler.step()
        val_loss, val_acc = evaluate(model, valid_loader, mode='Valid', es_patience=es_patience)
        truth.add(at=epoch, **{"train/loss": tl, "train/F1": tf, "test/loss": val_loss,
                               "test/F1": val_acc})
        if val_loss < best_val_loss:
            best_state = copy.deepcopy(model.state_dict())
            best_val_loss, best_acc, best_epoch = val_loss, val_acc, epoch
            es_patience = 0
        else:
            es_patience += 1
            if es_patience >= 2:
                print('\n[Warning] Early stopping model')
                print('  | Best  |  Loss {:5.4f} | Accuracy {:5.4f} | F1 {:5.4f} |'
                      .format(best_val_loss, math.exp(best_val_loss), best_acc))
                truth.allow(**{"Best/Loss": best_val_loss, "Best/Accuracy": math.exp(best_val_loss),
                               "Best/F1": best_acc, "Loss": best_val_loss,
                               "Accuracy": math.exp(best_val_loss), "F1": best_acc})
                break
    print('\n[Testing]')
    model.load_state_dict(best_state)
    test_loss, test_acc = evaluate(model, test_loader, es_patience, mode='Test')
    truth.add(**{"test/loss": test_loss, "test/F1": test_acc})
    print('\n[info] | {optimizer} | N_gram {ngram:d} | Shared: {shared} | Direct: {direct} | Dropout {dropout:3.2f} '
          '| H_dim {h_dim:d} | Epoch {epoch:.0f} |\n'.format(epoch=best_epoch, **cfg))
    truth.write("the epoch's sample-weighted mean losses and token macro F1",
                libraries=("torch", "tqdm", "scikit-learn"),
                params={"N_gram": 35, "Dropout": 0.5, "H_dim": 48}, rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"bilstmcrf": run}, root=HELDOUT50)
