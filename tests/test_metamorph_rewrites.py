"""The metamorphic rewrites of `bench/metamorph.py` keep a table a table: a header a blank
line sets apart moves with its rows, a left-aligned column stays left-aligned, and what is
no decimal to round (a thousands group, a sign) is kept."""

from bench.metamorph import TRANSFORMS

TRUTH = {"metrics": {}}


def rewrite(how: str, text: str) -> str:
    return TRANSFORMS[how]([text], TRUTH)[0][0]


def test_header_apart_from_rows_is_repadded_with_them():
    text = ("Src  Proc.   BestBound     Gap\n"
            "\n"
            " z      0    -628.99     5.54%\n"
            " L      1    -613.51     0.08%\n")
    wide = rewrite("wider", text).split("\n")
    assert wide[0].index("Gap") + 3 == wide[2].index("5.54%") + 5  # right edges stay together
    assert wide[0].index("BestBound") == wide[3].index("-613.51") == 17  # left edges too
    assert wide[0] != text.split("\n")[0]


def test_blocks_sharing_no_gutter_are_repadded_alone():
    text = ("epoch    loss    acc\n"
            "1       0.500  0.900\n"
            "\n"
            "a long line of prose that crosses every gutter above\n"
            "and another one\n")
    wide = rewrite("wider", text).split("\n")
    assert wide[0] == "epoch      loss      acc"
    assert wide[1] == "1         0.500    0.900"
    assert wide[3:] == text.split("\n")[3:]


def test_left_aligned_column_is_padded_on_its_right():
    text = ("average  since         example\n"
            "loss     last          counter\n"
            "1.761725 1.761725            1\n"
            "1.014527 0.267328            2\n")
    lines = rewrite("fewer", text).split("\n")
    assert lines[2].startswith("1.76172 ") and lines[2][9:16] == "1.76172"
    assert lines[3][9:16] == "0.26733"
    assert lines[2].endswith("            1")


def test_right_aligned_column_is_padded_on_its_left():
    text = ("     Min       1Q   Median\n"
            "-11.0918  -0.4801   0.0000\n")
    lines = rewrite("fewer", text).split("\n")
    assert lines[1] == " -11.092   -0.480    0.000"


def test_thousands_group_and_sign_are_kept():
    text = ("name        Max             Weight\n"
            "test_sort   4,129.7600      +2.590\n")
    lines = rewrite("fewer", text).split("\n")
    assert "4,129.7600" in lines[1]
    assert lines[1].endswith("+2.59")


def test_number_in_parentheses_is_padded_before_the_value_it_notes():
    text = ("m1   |    lm |  158.1 (0.009) | 0.827\n"
            "m2   |    lm |  148.7 (0.991) | 0.893\n")
    lines = rewrite("fewer", text).split("\n")
    assert lines[0] == "m1   |    lm |   158.1 (0.01) |  0.83"
    assert lines[1] == "m2   |    lm |   148.7 (0.99) |  0.89"


def test_line_without_gutter_in_a_table_block_is_not_padded():
    text = ("data:  extra by group\n"
            "t = -3.7671, df = 18.332, p-value = 0.001374\n")
    lines = rewrite("fewer", text).split("\n")
    assert lines[1] == "t = -3.767, df = 18.33, p-value = 0.00137"


def test_one_lines_double_space_is_no_gutter():
    text = ("---\n"
            "Signif. codes:  0 '***' 0.001 '**' 0.01 '*' 0.05 '.' 0.1 ' ' 1\n")
    assert rewrite("wider", text) == text
    assert rewrite("narrower", text) == text


def test_value_after_equals_sign_is_not_padded_and_values_under_names_are():
    text = ("data:  extra by group\n"
            "t = -1.8608, df = 18, p-value = 0.07919\n"
            "alternative hypothesis: true difference\n"
            "mean of x mean of y \n"
            " 17.14737  24.39231 \n")
    lines = rewrite("fewer", text).split("\n")
    assert lines[1] == "t = -1.861, df = 18, p-value = 0.0792"
    assert lines[4] == "  17.1474   24.3923 "


