"""HELD-OUT fixture (fifty-sixth half, see generate/heldout56/README.md): do not read while
tuning the parser.

A VAE printing as AbhishekDey03/Investigating-the-performance-of-an-autoencoder
``train_vae.py``: ``Beginning training loop...``, every 100 updates ``f"{global_step}
iterations, loss: {np.mean(train_total_loss[-100:]):.3f}, bits per dimension:
{np.mean(train_bits_per_dim[-100:]):.5f}"``, at each validation ``f"Validation loss:
{avg_valid_loss:.3f}, bits per dimension: {avg_valid_bits_per_dim:.5f}"``, then ``Training
complete.``, ``print('Evaluation Bits per dimension: ', bits_per_dim_eval.item())`` (print's
two arguments, an unformatted float) and ``Model and training metrics saved successfully.``.
Here: a small MLP encoder/decoder on sklearn's 8x8 digits (image size 8 in the bits-per-
dimension formula), batch 4 as in the script, 1200 updates, validation every 400 (the script:
10000 updates, every 1000), validation on the Gaussian log-likelihood as the script computes it;
no wandb. The script's last block (it reads an undefined ``config`` and would stop with a
NameError) is left out.

Truth: ``loss`` and ``bits per dimension`` at the printed iteration; ``val/loss`` and ``val/bits
per dimension`` with no step (the line states none); ``eval/Bits per dimension``.
"""

from _toy import digits
from _capture import HELDOUT56, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    from torch.distributions import Normal, kl_divergence

    torch.manual_seed(29)
    Xtr, _, Xva, _, _, _ = digits(seed=29, n_val=200, n_test=0)
    batch_size, image_size, latent_dim, num_training_updates = 4, 8, 4, 1200
    encoder = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 2 * latent_dim))
    decoder = nn.Sequential(nn.Linear(latent_dim, 32), nn.ReLU(), nn.Linear(32, 64))
    optimizer = torch.optim.Adam(list(encoder.parameters()) + list(decoder.parameters()), lr=2e-3)
    train_total_loss, train_bits_per_dim = [], []
    truth = Truth()
    global_step = 0

    def encode(x):
        mean, logvar = encoder(x).chunk(2, 1)
        return mean, logvar

    def gauss_nll(x_recon, x):
        return -Normal(x_recon, torch.ones_like(x_recon)).log_prob(x).sum()

    print("Beginning training loop...")
    while global_step < num_training_updates:
        perm = torch.randperm(len(Xtr))
        for k in range(0, len(perm) - batch_size + 1, batch_size):
            if global_step >= num_training_updates:
                break
            images = Xtr[perm[k:k + batch_size]]
            mean, logvar = encode(images)
            z = mean + torch.randn_like(mean) * torch.exp(0.5 * logvar)
            x_recon = decoder(z)
            recon_loss = F.mse_loss(x_recon, images, reduction='sum')
            kl_div = kl_divergence(Normal(mean, torch.exp(0.5 * logvar)),
                                   Normal(torch.zeros_like(mean), torch.ones_like(logvar))).sum() / mean.size(0)
            loss = recon_loss + kl_div
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            bits_per_dim = recon_loss / (batch_size * image_size * image_size * np.log(2))
            global_step += 1
            train_total_loss.append(loss.item())
            train_bits_per_dim.append(bits_per_dim.item())
            if global_step % 100 == 0:
                l100, b100 = np.mean(train_total_loss[-100:]), np.mean(train_bits_per_dim[-100:])
                print(f"{global_step} iterations, loss: {l100:.3f}, "
                      f"bits per dimension: {b100:.5f}")
                truth.add(at=global_step, loss=l100, **{"bits per dimension": b100})
            if global_step % 400 == 0:
                vl, vb = [], []
                with torch.no_grad():
                    for j in range(0, len(Xva), batch_size):
                        images_v = Xva[j:j + batch_size]
                        mean, logvar = encode(images_v)
                        z = mean + torch.randn_like(mean) * torch.exp(0.5 * logvar)
                        nll = gauss_nll(decoder(z), images_v)
                        kl = kl_divergence(Normal(mean, torch.exp(0.5 * logvar)),
                                           Normal(torch.zeros_like(mean), torch.ones_like(logvar))).sum() / mean.size(0)
                        vl.append((nll + kl).item())
                        vb.append((nll / (images_v.size(0) * image_size * image_size * np.log(2))).item())
                avg_valid_loss, avg_valid_bits_per_dim = np.mean(vl), np.mean(vb)
                print(f"Validation loss: {avg_valid_loss:.3f}, bits per dimension: {avg_valid_bits_per_dim:.5f}")
                truth.add(**{"val/loss": avg_valid_loss, "val/bits per dimension": avg_valid_bits_per_dim})
    print("Training complete.")
    with torch.no_grad():
        images = Xva[:batch_size]
        mean, logvar = encode(images)
        z = mean + torch.randn_like(mean) * torch.exp(0.5 * logvar)
        nll = gauss_nll(decoder(z), images)
        bits_per_dim_eval = nll / (images.size(0) * image_size * image_size * np.log(2))
        print('Evaluation Bits per dimension: ', bits_per_dim_eval.item())
        truth.add(**{"eval/Bits per dimension": bits_per_dim_eval.item()})
    print("Model and training metrics saved successfully.")
    truth.write("the script's 100-update means, validation means and evaluation batch",
                libraries=("torch",), rel=1e-9, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"abhishek": run}, root=HELDOUT56)
