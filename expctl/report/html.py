"""A Report as ONE self-contained HTML page: tables, and interactive curves drawn by uPlot.

uPlot (MIT, vendored in report/assets/) and the data are inlined; a Content-Security-Policy
forbids every request, so the page works offline and cannot reach the network even by mistake.
Interaction is uPlot's own: hover shows each run's value at the step under the cursor, a click
on a legend entry hides that curve, dragging zooms, a double click zooms back out.
"""

from __future__ import annotations

import json
from html import escape
from importlib import resources

from ..render.style import STATUS_LEVELS as STATUS_CLASS  # also the CSS classes below
from ..render.text import iso_time
from .data import Report, compact_number

CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
       "img-src data:; connect-src 'none'; form-action 'none'; base-uri 'none'")

STYLE = """
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:24px;color:#1b1f24;background:#fff}
h1{font-size:20px;margin:0 0 4px} h2{font-size:16px;margin:28px 0 8px;border-bottom:1px solid #d8dee4;padding-bottom:4px}
.meta,.note{color:#57606a;font-size:13px} table{border-collapse:collapse;font-size:13px;margin:4px 0 8px}
th,td{padding:3px 10px;border-bottom:1px solid #eaeef2;text-align:left;white-space:nowrap}
th{background:#f6f8fa;font-weight:600} td.num{text-align:right;font-variant-numeric:tabular-nums}
td.best{font-weight:700;color:#1a7f37} .bad{color:#cf222e;font-weight:600} .warn{color:#9a6700;font-weight:600}
.active{color:#0969da;font-weight:600} .wide{overflow-x:auto} .chart{margin:8px 0 20px;max-width:1100px}
.u-legend{font-size:12px;text-align:left} .u-legend .u-series{cursor:pointer}
"""

SCRIPT = """
(function () {
  var doc = JSON.parse(document.getElementById("expctl-data").textContent);
  var palette = ["#1f77b4","#d62728","#2ca02c","#ff7f0e","#9467bd","#17becf","#8c564b",
                 "#e377c2","#7f7f7f","#bcbd22"];
  function countDrawn(u, el, isCurve) {
    var drawn = 0;
    for (var s = 1; s < u.series.length; s++) {
      if (!isCurve[s] || !u.series[s].show) continue;
      if (u.data[s].some(function (v) { return v != null; })) drawn++;
    }
    el.setAttribute("data-drawn", String(drawn));
  }
  doc.panels.forEach(function (panel, i) {
    var el = document.getElementById("chart-" + i);
    var tables = [], series = [{label: doc.x_label}], bands = [], isCurve = [false];
    panel.curves.forEach(function (c, j) {
      var color = palette[j % palette.length];
      if (c.lo) {
        tables.push([c.xs, c.hi], [c.xs, c.lo]);
        series.push({label: c.label + " +std", stroke: color + "55", width: 1, spanGaps: true},
                    {label: c.label + " −std", stroke: color + "55", width: 1, spanGaps: true});
        isCurve.push(false, false);
        bands.push({series: [series.length - 2, series.length - 1], fill: color + "22"});
      }
      tables.push([c.xs, c.ys]);
      series.push({label: c.label, stroke: color, width: 1.5, spanGaps: true,
                   points: {show: c.xs.length < 60}});
      isCurve.push(true);
    });
    var opts = {
      title: panel.title, width: Math.max(320, el.clientWidth || 900), height: 320,
      scales: {x: {time: false}, y: {distr: doc.logy ? 3 : 1}},
      axes: [{label: doc.x_label}, {}], series: series, bands: bands,
      cursor: {drag: {x: true, y: true, uni: 20}},
      hooks: {draw: [function (u) { countDrawn(u, el, isCurve); }]}
    };
    el.setAttribute("data-curves", String(panel.curves.length));
    new uPlot(opts, uPlot.join(tables), el);
  });
})();
"""


def render_html(report: Report) -> str:
    """The page, as text (UTF-8 when written)."""
    body = [f"<h1>{escape(report.title)}</h1>",
            f"<p class=meta>generated {escape(iso_time(report.generated) or '')} by expctl · "
            f"{len(report.runs)} runs</p>",
            "<h2>Runs</h2>", _runs_table(report), "<h2>Curves</h2>", _charts_intro(report)]
    body += [f'<div class=chart id="chart-{i}"></div>' for i in range(len(report.figure.panels))]
    body += ["<h2>Comparison</h2>", _comparison_table(report.comparison)]
    if report.ttest is not None:
        body += ["<h2>t-test</h2>", _ttest_tables(report.ttest)]
    return "\n".join([
        "<!doctype html>", '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(report.title)}</title>",
        f"<style>{_asset('uPlot.min.css')}{STYLE}</style>", "</head><body>", *body,
        f'<script type="application/json" id="expctl-data">{_data_json(report)}</script>',
        f"<script>{_asset('uPlot.iife.min.js')}</script>", f"<script>{SCRIPT}</script>",
        "</body></html>", ""])


