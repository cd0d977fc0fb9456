"""HELD-OUT fixture (forty-sixth half, see generate/heldout46/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as Grin98/Deep-Learning-based-Traffic-Classification
``training/trainer.py``: ``--- EPOCH {e}/{n} ---``, then for the training pass and the test pass
a tqdm bar on stdout described by the forward function's name with the batch loss,
``train_batch (0.693)``, and after the last batch ``train_batch (Loss 0.512, Accuracy 75.3, F1
0.701), F1 Classes [0.7, 0.71, ...]`` (``test_batch`` likewise). Here: a small CNN over 8x8
digit "flow pictures" of five classes standing in for the traffic classes, 3 epochs of 8
training and 3 test batches; F1 is scikit-learn's macro F1 per batch, averaged.

Truth: ``train/Loss``, ``train/Accuracy``, ``train/F1``, ``test/Loss``, ``test/Accuracy``,
``test/F1`` at the epoch of the ``--- EPOCH e/n ---`` line (the description's ``train_batch``
/ ``test_batch`` is taken as naming the phase). The per-batch loss in parentheses is
unlabelled: optional (under the description's name), as are the per-class F1 values.
"""

from _toy import digits
from _capture import HELDOUT46, Truth, main


def run() -> None:
    import sys
    from operator import add

    import torch
    import torch.nn as nn
    import tqdm
    from sklearn.metrics import f1_score

    Xtr, ytr, Xte, yte, _, _ = digits(seed=23, n_val=192, n_test=100, classes=[0, 1, 2, 3, 4])
    Xtr, ytr = Xtr[:512].view(-1, 1, 8, 8), ytr[:512]
    Xte = Xte.view(-1, 1, 8, 8)
    torch.manual_seed(23)
    model = nn.Sequential(nn.Conv2d(1, 6, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                          nn.Flatten(), nn.Linear(6 * 16, 5))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    loss_fn = nn.CrossEntropyLoss()
    truth = Truth()

    def train_batch(batch):
        x, y = batch
        optimizer.zero_grad()
        out = model(x)
        loss = loss_fn(out, y)
        loss.backward()
        optimizer.step()
        return loss.item(), out.detach(), y

    def test_batch(batch):
        x, y = batch
        with torch.no_grad():
            out = model(x)
            return loss_fn(out, y).item(), out, y

    def foreach_batch(batches, forward_fn, epoch, phase):
        losses, num_correct, f1_scores, f1_per_class = [], 0, [], None
        num_batches = len(batches)
        num_samples = num_batches * len(batches[0][1])
        pbar_name = forward_fn.__name__
        with tqdm.tqdm(desc=pbar_name, total=num_batches, file=sys.stdout) as pbar:
            for batch in batches:
                loss, out, y = forward_fn(batch)
                pbar.set_description(f'{pbar_name} ({loss:.3f})')
                pbar.update()
                truth.allow(**{pbar_name: loss})
                pred = out.argmax(1)
                losses.append(loss)
                num_correct += (pred == y).sum().item()
                f1_scores.append(f1_score(y, pred, average='macro', zero_division=0))
                per = [float(v) for v in f1_score(y, pred, average=None, labels=list(range(5)),
                                                  zero_division=0)]
                f1_per_class = list(per) if f1_per_class is None else list(map(add, f1_per_class, per))
            avg_loss = sum(losses) / num_batches
            accuracy = 100. * num_correct / num_samples
            avg_f1 = sum(f1_scores) / len(f1_scores)
            avg_f1_per_class = [round(f / num_batches, 2) for f in f1_per_class]
            pbar.set_description(f'{pbar_name} '
                                 f'(Loss {avg_loss:.3f}, '
                                 f'Accuracy {accuracy:.1f}, '
                                 f'F1 {avg_f1:.3f}), '
                                 f'F1 Classes {avg_f1_per_class}')
        truth.add(at=epoch, **{f"{phase}/Loss": avg_loss, f"{phase}/Accuracy": accuracy,
                               f"{phase}/F1": avg_f1})
        for v in avg_f1_per_class:
            truth.allow(**{"F1 Classes": v})

    num_epochs = 3
    for epoch in range(1, num_epochs + 1):
        print(f'--- EPOCH {epoch}/{num_epochs} ---')
        order = torch.randperm(len(Xtr), generator=torch.Generator().manual_seed(epoch))
        train_batches = [(Xtr[order[i:i + 64]], ytr[order[i:i + 64]]) for i in range(0, 512, 64)]
        model.train()
        foreach_batch(train_batches, train_batch, epoch, "train")
        model.eval()
        test_batches = [(Xte[i:i + 64], yte[i:i + 64]) for i in range(0, 192, 64)]
        foreach_batch(test_batches, test_batch, epoch, "test")
    truth.write("the script's epoch averages of the batch losses, accuracy and F1",
                libraries=("torch", "tqdm", "scikit-learn"), rel=1e-3, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"grinflow": run}, root=HELDOUT46)
