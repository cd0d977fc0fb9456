"""HELD-OUT fixture (fifty-eighth half, see generate/heldout58/README.md): do not read while
tuning the parser.

An MNIST-style loop printing as AALKARIM/ModIA_TP1 ``train_mnist.py``: per epoch a ``tqdm``
bar over the loader whose description is reset each batch with ``t.set_description(f'training
loss: {mean(running_loss)}')`` (``statistics.mean`` of the batch losses so far, printed in
full), no epoch label; at the end ``print(f'Test accuracy:{test_acc}')`` (no space after the
colon). Here: a small CNN on sklearn's digits (8x8), SGD 3e-2 with momentum 0.9, batch 64 over
480 training rows, 3 epochs; the script's TensorBoard writer is left out (it prints nothing).

Truth: ``train/loss`` (the description ``training loss`` is led by a phase word) once per
batch, no step; ``test/accuracy``.
"""

from _toy import batches, digits
from _capture import HELDOUT58, Truth, main


def run() -> None:
    from statistics import mean

    import torch
    import torch.nn as nn
    from tqdm import tqdm

    Xtr, ytr, _, _, Xte, yte = digits(seed=7, n_val=0, n_test=300)
    Xtr, ytr = Xtr[:480], ytr[:480]
    torch.manual_seed(7)
    net = nn.Sequential(nn.Unflatten(1, (1, 8, 8)), nn.Conv2d(1, 8, 3), nn.ReLU(),
                        nn.Flatten(), nn.Linear(8 * 36, 10))
    optimizer = torch.optim.SGD(net.parameters(), lr=3e-2, momentum=0.9)
    criterion = nn.CrossEntropyLoss()
    truth = Truth()
    for epoch in range(3):
        running_loss = []
        t = tqdm(list(batches(Xtr, ytr, 64, epoch)))
        for x, y in t:
            loss = criterion(net(x), y)
            running_loss.append(loss.item())
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            t.set_description(f'training loss: {mean(running_loss)}')
            truth.add(**{"train/loss": mean(running_loss)})
    with torch.no_grad():
        test_acc = (net(Xte).argmax(1) == yte).sum().item() / len(yte)
    print(f'Test accuracy:{test_acc}')
    truth.add(**{"test/accuracy": test_acc})
    truth.write("the script's running mean losses and test accuracy", libraries=("torch", "tqdm"),
                rel=1e-9, abs_tol=1e-12)


if __name__ == "__main__":
    main(__file__, {"modiatp": run}, root=HELDOUT58)
