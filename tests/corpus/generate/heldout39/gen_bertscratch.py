"""HELD-OUT fixture (thirty-ninth half, see generate/heldout39/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as zphilip48/zphilip48.github.io
``docs/_posts/NLP/2023-12-01-BERT-Pytorch-Scratch.md`` (a BERT-from-scratch post, with its run's
output): ``print("Total Parameters:", n)``, then per epoch a tqdm bar ``desc="EP_%s:%d" % (mode,
epoch)`` with ``bar_format="{l_bar}{r_bar}"``, every ``log_freq`` iterations
``data_iter.write(str(post_fix))`` of the dict ``{'epoch', 'iter', 'avg_loss', 'avg_acc',
'loss'}``, and at the end of the epoch an f-string broken with backslashes inside the literal,
which prints ``EP0, train:`` then ``avg_loss=...,`` and ``total_acc=...`` separated by runs of
spaces. Here: a tiny two-head model (next-sentence classification plus masked-token
prediction) on synthetic token pairs, 2 epochs of 26 batches, ``log_freq=6``.

Truth: the dicts' ``avg_loss``, ``avg_acc`` and ``loss`` at their ``epoch`` (``iter`` restarts
each epoch); the closing line's ``train/avg_loss`` and ``train/total_acc`` at its epoch
(``EP0``). ``epoch`` and ``iter`` are counters; ``Total Parameters`` a size.
"""

from _toy import batches  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT39, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import tqdm

    g = torch.Generator().manual_seed(14)
    V, L, n = 40, 12, 26 * 16
    a = torch.randint(4, V, (n, L), generator=g)
    is_next = torch.randint(0, 2, (n,), generator=g)
    b = torch.where(is_next[:, None] == 1, (a + 1).clamp(max=V - 1),
                    torch.randint(4, V, (n, L), generator=g))
    x = torch.cat([a, b], 1)
    mask_pos = torch.randint(0, 2 * L, (n,), generator=g)
    label = torch.zeros_like(x)
    label[torch.arange(n), mask_pos] = x[torch.arange(n), mask_pos]
    x = x.clone()
    x[torch.arange(n), mask_pos] = 3
    data = [{"bert_input": x[i:i + 16], "bert_label": label[i:i + 16],
             "is_next": is_next[i:i + 16]} for i in range(0, n, 16)]
    torch.manual_seed(14)

    class TinyBERT(nn.Module):
        def __init__(self):
            super().__init__()
            self.emb = nn.Embedding(V, 32)
            self.enc = nn.TransformerEncoderLayer(32, 4, 64, dropout=0.0, batch_first=True)
            self.next = nn.Linear(32, 2)
            self.mlm = nn.Linear(32, V)

        def forward(self, ids):
            h = self.enc(self.emb(ids))
            return (torch.log_softmax(self.next(h[:, 0]), -1),
                    torch.log_softmax(self.mlm(h), -1))

    model = TinyBERT()
    optim = torch.optim.Adam(model.parameters(), lr=1e-3)
    criterion = nn.NLLLoss(ignore_index=0)
    print("Total Parameters:", sum([p.nelement() for p in model.parameters()]))
    truth = Truth()
    log_freq = 6
    for epoch in range(2):
        avg_loss = 0.0
        total_correct = 0
        total_element = 0
        mode = "train"
        data_iter = tqdm.tqdm(enumerate(data), desc="EP_%s:%d" % (mode, epoch), total=len(data),
                              bar_format="{l_bar}{r_bar}")
        for i, d in data_iter:
            next_sent_output, mask_lm_output = model(d["bert_input"])
            next_loss = criterion(next_sent_output, d["is_next"])
            mask_loss = criterion(mask_lm_output.transpose(1, 2), d["bert_label"])
            loss = next_loss + mask_loss
            optim.zero_grad()
            loss.backward()
            optim.step()
            correct = next_sent_output.argmax(dim=-1).eq(d["is_next"]).sum().item()
            avg_loss += loss.item()
            total_correct += correct
            total_element += d["is_next"].nelement()
            post_fix = {
                "epoch": epoch,
                "iter": i,
                "avg_loss": avg_loss / (i + 1),
                "avg_acc": total_correct / total_element * 100,
                "loss": loss.item()
            }
            if i % log_freq == 0:
                data_iter.write(str(post_fix))
                truth.add(at=epoch, avg_loss=post_fix["avg_loss"], avg_acc=post_fix["avg_acc"],
                          loss=post_fix["loss"])
        print(
            f"EP{epoch}, {mode}: \
            avg_loss={avg_loss / len(data_iter)}, \
            total_acc={total_correct * 100.0 / total_element}"
        )
        truth.add(at=epoch, **{"train/avg_loss": avg_loss / len(data_iter),
                               "train/total_acc": total_correct * 100.0 / total_element})
    truth.write("the script's running and epoch losses and accuracies",
                libraries=("torch", "tqdm"), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"bertscratch": run}, root=HELDOUT39)
