"""HELD-OUT fixture (thirty-ninth half, see generate/heldout39/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing through wdzhao123/DCSL ``tools/message_print.py``'s
``print_summary`` after every epoch: the experiment name on its own line, ``'[mae %.2f mse
%.2f], [val loss %.4f]'`` and ``'[best] [model: %s] , [mae %.2f], [mse %.2f]'`` (the best
model's name and its scores so far). Here: a crowd-counting stand-in, an MLP regressing the
number of bright pixels of sklearn's digits images, 10 epochs; ``mse`` is the root of the
mean squared count error, as crowd-counting code reports it.

Truth: ``mae``, ``mse`` and ``val loss`` of each epoch, no step (no line states one; the best
model's name holds the epoch as text). The ``[best]`` line's ``mae`` and ``mse`` repeat the best
so far: optional (``best/mae``, ``best/mse``).
"""

from _toy import digits
from _capture import HELDOUT39, Truth, main


def print_summary(exp_name, scores, train_record):
    mae, mse, loss = scores
    print(exp_name)
    print('[mae %.2f mse %.2f], [val loss %.4f]' % (mae, mse, loss))
    print('[best] [model: %s] , [mae %.2f], [mse %.2f]' % (
        train_record['best_model_name'], train_record['best_mae'], train_record['best_mse']))


def run() -> None:
    import torch
    import torch.nn as nn

    Xtr, _, Xva, _, _, _ = digits(seed=6)
    count = lambda X: (X > 0.5).sum(1).float()  # noqa: E731
    ytr, yva = count(Xtr), count(Xva)
    torch.manual_seed(6)
    model = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 1))
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    exp_name = '05-07_12-00_DIGITS_MLP_1e-3'
    train_record = {'best_mae': 1e20, 'best_mse': 1e20, 'best_model_name': ''}
    truth = Truth()
    for epoch in range(10):
        for i in range(0, len(Xtr), 64):
            opt.zero_grad()
            nn.functional.mse_loss(model(Xtr[i:i + 64]).squeeze(1), ytr[i:i + 64]).backward()
            opt.step()
        with torch.no_grad():
            pred = model(Xva).squeeze(1)
            loss = nn.functional.mse_loss(pred, yva).item()
            mae = (pred - yva).abs().mean().item()
            mse = ((pred - yva) ** 2).mean().sqrt().item()
        if mae < train_record['best_mae'] or mse < train_record['best_mse']:
            train_record['best_mae'] = min(mae, train_record['best_mae'])
            train_record['best_mse'] = min(mse, train_record['best_mse'])
            train_record['best_model_name'] = 'all_ep_%d_mae_%.1f_mse_%.1f' % (epoch + 1, mae, mse)
        print_summary(exp_name, [mae, mse, loss], train_record)
        truth.add(mae=mae, mse=mse, **{"val loss": loss})
        truth.allow(**{"best/mae": train_record['best_mae'], "best/mse": train_record['best_mse']})
    truth.write("the script's validation errors", libraries=("torch",), rel=1e-3, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"dcsl": run}, root=HELDOUT39)
