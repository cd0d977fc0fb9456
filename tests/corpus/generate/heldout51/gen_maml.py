"""HELD-OUT fixture (fifty-first half, see generate/heldout51/README.md): do not read while
tuning the parser.

A hand-written MAML loop printing as tenderzada/maml_cifar100 ``train.py`` (commit 4a0496db)
and ``models/maml.py`` (``MAMLTrainer.train_epoch``): set-up lines (``Using device: cpu``,
``Experiment: maml_5way_1shot_<time>``, a ``=`` rule, ``Train episodes: 20``, ``Model: ...``,
``Model parameters: 2,245``, ``Inner LR: 0.4, Inner Steps: 2``), then per epoch ``Epoch 1/4``, a
``-`` rule, ``  Batch 0/20, Loss: 1.6094, Acc: 0.2000`` every 5th meta-batch, ``Train - Loss:
1.2345, Acc: 0.5000``, ``Val   - Loss: ..., Acc: ...``, ``Current LR: 0.001000``, ``New best model
saved! Val Acc: 0.6200``; then a ``Final Testing`` block with ``Test Results:``, ``  Loss: ...``,
``  Accuracy: 0.6600 (66.00%)``, ``Best Val Accuracy: ...`` and the file-saving notes (nothing is
written). Here: second-order MAML of a functional 64-32-5 MLP on 5-way 1-shot tasks drawn from
sklearn's digits (the original: Conv4 on CIFAR-100), 4 epochs of 20 tasks.

Truth: the batch lines' ``Loss`` and ``Acc`` at the epoch of the ``Epoch e/4`` header above them;
``train/Loss``, ``train/Acc``, ``val/Loss``, ``val/Acc`` (the ``Train -``/``Val   -`` lines) at that
epoch; ``test/Loss`` and ``test/Accuracy`` (under ``Test Results:``) without a step. Optional:
``Current LR``, the ``New best`` line's ``Val Acc`` (a repeat), the test accuracy's percentage,
``Best Val Accuracy`` and its percentage (repeats), ``Model parameters`` (a count). The printed
set-up values (``Inner LR``, ``Inner Steps``, episode counts) are params.
"""

from _toy import digits
from _capture import HELDOUT51, Truth, main


