"""HELD-OUT fixture (twenty-third half, see generate/heldout23/README.md): do not read while
tuning the parser.

pyhf's command line (PyPI ``pyhf``, the HistFactory likelihoods of particle physics, NumPy
backend) on a three-bin workspace the script writes (a signal sample with a free signal
strength ``mu``, a background with a Poisson-constrained shape uncertainty, observed counts):
``pyhf inspect`` (a summary of channels, samples, parameters and modifiers), ``pyhf cls`` at the
default ``mu = 1`` and ``pyhf cls --test-poi 2`` (each a JSON object: ``"CLs_exp"``, the five
expected CLs values of the -2 to +2 sigma band, and ``"CLs_obs"``), and ``pyhf fit --value``
(``"mle_parameters"`` by parameter, a list per parameter, and ``"twice_nll"``).

Truth from pyhf's Python API on the same workspace, in the same process that ran the commands:
``pyhf.infer.hypotest(mu, data, model, test_stat="qtilde", return_expected_set=True)`` (the
command's defaults) for ``CLs_obs`` and ``CLs_exp`` (five values each, in order), and
``pyhf.infer.mle.fit(data, model, return_fitted_val=True)`` for ``mle_parameters/<name>`` (in
the model's parameter order) and ``twice_nll``. The inspect summary's counts are optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT23, Truth, main

SPEC = {
    "channels": [{"name": "sr", "samples": [
        {"name": "signal", "data": [6.0, 9.0, 4.0],
         "modifiers": [{"name": "mu", "type": "normfactor", "data": None}]},
        {"name": "background", "data": [52.0, 61.0, 30.0],
         "modifiers": [{"name": "bkg_unc", "type": "shapesys", "data": [5.0, 6.5, 4.0]}]}]}],
    "observations": [{"name": "sr", "data": [55.0, 66.0, 31.0]}],
    "measurements": [{"name": "meas", "config": {"poi": "mu", "parameters": []}}],
    "version": "1.0.0",
}


def run() -> None:
    import json
    import subprocess
    import tempfile

    import pyhf

    work = Path(tempfile.mkdtemp(prefix="pyhf-"))
    (work / "workspace.json").write_text(json.dumps(SPEC))
    cli = str(Path(sys.executable).parent / "pyhf")
    for args in (["inspect"], ["cls"], ["cls", "--test-poi", "2"], ["fit", "--value"]):
        sys.stdout.flush()
        subprocess.run([cli, *args, "workspace.json"], cwd=work, check=True)
    workspace = pyhf.Workspace(SPEC)
    model = workspace.model()
    data = workspace.data(model)
    truth = Truth()
    truth.allow(channels=1, samples=2, parameters=2, modifiers=2, nbins=3)
    for mu in (1.0, 2.0):
        obs, expected = pyhf.infer.hypotest(mu, data, model, test_stat="qtilde",
                                            return_expected_set=True)
        for value in expected:
            truth.add(CLs_exp=value)
        truth.add(CLs_obs=obs)
    best, twice_nll = pyhf.infer.mle.fit(data, model, return_fitted_val=True)
    for name in model.config.par_order:
        for value in best[model.config.par_slice(name)]:
            truth.add(**{f"mle_parameters/{name}": value})
    truth.add(twice_nll=twice_nll)
    truth.write("pyhf: hypotest and mle.fit on the same workspace in the same process (the "
                "commands' defaults); inspect's counts optional",
                libraries=("pyhf", "numpy", "scipy"), rel=1e-6, abs_tol=1e-12)


if __name__ == "__main__":
    main(__file__, {"pyhf": run}, root=HELDOUT23)
