"""HELD-OUT fixture (fiftieth half, see generate/heldout50/README.md): do not read while tuning
the parser.

A VAE trained on tabular records printing as Ajoyzhi/OL-VAE ``optim/VAE_KDD99_trainer.py`` with
the logger of ``other/log.py`` (a ``logging.StreamHandler`` without formatter, so the bare
message on stderr): ``Starting training VAE with Kdd99...``, each epoch ``"\\n
Epoch{}/{}\\t Training time of each epoch:{:.3f}\\t Avarge loss of each batch:{:.8f}\\t"``, then
``"Training time:{:.3f}\\t Avarge loss of each epoch:{:.8f}\\t"`` and ``Finish training VAE
with Kdd99.``; then ``get_normal_parm``: ``Starting getting the mean and standart deviation of
normal data...``, three ``print`` calls on stdout of the per-batch lists (``mu_list:``,
``std_list``, ``loss_list``, lists of tensors) and ``Finish getting parameters.``. Here: 97
records of 15 features (sklearn's digits reduced by PCA and scaled to [0, 1], a stand-in for
the KDD99 sample of the original's ``ratio=0.001``), batches of 10, Adam, 20 epochs; the
original's loss (MSE mean + KL sum). The log file handler is left out.

Truth: ``Avarge loss of each batch`` at the printed epoch (``Epoch3/20``), ``Avarge loss of
each epoch`` without step, and the printed per-batch losses of ``loss_list`` under that name
without step (four decimals, as torch prints a 0-d tensor). Times, ``mu_list`` and ``std_list``
(latent means and deviations) are no metrics.
"""

import _toy  # noqa: F401  (puts the generate folder on the path)
from _capture import HELDOUT50, Truth, main


def run() -> None:
    import logging
    import time

    import numpy as np
    import torch
    import torch.nn as nn
    import torch.optim as optim
    from sklearn.datasets import load_digits
    from sklearn.decomposition import PCA
    from torch.utils.data import DataLoader, TensorDataset

    logger = logging.getLogger("other.log")
    logger.setLevel(level=logging.INFO)
    logger.addHandler(logging.StreamHandler())

    X, _ = load_digits(return_X_y=True)
    rng = np.random.default_rng(7)
    X = PCA(n_components=15, random_state=0).fit_transform(X[rng.permutation(len(X))[:97]])
    X = (X - X.min(0)) / (X.max(0) - X.min(0))
    data = torch.tensor(X, dtype=torch.float32)
    trainloader = DataLoader(TensorDataset(data, torch.zeros(97), torch.arange(97)),
                             batch_size=10, shuffle=False)

    class VAE_KDD99(nn.Module):
        def __init__(self):
            super().__init__()
            self.fc1 = nn.Linear(15, 12)
            self.fc21, self.fc22 = nn.Linear(12, 15), nn.Linear(12, 15)
            self.fc3, self.fc4 = nn.Linear(15, 12), nn.Linear(12, 15)

        def forward(self, x):
            h = torch.relu(self.fc1(x))
            mu, logvar = self.fc21(h), self.fc22(h)
            std = torch.exp(0.5 * logvar)
            z = mu + torch.randn_like(std) * std
            return torch.sigmoid(self.fc4(torch.relu(self.fc3(z)))), mu, logvar, std

    def loss_function(recon_x, x, mu, logvar):
        BCE = nn.MSELoss()(recon_x, x)
        KLD = -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp())
        return BCE + KLD

    torch.manual_seed(7)
    torch.set_printoptions(precision=4)
    net = VAE_KDD99()
    epochs = 20
    optimizer = optim.Adam(net.parameters(), lr=0.001, weight_decay=1e-6)
    scheduler = optim.lr_scheduler.MultiStepLR(optimizer, milestones=(), gamma=0.1)
    truth = Truth()

    logger.info("Starting training VAE with Kdd99...")
    start_time = time.time()
    net.train()
    train_loss = 0.0
    for epoch in range(epochs):
        epoch_loss = 0.0
        count_batch = 0
        epoch_start_time = time.time()
        for item in trainloader:
            x, _, _ = item
            optimizer.zero_grad()
            recon_batch, mu, logvar, _ = net.forward(x.float())
            batch_loss = loss_function(recon_batch, x, mu, logvar)
            batch_loss.backward()
            optimizer.step()
            scheduler.step()
            epoch_loss += batch_loss.item()
            count_batch += 1
        train_loss += epoch_loss
        epoch_train_time = time.time() - epoch_start_time
        logger.info("\n Epoch{}/{}\t Training time of each epoch:{:.3f}\t Avarge loss of each batch:{:.8f}\t".
                    format(epoch + 1, epochs, epoch_train_time, epoch_loss / count_batch))
        truth.add(at=epoch + 1, **{"Avarge loss of each batch": epoch_loss / count_batch})
    train_time = time.time() - start_time
    train_loss /= epochs
    logger.info("Training time:{:.3f}\t Avarge loss of each epoch:{:.8f}\t".format(train_time, train_loss))
    truth.add(**{"Avarge loss of each epoch": train_loss})
    logger.info("Finish training VAE with Kdd99.")

    mu_list, std_list, loss_list = [], [], []
    logger.info("Starting getting the mean and standart deviation of normal data...")
    net.eval()
    with torch.no_grad():
        for item in trainloader:
            x, _, _ = item
            recon, mu, logvar, std = net(x.float())
            loss = loss_function(recon, x, mu, logvar)
            mu_list.append(mu)
            std_list.append(std)
            loss_list.append(loss)
        print("mu_list:", mu_list)
        print("std_list", std_list)
        print("loss_list", loss_list)
    for loss in loss_list:
        truth.add(loss_list=loss.item())
    logger.info("Finish getting parameters.")
    truth.write("the trainer's mean batch losses and the evaluation pass's batch losses",
                libraries=("torch", "scikit-learn"), rel=1e-6, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"olvae": run}, root=HELDOUT50)
