"""RECORD_BLOCK (fit_records): the ``name: number`` lines under a record's last field, a
heading such as ``Parameters  :`` whose colon stands in the column of the fields above it, are
results when the record is printed again (one per fitted model); a record printed once, or a
config dump's own ``parameters:`` section, stays settings. Invented lines, in other titles,
field names and layouts than the held-out fixture surpyval."""

from __future__ import annotations

from tests.metric_reading import read_with_params


def values(text: str, chunk: int = 4096) -> tuple[dict[str, list[float]], dict[str, str]]:
    points, params = read_with_params(text, chunk)
    return {name: [value for _, value in series] for name, series in points.items()}, dict(params)


def record(family: str, method: str, entries: dict[str, float], heading: str = "Params") -> str:
    return ("Survival regression fit\n"
            "-----------------------\n"
            f"Family      : {family}\n"
            f"Estimator   : {method}\n"
            f"{heading:<12}:\n"
            + "".join(f"  {name:>8}: {value!r}\n" for name, value in entries.items()))


FITS = (record("loglogistic", "MLE", {"shape": 3.1417726893, "scale": 12.0481125563})
        + record("gompertz", "MLE", {"rate": 0.0418812203, "shape": 1.7712250031})
        + "all fits done\n")


def test_entries_of_a_repeated_record_are_results():
    got, params = values(FITS)
    assert got == {"shape": [3.1417726893, 1.7712250031], "scale": [12.0481125563],
                   "rate": [0.0418812203]}
    assert "shape" not in params


def test_read_line_by_line_the_same():
    assert values(FITS, chunk=1)[0] == values(FITS)[0]


def test_a_record_printed_once_is_settings():
    got, params = values(record("weibull", "MLE", {"shape": 1.5, "scale": 10.0}, "Settings")
                         + "epoch 1 loss=0.52\n")
    assert "shape" not in got and params["shape"] == "1.5"


def test_a_config_dump_stays_settings():
    text = ("config:\n"
            "  optimizer: adam\n"
            "parameters:\n"
            "  lr: 0.001\n"
            "  momentum: 0.9\n"
            "config:\n"
            "epoch 1 loss=0.52\n")
    got, params = values(text)
    assert "lr" not in got and params.get("lr") == "0.001"


def test_records_set_in_read_the_same():
    indented = "".join(f"   {line}\n" for line in FITS.splitlines())
    assert values(indented)[0] == values(FITS)[0]
