"""HELD-OUT fixture (thirty-eighth half, see generate/heldout38/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as InakiOG/DeepLearning ``TrainingCNN/CNN.py``: per epoch a
tqdm bar over the batches (``desc=f"Epoch {epoch+1}/{num_epochs}"``, ``leave=False``, stderr)
whose postfix is set every batch to
``progress_bar.set_postfix(loss=running_loss / (progress_bar.n + 1))`` (tqdm shows a float
with three significant digits; tqdm writes ``n`` back only when it redraws at its interval, so
in a loop this fast ``n`` stays 0 and the value is the running sum, as the original would
print). Nothing else is printed. Here: a small CNN on sklearn's digits, SGD with learning rate
0.05, 3 epochs of 5 batches.

Truth: ``loss`` for each postfix state (one per batch), no step (the bar's count is none).
"""

from _toy import cnn, digits, loader
from _capture import HELDOUT38, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from tqdm import tqdm

    Xtr, ytr, _, _, _, _ = digits(seed=19)
    net = cnn(seed=19)
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(net.parameters(), lr=0.05)
    truth = Truth()
    num_epochs = 3
    for epoch in range(num_epochs):
        net.train()
        running_loss = 0.0
        trainloader = loader(Xtr, ytr, 250, epoch)
        progress_bar = tqdm(trainloader, desc=f"Epoch {epoch+1}/{num_epochs}", leave=False)
        for images, labels in progress_bar:
            optimizer.zero_grad()
            outputs = net(images)
            loss = criterion(outputs, labels)
            loss.backward()
            optimizer.step()
            running_loss += loss.item()
            progress_bar.set_postfix(loss=running_loss / (progress_bar.n + 1))
            truth.add(loss=running_loss / (progress_bar.n + 1))
    truth.write("the script's postfix values (running loss sums)", libraries=("torch", "tqdm"), rel=5e-3,
                abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"inakicnn": run}, root=HELDOUT38)
