"""BARE_LEAD: a line prefixer (a logging handler, ``ts``, a container's log) that puts its
record prefix before a progress bar's ``\\r`` leaves a segment of nothing but that prefix,
which the bar draws over: it is no line and shows nothing on its row. The bar's redraws
still overwrite one another (one report per state), and an announcement above the bar still
stands right above it. Made-up bars and prefixes, none a fixture's."""

from __future__ import annotations

from expctl.metrics import LineSplitter, MetricParser

_BAR = "Round {r}: {pct:>3}%|#### | {n}/20 [00:01<00:00, 9.1it/s, gain={gain:.2f}]"


def _read(data: bytes) -> dict[str, list[float]]:
    splitter, parser, out = LineSplitter(), MetricParser(), {}
    parser.parse_lines(splitter.feed(data) + splitter.flush(), 0.0, out)
    parser.finish(0.0, out)
    return {name: list(series.values) for name, series in out.items()}


def _bars(lead: str, gains: list[float]) -> str:
    """Redraws of one bar, each started with "\\r" and ended by a cursor move up and "\\n"
    (tqdm at position 1), the prefixer's lead before each."""
    return "".join(f"{lead}\r{_BAR.format(r=1, pct=5 * (i + 1), n=i + 1, gain=gain)}\x1b[A\n"
                   for i, gain in enumerate(gains))


def test_a_bare_timestamp_lead_splits_no_redraw():
    gains = [0.5, 0.5, 0.5, 1.25, 1.25]
    plain = _read(_bars("", gains).encode())
    for lead in ("2031-04-02 08:15:09,500 INFO ", "[17:02:44] ", "DEBUG:trainer: "):
        assert _read(_bars(lead, gains).encode()) == plain, lead
    assert len(plain["gain"]) < len(gains)  # unchanged redraws are one report


def test_an_announcement_stays_right_above_the_bar():
    lead = "2031-04-02 08:15:09 NOTICE "
    bar = "step 3/3 [=====] - loss: 0.4125 - hit_rate: 0.6650 - 2ms/step"
    text = f"{lead}Test begin...\n{lead}\r{bar}\n{lead}Test samples: 30\n"
    series = _read(text.encode())
    assert series["test/hit_rate"] == [0.665]


def test_a_lead_with_text_after_it_is_a_line():
    splitter = LineSplitter()
    lines = splitter.feed(b"2031-04-02 08:15:09 INFO saving\rRound 1: 5%|#| 1/20\n")
    assert lines == ["2031-04-02 08:15:09 INFO saving", "Round 1: 5%|#| 1/20"]


def test_a_bare_lead_ended_by_a_newline_stays_a_line():
    splitter = LineSplitter()
    assert splitter.feed(b"a\n[17:02:44] \nb\n") == ["a", "[17:02:44] ", "b"]
