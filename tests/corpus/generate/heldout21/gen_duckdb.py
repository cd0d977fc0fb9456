"""HELD-OUT fixture (twenty-first half, see generate/heldout21/README.md): do not read while
tuning the parser.

Data analysis in SQL with DuckDB (PyPI ``duckdb``): a seeded pandas frame of 600 sales (region,
channel, sales amount, units) queried three times and each relation printed with ``.show()``,
DuckDB's box-drawn table (``┌───┬───┐``, a row of column names, a row of types such as
``double``/``int64``, then the rows): per-region count, mean, sample standard deviation, median
and the sales-units correlation; per-region least-squares fits of sales on units
(``regr_slope``, ``regr_intercept``, ``regr_r2``); and per-channel percentiles of the sales
amount.

Truth: each relation's ``fetchall()`` rows (the same relation object that was shown): every
double under ``<row key>/<column>`` (the key the first column, region or channel); the group
counts (``n``) optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT21, Truth, main

QUERIES = [
    """SELECT region, count(*) AS n, avg(sales) AS mean_sales, stddev_samp(sales) AS sd_sales,
              quantile_cont(sales, 0.5) AS median_sales, corr(sales, units) AS r
       FROM sales GROUP BY region ORDER BY region""",
    """SELECT region, regr_slope(sales, units) AS slope, regr_intercept(sales, units) AS intercept,
              regr_r2(sales, units) AS r2
       FROM sales GROUP BY region ORDER BY region""",
    """SELECT channel, count(*) AS n, quantile_cont(sales, 0.1) AS p10,
              quantile_cont(sales, 0.9) AS p90, max(sales) AS max_sales
       FROM sales GROUP BY channel ORDER BY channel""",
]


def run() -> None:
    import duckdb
    import numpy as np
    import pandas as pd

    rng = np.random.default_rng(21)
    units = rng.poisson(12, 600)
    sales = pd.DataFrame({"region": rng.choice(["east", "north", "south", "west"], 600),
                          "channel": rng.choice(["online", "store"], 600),
                          "units": units,
                          "sales": (units * rng.gamma(3, 3, 600)).round(2)})
    con = duckdb.connect()
    con.register("sales", sales)
    truth = Truth()
    for query in QUERIES:
        relation = con.sql(query)
        relation.show()
        print()
        columns = relation.columns
        for row in relation.fetchall():
            key = row[0]
            for column, value in zip(columns[1:], row[1:]):
                if column == "n":
                    truth.allow(**{f"{key}/{column}": value})
                else:
                    truth.add(**{f"{key}/{column}": value})
    truth.write("DuckDB: each shown relation's fetchall() rows, <first column>/<column>, the "
                "counts optional", libraries=("duckdb", "pandas"),
                rel=1e-12, abs_tol=1e-12)  # doubles printed in full


if __name__ == "__main__":
    main(__file__, {"duckdb": run}, root=HELDOUT21)
