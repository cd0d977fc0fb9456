"""The `--where`, `--sort` and `--columns` text cut into tokens (names, keywords, strings,
numbers, durations, operators), and the one error every part of the language raises: it names
the column and points at it."""

from __future__ import annotations

import re

from ..errors import UsageError
from ..models import Record

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing `typing` on the light commands' path
if TYPE_CHECKING:
    from typing import Any

KEYWORDS = frozenset({"and", "or", "not", "in", "is", "null", "true", "false", "contains"})
SYMBOLS = {"=": "=", "==": "=", "!=": "!=", "<>": "!=", "<": "<", "<=": "<=", ">": ">",
           ">=": ">=", "~": "~", "!~": "not ~"}
UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}

# print_error writes the hint after "Hint: "; the caret line is indented by as much.
HINT_INDENT = len("Hint: ")

_NUMBER_RE = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_FIRST_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_/\-]*")
_SEGMENT_RE = re.compile(r"[A-Za-z0-9_/\-]+")
_WORD_CHAR_RE = re.compile(r"[A-Za-z0-9_.]")
_OPERATOR_RE = re.compile(r"<=|>=|!=|<>|==|!~|[=<>~]")


class Token(Record):
    """`kind`: path, keyword, string, number, duration, op, `(`, `)`, `,`, `:` or end. `value`:
    the path's (segments, quoted flags), the keyword in lower case, the string, the number, the
    duration in seconds, or the operator. `pos`: index of its first character."""

    kind: str
    text: str
    value: Any
    pos: int



class QueryError(UsageError):
    """A bad --where/--sort/--columns: the message names the column, the hint points at it."""

    def __init__(self, option: str, text: str, pos: int, problem: str):
        column = pos + 1
        shown = "".join(c if c.isprintable() else " " for c in text)
        super().__init__(f"bad {option} at column {column}: {problem}",
                         hint=f"{shown}\n{' ' * (HINT_INDENT + pos)}^")
        self.column = column



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
    """Refuse lone surrogates (undecodable bytes in argv): they cannot reach SQLite as UTF-8;
    and NUL, which no stored text holds and PostgreSQL refuses in a query's text."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise QueryError(option, text, exc.start, "this character is not valid UTF-8") from None
    if "\0" in text:
        raise QueryError(option, text, text.index("\0"), "a NUL character is not allowed")


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
        bad = "".join(re.findall(r"^[\w.+-]*", text[match.start():]))
        raise QueryError(option, text, match.start(),
                         f"bad number {bad!r} (durations take one unit: s, m, h, d or w)")
    # Integers past 18 digits become floats: SQLite integers are 64-bit, and Python refuses to
    # convert strings of thousands of digits to int.
    is_int = all(c not in digits for c in ".eE") and len(digits.lstrip("+-")) <= 18
    return Token("number", digits, int(digits) if is_int else float(digits), match.start())


def _path_token(text: str, start: int, option: str) -> Token:
    """A dotted name: a bare first part, then parts that are bare or quoted."""
    first = _FIRST_RE.match(text, start)
    assert first is not None, "the lexer calls this on a name's first character"
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
