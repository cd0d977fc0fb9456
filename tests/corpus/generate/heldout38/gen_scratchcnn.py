"""HELD-OUT fixture (thirty-eighth half, see generate/heldout38/README.md): do not read while
tuning the parser.

A small CNN trained one mini-batch per "epoch", printing as emily-palaska/cifar10-nn
``source/convolutional_network.py``: ``f"Epoch {epoch}, Loss: {loss:.4f}, Time: {end_time -
start_time:.4f} seconds"`` (the original's epochs walk through the batches, one batch each).
Here: PyTorch instead of the original's NumPy layers, a 6-filter convolution on sklearn's
digits, SGD with learning rate 0.1, 40 epochs of 50 images.

Truth: ``Loss`` at the printed epoch; the time is no metric.
"""

from _toy import cnn, digits
from _capture import HELDOUT38, Truth, main


def run() -> None:
    import time

    import torch
    import torch.nn.functional as F

    Xtr, ytr, _, _, _, _ = digits(seed=10)
    model = cnn(seed=10)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    num_batches = len(Xtr) // 50
    truth = Truth()
    for epoch in range(40):
        start_time = time.time()
        j = epoch % num_batches
        x_batch, y_batch = Xtr[j * 50:(j + 1) * 50], ytr[j * 50:(j + 1) * 50]
        loss = F.cross_entropy(model(x_batch), y_batch)
        opt.zero_grad()
        loss.backward()
        opt.step()
        end_time = time.time()
        loss = loss.item()
        print(f"Epoch {epoch}, Loss: {loss:.4f}, Time: {end_time - start_time:.4f} seconds")
        truth.add(at=epoch, Loss=loss)
    truth.write("the script's batch losses", libraries=("torch",), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"scratchcnn": run}, root=HELDOUT38)
