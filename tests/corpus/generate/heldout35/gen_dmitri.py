"""HELD-OUT fixture (thirty-fifth half, see generate/heldout35/README.md): do not read while
tuning the parser.

Prints as Dmitri00/sign_classification (commit 041d1962): ``train.py`` prints ``print(args)``
(an ``argparse.Namespace``), ``Loading data``, ``Loading training data``, ``Took <seconds>``,
``Creating model``, ``Start training`` and at the end ``Training time 0:00:00``;
``logger/logger.py`` opens one ``tqdm(initial=0, leave=False, total=len(train_loader))``
(stderr); ``engines/trainer.py`` sets the bar's ``desc`` to ``"ITERATION - loss: {:.2f}"`` of
the last batch every ``print_freq`` iterations and updates it by ``print_freq``;
``engines/evaluator.py`` writes after each epoch, with ``tqdm.write`` (stdout),
``Validation Results - Epoch: {epoch}`` followed for each metric of ``engines/metrics.py``
(``accuracy``, ``nll``, ``recall`` averaged over classes) by ``" {:>12}: {:5.2f}"`` of ``Avg
<name>`` and the value, then resets the bar to 0. The original trains a CNN with PyTorch
Ignite; here the loop is written out by hand: a NumPy softmax regression on Gaussian blobs
(20 batches of 32 an epoch, 3 epochs, the learning rate divided by 10 every 30 epochs as
``--lr-step-size`` says, i.e. never here), with ``--epochs 3 --device cpu --print-freq 5
--data-path fake`` and the original's other defaults. Setting ``desc`` does not redraw the
bar; the following ``update`` does when tqdm's ``mininterval`` (0.1 s) has passed, so the
script waits 0.11 s before each update (a slow batch), and every description is drawn.

Truth: ``loss`` of each bar description (two decimals, abs 5e-3), no step; ``val/Avg
accuracy``, ``val/Avg nll``, ``val/Avg recall`` at step ``Epoch``; the Namespace under
``params``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import HELDOUT35, Truth, main


def run() -> None:
    import argparse
    import datetime
    import time

    import numpy as np
    from tqdm import tqdm
    from _toy import Softmax, blobs, split

    args = argparse.Namespace(
        data_path='fake', model='resnet18', device='cpu', batch_size=32, epochs=3, workers=1,
        lr=0.1, momentum=0.9, weight_decay=1e-4, lr_step_size=30, lr_gamma=0.1, print_freq=5,
        output_dir='.', resume='', start_epoch=0, cache_dataset=False, sync_bn=False,
        test_only=False, pretrained=False, apex=False, apex_opt_level='O1', world_size=1,
        dist_url='env://')
    print(args)
    print("Loading data")
    print("Loading training data")
    st = time.time()
    X, y = blobs(880, 12, 6, seed=24, spread=1.6)
    (Xtr, ytr), (Xva, yva) = split(X, y, 640 / 880)
    print("Took", time.time() - st)
    print("Creating model")
    model = Softmax(12, 6, seed=24)
    rng = np.random.default_rng(24)
    n_batches = len(Xtr) // args.batch_size
    pbar = tqdm(initial=0, leave=False, total=n_batches)
    desc = "ITERATION - loss: {:.2f}"
    val_fmt = "Validation Results - Epoch: {epoch:}"
    for name in ("accuracy", "nll", "recall"):
        val_fmt += " {:>12}: {value_fmt:s}".format("Avg " + name, value_fmt="{%s:5.2f}" % name)
    truth = Truth()
    print("Start training")
    start_time = time.time()
    iteration = 0
    for epoch in range(1, args.epochs + 1):
        lr = args.lr * args.lr_gamma ** ((epoch - 1) // args.lr_step_size)
        idx = rng.permutation(len(Xtr))
        for i in range(n_batches):
            b = idx[i * args.batch_size:(i + 1) * args.batch_size]
            loss, _, _ = model.step(Xtr[b], ytr[b], lr=lr)
            iteration += 1
            if iteration % args.print_freq == 0:
                time.sleep(0.11)  # a batch's time: past tqdm's mininterval, so each update draws
                pbar.desc = desc.format(loss)
                pbar.update(args.print_freq)
                truth.add(loss=loss)
        nll, acc = model.evaluate(Xva, yva)
        pred = model.probs(Xva).argmax(1)
        recall = float(np.mean([(pred[yva == c] == c).mean() for c in range(6)]))
        tqdm.write(val_fmt.format(epoch=epoch, accuracy=acc, nll=nll, recall=recall))
        truth.add(at=epoch, **{"val/Avg accuracy": acc, "val/Avg nll": nll,
                               "val/Avg recall": recall})
        pbar.n = pbar.last_print_n = 0
    total_time = time.time() - start_time
    print('Training time {}'.format(str(datetime.timedelta(seconds=int(total_time)))))
    truth.write("the script's batch losses in the bar and its validation metrics each epoch",
                libraries=("numpy", "tqdm"), rel=1e-3, abs_tol=5e-3,
                params=dict(vars(args)))


if __name__ == "__main__":
    main(__file__, {"dmitri": run}, root=HELDOUT35)
