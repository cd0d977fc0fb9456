"""The `--where` language, and the field names that `--sort` and `--columns` share with it.

Text becomes tokens, tokens become a tree of `Compare`, `And`, `Or` and `Not` nodes, and each
comparison is checked against the fields a run has while it is parsed, so every mistake is
reported at its column. Nothing here speaks SQL: the store compiles the checked tree
(`expctl/store/query_sql.py`) with every value and name as a parameter.

Grammar, loosest first (keywords are case-insensitive):

    expr       := and_expr ("or" and_expr)*
    and_expr   := not_expr ("and" not_expr)*
    not_expr   := "not" not_expr | "(" expr ")" | comparison
    comparison := field ("=" | "!=" | "<" | "<=" | ">" | ">=") value
                | field ["not"] "in" "(" value ("," value)* ")"
                | field ["not"] ("~" | "contains") value
                | field "is" ["not"] "null"
    value      := number | 'text' | "text" | true | false | duration (30s 5m 2h 7d 1w)

Fields: id uuid name experiment status exit_code started ended duration host user command cwd
tags, `params.NAME`, `metrics.NAME` (its last value) and `metrics.NAME.min|max|count|last`,
`git.commit|branch|dirty|remote`, `ci.provider|job_url|run_id|job|commit|branch|pr`. A NAME runs to the next space or operator and may hold dots,
slashes and dashes (`params.optimizer.lr`, `metrics.val/acc`, `metrics.train-loss`); any other
character needs quotes after the dot: metrics."val acc" (double, single or back quotes). The
last part of a metric name is an aggregate only when it is unquoted and one of min, max, count,
last: a metric really called `x.min` is written metrics."x.min".

Semantics, chosen so that no comparison surprises:
* A comparison is false for a run that lacks the field (no such param or metric, no name, no
  git record); `is null` finds those runs, and `not` negates a whole condition.
* `!=`, `not in`, `not ~`, `not contains` hold for runs that have the field with another value.
* A number compares with numeric params only (never with text, so 'abc' > 1 is never true);
  true/false with boolean params; a text value with the param as written (`params.lr = '0.01'`)
  for = != in ~ contains, and with text params only for < <= > >=.
* Times (`started`, `ended`) take an ISO date or date-time ('2026-11-01', '2026-11-01 14:30',
  in local time unless it ends in Z or an offset), or an age such as -7d (seven days ago).
  `started = '2026-11-01'` means during that day. `duration` is in seconds or a duration (5m).
* `~` is a glob (`*`, `?`, `[abc]`, case-sensitive); `contains` is a substring test, and for
  `tags` means "has this tag".
"""

from __future__ import annotations

import time
import re

from ..models import STATUSES, Record
from .fields import (
    BOOL, COMMIT, INT, NUMBER, PARAM, SECONDS, TAGS, TEXT, TIME, Field, resolve_field,
)
from .lexer import QueryError, Token, tokenize
from .times import parse_time

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing `typing` on the light commands' path
if TYPE_CHECKING:
    from typing import Any, NoReturn

ORDERING = ("<", "<=", ">", ">=")
# The operators each kind of field accepts (`is null` / `is not null` are accepted by all).
OPERATORS = {
    INT: ("=", "!=", *ORDERING, "in", "not in"),
    NUMBER: ("=", "!=", *ORDERING, "in", "not in"),
    TIME: ("=", "!=", *ORDERING),
    SECONDS: ("=", "!=", *ORDERING),
    TEXT: ("=", "!=", *ORDERING, "in", "not in", "~", "not ~", "contains", "not contains"),
    COMMIT: ("=", "!=", "in", "not in", "~", "not ~", "contains", "not contains"),
    BOOL: ("=", "!="),
    TAGS: ("in", "not in", "~", "not ~", "contains", "not contains"),
    PARAM: ("=", "!=", *ORDERING, "in", "not in", "~", "not ~", "contains", "not contains"),
}

# Bounds that keep any input, however hostile, far from Python's recursion limit and from
# SQLite's limits on expression depth (1000) and bound parameters (999 before SQLite 3.32):
# a value costs at most two parameters.
MAX_DEPTH = 50
MAX_VALUES = 250


class Compare(Record):
    """`field op value`. `op` is one of = != < <= > >= in, not in, ~, not ~, contains,
    not contains, is null, is not null. `value` is an int, float, str or bool, a tuple of them
    for `in`, None for the null tests; times are seconds since the epoch."""

    field: Field
    op: str
    value: Any


