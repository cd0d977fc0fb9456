"""Result lines that each open with ``<method> on <problem>:`` and report the same keys
(SUBJECT_RUN), on invented lines in the shape a metaheuristics comparison prints, and the
label of a LOCATED_VALUE line kept in sight for LEAD_LABEL_RUN."""

from __future__ import annotations

from tests.metric_reading import read, values

COMPARISON = ("settings: n_dims=8 epoch=20 pop_size=30\n"
              "SwarmA on ackley: best fitness 3.125\n"
              "  best position: [ 0.71  3.52 -0.45]\n"
              "GenAlg on ackley: best fitness 1.75\n"
              "  best position: [1.37 2.61 0.50]\n"
              "SwarmA on levy: best fitness 0.5\n"
              "  best position: [0.53 0.34 0.08]\n")


def test_each_pairing_names_its_own_key_across_a_line_of_detail():
    assert values(COMPARISON) == {"SwarmA on ackley/best fitness": [3.125],
                                  "GenAlg on ackley/best fitness": [1.75],
                                  "SwarmA on levy/best fitness": [0.5]}


def test_the_names_do_not_depend_on_how_the_output_is_cut_into_reads():
    for chunk in (1, 9, 60):
        assert read(COMPARISON, chunk) == read(COMPARISON)


def test_one_pairing_alone_keeps_the_bare_key():
    assert values("SwarmA on ackley: best fitness 3.125\n"
                  "  best position: [ 0.71  3.52 -0.45]\n") == {"best fitness": [3.125]}


def test_pairings_reporting_other_keys_or_too_far_apart_make_no_run():
    other_keys = "SwarmA on ackley: best fitness 3.125\nGenAlg on ackley: best cost 1.75\n"
    assert set(values(other_keys)) == {"best fitness", "best cost"}
    far = ("SwarmA on ackley: best fitness 3.125\n" + "  detail: [1 2 3]\n" * 3
           + "GenAlg on ackley: best fitness 1.75\n")
    assert values(far) == {"best fitness": [3.125, 1.75]}


def test_a_log_prefix_may_open_the_lines():
    text = ("2026-01-02 10:00:00 INFO SwarmA on ackley: best fitness 3.125\n"
            "2026-01-02 10:00:01 INFO GenAlg on ackley: best fitness 1.75\n")
    assert set(values(text)) == {"SwarmA on ackley/best fitness", "GenAlg on ackley/best fitness"}


def test_a_located_optimum_keeps_its_things_label():
    text = ("Ackley: best cost 0.00132 at x=1.0224, y=1.0423\n"
            "Levy: best cost 0.000129 at 0.0073, 0.0081, 0.0034\n")
    assert values(text) == {"Ackley/best cost": [0.00132], "Levy/best cost": [0.000129]}
    assert values("Ackley: best cost 0.00132 at x=1.0224, y=1.0423\n") == {"best cost": [0.00132]}
