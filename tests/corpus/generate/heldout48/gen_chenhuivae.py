"""HELD-OUT fixture (forty-eighth half, see generate/heldout48/README.md): do not read while
tuning the parser.

A hand-written VAE loop printing as CHENHUI-X/pytorch-VAE ``vae.py``: ``Number of samples:  1797``
(print's own separators), then for every batch ``[epoch : 1]/[2] - batch_num : [1] - loss :
47.123 - loglike : -46.321 - kl : 0.802`` (the negative ELBO, the Gaussian log-likelihood and the
KL term, three decimals). Here: the encoder/decoder pair of the original (Normal posterior,
Normal decoder with unit variance) on sklearn's digits scaled to [-0.5, 0.5], batches of 300, two
epochs.

Truth: ``loss``, ``loglike`` and ``kl`` of each batch line, at no step (two counters, the batch
number restarting every epoch).
"""

from _toy import batches  # noqa: F401
from _capture import HELDOUT48, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn.functional as F
    from sklearn.datasets import load_digits

    torch.manual_seed(11)
    X = load_digits().data / 16.0 - 0.5
    data = torch.tensor(X, dtype=torch.float32)

    class Encoder(torch.nn.Module):
        def __init__(self, D_in, H, latent):
            super().__init__()
            self.linear1 = torch.nn.Linear(D_in, H)
            self.linear2 = torch.nn.Linear(H, H)
            self.enc_mu = torch.nn.Linear(H, latent)
            self.enc_log_sigma = torch.nn.Linear(H, latent)

        def forward(self, x):
            x = F.relu(self.linear2(F.relu(self.linear1(x))))
            return torch.distributions.Normal(self.enc_mu(x), torch.exp(self.enc_log_sigma(x)))

    class Decoder(torch.nn.Module):
        def __init__(self, D_in, H, D_out):
            super().__init__()
            self.linear1 = torch.nn.Linear(D_in, H)
            self.linear2 = torch.nn.Linear(H, D_out)

        def forward(self, z):
            mu = torch.tanh(self.linear2(F.relu(self.linear1(z))))
            return torch.distributions.Normal(mu, torch.ones_like(mu))

    input_dim, batch_size, num_epochs = 64, 300, 2
    print('Number of samples: ', len(data))
    enc, dec = Encoder(input_dim, 64, 8), Decoder(8, 64, input_dim)
    opt = torch.optim.Adam(list(enc.parameters()) + list(dec.parameters()), lr=0.01)
    truth = Truth()
    for epoch in range(num_epochs):
        batch_num = 0
        perm = torch.randperm(len(data))
        for i in range(0, len(data), batch_size):
            batch_num += 1
            inputs = data[perm[i:i + batch_size]]
            opt.zero_grad()
            q_z = enc(inputs)
            p_x = dec(q_z.rsample())
            log_likelihood = p_x.log_prob(inputs).sum(-1).mean()
            kl = torch.distributions.kl_divergence(q_z, torch.distributions.Normal(0, 1.)).sum(-1).mean()
            loss = -(log_likelihood - kl)
            loss.backward()
            opt.step()
            l = loss.item()
            print(
                f'[epoch : {epoch+1}]/[{num_epochs}] - batch_num : [{batch_num}] - loss : {l:.3f} - loglike : {log_likelihood.item():.3f} - kl : {kl.item():.3f}'
            )
            truth.add(loss=l, loglike=log_likelihood.item(), kl=kl.item())
    truth.write("the loop's negative ELBO, log-likelihood and KL per batch", libraries=("torch",),
                rel=1e-3, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"chenhuivae": run}, root=HELDOUT48)
