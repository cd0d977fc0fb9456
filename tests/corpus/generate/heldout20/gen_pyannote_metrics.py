"""HELD-OUT fixture (twentieth half, see generate/heldout20/README.md): do not read while tuning
the parser.

Speaker diarization evaluation with pyannote.metrics (PyPI ``pyannote.metrics``): three seeded
synthetic meetings (a minute of turns by three speakers; a system whose boundaries are off by a
few tenths of a second and which gives some turns to the wrong speaker), each scored with one
``DiarizationErrorRate`` object, then ``metric.report(display=True)``, the package's own report:
a pandas table with a two-line header (``diarization error rate``, ``total``, ``correct``,
``false alarm``, ``missed detection``, ``confusion``, each of the last four twice, in seconds and
in ``%``) with one row per meeting and a ``TOTAL`` row. The package warns on stderr that the
evaluation map was approximated.

Truth: the frame ``report()`` returns, named ``<item>/<column>``, where a column is its upper
title, followed by `` %`` for the percentage column (``meeting1/diarization error rate %``,
``meeting1/correct``, ``meeting1/correct %``, ``TOTAL/confusion %``). ``total``, the reference
speech duration, is optional (how much there was to find, no result of the system).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT20, Truth, main


def run() -> None:
    import numpy as np
    from pyannote.core import Annotation, Segment
    from pyannote.metrics.diarization import DiarizationErrorRate

    rng = np.random.default_rng(1)
    metric = DiarizationErrorRate()
    for uri in ["meeting1", "meeting2", "meeting3"]:
        reference, hypothesis = Annotation(uri=uri), Annotation(uri=uri)
        t = 0.0
        while t < 60:
            duration = rng.uniform(2, 8)
            speaker = str(rng.choice(["A", "B", "C"]))
            reference[Segment(t, t + duration)] = speaker
            start = max(0.0, t + rng.normal(0, 0.3))
            end = t + duration + rng.normal(0, 0.3)
            label = {"A": "s1", "B": "s2", "C": "s3"}[speaker] if rng.random() > 0.15 else "s1"
            hypothesis[Segment(start, end)] = label
            t += duration + rng.uniform(0, 1)
        metric(reference, hypothesis)
    report = metric.report(display=True)

    truth = Truth()
    for item, row in report.iterrows():
        for (upper, lower), value in row.items():
            name = f"{item}/{upper}" + (" %" if lower == "%" else "")
            if upper == "total":
                truth.allow(**{name: value})
            else:
                truth.add(**{name: value})
    truth.write("pyannote.metrics: the frame DiarizationErrorRate.report() returns, "
                "<item>/<upper column title>[ %]; total optional",
                libraries=("pyannote.metrics", "pyannote.core"),
                rel=1e-3, abs_tol=5e-3)  # two decimals


if __name__ == "__main__":
    main(__file__, {"pyannote-metrics": run}, root=HELDOUT20)
