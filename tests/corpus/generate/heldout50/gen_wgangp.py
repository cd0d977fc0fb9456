"""HELD-OUT fixture (fiftieth half, see generate/heldout50/README.md): do not read while tuning
the parser.

A Wasserstein GAN with gradient penalty printing as BitMarkus/W-DCGAN-GP_in_PyTorch
``train_wgan.py`` (``Train_WGAN.train``): ``\\nStarting training loop...``, each epoch ``>> Epoch
[{epoch+1}/{num_epochs}]:``, a tqdm bar over the batches (``unit="batch"``, no description),
then ``f'Loss_D: {D_loss:.4f}, Loss_G: {G_loss:.4f}, Grad_pen: {Grad_pen:.4f}'`` (the last
batch's values), and ``Training finished!``. Here: an MLP critic and generator on sklearn's
digits in [-1, 1] instead of the DCGANs on images; RMSprop, two critic steps per generator
step, penalty weight 10; 6 epochs; samples, plots and checkpoints are not written.

Truth: ``Loss_D``, ``Loss_G``, ``Grad_pen`` at the epoch of the ``>> Epoch [e/E]:`` header above
them.
"""

from _toy import digits
from _capture import HELDOUT50, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.optim as optim
    from torch.autograd import grad
    from torch.utils.data import DataLoader, TensorDataset
    from tqdm import tqdm

    torch.manual_seed(15)
    Xtr, _, _, _, _, _ = digits(seed=15, scale=False)
    dataloader = DataLoader(TensorDataset(Xtr * 2 - 1), batch_size=64, shuffle=True)
    latent, num_epochs, num_disc_training, gp_weight = 16, 6, 2, 10
    netG = nn.Sequential(nn.Linear(latent, 64), nn.ReLU(), nn.Linear(64, 64), nn.Tanh())
    netD = nn.Sequential(nn.Linear(64, 64), nn.LeakyReLU(0.2), nn.Linear(64, 1))
    optimizerD = optim.RMSprop(netD.parameters(), lr=5e-4)
    optimizerG = optim.RMSprop(netG.parameters(), lr=5e-4)

    def compute_gradient_penalty(real_data, fake_data):
        alpha = torch.rand(real_data.size(0), 1).expand_as(real_data)
        interpolated = (alpha * real_data + (1 - alpha) * fake_data).requires_grad_(True)
        prob = netD(interpolated)
        gradients = grad(outputs=prob, inputs=interpolated,
                         grad_outputs=torch.ones(prob.size()), create_graph=True,
                         retain_graph=True)[0].view(real_data.size(0), -1)
        gradients_norm = torch.sqrt(torch.sum(gradients ** 2, dim=1) + 1e-12)
        return gp_weight * ((gradients_norm - 1) ** 2).mean()

    def create_generator_samples(n):
        return netG(torch.randn(n, latent))

    truth = Truth()
    print("\nStarting training loop...")
    for epoch in range(num_epochs):
        print(f'>> Epoch [{epoch+1}/{num_epochs}]:')
        with tqdm(dataloader, unit="batch") as tepoch:
            for step, data in enumerate(tepoch, 0):
                for _ in range(num_disc_training):
                    real_images = data[0]
                    batch_size = real_images.size(0)
                    fake_images = create_generator_samples(batch_size)
                    netD.zero_grad()
                    gradient_penalty = compute_gradient_penalty(real_images, fake_images.detach())
                    loss = (torch.mean(netD(fake_images.detach())) - torch.mean(netD(real_images))
                            + gradient_penalty)
                    loss.backward()
                    optimizerD.step()
                    D_loss, Grad_pen = loss.item(), gradient_penalty.item()
                fake_images = create_generator_samples(batch_size)
                netG.zero_grad()
                G = -torch.mean(netD(fake_images))
                G.backward()
                optimizerG.step()
                G_loss = G.item()
        print(f'Loss_D: {D_loss:.4f}, Loss_G: {G_loss:.4f}, Grad_pen: {Grad_pen:.4f}')
        truth.add(at=epoch + 1, Loss_D=D_loss, Loss_G=G_loss, Grad_pen=Grad_pen)
    print("Training finished!")
    truth.write("the last batch's critic loss, generator loss and gradient penalty",
                libraries=("torch", "tqdm"), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"wgangp": run}, root=HELDOUT50)
