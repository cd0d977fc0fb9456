"""A Report as Markdown for a PR comment or a CI job summary: tables, and the curves as
Mermaid line charts that GitHub renders (report/mermaid.py)."""

from __future__ import annotations

from ..render.text import iso_time
from .data import Report
from .mermaid import xychart


def render_markdown(report: Report) -> str:
    from ..render.output import markdown_table

    headers, rows = report.table
    parts = [f"# {report.title}", "",
             f"generated {iso_time(report.generated)} by expctl · {len(report.runs)} runs", "",
             "## Runs", "", markdown_table(headers, rows), "", "## Curves", ""]
    figure = report.figure
    for panel in figure.panels:
        title = ", ".join(panel.metrics) + (f" (smoothed {figure.smooth:g})" if figure.smooth else "")
        chart = xychart(title, figure.x_label, panel.curves)
        parts += [chart or f"{title}: no finite points", ""]
    parts += ["## Comparison", "", _comparison(report.comparison), ""]
    if report.ttest is not None:
        parts += ["## t-test", "", _ttest(report.ttest), ""]
    return "\n".join(parts)


def _comparison(data: dict) -> str:
    from ..render.compare import _markdown_text, comparison_grid
    from ..render.output import markdown_table

    grid = comparison_grid(data)
    headers = ["run", *[str(run["id"]) for run in data["runs"]]]
    return markdown_table(headers, [[label, *[_markdown_text(c) for c in cells]]
                                    for label, cells in grid])


def _ttest(report) -> str:
    from ..render.output import markdown_table
    from ..render.analysis import comparison_rows, group_rows, verdict

    out = []
    for headers, rows, right in (group_rows(report), comparison_rows(report)):
        out += [markdown_table(headers, rows, right), ""]
    out += [f"- {verdict(c, report)}" for c in report.comparisons]
    return "\n".join(out)
