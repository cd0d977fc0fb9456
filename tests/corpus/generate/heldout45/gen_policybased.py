"""HELD-OUT fixture (forty-fifth half, see generate/heldout45/README.md): do not read while
tuning the parser.

A hand-written REINFORCE-with-baseline loop printing as OhGreat/PolicyBased_DeepRL
``Algorithms/PolicyBased.py`` (``PolicyBased.__init__`` and ``__call__``): ``Computing on cpu
device``, then each epoch ``[1] Epoch mean loss (policy): -3.1416 | Epoch mean loss (value):
12.3456 | Epoch mean reward: 21.4`` (the losses through ``round(l, 4)``, the reward
unformatted) and, when the epoch's reward is the best so far, ``New max number of steps in
episode: 21.4`` (print's own separator). Here: our NumPy cart-pole, 8 traces per epoch,
16 epochs, a linear softmax policy and a linear value baseline.

Truth: ``Epoch mean loss (policy)``, ``Epoch mean loss (value)``, ``Epoch mean reward`` at the
epoch of the ``[i]`` prefix (issue 11 item 5). The best-so-far line repeats the reward:
optional.
"""

from _toy import CartPole
from _capture import HELDOUT45, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn

    torch.manual_seed(5)
    env = CartPole(seed=5)
    policy = nn.Sequential(nn.Linear(4, 2), nn.Softmax(dim=-1))
    value = nn.Linear(4, 1)
    opt_p = torch.optim.Adam(policy.parameters(), lr=0.02)
    opt_v = torch.optim.Adam(value.parameters(), lr=0.05)
    print(f"Computing on {torch.device('cpu')} device")
    truth = Truth()
    best_r_ep = 0
    M, gamma = 8, 0.99
    for i, epoch in enumerate(range(16)):
        lp_all, ret_all, st_all, rewards = [], [], [], []
        for _ in range(M):
            s, done, rs, lps, sts = env.reset(), False, [], [], []
            while not done:
                st = torch.tensor(s, dtype=torch.float32)
                dist = torch.distributions.Categorical(policy(st))
                a = dist.sample()
                s, r, done = env.step(a.item())
                lps.append(dist.log_prob(a))
                rs.append(r)
                sts.append(st)
            G, rets = 0.0, []
            for r in reversed(rs):
                G = r + gamma * G
                rets.insert(0, G)
            lp_all += lps
            ret_all += rets
            st_all += sts
            rewards.append(sum(rs))
        R = torch.tensor(ret_all) / 50.0
        V = value(torch.stack(st_all)).squeeze(1)
        loss_v = ((R - V) ** 2).mean()
        loss_p = -(torch.stack(lp_all) * (R - V.detach())).mean()
        opt_p.zero_grad()
        loss_p.backward()
        opt_p.step()
        opt_v.zero_grad()
        loss_v.backward()
        opt_v.step()
        l_p, l_v, r = loss_p.item(), loss_v.item(), float(np.mean(rewards))
        print(f"[{epoch+1}] Epoch mean loss (policy): {round(l_p, 4)} | Epoch mean loss (value): {round(l_v, 4)} | Epoch mean reward: {r}")
        truth.add(at=epoch + 1, **{"Epoch mean loss (policy)": l_p,
                                   "Epoch mean loss (value)": l_v, "Epoch mean reward": r})
        if r >= best_r_ep:
            best_r_ep = r
            print("New max number of steps in episode:", best_r_ep)
            truth.allow(**{"New max number of steps in episode": best_r_ep})
    truth.write("the script's epoch losses and mean episode rewards", libraries=("torch",),
                rel=1e-6, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"policybased": run}, root=HELDOUT45)