def _asset(name: str) -> str:
    text = resources.files("expctl.report").joinpath("assets", name).read_text(encoding="utf-8")
    return text.replace("</script", "<\\/script").replace("</style", "<\\/style")


def _data_json(report: Report) -> str:
    figure = report.figure
    doc = {"x_label": figure.x_label, "logy": figure.logy, "panels": [
        {"title": ", ".join(panel.metrics), "curves": [_curve_json(c) for c in panel.curves]}
        for panel in figure.panels]}
    text = json.dumps(doc, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    # inside <script>, "</" could end the element: JSON allows "<" escaped
    return text.replace("<", "\\u003c")


def _curve_json(curve) -> dict:
    out = {"label": curve.label, "xs": [compact_number(x) for x in curve.xs],
           "ys": [compact_number(y) for y in curve.ys]}
    if curve.lows is not None:
        out["lo"] = [compact_number(v) for v in curve.lows]
        out["hi"] = [compact_number(v) for v in curve.highs]
    return out


def _charts_intro(report: Report) -> str:
    figure = report.figure
    total = sum(len(panel.curves) for panel in figure.panels)
    parts = ["Hover for each run's value at a step; click a legend entry to hide or show its "
             "curve; drag to zoom, double-click to zoom out."]
    if figure.smooth:
        parts.append(f"Smoothed: exponential moving average, weight {figure.smooth:g} "
                     "(debiased, as TensorBoard).")
    parts.append(f"Curves longer than {report.max_points:,} points are drawn from "
                 f"{report.max_points:,} of them: each slice of the series keeps its lowest and "
                 f"highest value, so spikes stay visible (min/max preserved). Here "
                 f"{report.downsampled} of {total} curves were downsampled.")
    parts += [escape(note) for note in figure.notes]
    return "<p class=note>" + " ".join(parts) + "</p>"


def _table(headers, rows, cell_class=None) -> str:
    """`rows` of display strings; `cell_class(r, c, text)` may name a CSS class for a cell."""
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    lines = []
    for r, row in enumerate(rows):
        cells = []
        for c, text in enumerate(row):
            css = cell_class(r, c, text) if cell_class else None
            cells.append(f"<td class={css}>{escape(str(text))}</td>" if css
                         else f"<td>{escape(str(text))}</td>")
        lines.append("<tr>" + "".join(cells) + "</tr>")
    return (f"<div class=wide><table><thead><tr>{head}</tr></thead>"
            f"<tbody>{''.join(lines)}</tbody></table></div>")


def _runs_table(report: Report) -> str:
    headers, rows = report.table
    status_col = headers.index("status") if "status" in headers else -1

    def css(_r, c, text):
        if c == status_col:
            return STATUS_CLASS.get(text)
        return "num" if c == 0 or c > 6 else None

    return _table(headers, rows, css)


def _comparison_table(data: dict) -> str:
    from ..render.compare import comparison_grid

    grid = comparison_grid(data)
    headers = ["run", *[str(run["id"]) for run in data["runs"]]]
    rows = [[label, *[cell.text for cell in cells]] for label, cells in grid]
    best = {(r, c + 1) for r, (_, cells) in enumerate(grid) for c, cell in enumerate(cells)
            if cell.best}

    def css(r, c, text):
        if (r, c) in best:
            return "best"
        return STATUS_CLASS.get(text) if grid[r][0] == "status" else None

    return _table(headers, rows, css) + "<p class=note>Best value per metric in bold green.</p>"


def _ttest_tables(report) -> str:
    from ..render.analysis import comparison_rows, group_rows, verdict

    headers, rows, _ = group_rows(report)
    out = [f"<p class=meta>{escape(report.metric)} (last value per run), by "
           f"{escape(report.by or '')}</p>", _table(headers, rows)]
    headers, rows, _ = comparison_rows(report)
    out.append(_table(headers, rows))
    out += [f"<p>{escape(verdict(c, report))}</p>" for c in report.comparisons]
    return "\n".join(out)
