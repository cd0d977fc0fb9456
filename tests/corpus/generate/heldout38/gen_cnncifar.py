"""HELD-OUT fixture (thirty-eighth half, see generate/heldout38/README.md): do not read while
tuning the parser.

A hand-written PyTorch k-fold run printing as lyk91471872/CNN-CIFAR10 ``utils/pipeline.py``
(``Pipeline.train`` and ``cross_validate``) and ``utils/early_stopping.py``: ``Fold 1/2`` before
each fold; a tqdm bar over the epochs (``desc="Training"``, stderr) whose postfix is set each
epoch to ``tr_loss=2.30, tr_acc=12.34%, val_loss=2.20, val_acc=20.00%`` (strings formatted
``.2f``); on stdout ``Warmup epoch 1: LR = 0.001000`` / ``Warmup complete: LR = 0.010000``,
``EarlyStopping counter: 1 out of 2``, ``Epoch 3: New best model with validation loss 1.2345,
accuracy 56.78%`` and ``Early stopping triggered``; after the folds ``Cross-validation
results:``, ``Fold 1: Best validation accuracy = 56.78%`` and ``Average validation accuracy:
55.12% ± 1.23%``. Here: an MLP on sklearn's digits, SGD with momentum, ReduceLROnPlateau after
one warm-up epoch (early stopping never triggers in so few epochs), 2 folds of 2 epochs; the model summary (torchsummary) and mixup are
left out.

Truth: the postfix's ``tr_loss``, ``tr_acc``, ``val_loss``, ``val_acc`` each epoch (no step: the
bar's count is no step), ``Best validation accuracy`` per fold and ``Average validation
accuracy``. Optional: the ``New best model`` line's two numbers (the epoch's validation loss and
accuracy again), the ± standard deviation, the warm-up learning rates.
"""

from _toy import digits, loader, mlp
from _capture import HELDOUT38, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    import torch.optim as optim
    from sklearn.model_selection import KFold
    from tqdm import tqdm

    X, y, _, _, _, _ = digits(seed=18)
    X, y = X[:800], y[:800]
    truth = Truth()
    initial_lr, warmup_epochs, epochs = 0.01, 1, 2
    model = mlp(seed=18)
    criterion = nn.CrossEntropyLoss()
    initial_state = {k: v.clone() for k, v in model.state_dict().items()}

    class EarlyStopping:
        def __init__(self, patience=10, verbose=False, delta=0):
            self.patience, self.verbose, self.counter = patience, verbose, 0
            self.best_metric, self.early_stop, self.delta = None, False, delta

        def __call__(self, val_metric):
            if self.best_metric is None:
                self.best_metric = val_metric
            elif val_metric > self.best_metric - self.delta:
                self.counter += 1
                if self.verbose:
                    print(f'EarlyStopping counter: {self.counter} out of {self.patience}')
                if self.counter >= self.patience:
                    self.early_stop = True
            else:
                self.best_metric = val_metric
                self.counter = 0

    def one_epoch(optimizer, data, train):
        model.train(train)
        total_loss, correct, total = 0.0, 0, 0
        with torch.set_grad_enabled(train):
            for inputs, targets in data:
                outputs = model(inputs)
                loss = criterion(outputs, targets)
                if train:
                    optimizer.zero_grad()
                    loss.backward()
                    optimizer.step()
                total_loss += loss.item()
                correct += outputs.argmax(1).eq(targets).sum().item()
                total += targets.size(0)
        return total_loss / len(data), 100 * correct / total

    fold_results = []
    k_folds = 2
    kf = KFold(n_splits=k_folds, shuffle=True, random_state=42)
    for fold, (train_idx, val_idx) in enumerate(kf.split(np.arange(len(X)))):
        print(f"\nFold {fold+1}/{k_folds}")
        model.load_state_dict(initial_state)
        optimizer = optim.SGD(model.parameters(), lr=initial_lr, momentum=0.9)
        scheduler = optim.lr_scheduler.ReduceLROnPlateau(optimizer, factor=0.5, patience=1)
        early_stopping = EarlyStopping(patience=2, delta=0.02, verbose=True)
        train_loader = loader(X[train_idx], y[train_idx], 64, fold)
        val_loader = loader(X[val_idx], y[val_idx], 200, 0)
        best_val_loss, val_losses, val_accs = float('inf'), [], []
        pbar = tqdm(range(epochs), desc="Training")
        for epoch in pbar:
            if epoch < warmup_epochs:
                factor = 0.1 + 0.9 * epoch / warmup_epochs
                for g in optimizer.param_groups:
                    g['lr'] = initial_lr * factor
                print(f"Warmup epoch {epoch+1}: LR = {initial_lr * factor:.6f}")
                truth.allow(LR=initial_lr * factor)
            elif epoch == warmup_epochs:
                for g in optimizer.param_groups:
                    g['lr'] = initial_lr
                print(f"Warmup complete: LR = {initial_lr:.6f}")
                truth.allow(LR=initial_lr)
            train_loss, train_acc = one_epoch(optimizer, train_loader, True)
            val_loss, val_acc = one_epoch(optimizer, val_loader, False)
            if epoch >= warmup_epochs:
                scheduler.step(val_loss)
            early_stopping(val_loss)
            if val_loss < best_val_loss:
                best_val_loss = val_loss
                print(f"Epoch {epoch+1}: New best model with validation loss {val_loss:.4f}, accuracy {val_acc:.2f}%")
                truth.allow(**{"validation loss": val_loss, "val/loss": val_loss,
                               "accuracy": val_acc})
            val_losses.append(val_loss)
            val_accs.append(val_acc)
            pbar.set_postfix({
                'tr_loss': f'{train_loss:.2f}',
                'tr_acc': f'{train_acc:.2f}%',
                'val_loss': f'{val_loss:.2f}',
                'val_acc': f'{val_acc:.2f}%'
            })
            truth.add(tr_loss=train_loss, tr_acc=train_acc, val_loss=val_loss, val_acc=val_acc)
            if early_stopping.early_stop:
                print("Early stopping triggered")
                break
        pbar.close()
        best_epoch = int(np.argmin(val_losses))
        fold_results.append({'fold': fold + 1, 'best_val_acc': val_accs[best_epoch] / 100.0})
    best_val_accs = [r['best_val_acc'] for r in fold_results]
    avg_val_acc, std_val_acc = np.mean(best_val_accs), np.std(best_val_accs)
    print(f"\nCross-validation results:")
    for result in fold_results:
        print(f"Fold {result['fold']}: Best validation accuracy = {result['best_val_acc']*100:.2f}%")
        truth.add(**{"Best validation accuracy": result['best_val_acc'] * 100})
    print(f"\nAverage validation accuracy: {avg_val_acc*100:.2f}% ± {std_val_acc*100:.2f}%")
    truth.add(**{"Average validation accuracy": avg_val_acc * 100})
    truth.allow(**{"Average validation accuracy": std_val_acc * 100})
    truth.write("the script's epoch losses and accuracies and fold summaries",
                libraries=("torch", "tqdm", "scikit-learn"), rel=1e-3, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"cnncifar": run}, root=HELDOUT38)
