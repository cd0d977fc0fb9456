"""HELD-OUT fixture (forty-fifth half, see generate/heldout45/README.md): do not read while
tuning the parser.

A hand-written sequence-to-sequence loop printing as SimonHFL/seq2seq_RL ``train.py``
(``train`` with ``method='MLE'``): ``training...``, at each epoch's start the full-dev
evaluation ``acc:  0.1234... reward:  0.2345...`` (print of ``"acc: ", str(acc), "reward: ",
str(avg_reward)``), and every ``small_eval_frequency`` batches ``mle_baseline: Epoch   0 Batch
0/20 - Validation Accuracy:  0.123, Loss:  2.345, Val Reward:  0.111, time: 21:04:05``. Here:
a GRU encoder-decoder correcting corrupted digit strings (the reward is a sentence-level
unigram F1 standing in for GLEU; the small evaluation uses the first 100 dev examples), 3
epochs of 20 batches, a small evaluation every 5 batches.

Truth: ``acc`` and ``reward`` of the full evaluations (no step: the line states none),
``Validation Accuracy``, ``Loss`` (the current batch's) and ``Val Reward`` at the epoch of the
line (the batch index restarts each epoch). The clock time is no metric.
"""

import _toy  # noqa: F401  (puts generate/ on sys.path)
from _capture import HELDOUT45, Truth, main


def run() -> None:
    import time

    import numpy as np
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    torch.manual_seed(23)
    V, L, H = 12, 7, 48
    g = torch.Generator().manual_seed(23)

    def make(n):
        tgt = torch.randint(2, V, (n, L), generator=g)
        src = tgt.clone()
        noise = torch.rand(n, L, generator=g) < 0.2
        src[noise] = torch.randint(2, V, (int(noise.sum()),), generator=g)
        return src, tgt

    train_source, train_target = make(640)
    valid_source, valid_target = make(200)
    emb = nn.Embedding(V, 16)
    enc = nn.GRU(16, H, batch_first=True)
    dec = nn.GRU(16, H, batch_first=True)
    out = nn.Linear(H, V)
    params = [*emb.parameters(), *enc.parameters(), *dec.parameters(), *out.parameters()]
    opt = torch.optim.Adam(params, lr=3e-3)

    def logits_for(src, tgt):
        _, h = enc(emb(src))
        dec_in = torch.cat([torch.ones(len(src), 1, dtype=torch.long), tgt[:, :-1]], 1)
        o, _ = dec(emb(dec_in), h)
        return out(o)

    def reward(hyp, ref):
        common = sum(min(list(hyp).count(t), list(ref).count(t)) for t in set(hyp))
        return 2 * common / (len(hyp) + len(ref))

    def eval_validation_set(src, tgt, limit=None):
        if limit is not None:
            src, tgt = src[:limit], tgt[:limit]
        with torch.no_grad():
            pred = logits_for(src, tgt).argmax(2)
        acc = (pred == tgt).float().mean().item()
        rewards = [reward(p.tolist(), t.tolist()) for p, t in zip(pred, tgt)]
        return float(acc), float(np.mean(rewards))

    truth = Truth()
    print("training...")
    bs, small_eval_frequency = 32, 5
    for epoch_i in range(3):
        acc, avg_reward = eval_validation_set(valid_source, valid_target)
        print("acc: ", str(acc), "reward: ", str(avg_reward))
        truth.add(acc=acc, reward=avg_reward)
        perm = torch.randperm(len(train_source), generator=g)
        for batch_i in range(len(train_source) // bs):
            j = perm[batch_i * bs:(batch_i + 1) * bs]
            loss = F.cross_entropy(logits_for(train_source[j], train_target[j]).reshape(-1, V),
                                   train_target[j].reshape(-1))
            opt.zero_grad()
            loss.backward()
            opt.step()
            loss = loss.item()
            if batch_i % small_eval_frequency == 0:
                valid_acc, avg_valid_reward = eval_validation_set(valid_source, valid_target, 100)
                curr_time = time.strftime("%H:%M:%S", time.localtime())
                output = 'mle_baseline' + ': Epoch {:>3} Batch {:>4}/{} - Validation Accuracy: {:>6.3f}, Loss: {:>6.3f}, Val Reward: {:>6.3f}, time: {}'.format(epoch_i, batch_i, len(train_source) // bs, valid_acc, loss, avg_valid_reward, curr_time)
                print(output)
                truth.add(at=epoch_i, **{"Validation Accuracy": valid_acc, "Loss": loss,
                                         "Val Reward": avg_valid_reward})
    truth.write("the script's dev accuracies and rewards and batch losses", libraries=("torch",),
                rel=1e-3, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"seq2seqrl": run}, root=HELDOUT45)
