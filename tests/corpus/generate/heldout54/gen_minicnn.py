"""HELD-OUT fixture (fifty-fourth half, see generate/heldout54/README.md): do not read while
tuning the parser.

An object-feature regressor printing as Annivia/miniCNN ``train_cnn.py``, for two of its
environments (``minicnn`` here; ``minicnn-redball`` is ``gen_minicnn_redball.py``, which runs
this file's ``train``): ``labels are at:`` twice, ``Size for each set:``, ``Training on
cpu``, ``Saving logs to ./logs/...``; an outer ``tqdm`` bar ``Training Progress`` over the epochs
and, per epoch, an inner one ``Epoch 1/2`` (``leave=False``) with ``set_postfix({'batch_loss':
f'{loss.item():.4f}', 'metrics': metrics_str})`` per batch, where ``metrics_str`` joins
``F1(σ):0.123`` (continuous features: the standard deviation of the prediction error) or
``F1(acc):0.950`` (binary and rounded categorical features: the accuracy); after each epoch
``\\nEpoch 1/2:``, ``Training Loss: 0.1234``, ``Validation Loss: 0.1234``, ``Validation Metrics:
F1(σ):0.123``, ``Learning Rate: 0.000100`` and ``======= New best model saved with validation
loss: 0.1234 =======`` when it improves; then ``Evaluating on test set...``, ``Test Loss:``,
``Detailed Feature Metrics:`` with ``Feature 1 (Continuous) - Std Dev of Difference: 0.1234`` or
``Feature 1 (Binary) - Accuracy: 0.9500`` lines, and ``MSE amd R^2 per feature:`` with ``Feature
1: MSE = 0.012345, R^2 = 0.456789`` lines. The original trains frozen-backbone CNN feature
extractors on Atari frames; here an MLP on synthetic 32-dimensional "frames": ``skiing`` (one
continuous feature, 3 batches per epoch) and ``redball`` (one binary feature and one rounded
categorical one, one batch per epoch), 2 epochs each, no files.

Truth: per postfix state ``batch_loss`` and each ``F<i>(σ)`` / ``F<i>(acc)`` at the epoch the
inner bar's description states; ``Training Loss``, ``Validation Loss`` and ``val/F<i>(σ)`` /
``val/F<i>(acc)`` (the ``Validation Metrics`` line) at the ``Epoch N/M:`` header's epoch; ``Test
Loss``, and per feature ``Std Dev of Difference`` or ``Accuracy``, ``MSE`` and ``R^2`` (no step:
the feature number is an index, in order). ``Learning Rate`` and the best-model loss (a repeat)
are optional.
"""

import _toy  # noqa: F401  (puts the generate folder on the path)
from _capture import HELDOUT54, Truth, main

