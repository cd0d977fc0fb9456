"""LINE_DRAWING (escapes): letters printed in the terminal's line-drawing character set are the
box pieces the terminal shows, on invented lines; letters outside it stay letters."""

from __future__ import annotations

from expctl.metrics.splitter import LineSplitter
from tests.metric_reading import read_with_params

ON, OFF = "\x1b(0", "\x1b(B"


def lines(data: str) -> list[str]:
    splitter = LineSplitter()
    return splitter.feed(data.encode()) + splitter.flush()


def boxed_history() -> str:
    """Two one-row tables drawn as curses draws boxes: corners, rules and bars as letters."""
    out = []
    for step, loss, acc in ((1, "0.9120", "0.611"), (2, "0.7315", "0.704")):
        out += [f"{ON}lqqqqqqwqqqqqqqqwqqqqqqqk{OFF}",
                f"{ON}x{OFF} step {ON}x{OFF} loss   {ON}x{OFF} acc   {ON}x{OFF}",
                f"{ON}tqqqqqqnqqqqqqqqnqqqqqqqu{OFF}",
                f"{ON}x{OFF} {step}    {ON}x{OFF} {loss} {ON}x{OFF} {acc} {ON}x{OFF}",
                f"{ON}mqqqqqqvqqqqqqqqvqqqqqqqj{OFF}"]
    return "\n".join(out) + "\n"


def test_line_drawing_letters_are_the_box_pieces_shown():
    assert lines(boxed_history())[:4] == ["┌──────┬────────┬───────┐", "│ step │ loss   │ acc   │",
                                          "├──────┼────────┼───────┤", "│ 1    │ 0.9120 │ 0.611 │"]


def test_a_table_drawn_in_line_drawing_letters_is_read():
    assert read_with_params(boxed_history(), 4096)[0] == {
        "loss": [(1.0, 0.912), (2.0, 0.7315)], "acc": [(1.0, 0.611), (2.0, 0.704)]}


def test_letters_outside_the_line_drawing_set_stay_letters():
    # the set ends at ESC ( B: what follows is text; without ESC ( 0 nothing is translated
    assert lines(f"{ON}qqq{OFF} x marks the spot\n") == ["─── x marks the spot"]
    assert lines("lqqk plain text, no escape\n") == ["lqqk plain text, no escape"]
    assert lines(f"\x1b[1mtotal{OFF} xq\n") == ["total xq"]
