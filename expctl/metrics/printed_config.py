"""Printed configuration: the lines of output that are a run's settings, read as params.

A training script often prints its configuration before it trains: a Hydra/OmegaConf YAML dump,
argparse's ``Namespace(lr=0.01, ...)``, a ``config steps=400 lr=0.003`` log line, a JSON
``{"event": "config", ...}`` record, Optuna's ``parameters: {'C': 1.5}``. Those numbers are
inputs, not results: `expctl.metrics.parser` records them as config entries
(``MetricParser.params``, stored as params with source ``output``) and never as metrics. Which
lines count is decided by the CONFIG_MARKERS and CONFIG_BLOCK rules of `expctl.metrics.rules`;
this module reads the entries out of them, `expctl.metrics.config_records` out of a record.

An entry is ``(name, text)``: the name as printed, nested keys joined with ``.`` (``model.lr``,
as Hydra spells overrides), and the value's text as printed (quotes removed). The params layer
types the text the way it types argv values.
"""

from __future__ import annotations

from functools import partial

from . import rules
from .grammar import NUMBER
from .steps import STEP_RANK
from .kept import kept
from .config_records import flatten
from ..lazyre import LazyPattern
from .result_records import names_result_type

Entry = tuple[str, str]

_NAMESPACE = LazyPattern(r"\bNamespace\(")
_KWARG = LazyPattern(
    r"([^\W\d][\w.]*) ?= ?('(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|\[[^\]]*\]|\([^)]*\)"
    r"|[^\W\d][\w.]*\([^()]*\)|(?:[\w.]+ )?~ ?[^,()\[\]=]*[^,()\[\]=\s]|[^,()\[\]\s]+)")  # nested: "dict(lr=0.1)"; R_FORMULA (rules)
# A line of a YAML-like dump: "key: value" (a value holding no other pair, spaced or glued:
# a bar's "name:  0%|...| 0/40, best_cost=0.358" is none), "key:" (a section), "key = value";
# "- item" is not one. BRACED_SECTION (rules): "name {" opens a section, as protobuf's text
# format prints a message (SentencePiece's "trainer_spec {"), HOCON and nginx a block.
_YAML_LINE = LazyPattern(
    r"(\s*)['\"]?([^\W\d][\w.-]*(?: [^\W\d][\w.-]*){0,3})['\"]?\s*"
    r"(?::(?:\s+(?![^:=]*[:=]\s)(?!.*\w=[-+.\d])(\S.*?))?"
    r"|\s*=\s*([^\s=:]+)| \{)\s*\Z")
_NUMBER_TEXT = LazyPattern(NUMBER + r"\Z")
# MEASURED_VALUE (rules): a number with a percent, a unit of a few letters, or a spread.
_MEASURED = LazyPattern(rf"{NUMBER}(?: ?%| ?[^\W\d]{{1,4}}| *(?:±|\+/?-) *{NUMBER}%?)\s*\Z")
_SPREAD = LazyPattern(rf"{NUMBER}%? *(?:±|\+/?-) *{NUMBER}%?\s*\Z")


def from_namespace(line: str) -> list[Entry] | None:
    """The entries of argparse's ``Namespace(lr=0.01, model='resnet')``, or None."""
    match = _NAMESPACE.search(line)
    if match is None:
        return None
    return [(name, _unquote(value)) for name, value in _KWARG.findall(line, match.end())]


# "Booster(lr=0.2, ...)"; a config file's assignment "train_cfg = dict(max_epochs=6)" (MMEngine)
# LOGGED_REPR (rules): a logger's record whose message is one repr ("..., INFO, app.PSO: PSO(c1=2.05)")
_CALL_REPR = LazyPattern(r"(?:[^()=]{0,120}?[\w\]]: (?=[A-Z]|[a-z][\w.]*\([^\W\d][\w.]* = ))?"
                         r"\s*(?:[A-Z]\w*|[a-z][\w.]*(?=\([^\W\d][\w.]* = )|[^\W\d]\w*\s*=\s*[^\W\d][\w.]*)\(([^\W\d][\w.]*\s?=.*?)(?:\)|,)\s*\Z")  # WRAPPED_CALL: "f(a = 1, b = 2,"
