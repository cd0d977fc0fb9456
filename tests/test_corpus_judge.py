"""The corpus judge's rules for printed configuration and names (``tests/corpus/judge.py``):
names compared in one spelling, config keys (truth ``params``) never excused as metrics, name
precision, and the held-out half kept out of the default corpus."""

from __future__ import annotations

import pytest

from .corpus.judge import (CORPUS, HELDOUT, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7,
                           HELDOUT8, HELDOUT9, HELDOUT10, HELDOUT11, HELDOUT12, HELDOUT13,
                           HELDOUT14, HELDOUT15, HELDOUT16, HELDOUT17, HELDOUT18, HELDOUT19,
                           HELDOUT20, HELDOUT21, HELDOUT22, HELDOUT23, HELDOUT24, HELDOUT25,
                           HELDOUT26, HELDOUT27, HELDOUT28, HELDOUT29, HELDOUT30, HELDOUT31,
                           HELDOUT32, HELDOUT33, HELDOUT34, HELDOUT35, HELDOUT36, HELDOUT37,
                           HELDOUT38, HELDOUT39, HELDOUT40, HELDOUT41, HELDOUT42, HELDOUT43,
                           HELDOUT44, HELDOUT45, HELDOUT46, HELDOUT47, HELDOUT48, HELDOUT49,
                           HELDOUT50, HELDOUT51, HELDOUT52, HELDOUT53, HELDOUT54, HELDOUT55,
                           HELDOUT56, HELDOUT57, HELDOUT58, HELDOUT59, HELDOUT60, HELDOUT61,
                           Point,
                           fixture_dirs,
                           load_truth, name_key, score_points, total)

# each with generate/<half>/README.md
LATER_HALVES = [HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8, HELDOUT9,
                HELDOUT10, HELDOUT11, HELDOUT12, HELDOUT13, HELDOUT14, HELDOUT15, HELDOUT16,
                HELDOUT17, HELDOUT18, HELDOUT19, HELDOUT20, HELDOUT21, HELDOUT22,
                HELDOUT23, HELDOUT24, HELDOUT25, HELDOUT26,
                HELDOUT27, HELDOUT28, HELDOUT29, HELDOUT30, HELDOUT31, HELDOUT32, HELDOUT33,
                HELDOUT34, HELDOUT35, HELDOUT36, HELDOUT37, HELDOUT38, HELDOUT39,
                HELDOUT40, HELDOUT41, HELDOUT42, HELDOUT43, HELDOUT44, HELDOUT45,
                HELDOUT46, HELDOUT47, HELDOUT48, HELDOUT49, HELDOUT50, HELDOUT51,
                HELDOUT52, HELDOUT53, HELDOUT54, HELDOUT55,
                HELDOUT56, HELDOUT57, HELDOUT58, HELDOUT59, HELDOUT60, HELDOUT61]


def truth_of(metrics, steps=None, optional=None, params=None):
    truth = {"tolerance": {"rel": 1e-3, "abs": 0.0}, "metrics": metrics}
    for key, value in (("steps", steps), ("optional", optional), ("params", params)):
        if value:
            truth[key] = value
    return truth


def test_names_compare_in_one_spelling_of_case_separators_and_phase():
    assert name_key("Training Results/Avg accuracy") != name_key("train/Avg accuracy")
    assert name_key("train/Avg accuracy") == name_key("training/avg_accuracy") == \
        name_key("Train avg-accuracy") == "train_avg_accuracy"
    assert name_key("valid/loss") == name_key("Validation loss") == name_key("val_loss") == \
        name_key("DEV/loss")  # the development split is the validation set
    assert name_key("deviance") == "deviance"
    assert name_key("evaluation.f1") == name_key("eval/f1")
    assert name_key("Avg accuracy") != name_key("train/Avg accuracy")
    assert name_key("value_loss") == "value_loss"  # only a whole leading word is a phase


def test_a_section_qualified_truth_name_is_matched_by_any_spelling():
    truth = truth_of({"val/Avg loss": [0.5]}, steps={"val/Avg loss": [1]})
    for name in ("val/avg_loss", "validation/Avg loss", "Validation avg-loss"):
        assert score_points("x", truth, [Point(name, 1, 0.5)]).tp == 1
    merged = score_points("x", truth, [Point("Avg loss", 1, 0.5)])
    assert (merged.tp, merged.fp, merged.wrong_names) == (0, 1, ("Avg loss",))


def test_a_printed_config_key_is_a_false_positive_even_if_optional():
    truth = truth_of({"loss": [0.4]}, optional={"batch_size": [32]}, params={"batch_size": 32})
    score = score_points("x", truth, [Point("loss", 1, 0.4), Point("batch_size", 0, 32.0)])
    assert (score.tp, score.fp, score.optional, score.param_fp) == (1, 1, 0, 1)
    assert score.wrong_names == ("batch_size",)


def test_a_nested_config_key_names_its_leaf_too():
    truth = truth_of({"lr": [0.5, 0.4]}, steps={"lr": [1, 2]}, params={"optimizer.lr": 0.5})
    points = [Point("lr", 0, 0.5), Point("lr", 1, 0.5), Point("lr", 2, 0.4)]
    score = score_points("x", truth, points)
    # the config's lr, stored as a point of the real lr series, is one point too many
    assert (score.tp, score.fp, score.param_fp, score.missed) == (2, 1, 1, [])
    assert score.false_points == [Point("lr", 0, 0.5)]
    assert score.wrong_names == ()  # lr is a metric name: only its extra point counts against


