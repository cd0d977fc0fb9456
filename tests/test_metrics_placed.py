"""PLACED_COLUMNS and PROFILE_SHARES (placed): labelled rows read under the header words that
stand over their values (R's printed matrices, a benchmark's report), each checked on invented
lines, with the look-alikes they must leave alone."""

from __future__ import annotations

from tests.metric_reading import read, values


# -- PLACED_COLUMNS ---------------------------------------------------------------------------------

def test_names_one_space_apart_are_told_apart_by_where_the_values_stand():
    text = ("Fitted terms:\n"
            "            Slope Std. Err. t stat\n"
            "alpha       0.512     0.031  16.52 ***\n"
            "beta_2     -1.207     0.118 -10.23 *\n"
            "\n")
    assert values(text) == {"alpha/Slope": [0.512], "alpha/Std. Err.": [0.031],
                            "alpha/t stat": [16.52], "beta_2/Slope": [-1.207],
                            "beta_2/Std. Err.": [0.118], "beta_2/t stat": [-10.23]}


def test_names_over_a_class_each_and_labels_of_several_words():
    text = ("Rates by group:\n"
            "\n"
            "                 Group: cats Group: dogs\n"
            "True Rate             0.9100      0.8800\n"
            "Miss Rate             0.0900      0.1200\n"
            "\n")
    assert values(text) == {"True Rate/Group: cats": [0.91], "True Rate/Group: dogs": [0.88],
                            "Miss Rate/Group: cats": [0.09], "Miss Rate/Group: dogs": [0.12]}


def test_left_aligned_columns_and_two_named_label_cells():
    text = ("Components:\n"
            " Block    Part       Var      SD\n"
            " plot     (base)     41.20    6.419\n"
            "          slope       2.25    1.500\n"
            " Noise               10.89    3.300\n"
            "\n")
    assert values(text) == {  # LABEL_LEVELS: both named label columns, the block held down
        "plot/(base)/Var": [41.2], "plot/(base)/SD": [6.419], "plot/slope/Var": [2.25],
        "plot/slope/SD": [1.5], "Noise/Var": [10.89], "Noise/SD": [3.3]}


def test_a_benchmark_report_values_with_units_and_counters_after_the_columns():
    text = ("-----------------------------------------------------------------\n"
            "Case                 Time           CPU Iterations Counters...\n"
            "-----------------------------------------------------------------\n"
            "hash/16           41.2 ns       40.9 ns  1000000 rate=1.5G/s keys=16k\n"
            "hash/16_mean      41.0 ns       40.8 ns        3 rate=1.4G/s keys=16k\n"
            "hash/16_cv        2.31 %        0.12 %         3 rate=0.10% keys=0.00%\n"
            "copy              9120 us       9100 us       12\n")
    assert values(text) == {
        "hash/16/Time": [41.2], "hash/16/CPU": [40.9], "hash/16/rate": [1.5],
        "hash/16/keys": [16.0], "hash/16_mean/Time": [41.0], "hash/16_mean/CPU": [40.8],
        "hash/16_mean/rate": [1.4], "hash/16_mean/keys": [16.0], "hash/16_cv/Time": [2.31],
        "hash/16_cv/CPU": [0.12], "hash/16_cv/rate": [0.1], "hash/16_cv/keys": [0.0],
        "copy/Time": [9120.0], "copy/CPU": [9100.0]}  # Iterations: a count column


def test_glued_units_under_a_named_label_column():
    text = ("Probe run of 10 s\n"
            "  Probe Stats    Mean    Spread     Peak   +/- Spread\n"
            "    Delay      3.10ms    0.42ms   9.80ms      71.20%\n"
            "    Hits/sec    51.20     11.05    80.00      64.00%\n")
    assert values(text) == {"Delay/Mean": [3.1], "Delay/Spread": [0.42], "Delay/Peak": [9.8],
                            "Hits/sec/Mean": [51.2], "Hits/sec/Spread": [11.05],
                            "Hits/sec/Peak": [80.0]}  # "+/- Spread": a spread, no series


def test_empty_cells_are_placed_under_their_names_and_a_count_column_is_no_metric():
    text = ("Deviance table:\n"
            "       df    Dev1    Dev2   Gain Pr(>G)\n"
            "small   3  101.50   99.25\n"
            "large   5   95.12   90.00  4.125  0.042 *\n"
            "\n")
    assert values(text) == {"small/Dev1": [101.5], "small/Dev2": [99.25], "large/Dev1": [95.12],
                            "large/Dev2": [90.0], "large/Gain": [4.125], "large/Pr(>G)": [0.042]}


# -- look-alikes ------------------------------------------------------------------------------------

def test_a_table_of_counts_gives_nothing():
    text = ("Counts by group:\n"
            "\n"
            "             Group: red Group: blue\n"
            "Seen                 40           2\n"
            "Missed                1          37\n"
            "\n")
    assert read(text) == {}


def test_a_profile_of_shares_gives_nothing():
    text = ("            Name    Own time %    Own time    All time %    All time    Calls\n"
            "----------------  ------------  ----------  ------------  ----------  -------\n"
            "       step_fwd         41.20%     4.120ms        60.10%     6.010ms       10\n"
            "       step_bwd         30.05%     3.005ms        39.90%     3.990ms       10\n")
    assert read(text) == {}


def test_a_header_of_bounds_a_unit_column_and_binned_counts_give_nothing():
    bounds = ("             mean       sd     [5%      95%]\n"
              "w0          0.310    0.050   0.228    0.392\n"
              "w1         -1.020    0.110  -1.201   -0.839\n")
    units = ("[ATOM] Kind        A          B    unit        C\n"
             "[ATOM]  1 C      0.150000   1.250000 Ang   0.100000\n")
    bins = ("                       Count   Share\n"
            "(-Inf, 0.5]   (low)       12   80.0%\n"
            "   (0.5, 1]   (high)       3   20.0%\n")
    assert read(bounds) == {} and read(units) == {} and read(bins) == {}


def test_a_file_listing_disk_usage_a_package_list_and_a_gpu_table_give_nothing():
    listing = ("total 24\n"
               "-rw-r--r-- 1 ana staff  4096 Dec  5 10:01 model.pt\n"
               "drwxr-xr-x 3 ana staff    96 Dec  5 10:02 runs\n")
    disk = ("Filesystem      Size  Used Avail Use% Mounted on\n"
            "/dev/sda1        98G   41G   52G  45% /\n"
            "tmpfs           7.8G     0  7.8G   0% /dev/shm\n")
    packages = ("Package    Version\n"
                "---------- -------\n"
                "numpy      2.1.3\n"
                "pytz       2024.2\n"
                "six        1.17.0\n")
    gpu = ("| Processes:                                                      |\n"
           "|  GPU   GI   CI        PID   Type   Process name       GPU Memory |\n"
           "|    0   N/A  N/A     12345      C   python                 1024MiB |\n")
    memory = ("               total        used        free\n"
              "Mem             15Gi       7.1Gi       1.2Gi\n"
              "Swap           2.0Gi         0B       2.0Gi\n")
    assert read(listing) == {} and read(disk) == {} and read(packages) == {} and read(gpu) == {}
    assert read(memory) == {}  # sizes with their units: amounts of memory, no results
