"""HELD-OUT fixture (forty-fourth half, see generate/heldout44/README.md): do not read while
tuning the parser.

A hand-written VAE loop printing as Asrith-Dasari/VAE ``vae.py``: per epoch ``"Epoch {}---Loss
{}".format(epoch, sum(avg_loss)/len(avg_loss))``, the unformatted mean of every batch loss so far
(the list is never reset, as in the original). Here: a small VAE (MSE + KL) on sklearn's digits
scaled to [0, 1] (the original: Monet paintings), separate Adam optimisers for encoder and
decoder, 25 epochs of 4 batches of 32.

Truth: ``Loss`` at the printed epoch (counted from 0).
"""

from _toy import digits01
from _capture import HELDOUT44, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn

    torch.manual_seed(17)
    X, _ = digits01(seed=17)
    X = X[:128]
    enc = nn.Sequential(nn.Linear(64, 32), nn.LeakyReLU(0.2), nn.Linear(32, 16))
    dec = nn.Sequential(nn.Linear(8, 32), nn.LeakyReLU(0.3), nn.Linear(32, 64), nn.ReLU())
    encoder_optimizer = torch.optim.Adam(enc.parameters(), lr=0.0005)
    decoder_optimizer = torch.optim.Adam(dec.parameters(), lr=0.0005)
    avg_loss = []
    truth = Truth()
    for epoch in range(25):
        for n_batch in range(4):
            batch_data = X[n_batch * 32:(n_batch + 1) * 32]
            mean, log_variance = enc(batch_data).chunk(2, dim=1)
            z = mean + torch.exp(0.5 * log_variance) * torch.randn_like(mean)
            generated = dec(z)
            mse = nn.MSELoss()(generated, batch_data)
            kl = torch.mean(-0.5 * torch.sum(1 + log_variance - mean.pow(2) - log_variance.exp()),
                            dim=0)
            loss = mse + kl
            loss.backward()
            encoder_optimizer.step()
            decoder_optimizer.step()
            encoder_optimizer.zero_grad()
            decoder_optimizer.zero_grad()
            avg_loss.append(loss.item())
        print("Epoch {}---Loss {}".format(epoch, sum(avg_loss) / len(avg_loss)))
        truth.add(at=epoch, Loss=sum(avg_loss) / len(avg_loss))
    truth.write("the script's running mean loss", libraries=("torch",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"monetvae": run}, root=HELDOUT44)
