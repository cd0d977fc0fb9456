"""Statistics as tables, verdict lines, bars and JSON: views of the reports `expctl.analyse.samples` makes.

Table and Markdown output round numbers for reading (4 significant digits); CSV and JSON carry
every digit. JSON has `format_version`; NaN and infinities are null there.
"""

from __future__ import annotations

import math
import sys
import time
from collections.abc import Sequence

from ..analyse.stats import MannWhitney
from ..analyse.samples import Comparison, CountReport, ImportanceReport, SeedReport, TTestReport
from .cells import numbers, param_labels, seed_labels
from .output import JSON_FORMAT_VERSION, emit_json, emit_table, json_number
from .text import format_number, iso_time

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing `typing` on the light commands' path
if TYPE_CHECKING:
    from typing import Any

BLOCKS = " ▏▎▍▌▋▊▉█"  # eighths of a cell, for bars
SPARK = " ▁▂▃▄▅▆▇█"  # a count sparkline: blank for zero, then eight heights
BAR_WIDTH = 20

TEST_NAMES = {"welch": "Welch's t-test", "student": "Student's t-test",
              "mannwhitney": "Mann-Whitney U test"}


# -- numbers ---------------------------------------------------------------------------------

def fmt(value, signed: bool = False) -> str:
    """4 significant digits for reading; '' for None; nan and inf spelled out."""
    if value is None:
        return ""
    if isinstance(value, float) and math.isfinite(value) and signed:
        return f"{value:+.4g}"
    return format_number(value)


def format_p(p: float | None) -> str:
    """p = 0.41, 0.003, 0.0004 (two significant digits), 2.3e-08 below 1e-4; n/a for NaN."""
    if p is None or math.isnan(p):
        return "n/a"
    if p == 0:
        return "0"
    if p < 1e-4:
        return f"{p:.1e}"
    return f"{p:.2g}" if p < 1 else "1"


def format_df(df: float | None) -> str:
    if df is None or math.isnan(df):
        return ""
    return str(int(df)) if df == int(df) else f"{df:.1f}"


