"""LITERAL_HEADER: a ``key : value`` line whose value is a word like ``True`` or ``None`` is no
header of a colon-parted table, so the lines under it are not named after it. Pyomo-style
tables with a real header still read. Invented summaries."""

from __future__ import annotations

from tests.metric_reading import values


def test_a_flag_line_is_no_header_for_the_lines_under_it():
    got = values("Solver: trust-region\n"
                 "  converged   : True\n"
                 "  steps       : 41\n"
                 "  wall        : 1.25\n")
    assert not any(name.endswith("/True") or "/True/" in name for name in got)


def test_a_none_valued_line_is_no_header_either():
    got = values("Run report\n"
                 "  checkpoint : None\n"
                 "  epochs     : 12\n"
                 "  best_loss  : 0.0831\n")
    assert not any("None" in name for name in got)


def test_a_header_of_names_still_reads_its_rows():
    got = values("cost : Size=1, Index=None, Active=True\n"
                 "    Key  : Active : Value\n"
                 "    None :   True : 512.75\n")
    assert got == {"cost/Value": [512.75]}
