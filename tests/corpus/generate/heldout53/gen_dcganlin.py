"""HELD-OUT fixture (fifty-third half, see generate/heldout53/README.md): do not read while
tuning the parser.

A hand-written GAN loop printing as zhihao-lin/DCGAN ``model_manager.py`` (``Manaeger.train``,
``get_info``, ``record``) with ``util.py``'s ``get_string`` (every argument joined after a
leading space, so lines start with a space): an info block (``ID:``, ``Generator:``,
``Discriminator:``, ``Learning rate:``, ``Epoch number:``, ``Batch size:``, a ``=====`` rule),
then every ``check_batch_num`` batches ``Epoch  <e> Step <b> | G loss : <f> | D loss (valid) :
<f> | D loss (fake) :  <f>`` with the losses divided by the batch size and printed by ``str``.
Here: MLP generator and discriminator on sklearn's digits (64 pixels), Adam, 3 epochs of 46
batches of 32, a line every 10th batch. The image saving (OpenCV) and the log file are left out.

Truth: ``G loss``, ``D loss (valid)``, ``D loss (fake)`` of each line, at the printed epoch (the
``Step`` counter restarts every epoch: no step of its own). The info block's numbers are
``params``.
"""

from _toy import digits_np
from _capture import HELDOUT53, Truth, main


def get_string(*args):
    string = ''
    for s in args:
        string = string + ' ' + str(s)
    return string


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn

    Xtr, _, _, _ = digits_np(seed=1)
    data = torch.tensor(Xtr * 2 - 1, dtype=torch.float32)
    torch.manual_seed(1)

    class G(nn.Module):
        def __init__(self):
            super().__init__()
            self.net = nn.Sequential(nn.Linear(16, 64), nn.ReLU(), nn.Linear(64, 64), nn.Tanh())

        def forward(self, z):
            return self.net(z)

        def name(self):
            return 'g_01'

        def get_latent_dim(self):
            return 16

    class D(nn.Module):
        def __init__(self):
            super().__init__()
            self.net = nn.Sequential(nn.Linear(64, 64), nn.LeakyReLU(0.2), nn.Linear(64, 1),
                                     nn.Sigmoid())

        def forward(self, x):
            return self.net(x)

        def name(self):
            return 'd_01'

    model_G, model_D = G(), D()
    lr, epoch_num, batch_size, check_batch_num, run_id = 0.0002, 3, 32, 10, 'dcgan_01'
    optimizer_G = torch.optim.Adam(model_G.parameters(), lr=lr)
    optimizer_D = torch.optim.Adam(model_D.parameters(), lr=lr)
    bce_loss = nn.BCELoss()
    truth = Truth()

    def record(message):
        print(message, end='')

    info = get_string('\nID:', run_id, '\n')
    info = get_string(info, 'Generator:', model_G.name(), '\n')
    info = get_string(info, 'Discriminator:', model_D.name(), '\n')
    info = get_string(info, 'Learning rate:', lr, '\n')
    info = get_string(info, 'Epoch number:', epoch_num, '\n')
    info = get_string(info, 'Batch size:', batch_size, '\n')
    info = get_string(info, '=======================\n\n')
    record(info)

    g = torch.Generator().manual_seed(7)
    for epoch in range(epoch_num):
        model_G.train()
        model_D.train()
        order = torch.randperm(len(data), generator=g)
        n_batches = len(data) // batch_size
        for batch_id in range(n_batches):
            imgs = data[order[batch_id * batch_size:(batch_id + 1) * batch_size]]
            vector = torch.randn(batch_size, model_G.get_latent_dim(), generator=g)
            label_valid = torch.ones(batch_size, 1)
            label_fake = torch.zeros(batch_size, 1)

            optimizer_G.zero_grad()
            img_gen = model_G(vector)
            loss_G = bce_loss(model_D(img_gen), label_valid)
            loss_G.backward()
            optimizer_G.step()

            optimizer_D.zero_grad()
            loss_valid = bce_loss(model_D(imgs), label_valid)
            loss_fake = bce_loss(model_D(img_gen.detach()), label_fake)
            loss_D = (loss_valid + loss_fake) / 2
            loss_D.backward()
            optimizer_D.step()

            if (batch_id + 1) % check_batch_num == 0:
                gl = loss_G.item() / batch_size
                vl = loss_valid.item() / batch_size
                fl = loss_fake.item() / batch_size
                info = get_string('Epoch ', epoch, 'Step', batch_id + 1,
                                  '| G loss :', gl,
                                  '| D loss (valid) : ', vl,
                                  '| D loss (fake) : ', fl)
                record(info + '\n')
                truth.add(at=epoch, **{"G loss": gl, "D loss (valid)": vl, "D loss (fake)": fl})
    truth.write("the script's batch losses divided by the batch size", libraries=("torch",),
                params={"Learning rate": lr, "Epoch number": epoch_num, "Batch size": batch_size},
                rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"dcganlin": run}, root=HELDOUT53)