class And(Record):
    """All of `items` (two or more nodes)."""

    items: tuple[Node, ...]


class Or(Record):
    """Any of `items` (two or more nodes)."""

    items: tuple[Node, ...]


class Not(Record):
    item: Node


# A node of a parsed --where expression.
Node = Compare | And | Or | Not


class SortKey(Record):
    field: Field
    descending: bool



# --- public entry points ---------------------------------------------------------------------


def parse_where(text: str, now: float | None = None):
    """The checked tree of a `--where` expression; raises QueryError (a UsageError) on any
    mistake. `now` (seconds since the epoch) anchors ages such as -7d."""
    parser = _Parser(text, "--where", time.time() if now is None else now)
    if parser.peek().kind == "end":
        raise QueryError("--where", text, 0, "the expression is empty")
    node = parser.parse_expression(0)
    parser.expect_end()
    return node


def parse_sort(text: str) -> list[SortKey]:
    """`metrics.acc:desc,params.lr` -> sort keys (ascending unless `:desc`)."""
    parser = _Parser(text, "--sort", 0.0)
    keys = [SortKey(parser.parse_field(sortable=True), parser.parse_direction())]
    while parser.separator():
        keys.append(SortKey(parser.parse_field(sortable=True), parser.parse_direction()))
    parser.expect_end()
    return keys


def parse_columns(text: str) -> list[Field]:
    """`id,params.lr,metrics.acc.max` -> fields, in order."""
    parser = _Parser(text, "--columns", 0.0)
    fields = [parser.parse_field()]
    while parser.separator():
        fields.append(parser.parse_field())
    parser.expect_end()
    return fields



# --- the parser ------------------------------------------------------------------------------


