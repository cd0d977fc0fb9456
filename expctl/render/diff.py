"""`expctl diff` drawn from the report of expctl.analyse.diff.build_diff: terminal text (coloured only on
a terminal), Markdown (for a pull request comment), or JSON.

Sections where nothing differs fold to one line. The full code diff comes last, after the
summary of every section, so that a long patch never hides the rest; `--stat` leaves it out.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Set as AbstractSet

from ..analyse.aggregates import SUMMARY
from .output import console, markdown_cell, markdown_table, stdout_is_terminal
from .runs import short_sha
from .text import format_duration, format_number, iso_time

ARROW = "→"
# A line of the text report and its style (None: plain).
Line = tuple[str, str | None]
STYLES = {"+": "green", "-": "red", "~": "yellow", "↑": "green", "↓": "red"}


def diff_json(report: dict) -> dict:
    """The report with NaN and infinities as null (JSON has none)."""
    return _clean(report)


def _clean(value):
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    return value


def emit_diff(report: dict, fmt: str, stat: bool = False) -> None:
    """Print the report as `text` (styled on a terminal) or `markdown`."""
    if fmt == "markdown":
        sys.stdout.write(diff_markdown(report, stat))
        return
    lines = diff_lines(report, stat)
    if stdout_is_terminal():
        from rich.text import Text

        out = console()
        for text, style in lines:
            out.print(Text(text, style=style or ""), soft_wrap=True)
    else:
        sys.stdout.write("".join(text + "\n" for text, _ in lines))


# --- values ----------------------------------------------------------------------------------


def show(value) -> str:
    """A param, metric or fact for reading: numbers short, text as is, a missing value '-'."""
    if value is None:
        return "-"
    return format_number(value) if not isinstance(value, str) else value


def show_change(item: dict, unit: str = "") -> tuple[str, str]:
    """(absolute, relative) change as text: `+0.1622`, `+24.0%`; '' when not computable."""
    delta, relative = item.get("change"), item.get("relative")
    if delta is None:
        return "", ""
    absolute = _amount(delta, unit)
    absolute = absolute if absolute.startswith("-") else "+" + absolute
    return absolute, "" if relative is None else f"{relative * 100:+.1f}%"


def _amount(value, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "duration":
        # short runs differ by fractions of a second: show them
        shown = f"{abs(value):.2f}s" if abs(value) < 10 else format_duration(abs(value))
        return ("-" if value < 0 else "") + shown
    if unit == "s":
        return f"{value:.2f}s"
    if unit == "MB":
        return f"{value:,.1f} MB"
    return format_number(value)


UNITS = {"duration_s": "duration", "cpu_user_s": "s", "cpu_system_s": "s", "peak_memory_mb": "MB"}


def _run_name(label: dict) -> str:
    return f"run {label['id']}" + (f" ({label['name']})" if label.get("name") else "")


def _commit(state: dict | None) -> str:
    if state is None:
        return "no git"
    return short_sha(state["commit"], state["dirty"]) or "no commit"


def _align(rows: list[list[str]], right: AbstractSet[int] = frozenset()) -> list[str]:
    """Rows of cells as text lines with aligned columns (two spaces apart)."""
    if not rows:
        return []
    widths = [max(len(row[i]) for row in rows if i < len(row)) for i in range(max(map(len, rows)))]
    lines = []
    for row in rows:
        cells = [cell.rjust(widths[i]) if i in right else cell.ljust(widths[i])
                 for i, cell in enumerate(row)]
        lines.append("  ".join(cells).rstrip())
    return lines


# --- terminal text ---------------------------------------------------------------------------


def diff_lines(report: dict, stat: bool = False) -> list[Line]:
    """The text report as (line, style) pairs; styles apply only on a terminal."""
    a, b = report["a"], report["b"]
    lines: list[Line] = [(f"A = {_run_name(a)}, started {iso_time(a['started_at'])}", "bold"),
             (f"B = {_run_name(b)}, started {iso_time(b['started_at'])}", "bold")]
    for section in (_params_lines, _code_lines, _environment_lines, _metrics_lines,
                    _resources_lines):
        lines.append(("", None))
        lines += section(report)
    patch = (report.get("code") or {}).get("patch")
    if patch and not stat:
        lines += [("", None), ("code diff, A → B", "bold")]
        lines += [(line, _patch_style(line)) for line in patch.rstrip("\n").split("\n")]
    return lines


def _patch_style(line: str) -> str | None:
    if line.startswith(("+++", "---", "diff --git", "index ")):
        return "bold"
    if line.startswith("@@"):
        return "cyan"
    return STYLES.get(line[:1]) if line[:1] in "+-" else None


def _marked(rows: list[list[str]], right: AbstractSet[int] = frozenset()) -> list[Line]:
    """Aligned rows whose first cell is a marker (+ - ~ ↑ ↓) that picks the line's colour."""
    return [("  " + text, STYLES.get(row[0])) for row, text in zip(rows, _align(rows, right))]


