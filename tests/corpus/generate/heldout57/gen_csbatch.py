"""HELD-OUT fixture (fifty-seventh half, see generate/heldout57/README.md): do not read while
tuning the parser.

A PyTorch loop printing as royvelich/deep-learning-homework ``hw2/hw2/training.py``
(``Trainer.fit`` and ``_foreach_batch``): ``--- EPOCH 1/3 ---``, then a tqdm bar on stdout named
after the batch function, its description reset each batch to ``train_batch (2.301)`` (the
batch loss, unlabelled) and at the end to ``train_batch (Avg. Loss 2.101, Accuracy 41.3)``; the
same for ``test_batch``. Here: an MLP on sklearn's digits, SGD, 3 epochs, batch 128.

Truth: ``train/Avg. Loss``, ``train/Accuracy``, ``test/Avg. Loss``, ``test/Accuracy`` (the bar's
name leads the final description: ``train_batch`` / ``test_batch``), at the epoch of the
``--- EPOCH e/3 ---`` header the bars stand under. The per-batch losses, shown in brackets with
no label, are optional under ``train_batch`` and ``test_batch``.
"""

from _toy import batches, digits, mlp
from _capture import HELDOUT57, Truth, main


def run() -> None:
    import sys

    import torch
    import torch.nn.functional as F
    import tqdm

    Xtr, ytr, _, _, Xte, yte = digits(seed=11)
    model = mlp(seed=11)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    truth = Truth()

    def train_batch(batch):
        X, y = batch
        optimizer.zero_grad()
        scores = model(X)
        loss = F.cross_entropy(scores, y)
        loss.backward()
        optimizer.step()
        return loss.item(), int((scores.argmax(1) == y).sum())

    def test_batch(batch):
        X, y = batch
        with torch.no_grad():
            scores = model(X)
            return F.cross_entropy(scores, y).item(), int((scores.argmax(1) == y).sum())

    def foreach_batch(data, forward_fn, epoch):
        batches_ = list(data)
        losses, num_correct = [], 0
        num_samples = sum(len(b[1]) for b in batches_)
        num_batches = len(batches_)
        pbar_name = forward_fn.__name__
        phase = "train" if pbar_name.startswith("train") else "test"
        with tqdm.tqdm(desc=pbar_name, total=num_batches, file=sys.stdout) as pbar:
            for batch in batches_:
                loss, correct = forward_fn(batch)
                pbar.set_description(f'{pbar_name} ({loss:.3f})')
                truth.allow(**{pbar_name: loss})
                pbar.update()
                losses.append(loss)
                num_correct += correct
            avg_loss = sum(losses) / num_batches
            accuracy = 100. * num_correct / num_samples
            pbar.set_description(f'{pbar_name} '
                                 f'(Avg. Loss {avg_loss:.3f}, '
                                 f'Accuracy {accuracy:.1f})')
            truth.add(at=epoch + 1, **{f"{phase}/Avg. Loss": avg_loss,
                                       f"{phase}/Accuracy": accuracy})

    num_epochs = 3
    for epoch in range(num_epochs):
        print(f'--- EPOCH {epoch+1}/{num_epochs} ---')
        model.train(True)
        foreach_batch(batches(Xtr, ytr, 128, epoch), train_batch, epoch)
        model.train(False)
        foreach_batch(batches(Xte, yte, 128, 0), test_batch, epoch)
    truth.write("the script's per-epoch mean batch loss and accuracy per phase",
                libraries=("torch", "tqdm"), rel=1e-3, abs_tol=5e-2)


if __name__ == "__main__":
    main(__file__, {"csbatch": run}, root=HELDOUT57)
