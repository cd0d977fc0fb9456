"""HELD-OUT fixture (forty-fifth half, see generate/heldout45/README.md): do not read while
tuning the parser.

A hand-written GAN loop printing as Whenning42/dcgan-mnist ``train.py`` through its
``visualizer.py``'s ``show_progress``: a banner ``-------------------`` / ``Total epoch: 8
Number of batches: 1`` / ``-------------------``, then after every batch ``\\repoch: 1, batch:
0, g_loss: 0.693147, dr_loss: 0.693147, df_loss: 0.693147, g_accuracy: 0.500000,
dr_accuracy: 0.500000, df_accuracy: 0.500000`` written with ``sys.stdout.write`` and no
newline (each redraws the last; the output is one long line of ``\\r`` segments). Here:
PyTorch stands in for Keras's ``train_on_batch``, a small MLP GAN on 8x8 digits with the
original's fuzzing of the real images, 8 epochs of one batch (the every-10-epochs ``Fuzz
factor`` block never comes).

Truth: the six values of each segment at the epoch it states (the batch index restarts each
epoch): ``g_loss``, ``dr_loss``, ``df_loss`` and the three accuracies (Keras's binary accuracy
at 0.5), each segment once.
"""

from _toy import digit_images
from _capture import HELDOUT45, Truth, main


def run() -> None:
    import sys

    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    def show_progress(e, i, g0, dr0, df0, g1, dr1, df1):
        sys.stdout.write("\repoch: %d, batch: %d, g_loss: %f, dr_loss: %f, df_loss: %f, g_accuracy: %f, dr_accuracy: %f, df_accuracy: %f" % (e, i, g0, dr0, df0, g1, dr1, df1))
        sys.stdout.flush()

    imgs, _ = digit_images(seed=14)
    X = imgs.view(-1, 64)
    torch.manual_seed(14)
    g = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 64), nn.Tanh())
    d = nn.Sequential(nn.Linear(64, 32), nn.LeakyReLU(0.2), nn.Linear(32, 1), nn.Sigmoid())
    og = torch.optim.Adam(g.parameters(), lr=2e-4, betas=(0.5, 0.999))
    od = torch.optim.Adam(d.parameters(), lr=2e-4, betas=(0.5, 0.999))
    BATCH_SIZE, NUM_EPOCH = 32, 8
    num_batches = 1
    print("-------------------")
    print("Total epoch:", NUM_EPOCH, "Number of batches:", num_batches)
    print("-------------------")
    truth = Truth()

    def train_on_batch(model_out, target, opt):
        loss = F.binary_cross_entropy(model_out, target)
        opt.zero_grad()
        loss.backward()
        opt.step()
        return loss.item(), ((model_out > 0.5).float() == target).float().mean().item()

    for epoch in range(1, NUM_EPOCH + 1):
        fuzz = max((200 - epoch) / 200, 0)
        perm = torch.randperm(len(X))
        for index in range(num_batches):
            X_true = X[perm[index * BATCH_SIZE:(index + 1) * BATCH_SIZE]]
            X_fuzz = X_true * (1 - fuzz) + fuzz * (torch.rand_like(X_true) * 2 - 1)
            z = torch.randn(BATCH_SIZE, 20) * 0.5
            X_gen = g(z).detach()
            dr = train_on_batch(d(X_fuzz), torch.ones(BATCH_SIZE, 1), od)
            df = train_on_batch(d(X_gen), torch.zeros(BATCH_SIZE, 1), od)
            gl = train_on_batch(d(g(z)), torch.ones(BATCH_SIZE, 1), og)
            show_progress(epoch, index, gl[0], dr[0], df[0], gl[1], dr[1], df[1])
            truth.add(at=epoch, g_loss=gl[0], dr_loss=dr[0], df_loss=df[0], g_accuracy=gl[1],
                      dr_accuracy=dr[1], df_accuracy=df[1])
    truth.write("the script's train_on_batch losses and accuracies (before each update)",
                libraries=("torch",), rel=1e-5, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"whenning": run}, root=HELDOUT45)
