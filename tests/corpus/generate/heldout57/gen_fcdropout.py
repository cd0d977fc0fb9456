"""HELD-OUT fixture (fifty-seventh half, see generate/heldout57/README.md): do not read while
tuning the parser.

A PyTorch comparison of classifier-head sizes and dropout rates, printing as
Tai-Ju/deep-learning-homework ``Homework3_FC與Dropout調參.py``: ``Using device: cpu``, a 60-``=``
rule with ``Experiment A: FC Size Comparison (dropout fixed at 0.5)``, per run
``>>> FC type: small, Dropout: 0.5`` and per epoch ``f"[{tag}] Epoch {epoch+1}/{num_epochs}
Loss: {avg_loss:.4f}  Train: {train_acc:.4f}  Test: {test_acc:.4f}"``, ``Figure saved as ...``
lines, then Experiment B and an ``Overfitting Diagnosis (last epoch)`` table:
``f"{tag:25s}  Train: {tr:.4f}  Test: {te:.4f}  Gap: {gap:.4f}  {status}"``. Here: a fixed
random convolutional feature extractor over sklearn's 8x8 digits and small/medium/large heads,
Adam, 2 epochs per run (the figures are not drawn; their lines are printed).

Truth: ``Loss``, ``Train``, ``Test`` at the printed epoch, for every run (the ``[tag]`` in
front is no phase); the diagnosis rows as ``<tag>/Train``, ``<tag>/Test``, ``<tag>/Gap``.
"""

from _toy import batches, digits
from _capture import HELDOUT57, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn

    device = torch.device("cpu")
    print(f"Using device: {device}")
    Xtr, ytr, _, _, Xte, yte = digits(seed=21)
    Xtr, Xte = Xtr.view(-1, 1, 8, 8), Xte.view(-1, 1, 8, 8)
    truth = Truth()

    def head(fc_type, dropout, fc_in=16 * 4 * 4):
        sizes = {"small": [64], "medium": [128, 32], "large": [256, 128]}[fc_type]
        layers, n = [], fc_in
        for s in sizes:
            layers += [nn.Linear(n, s), nn.ReLU(), nn.Dropout(dropout)]
            n = s
        return nn.Sequential(*layers, nn.Linear(n, 10))

    def train_and_eval(fc_type, dropout, num_epochs=2, tag="exp"):
        torch.manual_seed(21)
        model = nn.Sequential(nn.Conv2d(1, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                              nn.Flatten(), head(fc_type, dropout))
        criterion = nn.CrossEntropyLoss()
        optimizer = torch.optim.Adam(model.parameters(), lr=0.001)
        train_accs, test_accs = [], []
        for epoch in range(num_epochs):
            model.train()
            running_loss, correct_train, total_train, nb = 0.0, 0, 0, 0
            for images, labels in batches(Xtr, ytr, 64, epoch):
                optimizer.zero_grad()
                outputs = model(images)
                loss = criterion(outputs, labels)
                loss.backward()
                optimizer.step()
                running_loss += loss.item()
                nb += 1
                correct_train += (outputs.argmax(1) == labels).sum().item()
                total_train += labels.size(0)
            avg_loss, train_acc = running_loss / nb, correct_train / total_train
            model.eval()
            with torch.no_grad():
                test_acc = (model(Xte).argmax(1) == yte).sum().item() / len(yte)
            train_accs.append(train_acc)
            test_accs.append(test_acc)
            print(f"[{tag}] Epoch {epoch+1}/{num_epochs}  "
                  f"Loss: {avg_loss:.4f}  Train: {train_acc:.4f}  Test: {test_acc:.4f}")
            truth.add(at=epoch + 1, Loss=avg_loss, Train=train_acc, Test=test_acc)
        return train_accs, test_accs

    print("\n" + "=" * 60)
    print("Experiment A: FC Size Comparison (dropout fixed at 0.5)")
    print("=" * 60)
    for tag, (fc_type, dp) in {"FC_small_dp0.5": ("small", 0.5), "FC_medium_dp0.5": ("medium", 0.5),
                               "FC_large_dp0.5": ("large", 0.5)}.items():
        print(f"\n>>> FC type: {fc_type}, Dropout: {dp}")
        train_and_eval(fc_type, dp, tag=tag)
    print("\nFigure saved as hw3_fc_size_comparison.png")
    print("\n" + "=" * 60)
    print("Experiment B: Dropout Comparison (FC fixed at small)")
    print("=" * 60)
    results_dp = {}
    for tag, (fc_type, dp) in {"FC_small_dp0": ("small", 0.0), "FC_small_dp0.3": ("small", 0.3),
                               "FC_small_dp0.5": ("small", 0.5)}.items():
        print(f"\n>>> FC type: {fc_type}, Dropout: {dp}")
        results_dp[tag] = train_and_eval(fc_type, dp, tag=tag)
    print("Figure saved as hw3_dropout_comparison.png")
    print("\n" + "=" * 60)
    print("Overfitting Diagnosis (last epoch)")
    print("=" * 60)
    for tag, (tra, tea) in results_dp.items():
        tr, te = tra[-1], tea[-1]
        gap = tr - te
        status = ("Possible overfitting, consider increasing dropout" if gap > 0.1
                  else "Training looks stable")
        print(f"{tag:25s}  Train: {tr:.4f}  Test: {te:.4f}  Gap: {gap:.4f}  {status}")
        truth.add(**{f"{tag}/Train": tr, f"{tag}/Test": te, f"{tag}/Gap": gap})
    print("\nRun tensorboard --logdir=runs to open TensorBoard.")
    truth.write("the script's per-epoch loss and accuracies, and the diagnosis table",
                libraries=("torch",), rel=1e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"fcdropout": run}, root=HELDOUT57)
