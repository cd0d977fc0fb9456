"""GROUP_KEY_COLUMNS: in a tab-separated table, leading columns named as a grouping
(``GroupBy(model)``) key each row: the key cells, words or whole numbers, name the row's values
``<key>/<column>``; a count column gives nothing. Checked on invented grouped summaries."""

from __future__ import annotations

from tests.metric_reading import values


def test_two_key_columns_name_each_row_by_both_keys():
    text = ("GroupBy(arch)\tGroupBy(width)\tcount(arch)\tmean(f1)\tmax(f1)\n"
            "gru\t16\t4\t0.712\t0.75\n"
            "gru\t8\t4\t0.698\t0.73\n"
            "lstm\t16\t4\t0.734\t0.77\n"
            "lstm\t8\t4\t0.701\t0.74\n")
    got = values(text)
    assert got["gru/16/mean(f1)"] == [0.712]
    assert got["lstm/8/max(f1)"] == [0.74]
    assert not any("count" in name or "GroupBy" in name for name in got)
    assert "mean(f1)" not in got


def test_one_key_column_of_words_labels_the_row():
    text = ("group_by\tmean(score)\tsstdev(score)\tmax(score)\n"
            "alpha\t0.82\t0.031\t0.86\n"
            "beta\t0.79\t0.044\t0.85\n")
    got = values(text)
    assert got["alpha/sstdev(score)"] == [0.031]
    assert got["beta/sstdev(score)"] == [0.044]


def test_a_table_without_grouping_names_reads_its_columns_as_before():
    text = ("Evaluation\tProposed point\tCurrent eval.\tBest eval.\n"
            "init\t[0.35 1.59].\t-3.91\t-3.91\n"
            "1\t[2. -2.].\t-3.52\t-3.52\n")
    got = values(text)
    assert got["Best eval."] == [-3.91, -3.52]
    assert not any("/" in name for name in got)