_SPACES = LazyPattern(r"\s+")


def from_call_repr(line: str) -> list[Entry] | None:
    """CALL_ARGS: the entries of a line that is one object's repr, a class's name and keyword
    arguments only (``SymbolicRegressor(population_size=300, generations=6)``), none of them
    named as a result (``EvalResult(loss=0.5)`` reports) nor all of them steps; after a log
    record's prefix too (LOGGED_REPR); else None."""
    found = _call_kwargs(line) or _announced_kwargs(line)  # ANNOUNCED_SETTINGS
    if found is None or names_result_type(line) or any(rules.is_result_name(name) for name, _, _ in found) or all(
            name in STEP_RANK for name, _, _ in found):
        return None  # "PSO(epoch=20, pop_size=30)": a step key beside settings is one more
    return [(name, _unquote(value)) for name, value, _ in found]


# ANNOUNCED_SETTINGS (rules): an optimiser's banner, its name and keywords in brackets, then
# words and more brackets ("(4_w,9)-aCMA-ES (mu_w=2.8,w_1=49%) in dimension 6 (seed=3, <date>)").
_NAMED_BRACKET = LazyPattern(r"(?<=[^\W\d_] \()[^()]*(?=\))|(?<=[^\W\d_]\()[^()]*(?=\))")
_BRACKETED = LazyPattern(r"\([^()]*\)")


def _announced_kwargs(line: str) -> list[tuple[str, str, int]] | None:
    """(name, value, where the name starts) of the keywords of a line whose every ``=`` stands
    in brackets, the first of them after a name and of keywords only; else None."""
    if "=" in _BRACKETED.sub("", line):
        return None  # a pair outside brackets: the line reports, or is no banner
    first = _NAMED_BRACKET.search(line)
    if first is None or "=" not in first.group(0) or "=" in line[:first.start()] or (head := _call_kwargs(
            f"A({first.group(0)})")) is None:
        return None
    rest = [(m.group(1), m.group(2), m.start()) for m in _KWARG.finditer(line, first.end())]
    return [(name, value, first.start() + at - 2) for name, value, at in head] + rest


# "\t169 ": an indent and a member's key; "Nodes: 0 ": the first member, joined to its heading
# as a wrapped line's value is (`wrapped_values.join_wrapped`)
_MEMBER_KEY = LazyPattern(r"(?:\s+|[^\W\d][\w -]{0,30}:\s+)(?:[-\w.]+ )?")
_SPACED_CALL = LazyPattern(r"[^\W\d][\w.]*\([^\W\d][\w.]* = ")  # a call whose first argument is spaced


def indented_call_echo(line: str) -> list[Entry] | None:
    """SPACED_CALL_ECHO: the settings of an indented line that is one call whose first argument
    is spaced (R's ``  fracdiff(x = z2, nar = 1)`` under ``Call:``), read as CALL_ARGS read it
    flush left; else None."""
    text = line.strip()
    if text[-1:] != ")" or _SPACED_CALL.match(text) is None:
        return None
    return from_call_repr(text)


def bracketed_settings(line: str) -> list[Entry] | None:
    """CALL_ARGS: the entries of a line that is wholly one square-bracketed list of two keywords
    or more, each spaced (``[d.tol = 0.0001221, M = 100, h = 4.467e-06]``, the settings an R
    printer restates under its fit), none a result or a step; else None."""
    text = line.strip()
    if text[:1] != "[" or text[-1:] != "]" or text.count(" = ") < 2 or text.count("=") != text.count(" = "):
        return None
    found = _call_kwargs(f"A({text[1:-1]})")  # the same keywords a call's brackets hold
    if found is None or any(rules.is_result_name(name) or name in STEP_RANK for name, _, _ in found):
        return None
    return [(name, _unquote(value)) for name, value, _ in found]


