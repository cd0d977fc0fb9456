"""HELD-OUT fixture (forty-seventh half, see generate/heldout47/README.md): do not read while
tuning the parser.

A hand-written latent-diffusion loop printing as SiddharthYadav-v/mobile_diffusion
``train_ddpm.py``: ``encoder.pt not found, not loading``, the same for ``decoder.pt`` and
``ddpm.pt``, ``Number of parameters in model: N`` (print with two arguments), then per epoch a
tqdm bar ``tqdm(loader, unit = "batch")`` whose description is set to the bare epoch number
(``iterator.set_description(f"{epoch + 1}")``) and whose postfix is ``set_postfix(loss =
loss.item())`` at each batch. Here: a frozen random linear encoder to a 16-dimensional latent
(for the VAE encoder and decoder), an MLP noise predictor, sklearn's digits for the image
folder, batches of 200, 4 epochs.

Truth: ``loss`` (each batch's loss as the postfix shows it, each state once) at the epoch the
description shows (1-based): the bare number is the only step printed. tqdm shows three
significant digits, hence the relative tolerance of 5e-3.
"""

from _toy import batches, digits
from _capture import HELDOUT47, Truth, main


def run() -> None:
    import torch
    from torch import nn
    from tqdm import tqdm

    for name in ("encoder.pt", "decoder.pt", "ddpm.pt"):
        print(f"{name} not found, not loading")
    Xtr, _, _, _, _, _ = digits(seed=15)
    torch.manual_seed(15)
    encoder = nn.Linear(64, 16)
    for p in encoder.parameters():
        p.requires_grad_(False)
    ddpm = nn.Sequential(nn.Linear(17, 96), nn.SiLU(), nn.Linear(96, 16))
    opt = torch.optim.Adam(ddpm.parameters(), lr=1e-3)
    loss_fn = nn.MSELoss()
    print("Number of parameters in model:", sum(p.numel() for p in ddpm.parameters()))
    abar = torch.cumprod(1 - torch.linspace(1e-4, 0.02, 1000), 0)
    truth = Truth()
    for epoch in range(4):
        loader = list(batches(Xtr, None, 200, epoch))
        with tqdm(loader, unit="batch") as iterator:
            for img in iterator:
                iterator.set_description(f"{epoch + 1}")
                enc = encoder(img) / 4
                noise = torch.randn_like(enc)
                t = torch.randint(0, 999, (len(img),))
                a = abar[t][:, None]
                eps = ddpm(torch.cat([a.sqrt() * enc + (1 - a).sqrt() * noise, t[:, None] / 1000], 1))
                opt.zero_grad(set_to_none=True)
                loss = loss_fn(eps, noise)
                loss.backward()
                opt.step()
                iterator.set_postfix(loss=loss.item())
                truth.add(at=epoch + 1, loss=loss.item())
    truth.write("the script's batch losses as set_postfix gets them", libraries=("torch", "tqdm"),
                rel=5e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"mobilediff": run}, root=HELDOUT47)
