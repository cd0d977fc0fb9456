"""MOVED_UP_BAR: a bar drawn a row down (tqdm at position 1: ``\\n\\r<bar>\\x1b[A``) and drawn
once more a row higher when it closes gives its last state once, not twice."""

from __future__ import annotations

from expctl.metrics import LineSplitter, MetricParser

_BAR = "Epoch #{e}: {pct:>3}%|####| {n}/40 [00:01<00:00, {rate}it/s, len=12, rew={rew:.2f}]"


def _bar(e: int, n: int, rew: float, rate: str = "30.1") -> str:
    return _BAR.format(e=e, pct=n * 100 // 40, n=n, rate=rate, rew=rew)


def _epoch(e: int, rews: list[float]) -> str:
    """One epoch's bar as tqdm draws it at position 1, then closes it at position 0."""
    draws = "".join(f"\n\r{_bar(e, 10 * (i + 1), rew)}\x1b[A" for i, rew in enumerate(rews))
    return draws + f"\r{_bar(e, 10 * len(rews), rews[-1], rate='28.4')}\n\n"


def _rewards(data: bytes) -> list[float]:
    splitter, parser, out = LineSplitter(), MetricParser(), {}
    parser.parse_lines(splitter.feed(data) + splitter.flush(), 0.0, out)
    parser.finish(0.0, out)
    return list(out["rew"].values)


def test_a_closed_bar_gives_its_last_state_once():
    text = _epoch(1, [9.0, 11.5, 14.75, 12.0]) + _epoch(2, [20.0, 44.0, 31.0, 40.5])
    assert _rewards(text.encode()) == [9.0, 11.5, 14.75, 12.0, 20.0, 44.0, 31.0, 40.5]


def test_a_new_state_drawn_a_row_higher_is_read():
    text = f"\n\r{_bar(1, 40, 14.75)}\x1b[A\r{_bar(1, 40, 15.25)}\n"
    assert _rewards(text.encode()) == [14.75, 15.25]


def test_the_same_line_printed_on_new_rows_stays_twice():
    line = _bar(1, 40, 14.75)
    assert _rewards(f"{line}\n{line}\n".encode()) == [14.75, 14.75]
