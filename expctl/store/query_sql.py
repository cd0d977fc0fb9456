"""Compile a checked `--where` tree (expctl.query.where) into an SQL condition on `runs r`.

This is where the query language meets SQL, and the only place. The statement text is assembled
from the fixed fragments below, chosen by node type, operator and field; every value and every
param or metric name travels as a `?` parameter. So nothing a user types can change the shape
of a statement: a quote in a value is just a character of that value.

Params, metrics, tags and git live in their own tables, one row per run, so a condition on
them is a membership test, written one of two ways with the same meaning:

* `r.id IN (SELECT run_id FROM params WHERE ...)` builds the set of matching runs once, from the
  (name, value) indexes: fast when few rows match (0.4 ms for 13 of 100,000 runs), slow when many
  do (125 ms for 50,000: the whole set is built before the first run is listed);
* `EXISTS (SELECT 1 FROM params WHERE run_id = r.id AND ...)` checks the runs newest first and
  stops at the limit: fast when many match (0.5 ms), a full scan when few do (80 ms).

`compile_where` takes an `is_small` callback that tells, by counting at most a few hundred rows,
whether a condition matches few rows; it picks IN for those and EXISTS for the others.
"""

from __future__ import annotations

from ..models import STORED_AGGREGATES
from ..query.where import And, Compare, Field, Not, Or, SortKey
from .rows import NEWEST_FIRST


class Dialect:
    """What differs between the engines' SQL, for the few fragments where it does. Statements
    are written with `?` placeholders for both; the PostgreSQL store turns them into `%s`."""

    def __init__(self, name: str, command: str, ci: str, glob: str, contains: str, param_num: str):
        self.name, self.command, self.ci, self.glob = name, command, ci, glob
        self.contains, self.param_num = contains, param_num

    def ci_column(self, name: str) -> str:
        return self.ci.format(name=name)

    def glob_arg(self, pattern: str) -> str:
        """SQLite's GLOB takes the pattern; PostgreSQL's `~` a regular expression of it."""
        return pattern if self.name == "sqlite" else glob_to_regex(pattern)


SQLITE = Dialect(
    "sqlite",
    # argv is stored as a JSON list; conditions see it as the words joined by spaces.
    command="(SELECT group_concat(value, ' ') FROM json_each(r.command))",
    # The CI job (expctl.capture.ci) is kept in the run's environment record, as JSON under "ci".
    ci="json_extract(data, '$.ci.{name}')",
    glob="{column} GLOB ?", contains="instr({column}, ?) > 0", param_num="value",
)
POSTGRES = Dialect(
    "postgresql",
    command="(SELECT string_agg(w, ' ' ORDER BY i) FROM json_array_elements_text(r.command::json)"
            " WITH ORDINALITY AS a(w, i))",
    ci="(data::json #>> '{{ci,{name}}}')",
    glob="{column} ~ ?", contains="strpos({column}, ?) > 0", param_num="num",
)


def glob_to_regex(pattern: str) -> str:
    """A POSIX regular expression matching what SQLite's GLOB matches: `*` any text, `?` one
    character, `[...]` a set (`[^...]` its complement), everything else literally, the whole
    text, case-sensitively."""
    out, i = ["^"], 0
    while i < len(pattern):
        c = pattern[i]
        end = pattern.find("]", i + 2) if c == "[" else -1
        if c == "*":
            out.append(".*")
        elif c == "?":
            out.append(".")
        elif c == "[" and end != -1:
            body = pattern[i + 1:end]
            negate = body.startswith("^")
            body = body[1:] if negate else body
            out.append("[" + ("^" if negate else "") + body.replace("\\", "\\\\") + "]")
            i = end
        else:
            out.append("\\" + c if not c.isalnum() else c)
        i += 1
    return "".join(out) + "$"