def exact(value) -> str:
    """Full precision for CSV: repr of floats, '' for None/NaN, inf spelled."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value) if isinstance(value, float) else str(value)


def bar(fraction: float, width: int = BAR_WIDTH) -> str:
    """A horizontal bar `fraction` (0..1) of `width` cells long, in eighths of a cell."""
    if fraction is None or math.isnan(fraction) or fraction <= 0:
        return ""
    eighths = round(min(fraction, 1.0) * width * 8)
    full, part = divmod(eighths, 8)
    return "█" * full + (BLOCKS[part] if part else "")


def count_sparkline(counts: Sequence[int]) -> str:
    """One character per count, scaled to the largest; zero is a blank, any run at least ▁."""
    top = max(counts, default=0)
    if top == 0:
        return " " * len(counts)
    return "".join(SPARK[0] if c == 0 else SPARK[max(1, math.ceil(c / top * 8))] for c in counts)


def _table(headers, rows, fmt_name: str, title: str | None, right) -> None:
    """A table with its title: above it in a terminal or plain text, bold above it in Markdown,
    left out of CSV (one header row, nothing else)."""
    if fmt_name == "markdown" and title:
        sys.stdout.write(f"**{title}**\n\n")
    emit_table(headers, rows, fmt_name, title=None if fmt_name in ("csv", "markdown") else title,
               right=right)


# -- ttest -----------------------------------------------------------------------------------

def emit_ttest(report: TTestReport, fmt_name: str) -> None:
    if fmt_name == "json":
        emit_json(ttest_json(report))
        return
    if fmt_name == "csv":
        headers, rows = comparison_csv(report)
        emit_table(headers, rows, "csv")
        return
    headers, rows, right = group_rows(report)
    _table(headers, rows, fmt_name, _groups_title(report), right)
    sys.stdout.write("\n")
    headers, rows, right = comparison_rows(report)
    _table(headers, rows, fmt_name, _comparisons_title(report), right)
    sys.stdout.write("\n")
    bullet = "- " if fmt_name == "markdown" else ""
    for comparison in report.comparisons:
        sys.stdout.write(bullet + verdict(comparison, report) + "\n")
    _note_left_out(report.missing, f"no metric {report.metric}")
    if report.by:
        _note_left_out(report.without, f"no param {report.by}")


def _groups_title(report: TTestReport) -> str:
    title = f"{report.metric} ({report.agg} value per run)"
    if report.by:
        return title + f", by {report.by}"
    return title + "".join(f"; {label}: {text}" for label, text in report.legend.items())


def _comparisons_title(report: TTestReport) -> str:
    sides = {"two-sided": "two-sided", "greater": "one-sided, B > A", "less": "one-sided, B < A"}
    title = f"{TEST_NAMES[report.test]} of B against A, {sides[report.alternative]}"
    if report.adjusted:
        tested = sum(c.result is not None for c in report.comparisons)
        title += f"; p adjusted by Holm's method over {tested} pair{'s' if tested != 1 else ''}"
    return title


def _level(confidence: float) -> str:
    return f"{confidence * 100:g}%"


def group_rows(report: TTestReport):
    interval = f"{_level(report.confidence)} CI of mean"
    headers = ["group", "n", "mean", "std", interval, "median", "runs"]
    rows = []
    for g in report.groups:
        s = g.summary
        n = str(s.n) + (f" (+{s.dropped} nan)" if s.dropped else "")
        std = fmt(s.std) if s.n > 1 else ""  # undefined for one run: left blank, not "nan"
        rows.append([g.label, n, fmt(s.mean), std, _interval(s.ci_low, s.ci_high),
                     fmt(s.median), _id_list(g.run_ids)])
    return headers, rows, [False, True, True, True, True, True, False]


def _interval(low: float, high: float) -> str:
    if low is None or math.isnan(low):
        return ""
    return f"{fmt(low)} to {fmt(high)}"


def _id_list(ids: Sequence[int], limit: int = 8) -> str:
    shown = ", ".join(map(str, ids[:limit]))
    return shown + (f", … ({len(ids)})" if len(ids) > limit else "")


def comparison_rows(report: TTestReport):
    mann = report.test == "mannwhitney"
    p_head = ["p", "p (Holm)"] if report.adjusted else ["p"]
    if mann:
        headers = ["A", "B", "B − A (median)", "U", *p_head, "rank-biserial", "sig"]
    else:
        headers = ["A", "B", "B − A", f"{_level(report.confidence)} CI", "t", "df", *p_head,
                   "Hedges' g", "sig"]
    rows = []
    for c in report.comparisons:
        rows.append([c.a.label, c.b.label, *_comparison_cells(c, report, mann)])
    right = [False, False] + [True] * (len(headers) - 3) + [False]
    return headers, rows, right


def _comparison_cells(c: Comparison, report: TTestReport, mann: bool) -> list[str]:
    cells = (5 if mann else 7) + report.adjusted  # after the A and B columns
    if c.result is None:
        return ["not tested"] + [""] * (cells - 2) + ["!"]
    r = c.result
    p_cells = [format_p(r.p)] + ([format_p(c.p_adjusted)] if report.adjusted else [])
    sig = "*" if c.significant else "~"
    if isinstance(r, MannWhitney):
        return [fmt(r.x.median - r.y.median, signed=True), fmt(r.u), *p_cells,
                f"{r.rank_biserial:+.2f}", sig]
    return [fmt(r.diff, signed=True), _interval(r.ci_low, r.ci_high), fmt(r.t),
            format_df(r.df), *p_cells, fmt(r.hedges_g), sig]


def verdict(c: Comparison, report: TTestReport) -> str:
    """One line in plain words: `B is higher than A by 0.21 (95% CI 0.18 to 0.24), p = 0.003`,
    or `~ B vs A: no significant difference ...` when p (Holm's when adjusted) >= alpha."""
    a, b = c.a.label, c.b.label
    if c.result is None:
        return f"! {b} vs {a}: not tested: {c.error}"
    p_text = f"p = {format_p(c.p_adjusted)}" + (" (Holm)" if report.adjusted else "")
    r = c.result
    if isinstance(r, MannWhitney):
        return _mann_whitney_verdict(r, c.significant, a, b, p_text, report.alpha)
    if math.isnan(r.p):
        return f"~ {b} vs {a}: every run in both groups has the same value ({fmt(r.x.mean)}); nothing to test"
    level = _level(report.confidence)
    if not c.significant:
        return (f"~ {b} vs {a}: no significant difference at alpha {report.alpha:g} "
                f"(B − A = {fmt(r.diff, signed=True)}, {level} CI {_interval(r.ci_low, r.ci_high)}, {p_text})")
    direction = "higher" if r.diff > 0 else "lower"
    low, high = (r.ci_low, r.ci_high) if r.diff > 0 else (-r.ci_high, -r.ci_low)
    return f"{b} is {direction} than {a} by {fmt(abs(r.diff))} ({level} CI {_interval(low, high)}), {p_text}"


def _mann_whitney_verdict(r: MannWhitney, significant: bool, a: str, b: str, p_text: str,
                          alpha: float) -> str:
    medians = f"median {fmt(r.x.median)} vs {fmt(r.y.median)}"
    if not significant:
        return f"~ {b} vs {a}: no significant difference at alpha {alpha:g} ({medians}, {p_text})"
    direction = "higher" if r.rank_biserial > 0 else "lower"
    return (f"{b} tends to be {direction} than {a} ({medians}, rank-biserial "
            f"{r.rank_biserial:+.2f}), {p_text}")


def comparison_csv(report: TTestReport) -> tuple[list[str], list[list[Any]]]:
    """One flat row per comparison, every digit kept."""
    mann = report.test == "mannwhitney"
    common = ["a", "b", "n_a", "n_b", "mean_a", "mean_b", "std_a", "std_b", "median_a", "median_b"]
    if mann:
        tail = ["u", "p", "p_adjusted", "rank_biserial", "significant", "error"]
    else:
        tail = ["diff", "ci_low", "ci_high", "t", "df", "p", "p_adjusted", "hedges_g",
                "significant", "error"]
    rows = []
    for c in report.comparisons:
        sa, sb = c.a.summary, c.b.summary
        row = [c.a.label, c.b.label, sa.n, sb.n, exact(sa.mean), exact(sb.mean), exact(sa.std),
               exact(sb.std), exact(sa.median), exact(sb.median)]
        r = c.result
        if r is None:
            row += [""] * (len(tail) - 2) + ["false", c.error]
        elif isinstance(r, MannWhitney):
            row += [exact(r.u), exact(r.p), exact(c.p_adjusted), exact(r.rank_biserial),
                    exact(c.significant), ""]
        else:
            row += [exact(r.diff), exact(r.ci_low), exact(r.ci_high), exact(r.t), exact(r.df),
                    exact(r.p), exact(c.p_adjusted), exact(r.hedges_g), exact(c.significant), ""]
        rows.append(row)
    return common + tail, rows


def ttest_json(report: TTestReport) -> dict:
    return {
        "format_version": JSON_FORMAT_VERSION,
        "metric": report.metric,
        "agg": report.agg,
        "test": report.test,
        "alternative": report.alternative,
        "confidence": report.confidence,
        "alpha": report.alpha,
        "by": report.by,
        "selections": report.legend or None,
        "p_adjustment": "holm" if report.adjusted else None,
        "groups": [dict(label=g.label, value=g.key, runs=g.run_ids, **summary_json(g.summary))
                   for g in report.groups],
        "comparisons": [comparison_json(c, report) for c in report.comparisons],
        "runs_without_metric": report.missing,
        "runs_without_param": report.without,
    }


def summary_json(s) -> dict:
    return {"n": s.n, "dropped": s.dropped, "mean": json_number(s.mean), "std": json_number(s.std),
            "ci_low": json_number(s.ci_low), "ci_high": json_number(s.ci_high),
            "median": json_number(s.median), "min": json_number(s.min), "max": json_number(s.max)}


def comparison_json(c: Comparison, report: TTestReport) -> dict:
    doc = {"a": c.a.label, "b": c.b.label, "significant": c.significant, "error": c.error,
           "p_adjusted": json_number(c.p_adjusted), "verdict": verdict(c, report)}
    r = c.result
    if r is None:
        return doc
    if isinstance(r, MannWhitney):
        doc.update(u=json_number(r.u), p=json_number(r.p), method=r.method,
                   rank_biserial=json_number(r.rank_biserial),
                   median_diff=json_number(r.x.median - r.y.median))
    else:
        doc.update(diff=json_number(r.diff), ci_low=json_number(r.ci_low),
                   ci_high=json_number(r.ci_high), t=json_number(r.t), df=json_number(r.df),
                   p=json_number(r.p), se=json_number(r.se), hedges_g=json_number(r.hedges_g))
    return doc


def _note_left_out(run_ids: Sequence[int], why: str) -> None:
    if run_ids:
        plural = "s" if len(run_ids) != 1 else ""
        sys.stderr.write(f"note: {len(run_ids)} run{plural} left out ({why}): {_id_list(list(run_ids))}\n")


# -- seed groups -----------------------------------------------------------------------------

def emit_seed_groups(report: SeedReport, fmt_name: str) -> None:
    if fmt_name == "json":
        emit_json(seed_groups_json(report))
        return
    headers, rows, right = seed_group_rows(report, csv=fmt_name == "csv")
    _table(headers, rows, fmt_name, _seed_title(report), right)
    _note_left_out(report.missing, f"no metric {report.metric}")


def _seed_title(report: SeedReport) -> str:
    seeds = ", ".join(report.seed_params) or "none found"
    better = "lowest" if report.lower_is_better else "highest"
    return (f"{report.metric} ({report.agg} value per run), mean ± std over seeds "
            f"(seed params: {seeds}); {better} mean first")


def seed_group_rows(report: SeedReport, csv: bool = False):
    """Rows for the seed-group table: the params that tell groups apart, then n, mean ± std, the
    interval of the mean, the seeds and the run ids. `csv`: separate columns, every digit.
    Built a column at a time (labels and numbers mapped over every group at C speed where the
    values allow it): 100,000 runs make over 20,000 groups."""
    names = report.varying
    level = _level(report.confidence)
    groups = report.groups
    params = [param_labels([g.params for g in groups], name) for name in names]
    seeds = seed_labels([g.seeds for g in groups])
    right = [True] * len(names) + [True, True, True, False, False]
    summaries = [g.summary for g in groups]
    if csv:
        headers = [*names, "n", "dropped", "mean", "std", "ci_low", "ci_high", "seeds", "runs"]
        rows = [[*cells, s.n, s.dropped, exact(s.mean), exact(s.std), exact(s.ci_low),
                 exact(s.ci_high), seed, " ".join(map(str, g.run_ids))]
                for g, s, seed, *cells in zip(groups, summaries, seeds, *params)]
        return headers, rows, right
    headers = [*names, "n", "mean ± std", f"{level} CI", "seeds", "runs"]
    means, stds = numbers([s.mean for s in summaries]), numbers([s.std for s in summaries])
    lows, highs = numbers([s.ci_low for s in summaries]), numbers([s.ci_high for s in summaries])
    counts = [str(s.n) + (f" (+{s.dropped} nan)" if s.dropped else "") for s in summaries]
    spreads = [f"{mean} ± {std}" if s.n > 1 else mean for s, mean, std in zip(summaries, means, stds)]
    intervals = ["" if s.ci_low is None or s.ci_low != s.ci_low else f"{low} to {high}"
                 for s, low, high in zip(summaries, lows, highs)]
    runs = [_id_list(g.run_ids) for g in groups]
    return headers, list(map(list, zip(*params, counts, spreads, intervals, seeds, runs))), right


def seed_groups_json(report: SeedReport) -> dict:
    return {
        "format_version": JSON_FORMAT_VERSION,
        "metric": report.metric,
        "agg": report.agg,
        "confidence": report.confidence,
        "seed_params": report.seed_params,
        "lower_is_better": report.lower_is_better,
        "varying_params": report.varying,
        "groups": [{"params": {name: json_number(value) for name, value in g.params.items()},
                    "seeds": [[json_number(v) for v in seed] for seed in g.seeds], "runs": g.run_ids,
                    **summary_json(g.summary)} for g in report.groups],
        "runs_without_metric": report.missing,
    }


# -- importance ------------------------------------------------------------------------------

def emit_importance(report: ImportanceReport, fmt_name: str) -> None:
    if fmt_name == "json":
        emit_json(importance_json(report))
        return
    if fmt_name == "csv":
        emit_table(*importance_csv(report), "csv")
        return
    headers, rows, right = importance_rows(report)
    title = (f"{report.metric} ({report.agg} value per run) against each param, "
             f"{report.n} runs; strongest first")
    _table(headers, rows, fmt_name, title, right)
    if report.dropped:
        sys.stderr.write(f"note: {report.dropped} run{'s' if report.dropped != 1 else ''} left out "
                         f"(NaN or infinite {report.metric})\n")
    _note_left_out(report.missing, f"no metric {report.metric}")


def importance_rows(report: ImportanceReport):
    headers = ["param", "type", "n", "pearson r", "p", "spearman ρ", "p", "eta²", "p", "strength",
               "note"]
    rows = []
    for row in report.rows:
        r, rho, anova = row.pearson, row.spearman, row.anova
        rows.append([
            row.param, row.kind, str(row.n),
            f"{r.r:+.3f}" if r and not math.isnan(r.r) else "", format_p(r.p) if r else "",
            f"{rho.r:+.3f}" if rho and not math.isnan(rho.r) else "", format_p(rho.p) if rho else "",
            f"{anova.eta_squared:.3f}" if anova and not math.isnan(anova.eta_squared) else "",
            format_p(anova.p) if anova else "",
            bar(row.strength), row.note,
        ])
    return headers, rows, [False, False] + [True] * 7 + [False, False]


def importance_csv(report: ImportanceReport) -> tuple[list[str], list[list[Any]]]:
    headers = ["param", "type", "n", "levels", "pearson_r", "pearson_p", "spearman_rho",
               "spearman_p", "eta_squared", "anova_p", "note"]
    rows = []
    for row in report.rows:
        r, rho, anova = row.pearson, row.spearman, row.anova
        rows.append([row.param, row.kind, row.n, row.levels,
                     exact(r.r) if r else "", exact(r.p) if r else "",
                     exact(rho.r) if rho else "", exact(rho.p) if rho else "",
                     exact(anova.eta_squared) if anova else "", exact(anova.p) if anova else "",
                     row.note])
    return headers, rows


def importance_json(report: ImportanceReport) -> dict:
    def correlation(c):
        return None if c is None else {"r": json_number(c.r), "p": json_number(c.p), "n": c.n}

    return {
        "format_version": JSON_FORMAT_VERSION,
        "metric": report.metric,
        "agg": report.agg,
        "runs": report.n,
        "runs_with_nan_metric": report.dropped,
        "runs_without_metric": report.missing,
        "params": [{
            "param": row.param, "type": row.kind, "n": row.n, "levels": row.levels,
            "pearson": correlation(row.pearson), "spearman": correlation(row.spearman),
            "eta_squared": None if row.anova is None else json_number(row.anova.eta_squared),
            "anova_p": None if row.anova is None else json_number(row.anova.p),
            "note": row.note or None,
        } for row in report.rows],
    }


# -- count -----------------------------------------------------------------------------------

def interval_label(start: float, by: str) -> str:
    local = time.localtime(start)
    if by == "month":
        return time.strftime("%Y-%m", local)
    if by == "week":
        return time.strftime("%Y-%m-%d", local) + f" (week {time.strftime('%V', local)})"
    return time.strftime("%Y-%m-%d %a", local)


def emit_count(report: CountReport, fmt_name: str) -> None:
    if fmt_name == "json":
        emit_json(count_json(report))
        return
    counts = [count for _, _, count in report.buckets]
    top = max(counts, default=0)
    rows = [[interval_label(start, report.by), str(count), bar(count / top if top else 0)]
            for start, _, count in report.buckets]
    headers = [report.by, "runs"] + ([] if fmt_name == "csv" else [""])
    if fmt_name == "csv":
        rows = [row[:2] for row in rows]
    emit_table(headers, rows, fmt_name, right=[False, True, False])
    if fmt_name == "table":
        first = interval_label(report.buckets[0][0], report.by) if report.buckets else ""
        sys.stdout.write(f"\n{count_sparkline(counts)}  {report.total} run"
                         f"{'s' if report.total != 1 else ''} in {len(counts)} {report.by}"
                         f"{'s' if len(counts) != 1 else ''} from {first.split(' (')[0]}\n")


def count_json(report: CountReport) -> dict:
    return {
        "format_version": JSON_FORMAT_VERSION,
        "by": report.by,
        "since": iso_time(report.since),
        "until": iso_time(report.until),
        "total": report.total,
        "intervals": [{"start": iso_time(start), "end": iso_time(end), "runs": count}
                      for start, end, count in report.buckets],
    }
