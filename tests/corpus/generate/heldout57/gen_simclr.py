"""HELD-OUT fixture (fifty-seventh half, see generate/heldout57/README.md): do not read while
tuning the parser.

A PyTorch SimCLR loop printing as Spijkervet/SimCLR ``main.py``: every few steps
``f"Step [{step}/{len(train_loader)}]\\t Loss: {loss.item()}"`` and per epoch
``f"Epoch [{epoch}/{args.epochs}]\\t Loss: {loss_epoch / len(train_loader)}"`` (unformatted
floats, 0-based epoch over the epoch count). Here: an MLP encoder with a projection head on
sklearn's digits, two noisy masked views per image, the script's NT-Xent ``calc_loss``
(temperature 0.5), batch 64, 4 epochs, a line every 5th step.

Truth: ``Loss`` for both lines (one name): the batch loss at the printed ``Step`` (a counter
that restarts each epoch) and the epoch mean at the printed ``Epoch``.
"""

from _toy import digits
from _capture import HELDOUT57, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn

    Xtr, _, _, _, _, _ = digits(seed=9)
    torch.manual_seed(9)
    batch_size, temperature, epochs = 64, 0.5, 4
    encoder = nn.Sequential(nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 32))
    projector = nn.Sequential(nn.Linear(32, 32), nn.ReLU(), nn.Linear(32, 16))
    params = list(encoder.parameters()) + list(projector.parameters())
    optimizer = torch.optim.Adam(params, lr=3e-4)
    cos_2 = nn.CosineSimilarity(dim=2)
    mask_diag = torch.arange(0, batch_size * 2)
    mask_triag = torch.arange(batch_size, batch_size * 2)

    def view(x):
        keep = (torch.rand_like(x) > 0.2).float()
        return x * keep + 0.3 * torch.randn_like(x)

    def calc_loss(z_i, z_j):
        p1 = torch.cat((z_i, z_j), dim=0)
        sim = torch.exp(cos_2(p1.unsqueeze(1), p1.unsqueeze(0)) / temperature)
        nominator = torch.cat((sim[torch.arange(0, batch_size), mask_triag],
                               sim[mask_triag, torch.arange(0, batch_size)]), dim=0)
        masks = sim.clone()
        masks[mask_diag, mask_diag] = 0.0
        masks[mask_triag, torch.arange(0, batch_size)] = 0.0
        masks[torch.arange(0, batch_size), mask_triag] = 0.0
        return (-torch.log(nominator / masks.sum())).mean() / 2

    truth = Truth()
    n_batches = len(Xtr) // batch_size
    for epoch in range(epochs):
        order = torch.randperm(len(Xtr))
        loss_epoch = 0
        for step in range(n_batches):
            x = Xtr[order[step * batch_size:(step + 1) * batch_size]]
            optimizer.zero_grad()
            z_i = projector(encoder(view(x)))
            z_j = projector(encoder(view(x)))
            loss = calc_loss(z_i, z_j)
            loss.backward()
            optimizer.step()
            if step % 5 == 0:
                print(f"Step [{step}/{n_batches}]\t Loss: {loss.item()}")
                truth.add(at=step, Loss=loss.item())
            loss_epoch += loss.item()
        print(f"Epoch [{epoch}/{epochs}]\t Loss: {loss_epoch / n_batches}")
        truth.add(at=epoch, Loss=loss_epoch / n_batches)
    truth.write("the script's batch and epoch NT-Xent losses", libraries=("torch",),
                rel=1e-6, abs_tol=0.0)


if __name__ == "__main__":
    main(__file__, {"simclr": run}, root=HELDOUT57)
