"""Report lines whose labels are padded to one colon column name their pairs by the label
(PADDED_LABEL_BLOCK), on invented lines in the shape a storage benchmark's report prints."""

from __future__ import annotations

from tests.metric_reading import read, values

BLOCK = ("  lat (msec)   : 2=0.05%, 4=0.24%, 10=0.20%\n"
         "  cpu          : usr=1.25%, sys=30.50%, ctx=1500, majf=0, minf=12\n"
         "  mem          : rss=512.5, peak=640.25\n")


def test_each_label_names_its_pairs():
    got = values(BLOCK)
    assert got["cpu/usr"] == [1.25] and got["cpu/sys"] == [30.5]
    assert got["mem/rss"] == [512.5] and got["mem/peak"] == [640.25]
    assert not {"usr", "sys", "rss", "peak"} & set(got)


def test_the_names_do_not_depend_on_how_the_output_is_cut_into_reads():
    for chunk in (1, 19, 90):
        assert read(BLOCK, chunk) == read(BLOCK)


def test_a_padded_line_alone_or_a_colon_right_after_the_label_is_left_alone():
    assert set(values("  cpu          : usr=1.25%, sys=30.50%\n")) == {"usr", "sys"}
    assert set(values("  cpu: usr=1.25%, sys=30.50%\n  mem: rss=512.5, peak=640.25\n")) == {
        "usr", "sys", "rss", "peak"}