def _params_lines(report: dict) -> list[Line]:
    section = report["params"]
    kept = section["unchanged"]
    if section["same"]:
        return [(f"command and params: same ({len(kept)} params)", "dim")]
    lines: list[Line] = [("command and params", "bold")]
    if section["command"]:
        lines += [(f"  A  {section['command']['a']}", "red"), (f"  B  {section['command']['b']}", "green")]
    rows = [["~", name, f"{show(v['a'])} {ARROW} {show(v['b'])}"] for name, v in section["changed"].items()]
    rows += [["+", name, show(v)] for name, v in section["added"].items()]
    rows += [["-", name, show(v)] for name, v in section["removed"].items()]
    lines += _marked(rows)
    if kept:
        lines.append((f"  unchanged: {', '.join(kept)}", "dim"))
    return lines


def _code_lines(report: dict) -> list[Line]:
    code = report.get("code")
    if code is None:
        return [("code: not compared", "dim")]
    states = f"{_commit(code['a'])} {ARROW} {_commit(code['b'])}"
    if code["a"] is None and code["b"] is None:
        return [("code: not recorded (neither run was made in a git repository)", "dim")]
    if code["same"] and not code["notes"] and not any(code["untracked"].values()):
        dirty = code["a"] and code["a"]["dirty"]
        what = "with the same uncommitted changes" if dirty else "no uncommitted changes"
        return [(f"code: same ({_commit(code['a'])}, {what})", "dim")]
    lines: list[Line] = [(f"code  {states}{_relation(code)}", "bold")]
    rows = [["+" if c["side"] == "b" else "-", c["sha"][:8], c["summary"], f"({c['author']})"]
            for c in code["commits"]]
    lines += _marked(rows)
    lines += [("  " + text, None) for text in _stat_lines(code["files"])]
    for side in ("a", "b"):
        if code["untracked"][side]:
            lines.append((f"  untracked in {side.upper()} only: {', '.join(code['untracked'][side])}", None))
    lines += [(f"  note: {note}", "yellow") for note in code["notes"]]
    return lines


def _relation(code: dict) -> str:
    ahead, behind = code["ahead"], code["behind"]
    if ahead and behind:
        return f"  (diverged: {ahead} commit(s) only in B, {behind} only in A)"
    if ahead:
        return f"  (B is {ahead} commit{'s' if ahead > 1 else ''} ahead of A)"
    if behind:
        return f"  (B is {behind} commit{'s' if behind > 1 else ''} behind A)"
    if code["a"] and code["b"] and code["a"]["commit"] == code["b"]["commit"]:
        return "  (same commit, different uncommitted changes)"
    return ""


def _stat_lines(files: list[dict]) -> list[str]:
    """`git diff --stat`-like lines: path, +added -deleted, and a total."""
    if not files:
        return []
    rows = [[f["path"], "binary" if f["added"] is None else f"+{f['added']} -{f['deleted']}"]
            for f in files]
    added = sum(f["added"] or 0 for f in files)
    deleted = sum(f["deleted"] or 0 for f in files)
    total = (f"{len(files)} file{'s' if len(files) > 1 else ''} changed, "
             f"{added} insertion{'s' if added != 1 else ''}(+), {deleted} deletion{'s' if deleted != 1 else ''}(-)")
    return _align(rows) + [total]


