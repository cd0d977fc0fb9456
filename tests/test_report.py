"""`expctl report`: one self-contained HTML page, checked as text and in a real headless Chromium
(driven through the DevTools protocol: console errors, network requests, curves drawn, a legend
click). The screenshot is kept in tests/artifacts/ (its path is printed)."""

from __future__ import annotations

import base64
import json
import math
import re
from pathlib import Path

import pytest

from expctl.models import Param
from expctl.records import Series
from expctl.store import open_store
from expctl.records import NewRun
from tests.cdp import Chromium, find_chromium
from tests.conftest import py, run_expctl

ARTIFACTS = Path(__file__).parent / "artifacts"


def _record(lr: float, seed: int, points: int = 1500) -> None:
    code = (f"import math\nfor i in range(1, {points + 1}):\n"
            f"    print(f'step: {{i}} loss: {{math.exp(-i / 400 / {lr}) + {seed} * 0.01:.5f}}')\n"
            f"for e in range(1, 11):\n"
            f"    print(f'epoch: {{e}} acc: {{1 - 0.5 / e - {lr} + {seed} * 0.003:.4f}}')\n")
    result = run_expctl("run", "-q", "--", *py(code), "--lr", str(lr), "--seed", str(seed))
    assert result.returncode == 0, result.stderr


@pytest.fixture
def report_path(isolated) -> Path:
    for lr in (0.1, 0.2):
        for seed in (1, 2):
            _record(lr, seed)
    out = isolated / "report.html"
    result = run_expctl("report", "-o", str(out), "-m", "loss", "-m", "acc",
                        "--ttest", "acc", "--by", "params.lr", "--title", "four runs")
    assert result.returncode == 0, result.stderr
    assert result.stderr.decode().startswith(f"wrote {out} (")
    return out


def test_the_page_is_self_contained(report_path):
    page = report_path.read_text()
    assert page.startswith("<!doctype html>")
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    # nothing that a browser would fetch: no src/href attributes, no url(), no import
    assert not re.search(r"""\b(src|href)\s*=|url\(|@import|fetch\(|XMLHttpRequest""", page)
    data = json.loads(re.search(r'id="expctl-data">(.*?)</script>', page, re.S).group(1))
    assert [p["title"] for p in data["panels"]] == ["loss", "acc"]
    assert [len(p["curves"]) for p in data["panels"]] == [4, 4]
    assert all(len(c["xs"]) <= 1000 for c in data["panels"][0]["curves"])
    assert "min/max preserved" in page and "Here 4 of 8 curves were downsampled." in page
    assert "<h2>t-test</h2>" in page and "lr=0.1" in page
    assert "Best value per metric" in page


def _store_with(path: Path, runs: int, metrics: int, points: int) -> None:
    store = open_store(str(path))
    for r in range(runs):
        run_id = store.create_run(NewRun(
            uuid=f"{r:032x}", name=f"r{r}", experiment="e", command=["x"], cwd="/",
            started_at=1.7e9 + r, host="h", user="u",
            params={"lr": Param("lr", 0.1 * (r + 1), str(0.1 * (r + 1)))}))
        series = {}
        for m in range(metrics):
            s = Series()
            for i in range(points):
                s.append(float(i), 1.7e9 + r + i * 0.01,
                         math.exp(-i / (300 + 7 * r + m)) + 0.013 * math.sin(i * 0.7 + r))
            series[f"metric_{m}_loss"] = s
        store.append(run_id, series)
        store.finish_run(run_id, "finished", 0, None, 1.7e9 + r + 60, {})
    store.close()


def test_twenty_runs_of_five_thousand_points_stay_under_two_megabytes(isolated, db_path):
    _store_with(db_path, runs=20, metrics=5, points=5000)
    out = isolated / "big.html"
    result = run_expctl("report", "-o", str(out), "--limit", "20")
    assert result.returncode == 0, result.stderr
    size = out.stat().st_size
    print(f"report of 20 runs x 5 metrics x 5,000 points: {size:,} bytes")
    assert size < 2_000_000
    assert "Here 100 of 100 curves were downsampled." in out.read_text()


