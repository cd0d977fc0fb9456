"""HELD-OUT fixture (fifty-ninth half, see generate/heldout59/README.md): do not read while
tuning the parser.

A small CNN genre classifier on mel-spectrogram-like patches, trained with Nesterov SGD and a
ReduceLROnPlateau schedule, printing as Yoon-jae/gct634-2018 ``hw2/train.py`` (KAIST GCT634
homework 2): every 100 iterations ``"Epoch [%d/%d], Iter [%d/%d], Loss : %.4f"``, after each
epoch the ``eval`` function's ``'Average loss: {:.4f} \\n'`` (a blank line follows) and
``'Learning rate : {}'``, and ``Early stopping`` when the rate falls under 1e-5. The scheduler's
own verbose message (a torch message, gone from current torch) is not printed. Here: sklearn's
8x8 digits standing in for 10 genres' mel patches, a 2-layer CNN, batches of 4, 5 epochs.

Truth: ``Loss`` of each iteration line at its printed epoch (the ``Iter`` counter restarts each
epoch); ``Average loss`` (the mean validation batch loss) without a step.
"""

from _toy import Loader, digits
from _capture import HELDOUT59, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from torch.optim import lr_scheduler

    Xtr, ytr, Xva, yva, _, _ = digits(seed=634)
    Xtr, Xva = Xtr.view(-1, 1, 8, 8), Xva.view(-1, 1, 8, 8)
    torch.manual_seed(634)
    model = nn.Sequential(nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                          nn.Conv2d(8, 16, 3, padding=1), nn.ReLU(), nn.AdaptiveAvgPool2d(1),
                          nn.Flatten(), nn.Linear(16, 10))
    truth = Truth()

    def evaluate(model, valid_loader, criterion):
        eval_loss = 0.0
        model.eval()
        with torch.no_grad():
            for audio, label in valid_loader:
                outputs = model(audio)
                eval_loss += criterion(outputs, label).item()
        avg_loss = eval_loss / len(valid_loader)
        print('Average loss: {:.4f} \n'.format(avg_loss))
        truth.add(**{"Average loss": avg_loss})
        return avg_loss

    def fit(model, train_loader, valid_loader, criterion, learning_rate, num_epochs):
        optimizer = torch.optim.SGD(model.parameters(), lr=learning_rate, weight_decay=1e-6,
                                    momentum=0.9, nesterov=True)
        scheduler = lr_scheduler.ReduceLROnPlateau(optimizer, mode='min', factor=0.2, patience=3)
        for epoch in range(num_epochs):
            model.train()
            for i, (audio, label) in enumerate(train_loader):
                optimizer.zero_grad()
                outputs = model(audio)
                loss = criterion(outputs, label)
                loss.backward()
                optimizer.step()
                if (i + 1) % 100 == 0:
                    print("Epoch [%d/%d], Iter [%d/%d], Loss : %.4f"
                          % (epoch + 1, num_epochs, i + 1, len(train_loader), loss.item()))
                    truth.add(at=epoch + 1, Loss=loss.item())
            eval_loss = evaluate(model, valid_loader, criterion)
            scheduler.step(eval_loss)
            curr_lr = optimizer.param_groups[0]['lr']
            print('Learning rate : {}'.format(curr_lr))
            if curr_lr < 1e-5:
                print("Early stopping\n\n")
                break

    fit(model, Loader(Xtr, ytr, 4, seed=634), Loader(Xva, yva, 50, shuffle=False),
        nn.CrossEntropyLoss(), 0.01, 5)
    truth.write("the batch loss of each printed iteration and eval()'s mean loss",
                libraries=("torch",), rel=1e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"gct634": run}, root=HELDOUT59)