def test_value_after_a_label_colon_is_not_padded():
    text = ("Regression:\n"
            "Learner ml_l RMSE: [[1.08020314]]\n"
            "Learner ml_m RMSE: [[1.01736691]]\n"
            "epoch    loss\n")
    lines = rewrite("fewer", text).split("\n")
    assert lines[1] == "Learner ml_l RMSE: [[1.0802031]]"


def test_value_a_gutter_after_a_colon_is_a_cell():
    text = ("Measures:             mmce      acc      \n"
            "[Resample] iter 1:    0.0600000 0.9400000 \n"
            "[Resample] iter 2:    0.0800000 0.9200000 \n")
    lines = rewrite("fewer", text).split("\n")
    assert lines[1] == "[Resample] iter 1:    0.060000  0.940000  "  # left-aligned: mmce


def test_line_without_gutter_is_in_no_left_aligned_column():
    text = ("data:  mtcars$mpg and mtcars$wt\n"
            "sample estimates:\n"
            "       cor \n"
            "-0.8676594 \n")
    lines = rewrite("fewer", text).split("\n")
    assert lines[3] == " -0.867659 "


def test_rename_keeps_unit_and_statistic_words():
    text = ("BenchmarkSHA256-2   8445   424085 ns/op   154.54 MB/s\n"
            "Latency med (ns)  Throughput avg (ops/s)  Req/Sec  fold\n")
    truth = {"metrics": {"BenchmarkSHA256-2/ns/op": 1.0, "BenchmarkSHA256-2/MB/s": 2.0,
                         "Latency med (ns)": 3.0, "Throughput avg (ops/s)": 4.0,
                         "Req/Sec": 5.0, "fold": 6.0}}
    (out,), renamed = TRANSFORMS["rename"]([text], truth)
    for kept in ("ns/op", "MB/s", " med ", "(ops/s)", "/Sec", "fold"):
        assert kept in out
    for gone in ("Latency", "Throughput", "Req"):
        assert gone not in out
    assert len(out) == len(text)
    assert "BenchmarkSHA256-2/MB/s" in renamed["metrics"]
    assert "fold" in renamed["metrics"]
    assert not any(name.startswith(("Latency", "Throughput")) for name in renamed["metrics"])


def test_rename_keeps_a_standard_error_but_not_an_error_alone():
    text = "      coef   std err\nd  0.5116  0.0582\nerr 0.25\n"
    truth = {"metrics": {"d/coef": 0.5116, "d/std err": 0.0582}}
    (out,), _ = TRANSFORMS["rename"]([text], truth)
    assert "std err" in out and "coef" not in out
    truth = {"metrics": {"d/coef": 0.5116, "err": 0.25}}
    (out,), _ = TRANSFORMS["rename"]([text], truth)
    assert "std err" not in out


def test_a_tab_set_note_between_rows_keeps_them_one_table():
    text = ("    N      Min      Max\n"
            "x   9    8.892    12.17\n"
            "\t1.04 +/- 0.90\n"
            "+  11    9.053     12.3\n")
    wide = rewrite("wider", text).split("\n")
    assert wide[2] == "\t1.04 +/- 0.90"
    assert wide[0].index("Max") + 3 == wide[1].index("12.17") + 5 == wide[3].index("12.3") + 4
    assert wide[0] != text.split("\n")[0]


def test_rename_keeps_function_words_and_a_p_value():
    truth = {"metrics": {"zorp criterion at convergence": [1.0], "p-value": [0.01]}}
    text = "zorp criterion at convergence: 1.0\np-value: 0.01\n"
    out, new_truth = TRANSFORMS["rename"]([text], truth)
    assert " at " in out[0] and "p-value" in out[0]
    assert "zorp" not in out[0] and "criterion" not in out[0]
    assert "p-value" in new_truth["metrics"]
