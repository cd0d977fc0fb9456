"""SPELLED_SYMBOL: a table row labelled by a symbol with its spelling-out glued on in
parentheses is named by the symbol; a qualifier that spells nothing stays, on invented lines."""

from __future__ import annotations

from tests.metric_reading import values

_HEADER = "Classes                                  red         green       \n"


def test_a_spelled_out_symbol_names_its_row_by_the_symbol():
    text = (_HEADER
            + "NPV(Negative predictive value)           0.912       0.871       \n"
            + "BA(Balanced accuracy)                    0.803       0.799       \n")
    assert values(text) == {"NPV/red": [0.912], "NPV/green": [0.871],
                            "BA/red": [0.803], "BA/green": [0.799]}


def test_a_gloss_that_does_not_spell_the_symbol_stays_in_the_name():
    text = (_HEADER
            + "RMSE(test)                               0.412       0.398       \n"
            + "RMSE(train)                              0.301       0.288       \n")
    assert values(text) == {"RMSE(test)/red": [0.412], "RMSE(test)/green": [0.398],
                            "RMSE(train)/red": [0.301], "RMSE(train)/green": [0.288]}


def test_a_sentence_glued_to_a_symbol_explains_it_whatever_its_letters():
    text = (_HEADER
            + "ZAG(Precision or positive predictive value)  0.750  0.857   \n"
            + "KOV(Area under the ROC curve)                0.833  0.826   \n")
    assert values(text) == {"ZAG/red": [0.75], "ZAG/green": [0.857],
                            "KOV/red": [0.833], "KOV/green": [0.826]}


def test_a_short_qualifier_that_spells_nothing_stays():
    text = (_HEADER
            + "RMSE(held out)                           0.412       0.398       \n"
            + "RMSE(on test set)                        0.301       0.288       \n")
    got = values(text)
    assert "RMSE(held out)/red" in got and "RMSE/red" not in got
    assert "RMSE(on test set)/red" in got
