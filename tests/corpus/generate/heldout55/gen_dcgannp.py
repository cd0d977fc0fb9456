"""HELD-OUT fixture (fifty-fifth half, see generate/heldout55/README.md): do not read while
tuning the parser.

A hand-written GAN loop printing as vsevolod-kovalev/DCGAN_GenerateFace ``train.py``: per epoch
``f"Epoch:\\t{epoch_number}."``, per batch
``f"{batch_index}/{batch_num}\\tD Real Loss:\\t{...:.5f} | D Fake Loss:\\t{...:.5f}\\tG Loss:\\t{...:.5f} | Batch Time: {...:.3f}s (D (trained {n} times): {...:.3f}s, G (trained {m} times): {...:.3f}s)"``,
every 5th batch once its 10-batch loss windows are full the ``Adjusting Learning Rates:`` and
``Adjusting Training Ratios:`` blocks (previous and current rates and training counts), and per
epoch ``Epoch Time: ...s``, ``Reshuffling data...``, ``Reshuffling done.``. The losses are the
original's: mean ``-log D(x)`` on real images, mean ``-log(1 - D(G(z)))`` on fakes, mean
``-log D(G(z))`` for the generator, with its learning-rate and ratio adjustment rules. The
original is a NumPy/JAX DCGAN on 32x32 faces; here small PyTorch MLPs on sklearn's 8x8 digits
(scaled to [-1, 1]), plain SGD steps of 50 times the adjusted rates (the original's
deltas are summed over its batch), batch 64, 2 epochs of 8 batches.

Truth: ``D Real Loss``, ``D Fake Loss`` and ``G Loss`` at the epoch of the ``Epoch:`` line the
batch line belongs to (the leading ``i/N`` counter restarts every epoch). Optional: the
learning rates and training counts of the adjustment blocks. Times are no metrics.
"""

import time
from collections import deque

