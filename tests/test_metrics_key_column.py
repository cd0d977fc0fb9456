"""KEY_COLUMN (`expctl.metrics.keyed_columns`): a table's first column of whole numbers that
names its rows, things, not steps: told by the header (the other columns named as the key's own,
or the key a thing's noun), never by the numbers, which count 1, 2, 3 as steps do."""

from __future__ import annotations

from expctl.metrics.keyed_columns import key_attributes
from tests.metric_reading import read


def test_columns_named_for_the_key_make_it_a_key():
    assert key_attributes(["node", "node.centrality", "node.visits", "label"]) == {1, 2}
    assert key_attributes(["gene", "gene_score", "gene_pval"]) == {1, 2}
    assert key_attributes(["cluster", "size", "withinss"]) == set()  # a thing's noun, no attribute
    assert key_attributes(["k", "inertia", "silhouette"]) is None  # neither
    assert key_attributes(["epoch", "epoch_time", "loss"]) is None  # a step orders the rows
    assert key_attributes(["node", "node.degree"]) is None  # two columns: a pair's table


def test_a_key_names_each_row_and_its_attributes_are_values_even_when_whole():
    text = (" node node.centrality node.visits label\n"
            "    5           0.812          12     3\n"
            "    9           0.331           4     8\n"
            "   12           0.270           9     5\n")
    assert read(text) == {
        "5/node.centrality": [(0.0, 0.812)], "5/node.visits": [(0.0, 12.0)],
        "9/node.centrality": [(0.0, 0.331)], "9/node.visits": [(0.0, 4.0)],
        "12/node.centrality": [(0.0, 0.27)], "12/node.visits": [(0.0, 9.0)],
    }  # "label", a whole number in no column of the key's, refers to another thing: no value


def test_a_thing_noun_keys_rows_two_spaces_apart_too():
    text = ("feature   importance   rank\n"
            "      4       0.4120      1\n"
            "     11       0.2210      2\n")
    assert read(text) == {"4/importance": [(0.0, 0.412)], "11/importance": [(0.0, 0.221)]}
    text = "Cluster summary:\n\n cluster size withinss\n       3   41    12.52\n       1   17     8.03\n"
    assert read(text) == {"3/withinss": [(0.0, 12.52)], "1/withinss": [(0.0, 8.03)]}


def test_a_step_or_an_unknown_first_column_still_orders_the_rows():
    text = " epoch loss acc\n     1 0.512 0.801\n     2 0.433 0.850\n"
    assert read(text) == {"loss": [(1.0, 0.512), (2.0, 0.433)], "acc": [(1.0, 0.801), (2.0, 0.85)]}
    text = " k inertia silhouette\n 2 120.5 0.61\n 3 98.1 0.55\n"
    assert read(text) == {"inertia": [(0.0, 120.5), (1.0, 98.1)], "silhouette": [(0.0, 0.61), (1.0, 0.55)]}


def test_a_key_owned_bound_is_a_measurement():
    text = " set set_mean_r2 set_min_r2 size\n   1       0.931      0.874    4\n   2       0.902      0.811    6\n"
    assert read(text) == {"1/set_mean_r2": [(0.0, 0.931)], "1/set_min_r2": [(0.0, 0.874)],
                          "2/set_mean_r2": [(0.0, 0.902)], "2/set_min_r2": [(0.0, 0.811)]}
