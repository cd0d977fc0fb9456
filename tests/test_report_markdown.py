"""Charts in Markdown: `report -f markdown` and the GitHub job summary carry Mermaid line charts."""

from __future__ import annotations

import re

from expctl.plot.figure import Curve
from expctl.report.mermaid import PALETTE, xychart
from tests.conftest import py, run_expctl


def _chart_lines(text: str) -> list[str]:
    return re.findall(r"^    line \[(.*)\]$", text, re.M)


def test_xychart_samples_every_curve_on_one_axis():
    up = Curve("1 up", (1,), [0, 10], [0.0, 1.0])
    late = Curve("2 late", (2,), [5, 10], [2.0, 3.0])
    text = xychart("acc", "step", [up, late], points=3)
    assert text.startswith("```mermaid\n%%{init: ")
    assert "xychart-beta\n" in text and '    title "acc"\n' in text
    assert '    x-axis "step" 0 --> 10\n' in text
    # the grid is 0, 5, 10; a curve is held at its first value before it starts
    assert _chart_lines(text) == ["0, 0.5, 1", "2, 2, 3"]
    assert "🟦 1 up<br>\n🟥 2 late\n" in text


def test_xychart_numbers_never_use_exponents_and_titles_lose_quotes():
    text = xychart('a "b"', "step", [Curve("c", (1,), [1, 2], [1e-7, 2e8])], points=2)
    assert _chart_lines(text) == ["0.0000001, 200000000"]
    assert "title \"a 'b'\"" in text


def test_xychart_names_the_curves_it_cannot_draw():
    many = [Curve(f"run {i}", (i,), [0, 1], [i, i]) for i in range(len(PALETTE) + 2)]
    text = xychart("m", "step", many, points=2)
    assert len(_chart_lines(text)) == len(PALETTE)
    assert "(2 more curve(s) not drawn: a chart holds 8)" in text
    assert xychart("m", "step", [Curve("x", (1,), [1], [float("nan")])]) == ""


def _record(lr: float) -> None:
    lines = "".join(f"step: {i} loss: {1 / (i * lr):.4f}\\n" for i in range(1, 30))
    out = run_expctl("run", "-q", "--", *py(f"import sys; sys.stdout.write('{lines}')"),
                     "--lr", str(lr))
    assert out.returncode == 0, out.stderr


def test_markdown_report_has_tables_and_a_chart():
    _record(0.1)
    _record(0.2)
    out = run_expctl("report", "-f", "markdown", "-m", "loss")
    assert out.returncode == 0, out.stderr
    text = out.stdout.decode()
    assert text.startswith("# expctl report: 2 runs\n")
    assert "## Runs\n\n| id " in text and "## Comparison\n" in text
    assert text.count("```mermaid") == 1 and len(_chart_lines(text)) == 2
    # steps 1..29, evenly spaced and fewer than 40: the lines hold the recorded points themselves
    assert [len(line.split(", ")) for line in _chart_lines(text)] == [29, 29]
    assert "🟦 2 lr=0.2<br>\n🟥 1 lr=0.1\n" in text
    assert "| metrics.loss " in text and "**0.1724**" in text  # the best final loss, bold


def test_github_job_summary_shows_the_curve(monkeypatch, tmp_path):
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    _record(0.1)
    text = summary.read_text()
    assert "```mermaid" in text and '    title "loss"' in text
    assert len(_chart_lines(text)) == 1


def test_report_format_errors():
    _record(0.1)
    out = run_expctl("report")
    assert out.returncode == 2
    assert out.stderr.decode() == ("Error: an HTML report needs a file: -o report.html\n"
                                   "Hint: or -f markdown to print Markdown\n")
    assert run_expctl("report", "-f", "pdf").returncode == 2
    assert run_expctl("report", "-f", "markdown", "--ttest", "loss").returncode == 2
