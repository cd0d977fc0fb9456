"""HELD-OUT fixture (forty-eighth half, see generate/heldout48/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as EvgeniyS99/convnet-architectures-and-seismic-denoising
``train_loop.py``: for every epoch ``Epoch 0/4:``, then for each phase a tqdm bar over the batches
described ``train iter:`` or ``val iter:`` (no postfix), and after it ``train Loss: 1.2345`` and
``train Accuracy: 0.6543`` (the accuracy a 0-dimensional tensor formatted by ``{:.4f}``). Here: a
small 1-D CNN on sklearn's digits rows, Adam with a StepLR, 5 epochs, batches of 64.

Truth: ``train/Loss``, ``train/Accuracy``, ``val/Loss``, ``val/Accuracy`` (the leading word of
each line names the phase) at the epoch of the ``Epoch N/4:`` line above them (counted from 0).
The bars carry no metric.
"""

from _toy import digits, loader
from _capture import HELDOUT48, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from tqdm import tqdm

    Xtr, ytr, Xva, yva, _, _ = digits(seed=99)
    torch.manual_seed(99)
    train_data, val_data = loader(Xtr, ytr, 64, seed=1), loader(Xva, yva, 64, shuffle=False)
    model = nn.Sequential(nn.Unflatten(1, (1, 64)), nn.Conv1d(1, 8, 5, stride=2), nn.ReLU(),
                          nn.Flatten(), nn.Linear(8 * 30, 10))
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    loss_fn = nn.CrossEntropyLoss()
    lr_scheduler = torch.optim.lr_scheduler.StepLR(opt, step_size=3, gamma=0.1)
    epochs = 5
    truth = Truth()
    for epoch in range(epochs):
        print('Epoch {}/{}:'.format(epoch, epochs - 1))
        for phase in ['train', 'val']:
            running_acc = 0.
            running_loss = 0.
            dataloader = train_data if phase == 'train' else val_data
            model.train(phase == 'train')
            for X_batch, y_batch in tqdm(dataloader, desc=f'{phase} iter:'):
                opt.zero_grad()
                with torch.set_grad_enabled(phase == 'train'):
                    y_pred = model(X_batch)
                    loss_value = loss_fn(y_pred, y_batch)
                    if phase == 'train':
                        loss_value.backward()
                        opt.step()
                preds = y_pred.argmax(-1)
                running_acc += (preds == y_batch).float().mean()
                running_loss += loss_value.item()
            epoch_loss = running_loss / len(dataloader)
            epoch_acc = running_acc.cpu() / len(dataloader)
            if phase == 'train':
                lr_scheduler.step()
            print('{} Loss: {:.4f}'.format(phase, epoch_loss))
            print('{} Accuracy: {:.4f}'.format(phase, epoch_acc))
            truth.add(at=epoch, **{f"{phase}/Loss": epoch_loss, f"{phase}/Accuracy": float(epoch_acc)})
    truth.write("the loop's per-phase mean batch loss and accuracy", libraries=("torch", "tqdm"),
                rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"seismic": run}, root=HELDOUT48)