def _environment_lines(report: dict) -> list[Line]:
    env = report["environment"]
    packages, env_vars = env["packages"], env["env_vars"]
    if env["same"]:
        return [(f"environment: same ({len(packages['unchanged'])} packages)", "dim")]
    lines: list[Line] = [("environment", "bold")]
    rows = [["~", label, f"{show(v['a'])} {ARROW} {show(v['b'])}"] for label, v in env["facts"].items()]
    rows += [["+", name, version] for name, version in packages["added"].items()]
    rows += [["-", name, version] for name, version in packages["removed"].items()]
    for marker, bucket in (("↑", "upgraded"), ("↓", "downgraded"), ("~", "changed")):
        rows += [[marker, name, f"{v['a']} {ARROW} {v['b']}"] for name, v in packages[bucket].items()]
    rows += [["~", f"${name}", f"{v['a']} {ARROW} {v['b']}"] for name, v in env_vars["changed"].items()]
    rows += [["+", f"${name}", value] for name, value in env_vars["added"].items()]
    rows += [["-", f"${name}", value] for name, value in env_vars["removed"].items()]
    lines += _marked(rows)
    lines += [(f"  note: {note}", "yellow") for note in env["notes"]]
    if packages["unchanged"]:
        lines.append((f"  {len(packages['unchanged'])} packages unchanged", "dim"))
    return lines


def shown_aggregates(row: dict) -> list[str]:
    """The aggregates of a changed metric worth a line: those that differ, except a min or max
    that repeats the last values (a curve that only rises has max = last)."""
    last = row.get("last")
    return [agg for agg in SUMMARY if agg in row and (
        agg == "last" or last is None or (row[agg]["a"], row[agg]["b"]) != (last["a"], last["b"]))]


def _metrics_lines(report: dict) -> list[Line]:
    metrics = report["metrics"]
    if metrics["same"]:
        return [(f"metrics: same ({len(metrics['unchanged'])} metrics)", "dim")]
    rows = [["metric", "", "A", "B", "change", ""]]
    for row in metrics["changed"]:
        first = True
        for agg in shown_aggregates(row):
            item = row[agg]
            absolute, relative = show_change(item)
            rows.append([row["name"] if first else "", agg, show(item["a"]), show(item["b"]),
                         absolute, relative])
            first = False
    lines: list[Line] = [("metrics", "bold")]
    lines += [("  " + text, "dim" if i == 0 else None)
              for i, text in enumerate(_align(rows, right={2, 3, 4, 5}))]
    if metrics["unchanged"]:
        lines.append((f"  unchanged: {', '.join(metrics['unchanged'])}", "dim"))
    return lines


def _resources_lines(report: dict) -> list[Line]:
    res = report["resources"]
    if res["same"]:
        return [("resources: same", "dim")]
    rows = [["", "A", "B", "change", ""]]
    for item in res["items"]:
        unit = UNITS.get(item["key"], "")
        absolute, relative = show_change(item, unit)
        rows.append([item["label"], _amount(item["a"], unit), _amount(item["b"], unit),
                     absolute, relative])
    lines: list[Line] = [("resources", "bold")]
    lines += [("  " + text, "dim" if i == 0 else None)
              for i, text in enumerate(_align(rows, right={1, 2, 3, 4}))]
    return lines


# --- Markdown --------------------------------------------------------------------------------


def diff_markdown(report: dict, stat: bool = False) -> str:
    """The report as Markdown that reads well pasted into a pull request comment."""
    a, b = report["a"], report["b"]
    parts = [f"### expctl diff: {_md(_run_name(a))} {ARROW} {_md(_run_name(b))}\n"]
    parts.append(_md_params(report["params"]))
    parts.append(_md_code(report.get("code"), stat))
    parts.append(_md_environment(report["environment"]))
    parts.append(_md_metrics(report["metrics"]))
    parts.append(_md_resources(report["resources"]))
    return "\n".join(part for part in parts if part)


