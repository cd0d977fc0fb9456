"""HELD-OUT fixture (fifty-seventh half, see generate/heldout57/README.md): do not read while
tuning the parser.

A PyTorch LeNet-style runner printing as Ontheway361/stanford_cs231n
``basenet/runner/model_runner.py`` (``DemoRunner``): a ``----------------Environment
Versions----------------`` banner with ``- Python: ...`` and ``- PyTorch: ...`` (the
``- TorchVison:`` line says ``not installed`` here: torchvision is not in the corpus
environment), ``----------------lenet Configurations ----------------``, ``=====> model lenet
loading finished =====>`` and the like, then per epoch a tqdm bar over the training batches,
``'epoch %2d; \\ttrain Loss: %.10f;\\ttrain acc : %5.4f'`` (the loss summed over batches divided
by the number of samples, as the script does), ``'single-epoch time cost : %3d'``, a tqdm bar
over the test batches, ``'test Loss: %.10f;\\ttest acc : %5.4f'`` and ``Yahoo, a new SOTA has
been found ...`` (the script's test is always true). Here: a small CNN on sklearn's 8x8 digits,
SGD with Nesterov momentum, MultiStepLR, 4 epochs.

Truth: ``train/Loss`` and ``train/acc`` at the printed epoch (the fields read ``train Loss``,
``train acc``); ``test/Loss`` and ``test/acc`` with no step (their line states none). The time
cost is a timing.
"""

from _toy import batches, digits
from _capture import HELDOUT57, Truth, main


def run() -> None:
    import sys
    import time

    import torch
    import torch.nn as nn
    from tqdm import tqdm

    Xtr, ytr, _, _, Xte, yte = digits(seed=19)
    Xtr, Xte = Xtr.view(-1, 1, 8, 8), Xte.view(-1, 1, 8, 8)
    s = '-' * 16
    print('%sEnvironment Versions%s' % (s, s))
    print("- Python: {}".format(sys.version.strip().split('|')[0]))
    print("- PyTorch: {}".format(torch.__version__))
    print("- TorchVison: {}".format("not installed"))
    print("%s%s Configurations %s" % (s, 'lenet', s))
    torch.manual_seed(19)
    model = nn.Sequential(nn.Conv2d(1, 6, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                          nn.Conv2d(6, 16, 3), nn.ReLU(), nn.Flatten(), nn.Linear(64, 10))
    print('=====> model %s loading finished =====>' % 'lenet')
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), 0.05, momentum=0.9, weight_decay=5e-4,
                                nesterov=True)
    scheduler = torch.optim.lr_scheduler.MultiStepLR(optimizer, milestones=[2, 3], gamma=0.5)
    print('=====> data loading finished =====>')
    print('=====> ready for training =====>')
    truth = Truth()
    for epoch in range(0, 4):
        torch.set_grad_enabled(True)
        model.train()
        running_loss, running_acc = 0, 0.0
        start_time, num_instance = time.time(), 0
        for inp, target in tqdm(list(batches(Xtr, ytr, 64, epoch))):
            num_instance += len(target)
            output = model(inp)
            loss = criterion(output, target)
            running_loss += loss.item()
            running_acc += (torch.max(output, 1)[1] == target).sum().item()
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        scheduler.step()
        end_time = time.time()
        print('epoch %2d; \ttrain Loss: %.10f;\ttrain acc : %5.4f' %
              (epoch, running_loss / num_instance, running_acc / num_instance))
        truth.add(at=epoch, **{"train/Loss": running_loss / num_instance,
                               "train/acc": running_acc / num_instance})
        print('single-epoch time cost : %3d' % (end_time - start_time))
        torch.set_grad_enabled(False)
        model.eval()
        running_loss, running_acc, num_instance = 0, 0.0, 0
        for inp, target in tqdm(list(batches(Xte, yte, 64, 0))):
            num_instance += len(target)
            output = model(inp)
            running_loss += criterion(output, target).item()
            running_acc += (torch.max(output, 1)[1] == target).sum().item()
        eval_loss, eval_acc = running_loss / num_instance, running_acc / num_instance
        print('test Loss: %.10f;\ttest acc : %5.4f' % (eval_loss, eval_acc))
        truth.add(**{"test/Loss": eval_loss, "test/acc": eval_acc})
        print('Yahoo, a new SOTA has been found ...')
    truth.write("the script's per-epoch loss sums over samples and accuracies",
                libraries=("torch", "tqdm"), rel=1e-6, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"cs231runner": run}, root=HELDOUT57)
