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

import difflib
import re
import time

from ..errors import UsageError
from ..models import STATUSES, record
from .times import parse_time

# What a field holds, which decides the values and operators it accepts.
INT, NUMBER, TEXT, TIME, SECONDS, COMMIT, BOOL, TAGS, PARAM = (
    "int", "number", "text", "time", "seconds", "commit", "bool", "tags", "param")

RUN_FIELDS = {
    "id": INT, "uuid": TEXT, "name": TEXT, "experiment": TEXT, "status": TEXT,
    "exit_code": INT, "started": TIME, "ended": TIME, "duration": SECONDS, "host": TEXT,
    "user": TEXT, "command": TEXT, "cwd": TEXT,
}
GIT_FIELDS = {"commit": COMMIT, "branch": TEXT, "dirty": BOOL, "remote": TEXT}
# What expctl.capture.ci recorded about the CI job a run was made in (all text, as the CI says it).
CI_FIELDS = {"provider": TEXT, "job_url": TEXT, "run_id": TEXT, "job": TEXT, "commit": TEXT,
             "branch": TEXT, "pr": TEXT}
METRIC_AGGS = ("last", "min", "max", "count")
KEYWORDS = frozenset({"and", "or", "not", "in", "is", "null", "true", "false", "contains"})

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
SYMBOLS = {"=": "=", "==": "=", "!=": "!=", "<>": "!=", "<": "<", "<=": "<=", ">": ">",
           ">=": ">=", "~": "~", "!~": "not ~"}
UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}

# Bounds that keep any input, however hostile, far from Python's recursion limit and from
# SQLite's limits on expression depth (1000) and bound parameters (999 before SQLite 3.32):
# a value costs at most two parameters.
MAX_DEPTH = 50
MAX_VALUES = 250

# print_error writes the hint after "Hint: "; the caret line is indented by as much.
HINT_INDENT = len("Hint: ")

_NUMBER_RE = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_FIRST_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_/\-]*")
_SEGMENT_RE = re.compile(r"[A-Za-z0-9_/\-]+")
_WORD_CHAR_RE = re.compile(r"[A-Za-z0-9_.]")
_OPERATOR_RE = re.compile(r"<=|>=|!=|<>|==|!~|[=<>~]")


class Token(record("Token", "kind text value pos")):
    """`kind`: path, keyword, string, number, duration, op, `(`, `)`, `,`, `:` or end. `value`:
    the path's (segments, quoted flags), the keyword in lower case, the string, the number, the
    duration in seconds, or the operator. `pos`: index of its first character."""

    __slots__ = ()


class Field(record("Field", "kind name agg label")):
    """A field of a run. `kind`: run (a column named `name`), param, metric (aggregate `agg`),
    git (`name` in GIT_FIELDS) or tags. `label`: the field as the user wrote it."""

    __slots__ = ()

    @property
    def type(self) -> str:
        if self.kind == "run":
            return RUN_FIELDS[self.name]
        if self.kind == "git":
            return GIT_FIELDS[self.name]
        if self.kind == "ci":
            return CI_FIELDS[self.name]
        if self.kind == "metric":
            return INT if self.agg == "count" else NUMBER
        return TAGS if self.kind == "tags" else PARAM


class Compare(record("Compare", "field op value")):
    """`field op value`. `op` is one of = != < <= > >= in, not in, ~, not ~, contains,
    not contains, is null, is not null. `value` is an int, float, str or bool, a tuple of them
    for `in`, None for the null tests; times are seconds since the epoch."""

    __slots__ = ()


class And(record("And", "items")):
    """All of `items` (two or more nodes)."""

    __slots__ = ()


class Or(record("Or", "items")):
    """Any of `items` (two or more nodes)."""

    __slots__ = ()


class Not(record("Not", "item")):
    __slots__ = ()


class SortKey(record("SortKey", "field descending")):
    __slots__ = ()


class QueryError(UsageError):
    """A bad --where/--sort/--columns: the message names the column, the hint points at it."""

    def __init__(self, option: str, text: str, pos: int, problem: str):
        column = pos + 1
        shown = "".join(c if c.isprintable() else " " for c in text)
        super().__init__(f"bad {option} at column {column}: {problem}",
                         hint=f"{shown}\n{' ' * (HINT_INDENT + pos)}^")
        self.column = column


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


