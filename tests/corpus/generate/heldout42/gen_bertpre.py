"""HELD-OUT fixture (forty-second half, see generate/heldout42/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as codertimo/BERT-pytorch
``bert_pytorch/trainer/pretrain.py`` (the version printing ``post_fix`` with ``print``):
``Total Parameters: N``, every ``log_freq`` batches the dict ``{'epoch': 0, 'iter': '[0/30]',
'avg_loss': ..., 'mask_loss': ..., 'next_loss': ..., 'avg_next_acc': ..., 'loss': ...}`` (Python
floats, full precision), after each pass ``print("EP%d_%s, avg_loss=" % (epoch, str_code),
avg_loss / len(data_loader), "total_acc=", total_correct * 100.0 / total_element)`` and after
training ``EP:%d Model Saved on: output/bert_trained.model.ep%d``. Here: a one-layer
transformer encoder with a masked-token head and a next-pair head on synthetic token pairs,
3 epochs, each a train pass (30 batches, log_freq 15) and a test pass (10 batches).

Truth: the dict's ``avg_loss``, ``mask_loss``, ``next_loss``, ``avg_next_acc``, ``loss`` at the
dict's ``epoch`` (its ``iter`` restarts each pass: no step of its own), in both passes alike
(the dict does not say which); the ``EP0_train`` / ``EP0_test`` lines as ``train/avg_loss``,
``train/total_acc``, ``test/avg_loss``, ``test/total_acc`` at the epoch glued to ``EP`` (the
judgement: ``EP0_train`` names the phase). ``Total Parameters`` is optional.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT42, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn

    torch.manual_seed(8)
    g = torch.Generator().manual_seed(8)
    V, L, MASK = 20, 10, 1

    def make(n):
        a = torch.randint(2, V, (n, L // 2), generator=g)
        is_next = torch.randint(0, 2, (n,), generator=g)
        b = torch.where(is_next[:, None] == 1, (a + 1).clamp(max=V - 1),
                        torch.randint(2, V, (n, L // 2), generator=g))
        x = torch.cat([a, b], 1)
        m = torch.rand(n, L, generator=g) < 0.15
        label = torch.where(m, x, torch.zeros_like(x))
        return torch.where(m, torch.full_like(x, MASK), x), label, is_next

    train = [make(16) for _ in range(30)]
    test = [make(16) for _ in range(10)]

    class BERTLM(nn.Module):
        def __init__(self):
            super().__init__()
            self.emb = nn.Embedding(V, 32)
            self.pos = nn.Parameter(torch.randn(L, 32) * 0.1)
            self.enc = nn.TransformerEncoder(
                nn.TransformerEncoderLayer(32, 4, 64, dropout=0.0, batch_first=True), 1)
            self.next = nn.Linear(32, 2)
            self.mlm = nn.Linear(32, V)

        def forward(self, x):
            h = self.enc(self.emb(x) + self.pos)
            return (torch.log_softmax(self.next(h[:, 0]), -1),
                    torch.log_softmax(self.mlm(h), -1))

    model = BERTLM()
    optim = torch.optim.AdamW(model.parameters(), lr=2e-3, weight_decay=0.01)
    masked_criterion = nn.NLLLoss(ignore_index=0)
    next_criterion = nn.NLLLoss()
    print("Total Parameters:", sum([p.nelement() for p in model.parameters()]))
    truth = Truth()
    truth.allow(**{"Total Parameters": sum(p.nelement() for p in model.parameters())})

    def iteration(epoch, data_loader, train=True, log_freq=15):
        str_code = "train" if train else "test"
        avg_loss, total_correct, total_element = 0.0, 0, 0
        model.train(train)
        for i, (x, label, is_next) in enumerate(data_loader):
            with torch.set_grad_enabled(train):
                next_out, mask_out = model(x)
                next_loss = next_criterion(next_out, is_next)
                mask_loss = masked_criterion(mask_out.transpose(1, 2), label)
                loss = next_loss + mask_loss
                if train:
                    optim.zero_grad()
                    loss.backward()
                    optim.step()
            correct = next_out.argmax(dim=-1).eq(is_next).sum().item()
            avg_loss += loss.item()
            total_correct += correct
            total_element += is_next.nelement()
            post_fix = {
                "epoch": epoch,
                "iter": "[%d/%d]" % (i, len(data_loader)),
                "avg_loss": avg_loss / (i + 1),
                "mask_loss": mask_loss.item(),
                "next_loss": next_loss.item(),
                "avg_next_acc": total_correct / total_element * 100,
                "loss": loss.item()
            }
            if i % log_freq == 0:
                print(post_fix)
                truth.add(at=epoch, **{k: v for k, v in post_fix.items()
                                       if k not in ("epoch", "iter")})
        print("EP%d_%s, avg_loss=" % (epoch, str_code), avg_loss / len(data_loader), "total_acc=",
              total_correct * 100.0 / total_element)
        truth.add(at=epoch, **{f"{str_code}/avg_loss": avg_loss / len(data_loader),
                               f"{str_code}/total_acc": total_correct * 100.0 / total_element})

    for epoch in range(3):
        iteration(epoch, train)
        iteration(epoch, test, train=False)
        print("EP:%d Model Saved on:" % epoch, "output/bert_trained.model.ep%d" % epoch)
    truth.write("the script's post_fix dicts and pass means", libraries=("torch",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"bertpre": run}, root=HELDOUT42)