from _toy import *  # noqa: F401,F403
from _capture import HELDOUT55, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    from sklearn.datasets import load_digits

    torch.manual_seed(55)
    np.random.seed(55)
    X = load_digits().data[:512] / 8.0 - 1.0
    real_images = np.array_split(X.astype(np.float32), 8)
    batch_num = len(real_images)
    generator = nn.Sequential(nn.Linear(16, 64), nn.ReLU(), nn.Linear(64, 64), nn.Tanh())
    discriminator = nn.Sequential(nn.Linear(64, 64), nn.LeakyReLU(0.2), nn.Linear(64, 1),
                                  nn.Sigmoid())
    truth = Truth()
    epochs = 2
    D_learning_rate = 0.002
    G_learning_rate = 0.002
    adjust_rates_every = 5
    train_d_times = 1
    train_g_times = 1
    window_size = 10
    d_real_losses = deque(maxlen=window_size)
    d_fake_losses = deque(maxlen=window_size)
    g_losses = deque(maxlen=window_size)
    threshold = 0.2
    decay_factor = 0.99
    min_lr = 1e-5
    max_lr = 0.001

    def sgd(net, lr):
        with torch.no_grad():
            for p in net.parameters():
                if p.grad is not None:
                    p -= lr * 50 * p.grad
                    p.grad = None

    def adjustLearningRates():
        nonlocal D_learning_rate, G_learning_rate, train_d_times, train_g_times
        prev_D_learning_rate = D_learning_rate
        prev_G_learning_rate = G_learning_rate
        d_real_avg = sum(d_real_losses) / len(d_real_losses) if len(d_real_losses) > 0 else 0
        d_fake_avg = sum(d_fake_losses) / len(d_fake_losses) if len(d_fake_losses) > 0 else 0
        g_avg = sum(g_losses) / len(g_losses) if len(g_losses) > 0 else 0
        d_loss_avg = d_real_avg + d_fake_avg
        if abs(g_avg - d_loss_avg) > threshold:
            if g_avg > d_loss_avg:
                G_learning_rate *= 1.05
                D_learning_rate *= 0.95
            elif d_loss_avg > g_avg:
                G_learning_rate *= 0.95
                D_learning_rate *= 1.05
        G_learning_rate *= decay_factor
        D_learning_rate *= decay_factor
        G_learning_rate = max(min_lr, min(G_learning_rate, max_lr))
        D_learning_rate = max(min_lr, min(D_learning_rate, max_lr))
        print(
            f"Adjusting Learning Rates:\n"
            f"Previous G Learning Rate: {prev_G_learning_rate:.6f}, Current G Learning Rate: {G_learning_rate:.6f}\n"
            f"Previous D Learning Rate: {prev_D_learning_rate:.6f}, Current D Learning Rate: {D_learning_rate:.6f}"
        )
        truth.allow(**{"Previous G Learning Rate": prev_G_learning_rate,
                       "Current G Learning Rate": G_learning_rate,
                       "Previous D Learning Rate": prev_D_learning_rate,
                       "Current D Learning Rate": D_learning_rate})
        prev_train_d_times = train_d_times
        prev_train_g_times = train_g_times
        if d_loss_avg > g_avg * 1.5:
            train_d_times += 1
            train_g_times = max(1, train_g_times - 1)
        elif g_avg > d_loss_avg * 1.5:
            train_g_times += 1
            train_d_times = max(1, train_d_times - 1)
        if train_g_times == train_d_times:
            train_g_times, train_d_times = 1, 1
        print(
            f"Adjusting Training Ratios:\n"
            f"Previous D Training Times: {prev_train_d_times}, Current D Training Times: {train_d_times}\n"
            f"Previous G Training Times: {prev_train_g_times}, Current G Training Times: {train_g_times}"
        )
        truth.allow(**{"Previous D Training Times": prev_train_d_times,
                       "Current D Training Times": train_d_times,
                       "Previous G Training Times": prev_train_g_times,
                       "Current G Training Times": train_g_times})

    for epoch_number in range(1, epochs + 1):
        print(f"Epoch:\t{epoch_number}.")
        current_time = time.time()
        for batch_index, batch in enumerate(real_images):
            batch = torch.tensor(batch)
            batch_start_time = time.time()
            d_time = 0
            g_time = 0
            for _ in range(train_d_times):
                start_time = time.time()
                d_output_real = discriminator(batch).clamp(1e-7, 1 - 1e-7)
                d_output_real_loss = -torch.log(d_output_real)
                fake_image = generator(torch.rand(len(batch), 16) * 2 - 1)
                d_output_fake = discriminator(fake_image.detach()).clamp(1e-7, 1 - 1e-7)
                d_output_fake_loss = -torch.log(1.0 - d_output_fake)
                (d_output_real_loss.mean() + d_output_fake_loss.mean()).backward()
                sgd(discriminator, D_learning_rate)
                d_time += time.time() - start_time
            for _ in range(train_g_times):
                start_time = time.time()
                fake_image = generator(torch.rand(len(batch), 16) * 2 - 1)
                d_output_fake = discriminator(fake_image).clamp(1e-7, 1 - 1e-7)
                d_output_fake_loss_max = -torch.log(d_output_fake)
                d_output_fake_loss_max.mean().backward()
                for p in discriminator.parameters():
                    p.grad = None
                sgd(generator, G_learning_rate)
                g_time += time.time() - start_time
            dr = float(d_output_real_loss.mean())
            df = float(d_output_fake_loss.mean())
            gl = float(d_output_fake_loss_max.mean())
            d_real_losses.append(dr)
            d_fake_losses.append(df)
            g_losses.append(gl)
            if (batch_index + 1) % adjust_rates_every == 0 and len(d_real_losses) == window_size:
                adjustLearningRates()
            batch_time = time.time() - batch_start_time
            print(
                f"{batch_index}/{batch_num}\tD Real Loss:\t{dr:.5f} | "
                f"D Fake Loss:\t{df:.5f}\tG Loss:\t{gl:.5f} | "
                f"Batch Time: {batch_time:.3f}s (D (trained {train_d_times} times): {d_time:.3f}s, G (trained {train_g_times} times): {g_time:.3f}s)"
            )
            truth.add(at=epoch_number, **{"D Real Loss": dr, "D Fake Loss": df, "G Loss": gl})
        print(f"Epoch Time: {time.time() - current_time:.3f}s")
        print("Reshuffling data...")
        np.random.shuffle(real_images)
        print("Reshuffling done.")
    truth.write("the script's mean losses next to each batch print", libraries=("torch",),
                rel=1e-4, abs_tol=5e-6)


if __name__ == "__main__":
    main(__file__, {"dcgannp": run}, root=HELDOUT55)
