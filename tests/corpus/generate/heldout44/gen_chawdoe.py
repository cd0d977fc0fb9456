"""HELD-OUT fixture (forty-fourth half, see generate/heldout44/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as ChawDoe/LeNet5-MNIST-PyTorch ``train.py``: every 10th
batch ``'idx: {}, loss: {}'`` (the batch index, restarting each epoch, and the unformatted batch
loss), and after each epoch's test pass ``'accuracy: {:.2f}'`` (a fraction). Here: a small CNN on
sklearn's digits, SGD, 3 epochs of 12 batches, a line every 2nd batch.

Truth: ``loss`` (each printed batch loss) and ``accuracy`` (each epoch's test accuracy), without
step (the idx restarts each epoch; the accuracy line states none).
"""

from _toy import batches, cnn, digits
from _capture import HELDOUT44, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn.functional as F

    Xtr, ytr, _, _, Xte, yte = digits(seed=3, limit=1152)
    model = cnn(seed=3)
    sgd = torch.optim.SGD(model.parameters(), lr=1e-1)
    truth = Truth()
    for current_epoch in range(3):
        model.train()
        for idx, (train_x, train_label) in enumerate(batches(Xtr, ytr, 96, current_epoch)):
            sgd.zero_grad()
            loss = F.cross_entropy(model(train_x), train_label)
            if idx % 2 == 0:
                print('idx: {}, loss: {}'.format(idx, loss.sum().item()))
                truth.add(loss=loss.sum().item())
            loss.backward()
            sgd.step()
        model.eval()
        with torch.no_grad():
            predict_y = np.argmax(model(Xte).numpy(), axis=-1)
        acc = float(np.sum(predict_y == yte.numpy()) / len(yte))
        print('accuracy: {:.2f}'.format(acc))
        truth.add(accuracy=acc)
    truth.write("the script's batch losses and test accuracies", libraries=("torch",),
                rel=1e-6, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"chawdoe": run}, root=HELDOUT44)
