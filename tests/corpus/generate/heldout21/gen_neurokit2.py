"""HELD-OUT fixture (twenty-first half, see generate/heldout21/README.md): do not read while
tuning the parser.

Heart-rate variability with NeuroKit2 (PyPI ``neurokit2``): a two-minute ECG simulated by the
library itself (``nk.ecg_simulate``, 250 Hz, 70 beats a minute, seeded), processed with
``nk.ecg_process`` (R-peak detection), then the time-domain and the frequency-domain HRV indices
(``nk.hrv_time``, ``nk.hrv_frequency``), each a one-row DataFrame, printed as its only row, a
pandas Series: ``HRV_MeanNN     856.840580`` one index a line, ``Name: 0, dtype: float64`` at
the end. A heading line before each is the script's, and the number of R-peaks found.

Truth: the returned frames' row, every column under its own name; the indices the library
leaves undefined for a two-minute recording (NaN: ``HRV_SDANN1``, ``HRV_ULF`` and the like) are
printed ``NaN`` and listed optional (nan), not as results. The R-peak count optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT21, Truth, main


def show(truth: Truth, title: str, frame) -> None:
    import math

    row = frame.iloc[0]
    print(title)
    print(row)
    print()
    for name, value in row.items():
        if math.isnan(value):
            truth.allow(**{name: value})
        else:
            truth.add(**{name: value})


def run() -> None:
    import neurokit2 as nk

    ecg = nk.ecg_simulate(duration=120, sampling_rate=250, heart_rate=70, random_state=21)
    _, info = nk.ecg_process(ecg, sampling_rate=250)
    peaks = info["ECG_R_Peaks"]
    truth = Truth()
    print(f"R-peaks: {len(peaks)}")
    truth.allow(**{"R-peaks": len(peaks)})
    show(truth, "time domain", nk.hrv_time(peaks, sampling_rate=250))
    show(truth, "frequency domain", nk.hrv_frequency(peaks, sampling_rate=250))
    truth.write("NeuroKit2: the one-row frames hrv_time and hrv_frequency return, each column "
                "by name; NaN indices and the R-peak count optional",
                libraries=("neurokit2", "pandas"), rel=1e-6, abs_tol=5e-7)  # six decimals


if __name__ == "__main__":
    main(__file__, {"neurokit2": run}, root=HELDOUT21)