def test_name_precision_counts_distinct_names():
    truth = truth_of({"loss": [0.5, 0.4]}, optional={"Total params": [74]})
    points = [Point("loss", 1, 0.5), Point("loss", 2, 0.4), Point("Total params", 0, 74.0),
              Point("max depth", 1, 5.0), Point("max depth", 2, 6.0), Point("seed", 0, 0.0)]
    score = score_points("x", truth, points)
    assert (score.names, score.wrong_names) == (3, ("max depth", "seed"))
    assert abs(score.name_precision - 1 / 3) < 1e-12
    pooled = total([score, score_points("y", truth, [])])
    assert (pooled.names, len(pooled.wrong_names), pooled.param_fp) == (3, 2, 0)


def test_a_step_key_kept_as_a_series_counts_neither_way():
    truth = truth_of({"loss": [0.5, 0.4]}, steps={"loss": [1, 2]})
    points = [Point("loss", 1, 0.5), Point("loss", 2, 0.4), Point("Epoch", 1, 1.0),
              Point("Epoch", 2, 2.0), Point("train/global_step", 2, 2.0),
              Point("iterations", 2, 2.0)]
    score = score_points("x", truth, points)
    assert (score.tp, score.fp, score.optional, score.wrong_names) == (2, 0, 4, ())


def test_a_schedule_the_truth_leaves_out_counts_neither_way():
    truth = truth_of({"loss": [0.5]}, steps={"loss": [1]})
    points = [Point("loss", 1, 0.5), Point("train/lr", 1, 0.001), Point("Epsilon", 1, 0.99),
              Point("learning rate", 1, 0.001)]
    score = score_points("x", truth, points)
    assert (score.tp, score.fp, score.optional, score.wrong_names) == (1, 0, 3, ())
    # a truth that lists it needs it; a printed config key of that name stays a false positive
    listed = truth_of({"lr": [0.1, 0.01]})
    assert score_points("x", listed, [Point("lr", 0, 0.1)]).missed == [Point("lr", None, 0.01)]
    config = truth_of({"loss": [0.5]}, params={"lr": 0.003})
    assert score_points("x", config, [Point("lr", 0, 0.003)]).param_fp == 1


def test_a_step_word_off_its_step_or_a_listed_one_still_counts():
    truth = truth_of({"loss": [0.5]}, steps={"loss": [1]})
    # a step word at another value, and a count at its step's value: false positives
    points = [Point("loss", 1, 0.5), Point("epoch", 1, 7.0), Point("n_updates", 3, 3.0)]
    score = score_points("x", truth, points)
    assert (score.tp, score.fp, score.wrong_names) == (1, 2, ("epoch", "n_updates"))
    # a truth that lists the step key as a metric still needs it
    listed = truth_of({"epoch": [1, 2]}, steps={"epoch": [1, 2]})
    assert score_points("x", listed, [Point("epoch", 1, 1.0)]).missed == [Point("epoch", 2, 2.0)]
    # a printed config value of that name stays a config value become a metric
    config = truth_of({"loss": [0.5]}, params={"epoch": 0})
    assert score_points("x", config, [Point("epoch", 0, 0.0)]).param_fp == 1


def test_truths_without_params_score_as_before():
    truth = truth_of({"Train Epoch": [1]})
    score = score_points("x", truth, [Point("Epoch", 0, 1.0)])
    assert (score.tp, score.fp, score.param_fp) == (0, 1, 0)


@pytest.mark.parametrize("half", [HELDOUT, *LATER_HALVES], ids=lambda p: p.name)
def test_the_default_corpus_leaves_the_held_out_half_out(half):
    assert fixture_dirs(CORPUS) and all(f.parent == CORPUS for f in fixture_dirs(CORPUS))
    held_out = fixture_dirs(half)
    if not held_out:
        pytest.skip("no held-out half in this checkout: it is generated on a branch of its own "
                    "and merged for the final measurement")
    assert all(f.parent == half for f in held_out)
    assert not {f.name for f in fixture_dirs(CORPUS)} & {half.name}


@pytest.mark.parametrize("half", [HELDOUT, *LATER_HALVES], ids=lambda p: p.name)
def test_held_out_truths_are_well_formed(half):
    """Only the form is checked here: the held-out halves are scored at the end, on request."""
    for fixture in fixture_dirs(half):
        truth = load_truth(fixture)
        assert {p.name for p in fixture.iterdir()} == {"stdout.txt", "stderr.txt", "truth.json"}
        # (A fixture may hold only optional points: a summary whose counts are no metrics.)
        assert truth["format_version"] == 1 and truth["source"]
        assert truth["metrics"] or truth.get("optional"), fixture.name
        assert set(truth["tolerance"]) == {"rel", "abs"}
        for section in ("metrics", "optional"):
            for name, values in truth.get(section, {}).items():
                assert name == name.strip() and name, (fixture.name, name)
                assert all(isinstance(v, (int, float)) or v in ("nan", "inf", "-inf")
                           for v in values), (fixture.name, name)
        for name, steps in truth.get("steps", {}).items():
            assert len(steps) == len(truth["metrics"][name]), (fixture.name, name)
        assert all(isinstance(k, str) and k for k in truth.get("params", {}))


@pytest.mark.parametrize("half", LATER_HALVES, ids=lambda p: p.name)
def test_the_later_held_out_halves_have_their_generators(half):
    """Each heldout3/4/.../23/24 fixture comes from a generator of generate/<half>/
    (a `-pipe` folder from its terminal twin's), which that folder's README lists."""
    generators = CORPUS / "generate" / half.name
    fixtures = fixture_dirs(half)
    if not fixtures:
        pytest.skip(f"no {half.name} half in this checkout")
    readme = (generators / "README.md").read_text()
    for fixture in fixtures:
        fmt = fixture.name.removesuffix("-pipe")
        script = generators / f"gen_{fmt.replace('-', '_')}.py"
        assert script.is_file(), fixture.name
        assert f"`{fmt}`" in readme and script.name in readme, fixture.name
