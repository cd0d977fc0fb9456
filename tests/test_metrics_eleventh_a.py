"""Rules written from the structure of the eleventh half's output (issue 11: names that lose
the label qualifying them), each checked on invented lines: one that the rule reads, and a
look-alike it must leave alone."""

from __future__ import annotations

from tests.metric_reading import read_with_params


def read(data: str, chunk: int = 4096) -> tuple[dict[str, list[tuple[float, float]]], list]:
    """(name -> [(step, value)], config entries) as the recorder reads `data` on one stream."""
    return read_with_params(data, chunk)


# -- PHASE_ANNOUNCED: "Validating..." over a run of a bar's updates puts them under the phase,
# until a line of another form comes between ----------------------------------------------------


def test_an_announced_phase_names_the_updates_under_it():
    text = ("round 1/3 - cost: 0.90 - hit: 0.40\n"
            "Validating now...\n"
            "round 2/6 - cost: 0.70 - hit: 0.50\n"
            "round 4/6 - cost: 0.60 - hit: 0.55\n"
            "Validated 6 samples\n"
            "round 2/3 - cost: 0.80 - hit: 0.45\n")
    metrics = read(text)[0]
    assert metrics["val/cost"] == [(2.0, 0.70), (4.0, 0.60)]
    assert metrics["val/hit"] == [(2.0, 0.50), (4.0, 0.55)]
    assert metrics["cost"] == [(1.0, 0.90), (2.0, 0.80)]


def test_a_run_longer_than_the_look_back_keeps_its_announced_phase_to_the_end():
    text = "Validation Started...\n" + "".join(f"Epoch [{e}/20], Loss: {1 / e:.4f}\n" for e in range(1, 21))
    text += "Validation Finished!\nEpoch [1/1], Loss: 0.5000\n"
    metrics = read(text)[0]
    assert metrics["val/Loss"] == [(e, round(1 / e, 4)) for e in range(1, 21)]
    assert metrics["Loss"] == [(1.0, 0.5)]  # a line of another form ended the run


def test_training_announced_starts_the_runs_own_series():
    text = "Training Started...\n" + "".join(f"Epoch [{e}/3], Loss: {1 / e:.4f}\n" for e in range(1, 4))
    assert read(text)[0] == {"Loss": [(e, round(1 / e, 4)) for e in range(1, 4)]}


def test_an_announcement_of_no_phase_or_with_a_number_names_nothing():
    # The look-alikes: a word that is no phase, and a phase word over a number (a count said).
    text = ("Loading weights...\nround 1/3 - cost: 0.90\n"
            "Test 3 of 5...\nround 2/3 - cost: 0.80\n")
    assert read(text)[0] == {"cost": [(1.0, 0.90), (2.0, 0.80)]}


# -- LEAD_FIELD: a glued key=value at the line start takes its words, as a colon's name does -----


def test_the_words_opening_a_line_name_its_glued_pair():
    text = "reconstruction error=0.31, spread=0.02\nreconstruction error=0.29, spread=0.01\n"
    metrics = read(text)[0]
    assert metrics["reconstruction error"] == [(0.0, 0.31), (1.0, 0.29)]
    assert "error" not in metrics


def test_a_shouted_tag_or_a_count_keeps_the_glued_key_alone():
    # The look-alikes: a tag labelling the line, and a count whatever words open the line.
    metrics = read("SCORE auc=0.91\nFinal model num-leaves=31 gap=0.2\n")[0]
    assert metrics["auc"] == [(0.0, 0.91)]
    assert not any("SCORE" in name or "leaves" in name for name in metrics)


# -- FULL_STOP: a full stop closing the line ends the sentence, not the number ------------------


def test_a_value_before_the_closing_full_stop_is_read():
    assert read("gap=0.5, drift=8.8e-05.\n")[0] == {"gap": [(0.0, 0.5)], "drift": [(0.0, 8.8e-05)]}