# SQL for the fields that are columns of `runs` (or computed from them).
RUN_COLUMNS = {
    "id": "r.id", "uuid": "r.uuid", "name": "r.name", "status": "r.status",
    "exit_code": "r.exit_code", "started": "r.started_at", "ended": "r.ended_at",
    "duration": "(r.ended_at - r.started_at)", "host": "r.host", "user": "r.user", "cwd": "r.cwd",
}
GIT_COLUMNS = {"commit": "commit_sha", "branch": "branch", "dirty": "dirty", "remote": "remote_url"}
COMPARISONS = {"=": "=", "!=": "=", "<": "<", "<=": "<=", ">": ">", ">=": ">="}
# A negated operator holds where its positive twin does not, among runs that have the field.
POSITIVE = {"!=": "=", "not in": "in", "not ~": "~", "not contains": "contains"}
# Long AND/OR chains are nested in groups of this size: SQLite parses `a OR b OR c ...` as a
# left-deep tree, and refuses trees deeper than 1000.
GROUP = 16


def compile_where(node, is_small=None, d: Dialect = SQLITE) -> tuple[str, list]:
    """(sql, args): a condition on the run aliased `r`, true for the runs the tree selects.

    `is_small(sql, args)`, given a `SELECT run_id FROM ...`, says whether it returns few rows
    (then the membership test is IN, else EXISTS); without it, IN is used throughout.
    """
    if isinstance(node, And):
        return _join([compile_where(item, is_small, d) for item in node.items], "AND")
    if isinstance(node, Or):
        return _join([compile_where(item, is_small, d) for item in node.items], "OR")
    if isinstance(node, Not):
        sql, args = compile_where(node.item, is_small, d)
        return f"NOT {sql}", args
    if isinstance(node, Compare):
        return _compile_compare(node, is_small, d)
    raise TypeError(f"not a query node: {node!r}")


def _membership(table: str, condition: str, args: list, is_small, negated: bool = False):
    """The runs that have a row in `table` satisfying `condition` (or, negated, have none)."""
    subquery = f"SELECT run_id FROM {table} WHERE {condition}"
    if is_small is None or is_small(subquery, args):
        return f"(r.id {'NOT IN' if negated else 'IN'} ({subquery}))", args
    exists = f"EXISTS (SELECT 1 FROM {table} WHERE run_id = r.id AND {condition})"
    return f"({'NOT ' if negated else ''}{exists})", args


def compile_sort(keys: list[SortKey], d: Dialect = SQLITE) -> tuple[str, list]:
    """(sql, args) for ORDER BY: each key, runs lacking the field last, then newest first
    (NEWEST_FIRST)."""
    parts, args = [], []
    for key in keys:
        for sql, key_args in _sort_values(key, d):
            parts.append(f"{sql} {'DESC' if key.descending else 'ASC'} NULLS LAST")
            args += key_args
    parts.append(NEWEST_FIRST)
    return ", ".join(parts), args


def _join(compiled: list[tuple[str, list]], word: str) -> tuple[str, list]:
    if len(compiled) > GROUP:
        compiled = [_join(compiled[i:i + GROUP], word) for i in range(0, len(compiled), GROUP)]
        return _join(compiled, word)
    sql = f" {word} ".join(part for part, _ in compiled)
    return f"({sql})", [arg for _, part_args in compiled for arg in part_args]


def _compile_compare(node: Compare, is_small, d: Dialect) -> tuple[str, list]:
    field, op = node.field, node.op
    if op in ("is null", "is not null"):
        return _null_test(field, op == "is null", is_small, d)
    negated = op in POSITIVE
    op = POSITIVE.get(op, op)
    if field.kind == "param":
        sql, args = _param_condition(field.name, op, node.value, negated, d)
        return _membership("params", sql, args, is_small)
    if field.kind == "tags":  # `contains` means "has this tag", not a substring
        sql, args = _predicate("tag", "=" if op == "contains" else op, node.value, d)
        return _membership("run_tags", sql, args, is_small, negated)
    column, table, prefix, prefix_args = _field_site(field, d)
    if field.kind == "git" and field.name == "commit" and op in ("=", "in"):
        sql, value_args = _commit_prefix(column, node.value)
    else:
        sql, value_args = _predicate(column, op, _storable(node.value), d)
    condition = f"{column} IS NOT NULL AND {'NOT ' if negated else ''}{sql}"
    if table is None:
        return f"({condition})", value_args
    if table == "experiments":  # a handful of rows: always a set
        return f"(r.experiment_id IN (SELECT id FROM experiments WHERE {condition}))", value_args
    return _membership(table, prefix + condition, prefix_args + value_args, is_small)


