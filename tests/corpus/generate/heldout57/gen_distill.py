"""HELD-OUT fixture (fifty-seventh half, see generate/heldout57/README.md): do not read while
tuning the parser.

A PyTorch knowledge-distillation loop printing as yqren2005/Deeplearning-final-project
``test.py`` (``train_student``): ``Epoch {}/{}`` (0-based, over ``num_epochs - 1``), a rule of
ten ``-``, then per phase ``'{} Loss: {:.4f} Acc: {:.4f}'`` with the phase word ``train`` or
``val``, a blank line, and at the end ``'Best val Acc: {:4f}'`` (width 4, six decimals). Here: a
teacher MLP trained silently on sklearn's digits, then a smaller student trained on a mix of
the soft-target loss (temperature 2) and cross-entropy, StepLR, 8 epochs.

Truth: ``train/Loss``, ``train/Acc``, ``val/Loss``, ``val/Acc`` (the phase leads each line), at
the epoch of the ``Epoch e/7`` header. ``Best val Acc`` is optional (a best-so-far).
"""

from _toy import batches, digits, mlp
from _capture import HELDOUT57, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    Xtr, ytr, Xva, yva, _, _ = digits(seed=3)
    teacher = mlp(hidden=64, seed=3)
    opt_t = torch.optim.Adam(teacher.parameters(), lr=3e-3)
    for ep in range(5):
        for X, y in batches(Xtr, ytr, 64, 100 + ep):
            opt_t.zero_grad()
            F.cross_entropy(teacher(X), y).backward()
            opt_t.step()
    teacher.eval()

    def soft_loss(outputs, soft_target, t):
        return F.kl_div(F.log_softmax(outputs / t, 1), F.softmax(soft_target / t, 1),
                        reduction="batchmean") * t * t

    model = mlp(hidden=12, seed=4)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=3, gamma=0.5)
    criterion2 = nn.CrossEntropyLoss()
    data = {"train": (Xtr, ytr), "val": (Xva, yva)}
    sizes = {k: len(v[0]) for k, v in data.items()}
    weight, T, num_epochs = 0.1, 2.0, 8
    best_acc = 0.0
    truth = Truth()
    for epoch in range(num_epochs):
        print('Epoch {}/{}'.format(epoch, num_epochs - 1))
        print('-' * 10)
        for phase in ['train', 'val']:
            model.train() if phase == 'train' else model.eval()
            running_loss = 0.0
            running_corrects = 0
            X_all, y_all = data[phase]
            for inputs, labels in batches(X_all, y_all, 32, epoch):
                optimizer.zero_grad()
                with torch.set_grad_enabled(phase == 'train'):
                    outputs = model(inputs)
                    _, preds = torch.max(outputs, 1)
                    loss2 = criterion2(outputs, labels)
                    with torch.no_grad():
                        soft_target = teacher(inputs)
                    loss1 = soft_loss(outputs, soft_target, T)
                    loss = (1 - weight) * loss1 + weight * loss2
                    if phase == 'train':
                        loss.backward()
                        optimizer.step()
                running_loss += loss.item() * inputs.size(0)
                running_corrects += torch.sum(preds == labels.data)
            if phase == 'train':
                scheduler.step()
            epoch_loss = running_loss / sizes[phase]
            epoch_acc = running_corrects.double() / sizes[phase]
            print('{} Loss: {:.4f} Acc: {:.4f}'.format(phase, epoch_loss, epoch_acc))
            truth.add(at=epoch, **{f"{phase}/Loss": epoch_loss, f"{phase}/Acc": float(epoch_acc)})
            if phase == 'val' and epoch_acc > best_acc:
                best_acc = epoch_acc
        print()
    print('Best val Acc: {:4f}'.format(best_acc))
    truth.allow(**{"Best val Acc": float(best_acc)})
    truth.write("the script's epoch loss and accuracy per phase", libraries=("torch",),
                rel=1e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"distill": run}, root=HELDOUT57)
