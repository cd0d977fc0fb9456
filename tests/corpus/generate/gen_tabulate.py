"""tabulate: training histories printed as tables, in the styles people pick.

Eight runs of a real logistic regression (`_models.logistic_regression`, one learning rate
each) report through `tabulate.tabulate`:

* the first prints a one-row table after every epoch (``tablefmt="simple"``: the header and its
  dashes again above each row), with a ``time`` column (``0.01s``);
* the others print their whole history once, at the end, in one style each: ``github``
  (Markdown pipes), ``grid`` (ASCII ``+---+``), ``rounded_grid``, ``heavy_grid``,
  ``double_grid``, ``psql`` and ``rounded_outline``; the ``psql`` one shows accuracy as a
  percentage string (``87.5 %``) under ``val acc (%)``. Each history is headed ``history (grid):``.

Headers are multi-word (``train loss``). Truth: the values each run's `logistic_regression`
yielded, rounded as printed (4 decimals; the percentage 1), under the printed header, one point
per printed cell, at the step in the ``epoch`` column. ``epoch`` is the step column, optional.
"""

from _capture import Truth, main
from _models import logistic_regression

EPOCHS = 3
HEADERS = ["epoch", "train loss", "train acc", "val loss", "val acc"]
STYLES = ["github", "grid", "rounded_grid", "heavy_grid", "double_grid", "psql",
          "rounded_outline"]


def train() -> None:
    import time

    from tabulate import tabulate

    truth = Truth()

    def record(row: dict, percent: bool = False) -> list:
        values = [row["train_loss"], row["train_acc"], row["val_loss"], row["val_acc"]]
        names = HEADERS[1:]
        if percent:
            values[-1] = 100 * values[-1]
            names = [*names[:-1], "val acc (%)"]
        truth.add(row["epoch"], **dict(zip(names, values)))
        truth.allow(epoch=row["epoch"])
        cells = [row["epoch"], *values]
        if percent:
            cells[-1] = f"{values[-1]:.1f} %"
        return cells

    start = time.monotonic()
    for row in logistic_regression(lr=0.05, epochs=EPOCHS, seed=1):
        cells = record(row) + [f"{time.monotonic() - start:.2f}s"]
        print(tabulate([cells], headers=[*HEADERS, "time"], tablefmt="simple", floatfmt=".4f"))
        print()
    for n, style in enumerate(STYLES):
        percent = style == "psql"
        rows = [record(row, percent) for row in
                logistic_regression(lr=0.1 * (n + 1), epochs=EPOCHS, seed=1)]
        headers = [*HEADERS[:-1], "val acc (%)"] if percent else HEADERS
        print(f"history ({style}):")
        print(tabulate(rows, headers=headers, tablefmt=style, floatfmt=".4f"))
        print()
    # Tolerance: 4 decimals (5e-5), and the percentage's single decimal (0.05) is 1e-3 of a
    # percentage above 50; accuracies here are.
    truth.write("the values logistic_regression yielded, one per printed cell; names are the "
                "headers; step = the epoch column", libraries=("tabulate", "numpy"),
                rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"tabulate": train})
