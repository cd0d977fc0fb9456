"""HELD-OUT fixture (forty-second half, see generate/heldout42/README.md): do not read while
tuning the parser.

A hand-written AdvGAN loop printing as the kept run log congthanh96/Deepfake_Adversarial
``results/train_resnet56.md``: ``CUDA Available:  False``, ``Using device:  cpu``,
``Successfully loaded target model  digits_mlp``, ``training image examples:  1197``,
``Starting training``, then per epoch ``Start ep num  1`` (print's separators), ``epoch 1:``,
``loss_D: 0.405, loss_G_fake: 0.300,             `` (trailing spaces, as the log has them),
``loss_perturb: 6.856, loss_adv: 7.296, `` and a blank line. Here: a pretrained MLP on
sklearn's digits as the target model, an MLP generator of bounded perturbations and an MLP
discriminator, 8 epochs; the four printed losses are the epoch means of the batch losses.

Truth: ``loss_D``, ``loss_G_fake``, ``loss_perturb``, ``loss_adv`` at the epoch of the ``epoch
N:`` header (the same number as ``Start ep num``). Three decimals: tolerance 5e-4 absolute.
"""

from _toy import batches, digits, mlp
from _capture import HELDOUT42, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    Xtr, ytr, _, _, _, _ = digits(seed=10)
    target = mlp(seed=10)
    opt_t = torch.optim.Adam(target.parameters(), lr=1e-2)
    for ep in range(5):
        for X, y in batches(Xtr, ytr, 64, ep):
            opt_t.zero_grad()
            F.cross_entropy(target(X), y).backward()
            opt_t.step()
    for p in target.parameters():
        p.requires_grad_(False)
    print("CUDA Available: ", False)
    print("Using device: ", "cpu")
    print("Successfully loaded target model ", "digits_mlp")
    print("training image examples: ", len(Xtr))
    print("Starting training")
    torch.manual_seed(10)
    G = nn.Sequential(nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 64), nn.Tanh())
    D = nn.Sequential(nn.Linear(64, 32), nn.LeakyReLU(0.2), nn.Linear(32, 1))
    opt_G = torch.optim.Adam(G.parameters(), lr=1e-3)
    opt_D = torch.optim.Adam(D.parameters(), lr=1e-3)
    truth = Truth()
    for epoch in range(1, 9):
        print("Start ep num ", epoch)
        sums = [0.0, 0.0, 0.0, 0.0]
        n = 0
        for X, y in batches(Xtr, ytr, 64, epoch):
            perturb = 0.3 * G(X)
            adv = X + perturb
            opt_D.zero_grad()
            pr, pf = D(X), D(adv.detach())
            loss_D = F.mse_loss(pr, torch.ones_like(pr)) + F.mse_loss(pf, torch.zeros_like(pf))
            loss_D.backward()
            opt_D.step()
            opt_G.zero_grad()
            pf = D(adv)
            loss_G_fake = F.mse_loss(pf, torch.ones_like(pf))
            loss_perturb = torch.mean(torch.norm(perturb, 2, dim=1))
            logits = target(adv)
            onehot = F.one_hot(y, 10).float()
            real = (onehot * logits).sum(1)
            other = ((1 - onehot) * logits - 1e4 * onehot).max(1)[0]
            loss_adv = torch.clamp(real - other, min=0).sum() / len(y)
            (loss_G_fake + 0.2 * loss_perturb + 2.0 * loss_adv).backward()
            opt_G.step()
            for i, v in enumerate((loss_D, loss_G_fake, loss_perturb, loss_adv)):
                sums[i] += v.item()
            n += 1
        m = [s / n for s in sums]
        print("epoch %d:\nloss_D: %.3f, loss_G_fake: %.3f,\
             \nloss_perturb: %.3f, loss_adv: %.3f, \n" % (epoch, m[0], m[1], m[2], m[3]))
        truth.add(at=epoch, loss_D=m[0], loss_G_fake=m[1], loss_perturb=m[2], loss_adv=m[3])
    truth.write("the script's epoch mean losses", libraries=("torch",), rel=1e-3, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"advgan": run}, root=HELDOUT42)