def is_member_repr(line: str) -> bool:
    """MEMBER_REPR: True for an indented line (or one under its heading) that is one object's
    repr of keyword arguments only, after its key in a listing at most (``\t169 NodeGene(key=169, bias=-0.99,
    activation=sigmoid)``), one of them no number (a word, a flag, a tuple), none naming a
    result or a step: a member of a structure printed whole, no measurement."""
    lead = _MEMBER_KEY.match(line)
    if lead is None or _SPACED_CALL.match(line, lead.end()):
        return False  # SPACED_CALL_ECHO (rules): "Call: fpot(x = y, threshold = 1)", R's echo of a call
    found = _call_kwargs(line[lead.end():])
    return found is not None and any(not _NUMBER_TEXT.match(value) for _, value, _ in found) and (
        not any(rules.is_result_name(name) or name in STEP_RANK for name, _, _ in found))


def reported_call(line: str) -> tuple[list[Entry], list[int]] | None:
    """CALL_ARGS, the other side: a line that is one object's repr of keyword arguments only,
    one of them named as a result (``Scores(val_acc=0.93, f1=0.91)``), reports: its numeric
    arguments, first one included, as pairs, with where each name starts; else None."""
    found = _call_kwargs(line)
    if found is None or not (any(rules.is_result_name(name) for name, _, _ in found)
                             or names_result_type(line)):  # RESULT_RECORD
        return None
    numeric = [(name, number, at) for name, value, at in found if (number := _scalar(value))]
    return [(name, value) for name, value, _ in numeric], [at for _, _, at in numeric]


# SCALAR_REPR in a reporting repr: a field printed as its type's repr of one number ("np.float64(0.04)")
_WRAPPED_NUMBER = LazyPattern(rf"[^\W\d][\w.]*\(\s*({NUMBER})\s*\)\Z")


def _scalar(value: str) -> str | None:
    """The number of a field's value: the value itself, or the number a scalar's repr wraps
    (NumPy 2's ``np.float64(0.04)``); None for anything else."""
    if _NUMBER_TEXT.match(value):
        return value
    wrapped = _WRAPPED_NUMBER.match(value) if value[-1:] == ")" else None
    return wrapped.group(1) if wrapped else None


def _call_kwargs(line: str) -> list[tuple[str, str, int]] | None:
    """(name, value, where the name starts) of each argument of a line that is one
    ``Name(k=v, ...)`` of keyword arguments only, else None."""
    match = _CALL_REPR.match(line)
    if match is None:
        return None
    body, start = match.group(1), match.start(1)
    found = [(m.group(1), m.group(2), start + m.start()) for m in _KWARG.finditer(body)]
    rebuilt = ",".join(f"{name}={value}" for name, value, _ in found)
    if _SPACES.sub("", rebuilt) != _SPACES.sub("", body):
        return None  # something besides keyword arguments: no plain repr
    return found


def _unquote(text: str) -> str:
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1]
    return text


def from_labelled(line: str, label_end: int, pairs_after: list[tuple[str, str]]) -> list[Entry]:
    """The entries after a config label ending at `label_end`: a dict printed there
    (``parameters: {'C': 1.5, 'kernel': 'rbf'}``) read whole, else the line's pairs after it."""
    rest = line[label_end:].lstrip()
    if rest[:1] == "{":
        close = _matching_brace(rest)
        if close is not None:
            obj = _literal(rest[:close + 1])
            if isinstance(obj, dict):
                return flatten(obj)
    return list(pairs_after)


# CHOICE_NAME: a setting whose value is a word, "bound=multi" (no number, no yes/no word).
_TEXT_SETTING = LazyPattern(r"(?:(?<=[\s,;])|^)([^\W\d][\w.]*)=([^\W\d][\w-]*)(?=[\s,;]|\Z)")
_NO_CHOICE = frozenset("true false none null yes no on off auto default".split())


def text_settings(line: str, label_end: int) -> list[Entry]:
    """The settings of words after a config label (``settings: seed=7, bound=multi``): the
    line's pairs hold its numbers only."""
    return [(m.group(1), m.group(2)) for m in _TEXT_SETTING.finditer(line, label_end)]


def is_choice(name: str, text: str) -> bool:
    """CHOICE_NAME: a setting whose value is a word naming a choice (``multi``, ``adam``), not
    a flag, a default or a number, under a name that names no result (``loss: mse`` chooses a
    loss function, and ``loss`` stays the loss)."""
    return bool(text) and text[0].isalpha() and text.lower() not in _NO_CHOICE and (
        _NUMBER_TEXT.match(text) is None and not rules.is_result_name(name))


