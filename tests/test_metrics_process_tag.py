"""Lines opened by a process id framed by marks (PROCESS_TAG), on invented lines in the shape
Valgrind's tools print their summaries."""

from __future__ import annotations

from tests.metric_reading import read, values

SUMMARY = ("==4711== Cachegrind, a cache and branch-prediction profiler\n"
           "==4711== \n"
           "==4711== I1  miss rate:      0.07%\n"
           "==4711== LLi miss rate:      0.06%\n"
           "==4711== \n"
           "==4711== D1  miss rate:      9.4% (   8.8%     +    10.1%  )\n"
           "==4711== LLd miss rate:      4.2% (    0.6%     +    9.9%  )\n")


def test_the_tag_is_no_part_of_a_name_and_padded_labels_are_one_name():
    assert values(SUMMARY) == {"I1 miss rate": [0.07], "LLi miss rate": [0.06],
                               "D1 miss rate": [9.4], "LLd miss rate": [4.2]}


def test_the_names_do_not_depend_on_how_the_output_is_cut_into_reads():
    for chunk in (1, 17, 80):
        assert read(SUMMARY, chunk) == read(SUMMARY)


def test_a_tagged_line_reads_as_the_line_past_its_tag():
    assert values("==12== total error: 0.25\n") == {"total error": [0.25]}


def test_a_rate_s_parts_take_the_words_of_the_sum_above_them():
    text = ("==4711== D1  misses:         1250  (   800 rd   +    450 wr)\n"
            "==4711== D1  miss rate:      9.4% (   8.8%     +    10.1%  )\n")
    got = values(text)
    assert got["D1 miss rate"] == [9.4]
    assert got["D1 miss rate/rd"] == [8.8] and got["D1 miss rate/wr"] == [10.1]
    assert not [name for name in got if name.startswith("D1 misses")]  # counts (COUNTED_PLURAL)


def test_parts_without_words_anywhere_give_nothing():
    assert values("total: 9.4 (8.8 + 0.6)\n") == {"total": [9.4]}
