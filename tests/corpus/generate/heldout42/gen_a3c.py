"""HELD-OUT fixture (forty-second half, see generate/heldout42/README.md): do not read while
tuning the parser.

A hand-written actor-critic loop printing as MorvanZhou/pytorch-A3C ``utils.py``'s ``record``:
``print(name, "Ep:", global_ep.value, "| Ep_r: %.0f" % global_ep_r.value)`` after each episode,
the global episode counter and the running episode return (``0.99 * old + 0.01 * ep_r``, the
first episode's return as the start). Here: two workers ``w00`` and ``w01`` taking turns in one
process (no multiprocessing), each with its own local network pushing gradients to a shared
global one, on a cart-pole re-implemented in NumPy (the classic equations), 40 episodes.

Truth: ``Ep_r`` at the ``Ep`` the line states; the worker name heading the line is no phase and
is not put into the name. ``%.0f`` prints whole numbers: tolerance 0.5 absolute.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT42, Truth, main


def run() -> None:
    import math

    import numpy as np
    import torch
    import torch.nn as nn

    torch.manual_seed(9)
    rng = np.random.default_rng(9)

    class CartPole:
        def reset(self):
            self.s = rng.uniform(-0.05, 0.05, 4)
            self.t = 0
            return self.s.astype(np.float32)

        def step(self, a):
            x, xd, th, thd = self.s
            f = 10.0 if a == 1 else -10.0
            ct, st = math.cos(th), math.sin(th)
            tmp = (f + 0.05 * thd ** 2 * st) / 1.1
            tha = (9.8 * st - ct * tmp) / (0.5 * (4 / 3 - 0.1 * ct ** 2 / 1.1))
            xa = tmp - 0.05 * tha * ct / 1.1
            self.s = np.array([x + 0.02 * xd, xd + 0.02 * xa, th + 0.02 * thd, thd + 0.02 * tha])
            self.t += 1
            done = abs(self.s[0]) > 2.4 or abs(self.s[2]) > 0.21 or self.t >= 200
            return self.s.astype(np.float32), 1.0, done

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.pi = nn.Sequential(nn.Linear(4, 32), nn.Tanh(), nn.Linear(32, 2))
            self.v = nn.Sequential(nn.Linear(4, 32), nn.Tanh(), nn.Linear(32, 1))

    gnet = Net()
    opt = torch.optim.Adam(gnet.parameters(), lr=5e-3)
    workers = [("w00", Net(), CartPole()), ("w01", Net(), CartPole())]
    global_ep, global_ep_r = 0, 0.0
    truth = Truth()
    while global_ep < 40:
        for name, lnet, env in workers:
            lnet.load_state_dict(gnet.state_dict())
            s, ep_r, done = env.reset(), 0.0, False
            bs, ba, br = [], [], []
            while not done:
                with torch.no_grad():
                    p = torch.softmax(lnet.pi(torch.tensor(s)), -1).numpy()
                a = int(rng.choice(2, p=p / p.sum()))
                s2, r, done = env.step(a)
                bs.append(s), ba.append(a), br.append(r)
                ep_r += r
                s = s2
            v_s_, targets = 0.0, []
            for r in br[::-1]:
                v_s_ = r + 0.9 * v_s_
                targets.append(v_s_)
            targets.reverse()
            S = torch.tensor(np.stack(bs))
            T = torch.tensor(targets, dtype=torch.float32)[:, None]
            v = lnet.v(S)
            td = T - v
            logp = torch.log_softmax(lnet.pi(S), -1).gather(1, torch.tensor(ba)[:, None])
            loss = (td.pow(2) - logp * td.detach()).mean()
            lnet.zero_grad()
            loss.backward()
            for lp, gp in zip(lnet.parameters(), gnet.parameters()):
                gp._grad = lp.grad
            opt.step()
            global_ep += 1
            global_ep_r = ep_r if global_ep_r == 0. else global_ep_r * 0.99 + ep_r * 0.01
            print(name, "Ep:", global_ep, "| Ep_r: %.0f" % global_ep_r)
            truth.add(at=global_ep, Ep_r=round(global_ep_r))
    truth.write("the script's running episode return, as %.0f prints it", libraries=("torch",),
                rel=0.0, abs_tol=0.5)


if __name__ == "__main__":
    main(__file__, {"a3c": run}, root=HELDOUT42)