def _md(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return markdown_cell(text)


def _md_table(headers: list[str], rows: list[list[str]]) -> str:
    return markdown_table(headers, [[_md(c) for c in row] for row in rows]) + "\n"


def _md_params(section: dict) -> str:
    if section["same"]:
        return f"**command and params**: same ({len(section['unchanged'])} params)\n"
    rows = []
    if section["command"]:
        rows.append(["command", f"`{section['command']['a']}`", f"`{section['command']['b']}`"])
    rows += [[name, show(v["a"]), show(v["b"])] for name, v in section["changed"].items()]
    rows += [[name, "", show(v)] for name, v in section["added"].items()]
    rows += [[name, show(v), ""] for name, v in section["removed"].items()]
    return "#### command and params\n\n" + _md_table(["", "A", "B"], rows)


def _md_code(code: dict | None, stat: bool) -> str:
    if code is None:
        return "**code**: not compared\n"
    folded = _code_lines({"code": code})[0][0]
    if folded.startswith("code: "):
        return f"**code**: {folded[len('code: '):]}\n"
    out = [f"#### code\n\n`{_commit(code['a'])}` {ARROW} `{_commit(code['b'])}`{_relation(code)}\n"]
    for commit in code["commits"]:
        side = "only in B" if commit["side"] == "b" else "only in A"
        out.append(f"- `{commit['sha'][:8]}` {_md(commit['summary'])} ({side})")
    if code["commits"]:
        out.append("")
    if code["files"]:
        rows = [[f"`{f['path']}`", "binary" if f["added"] is None else str(f["added"]),
                 "" if f["deleted"] is None else str(f["deleted"])] for f in code["files"]]
        out.append(_md_table(["file", "+", "-"], rows))
    for side in ("a", "b"):
        if code["untracked"][side]:
            out.append(f"Untracked in {side.upper()} only: {', '.join(code['untracked'][side])}\n")
    out += [f"> {note}\n" for note in code["notes"]]
    if code.get("patch") and not stat:
        fence = "````" if "```" in code["patch"] else "```"
        out.append(f"<details><summary>code diff</summary>\n\n{fence}diff\n"
                   f"{code['patch'].rstrip()}\n{fence}\n\n</details>\n")
    return "\n".join(out)


def _md_environment(env: dict) -> str:
    packages, env_vars = env["packages"], env["env_vars"]
    if env["same"]:
        return f"**environment**: same ({len(packages['unchanged'])} packages)\n"
    rows = [[label, show(v["a"]), show(v["b"])] for label, v in env["facts"].items()]
    rows += [[f"package {n}", "", v] for n, v in packages["added"].items()]
    rows += [[f"package {n}", v, ""] for n, v in packages["removed"].items()]
    for bucket in ("upgraded", "downgraded", "changed"):
        rows += [[f"package {n}", v["a"], v["b"]] for n, v in packages[bucket].items()]
    rows += [[f"${n}", v["a"], v["b"]] for n, v in env_vars["changed"].items()]
    rows += [[f"${n}", "", v] for n, v in env_vars["added"].items()]
    rows += [[f"${n}", v, ""] for n, v in env_vars["removed"].items()]
    notes = "".join(f"\n> {note}\n" for note in env["notes"])
    return "#### environment\n\n" + _md_table(["", "A", "B"], rows) + notes


def _md_metrics(metrics: dict) -> str:
    if metrics["same"]:
        return f"**metrics**: same ({len(metrics['unchanged'])} metrics)\n"
    rows = []
    for row in metrics["changed"]:
        for agg in shown_aggregates(row):
            absolute, relative = show_change(row[agg])
            rows.append([row["name"], agg, show(row[agg]["a"]), show(row[agg]["b"]),
                         absolute, relative])
    return "#### metrics\n\n" + _md_table(["metric", "", "A", "B", "change", "%"], rows)


def _md_resources(res: dict) -> str:
    if res["same"]:
        return "**resources**: same\n"
    rows = []
    for item in res["items"]:
        unit = UNITS.get(item["key"], "")
        absolute, relative = show_change(item, unit)
        rows.append([item["label"], _amount(item["a"], unit), _amount(item["b"], unit),
                     absolute, relative])
    return "#### resources\n\n" + _md_table(["", "A", "B", "change", "%"], rows)