def _field_site(field: Field, d: Dialect) -> tuple[str, str | None, str, list]:
    """(column, table (None for a column of runs), SQL that starts the condition on a row of
    that table, its args): where a field's value lives."""
    if field.kind == "run" and field.name == "experiment":
        return "name", "experiments", "", []
    if field.kind == "run":
        return _run_column(field.name, d), None, "", []
    if field.kind == "git":
        return GIT_COLUMNS[field.name], "run_git", "", []
    if field.kind == "ci":
        return d.ci_column(field.name), "run_env", "", []
    return _summary_column(field), "metric_summaries", "name = ? AND ", [field.name]


def _summary_column(field: Field) -> str:
    """The column of metric_summaries holding a metric field's aggregate (named alike); checked
    against the fixed set, as it becomes part of the SQL text."""
    agg = field.agg or "last"
    if agg not in STORED_AGGREGATES:
        raise ValueError(f"no stored aggregate {agg!r}")
    return agg


def _run_column(name: str, d: Dialect) -> str:
    return d.command if name == "command" else RUN_COLUMNS[name]


def _null_test(field: Field, is_null: bool, is_small, d: Dialect) -> tuple[str, list]:
    """`is null`: the run lacks the field (or its value is NULL); `is not null`: it has one."""
    if field.kind == "param":
        return _membership("params", "name = ?", [field.name], is_small, negated=is_null)
    if field.kind == "tags":
        return _membership("run_tags", "TRUE", [], is_small, negated=is_null)
    column, table, prefix, prefix_args = _field_site(field, d)
    condition = f"{column} IS NOT NULL"
    args: list
    if table is None:
        sql, args = f"({condition})", []
    elif table == "experiments":
        sql, args = f"(r.experiment_id IN (SELECT id FROM experiments WHERE {condition}))", []
    else:
        sql, args = _membership(table, prefix + condition, prefix_args, is_small)
    return (f"(NOT {sql})" if is_null else sql), args


def _predicate(column: str, op: str, value, d: Dialect) -> tuple[str, list]:
    """`column op ?` for a positive operator (=, <, <=, >, >=, in, ~, contains)."""
    if op == "in":
        return f"{column} IN ({', '.join('?' * len(value))})", list(value)
    if op == "~":
        return d.glob.format(column=column), [d.glob_arg(value)]
    if op == "contains":
        return d.contains.format(column=column), [value]
    return f"{column} {COMPARISONS[op]} ?", [value]


def _storable(value):
    """Booleans as SQLite stores them (0/1), in single values and in lists alike."""
    if isinstance(value, tuple):
        return tuple(int(v) if isinstance(v, bool) else v for v in value)
    return int(value) if isinstance(value, bool) else value


def _commit_prefix(column: str, value) -> tuple[str, list]:
    """A commit matches a value that is a prefix of it (values are lower-case hex already)."""
    values = value if isinstance(value, tuple) else (value,)
    parts = [f"substr({column}, 1, ?) = ?" for _ in values]
    args = [arg for v in values for arg in (len(v), v)]
    return "(" + " OR ".join(parts) + ")", args


# --- params ----------------------------------------------------------------------------------


def _param_condition(name: str, op: str, value, negated: bool, d: Dialect) -> tuple[str, list]:
    """The condition on a `params` row for: param `name` satisfies `op value` (or, negated,
    does not).

    A number compares with int and float params only, true/false with bool params: the `type`
    guard keeps SQLite from ordering text after every number ('abc' > 1 would be true). A text
    value compares with the param as written for = in ~ contains, and with str params only for
    ordering.
    """
    values = value if op == "in" else (value,)
    parts, args = [], []
    for one in values:
        sql, one_args = _param_test("=" if op == "in" else op, one, d)
        parts.append(sql)
        args += one_args
    test = parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"
    if negated:
        test = f"NOT {test}"
    return f"name = ? AND {test}", [name] + args


