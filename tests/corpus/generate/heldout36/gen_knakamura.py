"""HELD-OUT fixture (thirty-sixth half, see generate/heldout36/README.md): do not read while
tuning the parser.

An MLP trained as knakamura1982/EAIE_nakamura ``NN/MLP_train.py`` (commit 380cf202) does, with
``print_args`` of ``mylib/option.py`` (commit d836c455): the arguments one a line on stderr
(``device: cpu``, ``epochs: 12``, ``batchsize: 100``, ``model: ./MLP_models/model.pth``,
``autosave: False``) and an empty line on stdout; then each epoch ``Epoch 1:``, a tqdm bar over
the training batches and one over the validation batches (stderr), ``train loss = 0.123456``,
``valid loss = ...``, ``accuracy = 85.00%`` and an empty line. Here: a 2-input MLP (the
original's temperature and humidity) on synthetic three-class weather data (sunny, cloudy,
rainy), Adam (lr 0.01; the original: the default 0.001), 5% of the data for validation as in the original, 12 epochs; no model file and no
visualisation window.

Truth: ``train/loss``, ``val/loss`` (``valid loss``) and ``accuracy`` (the printed percentage;
the line names no phase), no step (the epoch is on the line above); the arguments are
``params``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT36, Truth, main


def run() -> None:
    import argparse

    import numpy as np
    import torch
    import torch.nn as nn
    import torch.optim as optim
    from tqdm import tqdm

    parser = argparse.ArgumentParser(description='Multi-Layer Perceptron Sample Code (training)')
    parser.add_argument('--gpu', '-g', default=-1, type=int)
    parser.add_argument('--epochs', '-e', default=12, type=int)
    parser.add_argument('--batchsize', '-b', default=100, type=int)
    parser.add_argument('--model', '-m', default='./MLP_models/model.pth', type=str)
    parser.add_argument('--autosave', '-s', action='store_true')
    ns = vars(parser.parse_args([]))
    for key, value in ns.items():
        if key == 'gpu':
            dev_str = 'cuda:{0}'.format(value) if torch.cuda.is_available() and value >= 0 else 'cpu'
            print('device: {0}'.format(dev_str), file=sys.stderr)
        else:
            print('{0}: {1}'.format(key, value), file=sys.stderr)
    print('')
    N_EPOCHS, BATCH_SIZE = ns['epochs'], ns['batchsize']

    torch.manual_seed(36)
    rng = np.random.default_rng(36)
    n = 1200
    temp = rng.uniform(-5, 40, n)
    hum = rng.uniform(20, 110, n)
    score = 0.08 * (hum - 65) - 0.05 * (temp - 18) + rng.normal(0, 0.8, n)
    Y = np.digitize(score, [-0.8, 0.9])
    X = np.c_[(temp - 17.5) / 13, (hum - 65) / 26]
    X, Y = torch.tensor(X, dtype=torch.float32), torch.tensor(Y)
    valid_size = int(0.05 * n)
    train_size = n - valid_size
    perm = torch.randperm(n)
    tr, va = perm[:train_size], perm[train_size:]
    model = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 3))
    optimizer = optim.Adam(model.parameters(), lr=0.01)
    loss_func = nn.CrossEntropyLoss()
    truth = Truth()
    for epoch in range(N_EPOCHS):
        print('Epoch {0}:'.format(epoch + 1))
        model.train()
        sum_loss = 0
        order = tr[torch.randperm(train_size)]
        for b in tqdm([order[i:i + BATCH_SIZE] for i in range(0, train_size, BATCH_SIZE)]):
            for param in model.parameters():
                param.grad = None
            loss = loss_func(model(X[b]), Y[b])
            loss.backward()
            optimizer.step()
            sum_loss += float(loss) * len(b)
        avg_loss = sum_loss / train_size
        print('train loss = {0:.6f}'.format(avg_loss))
        train_avg = avg_loss
        model.eval()
        sum_loss = 0
        n_failed = 0
        with torch.inference_mode():
            for b in tqdm([va[i:i + BATCH_SIZE] for i in range(0, valid_size, BATCH_SIZE)]):
                Y_pred = model(X[b])
                sum_loss += float(loss_func(Y_pred, Y[b])) * len(b)
                n_failed += torch.count_nonzero(torch.argmax(Y_pred, dim=1) - Y[b])
        avg_loss = sum_loss / valid_size
        accuracy = (valid_size - n_failed) / valid_size
        print('valid loss = {0:.6f}'.format(avg_loss))
        print('accuracy = {0:.2f}%'.format(100 * accuracy))
        print('')
        truth.add(**{"train/loss": train_avg, "val/loss": avg_loss,
                     "accuracy": float(100 * accuracy)})
    truth.write("the script's mean training and validation losses and validation accuracy",
                libraries=("torch", "tqdm", "numpy"), rel=1e-5, abs_tol=5e-3,
                params={"device": dev_str, "epochs": N_EPOCHS, "batchsize": BATCH_SIZE,
                        "model": ns['model'], "autosave": ns['autosave']})


if __name__ == "__main__":
    main(__file__, {"knakamura": run}, root=HELDOUT36)
