"""HELD-OUT fixture (fifty-eighth half, see generate/heldout58/README.md): do not read while
tuning the parser.

A multi-label loop printing as AndresPMD/Multilabel-Fashion-MNIST ``train_lstm.py``: a config
echo ``--- MODEL PARAMETERS ---``, ``Num classes:  12``, ``Batch size:  64``, ``Starting learning
rate:  0.001`` (``print`` with two arguments), ``Creating Model...``, ``Beggining Training...``,
``Current Learning rate is: 0.001000``; per epoch ``Current EPOCH is:  0``, at epochs 2 and 4 the
lowered rate again, every 10th batch ``[Epoch: %d, Data Points Seen: %5d] Loss is: %.4f
Time/Epoch: %4.f ms``, the ``---------- SAVING MODEL ----------`` banner and ``Model Saved as:
weights0000.pt``, then the test block ``---------- TEST SET ---------``, ``Calculating performance
on test set...``, ``mAP of the network on the test set: %.2f %%`` and ``F1 SCORE of the network
on the test set: %.2f %%`` (per-sample average precision and micro F1 of the rounded sigmoid
outputs, as the script computes them), ``---------- EPOCH COMPLETE ----------``. Here: a frozen
random convolutional feature extractor (the script's frozen ResNet) and a trained two-layer head
on sklearn's digits with 12 labels (the digit, "even", "five or more"), BCE-with-logits, Adam
1e-3 with weight decay, 5 epochs.

Truth: ``Loss is`` at the epoch of the line; ``mAP of the network on the test set`` and ``F1
SCORE of the network on the test set`` in percent at the epoch of the ``Current EPOCH is:``
header; the data-points count and the time are neither; the learning rate lines are optional
(``Current Learning rate is``); the echo's settings are params.
"""

from _toy import digits
from _capture import HELDOUT58, Truth, main


def run() -> None:
    import time

    import numpy as np
    import torch
    import torch.nn as nn
    from sklearn.metrics import average_precision_score, f1_score

    Xtr, ytr, _, _, Xte, yte = digits(seed=14, n_val=0, n_test=200)
    Xtr, ytr = Xtr[:1216], ytr[:1216]

    def labels(y):
        m = torch.zeros(len(y), 12)
        m[torch.arange(len(y)), y] = 1
        m[:, 10] = (y % 2 == 0).float()
        m[:, 11] = (y >= 5).float()
        return m

    Ytr, Yte = labels(ytr), labels(yte)
    num_classes, batch_size, learning_rate, decay = 12, 64, 0.001, 0.0005
    print('--- MODEL PARAMETERS ---')
    print("Num classes: ", num_classes)
    print("Batch size: ", batch_size)
    print("Starting learning rate: ", learning_rate)
    print('Creating Model...')
    torch.manual_seed(14)
    model = nn.Sequential(nn.Unflatten(1, (1, 8, 8)), nn.Conv2d(1, 16, 3), nn.ReLU(), nn.Flatten())
    for p in model.parameters():
        p.requires_grad = False
    model_net = nn.Sequential(nn.Linear(16 * 36, 64), nn.ReLU(), nn.Linear(64, num_classes))
    criterion = nn.BCEWithLogitsLoss()
    optimizer = torch.optim.Adam(model_net.parameters(), lr=learning_rate, weight_decay=decay)
    truth = Truth()
    seen = 0
    print('Beggining Training...')
    print('Current Learning rate is: %f' % (learning_rate))
    truth.allow(**{"Current Learning rate is": learning_rate})
    for epoch in range(5):
        print('Current EPOCH is: ', epoch)
        if epoch == 2 or epoch == 4:
            learning_rate = learning_rate / 10
            for g in optimizer.param_groups:
                g['lr'] = learning_rate
            print('Current Learning rate is: %f' % (optimizer.param_groups[0]['lr']))
            truth.allow(**{"Current Learning rate is": learning_rate})
        model_net.train()
        order = torch.randperm(len(Xtr), generator=torch.Generator().manual_seed(epoch))
        t1 = int(round(time.time() * 1000))
        for batch_idx in range(len(Xtr) // batch_size):
            j = order[batch_idx * batch_size:(batch_idx + 1) * batch_size]
            optimizer.zero_grad()
            output = model_net(model(Xtr[j]))
            loss = criterion(output, Ytr[j])
            loss.backward()
            optimizer.step()
            seen += batch_size
            t2 = int(round(time.time() * 1000))
            if batch_idx % 10 == 0:
                print('[Epoch: %d, Data Points Seen: %5d] Loss is: %.4f  Time/Epoch: %4.f ms'
                      % (epoch, seen, loss.item(), float(t2 - t1)))
                truth.add(at=epoch, **{"Loss is": loss.item()})
            t1 = int(round(time.time() * 1000))
        print('---------- SAVING MODEL ----------')
        print('Model Saved as:', 'weights000' + str(epoch) + '.pt')
        model_net.eval()
        print('---------- TEST SET ---------')
        print('Calculating performance on test set...')
        with torch.no_grad():
            pred = np.round(torch.sigmoid(model_net(model(Xte))).numpy())
        y_true = Yte.numpy()
        aps = [average_precision_score(y_true[i], pred[i]) for i in range(len(pred))]
        f1s = [f1_score(y_true[i], pred[i], average='micro') for i in range(len(pred))]
        print('mAP of the network on the test set: %.2f %%' % (np.mean(aps) * 100))
        print('F1 SCORE of the network on the test set: %.2f %%' % (np.mean(f1s) * 100))
        truth.add(at=epoch, **{"mAP of the network on the test set": np.mean(aps) * 100,
                               "F1 SCORE of the network on the test set": np.mean(f1s) * 100})
        print('---------- EPOCH COMPLETE ----------')
    print('------------------- TRAINING COMPLETE -------------------')
    truth.write("the script's batch losses and test scores", libraries=("torch", "scikit-learn"),
                params={"Num classes": num_classes, "Batch size": batch_size,
                        "Starting learning rate": 0.001},
                rel=1e-3, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"fashionml": run}, root=HELDOUT58)