# -- in a real browser --------------------------------------------------------------------------

CHROMIUM = find_chromium()


@pytest.fixture
def browser(tmp_path):
    if CHROMIUM is None:
        pytest.skip("no Chromium on this machine (.ci/run installs Debian's chromium)")
    chromium = Chromium(CHROMIUM, str(tmp_path / "chromium-profile"))
    page = chromium.page()
    try:
        yield page
    finally:
        page.close()
        chromium.close()


def _legend_label(page, chart: int, series: int):
    """The centre of a legend entry's label (series 0 is the x axis), scrolled into view."""
    return page.evaluate(
        f"(() => {{ const e = document.querySelectorAll('#chart-{chart} .u-legend .u-series')"
        f"[{series}].querySelector('.u-label'); e.scrollIntoView({{block: 'center'}});"
        " const r = e.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })()")


def test_the_report_in_headless_chromium(report_path, browser):
    page = browser
    for domain in ("Page", "Runtime", "Network", "Log"):
        page.call(f"{domain}.enable")
    page.call("Page.navigate", url=report_path.as_uri())
    page.wait_event("Page.loadEventFired")
    drawn = page.evaluate("Array.from(document.querySelectorAll('.chart'))"
                          ".map(e => [e.dataset.curves, e.dataset.drawn])")
    assert drawn == [["4", "4"], ["4", "4"]]
    canvases = page.evaluate("document.querySelectorAll('.chart canvas').length")
    assert canvases == 2

    x, y = _legend_label(page, 0, 1)
    page.click(x, y)
    assert page.evaluate("document.getElementById('chart-0').dataset.drawn") == "3"
    hidden = page.evaluate("Array.from(document.querySelectorAll('#chart-0 .u-legend .u-series'))"
                           ".map(e => e.classList.contains('u-off'))")
    assert hidden == [False, True, False, False, False]
    page.click(x, y)  # and back
    assert page.evaluate("document.getElementById('chart-0').dataset.drawn") == "4"

    # hover: the legend shows the step under the cursor and each run's value there
    x, y = page.evaluate(
        "(() => { const o = document.querySelector('#chart-1 .u-over');"
        " o.scrollIntoView({block: 'center'}); const r = o.getBoundingClientRect();"
        " return [r.x + r.width / 2, r.y + r.height / 2]; })()")
    page.call("Input.dispatchMouseEvent", type="mouseMoved", x=x, y=y)
    values = page.evaluate("Array.from(document.querySelectorAll('#chart-1 .u-legend .u-value'))"
                           ".map(e => e.textContent)")
    assert values[0] in {"5", "6"}  # the step in the middle of 1..10
    assert all(re.fullmatch(r"0\.\d+", v) for v in values[1:]), values

    shot = page.call("Page.captureScreenshot", format="png", captureBeyondViewport=True)
    ARTIFACTS.mkdir(exist_ok=True)
    png = ARTIFACTS / "report.png"
    png.write_bytes(base64.b64decode(shot["data"]))
    print(f"screenshot: {png}")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    events = page.events
    errors = [e for e in events if e["method"] == "Runtime.exceptionThrown"
              or (e["method"] == "Runtime.consoleAPICalled" and e["params"]["type"] == "error")
              or (e["method"] == "Log.entryAdded" and e["params"]["entry"]["level"] == "error")]
    assert errors == []
    requests = [e["params"]["request"]["url"] for e in events
                if e["method"] == "Network.requestWillBeSent"]
    assert requests == [report_path.as_uri()]  # the page itself, nothing else


def test_names_from_runs_cannot_break_out_of_the_page(isolated):
    evil = "</script><script>alert(1)</script>"
    out = run_expctl("run", "-q", "-n", evil, "--", *py("print('loss: 1'); print('loss: 0.5')"))
    assert out.returncode == 0, out.stderr
    assert run_expctl("report", "-o", "r.html").returncode == 0
    page = (isolated / "r.html").read_text()
    assert evil not in page and "alert(1)" in page  # there, but only as escaped text
    assert page.count("<script") == 3  # the data, uPlot, the page's own script