def run() -> None:
    from datetime import datetime

    import numpy as np
    import torch
    import torch.nn.functional as F

    Xtr, ytr, Xva, yva, Xte, yte = digits(seed=11)
    torch.manual_seed(11)
    rng = np.random.default_rng(11)
    n_way, k_shot, k_query = 5, 1, 5
    inner_lr, inner_steps = 0.4, 2
    epochs, train_episodes, val_episodes, test_episodes = 4, 20, 10, 20

    def task(X, y):
        classes = rng.choice(10, n_way, replace=False)
        sx, sy, qx, qy = [], [], [], []
        for new, c in enumerate(classes):
            idx = rng.permutation(np.where(y.numpy() == c)[0])[:k_shot + k_query]
            sx.append(X[idx[:k_shot]]); sy += [new] * k_shot
            qx.append(X[idx[k_shot:]]); qy += [new] * k_query
        return torch.cat(sx), torch.tensor(sy), torch.cat(qx), torch.tensor(qy)

    params = [torch.randn(64, 32) * 0.15, torch.zeros(32), torch.randn(32, n_way) * 0.15,
              torch.zeros(n_way)]
    params = [p.requires_grad_() for p in params]

    def forward(x, w):
        return torch.relu(x @ w[0] + w[1]) @ w[2] + w[3]

    def adapt(sx, sy, w, create_graph):
        for _ in range(inner_steps):
            loss = F.cross_entropy(forward(sx, w), sy)
            grads = torch.autograd.grad(loss, w, create_graph=create_graph)
            w = [p - inner_lr * g for p, g in zip(w, grads)]
        return w

    def evaluate(X, y, n):
        tl = ta = 0.0
        for _ in range(n):
            sx, sy, qx, qy = task(X, y)
            w = adapt(sx, sy, params, create_graph=False)
            with torch.no_grad():
                out = forward(qx, w)
                tl += F.cross_entropy(out, qy).item()
                ta += (out.argmax(1) == qy).float().mean().item()
        return tl / n, ta / n

    opt = torch.optim.Adam(params, lr=0.001)
    sched = torch.optim.lr_scheduler.StepLR(opt, step_size=2, gamma=0.5)
    truth = Truth()

    print("Using device: cpu")
    exp_name = f"maml_{n_way}way_{k_shot}shot_{datetime.now().strftime('%Y%m%d_%H%M%S')}"
    print(f"\nExperiment: {exp_name}")
    print("=" * 60)
    print(f"Config saved to: ./logs/{exp_name}_config.json")
    print("\nLoading data...")
    print(f"Train episodes: {train_episodes}")
    print(f"Val episodes: {val_episodes}")
    print(f"Test episodes: {test_episodes}")
    print("\nCreating model...")
    num_params = sum(p.numel() for p in params)
    print("Model: MLP (hidden_dim=32)")
    print(f"Model parameters: {num_params:,}")
    print(f"Inner LR: {inner_lr}, Inner Steps: {inner_steps}")
    print("First Order (FOMAML): False")
    truth.allow(**{"Model parameters": num_params})

    print(f"\n{'='*60}")
    print(f"Training {n_way}-way {k_shot}-shot on CIFAR-100")
    print(f"{'='*60}\n")
    best_val_acc, best_epoch, best_params = 0, 0, None
    for epoch in range(epochs):
        print(f"\nEpoch {epoch + 1}/{epochs}")
        print("-" * 40)
        total_loss = total_acc = 0.0
        for batch_idx in range(train_episodes):
            sx, sy, qx, qy = task(Xtr, ytr)
            opt.zero_grad()
            w = adapt(sx, sy, params, create_graph=True)
            out = forward(qx, w)
            meta_loss = F.cross_entropy(out, qy)
            meta_acc = (out.argmax(1) == qy).float().mean()
            meta_loss.backward()
            torch.nn.utils.clip_grad_norm_(params, max_norm=10)
            opt.step()
            total_loss += meta_loss.item()
            total_acc += meta_acc.item()
            if batch_idx % 5 == 0:
                print(f'  Batch {batch_idx}/{train_episodes}, '
                      f'Loss: {meta_loss.item():.4f}, Acc: {meta_acc.item():.4f}')
                truth.add(at=epoch + 1, Loss=meta_loss.item(), Acc=meta_acc.item())
        train_loss, train_acc = total_loss / train_episodes, total_acc / train_episodes
        print(f"Train - Loss: {train_loss:.4f}, Acc: {train_acc:.4f}")
        val_loss, val_acc = evaluate(Xva, yva, val_episodes)
        print(f"Val   - Loss: {val_loss:.4f}, Acc: {val_acc:.4f}")
        truth.add(at=epoch + 1, **{"train/Loss": train_loss, "train/Acc": train_acc,
                                   "val/Loss": val_loss, "val/Acc": val_acc})
        sched.step()
        current_lr = opt.param_groups[0]['lr']
        print(f"Current LR: {current_lr:.6f}")
        truth.allow(**{"Current LR": current_lr})
        if val_acc > best_val_acc:
            best_val_acc, best_epoch = val_acc, epoch
            best_params = [p.detach().clone() for p in params]
            print(f"New best model saved! Val Acc: {best_val_acc:.4f}")
            truth.allow(**{"Val Acc": best_val_acc})

    print(f"\n{'='*60}")
    print("Final Testing")
    print(f"{'='*60}")
    with torch.no_grad():
        for p, b in zip(params, best_params):
            p.copy_(b)
    print(f"Loaded best model from epoch {best_epoch + 1}")
    test_loss, test_acc = evaluate(Xte, yte, test_episodes)
    print("\nTest Results:")
    print(f"  Loss: {test_loss:.4f}")
    print(f"  Accuracy: {test_acc:.4f} ({test_acc * 100:.2f}%)")
    print(f"\nBest Val Accuracy: {best_val_acc:.4f} ({best_val_acc * 100:.2f}%)")
    truth.add(**{"test/Loss": test_loss, "test/Accuracy": test_acc})
    truth.allow(**{"test/Accuracy": test_acc * 100})
    truth.allow(**{"Best Val Accuracy": best_val_acc})
    truth.allow(**{"Best Val Accuracy": best_val_acc * 100})
    print("\nCollecting test episode accuracies for visualization...")
    print(f"\nTraining history saved to: ./logs/{exp_name}_history.json")
    print("\nGenerating visualization plots...")
    print(f"Learning curves saved to: ./logs/{exp_name}_learning_curves.png")
    print(f"Test accuracy distribution saved to: ./logs/{exp_name}_test_distribution.png")
    print(f"\nTraining complete! Logs saved to: ./logs/{exp_name}_log.txt")
    truth.write("the script's meta-losses and query accuracies", libraries=("torch",),
                params={"Inner LR": inner_lr, "Inner Steps": inner_steps,
                        "Train episodes": train_episodes, "Val episodes": val_episodes,
                        "Test episodes": test_episodes},
                rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"maml": run}, root=HELDOUT51)
