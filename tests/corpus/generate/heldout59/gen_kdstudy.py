"""HELD-OUT fixture (fifty-ninth half, see generate/heldout59/README.md): do not read while
tuning the parser.

Knowledge distillation of a small MLP student from a larger, already trained MLP teacher,
printing as wonbeomjang/knowledge-distillation-study ``train_distill.py``: the two models'
reprs (``f"Teacher model is {teacher}"``, ``f"Student model is {student}"``), ``Start test
teacher``, a tqdm bar over the test batches described ``f"Validate... Loss: {loss_meter.avg:
.4f}, Acc: {acc_meter.avg: .4f}"`` (a space before each number from the format's sign flag),
``f"Teacher matrix: Loss{...:.4f}, Accuracy{...:.4f}"`` (no separator), then each epoch a tqdm
bar described ``f"[{epoch + 1}/{epochs}] Loss: {...: .4f}, Acc: {...: .4f}"`` followed by the
validation bar, and at the end ``f"Best result... Loss: {...}, Acc: {...}"`` with unformatted
floats. The script's wandb calls are left out (no run is logged). Here: sklearn's digits, the
teacher a 64-128-10 MLP trained beforehand without output, the student 64-16-10, the loss
cross-entropy plus Hinton's soft-target KL (T=4), Adam, 2 epochs, batches of 400 (test batches of 300).

Truth: each bar state's running averages (the script's ``AverageMeter``), ``Loss`` and ``Acc``
at the bar's printed epoch for the training bars, ``val/Loss`` and ``val/Acc`` for the
``Validate...`` bars (no step), the teacher line's ``Loss`` and ``Accuracy`` and the final
line's ``Loss`` and ``Acc`` (no step).
"""

from _toy import Loader, digits
from _capture import HELDOUT59, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    from tqdm import tqdm

    class AverageMeter:
        def __init__(self):
            self.reset()

        def reset(self):
            self.sum, self.count, self.avg = 0.0, 0, 0.0

        def update(self, val, n=1):
            self.sum += val * n
            self.count += n
            self.avg = self.sum / self.count

    class CrossEntropyLoss(nn.Module):
        def forward(self, image, target, student, teacher):
            pred = student(image)
            return F.cross_entropy(pred, target), pred

    class HKD(nn.Module):
        def forward(self, image, target, student, teacher, T=4.0, alpha=0.7):
            pred = student(image)
            with torch.no_grad():
                soft = teacher(image)
            kd = F.kl_div(F.log_softmax(pred / T, 1), F.softmax(soft / T, 1),
                          reduction="batchmean") * T * T
            return alpha * kd + (1 - alpha) * F.cross_entropy(pred, target), pred

    Xtr, ytr, _, _, Xte, yte = digits(seed=11)
    torch.manual_seed(11)
    teacher = nn.Sequential(nn.Linear(64, 128), nn.ReLU(), nn.Linear(128, 10))
    opt_t = torch.optim.Adam(teacher.parameters(), lr=1e-2)
    for _ in range(4):  # "pretrained=True": trained here beforehand, silently
        for X, y in Loader(Xtr, ytr, 64, seed=3):
            opt_t.zero_grad()
            F.cross_entropy(teacher(X), y).backward()
            opt_t.step()
    student = nn.Sequential(nn.Linear(64, 16), nn.ReLU(), nn.Linear(16, 10))
    truth = Truth()
    epochs = 2

    def test(student, teacher, criterion, data_loader):
        acc_meter, loss_meter = AverageMeter(), AverageMeter()
        student = student.eval()
        pbar = tqdm(data_loader, total=len(data_loader))
        for image, target in pbar:
            with torch.no_grad():
                loss, predict = criterion(image, target, student, teacher)
            predict = predict.argmax(dim=1)
            loss_meter.update(loss.mean().item())
            acc_meter.update((predict == target).sum().item() / image.shape[0])
            pbar.set_description(f"Validate... Loss: {loss_meter.avg: .4f}, Acc: {acc_meter.avg: .4f}")
            truth.add(**{"val/Loss": loss_meter.avg, "val/Acc": acc_meter.avg})
        result = {"val/acc": acc_meter.avg, "val/loss": loss_meter.avg}
        student.train()
        return result

    def train(student, teacher, data_loader, criterion, optimizer, lr_scheduler, val_loader):
        acc_meter, loss_meter = AverageMeter(), AverageMeter()
        student = student.train()
        for epoch in range(0, epochs):
            pbar = tqdm(data_loader, total=len(data_loader))
            loss_meter.reset()
            acc_meter.reset()
            for image, target in pbar:
                loss, predict = criterion(image, target, student, teacher)
                optimizer.zero_grad()
                loss.backward()
                optimizer.step()
                lr_scheduler.step()
                predict = predict.argmax(dim=1)
                loss_meter.update(loss.mean().item())
                acc_meter.update((predict == target).sum().item() / image.shape[0])
                pbar.set_description(f"[{epoch + 1}/{epochs}] Loss: {loss_meter.avg: .4f}, "
                                     f"Acc: {acc_meter.avg: .4f}")
                truth.add(at=epoch + 1, Loss=loss_meter.avg, Acc=acc_meter.avg)
            if val_loader:
                with torch.no_grad():
                    test(student, teacher, criterion, val_loader)

    print(f"Teacher model is {teacher}")
    print(f"Student model is {student}")
    for param in teacher.parameters():
        param.requires_grad = False
    teacher = teacher.eval()
    optimizer = torch.optim.Adam(student.parameters(), lr=1e-2, weight_decay=1e-5)
    lr_scheduler = torch.optim.lr_scheduler.MultiStepLR(optimizer, milestones=[100, 150], gamma=0.5)
    criterion = HKD()
    train_loader = Loader(Xtr, ytr, 400, seed=5)
    test_loader = Loader(Xte, yte, 300, shuffle=False)

    print("Start test teacher")
    result = test(teacher, teacher, CrossEntropyLoss(), test_loader)
    print(f"Teacher matrix: Loss{result['val/loss']:.4f}, Accuracy{result['val/acc']:.4f}")
    truth.add(Loss=result['val/loss'], Accuracy=result['val/acc'])

    train(student, teacher, train_loader, criterion, optimizer, lr_scheduler, test_loader)
    result = test(student, teacher, criterion, test_loader)
    print(f"Best result... Loss: {result['val/loss']}, Acc: {result['val/acc']}")
    truth.add(Loss=result['val/loss'], Acc=result['val/acc'])
    truth.write("the script's AverageMeter averages as set into the bar descriptions and printed",
                libraries=("torch", "tqdm"), rel=1e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"kdstudy": run}, root=HELDOUT59)
