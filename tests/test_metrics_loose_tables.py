"""LOOSE_TABLE (loose_tables): the fallback reader of a table no specific reader claims, on
invented lines: tables it reads, and listings it must leave alone (processes, files, disks,
memory, packages, containers, commits, GPUs)."""

from __future__ import annotations

import pytest

from expctl.metrics.context import ListContext
from expctl.metrics.loose_tables import LooseTables
from tests.metric_reading import read


def fallback(text: str, known_ahead: bool = True) -> list:
    """The steps `LooseTables` gives, line by line, every line read with the lines above it
    (and the next one when `known_ahead`: else each line arrives alone)."""
    lines, reader, steps = text.splitlines(), LooseTables(), []
    context = ListContext(lines)
    for at, line in enumerate(lines):
        found = reader.read(line, lambda count, at=at: context.before(at, count),
                            lambda at=at: (context.after(at, 1) or [None])[0] if known_ahead else None)
        steps += found or []
    return steps


TRACE = ("iter      cost      cost_change  |gradient|   |step|    tr_ratio  iter_time\n"
         "   0  4.210000e+01    0.00e+00    3.19e+02   0.00e+00   0.00e+00   2.1e-05\n"
         "   1  2.105100e+01    2.10e+01    1.55e+02   8.10e-01   9.94e-01   2.2e-05\n"
         "   2  1.002700e+01    1.10e+01    6.01e+01   4.00e-01   9.90e-01   2.0e-05\n")


def test_a_solver_trace_in_scientific_notation_is_read_by_its_step_column():
    steps = fallback(TRACE)
    assert [step for _, step in steps] == ["0", "1", "2"]
    assert steps[1][0] == [("cost", "2.105100e+01"), ("cost_change", "2.10e+01"),
                           ("|gradient|", "1.55e+02"), ("|step|", "8.10e-01"),
                           ("tr_ratio", "9.94e-01")]  # iter_time: a time column


def test_rows_of_an_r_matrix_are_named_by_their_labels_and_a_name_of_words_stays_one():
    text = ("                    ME      RMSE  Theil's U\n"
            "Training set  1.208427  8.898232        NA\n"
            "Test set     63.210920 72.547909  1.356753\n")
    steps = fallback(text)
    assert steps == [([("Training set/ME", "1.208427"), ("Training set/RMSE", "8.898232")], None),
                     ([("Test set/ME", "63.210920"), ("Test set/RMSE", "72.547909"),
                       ("Test set/Theil's U", "1.356753")], None)]


def test_a_rising_whole_first_column_is_the_step_and_words_hanging_left_name_a_column():
    text = (" day n.alive share  stderr lower 90% band upper 90% band\n"
            "   5     310 0.912  0.0311          0.851          0.973\n"
            "  10     280 0.803  0.0402          0.725          0.881\n")
    points = read(text)
    assert points["share"] == [(5.0, 0.912), (10.0, 0.803)]
    assert points["lower 90% band"] == [(5.0, 0.851), (10.0, 0.725)]
    assert set(points) == {"share", "stderr", "lower 90% band", "upper 90% band"}  # n.alive: a count


def test_a_first_row_waits_for_the_second_when_the_next_line_is_not_printed_yet():
    steps = fallback(TRACE, known_ahead=False)
    assert [step for _, step in steps] == ["0", "1", "2"]


def test_a_row_alone_is_no_table():
    assert fallback("     AIC     AICc      BIC\n1110.450 1117.222 1160.625\n\n") == []
    assert fallback("  loss     acc\n 0.512   0.871\nDone.\n") == []