class _Parser:
    """Recursive descent over the tokens; every method raises QueryError at the right column."""

    def __init__(self, text: str, option: str, now: float):
        self.text = text
        self.option = option
        self.now = now
        self.tokens = tokenize(text, option)
        self.index = 0
        self.values = 0

    def peek(self) -> Token:
        return self.tokens[self.index]

    def take(self) -> Token:
        token = self.peek()
        self.index = min(self.index + 1, len(self.tokens) - 1)
        return token

    def fail(self, token: Token, problem: str) -> NoReturn:
        raise QueryError(self.option, self.text, token.pos, problem)

    def is_keyword(self, word: str) -> bool:
        token = self.peek()
        return token.kind == "keyword" and token.value == word

    def expect_end(self) -> None:
        token = self.peek()
        if token.kind == ")":
            self.fail(token, "')' without a matching '('")
        if token.kind != "end":
            what = "and/or" if self.option == "--where" else "','"
            self.fail(token, f"expected {what} before {_describe(token)}")

    # expressions

    def parse_expression(self, depth: int):
        """or_expr: and_expr ("or" and_expr)*, flattened into one Or."""
        return self._joined("or", Or, lambda: self.parse_and(depth))

    def parse_and(self, depth: int):
        """and_expr: not_expr ("and" not_expr)*, flattened into one And."""
        return self._joined("and", And, lambda: self.parse_not(depth))

    def _joined(self, word: str, node: type[And] | type[Or], parse_item):
        items = [parse_item()]
        while self.is_keyword(word):
            self.take()
            items.append(parse_item())
        return items[0] if len(items) == 1 else node(tuple(items))

    def parse_not(self, depth: int):
        token = self.peek()
        if depth > MAX_DEPTH:
            self.fail(token, f"the expression nests deeper than {MAX_DEPTH} levels")
        if self.is_keyword("not"):
            self.take()
            return Not(self.parse_not(depth + 1))
        if token.kind == "(":
            self.take()
            node = self.parse_expression(depth + 1)
            closing = self.peek()
            if closing.kind != ")":
                self.fail(closing, f"expected ')' to close the '(' at column {token.pos + 1}"
                                   + (f", found {_describe(closing)}" if closing.kind != "end" else ""))
            self.take()
            return node
        return self.parse_comparison()

    def parse_comparison(self) -> Compare:
        token = self.take()
        if token.kind != "path":
            self.fail(token, f"expected a field name, found {_describe(token)}")
        field = resolve_field(token, self.text, self.option)
        op_token, op = self.parse_operator(token)
        if op in ("is null", "is not null"):
            return check_comparison(self, field, op, op_token, None, op_token)
        if op in ("in", "not in"):
            values, tokens = self.parse_list(op_token)
            return check_comparison(self, field, op, op_token, values, tokens)
        value_token = self.take()
        value = self.parse_value(value_token, op_token)
        return check_comparison(self, field, op, op_token, value, value_token)

    def parse_operator(self, field_token: Token) -> tuple[Token, str]:
        token = self.take()
        if token.kind == "op":
            return token, token.value
        if token.kind == "keyword" and token.value in ("in", "contains"):
            return token, token.value
        if token.kind == "keyword" and token.value == "not":
            following = self.take()
            if following.kind == "keyword" and following.value in ("in", "contains"):
                return token, "not " + following.value
            if following.kind == "op" and following.value == "~":
                return token, "not ~"
            self.fail(following, "expected in, contains or ~ after 'not'")
        if token.kind == "keyword" and token.value == "is":
            negated = self.is_keyword("not")
            if negated:
                self.take()
            if not self.is_keyword("null"):
                self.fail(self.peek(), "expected null after 'is" + (" not'" if negated else "'"))
            self.take()
            return token, "is not null" if negated else "is null"
        found = "" if token.kind == "end" else f", found {_describe(token)}"
        self.fail(token, f"expected an operator after '{field_token.text}'{found}")

    def parse_list(self, op_token: Token) -> tuple[tuple, tuple]:
        """`( value, ... )`: the literals, and the token of each (for messages)."""
        opening = self.take()
        if opening.kind != "(":
            self.fail(opening, f"expected '(' after '{op_token.text}'")
        tokens = [self.take()]
        values = [self.parse_value(tokens[0], opening)]
        while self.peek().kind == ",":
            comma = self.take()
            tokens.append(self.take())
            values.append(self.parse_value(tokens[-1], comma))
        closing = self.peek()
        if closing.kind != ")":
            self.fail(closing, f"expected ',' or ')' in the list opened at column {opening.pos + 1}")
        self.take()
        return tuple(values), tuple(tokens)

    def parse_value(self, token: Token, after: Token):
        """A literal as (kind, value); `after` is the token before it, for the message."""
        self.values += 1
        if self.values > MAX_VALUES:
            self.fail(token, f"more than {MAX_VALUES} values in one expression")
        if token.kind in ("string", "number", "duration"):
            return token.kind, token.value
        if token.kind == "keyword" and token.value in ("true", "false"):
            return "bool", token.value == "true"
        if token.kind == "keyword" and token.value == "null":
            self.fail(token, "compare with null using 'is null' or 'is not null'")
        hint = ""
        if token.kind == "path":
            hint = f" (quote text: '{token.text}')"
        self.fail(token, f"expected a value after '{after.text}'"
                         + (f", found {_describe(token)}" if token.kind != "end" else "") + hint)

    # --sort and --columns

    def parse_field(self, sortable: bool = False) -> Field:
        token = self.take()
        if token.kind != "path":
            self.fail(token, f"expected a field name, found {_describe(token)}")
        return resolve_field(token, self.text, self.option, sortable)

    def parse_direction(self) -> bool:
        """An optional `:asc` / `:desc` after a sort field; True for descending."""
        if self.peek().kind != ":":
            return False
        self.take()
        word = self.take()
        if word.kind != "path" or word.text.lower() not in ("asc", "desc"):
            self.fail(word, "expected asc or desc after ':'")
        return word.text.lower() == "desc"

    def separator(self) -> bool:
        if self.peek().kind == ",":
            self.take()
            return True
        return False


def _describe(token: Token) -> str:
    if token.kind == "end":
        return "the end"
    if token.kind == "string":
        return f"the text {token.text}"
    return f"'{token.text}'"


# --- checking a comparison -------------------------------------------------------------------


def check_comparison(parser: _Parser, field: Field, op: str, op_token: Token, value,
                     value_token):
    """The node for `field op value`, with values converted (times to epoch seconds); raises
    QueryError when the field does not take this operator or these values. For `in`, `value`
    and `value_token` are tuples, one item per listed value."""
    kind = field.type
    if op not in ("is null", "is not null") and op not in OPERATORS[kind]:
        parser.fail(op_token, _operator_problem(field, op))
    if value is None:
        return Compare(field, op, None)
    if op in ("in", "not in"):
        converted = tuple(_convert(parser, field, op, v, token)
                          for v, token in zip(value, value_token))
        return Compare(field, op, converted)
    if kind == TIME and op in ("=", "!=") and value[0] == "string" and _is_date(value[1]):
        return _whole_day(parser, field, op, value[1], value_token)
    return Compare(field, op, _convert(parser, field, op, value, value_token))


