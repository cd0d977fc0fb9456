"""HELD-OUT fixture (forty-ninth half, see generate/heldout49/README.md): do not read while
tuning the parser.

A classifier loop printing through ThuryW/ResNet20-for-Cifar10 ``utils.py``'s helpers:
``init_logger`` (``> Arguments:`` and one ``\\t{key}: {value}`` line per argument),
``inform_logger_writer`` per epoch (``'[Epoch {}] elapsed time: {:1.4f}s, train time: {:1.4f}s, val
time: {:1.4f}s'``, ``'***** Training set result ***** loss: {:1.4f}, accuracy {:1.2f}%'``, ``'*****
Validation set result ***** loss: {:1.4f}, accuracy {:1.2f}%'``) and ``close_logger_writer`` (a
blank line, ``Elapsed time 00:00:01``, ``'***** Test set result ***** loss: {:1.4f}, accuracy
{:1.2f}%'``), all printed (the logger's file handler and the TensorBoard writer are left out). Here:
an MLP on sklearn's digits split 80/20 into train and validation, Adam, 6 epochs of batches of 256.

Truth: ``train/loss``, ``train/accuracy``, ``val/loss``, ``val/accuracy`` (the result lines name the
set) at the epoch of the ``[Epoch N]`` line above them; ``test/loss`` and ``test/accuracy`` without a
step. The argument lines are ``params``.
"""

from _toy import batches, digits, mlp
from _capture import HELDOUT49, Truth, main


def run() -> None:
    import time

    import torch
    import torch.nn as nn

    args = {"opt": "adam", "lr": 0.003, "batch_size": 256, "ep": 6, "wd": 0.0005, "train_ratio": 0.8}
    print('> Arguments:')
    for key, value in args.items():
        print('\t{}: {}'.format(key, value))
    Xtr, ytr, _, _, Xte, yte = digits(seed=83, n_val=0)
    n_tr = int(len(Xtr) * 0.8)
    Xv, yv, Xtr, ytr = Xtr[n_tr:], ytr[n_tr:], Xtr[:n_tr], ytr[:n_tr]
    net = mlp(hidden=48, seed=83)
    opt = torch.optim.Adam(net.parameters(), lr=args["lr"], weight_decay=args["wd"])
    crit = nn.CrossEntropyLoss()
    truth = Truth()

    def evaluate(X, y):
        net.eval()
        with torch.no_grad():
            out = net(X)
            return crit(out, y).item(), (out.argmax(1) == y).float().mean().item()

    start_time = time.time()
    for epoch in range(args["ep"]):
        t0 = time.time()
        net.train()
        tl = tc = n = 0
        for x, y in batches(Xtr, ytr, args["batch_size"], epoch):
            out = net(x)
            loss = crit(out, y)
            opt.zero_grad(); loss.backward(); opt.step()
            tl += loss.item() * len(x); tc += (out.argmax(1) == y).sum().item(); n += len(x)
        t1 = time.time()
        val_loss, val_acc = evaluate(Xv, yv)
        t2 = time.time()
        train_loss, train_acc = tl / n, tc / n
        print('[Epoch {}] elapsed time: {:1.4f}s, train time: {:1.4f}s, val time: {:1.4f}s'.format(
            epoch, t2 - t0, t1 - t0, t2 - t1))
        print('***** Training set result ***** loss: {:1.4f}, accuracy {:1.2f}%'.format(train_loss, train_acc * 100))
        print('***** Validation set result ***** loss: {:1.4f}, accuracy {:1.2f}%'.format(val_loss, val_acc * 100))
        truth.add(at=epoch, **{"train/loss": train_loss, "train/accuracy": train_acc * 100,
                               "val/loss": val_loss, "val/accuracy": val_acc * 100})
    test_loss, test_acc = evaluate(Xte, yte)
    print(' ')
    print('Elapsed time {}'.format(time.strftime('%H:%M:%S', time.gmtime(time.time() - start_time))))
    print('***** Test set result ***** loss: {:1.4f}, accuracy {:1.2f}%'.format(test_loss, test_acc * 100))
    truth.add(**{"test/loss": test_loss, "test/accuracy": test_acc * 100})
    truth.write("the script's epoch and test evaluations", libraries=("torch",), params=args,
                rel=1e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"thuryw": run}, root=HELDOUT49)