@pytest.mark.parametrize("text", [
    # whole numbers only: counts, not measurements
    "  run  hits  misses  evictions\n    1   120      14          2\n    2   131      11          3\n",
    # a header over two lines (STACKED_HEADER's): the lower line alone names no column
    ("average  since    example   current\n"
     "loss     last     weight    label\n"
     "0.7617   0.7617      1.0    1.3273\n"
     "1.0145   0.2673      2.0    1.0574\n"),
    # pandas's describe(): a count column holding one value, statistics of the data
    ("        count      mean       std    min     25%     max\n"
     "alcohol 178.0 13.000618 0.811827 11.03 12.3625 14.83\n"
     "ash     178.0  2.366517 0.274344  1.36  2.2100  3.23\n"),
    # rows naming the data's variables, and rows naming metrics (long format)
    ("variable   relative_importance   percentage\n"
     "x1         181.25                0.533336\n"
     "x0         141.072               0.415112\n"),
    ("metric        threshold    value\n"
     "max f1        0.433715     0.833333\n"
     "max f2        0.244514     0.884383\n"),
    # a word of the header over no column
    ("  loss        acc   remark\n 0.512      0.871\n 0.433      0.902\n"),
])
def test_shapes_that_are_no_table_of_results_give_nothing(text):
    assert fallback(text) == []


LISTINGS = {
    "ps aux": ("USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n"
               "root           1  0.0  0.1 167744 11904 ?        Ss   Dec05   0:02 /sbin/init\n"
               "root           2  0.0  0.0      0     0 ?        S    Dec05   0:00 [kthreadd]\n"),
    "df -h": ("Filesystem      Size  Used Avail Use% Mounted on\n"
              "/dev/vda        251G   82G  158G  35% /\n"
              "tmpfs           3.9G     0  3.9G   0% /dev/shm\n"),
    "df": ("Filesystem     1K-blocks     Used Available Use% Mounted on\n"
           "/dev/vda       263174212 85804244 164326752  35% /\n"
           "tmpfs            4056220        0   4056220   0% /dev/shm\n"),
    "ls -l": ("total 16\n-rw-r--r-- 1 root root 1234 Dec  5 10:00 a.txt\n"
              "-rw-r--r-- 1 root root   99 Dec  5 10:01 b.txt\n"),
    "free -m": ("               total        used        free      shared  buff/cache   available\n"
                "Mem:           15896        6060        1270         512        8565        9198\n"
                "Swap:           2047           0        2047\n"),
    "top": ("    PID USER      PR  NI    VIRT    RES    SHR S  %CPU  %MEM     TIME+ COMMAND\n"
            "   1234 alice     20   0 1234567  89012  12345 R  12.5   1.1   0:03.21 python\n"
            "      1 root      20   0  167744  11904   8400 S   0.0   0.1   0:02.00 systemd\n"),
    "pip list": ("Package    Version\n---------- -------\nnumpy      1.26.4\nsix        1.16\n"
                 "wheel      0.42\n"),
    "docker ps": ("CONTAINER ID   IMAGE     COMMAND   CREATED         STATUS         NAMES\n"
                  "3f2a1b0c9d8e   redis     \"redis\"   2 minutes ago   Up 2 minutes   cache\n"),
    "git log --stat": ("commit 3f2a1b0c\nAuthor: A <a@b>\n\n expctl/x.py | 10 +++++-----\n"
                       " 1 file changed, 5 insertions(+), 5 deletions(-)\n"),
    "du": "1204\t./a\n88\t./b\n1292\t.\n",
    "du -h": "4.0K\t./a\n1.2M\t./b\n1.3M\t.\n",
    "nvidia-smi": ("| GPU  Name        Persistence-M| Bus-Id        Disp.A | Volatile Uncorr. ECC |\n"
                   "|   0  Tesla T4            Off  | 00000000:00:04.0 Off |                    0 |\n"
                   "| N/A   34C    P8     9W /  70W |      0MiB / 15360MiB |      0%      Default |\n"),
    "/proc/meminfo": ("MemTotal:       16277036 kB\nMemFree:         1301276 kB\n"
                      "MemAvailable:    9421036 kB\n"),
    "gpu table": ("GPU   util    temp    power\n"
                  "0     12.5    41.0    70.1\n"
                  "1     13.0    42.0    71.3\n"),
}


