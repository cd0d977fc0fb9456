"""Rich: a training loop with a `rich.progress.Progress` bar (the default columns plus a
``TextColumn("loss: {task.fields[loss]:.4f}")``, the documented way to show a value beside a
bar), `console.log` lines (``[08:55:01] epoch 1 loss 0.6931 acc 0.500   gen_rich.py:58``) and a
`rich.print` of a metrics dict (pretty-printed, coloured on a terminal).

Rich draws the live bar on stdout from a refresh thread, 10 times a second, with cursor moves
and erase codes, only on a terminal (on a pipe it prints the final state once). A step takes
0.15 s here, so every value of the field is drawn.

Truth: the ``loss`` field of each `progress.update` (the task's initial field included, the
bar shows it first; on a pipe only the final value), and the values passed to `console.log`
and `rich.print`. Names as printed; no step is judged.
"""

from _capture import main, write_truth

EPOCHS, STEPS = 2, 5
STEP_SECONDS = 0.15


def train() -> None:
    import random
    import sys
    import time

    from rich import print as rich_print
    from rich.console import Console
    from rich.progress import Progress, TextColumn

    rng = random.Random(0)
    console = Console()
    shown_loss: list[float] = []
    metrics: dict[str, list[float]] = {"loss": [], "acc": [], "epoch": [], "val_loss": [],
                                       "val_acc": []}
    loss, acc = 0.9, 0.5
    columns = (*Progress.get_default_columns(), TextColumn("loss: {task.fields[loss]:.4f}"))
    with Progress(*columns, console=console) as progress:
        task = progress.add_task("epoch 1", total=EPOCHS * STEPS, loss=loss)
        shown_loss.append(loss)
        for epoch in range(1, EPOCHS + 1):
            progress.update(task, description=f"epoch {epoch}")
            for _ in range(STEPS):
                time.sleep(STEP_SECONDS)
                loss *= 0.85 + 0.1 * rng.random()
                acc = min(1.0, acc + 0.05 * rng.random())
                progress.update(task, advance=1, loss=loss)
                shown_loss.append(loss)
            progress.console.log(f"epoch {epoch} loss {loss:.4f} acc {acc:.3f}")
            for name, value in (("epoch", epoch), ("loss", loss), ("acc", acc)):
                metrics[name].append(value)
    val_loss, val_acc = loss * 1.1, acc * 0.95
    rich_print({"val_loss": round(val_loss, 4), "val_acc": round(val_acc, 4)})
    metrics["val_loss"].append(val_loss)
    metrics["val_acc"].append(val_acc)

    if not sys.stdout.isatty():
        shown_loss = shown_loss[-1:]  # off a terminal Rich prints the bar's final state only
    metrics["loss"] = shown_loss + metrics["loss"]
    write_truth(metrics, libraries=("rich",), abs_tol=5e-4,
                source="the loss field given to Progress.add_task/update, the values passed "
                       "to console.log and rich.print; names as printed")


if __name__ == "__main__":
    main(__file__, {"rich": train})
