"""HELD-OUT fixture (fifty-fourth half, see generate/heldout54/README.md): do not read while
tuning the parser.

A CNN printing as Heyden-Zheng/cnn ``train.py``: every 100th step ``print('Epoch:', epoch+1,
'Step:', step, '|train loss:%.4f' % loss.item(), 'test accuracy:%.4f' % accuracy)`` (print's own
spaces; the accuracy a 0-dim tensor on the whole test set), then ``test()``: the first 20
predictions and labels as NumPy arrays with ``prediction number`` and ``real number``. Here:
sklearn's digits, batch 16, every 15th step, 3 epochs.

Truth: ``train loss`` and ``test accuracy`` at the printed epoch (``Step`` restarts each
epoch). The arrays are no metrics.
"""

from _toy import batches, digits
from _capture import HELDOUT54, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn

    Xtr, ytr, _, _, test_x, test_y = digits(seed=21)
    torch.manual_seed(21)
    cnn = nn.Sequential(nn.Unflatten(1, (1, 8, 8)), nn.Conv2d(1, 16, 3, padding=1), nn.ReLU(),
                        nn.MaxPool2d(2), nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(),
                        nn.MaxPool2d(2), nn.Flatten(), nn.Linear(32 * 4, 10))
    loss_function = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(cnn.parameters(), lr=0.001)
    truth = Truth()
    for epoch in range(3):
        for step, (b_x, b_y) in enumerate(batches(Xtr, ytr, 16, epoch)):
            output = cnn(b_x)
            loss = loss_function(output, b_y)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            if step % 15 == 0:
                test_output = cnn(test_x)
                pred_y = torch.max(test_output, 1)[1].data.squeeze()
                accuracy = sum(pred_y == test_y) / test_y.size(0)
                print('Epoch:', epoch + 1, 'Step:', step, '|train loss:%.4f' % loss.item(),
                      'test accuracy:%.4f' % accuracy)
                truth.add(at=epoch + 1, **{"train loss": loss.item(),
                                           "test accuracy": float(accuracy)})
    test_output = cnn(test_x[:20])
    pred_y = torch.max(test_output, 1)[1].data.numpy().squeeze()
    print(pred_y[:20], 'prediction number')
    print(test_y[:20].numpy(), 'real number')
    truth.write("the script's batch loss and test accuracy", libraries=("torch",), rel=1e-3,
                abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"morvancnn": run}, root=HELDOUT54)
