"""COLON_COLUMNS (colon_columns): tables whose cells are parted by colons set under the
header's, each row a thing of the component named above the header."""

from __future__ import annotations

from tests.metric_reading import values


def test_component_tables_name_each_number_by_component_key_and_column():
    text = ("  Variables:\n"
            "    flow : Size=2, Index=ARCS\n"
            "        Key    : Lower : Value : Upper : Fixed : Domain\n"
            "        (a, b) :     0 :  12.5 :  None : False : Reals\n"
            "        (b, c) :     0 :   7.0 :  20.0 : False : Reals\n"
            "  Objectives:\n"
            "    total : Size=1, Index=None, Active=True\n"
            "        Key  : Active : Value\n"
            "        None :   True : 98.25\n"
            "\n")
    assert values(text) == {"flow/(a, b)/Lower": [0.0], "flow/(a, b)/Value": [12.5],
                            "flow/(b, c)/Lower": [0.0], "flow/(b, c)/Value": [7.0],
                            "flow/(b, c)/Upper": [20.0], "total/Value": [98.25]}


def test_a_table_without_a_component_line_names_rows_by_key():
    text = ("Key       : Low : Value\n"
            "  node[1] :   0 : 0.153\n"
            "  node[2] :   0 :   0.0\n"
            "\n")
    assert values(text) == {"node[1]/Low": [0.0], "node[1]/Value": [0.153],
                            "node[2]/Low": [0.0], "node[2]/Value": [0.0]}


def test_one_column_of_values_under_no_component_is_left_to_the_other_readers():
    text = ("Key       : Value\n"
            "lr        : 0.001\n"
            "momentum  :   0.9\n")
    assert not any("/" in name for name in values(text))


def test_colons_out_of_line_with_a_header_are_no_table():
    text = ("Key : Value\n"
            "speed of light : 299792458\n"
            "\n")
    assert not any("/" in name for name in values(text))