def dict_extent(line: str, label_end: int) -> tuple[int, int] | None:
    """Where the dict printed right after a config label lies in `line`, or None."""
    start = len(line) - len(line[label_end:].lstrip())
    if line[start:start + 1] != "{":
        return None
    close = _matching_brace(line[start:])
    return None if close is None else (start, start + close + 1)


def _matching_brace(text: str) -> int | None:
    depth, quote = 0, ""
    for i, char in enumerate(text):
        if quote:
            if char == quote:
                quote = ""
        elif char in "'\"":
            quote = char
        elif char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return i
    return None


def _literal(text: str):
    import ast
    import json

    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        pass
    try:
        return ast.literal_eval(text)
    except Exception:  # SyntaxError, ValueError, MemoryError, RecursionError: not a dict
        return None


# -- YAML-like blocks -------------------------------------------------------------------------------


class YamlLine:
    """One line of a YAML-like dump: `indent`, `key`, `value` (None for a section line)."""

    __slots__ = ("indent", "key", "value")

    def __init__(self, indent: int, key: str, value: str | None):
        self.indent, self.key, self.value = indent, key, value

    @property
    def numeric(self) -> bool:
        return self.value is not None and _NUMBER_TEXT.match(self.value) is not None


def read_yaml_line(line: str, words: bool = False) -> YamlLine | None:
    """The YAML-like line `line`, or None; a key of several words (``Stopping xtol: 1e-06``)
    only with `words` (NESTED_WORDS). Kept per line: the rules around a line read it again."""
    return _yaml_words(line) if words else _yaml_key(line)


def _read_yaml_line(line: str, words: bool) -> YamlLine | None:
    match = _YAML_LINE.match(line)
    if match is None or (not words and " " in match.group(2)):
        return None
    value = match.group(3) if match.group(4) is None else match.group(4)
    return YamlLine(len(match.group(1).expandtabs()), match.group(2), value)


_yaml_key, _yaml_words = (kept(1024, 256)(partial(_read_yaml_line, words=w)) for w in (False, True))


def is_strong_block(run: list[YamlLine]) -> bool:
    """A run that is plainly configuration: two lines or more, one of them a section
    (``model:``), an indented key, or a value that is no number (``name: resnet``) nor a
    spread (``0.5 ± 0.1``); MEASURED_VALUE: unless its flush-left numbers all name results,
    one with a decimal, a percent or a unit (``accuracy: 91.2%``): such a run reports (a
    whole number, ``loss_decimal_place = 4``, or a number of a setting beside it, ``lr:
    0.1``, and it is settings; a time, ``time: 3.2s``, is neither). A key printed twice flush
    left is no mapping's (REPEATED_KEY)."""
    if len(run) < 2 or not any(entry.value is None or entry.indent > 0 or not entry.numeric
                               and not _SPREAD.match(entry.value) for entry in run):
        return False
    flush = [entry.key for entry in run if entry.indent == 0]
    if len(set(flush)) < len(flush):
        return False  # REPEATED_KEY (rules): "loss: 2.30  [ 64/60000]" line after line: a log
    measured = [entry for entry in run if entry.indent == 0 and entry.value is not None and (
        entry.numeric or _MEASURED.match(entry.value) is not None)
        and not rules.is_time_column(entry.key)]  # "time: 3.2s" measures, it sets nothing
    return not measured or not all(is_result_key(entry.key) for entry in measured) or not any(
        _MEASURED.match(entry.value) or not entry.value.lstrip("-+").isdigit()
        for entry in measured if entry.value is not None)


def word_entries(run: list[YamlLine]) -> list[Entry]:
    """The entries of a run's flush-left keys whose value is words, no number nor measurement
    (``model: resnet``): settings beside results, never read on their own."""
    return [(entry.key, _unquote(entry.value)) for entry in run
            if entry.indent == 0 and entry.value is not None and not entry.numeric
            and _MEASURED.match(entry.value) is None and _SPREAD.match(entry.value) is None
            and not is_result_key(entry.key)]  # "loss: 2.30  [ 64/60000]": a result, no word


