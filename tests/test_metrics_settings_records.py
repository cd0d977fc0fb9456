"""Rules written from the structure of the eighth and ninth halves' output (issue 11) that say
which printed records are settings: each checked on invented lines, one the rule reads and a
look-alike it must leave alone."""

from __future__ import annotations

from tests.metric_reading import read_with_params


# -- CONFIG_MARKERS: a config word right before a record ------------------------------------


def test_a_record_right_after_a_config_word_is_settings():
    # A sampler says what it drew: the record holds the candidate's settings, not results.
    text = ("Drew candidate 3 with settings {'lr': 0.02, 'momentum': 0.85} from the sampler\n"
            "Drew candidate 4 with settings {'lr': 0.07, 'momentum': 0.91} from the sampler\n")
    series, params = read_with_params(text)
    assert series == {}
    assert ("lr", "0.02") in params and ("momentum", "0.85") in params


def test_a_record_after_another_word_stays_results():
    # A look-alike: "scores" names no configuration, so the record's numbers are results.
    series, params = read_with_params("round 3 scores {'f1': 0.62, 'auc': 0.81}\n")
    assert series == {"f1": [(3.0, 0.62)], "auc": [(3.0, 0.81)]}
    assert params == []


# -- HEADED_LABELS: indented labelled lines under a heading name their things ------------------


def test_labelled_lines_under_a_heading_are_each_their_things():
    text = ("fitted coefficients:\n"
            "  slope: estimate 2.31 stderr 0.14\n"
            "  intercept: estimate -0.72 stderr 0.05\n")
    assert read_with_params(text)[0] == {
        "slope/estimate": [(0.0, 2.31)], "slope/stderr": [(0.0, 0.14)],
        "intercept/estimate": [(0.0, -0.72)], "intercept/stderr": [(0.0, 0.05)]}


def test_labelled_lines_without_a_heading_keep_their_names():
    # A look-alike: no heading says the lines list things; the label is a log's, and the
    # values are one series printed again.
    text = ("starting fit\n"
            "  worker: estimate 2.31 stderr 0.14\n"
            "  worker: estimate 2.12 stderr 0.11\n")
    assert read_with_params(text)[0] == {
        "estimate": [(0.0, 2.31), (1.0, 2.12)], "stderr": [(0.0, 0.14), (1.0, 0.11)]}


def test_a_phase_label_under_a_heading_stays_a_phase():
    text = "results:\n  valid: loss 0.41 acc 0.88\n  test: loss 0.45 acc 0.86\n"
    assert read_with_params(text)[0] == {
        "val/loss": [(0.0, 0.41)], "val/acc": [(0.0, 0.88)],
        "test/loss": [(0.0, 0.45)], "test/acc": [(0.0, 0.86)]}


# -- BANNER_SETTINGS: "key = value" lines right under an object's banner are its settings -------


def test_key_value_lines_under_a_banner_are_settings():
    text = ("==== <Integrator 'verlet'> ====\n"
            "time step = 0.002\n"
            "friction = 1.5\n"
            "thermostat = langevin\n"
            "setting up the run\n"
            "potential energy = -412.7\n")
    series, params = read_with_params(text)
    assert series == {"potential energy": [(0.0, -412.7)]}
    assert ("time step", "0.002") in params and ("friction", "1.5") in params


def test_key_value_lines_under_a_plain_line_stay_results():
    # A look-alike: the same run of lines under a sentence, not a banner, reports results.
    text = ("integration done\n"
            "total energy = -412.7\n"
            "kinetic energy = 35.2\n")
    assert read_with_params(text)[0] == {"total energy": [(0.0, -412.7)],
                                         "kinetic energy": [(0.0, 35.2)]}


# -- SLASHED_PARTS: decimals joined by "/" right after a value are its parts ----------------------


def test_slashed_decimals_after_a_value_are_its_parts():
    text = "ROUGE = 41.27 52.1/33.9/28.4 (len = 0.97)\n"
    assert read_with_params(text)[0] == {
        "ROUGE": [(0.0, 41.27)], "ROUGE/1": [(0.0, 52.1)], "ROUGE/2": [(0.0, 33.9)],
        "ROUGE/3": [(0.0, 28.4)], "len": [(0.0, 0.97)]}


def test_a_count_or_two_parts_after_a_value_are_no_parts():
    # Look-alikes: "12/100" is a count of batches, "0.3/0.2" two numbers a slash parts
    # (a pair of rates, say): neither is a run of three or more parts.
    series = read_with_params("acc = 0.91 12/100\nloss = 0.44 0.3/0.2\n")[0]
    assert not any("/" in name for name in series)


# -- COMMAND_LABEL: a row labelled by a command line, set apart by a wide gap -------------------


def test_rows_labelled_by_a_command_line_are_read():
    text = ("xz -3 -k corpus.txt > /dev/null       p50    12.40 ms  p90    19.85 ms\n"
            "zstd -19 corpus.txt -o out.zst        p50   301.02 ms  p90   344.10 ms\n")
    assert read_with_params(text)[0] == {"p50": [(0.0, 12.4), (1.0, 301.02)],
                                         "p90": [(0.0, 19.85), (1.0, 344.1)]}


def test_a_step_word_before_a_wide_gap_labels_no_row():
    # A look-alike: "Epoch 3/10" before the gap is the step, not a label to drop; the line
    # reads as the step's pairs, as it did before.
    series = read_with_params("Epoch 3/10      loss 0.52  acc 0.81\n")[0]
    assert series == {"loss": [(3.0, 0.52)], "acc": [(3.0, 0.81)]}


def test_a_line_tagged_as_input_is_settings():
    # CONFIG_MARKERS: a leading tag that names the line input or configuration.
    text = "[INPUT] cutoff = 12.5\n[Config] tolerance = 0.001\n[train] loss = 0.3\n"
    series, params = read_with_params(text)
    assert series == {"train/loss": [(0.0, 0.3)]}
    assert ("cutoff", "12.5") in params and ("tolerance", "0.001") in params
