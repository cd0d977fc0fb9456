"""Two padded ``key  value`` cells on a line, the first's value text (PADDED_CELLS), in the
shape of a groundwater model's fit report."""

from __future__ import annotations

from tests.metric_reading import values

REPORT = ("Fit report well                     Fit Statistics\n"
          "==================================================\n"
          "nfev     7                      EVP          97.16\n"
          "noise    False                  RMSE          0.04\n"
          "tmin     2010-01-01 00:00:00    AICc      -2020.15\n"
          "freq     D                      Obj           0.24\n"
          "warmup   3650 days 00:00:00     Interp.         No\n")


def test_the_second_cells_number_is_read_whatever_the_first_cell_holds():
    found = values(REPORT)
    assert found["RMSE"] == [0.04] and found["AICc"] == [-2020.15] and found["Obj"] == [0.24]
    assert found["EVP"] == [97.16]


def test_text_values_and_a_title_give_no_pair():
    found = values(REPORT)
    assert not {"noise", "tmin", "freq", "warmup", "Interp.", "Fit Statistics"} & set(found)


def test_cells_need_a_column_gap_and_a_padded_key():
    assert values("noise False RMSE 0.04\n") == {}
    assert values("noise    False   RMSE 0.04\n") == {}
