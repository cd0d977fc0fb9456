"""Rules written from the structure of solver and sampler traces the fourteenth half missed (a
row index and a colon opening a line of pairs, a step letter over a measured time, ...), each
checked on invented lines: one that the rule reads, and look-alikes it must leave alone."""

from __future__ import annotations

from tests.metric_reading import read

LOOK_ALIKES = (
    "  PID USER      PR  NI    VIRT    RES    SHR S  %CPU  %MEM     TIME+ COMMAND\n"
    " 1234 root      20   0  123456  12345   1234 S   1.3   0.2   0:01.23 python\n"
    "Filesystem      Size  Used Avail Use% Mounted on\n"
    "/dev/vda        252G   87G   15G  86% /\n"
    "-rw-r--r-- 1 root root 1234 Dec  5 23:40 truth.json\n"
    "               total        used        free      shared  buff/cache   available\n"
    "Mem:           15896        6060        1270         512        8565        9198\n"
    "Requirement already satisfied: numpy in ./.venv/lib/python3.11/site-packages (2.4.6)\n"
    " 3 files changed, 41 insertions(+), 7 deletions(-)\n"
    "12:30:01 job 3: started\n"
)


def test_look_alikes_give_nothing():
    assert read(LOOK_ALIKES) == {}


# -- INDEX_COLON (prefixes), MEASURED_STEP_KEY (steps, templates) ---------------------------------

TRACE = ("   0: f: 2.420000e+01 d: 0.00e+00 g: 2.16e+02 it: 4.05e-06 tt: 4.05e-06\n"
         "   1: f: 4.280493e+00 d: 1.99e+01 g: 1.52e+01 it: 2.10e-05 tt: 3.60e-05\n"
         "   2: f: 3.571154e+00 d: 7.09e-01 g: 1.35e+01 it: 6.91e-06 tt: 5.29e-05\n")


def test_a_row_index_and_a_colon_opening_pairs_is_their_step():
    points = read(TRACE)
    assert points["f"] == [(0.0, 24.2), (1.0, 4.280493), (2.0, 3.571154)]
    assert points["it"] == [(0.0, 4.05e-06), (1.0, 2.1e-05), (2.0, 6.91e-06)]  # no step: a time


def test_a_step_key_over_a_number_in_exponent_form_is_no_step():
    points = read("loss=0.9 it=2.5e-03\nloss=0.8 it=3.1e-03\n")
    assert points["loss"] == [(0.0, 0.9), (1.0, 0.8)]  # counted, not stepped by the time
    assert read("loss=0.7 step=4e2\n")["loss"] == [(400.0, 0.7)]  # a whole number still counts


def test_a_clock_or_an_index_before_prose_is_no_index_step():
    points = read("12:30:01 loss: 0.5\n 7: loss 0.4 (a sentence)\n 8: done: 3 of 4\n")
    assert points.get("loss", [])[:1] != [(7.0, 0.4)]
    assert "done" not in points or points["done"][0][0] == 8.0
