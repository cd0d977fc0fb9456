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


def test_an_announcement_of_no_phase_or_with_a_number_names_nothing():
    # The look-alikes: a word that is no phase, and a phase word over a number (a count said).
    text = ("Loading weights...\nround 1/3 - cost: 0.90\n"
            "Test 3 of 5...\nround 2/3 - cost: 0.80\n")
    assert read(text)[0] == {"cost": [(1.0, 0.90), (2.0, 0.80)]}
