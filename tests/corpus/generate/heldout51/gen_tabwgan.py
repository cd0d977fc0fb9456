"""HELD-OUT fixture (fifty-first half, see generate/heldout51/README.md): do not read while
tuning the parser.

A WGAN-GP for tabular data printing as Tompoudurans/MaWGAN
``src/ganrunner/gans/wgan_gradient_penalty.py`` (commit 00a0dce1, class ``wGANgp``):
``summary()`` prints the critic and the generator (``print(self.Critic)``,
``print(self.Generator)``, the ``nn.Sequential`` reprs with the original's module names
``3layer``, ``3active``, ...), then every ``print_every_n_batches`` generator iterations
``iteration: 0/200, g_loss: -0.29719236493110657, loss_fake: ..., loss_real: ...`` (the f-string
formats the 0-d tensors, which ``Tensor.__format__`` turns into their full-precision float
values), and ``Models saved `` at the end (nothing is
written). Here: the original's class (tanh MLPs, 5 critic steps per generator step, lambda 10,
Adam with betas 0.5/0.999) on a synthetic 4-column table (two correlated Gaussian clusters),
200 iterations, a line every 20.

Truth: ``g_loss``, ``loss_fake`` and ``loss_real`` (the tensors' values: the generator's critic
score and the last critic step's fake and real scores) at the printed iteration (0-based).
"""

from _toy import mlp  # noqa: F401  (puts generate/ on sys.path)
from _capture import HELDOUT51, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    import torch.optim as optim
    from torch import autograd

    torch.manual_seed(27)
    rng = np.random.default_rng(27)
    cov = [[1, .8, 0, 0], [.8, 1, 0, 0], [0, 0, 1, -.5], [0, 0, -.5, 1]]
    data = np.concatenate([rng.multivariate_normal([2, 2, 0, 0], cov, 300),
                           rng.multivariate_normal([-2, 0, 1, -1], cov, 300)]).astype(np.float32)
    truth = Truth()

    class wGANgp(object):
        def __init__(self, input_dim, noise_size, batch_size, number_of_layers, lambdas,
                     learning_rate):
            self.net_dim = noise_size
            self.data_dim = noise_size
            self.z_dim = input_dim
            self.Make_Generator(number_of_layers)
            self.Make_Critic(number_of_layers)
            self.learning_rate = learning_rate
            self.d_optimizer = optim.Adam(self.Critic.parameters(), lr=learning_rate,
                                          betas=(0.5, 0.999))
            self.g_optimizer = optim.Adam(self.Generator.parameters(), lr=learning_rate,
                                          betas=(0.5, 0.999))
            self.lambda_term = lambdas

        def Make_Generator(self, number_of_layers):
            self.Generator = nn.Sequential()
            self.Generator.add_module(str(number_of_layers) + "layer",
                                      nn.Linear(self.net_dim, self.net_dim))
            self.Generator.add_module(str(number_of_layers) + "active", nn.Tanh())
            number_of_layers -= 1
            while number_of_layers > 1:
                self.Generator.add_module(str(number_of_layers) + "layer",
                                          nn.Linear(self.net_dim, self.net_dim))
                self.Generator.add_module(str(number_of_layers) + "active", nn.Tanh())
                number_of_layers -= 1
            self.Generator.add_module(str(number_of_layers) + "layer",
                                      nn.Linear(self.net_dim, self.z_dim))

        def Make_Critic(self, number_of_layers):
            self.Critic = nn.Sequential()
            self.Critic.add_module(str(number_of_layers) + "layer",
                                   nn.Linear(self.z_dim, self.net_dim))
            self.Critic.add_module(str(number_of_layers) + "active", nn.Tanh())
            number_of_layers -= 1
            while number_of_layers > 1:
                self.Critic.add_module(str(number_of_layers) + "layer",
                                       nn.Linear(self.net_dim, self.net_dim))
                self.Critic.add_module(str(number_of_layers) + "active", nn.Tanh())
                number_of_layers -= 1
            self.Critic.add_module(str(number_of_layers) + "layer", nn.Linear(self.net_dim, 1))

        def train(self, data, batch_size, epochs, print_every_n_batches=10, n_critic=5):
            self.batch_size = batch_size
            data_tensor = torch.Tensor(data)
            one = torch.tensor(1, dtype=torch.float)
            mone = one * -1
            for g_iter in range(epochs):
                for p in self.Critic.parameters():
                    p.requires_grad = True
                for d_iter in range(n_critic):
                    self.Critic.zero_grad()
                    images = self.pick_sample(data_tensor)
                    d_loss_real = self.Critic(images).mean()
                    d_loss_real.backward(mone)
                    z = torch.randn(self.batch_size, self.data_dim)
                    fake_images = self.Generator(z)
                    d_loss_fake = self.Critic(fake_images).mean()
                    d_loss_fake.backward(one)
                    gradient_penalty = self.calculate_gradient_penalty(images.data,
                                                                       fake_images.data)
                    gradient_penalty.backward()
                    self.d_optimizer.step()
                for p in self.Critic.parameters():
                    p.requires_grad = False
                self.Generator.zero_grad()
                z = torch.randn(self.batch_size, self.data_dim)
                g_loss = self.Critic(self.Generator(z)).mean()
                g_loss.backward(mone)
                self.g_optimizer.step()
                if g_iter % print_every_n_batches == 0:
                    print(f'iteration: {g_iter}/{epochs}, g_loss: {g_loss}, '
                          f'loss_fake: {d_loss_fake}, loss_real: {d_loss_real}')
                    truth.add(at=g_iter, g_loss=g_loss.item(), loss_fake=d_loss_fake.item(),
                              loss_real=d_loss_real.item())

        def calculate_gradient_penalty(self, real_images, fake_images):
            eta = torch.FloatTensor(self.batch_size, 1).uniform_(0, 1)
            eta = eta.expand(self.batch_size, real_images.size(1))
            interpolated = (eta * real_images + ((1 - eta) * fake_images)).requires_grad_(True)
            prob_interpolated = self.Critic(interpolated)
            gradients = autograd.grad(outputs=prob_interpolated, inputs=interpolated,
                                      grad_outputs=torch.ones(prob_interpolated.size()),
                                      create_graph=True, retain_graph=True)[0]
            return ((gradients.norm(2, dim=1) - 1) ** 2).mean() * self.lambda_term

        def summary(self):
            print(self.Critic)
            print(self.Generator)

        def pick_sample(self, data):
            perm = torch.randperm(len(data))
            return data[perm[:self.batch_size]]

    gan = wGANgp(input_dim=4, noise_size=8, batch_size=32, number_of_layers=3, lambdas=10,
                 learning_rate=1e-3)
    gan.summary()
    gan.train(data, batch_size=32, epochs=200, print_every_n_batches=20)
    print('Models saved ')
    truth.write("the losses the training loop printed", libraries=("torch",),
                rel=1e-9, abs_tol=0.0)


if __name__ == "__main__":
    main(__file__, {"tabwgan": run}, root=HELDOUT51)