@pytest.mark.parametrize("name", sorted(LISTINGS))
def test_a_listing_is_no_table_of_results(name):
    assert fallback(LISTINGS[name]) == []
    if name != "gpu table":
        assert read(LISTINGS[name]) == {}


def test_a_header_printed_again_over_each_row_repeats_over_time():
    text = "".join(f"\nGeneration  Evaluation      Worst       Best\n"
                   f"----------  ----------  ---------  ---------\n"
                   f"{g:>10}  {20 * (g + 1):>10}  {150.5 - g:>9.4f}  {64.25 - g:>9.4f}\n"
                   for g in range(3))
    assert read(text)["Best"] == [(0.0, 64.25), (1.0, 63.25), (2.0, 62.25)]
    reader, steps, lines = LooseTables(), [], text.splitlines()
    for at, line in enumerate(lines):  # each line arrives alone: the next is never known
        steps += reader.read(line, lambda count, at=at: lines[max(0, at - count):at],
                             lambda: None) or []
    steps += reader.flush()  # the end of the output
    assert steps == [([("Worst", "150.5000"), ("Best", "64.2500")], "0"),
                     ([("Worst", "149.5000"), ("Best", "63.2500")], "1"),
                     ([("Worst", "148.5000"), ("Best", "62.2500")], "2")]  # Evaluation: WHOLE_COLUMN
    lone = "\n   Min     1Q  Median\n-2.2537 -0.1568 -0.0168\n\nDone in 3 s.\n"
    assert fallback(lone) == []  # printed once: a row alone


def test_names_closed_by_colons_a_marked_exponent_and_a_clock_time():
    text = ("   Gen:     Fevals:       Best:          dx:\n"
            "      1           0      1283.5      16.4273\n"
            "      6         100      1299.4      8.47964\n")
    assert [pairs for pairs, _ in fallback(text)][1] == [("Best", "1299.4"), ("dx", "8.47964")]
    ipopt = ("iter    objective    inf_pr   lg(mu)  alpha_pr  ls  t[m:s]\n"
             "   0  8.5000000e+00 5.00e-01  -1.0  0.00e+00     0  0:00.0\n"
             "   1  1.1510219e+01 1.86e-01  -1.0  1.00e+00h    1  0:00.1\n")
    assert fallback(ipopt)[1] == ([("objective", "1.1510219e+01"), ("inf_pr", "1.86e-01"),
                                   ("lg(mu)", "-1.0"), ("alpha_pr", "1.00e+00")], "1")


def test_a_flush_left_header_narrower_than_its_rows_names_them_in_order():
    text = ("Step Temp PotEng TotEng\n"
            "       0            2   -6.7733681   -3.7755546\n"
            "      50    1.0410062   -5.3430429   -3.7826718\n")
    assert read(text)["PotEng"] == [(0.0, -6.7733681), (50.0, -5.3430429)]
    shifted = (" Step Temp PotEng TotEng\n"  # set in: the words' places must fit
               "       0            2   -6.7733681   -3.7755546\n"
               "      50    1.0410062   -5.3430429   -3.7826718\n")
    assert fallback(shifted) == []


def test_row_numbers_flush_left_give_nothing_and_whole_numbers_set_in_label_classes():
    text = ("        CP nsplit rel error xerror    xstd\n"
            "1 0.176471      0   1.00000 1.0000 0.21559\n"
            "2 0.117647      1   0.82353 1.3529 0.23872\n")
    assert fallback(text)[0] == ([("CP", "0.176471"), ("rel error", "1.00000"),
                                  ("xerror", "1.0000"), ("xstd", "0.21559")], None)
    classes = ("              pre       rec        f1\n"
               "     0       0.93      0.88      0.90\n"
               "     1       0.61      0.61      0.61\n")
    assert fallback(classes)[1] == ([("1/pre", "0.61"), ("1/rec", "0.61"), ("1/f1", "0.61")], None)
