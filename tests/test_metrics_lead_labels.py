"""Lines that each open with a thing's name and report the same keys (LEAD_LABEL_RUN), on
invented lines in the shapes a curve fitter and a distribution fitter print."""

from __future__ import annotations

from tests.metric_reading import read, values

CURVES = ("Best : Linear: time = -0.0002 + 3.1E-07*n (sec)\n"
          "Constant: time = 0.003 (sec)                 (res: 3.3E-05)\n"
          "Linear: time = -0.0002 + 3.1E-07*n (sec)     (res: 5.7E-08)\n"
          "Cubic: time = 0.0014 + 6.9E-16*n^3 (sec)     (res: 5.1E-06)\n")

FITS = ("[12-01-2026 10:00:01] [fitter.core] [INFO] [norm       ] [0.00 sec] [RSS: 0.0294] [loc=3.062 scale=2.036]\n"
        "[12-01-2026 10:00:02] [fitter.core] [INFO] [expon      ] [0.01 sec] [RSS: 0.0458] [loc=0.138 scale=2.924]\n"
        "[12-01-2026 10:00:02] [fitter.core] [INFO] [weibull_min] [0.00 sec] [RSS: 0.0040] [loc=0.116 scale=3.263]\n")


def test_each_lines_leading_name_says_which_thing_its_keys_measure():
    assert values(CURVES) == {"Constant/res": [3.3e-05], "Linear/res": [5.7e-08],
                              "Cubic/res": [5.1e-06]}


def test_a_bracketed_name_after_a_log_prefix_names_the_things_keys():
    assert values(FITS) == {
        "norm/RSS": [0.0294], "norm/loc": [3.062], "norm/scale": [2.036],
        "expon/RSS": [0.0458], "expon/loc": [0.138], "expon/scale": [2.924],
        "weibull_min/RSS": [0.0040], "weibull_min/loc": [0.116], "weibull_min/scale": [3.263]}


def test_the_names_do_not_depend_on_how_the_output_is_cut_into_reads():
    for chunk in (1, 7, 64):
        assert read(CURVES, chunk) == read(CURVES)
        assert read(FITS, chunk) == read(FITS)


def test_one_line_alone_or_the_same_name_again_labels_nothing():
    assert values("Constant: time = 0.003 (sec)   (res: 3.3E-05)\n"
                  "done\n") == {"res": [3.3e-05]}
    assert "loss" in values("Stats: loss=0.52 acc=0.81\nStats: loss=0.48 acc=0.83\n")


def test_a_phase_a_progress_bar_or_a_step_line_is_no_thing():
    assert set(values("train: loss=0.52 acc=0.81\nval: loss=0.61 acc=0.77\n")) == {
        "train/loss", "train/acc", "val/loss", "val/acc"}
    bars = ("Warmup: 100%|#####| 450/450 [00:06, 74.7it/s, step size=0.80, acc. prob=0.92]\n"
            "Sample: 100%|#####| 450/450 [00:06, 74.7it/s, step size=0.81, acc. prob=0.93]\n")
    assert not any("/" in name for name in values(bars))
    tuned = ("[Tune-y] 4: mmce.mean=0.0533,acc.mean=0.9467; time: 0.0 min\n"
             "[Tune] Result: cp=0.1 : mmce.mean=0.0533,acc.mean=0.9467\n")
    assert not any(name.startswith("Tune") for name in read(tuned))


def test_words_of_prose_before_the_name_make_no_run():
    text = "Annealer on sphere: best cost 12.5\nAnnealer on griewank: best cost 0.75\n"
    # not the one word before the colon (griewank): the whole label is SUBJECT_RUN's
    assert set(values(text)) == {"Annealer on sphere/best cost", "Annealer on griewank/best cost"}
    text = "We ran it on sphere: best cost 12.5\nWe ran it on griewank: best cost 0.75\n"
    assert not any("/" in name for name in values(text))
