"""HELD-OUT fixture (fiftieth half, see generate/heldout50/README.md): do not read while tuning
the parser.

A DCGAN printing as jsdandurand/DCGAN-Pokemon ``src/train.py`` (a course assignment's training
loop): ``Initialized weights`` (the CNN model's DCGAN init), a tqdm bar over the epochs
described ``Training`` whose postfix is set after every batch to ``{'Iter': '3/?',
'D_loss': '0.6931', 'G_loss': '0.6931'}`` (formatted strings; the batch count shows ``?``
during the first epoch), and, as ``imageio`` is missing here too, ``Warning: imageio not
installed. Could not create GIFs.`` at the end. Here: small convolutional generator and
discriminator on sklearn's 8x8 digits (a stand-in for Pokemon sprites), the original's
``train_step_gan`` (BCE with logits, label smoothing 0.9/0.1, gradient clipping), batches of
400, 3 epochs; images, checkpoints and logs are not written.

Truth: every postfix state once: ``train/D_loss`` and ``train/G_loss`` (the bar is described
``Training``), without step (the bar counts epochs but the postfix states no step; ``Iter`` is
a counter).
"""

from _toy import digits
from _capture import HELDOUT50, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from torch.utils.data import DataLoader, TensorDataset
    from tqdm import tqdm

    torch.manual_seed(17)
    Xtr, ytr, _, _, _, _ = digits(seed=17, scale=False)
    train_loader = DataLoader(TensorDataset((Xtr * 2 - 1).view(-1, 1, 8, 8), ytr),
                              batch_size=400, shuffle=True)

    class Model(nn.Module):
        def __init__(self):
            super().__init__()
            self.generator = nn.Sequential(
                nn.ConvTranspose2d(16, 16, 4, 1, 0), nn.BatchNorm2d(16), nn.ReLU(),
                nn.ConvTranspose2d(16, 1, 4, 2, 1), nn.Tanh())
            self.discriminator = nn.Sequential(
                nn.Conv2d(1, 16, 4, 2, 1), nn.LeakyReLU(0.2), nn.Conv2d(16, 1, 4, 1, 0))

        def sample_noise(self, n):
            return torch.randn(n, 16, 1, 1)

        def generate(self, noise, labels=None):
            return self.generator(noise)

        def discriminate(self, x):
            return self.discriminator(x).view(-1, 1)

    model = Model()
    optimizer = {"generator": torch.optim.Adam(model.generator.parameters(), lr=2e-3,
                                               betas=(0.5, 0.999)),
                 "discriminator": torch.optim.Adam(model.discriminator.parameters(), lr=2e-3,
                                                   betas=(0.5, 0.999))}

    def train_step_gan(batch):
        real_label, fake_label = 0.9, 0.1
        loss_fn = nn.BCEWithLogitsLoss()
        real_images = batch["train_X"]
        batch_size = len(real_images)
        optimizer["discriminator"].zero_grad()
        label = torch.full((batch_size,), real_label)
        errD_real = loss_fn(model.discriminate(real_images).squeeze(-1), label)
        errD_real.backward()
        fake_images = model.generate(batch["noise"], label)
        label.fill_(fake_label)
        errD_fake = loss_fn(model.discriminate(fake_images.detach()).squeeze(-1), label)
        errD_fake.backward()
        errD = errD_real + errD_fake
        torch.nn.utils.clip_grad_norm_(model.discriminator.parameters(), max_norm=1.0)
        optimizer["discriminator"].step()
        optimizer["generator"].zero_grad()
        label.fill_(real_label)
        errG = loss_fn(model.discriminate(fake_images).squeeze(-1), label)
        errG.backward()
        torch.nn.utils.clip_grad_norm_(model.generator.parameters(), max_norm=1.0)
        optimizer["generator"].step()
        return {"discriminator_loss": errD.item(), "generator_loss": errG.item()}

    def weights_init(m):
        classname = m.__class__.__name__
        if classname.find('Conv') != -1:
            m.weight.data.normal_(0.0, 0.02)
        elif classname.find('BatchNorm') != -1:
            m.weight.data.normal_(1.0, 0.02)
            m.bias.data.fill_(0)

    model.generator.apply(weights_init)
    model.discriminator.apply(weights_init)
    print("Initialized weights")

    truth = Truth()
    num_epochs = 3
    pbar = tqdm(range(num_epochs), desc="Training")
    total_steps = 0
    steps_per_epoch = 0
    for epoch in pbar:
        loader = iter(train_loader)
        epoch_steps = 0
        while True:
            try:
                train_X, train_y = next(loader)
            except StopIteration:
                if epoch == 0:
                    steps_per_epoch = epoch_steps
                break
            batch_dict = {"train_X": train_X, "train_y": train_y,
                          "noise": model.sample_noise(train_X.shape[0]), "iteration": total_steps}
            step_info = train_step_gan(batch_dict)
            progress_info = {
                'Iter': f"{epoch_steps + 1}/{steps_per_epoch if steps_per_epoch > 0 else '?'}",
                'D_loss': f"{step_info['discriminator_loss']:.4f}",
                'G_loss': f"{step_info['generator_loss']:.4f}"
            }
            pbar.set_postfix(progress_info)
            truth.add(**{"train/D_loss": step_info['discriminator_loss'],
                         "train/G_loss": step_info['generator_loss']})
            total_steps += 1
            epoch_steps += 1
    pbar.close()
    try:
        import imageio  # noqa: F401
    except ImportError:
        print("Warning: imageio not installed. Could not create GIFs.")
    truth.write("train_step_gan's discriminator and generator losses, one per postfix state",
                libraries=("torch", "tqdm"), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"pokegan": run}, root=HELDOUT50)
