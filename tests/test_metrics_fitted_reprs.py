"""FITTED_REPRS (fitted_reprs): one-line object reprs printed one after another, sharing keys
whose computed values change from line to line, report fits; a repr alone, a config printed
again, a sweep's short values, argparse's Namespace stay settings. Invented lines, in other
class names, keys and layouts than the held-out fixture gstools."""

from __future__ import annotations

from tests.metric_reading import read_with_params


def values(text: str, chunk: int = 4096) -> tuple[dict[str, list[float]], dict[str, str]]:
    points, params = read_with_params(text, chunk)
    return {name: [value for _, value in series] for name, series in points.items()}, dict(params)


FITS = ("fitting 3 candidate kernels\n"
        "RBFKernel(n_dims=3, lengthscale=0.4821, outputscale=2.317)\n"
        "MaternKernel(n_dims=3, lengthscale=0.6103, outputscale=2.095, smoothness=1.5)\n"
        "PeriodicKernel(n_dims=3, lengthscale=0.3377, outputscale=1.842, period=6.281)\n"
        "done\n")


def test_a_run_of_fitted_reprs_reports_what_changes():
    got, params = values(FITS)
    assert got["lengthscale"] == [0.4821, 0.6103, 0.3377]
    assert got["outputscale"] == [2.317, 2.095, 1.842]
    assert got["period"] == [6.281]  # a decimal under a key of that line only: fitted
    assert "n_dims" not in got and params["n_dims"] == "3"  # the same in every line: a setting


def test_the_run_reads_the_same_line_by_line():
    assert values(FITS, chunk=1)[0] == values(FITS)[0]


def test_a_repr_alone_is_settings():
    got, params = values("GradientBooster(learning_rate=0.0537, max_leaves=31, subsample=0.812)\n"
                         "round 1 loss=0.52\n")
    assert "learning_rate" not in got and params["learning_rate"] == "0.0537"


def test_a_sweep_of_short_values_is_settings():
    got, params = values("SVC(C=0.1, gamma=0.01)\nSVC(C=1.0, gamma=0.01)\nSVC(C=10.0, gamma=0.001)\n")
    assert "C" not in got and "gamma" not in got and params["C"] == "0.1"


def test_a_config_printed_twice_is_settings():
    line = "Trainer(lr=0.000317, momentum=0.9137, epochs=20)\n"
    got, params = values(line + line)
    assert "lr" not in got and params["lr"] == "0.000317"


def test_namespace_stays_config():
    got, params = values("Namespace(lr=0.0123, batch_size=32, dropout=0.137)\n"
                         "Namespace(lr=0.0456, batch_size=32, dropout=0.211)\n")
    assert not got and params["lr"] == "0.0123"


def test_a_run_set_in_reads_the_same():
    indented = "".join(f"    {line}\n" for line in FITS.splitlines())
    assert values(indented)[0] == values(FITS)[0]


def test_members_of_a_structure_listed_set_in_are_no_fits():
    got, _ = values("Best genome:\n"
                    "Nodes:\n"
                    "\t0 Neuron(key=0, bias=-1.2345, activation=relu)\n"
                    "\t7 Neuron(key=7, bias=0.5321, activation=tanh)\n"
                    "Connections:\n")
    assert "bias" not in got and "key" not in got
