"""R's unnamed matrix rows (ROW_INDEX) and named vectors one space apart (NAMED_VECTOR), on
invented lines in the shape R prints them."""

from __future__ import annotations

from tests.metric_reading import read, values

GAP_TABLE = ("         logW   E.logW       gap     SE.sim\n"
             "[1,] 3.458369 3.619919 0.1615499 0.04269150\n"
             "[2,] 3.135112 3.378494 0.2433824 0.05250586\n"
             "[3,] 2.981802 3.239360 0.2575580 0.05900004\n")


def test_an_indexed_matrix_row_is_stepped_by_its_index_and_named_by_its_column():
    found = read(GAP_TABLE)
    assert found["logW"] == [(1.0, 3.458369), (2.0, 3.135112), (3.0, 2.981802)]
    assert found["SE.sim"][2] == (3.0, 0.05900004)
    assert not any(name.startswith("[") for name in found)


def test_a_labelled_row_keeps_its_label_and_an_index_of_another_shape_is_no_step():
    named = ("       logW   E.logW\n"
             "k1 3.458369 3.619919\n"
             "k2 3.135112 3.378494\n")
    assert values(named)["k2/logW"] == [3.135112]
    column_index = ("       logW   E.logW\n"
                    "[,1] 3.458369 3.619919\n")  # a column index: the matrix printed sideways
    assert "logW" not in read(column_index)


def test_a_named_vector_one_space_apart_is_read():
    text = ("Objective function:\n"
            "   build     swap \n"
            "1.035116 1.027102 \n")
    assert values(text) == {"build": [1.035116], "swap": [1.027102]}


def test_numbers_one_space_apart_not_ending_under_the_names_are_no_vector():
    shifted = ("  build   swap\n"
               "1.035116 1.027102\n")
    assert read(shifted) == {}
    under_numbers = ("   10      20 \n"
                     "1.035116 1.027102 \n")
    assert read(under_numbers) == {}


def test_a_vector_wrapped_at_its_width_is_named_by_its_own_header():
    text = ("Eigenvalues for unconstrained axes:\n"
            "   PC1    PC2    PC3    PC4 \n"
            "15.270  8.428  6.899  5.675 \n"
            "   PC5    PC6 \n"
            " 3.988  0.785 \n")
    assert values(text) == {"PC1": [15.27], "PC2": [8.428], "PC3": [6.899], "PC4": [5.675],
                            "PC5": [3.988], "PC6": [0.785]}
