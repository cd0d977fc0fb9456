"""Development fixture (held out in the first measurement of issue 11, seen since).

Rich tables as training scripts draw them, on stdout:

* a `rich.live.Live` display of a `Table` that gains a row per epoch (box ``ROUNDED``, coloured
  columns, ``Val Acc`` as ``73.4 %``, ``Time`` as ``0.31s``); on a terminal it is redrawn in place
  (cursor moves) several times per epoch, on a pipe Rich prints its final state once;
* a run that prints a one-row table after each epoch (box ``SQUARE``, the header each time);
* four more runs whose whole history is printed once at the end, in the box styles ``ASCII``,
  ``HEAVY``, ``DOUBLE`` and ``MARKDOWN``, with a title.

Truth: the values `_models.logistic_regression` yielded, one per drawn cell (each row once,
however often Live redraws it), under the column header, at the step in the ``Epoch``
column (optional). Rounded as drawn: 4 decimals, the percentage 1 (``Val Acc``, ×100), the
learning rate 4 significant digits.
"""

from _capture import Truth, main  # noqa: E402
from _models import logistic_regression  # noqa: E402

EPOCHS = 4
EPOCH_SECONDS = 0.6  # Live refreshes 4 times a second: every state is drawn
COLUMNS = ("Epoch", "Train Loss", "Val Loss", "Val Acc", "LR")


def train() -> None:
    import time

    from rich import box
    from rich.console import Console
    from rich.live import Live
    from rich.table import Table

    console = Console()
    truth = Truth()

    def new_table(style, title=None, with_time=False):
        table = Table(box=style, title=title)
        for name, colour in zip(COLUMNS, ("bold", "cyan", "magenta", "green", "yellow")):
            table.add_column(name, style=colour, justify="right")
        if with_time:
            table.add_column("Time", justify="right")
        return table

    def add_row(table, row, started=None):
        cells = [str(row["epoch"]), f"{row['train_loss']:.4f}", f"{row['val_loss']:.4f}",
                 f"{100 * row['val_acc']:.1f} %", f"{row['lr']:.4g}"]
        if started is not None:
            cells.append(f"{time.monotonic() - started:.2f}s")
        table.add_row(*cells)
        truth.add(row["epoch"], **{"Train Loss": row["train_loss"], "Val Loss": row["val_loss"],
                                   "Val Acc": 100 * row["val_acc"], "LR": row["lr"]})
        truth.allow(Epoch=row["epoch"])

    table = new_table(box.ROUNDED, with_time=True)
    started = time.monotonic()
    with Live(table, console=console, refresh_per_second=4):
        for row in logistic_regression(lr=0.3, epochs=EPOCHS, seed=2, lr_decay=0.7):
            time.sleep(EPOCH_SECONDS)
            add_row(table, row, started)
    for row in logistic_regression(lr=0.15, epochs=EPOCHS, seed=3):
        one_row = new_table(box.SQUARE)
        add_row(one_row, row)
        console.print(one_row)
    for n, style in enumerate((box.ASCII, box.HEAVY, box.DOUBLE, box.MARKDOWN)):
        history = new_table(style, title=f"history ({n + 1}/4)")
        for row in logistic_regression(lr=0.05 * (n + 1), epochs=EPOCHS, seed=4 + n):
            add_row(history, row)
        console.print(history)
    truth.write("the values logistic_regression yielded, one per drawn cell (a Live row "
                "once); names = column headers; step = the Epoch column",
                libraries=("rich", "numpy"), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"rich-table": train})