def is_settings_section(run: list[YamlLine]) -> bool:
    """SETTINGS_SECTION (rules): a run that opens with a section, holds a value that is no
    number and no key naming a result or a step: settings wherever they are printed.
    SETTINGS_DUMP (rules): in a run of ten values or more, one key in ten may name a result
    (``vocabulary_output_piece_score: 1`` among SentencePiece's thirty settings)."""
    valued = [entry for entry in run if entry.value is not None]
    if run[0].value is not None or all(entry.numeric for entry in valued):
        return False
    results = sum(entry.key in STEP_RANK or rules.is_result_name(entry.key) for entry in valued)
    return not results or len(valued) >= 10 and results * 10 <= len(valued)


# ASSIGNED_SETTINGS: a flush-left "words = value" line (VW's "learning rate = 0.5"). Not
# "Words: value": a solver's report of its statistics is spelt so, results among them.
_ASSIGNED = LazyPattern(r"([^\W\d][\w'.-]*(?: [^\W\d][\w'.-]*){0,3}) = (\S+)\s*\Z")
ASSIGNED_RUN = 4  # assignments a run needs


def assigned_settings(before: list[str], line: str, after: list[str]) -> list[Entry] | None:
    """ASSIGNED_SETTINGS (rules): the entries of the run of flush-left ``words = value`` lines
    holding `line`, when it has ASSIGNED_RUN of them or more, a value
    of words (``Reading datafile = none``), no key naming a result or a step, and no key twice
    (a log of values); else None. The walk stops at the first such key, so a stream of
    ``loss = 0.5`` lines costs one look each."""
    found: list[Entry] = []
    keys: set[str] = set()
    if _ASSIGNED.match(line) is None:
        return None
    for side in ([line], reversed(before), after):
        for text in side:
            match = _ASSIGNED.match(text)
            if match is None:
                break
            key, value = match.groups()
            if key in keys or key in STEP_RANK or rules.is_result_name(key):
                return None
            keys.add(key)
            found.append((key, value))
    if len(found) < ASSIGNED_RUN or all(_NUMBER_TEXT.match(value) for _, value in found):
        return None
    return found


def entries_of_run(run: list[YamlLine]) -> list[Entry]:
    """Every ``key: value`` of a YAML-like run as an entry, named by the sections it is nested
    in (``model.name``); section lines themselves give no entry, nor do the results of a
    section whose numbers all name results (RESULT_SECTION: they are metrics)."""
    placed: list[tuple[str, YamlLine, str]] = []
    stack: list[tuple[int, str]] = []  # (indent, key) of the open sections
    settings: set[str] = set()  # the sections holding a number that names no result
    for entry in run:
        while stack and stack[-1][0] >= entry.indent:
            stack.pop()
        if entry.value is None:
            stack.append((entry.indent, entry.key))
            continue
        path = "".join(key + "." for _, key in stack)
        placed.append((path, entry, entry.value))
        if entry.numeric and not is_result_key(entry.key):
            settings.add(path)
    return [(path + entry.key, _unquote(value)) for path, entry, value in placed
            if not (entry.indent and entry.numeric and is_result_key(entry.key)
                    and path not in settings)]


def is_result_key(key: str) -> bool:
    """RESULT_SECTION (rules, `sections`): a dump's key, nested in a section over a number,
    that names a result (``accuracy``): the entry is a metric, no param."""
    return key not in STEP_RANK and rules.is_result_name(key)


def section_path(before: list[str], line: str) -> str:
    """The dotted path of the sections `line` is nested in (``model.optimizer.``), from the
    contiguous YAML-like lines printed before it."""
    own = read_yaml_line(line)
    if own is None or own.indent == 0:
        return ""
    path: list[str] = []
    indent = own.indent
    for text in reversed(before):
        entry = read_yaml_line(text)
        if entry is None:
            break
        if entry.value is None and entry.indent < indent:
            path.insert(0, entry.key)
            indent = entry.indent
            if indent == 0:
                break
    return "".join(key + "." for key in path)
