"""HELD-OUT fixture (forty-fourth half, see generate/heldout44/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as CheChc/WiFi_CSI ``train.py``: ``f"Using device:
{device}"``, per epoch a tqdm bar described ``f"Epoch {epoch+1}/{num_epochs}"`` over the training
batches, during which every 10th batch prints ``f'Epoch [{epoch + 1}/{num_epochs}], Step [{i +
1}/{len(train_loader)}], Loss: {loss.item():.4f}'`` (and logs it to ``training.log``, here a
temporary file, as are the epoch and test messages), and at the end ``f'Test Accuracy:
{accuracy:.2f}%'``. Here: a small CNN on sklearn's digits (the original: CSI spectrogram images
of 8 classes), Adam, 3 epochs of 40 batches of 24.

Truth: ``Loss`` at the printed epoch (the step counter restarts each epoch); ``Test Accuracy``
(percent) without step.
"""

from _toy import batches, cnn, digits
from _capture import HELDOUT44, Truth, main


def run() -> None:
    import logging
    import tempfile

    import torch
    import torch.nn as nn
    from tqdm import tqdm

    logging.basicConfig(filename=tempfile.mktemp(suffix='training.log'), level=logging.INFO,
                        format='%(asctime)s - %(message)s')
    device = torch.device('cpu')
    print(f"Using device: {device}")
    Xtr, ytr, _, _, Xte, yte = digits(seed=19, limit=960)
    model = cnn(seed=19)
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=0.002)
    num_epochs = 3
    truth = Truth()
    for epoch in range(num_epochs):
        logging.info(f'Starting epoch {epoch + 1}/{num_epochs}')
        model.train()
        train_loader = list(batches(Xtr, ytr, 24, epoch))
        for i, (images, labels) in enumerate(tqdm(train_loader,
                                                  desc=f"Epoch {epoch+1}/{num_epochs}")):
            loss = criterion(model(images), labels)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            if (i + 1) % 10 == 0:
                log_msg = (f'Epoch [{epoch + 1}/{num_epochs}], Step [{i + 1}/'
                           f'{len(train_loader)}], Loss: {loss.item():.4f}')
                print(log_msg)
                logging.info(log_msg)
                truth.add(at=epoch + 1, Loss=loss.item())
    model.eval()
    with torch.no_grad():
        correct = (model(Xte).argmax(1) == yte).sum().item()
    accuracy = 100 * correct / len(yte)
    print(f'Test Accuracy: {accuracy:.2f}%')
    logging.info(f'Test Accuracy: {accuracy:.2f}%')
    truth.add(**{"Test Accuracy": accuracy})
    truth.write("the script's batch losses and test accuracy", libraries=("torch", "tqdm"),
                rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"wificsi": run}, root=HELDOUT44)