def _operator_problem(field: Field, op: str) -> str:
    kind = field.type
    if kind == TAGS and op in ("=", "!="):
        return f"tags is a set: write tags {'not ' if op == '!=' else ''}contains 'x'"
    nature = {INT: "a number", NUMBER: "a number", TIME: "a time", SECONDS: "a duration",
              COMMIT: "a commit", BOOL: "true or false", TAGS: "a set of tags",
              TEXT: "text", PARAM: "a param"}[kind]
    allowed = " ".join(OPERATORS[kind])
    return f"'{op}' does not apply to {field.label}, which is {nature} (use: {allowed}, is null)"


def _convert(parser: _Parser, field: Field, op: str, literal, token: Token):
    """A literal as the value the store compares with; QueryError when the types disagree."""
    kind, value = literal
    ftype = field.type
    if ftype in (INT, NUMBER):
        if kind != "number":
            parser.fail(token, f"{field.label} is a number; {_shown(literal)} is not")
        return value
    if ftype == TIME:
        return _time_value(parser, field, literal, token)
    if ftype == SECONDS:
        if kind not in ("number", "duration"):
            parser.fail(token, f"{field.label} is a duration: write seconds or 30s, 5m, 2h, 1d")
        return value
    if ftype == BOOL:
        if kind != "bool":
            parser.fail(token, f"{field.label} is true or false")
        return value
    if ftype in (TEXT, COMMIT, TAGS):
        return _text_value(parser, field, op, literal, token)
    return _param_value(parser, field, op, literal, token)


def _shown(literal) -> str:
    kind, value = literal
    if kind == "string":
        return repr(value)
    if kind == "bool":
        return "true" if value else "false"
    return "a duration" if kind == "duration" else str(value)


def _text_value(parser: _Parser, field: Field, op: str, literal, token: Token) -> str:
    kind, value = literal
    if kind != "string":
        parser.fail(token, f"{field.label} holds text: quote the value ('{token.text}')")
    if field.kind == "run" and field.name == "status" and op in ("=", "!=", "in", "not in") \
            and value not in STATUSES:
        parser.fail(token, f"unknown status {value!r} (statuses: {', '.join(STATUSES)})")
    if field.type == COMMIT and op in ("=", "!=", "in", "not in"):
        if not (4 <= len(value) <= 40 and all(c in "0123456789abcdefABCDEF" for c in value)):
            parser.fail(token, "a commit is 4 to 40 hex digits (a prefix matches)")
        return value.lower()
    return value


def _param_value(parser: _Parser, field: Field, op: str, literal, token: Token):
    kind, value = literal
    if kind == "duration":
        parser.fail(token, f"params are compared with numbers, text or true/false, "
                           f"not durations: write {value:g} for {token.text}")
    if kind == "bool" and op in ORDERING:
        parser.fail(token, f"'{op}' does not compare true/false")
    if op in ("~", "not ~", "contains", "not contains") and kind != "string":
        parser.fail(token, f"'{op}' matches text: quote the value ('{token.text}')")
    return value


def _time_value(parser: _Parser, field: Field, literal, token: Token) -> float:
    kind, value = literal
    if kind == "duration":
        if token.text.startswith("-"):
            return parser.now + value  # value is negative: that long ago
        parser.fail(token, f"write an age with a minus sign: {field.label} > -{token.text.lstrip('+')}"
                           f" means within the last {token.text.lstrip('+')}")
    if kind == "number":
        return float(value)  # seconds since the epoch
    if kind == "string":
        epoch = parse_time(value, parser.now)
        if epoch is None:
            parser.fail(token, f"{value!r} is not a date: write '2026-11-01' or "
                               f"'2026-11-01 14:30' (local time), or an age such as -7d")
        return epoch
    parser.fail(token, f"{field.label} is a time: write a date such as '2026-11-01' or an age such as -7d")


def _is_date(text: str) -> bool:
    return re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()) is not None


def _whole_day(parser: _Parser, field: Field, op: str, text: str, token: Token):
    """`started = '2026-11-01'`: from that local midnight to the next one."""
    start = _time_value(parser, field, ("string", text), token)
    day = time.localtime(start)
    # mktime with a day past the month's end normalises it, and handles a DST change that day.
    end = time.mktime((day.tm_year, day.tm_mon, day.tm_mday + 1, 0, 0, 0, 0, 0, -1))
    inside = And((Compare(field, ">=", start), Compare(field, "<", end)))
    return inside if op == "=" else Not(inside)
