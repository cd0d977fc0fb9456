"""OTHER_HEADER (tables): a row as wide as the aligned row read before it is not that table's
row when a line of names stands right above it. R prints a named vector wider than its console
as pairs of lines, names over values, and several such vectors one after another: each row of
values belongs to the names right above it, however wide the rows are. Invented lines, in other
names and widths than the held-out fixture r-nmf."""

from __future__ import annotations

from tests.metric_reading import read_with_params


def read(data: str) -> dict[str, list[tuple[float, float]]]:
    return read_with_params(data, 4096)[0]


def vector(first: tuple[float, ...], second: tuple[float, ...], third: tuple[float, ...]) -> str:
    """One fit's statistics, a named vector wrapped into three pairs of lines (names one space
    apart where they are long, as R sets them right over their values)."""
    def names(*words):
        return "".join(f"{word:>17}" for word in words) + " \n"

    def values(row):
        return "".join(f"{value:>17.7f}" for value in row) + " \n"
    return (names("deviance", "pseudo.r.squared", "aic") + values(first)
            + names("df.resid", "log.likelihood", "bic") + values(second)
            + names("niter", "gradient.norm", "ncalls") + values(third))


def test_each_row_goes_with_the_names_right_above_it():
    text = (vector((12.5, 0.4125, 101.25), (37.0, -48.625, 110.5), (14.0, 0.031, 3.0))
            + vector((10.25, 0.5311, 97.75), (36.0, -46.875, 108.25), (22.0, 0.052, 3.0)))
    got = read(text)
    assert [value for _, value in got["deviance"]] == [12.5, 10.25]
    assert [value for _, value in got["log.likelihood"]] == [-48.625, -46.875]
    assert [value for _, value in got["bic"]] == [110.5, 108.25]
    assert [value for _, value in got["gradient.norm"]] == [0.031, 0.052]
    # the second fit's first rows are never read as more rows of the first fit's last part
    assert sorted({value for values in got.values() for _, value in values} & {10.25, 0.5311}) == [0.5311, 10.25]
    assert all(value not in (10.25, 36.0) for _, value in got.get("ncalls", []))


def test_rows_of_one_table_still_go_on_without_names_between():
    text = ("    loss     acc    time \n"
            "  0.5125  0.8125  1.2500 \n"
            "  0.4375  0.8450  1.2750 \n"
            "  0.3950  0.8625  1.3000 \n")
    assert [value for _, value in read(text)["acc"]] == [0.8125, 0.845, 0.8625]
