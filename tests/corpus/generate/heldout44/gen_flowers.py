"""HELD-OUT fixture (forty-fourth half, see generate/heldout44/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as CheloGE/ML-pytorch-Image_classifier-oxford_flowers102
``train.py``: every ``print_every`` global steps a validation pass and ``f"Epoch
{epoch+1}/{epochs}.. " f"Train loss: {running_loss/print_every:.4f}.. " f"Valid loss: {...:.4f}..
" f"valid accuracy: {...:.4f}"``, and when the validation loss did not rise and the accuracy is
above 0.8, ``'Validation loss decreased ({:.4f} --> {:.4f}).  Saving model ...'``. Here: a
classifier head trained on frozen random features of sklearn's digits (as the original trains a
new head on a frozen network), Adam, 3 epochs of 18 batches of 64, print_every 6.

Truth: ``Train loss``, ``Valid loss`` and ``valid accuracy`` at the epoch each line states (the
labels hold their phase words); the two numbers of the ``decreased`` line optional (the previous
best, ``inf`` at first, and the validation loss again).
"""

from _toy import batches, digits
from _capture import HELDOUT44, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn

    Xtr, ytr, Xva, yva, _, _ = digits(seed=12, limit=1152)
    torch.manual_seed(12)
    features = nn.Sequential(nn.Linear(64, 128), nn.ReLU())
    for p in features.parameters():
        p.requires_grad = False
    fc = nn.Sequential(nn.Dropout(0.2), nn.Linear(128, 64), nn.ReLU(), nn.Linear(64, 10))
    model = nn.Sequential(features, fc)
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(fc.parameters(), lr=0.003)
    epochs, steps, print_every = 3, 0, 6
    valid_loss_min = np.inf
    truth = Truth()
    for epoch in range(epochs):
        running_loss = 0
        for images, labels in batches(Xtr, ytr, 64, epoch):
            steps += 1
            optimizer.zero_grad()
            loss = criterion(model.forward(images), labels)
            loss.backward()
            optimizer.step()
            running_loss += loss.item()
            if steps % print_every == 0:
                accuracy = 0
                model.eval()
                with torch.no_grad():
                    valid_loss = 0
                    validloader = list(batches(Xva, yva, 64, 0))
                    for valid_images, valid_labels in validloader:
                        logits = model.forward(valid_images)
                        valid_loss += criterion(logits, valid_labels).item()
                        _, top = logits.topk(1, dim=1)
                        equals = top == valid_labels.view(*top.shape)
                        accuracy += torch.mean(equals.type(torch.FloatTensor))
                print(f"Epoch {epoch+1}/{epochs}.. "
                      f"Train loss: {running_loss/print_every:.4f}.. "
                      f"Valid loss: {valid_loss/len(validloader):.4f}.. "
                      f"valid accuracy: {accuracy/len(validloader):.4f}")
                curr_valid_loss = valid_loss / len(validloader)
                curr_accuracy = accuracy / len(validloader)
                truth.add(at=epoch + 1, **{"Train loss": running_loss / print_every,
                                           "Valid loss": curr_valid_loss,
                                           "valid accuracy": curr_accuracy.item()})
                if curr_valid_loss <= valid_loss_min and curr_accuracy > 0.8:
                    print('Validation loss decreased ({:.4f} --> {:.4f}).  Saving model ...'
                          .format(valid_loss_min, curr_valid_loss))
                    truth.allow(**{"Validation loss decreased": valid_loss_min})
                    truth.allow(**{"Validation loss decreased": curr_valid_loss})
                    valid_loss_min = curr_valid_loss
                model.train()
                running_loss = 0
    truth.write("the script's running and validation losses and accuracies",
                libraries=("torch",), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"flowers": run}, root=HELDOUT44)
