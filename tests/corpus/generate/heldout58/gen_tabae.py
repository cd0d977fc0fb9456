"""HELD-OUT fixture (fifty-eighth half, see generate/heldout58/README.md): do not read while
tuning the parser.

An autoencoder loop printing as AgustinMDominguez/Redes_Neuronales_Practico_3 ``autoencoder.py``
through its ``helper_functions.myprint`` (``print("\\t" + st)``: every line led by a tab):
``Using Adam as optimizer``, ``Using MSE as loss function``, ``Training autoencoder with of 32
hidden layers with 11 epochs``, ``learning rate: 0.001 - dropout rate: 0.1 - momentum: 0``,
``Testing dataset size:297 - Training dataset size:1500``, ``Starting Train Loss: {a} \\n\\tStarting
Test  Loss: {b}`` (two lines from one call, two spaces in ``Test  Loss``), per epoch at epoch 10
``Lowering learning rate from 0.001 to 0.0006666666666666666``, every 10th batch ``Train Epoch: 1
[0/1500 (0%)]\\tLoss: 0.064480``, ``Train loss Drop: {mean}`` and ``Current av Train Loss: {a}
\\n\\tCurrent av Test  Loss: {b}`` (full floats). Here: the script's one-hidden-layer autoencoder
(dropout 0.1, ReLU out) on sklearn's digits scaled to [0, 1], Adam 1e-3 re-created at each
epoch (``update_lr``), batch 150, 11 epochs.

Truth: ``train/Loss`` (the batch lines, led by ``Train``) at the printed epoch; ``train/loss
Drop`` (the epoch's mean training loss under dropout) without a step; ``Starting Train Loss``,
``Starting Test Loss``, ``Current av Train Loss``, ``Current av Test Loss`` (evaluations without
dropout) under their printed labels, no step; the dataset sizes are optional; the settings line
is params.
"""

from _toy import digits_np
from _capture import HELDOUT58, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn

    def myprint(st):
        print("\t" + st)

    X, _ = digits_np(seed=18)
    X = torch.tensor(X, dtype=torch.float32)
    train, test = X[:1500], X[1500:]
    torch.manual_seed(18)
    myprint("Using Adam as optimizer")
    myprint("Using MSE as loss function")
    lossFunc = nn.MSELoss()
    amount_hidden, n_epochs, learning_rate, dropout_rate, bs = 32, 11, 0.001, 0.1, 150
    myprint(f"Training autoencoder with of {amount_hidden} hidden layers with {n_epochs} epochs")
    myprint(f"learning rate: {learning_rate} - dropout rate: {dropout_rate} - momentum: {0}")
    myprint(f"Testing dataset size:{len(test)} - Training dataset size:{len(train)}")
    truth = Truth()
    truth.allow(**{"Testing dataset size": len(test), "Training dataset size": len(train)})
    enc = nn.Sequential(nn.Linear(64, amount_hidden), nn.Dropout(dropout_rate), nn.ReLU(),
                        nn.Linear(amount_hidden, 64), nn.ReLU())

    def test_encoder():
        enc.eval()
        with torch.no_grad():
            tr = sum(lossFunc(enc(train[i:i + bs]), train[i:i + bs]).item()
                     for i in range(0, len(train), bs)) / 10
            te = sum(lossFunc(enc(test[i:i + bs]), test[i:i + bs]).item()
                     for i in range(0, len(test), bs)) / 2
        return tr, te

    res = test_encoder()
    myprint(f"Starting Train Loss: {res[0]} \n\tStarting Test  Loss: {res[1]}")
    truth.add(**{"Starting Train Loss": res[0], "Starting Test Loss": res[1]})
    for epoch in range(n_epochs):
        if epoch % 10 == 0 and epoch != 0:
            new = learning_rate / 1.5
            myprint(f"Lowering learning rate from {learning_rate} to {new}")
            learning_rate = new
        optimizer = torch.optim.Adam(enc.parameters(), lr=learning_rate)
        enc.train()
        drop_sum = 0
        order = torch.randperm(len(train), generator=torch.Generator().manual_seed(epoch))
        for batch_n in range(len(train) // bs):
            data = train[order[batch_n * bs:(batch_n + 1) * bs]]
            optimizer.zero_grad()
            loss = lossFunc(enc(data), data)
            drop_sum += loss.detach().item()
            loss.backward()
            optimizer.step()
            if batch_n % 10 == 0:
                myprint('Train Epoch: {} [{}/{} ({:.0f}%)]\tLoss: {:.6f}'.format(
                    epoch + 1, batch_n * len(data), len(train), 100. * batch_n / 10, loss.item()))
                truth.add(at=epoch + 1, **{"train/Loss": loss.item()})
        drop_sum /= len(train) // bs
        myprint(f"Train loss Drop: {drop_sum}")
        truth.add(**{"train/loss Drop": drop_sum})
        res = test_encoder()
        myprint(f"Current av Train Loss: {res[0]} \n\tCurrent av Test  Loss: {res[1]}")
        truth.add(**{"Current av Train Loss": res[0], "Current av Test Loss": res[1]})
    truth.write("the script's batch, epoch and evaluation losses", libraries=("torch",),
                params={"learning rate": 0.001, "dropout rate": dropout_rate, "momentum": 0},
                rel=1e-5, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"tabae": run}, root=HELDOUT58)
