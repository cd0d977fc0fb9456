"""HELD-OUT fixture (fortieth half, see generate/heldout40/README.md): do not read while tuning
the parser.

A hand-written PyTorch loop printing as an-seunghwan/synthesizers ``mc_gan/cor_auto.py`` and
``mc_gan/module/train_cor_auto.py``: ``Number of Parameters: 2.3K`` (the decoder's count over a
thousand), then per epoch a tqdm bar over ``iter(trainloader)`` described ``inner loop`` (no
postfix) and ``[epoch 001], loss: 3.1234`` (the mean of the epoch's batch losses, printed from a
dict of logs). Here: the corGAN pre-training autoencoder, binary cross-entropy summed over
the columns, on synthetic one-hot records of four categorical variables; 12 epochs. The wandb
logging and the model upload are left out.

Truth: ``loss`` at the epoch of the ``[epoch 001]`` prefix; the parameter count is optional.
"""

from _toy import HEADER  # noqa: F401
from _capture import HELDOUT40, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    import tqdm
    from torch.utils.data import DataLoader, TensorDataset

    truth = Truth()
    torch.manual_seed(0)
    rng = np.random.default_rng(0)
    sizes = [3, 4, 2, 5]
    n = 640
    z = rng.normal(size=n)
    cols = []
    for k in sizes:
        logits = np.outer(z, np.linspace(-1, 1, k)) + rng.normal(scale=0.5, size=(n, k))
        cols.append(np.eye(k)[logits.argmax(1)])
    data = torch.tensor(np.hstack(cols), dtype=torch.float32)
    p = data.shape[1]

    class AutoEncoder(nn.Module):
        def __init__(self, hidden=32, emb=16):
            super().__init__()
            self.encoder = nn.Sequential(nn.Linear(p, hidden), nn.ReLU(), nn.Linear(hidden, emb))
            self.decoder = nn.Sequential(nn.Linear(emb, hidden), nn.ReLU(), nn.Linear(hidden, p))

        def forward(self, x):
            z = self.encoder(x)
            return z, torch.sigmoid(self.decoder(z))

    trainloader = DataLoader(TensorDataset(data), batch_size=128, shuffle=True, drop_last=False)
    autoencoder = AutoEncoder()
    autoencoder.train()
    count_parameters = lambda model: sum(p.numel() for p in model.parameters() if p.requires_grad)
    num_params = count_parameters(autoencoder.decoder)
    print(f"Number of Parameters: {num_params / 1000:.1f}K")
    truth.allow(**{"Number of Parameters": num_params / 1000})
    optimizer = torch.optim.Adam(autoencoder.parameters(), lr=0.001, weight_decay=0.001)

    def train_function(trainloader, autoencoder, optimizer):
        logs = {'loss': []}
        for (x_batch,) in tqdm.tqdm(iter(trainloader), desc="inner loop"):
            loss_ = []
            optimizer.zero_grad()
            _, xhat = autoencoder(x_batch)
            loss = F.binary_cross_entropy(xhat, x_batch, reduction='none').sum(axis=1).mean()
            loss_.append(('loss', loss))
            loss.backward()
            optimizer.step()
            for x, y in loss_:
                logs[x] = logs.get(x) + [y.item()]
        return logs

    for epoch in range(12):
        logs = train_function(trainloader, autoencoder, optimizer)
        print_input = "[epoch {:03d}]".format(epoch + 1)
        print_input += ''.join([', {}: {:.4f}'.format(x, np.mean(y)) for x, y in logs.items()])
        print(print_input)
        truth.add(at=epoch + 1, loss=np.mean(logs['loss']))
    truth.write("the epoch means of the batch losses", libraries=("torch", "tqdm"), rel=1e-3,
                abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"corauto": run}, root=HELDOUT40)
