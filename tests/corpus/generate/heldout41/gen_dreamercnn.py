"""HELD-OUT fixture (forty-first half, see generate/heldout41/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as 01-Dreamer/cnnProject ``train.py``, in Chinese:
``初始准确率(未训练): 9.80%`` (the untrained test accuracy), ``开始训练...``, one line an epoch
``训练轮次[1/12], 平均损失: 0.2345, 准确率: 97.12%`` (epoch, mean training loss, test
accuracy, full-width labels with ASCII punctuation), ``训练完成,最佳准确率为: 98.00%`` and
``模型已保存为 digit_cnn.pth``. Here: the original's two-conv CNN scaled to 8x8 digits (a small
random shift as its augmentation), Adam with a StepLR halving every 5 epochs, 12 epochs (the
original: MNIST, 15 epochs).

Truth: ``平均损失`` (mean loss) and ``准确率`` (accuracy) at the printed epoch;
``初始准确率(未训练)`` (no step). The closing best accuracy repeats an epoch's value: optional.
"""

from _toy import batches, digits
from _capture import HELDOUT41, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.optim as optim

    class CNN(nn.Module):
        def __init__(self):
            super().__init__()
            self.conv1 = nn.Conv2d(1, 8, kernel_size=3, padding=1)
            self.conv2 = nn.Conv2d(8, 16, kernel_size=3, padding=1)
            self.pool = nn.MaxPool2d(2, 2)
            self.fc1 = nn.Linear(16 * 2 * 2, 32)
            self.fc2 = nn.Linear(32, 10)
            self.relu = nn.ReLU()
            self.dropout = nn.Dropout(0.25)

        def forward(self, x):
            x = self.pool(self.relu(self.conv1(x)))
            x = self.pool(self.relu(self.conv2(x)))
            x = x.view(-1, 16 * 2 * 2)
            x = self.dropout(self.relu(self.fc1(x)))
            return self.fc2(x)

    Xtr, ytr, _, _, Xte, yte = digits(seed=4)
    Xtr, Xte = Xtr.reshape(-1, 1, 8, 8), Xte.reshape(-1, 1, 8, 8)
    torch.manual_seed(4)
    model = CNN()
    criterion = nn.CrossEntropyLoss()
    optimizer = optim.Adam(model.parameters(), lr=0.001)
    scheduler = optim.lr_scheduler.StepLR(optimizer, step_size=5, gamma=0.5)
    truth = Truth()

    def test_accuracy():
        model.eval()
        with torch.no_grad():
            _, predicted = torch.max(model(Xte).data, 1)
        return 100 * (predicted == yte).sum().item() / yte.size(0)

    initial_acc = test_accuracy()
    print(f"初始准确率(未训练): {initial_acc:.2f}%")
    truth.add(**{"初始准确率(未训练)": initial_acc})
    num_epochs, best_acc = 12, 0.0
    print("开始训练...")
    g = torch.Generator().manual_seed(4)
    for epoch in range(num_epochs):
        model.train()
        running_loss, n_batches = 0.0, 0
        for images, labels in batches(Xtr, ytr, 64, epoch):
            shift = int(torch.randint(-1, 2, (1,), generator=g))
            images = torch.roll(images, shifts=shift, dims=3)
            optimizer.zero_grad()
            loss = criterion(model(images), labels)
            loss.backward()
            optimizer.step()
            running_loss += loss.item()
            n_batches += 1
        scheduler.step()
        acc = test_accuracy()
        print(f"训练轮次[{epoch+1}/{num_epochs}], 平均损失: {running_loss/n_batches:.4f}, "
              f"准确率: {acc:.2f}%")
        truth.add(at=epoch + 1, **{"平均损失": running_loss / n_batches, "准确率": acc})
        if acc > best_acc:
            best_acc = acc
    print(f"训练完成,最佳准确率为: {best_acc:.2f}%")
    print("模型已保存为 digit_cnn.pth")
    truth.allow(**{"训练完成,最佳准确率为": best_acc})
    truth.write("the script's epoch mean losses and test accuracies", libraries=("torch",),
                rel=1e-3, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"dreamercnn": run}, root=HELDOUT41)