def test_a_dotted_version_or_a_lone_pair_before_a_full_stop_is_no_value():
    # The look-alikes: dots inside a number, then a full stop: a version; a pair alone.
    assert read("release: 1.2.3.\n")[0] == {}
    assert read("drift: 0.5.\n")[0] == {}


def test_a_config_or_step_word_opening_a_line_is_no_part_of_a_name():
    assert read("config seed=7 rate=0.01\n")[1] == [("seed", "7"), ("rate", "0.01")]
    assert read("step cost=0.4\n")[0] == {"cost": [(0.0, 0.4)]}


# -- OBJECT_REPR: a record's repr in a printed dict is the dict of its fields --------------------


def test_records_in_a_dict_are_named_by_key_and_field():
    text = ("{'east': Gauge(low=Pair(hi=0.9, lo=np.float64(0.2)), width=0.7), "
            "'west': Gauge(low=Pair(hi=0.8, lo=0.1), width=0.5)}\n")
    assert read(text)[0] == {"east/low/hi": [(0.0, 0.9)], "east/low/lo": [(0.0, 0.2)],
                             "east/width": [(0.0, 0.7)], "west/low/hi": [(0.0, 0.8)],
                             "west/low/lo": [(0.0, 0.1)], "west/width": [(0.0, 0.5)]}


def test_a_call_that_is_no_record_leaves_the_dict_unread():
    # The look-alike: a call with a positional argument is no record of named fields.
    metrics = read("{'east': Gauge(3, width=0.7)}\n")[0]
    assert "east/width" not in metrics


# -- LABEL_RUN: lines of a label and the same glued keys are named by their labels ---------------


def test_a_run_of_labelled_lines_names_each_by_its_label():
    text = ("epoch 1 cost=0.5\n"
            "north: hit=0.80 miss=0.20\nsouth: hit=0.60 miss=0.40\n"
            "epoch 2 cost=0.4\n"
            "north: hit=0.85 miss=0.15\nsouth: hit=0.65 miss=0.35\n")
    metrics = read(text, chunk=40)[0]  # small chunks: a line's next one is not always known
    assert metrics["north/hit"] == [(1.0, 0.80), (2.0, 0.85)]
    assert metrics["south/miss"] == [(1.0, 0.40), (2.0, 0.35)]
    assert "hit" not in metrics


def test_a_lone_labelled_line_keeps_its_names():
    # The look-alike: a label alone, no run of its shape: the label is a line's tag.
    text = "epoch 1 cost=0.5\nFinal: hit=0.80 miss=0.20\n"
    assert read(text)[0] == {"cost": [(1.0, 0.5)], "hit": [(1.0, 0.80)], "miss": [(1.0, 0.20)]}


# -- KEY_COLUMN and SUPERSCRIPT_MARKS: a report of runs keyed by letters, marks on its values -----


_REPORT = ("#    Run      Hit@3    Gain\n"
           "---  -------  -------  ------\n"
           "a    alpha    0.310    0.52\n"
           "b    beta     0.425ᵃ   0.61ᵃ\n"
           "c    gamma    0.512ᵃᵇ  0.70ᵃ\n"
           "\n")


def test_rows_keyed_by_letters_are_named_by_their_word_and_marks_dropped():
    metrics = read(_REPORT)[0]
    assert metrics["beta/Hit@3"] == [(0.0, 0.425)]
    assert metrics["gamma/Gain"] == [(0.0, 0.70)]
    assert metrics["alpha/Hit@3"] == [(0.0, 0.31)]
    assert not any(name.startswith(("a/", "b/", "c/")) for name in metrics)


def test_a_key_of_more_than_one_letter_stays_the_label():
    # The look-alike: labels that are names themselves, a word column beside them (a kind).
    text = ("Site     Kind     Hit@3    Gain\n"
            "north    alpha    0.310    0.52\n"
            "south    beta     0.425    0.61\n\n")
    metrics = read(text)[0]
    assert metrics["north/Hit@3"] == [(0.0, 0.31)]
    assert "alpha/Hit@3" not in metrics
