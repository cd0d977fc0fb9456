"""HELD-OUT fixture (sixtieth half, see generate/heldout60/README.md): do not read while tuning
the parser.

A hand-written PyTorch loop printing as BreadxPeat/Deep-Learning-based-AD-detection ``train.py``:
each epoch ``loop = tqdm(enumerate(train_loader))`` (no total: tqdm shows a count and a rate) and,
after each batch, ``loop.set_postfix(loss=loss.item())``, the batch's summed BCE + KL loss of a
variational autoencoder. Nothing else is printed. Here: a VAE on sklearn's digits (64 pixels
scaled to [0, 1]), Adam, 3 epochs of 10 batches.

Truth: ``loss``, every postfix state (tqdm shows it with 3 significant digits), no step (the bar
counts batches, the epoch is not shown).
"""

from _toy import digits_np
from _capture import HELDOUT60, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from tqdm import tqdm

    INPUT_DIM, H_DIM, Z_DIM = 64, 32, 8
    NUM_EPOCHS, BATCH_SIZE, LR_RATE = 3, 150, 3e-3

    class VariationalAutoEncoder(nn.Module):
        def __init__(self, input_dim, z_dim, h_dim=H_DIM):
            super().__init__()
            self.img_2hid = nn.Linear(input_dim, h_dim)
            self.hid_2mu = nn.Linear(h_dim, z_dim)
            self.hid_2sigma = nn.Linear(h_dim, z_dim)
            self.z_2hid = nn.Linear(z_dim, h_dim)
            self.hid_2img = nn.Linear(h_dim, input_dim)

        def forward(self, x):
            h = torch.relu(self.img_2hid(x))
            mu, sigma = self.hid_2mu(h), torch.nn.functional.softplus(self.hid_2sigma(h)) + 1e-4
            z = mu + sigma * torch.randn_like(sigma)
            return torch.sigmoid(self.hid_2img(torch.relu(self.z_2hid(z)))), mu, sigma

    X, y = digits_np(seed=3)
    X = torch.tensor(X, dtype=torch.float32)
    y = torch.tensor(y)
    torch.manual_seed(3)
    train_loader = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(X, y),
                                               batch_size=BATCH_SIZE, shuffle=True)
    model = VariationalAutoEncoder(INPUT_DIM, Z_DIM)
    optimizer = torch.optim.Adam(model.parameters(), lr=LR_RATE)
    loss_fn = nn.BCELoss(reduction="sum")
    truth = Truth()
    for epoch in range(NUM_EPOCHS):
        loop = tqdm(enumerate(train_loader))
        for i, (x, _) in loop:
            x = x.view(-1, INPUT_DIM)
            x_reconst, mu, sigma = model(x)
            reconst_loss = loss_fn(x_reconst, x)
            kl_div = - torch.sum(1 + torch.log(sigma.pow(2)) - mu.pow(2) - sigma.pow(2))
            loss = reconst_loss + kl_div
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            loop.set_postfix(loss=loss.item())
            truth.add(loss=loss.item())
    truth.write("the batch losses handed to set_postfix", libraries=("torch", "tqdm"),
                rel=5e-3, abs_tol=0.0)


if __name__ == "__main__":
    main(__file__, {"breadvae": run}, root=HELDOUT60)