# --- tokens ----------------------------------------------------------------------------------


def tokenize(text: str, option: str = "--where") -> list[Token]:
    """Split `text` into tokens, ending with one `end` token; QueryError on a bad character,
    an unterminated string or a malformed number."""
    _check_encodable(text, option)
    tokens, i = [], 0
    while i < len(text):
        char = text[i]
        if char.isspace():
            i += 1
            continue
        token = _read_token(text, i, option)
        tokens.append(token)
        i = token.pos + len(token.text)
    tokens.append(Token("end", "", None, len(text)))
    return tokens


def _check_encodable(text: str, option: str) -> None:
    """Refuse lone surrogates (undecodable bytes in argv): they cannot reach SQLite as UTF-8."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise QueryError(option, text, exc.start, "this character is not valid UTF-8") from None


def _read_token(text: str, i: int, option: str) -> Token:
    char = text[i]
    if char in "'\"":
        value, end = _read_quoted(text, i, option)
        return Token("string", text[i:end], value, i)
    if char == "`":
        raise QueryError(option, text, i, "back quotes quote a name after a dot, as in "
                                          "metrics.`val acc`; quote values with ' or \"")
    if char in "(),:":
        return Token(char, char, char, i)
    number = _NUMBER_RE.match(text, i)
    if number and (char not in "+-." or len(number.group()) > 1):
        return _number_token(text, number, option)
    if _FIRST_RE.match(text, i):
        return _path_token(text, i, option)
    operator = _OPERATOR_RE.match(text, i)
    if operator:
        return Token("op", operator.group(), SYMBOLS[operator.group()], i)
    raise QueryError(option, text, i, f"unexpected character {char!r}")


def _read_quoted(text: str, start: int, option: str) -> tuple[str, int]:
    """The text between the quote at `start` and its closing twin (a doubled quote stands for
    one), and the index after the closing quote."""
    quote, out, i = text[start], [], start + 1
    while i < len(text):
        if text[i] == quote:
            if text.startswith(quote * 2, i):
                out.append(quote)
                i += 2
                continue
            return "".join(out), i + 1
        out.append(text[i])
        i += 1
    raise QueryError(option, text, start, f"unterminated text: no closing {quote}")


def _number_token(text: str, match: re.Match, option: str) -> Token:
    """A number, or a duration when a unit letter follows it directly (`30s`, `-7d`)."""
    end, digits = match.end(), match.group()
    unit = text[end:end + 1]
    if unit in UNITS and not _WORD_CHAR_RE.match(text, end + 1):
        return Token("duration", text[match.start():end + 1], float(digits) * UNITS[unit],
                     match.start())
    if _WORD_CHAR_RE.match(text, end):
        bad = re.match(r"[\w.+-]*", text[match.start():]).group()
        raise QueryError(option, text, match.start(),
                         f"bad number {bad!r} (durations take one unit: s, m, h, d or w)")
    # Integers past 18 digits become floats: SQLite integers are 64-bit, and Python refuses to
    # convert strings of thousands of digits to int.
    is_int = all(c not in digits for c in ".eE") and len(digits.lstrip("+-")) <= 18
    return Token("number", digits, int(digits) if is_int else float(digits), match.start())


def _path_token(text: str, start: int, option: str) -> Token:
    """A dotted name: a bare first part, then parts that are bare or quoted."""
    first = _FIRST_RE.match(text, start)
    segments, quoted, i = [first.group()], [False], first.end()
    while i < len(text) and text[i] == ".":
        i += 1
        if i < len(text) and text[i] in "'\"`":
            value, i = _read_quoted(text, i, option)
            segments.append(value)
            quoted.append(True)
            continue
        part = _SEGMENT_RE.match(text, i)
        if not part:
            raise QueryError(option, text, i, "expected a name after '.'")
        segments.append(part.group())
        quoted.append(False)
        i = part.end()
    if len(segments) == 1 and segments[0].lower() in KEYWORDS:
        return Token("keyword", text[start:i], segments[0].lower(), start)
    return Token("path", text[start:i], (tuple(segments), tuple(quoted)), start)


# --- fields ----------------------------------------------------------------------------------


def resolve_field(token: Token, text: str, option: str, sortable: bool = False) -> Field:
    """The Field a path token names; QueryError (with a did-you-mean) when there is none."""
    segments, quoted = token.value
    head, rest = segments[0], segments[1:]
    if head in ("params", "metrics", "git") and not rest:
        raise QueryError(option, text, token.pos + len(token.text),
                         f"expected a name after '{head}.'")
    if not rest and head in RUN_FIELDS:
        return Field("run", head, None, token.text)
    if not rest and head == "tags":
        if sortable:
            raise QueryError(option, text, token.pos, "runs cannot be sorted by tags")
        return Field("tags", None, None, token.text)
    if head == "params":
        return Field("param", ".".join(rest), None, token.text)
    if head == "metrics":
        return _metric_field(rest, quoted[1:], token.text)
    if head == "git" and len(rest) == 1 and rest[0] in GIT_FIELDS:
        return Field("git", rest[0], None, token.text)
    if head == "ci" and len(rest) == 1 and rest[0] in CI_FIELDS:
        return Field("ci", rest[0], None, token.text)
    raise QueryError(option, text, token.pos, _unknown_field(segments))


def _metric_field(rest: tuple[str, ...], quoted: tuple[bool, ...], label: str) -> Field:
    if len(rest) >= 2 and not quoted[-1] and rest[-1] in METRIC_AGGS:
        return Field("metric", ".".join(rest[:-1]), rest[-1], label)
    return Field("metric", ".".join(rest), "last", label)


def _unknown_field(segments: tuple[str, ...]) -> str:
    written = ".".join(segments)
    if segments[0] == "git":
        return f"unknown field '{written}': git has {', '.join('git.' + f for f in GIT_FIELDS)}"
    if segments[0] == "ci":
        return f"unknown field '{written}': ci has {', '.join('ci.' + f for f in CI_FIELDS)}"
    known = [*RUN_FIELDS, "tags", "params", "metrics", "git"]
    guess = difflib.get_close_matches(segments[0], known, n=1, cutoff=0.6)
    if guess and guess[0] in ("params", "metrics", "git") and len(segments) > 1:
        return f"unknown field '{written}'; did you mean '{guess[0]}.{'.'.join(segments[1:])}'?"
    if guess and len(segments) == 1:
        return f"unknown field '{written}'; did you mean '{guess[0]}'?"
    return (f"unknown field '{written}' (fields: {', '.join(RUN_FIELDS)}, tags, params.NAME, "
            f"metrics.NAME, git.commit/branch/dirty/remote)")


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

    def fail(self, token: Token, problem: str):
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
        items = [self.parse_and(depth)]
        while self.is_keyword("or"):
            self.take()
            items.append(self.parse_and(depth))
        return items[0] if len(items) == 1 else Or(tuple(items))

    def parse_and(self, depth: int):
        items = [self.parse_not(depth)]
        while self.is_keyword("and"):
            self.take()
            items.append(self.parse_not(depth))
        return items[0] if len(items) == 1 else And(tuple(items))

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


# --- a field's value in a loaded run ---------------------------------------------------------


def field_value(run, field: Field, git=None):
    """The value `field` has in `run` (a models.Run; `git` its GitInfo or None), as Python
    data: times in seconds since the epoch, tags a list, None where the run has none. Used for
    `--columns`; the store evaluates the same fields in SQL for `--where` and `--sort`."""
    if field.kind == "param":
        param = run.params.get(field.name)
        return None if param is None else param.value
    if field.kind == "metric":
        summary = run.metrics.get(field.name)
        return None if summary is None else getattr(summary, field.agg)
    if field.kind == "tags":
        return list(run.tags)
    if field.kind == "git":
        if git is None:
            return None
        return getattr(git, "remote_url" if field.name == "remote" else field.name)
    return _run_value(run, field.name)


def _run_value(run, name: str):
    if name == "started":
        return run.started_at
    if name == "ended":
        return run.ended_at
    if name == "duration":
        return run.duration_s
    if name == "command":
        return " ".join(run.command)
    return getattr(run, name)
