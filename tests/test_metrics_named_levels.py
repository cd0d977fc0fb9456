"""NAMED_LEVELS and SIBLING_MATRICES (right_aligned), on invented lines: names and percent levels
heading one matrix, and two matrices of the same things told apart by their titles, with the
look-alikes each rule must leave alone."""

from __future__ import annotations

from tests.metric_reading import values

# -- NAMED_LEVELS ---------------------------------------------------------------------------------


def test_names_and_percent_levels_head_one_matrix():
    text = ("Posterior summary:\n"
            "          mean     sd     5 %    95 %\n"
            "alpha    1.204 0.0810  1.0711  1.3372\n"
            "beta    -0.352 0.1200 -0.5494 -0.1546\n")
    assert values(text) == {
        "alpha/mean": [1.204], "alpha/sd": [0.081], "alpha/5 %": [1.0711], "alpha/95 %": [1.3372],
        "beta/mean": [-0.352], "beta/sd": [0.12], "beta/5 %": [-0.5494], "beta/95 %": [-0.1546]}


def test_levels_may_stand_between_names():
    text = ("         median    25 %    75 %     iqr\n"
            "theta    0.4400  0.3100  0.5800  0.2700\n"
            "kappa    2.0100  1.7700  2.3000  0.5300\n")
    got = values(text)
    assert got["theta/25 %"] == [0.31] and got["kappa/iqr"] == [0.53]


def test_a_percent_unit_in_the_rows_is_no_level_header():
    df = ("Filesystem      Size  Used Avail Use% Mounted on\n"
          "/dev/vdb        100G   20G   80G  20% /data\n")
    assert values(df) == {}


# -- SIBLING_MATRICES -----------------------------------------------------------------------------


def test_two_titled_matrices_of_the_same_things_are_told_apart_by_their_titles():
    text = ("Train split:\n"
            "       loss    acc\n"
            "fold1 0.412  0.871\n"
            "fold2 0.398  0.880\n"
            "\n"
            "Test split:\n"
            "       loss    acc\n"
            "fold1 0.530  0.822\n"
            "fold2 0.547  0.815\n")
    assert values(text) == {
        "Train split/fold1/loss": [0.412], "Train split/fold1/acc": [0.871],
        "Train split/fold2/loss": [0.398], "Train split/fold2/acc": [0.88],
        "Test split/fold1/loss": [0.53], "Test split/fold1/acc": [0.822],
        "Test split/fold2/loss": [0.547], "Test split/fold2/acc": [0.815]}


def test_matrices_of_other_things_under_one_header_keep_their_names():
    text = ("Slopes:\n"
            "      Value  Std. Error\n"
            "dose  0.812      0.1040\n"
            "age  -0.033      0.0121\n"
            "\n"
            "Cutpoints:\n"
            "        Value  Std. Error\n"
            "lo|mid -1.200      0.2210\n"
            "mid|hi  0.940      0.2015\n")
    got = values(text)
    assert got["dose/Value"] == [0.812] and got["lo|mid/Value"] == [-1.2]
    assert not any(name.startswith(("Slopes/", "Cutpoints/")) for name in got)


def test_a_titled_matrix_beside_a_titled_vector_keeps_its_names():
    text = ("Loadings:\n"
            "          PC1     PC2\n"
            "height  0.710  -0.120\n"
            "weight  0.690   0.330\n"
            "\n"
            "Share of variance:\n"
            "   PC1    PC2\n"
            "0.8120 0.1880\n")
    got = values(text)
    assert got["height/PC1"] == [0.71]
    assert not any(name.startswith("Loadings/") for name in got)


def test_matrices_parted_by_a_line_of_prose_are_no_siblings():
    text = ("Before tuning:\n"
            "       rmse    mae\n"
            "cpu   0.210  0.150\n"
            "gpu   0.190  0.140\n"
            "\n"
            "*** tuned below ***\n"
            "\n"
            "After tuning:\n"
            "       rmse    mae\n"
            "cpu   0.180  0.120\n"
            "gpu   0.170  0.110\n")
    got = values(text)
    assert got["cpu/rmse"] == [0.21, 0.18]
    assert not any(name.startswith(("Before tuning/", "After tuning/")) for name in got)
