"""NAMED_INDEX: a pandas index's name of a few words one space apart (``return period``,
``quantile level``) on its own line heads the frame's rows as a one-word name does; the rows'
labels, numbers here, name their cells. Invented frames, in other names than the held-out
fixtures pyextremes."""

from __future__ import annotations

from tests.metric_reading import read_with_params


def values(text: str) -> dict[str, list[float]]:
    return {name: [value for _, value in series] for name, series in read_with_params(text, 4096)[0].items()}


def test_an_index_named_by_words_labels_its_rows():
    text = ("              estimate  lower bound  upper bound\n"
            "quantile level                                 \n"
            "0.9              12.41        11.03        13.77\n"
            "0.99             19.05        16.22        23.81\n")
    assert values(text) == {"0.9/estimate": [12.41], "0.9/lower bound": [11.03], "0.9/upper bound": [13.77],
                            "0.99/estimate": [19.05], "0.99/lower bound": [16.22], "0.99/upper bound": [23.81]}


def test_a_sentence_over_numbers_is_no_index():
    text = ("Training finished in two stages\n"
            "1        0.52        0.61\n")
    assert not any("/" in name for name in values(text))
