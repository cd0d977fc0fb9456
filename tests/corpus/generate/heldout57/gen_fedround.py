"""HELD-OUT fixture (fifty-seventh half, see generate/heldout57/README.md): do not read while
tuning the parser.

A PyTorch centralised-then-federated run printing as rosfi12/AdvanceML_FederatedLearning
``results.py`` (a kept log of the project's run): ``Starting centralized training...``, a tqdm
bar per epoch (``Epoch 1/3``, postfix ``loss=0.0294`` set every batch) then ``Epoch 1, Loss:
0.1108, Accuracy: 0.9633``, ``Test Loss: ..., Test Accuracy: ...``, a blank line, then for two
participation schemes ``Starting federated training (Uniform Participation)...`` and per round
``Round 1/4``, a one-step tqdm bar ``Round 1`` and ``Round 1, Global Loss: 0.0333``. Here: an
MLP on sklearn's digits, 3 epochs of 3 batches; FedAvg over 4 clients, 4 rounds each.

Truth: ``Loss`` (the bar's ``loss`` postfix, one point per batch, and the epoch's mean loss:
one name, as case does not count) and ``Accuracy`` at the printed epoch; ``test/Loss`` and
``test/Accuracy`` (the line leads with ``Test``); ``Global Loss`` at the printed round (both
schemes count rounds from 1).
"""

from _toy import batches, digits, evaluate, mlp
from _capture import HELDOUT57, Truth, main


def run() -> None:
    import copy

    import torch
    import torch.nn.functional as F
    from tqdm import tqdm

    Xtr, ytr, _, _, Xte, yte = digits(seed=5)
    Xtr, ytr = Xtr[:384], ytr[:384]
    truth = Truth()
    print("Starting centralized training...")
    model = mlp(seed=5)
    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    epochs = 3
    for epoch in range(epochs):
        total, correct, n = 0.0, 0, 0
        bar = tqdm(list(batches(Xtr, ytr, 128, epoch)), desc=f"Epoch {epoch + 1}/{epochs}")
        for X, y in bar:
            opt.zero_grad()
            out = model(X)
            loss = F.cross_entropy(out, y)
            loss.backward()
            opt.step()
            total += loss.item() * len(y)
            correct += int((out.argmax(1) == y).sum())
            n += len(y)
            bar.set_postfix(loss=loss.item())
            truth.add(at=epoch + 1, Loss=loss.item())
        print(f"Epoch {epoch + 1}, Loss: {total / n:.4f}, Accuracy: {correct / n:.4f}")
        truth.add(at=epoch + 1, Loss=total / n, Accuracy=correct / n)
    test_loss, test_acc, _ = evaluate(model, Xte, yte)
    print(f"Test Loss: {test_loss:.4f}, Test Accuracy: {test_acc:.4f}")
    truth.add(**{"test/Loss": test_loss, "test/Accuracy": test_acc})
    print()

    clients = [(Xtr[i::4], ytr[i::4]) for i in range(4)]
    for scheme, weights in (("Uniform Participation", [1, 1, 1, 1]),
                            ("Skewed Participation", [4, 2, 1, 1])):
        print(f"Starting federated training ({scheme})...")
        global_model = mlp(seed=6)
        rounds = 4
        g = torch.Generator().manual_seed(len(scheme))
        for rnd in range(1, rounds + 1):
            print(f"Round {rnd}/{rounds}")
            states, sizes = [], []
            for _ in tqdm(range(1), desc=f"Round {rnd}"):
                p = torch.tensor(weights, dtype=torch.float)
                chosen = torch.multinomial(p, 2, generator=g).tolist()
                for c in chosen:
                    local = copy.deepcopy(global_model)
                    lopt = torch.optim.SGD(local.parameters(), lr=0.1)
                    Xc, yc = clients[c]
                    for X, y in batches(Xc, yc, 32, rnd):
                        lopt.zero_grad()
                        F.cross_entropy(local(X), y).backward()
                        lopt.step()
                    states.append(local.state_dict())
                    sizes.append(len(Xc))
                avg = {k: sum(s[k] * w for s, w in zip(states, sizes)) / sum(sizes)
                       for k in states[0]}
                global_model.load_state_dict(avg)
            gl, _, _ = evaluate(global_model, Xte, yte)
            print(f"Round {rnd}, Global Loss: {gl:.4f}")
            truth.add(at=rnd, **{"Global Loss": gl})
    truth.write("the script's batch, epoch, test and per-round global losses",
                libraries=("torch", "tqdm"), rel=5e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"fedround": run}, root=HELDOUT57)
