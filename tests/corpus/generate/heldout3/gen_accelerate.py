"""HELD-OUT fixture (third half, see generate/heldout3/README.md): do not read while tuning the
parser.

A training loop on Hugging Face Accelerate in the shape of the ``*_no_trainer.py`` example
scripts (a small PyTorch MLP on a synthetic binary task, on the CPU, one process):

* ``logging.basicConfig`` with the examples' format (``12/04/2026 23:58:01 - INFO - __main__ -
  [RANK 0] ...``) and ``logger.info(accelerator.state, main_process_only=False)``: a
  multi-line block ``Distributed environment: DistributedType.NO`` / ``Num processes: 1`` /
  ``Process index: 0`` / ``Local process index: 0`` / ``Device: cpu`` / blank / ``Mixed
  precision type: no``;
* a tqdm bar over all optimisation steps (``disable=not accelerator.is_local_main_process``;
  redrawn on a terminal);
* after each epoch the example's ``logger.info(f"epoch {epoch}: {eval_metric}")``: ``epoch 0:
  {'accuracy': 0.78125, 'f1': 0.7741935483870968}`` (0-based epoch, full-precision reprs);
* ``accelerator.save_state(...)`` each epoch, whose INFO lines name paths with the epoch in
  them (``Saving current state to /tmp/tmp95v3c8c0/epoch_1``, ``Sampler state for dataloader 0
  saved in ...``);
* ``accelerator.print(f"train_loss={...:.4f} over {n} steps")`` at the end.

Truth: the metrics computed on ``accelerator.gather_for_metrics`` outputs by scikit-learn
(``accuracy_score``, ``f1_score``), the dict the log line formats, under its keys, step = the
printed epoch; the last epoch's mean training loss (the script's own sum of ``loss.item()``)
as ``train_loss``, no step. The state block, paths and step counts are no metrics.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT3, Truth, main

EPOCHS, BATCH = 3, 32


def data():
    import torch

    torch.manual_seed(0)
    x = torch.randn(448, 10)
    w = torch.randn(10)
    y = ((x @ w + 0.8 * torch.randn(448)) > 0).long()
    train = torch.utils.data.TensorDataset(x[:384], y[:384])
    test = torch.utils.data.TensorDataset(x[384:], y[384:])
    return (torch.utils.data.DataLoader(train, batch_size=BATCH, shuffle=True),
            torch.utils.data.DataLoader(test, batch_size=BATCH))


def train() -> None:
    import logging
    import shutil
    import tempfile

    import torch
    from accelerate import Accelerator
    from accelerate.logging import get_logger
    from sklearn.metrics import accuracy_score, f1_score
    from tqdm.auto import tqdm

    logging.basicConfig(format="%(asctime)s - %(levelname)s - %(name)s - %(message)s",
                        datefmt="%m/%d/%Y %H:%M:%S", level=logging.INFO)
    logger = get_logger("__main__")
    accelerator = Accelerator(cpu=True)
    logger.info(accelerator.state, main_process_only=False)
    truth = Truth()
    train_loader, test_loader = data()
    model = torch.nn.Sequential(torch.nn.Linear(10, 16), torch.nn.ReLU(), torch.nn.Linear(16, 2))
    optimizer = torch.optim.AdamW(model.parameters(), lr=5e-3)
    model, optimizer, train_loader, test_loader = accelerator.prepare(
        model, optimizer, train_loader, test_loader)
    steps = EPOCHS * len(train_loader)
    progress_bar = tqdm(range(steps), disable=not accelerator.is_local_main_process)
    out = Path(tempfile.mkdtemp())
    try:
        for epoch in range(EPOCHS):
            model.train()
            total_loss = 0.0
            for xb, yb in train_loader:
                loss = torch.nn.functional.cross_entropy(model(xb), yb)
                accelerator.backward(loss)
                optimizer.step()
                optimizer.zero_grad()
                total_loss += loss.item()
                progress_bar.update(1)
            model.eval()
            predictions, references = [], []
            for xb, yb in test_loader:
                with torch.no_grad():
                    logits = model(xb)
                pred, ref = accelerator.gather_for_metrics((logits.argmax(-1), yb))
                predictions += pred.tolist()
                references += ref.tolist()
            eval_metric = {"accuracy": accuracy_score(references, predictions),
                           "f1": f1_score(references, predictions)}
            logger.info(f"epoch {epoch}: {eval_metric}")
            truth.add(epoch, **eval_metric)
            accelerator.save_state(str(out / f"epoch_{epoch}"))
        train_loss = total_loss / len(train_loader)
        accelerator.print(f"train_loss={train_loss:.4f} over {len(train_loader)} steps")
        truth.add(train_loss=train_loss)
    finally:
        shutil.rmtree(out, ignore_errors=True)
    truth.write("accuracy_score/f1_score on gather_for_metrics outputs (the dict the log line "
                "formats), step = the printed 0-based epoch; the last epoch's mean loss.item() "
                "as train_loss, no step",
                libraries=("accelerate", "torch", "scikit-learn", "tqdm"), rel=1e-9,
                abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"accelerate": train}, root=HELDOUT3)
