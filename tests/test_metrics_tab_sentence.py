"""TAB_SENTENCE: a verbose line of tab-separated fields whose first field is glued to the message
(``Initialization converged. time lapse 0.059s<tab> lower bound 41.3.``) gives its one field after
the tab, the sentence's full stop dropped; a lone tabbed field after plain text gives nothing.
Checked on invented mixture-fitting output."""

from __future__ import annotations

from tests.metric_reading import values


def test_a_message_glued_to_its_first_field_gives_the_field_after_the_tab():
    text = ("Initialization 0\n"
            "  Iteration 10\t time lapse 0.00410s\t ll change 0.00213\n"
            "Initialization converged. time lapse 0.03120s\t lower bound 12.50410.\n")
    got = values(text)
    assert got["lower bound"] == [12.5041]
    assert got["ll change"] == [0.00213]


def test_a_lone_tabbed_field_after_text_without_a_field_gives_nothing():
    assert values("checkpoint written\t lower bound 12.5\n") == {}