def train(env_n) -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    from sklearn.metrics import r2_score
    from tqdm import tqdm

    rng = np.random.default_rng(26)
    n_train, n_val, n_test = (288, 72, 96) if env_n == "skiing" else (96, 48, 64)
    N = n_train + n_val + n_test
    X = rng.normal(0, 1, (N, 32)).astype(np.float32)
    W = rng.normal(0, 0.4, (32, 3))
    if env_n == "skiing":
        Y = np.tanh(X @ W[:, :1]).astype(np.float32)
    else:
        z = X @ W
        Y = np.stack([(z[:, 0] > 0), np.clip(np.round(z[:, 2] + 1.5), 0, 3)],
                     1).astype(np.float32)
    Xt, Yt = torch.tensor(X), torch.tensor(Y)
    tr, va, te = slice(0, n_train), slice(n_train, n_train + n_val), slice(n_train + n_val, N)
    dataset_dir = f'./obj_detection/dataset/{env_n}'
    print("labels are at: ", f'{dataset_dir}/{env_n}_double_frame_10000.csv')
    print("labels are at: ", f'{dataset_dir}/{env_n}_double_frame_2000.csv')
    print("Size for each set: ", n_train, n_val, n_test)
    torch.manual_seed(26)
    n_out = Y.shape[1]
    model = nn.Sequential(nn.Linear(32, 64), nn.ReLU(), nn.Linear(64, n_out))
    binary = [0] if env_n == "redball" else []

    def predict(x):
        out = model(x)
        if binary:
            out = torch.cat([torch.sigmoid(out[:, :1]), out[:, 1:]], 1)
        return out

    def compute_loss(pred, target):
        if binary:
            return (nn.functional.binary_cross_entropy(pred[:, :1], target[:, :1])
                    + nn.functional.mse_loss(pred[:, 1:], target[:, 1:]))
        return nn.functional.mse_loss(target, pred)

    def feature_metrics_of(p, t):
        out = []
        for i in range(p.shape[1]):
            if i in binary:
                out.append(("accuracy", ((p[:, i] > 0.5) == (t[:, i] > 0.5)).mean()))
            elif binary:
                out.append(("accuracy", (np.round(p[:, i]) == np.round(t[:, i])).mean()))
            else:
                out.append(("std_dev", np.std(p[:, i] - t[:, i])))
        return out

    def format_metrics_string(fm):
        s = ""
        for i, (kind, value) in enumerate(fm):
            s += f"F{i + 1}(acc):{value:.3f} " if kind == "accuracy" else f"F{i + 1}(σ):{value:.3f} "
        return s.strip()

    def key(i, kind):
        return f"F{i + 1}(acc)" if kind == "accuracy" else f"F{i + 1}(σ)"

    def evaluate(sl):
        with torch.no_grad():
            p = predict(Xt[sl])
            loss = compute_loss(p, Yt[sl]).item()
        p, t = p.numpy(), Yt[sl].numpy()
        return loss, ((p - t) ** 2).mean(0), feature_metrics_of(p, t), [
            r2_score(t[:, i], p[:, i]) for i in range(p.shape[1])]

    optimizer = torch.optim.Adam(model.parameters(), lr=0.0001 * 100)
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=40, gamma=0.5)
    print("Training on cpu")
    print(f"Saving logs to ./logs/obj_detection/{env_n}/double_frame/scratch_2026-01-01_00-00-00")
    num_epochs, batch_size = 2, 96 if env_n == "skiing" else 128
    best_val_loss = float('inf')
    truth = Truth()
    g = torch.Generator().manual_seed(26)
    for epoch in tqdm(range(num_epochs), desc="Training Progress"):
        model.train()
        epoch_train_loss = 0.0
        order = torch.randperm(n_train, generator=g)
        loader = [order[i:i + batch_size] for i in range(0, n_train, batch_size)]
        train_pbar = tqdm(loader, desc=f"Epoch {epoch + 1}/{num_epochs}", leave=False)
        for b in train_pbar:
            pred = predict(Xt[b])
            loss = compute_loss(pred, Yt[b])
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
            optimizer.step()
            epoch_train_loss += loss.item()
            fm = feature_metrics_of(pred.detach().numpy(), Yt[b].numpy())
            train_pbar.set_postfix({'batch_loss': f'{loss.item():.4f}',
                                    'metrics': format_metrics_string(fm)})
            truth.add(at=epoch + 1, batch_loss=loss.item(),
                      **{key(i, k): v for i, (k, v) in enumerate(fm)})
        avg_train_loss = epoch_train_loss / len(loader)
        val_loss, _, val_fm, _ = evaluate(va)
        scheduler.step()
        print(f"\nEpoch {epoch + 1}/{num_epochs}:")
        print(f"Training Loss: {avg_train_loss:.4f}")
        print(f"Validation Loss: {val_loss:.4f}")
        print("Validation Metrics:", format_metrics_string(val_fm))
        print(f"Learning Rate: {scheduler.get_last_lr()[0]:.6f}")
        truth.add(at=epoch + 1, **{"Training Loss": avg_train_loss, "Validation Loss": val_loss},
                  **{"val/" + key(i, k): v for i, (k, v) in enumerate(val_fm)})
        truth.allow(**{"Learning Rate": scheduler.get_last_lr()[0]})
        if val_loss < best_val_loss:
            best_val_loss = val_loss
            print(f"======= New best model saved with validation loss: {best_val_loss:.4f} =======")
            truth.allow(**{"New best model saved with validation loss": best_val_loss})
    print("\nEvaluating on test set...")
    test_loss, test_mse, fm, r2_scores = evaluate(te)
    print(f'\nTest Loss: {test_loss:.4f}')
    truth.add(**{"Test Loss": test_loss})
    print("\nDetailed Feature Metrics:")
    for i, (metric_type, value) in enumerate(fm):
        if metric_type == "accuracy":
            print(f"Feature {i + 1} (Binary) - Accuracy: {value:.4f}")
            truth.add(Accuracy=value)
        else:
            print(f"Feature {i + 1} (Continuous) - Std Dev of Difference: {value:.4f}")
            truth.add(**{"Std Dev of Difference": value})
    print("\nMSE amd R^2 per feature:")
    for i, (mse, r2) in enumerate(zip(test_mse, r2_scores)):
        print(f"Feature {i + 1}: MSE = {mse:.6f}, R^2 = {r2:.6f}")
        truth.add(MSE=mse, **{"R^2": r2})
    truth.write("the script's losses and feature metrics", libraries=("torch", "tqdm",
                "scikit-learn"), rel=1e-3, abs_tol=5e-4)


def skiing() -> None:
    train("skiing")


def redball() -> None:
    train("redball")


if __name__ == "__main__":
    main(__file__, {"minicnn": skiing}, root=HELDOUT54)
