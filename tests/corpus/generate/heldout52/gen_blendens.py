"""HELD-OUT fixture (fifty-second half, see generate/heldout52/README.md): do not read while
tuning the parser.

A two-model blending ensemble printing as jayphone17/SOMETHIN-BOUT-CNN
``Multi-Model-Ensemble/Ensemble_VGG19_With_ResNet50.py`` (commit 232467d3): per epoch
``Epoch {}/{}`` (0-based) and a rule of 50 dashes, then for each phase ``Training...`` or
``Validating...``; in training every so many batches
``Batch {},Model1 Train Loss:{:.4f},Model1 Train ACC:{:.4f},Model2 Train Loss:{:.4f},Model2
Train ACC:{:.4f},Blending_Model ACC:{:.4f}`` (running means, accuracies in percent), and after
each phase ``Epoch, Model1 Loss: {:.4f},Model1 ACC: {:.4f}%,Model2 Loss: ...,Model2 ACC: ...%,
Blending_Model ACC: {:.4f}`` (the summed batch losses times 16 over the set size); at the end
the elapsed seconds as a bare number. The blending (0.6 and 0.4 of the two models' logits) is
the original's. Here: the frozen pretrained VGG19 and ResNet50 are two small frozen random
feature extractors (a convolutional one and a dense one) with trainable heads, on sklearn's
digits as even/odd (batch size 16, 1197 training and 300 validation images, a learning rate of
1e-3 rather than 1e-5), three epochs, the batch line every 40 batches (the original: 500).

Truth: every value at the epoch of the ``Epoch i/N`` header above it (the batch counter restarts);
the epoch lines of both phases use the same names, as printed (``Model1 Loss``, ``Model1 ACC``,
...; the ``Training...``/``Validating...`` lines are no part of them).
"""

from _toy import digit_images
from _capture import HELDOUT52, Truth, main


def run() -> None:
    import time

    import torch

    truth = Truth()
    X, y = digit_images(seed=17)
    y = y % 2
    data = {"train": (X[300:1497], y[300:1497]), "valid": (X[:300], y[:300])}

    def loader(phase, epoch):
        Xp, yp = data[phase]
        order = torch.randperm(len(Xp), generator=torch.Generator().manual_seed(epoch * 2 + (
            phase == "valid")))
        for i in range(0, len(Xp), 16):
            yield Xp[order[i:i + 16]], yp[order[i:i + 16]]

    torch.manual_seed(19)
    features1 = torch.nn.Sequential(torch.nn.Conv2d(1, 16, 3, padding=1), torch.nn.ReLU(),
                                    torch.nn.MaxPool2d(2), torch.nn.Flatten())
    features2 = torch.nn.Sequential(torch.nn.Flatten(), torch.nn.Linear(64, 96), torch.nn.ReLU())
    for param in list(features1.parameters()) + list(features2.parameters()):
        param.requires_grad = False
    classifier1 = torch.nn.Sequential(torch.nn.Linear(256, 64), torch.nn.ReLU(),
                                      torch.nn.Dropout(p=0.5), torch.nn.Linear(64, 2))
    fc2 = torch.nn.Linear(96, 2)
    model1 = torch.nn.Sequential(features1, classifier1)
    model2 = torch.nn.Sequential(features2, fc2)

    loss_func_1 = torch.nn.CrossEntropyLoss()
    loss_func_2 = torch.nn.CrossEntropyLoss()
    optimizer1 = torch.optim.Adam(classifier1.parameters(), lr=0.001)
    optimizer2 = torch.optim.Adam(fc2.parameters(), lr=0.001)
    weight1, weight2 = 0.6, 0.4
    epoch_n = 3
    time_open = time.time()

    for epoch in range(epoch_n):
        print("Epoch {}/{}".format(epoch, epoch_n - 1))
        print("-" * 50)
        for phase in ["train", "valid"]:
            if phase == "train":
                print("Training...")
                model1.train(True)
                model2.train(True)
            else:
                print("Validating...")
                model1.train(False)
                model2.train(False)
            running_loss1 = running_loss2 = 0.0
            running_corrects1 = running_corrects2 = blending_running_corrects = 0.0
            for batch, (Xb, yb) in enumerate(loader(phase, epoch), 1):
                y_pred1 = model1(Xb)
                y_pred2 = model2(Xb)
                blending_y_pred = y_pred1 * weight1 + y_pred2 * weight2
                _, pred1 = torch.max(y_pred1.data, 1)
                _, pred2 = torch.max(y_pred2.data, 1)
                _, blending_pred = torch.max(blending_y_pred.data, 1)
                optimizer1.zero_grad()
                optimizer2.zero_grad()
                loss1 = loss_func_1(y_pred1, yb)
                loss2 = loss_func_2(y_pred2, yb)
                if phase == "train":
                    loss1.backward()
                    loss2.backward()
                    optimizer1.step()
                    optimizer2.step()
                running_loss1 += loss1.item()
                running_corrects1 += torch.sum(pred1 == yb.data)
                running_loss2 += loss2.item()
                running_corrects2 += torch.sum(pred2 == yb.data)
                blending_running_corrects += torch.sum(blending_pred == yb.data)
                if batch % 40 == 0 and phase == "train":
                    vals = (running_loss1 / batch, 100 * running_corrects1 / (16 * batch),
                            running_loss2 / batch, 100 * running_corrects2 / (16 * batch),
                            100 * blending_running_corrects / (16 * batch))
                    print("Batch {},Model1 Train Loss:{:.4f},Model1 Train ACC:{:.4f},"
                          "Model2 Train Loss:{:.4f},Model2 Train ACC:{:.4f},"
                          "Blending_Model ACC:{:.4f}".format(batch, *vals))
                    truth.add(at=epoch, **dict(zip(
                        ["Model1 Train Loss", "Model1 Train ACC", "Model2 Train Loss",
                         "Model2 Train ACC", "Blending_Model ACC"], [float(v) for v in vals])))
            n = len(data[phase][0])
            vals = (running_loss1 * 16 / n, 100 * running_corrects1 / n,
                    running_loss2 * 16 / n, 100 * running_corrects2 / n,
                    100 * blending_running_corrects / n)
            print("Epoch, Model1 Loss: {:.4f},Model1 ACC: {:.4f}%,Model2 Loss: {:.4f},"
                  "Model2 ACC: {:.4f}%,Blending_Model ACC: {:.4f}".format(*vals))
            truth.add(at=epoch, **dict(zip(
                ["Model1 Loss", "Model1 ACC", "Model2 Loss", "Model2 ACC", "Blending_Model ACC"],
                [float(v) for v in vals])))
    time_end = time.time() - time_open
    print(time_end)
    truth.write("the script's running batch means and phase totals of both models' losses and "
                "of the two models' and the blend's accuracies (percent)",
                libraries=("torch",), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"blendens": run}, root=HELDOUT52)
