"""HELD-OUT fixture (forty-seventh half, see generate/heldout47/README.md): do not read while
tuning the parser.

A hand-written VAE loop printing as sachinumrao/Autoencoders ``vae_mnist.py``, whose f-strings
are continued with a backslash inside the literal, so each line carries the next source line's
indentation: ``f'Train Epoch : {epoch}    \\<newline>                {seen}/{size}
\\<newline>                {pct:.2f}% \\<newline>                Loss : {loss:.5f}'`` every
``logging_interval`` batches, ``f'Epoch : {epoch} \\<newline>            Average Loss :
{avg:.5f}'`` after each epoch and ``f'Test Loss : {test_loss:.5f}'`` after each test pass.
Here: sklearn's digits in [0, 1] (for MNIST), batches of 32, 8 epochs, ``logging_interval`` 15
(the original's 100 would log only the first batch of our 38).

Truth: ``train/Loss`` (the line leads with ``Train Epoch``) at the printed epoch, ``Average
Loss`` at the printed epoch, ``Test Loss`` (label holding its phase word) without a step (its
line prints none). The sample count and the percentage are no metrics.
"""

from _toy import batches, digits
from _capture import HELDOUT47, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    Xtr, _, _, _, Xte, _ = digits(seed=6, scale01=True)
    torch.manual_seed(6)
    fc1, mean, sigma = nn.Linear(64, 48), nn.Linear(48, 8), nn.Linear(48, 8)
    fc3, fc4 = nn.Linear(8, 48), nn.Linear(48, 64)
    params = [p for m in (fc1, mean, sigma, fc3, fc4) for p in m.parameters()]
    optimizer = torch.optim.Adam(params, lr=1e-2)
    logging_interval, n_batches = 15, (len(Xtr) + 31) // 32
    truth = Truth()

    def loss_fn(x):
        h = F.relu(fc1(x))
        mu, logvar = mean(h), sigma(h)
        z = mu + torch.rand_like(mu) * torch.exp(0.5 * logvar)
        x_hat = torch.sigmoid(fc4(F.relu(fc3(z))))
        bce = F.binary_cross_entropy(x_hat, x, reduction='sum')
        return bce - 0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp())

    for epoch in range(1, 9):
        train_loss = 0
        for batch_id, data in enumerate(batches(Xtr, None, 32, epoch)):
            optimizer.zero_grad()
            loss = loss_fn(data)
            loss.backward()
            train_loss += loss.item()
            optimizer.step()
            if batch_id % logging_interval == 0:
                print(f'Train Epoch : {epoch}    \
                {batch_id*len(data)}/{len(Xtr)} \
                {100.*batch_id/n_batches:.2f}% \
                Loss : {loss.item()/len(data):.5f}')
                truth.add(at=epoch, **{"train/Loss": loss.item() / len(data)})
        print(f'Epoch : {epoch} \
            Average Loss : {train_loss/len(Xtr):.5f}')
        truth.add(at=epoch, **{"Average Loss": train_loss / len(Xtr)})
        test_loss = 0
        with torch.no_grad():
            for data in batches(Xte, None, 32, 0):
                test_loss += loss_fn(data).item()
        test_loss /= len(Xte)
        print(f'Test Loss : {test_loss:.5f}')
        truth.add(**{"Test Loss": test_loss})
    truth.write("the script's batch, epoch and test losses", libraries=("torch",), rel=1e-3,
                abs_tol=5e-6)


if __name__ == "__main__":
    main(__file__, {"vaeae": run}, root=HELDOUT47)