def _param_test(op: str, value, d: Dialect) -> tuple[str, list]:
    if isinstance(value, bool):
        guard, column, value = "type = 'bool'", d.param_num, int(value)
    elif isinstance(value, (int, float)):
        guard, column = "type IN ('int', 'float')", d.param_num
    elif op in ("=", "~", "contains"):
        guard, column = None, "text"
    else:
        guard, column = "type = 'str'", "value"
    sql, args = _predicate(column, op, value, d)
    return (f"({guard} AND {sql})" if guard else f"({sql})"), args


# --- sorting ---------------------------------------------------------------------------------


def _sort_values(key: SortKey, d: Dialect) -> list[tuple[str, list]]:
    """The expressions to order by for one key. A param in PostgreSQL is two: its number and
    its text, so that numbers come before text ascending and after it descending, as values of
    SQLite's one column of dynamic type do."""
    if key.field.kind != "param" or d is SQLITE:
        return [_field_value(key.field, d)]
    lookup = "FROM params WHERE run_id = r.id AND name = ?"
    parts = [(f"(SELECT num {lookup})", [key.field.name]),
             (f"(SELECT value {lookup} AND num IS NULL)", [key.field.name])]
    return parts[::-1] if key.descending else parts


def _field_value(field: Field, d: Dialect = SQLITE) -> tuple[str, list]:
    """An SQL expression for a field's value in the run `r` (NULL when it has none)."""
    if field.kind == "run" and field.name == "experiment":
        return "(SELECT name FROM experiments WHERE id = r.experiment_id)", []
    if field.kind == "run":
        return _run_column(field.name, d), []
    if field.kind == "param":
        return "(SELECT value FROM params WHERE run_id = r.id AND name = ?)", [field.name]
    if field.kind == "git":
        return f"(SELECT {GIT_COLUMNS[field.name]} FROM run_git WHERE run_id = r.id)", []
    if field.kind == "ci":
        return f"(SELECT {d.ci_column(field.name)} FROM run_env WHERE run_id = r.id)", []
    if field.kind == "metric":
        return (f"(SELECT {_summary_column(field)} FROM metric_summaries WHERE run_id = r.id AND name = ?)",
                [field.name])
    raise ValueError(f"runs cannot be sorted by {field.label}")


def index_sort(key: SortKey, where_sql: str) -> tuple[str, str, list] | None:
    """Two statements that list runs in the order of one param or metric by walking that
    field's index, rather than computing the field for every run and sorting them all (250 ms
    for 100,000 runs, against about 1 ms): the runs that have a value, then those without one,
    newest first. Each takes the arguments [name, *where args, limit]. None when the field
    has no such index (run columns, git, metrics.NAME.count)."""
    field = key.field
    if field.kind == "param":
        table, column = "params", "value"
    elif field.kind == "metric" and field.agg in ("last", "min", "max"):
        table, column = "metric_summaries", field.agg
    else:
        return None
    extra = f" AND {where_sql}" if where_sql else ""
    first = (f"SELECT r.id FROM {table} s JOIN runs r ON r.id = s.run_id"
             f" WHERE s.name = ? AND s.{column} IS NOT NULL{extra}"
             f" ORDER BY s.{column} {'DESC' if key.descending else 'ASC'}, {NEWEST_FIRST} LIMIT ?")
    rest = (f"SELECT r.id FROM runs r WHERE NOT EXISTS (SELECT 1 FROM {table}"
            f" WHERE run_id = r.id AND name = ? AND {column} IS NOT NULL){extra}"
            f" ORDER BY {NEWEST_FIRST} LIMIT ?")
    return first, rest, [field.name]
