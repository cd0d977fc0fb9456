"""What a line or a heading is, before any pair in it is read: HEADED_BLOCK (a heading that
names results or settings), NOISE_LINE (a warning or a library's info line, with DONE_MARK's
exception) and CONFIG_MARKERS (the words that mark printed configuration). Their rows are in
the rule table of `expctl.metrics.rules`, whose readers call them through that module."""

from __future__ import annotations

import re

from ..lazyre import LazyPattern
from .value_lists import is_branch_item
from .vocabulary import is_result_name

_WORDS = LazyPattern(r"[^\W_]+")

# -- HEADED_BLOCK -------------------------------------------------------------------------------

RESULT_HEADING_WORDS = frozenset(
    "summary summaries result results metric metrics score scores evaluation final estimate estimates "
    "forecast forecasts report goodness"
    .split())


# FOUND_HEADING: words saying a heading's parameters were found by the fit, not given to it
# ("Estimated parameters:"), or a heading opened by "smoothing" (R's "Smoothing parameters:",
# which ets and HoltWinters estimate; "Label smoothing parameters:" is a setting). Not "best"
# nor "optimal": a search's chosen configuration is its settings.
FOUND_WORDS = frozenset("fitted estimated learned learnt free".split())

# ENVIRONMENT_BLOCK: headings of a report of the machine and its software.
ENVIRONMENT_WORDS = frozenset("environment env platform hardware versions".split())
_ENVIRONMENT_LOOK = 64  # lines looked back at for the heading of an indented line
_HEADING_LINE = LazyPattern(r"[^\W\d][\w .-]{0,40}:\s*\Z")  # "Runtime environment:"
# ... or a message announcing the setup, closed by an ellipsis ("Neighbor list info ...")
_SETUP_HEADING = LazyPattern(r"([^\W\d][\w -]{0,40}?)\s*(?:\.\.\.|…)\s*\Z")
_SETUP_WORDS = frozenset(("info", "setup"))


def heading_kind(heading: str) -> str | None:
    """"metrics", "config", "environment" or None: what a heading (``Run summary``) says its
    block holds."""
    listed = [word.lower() for word in _WORDS.findall(heading)]
    words = set(listed)
    if words & CONFIG_WORDS:
        found = words & FOUND_WORDS or listed[0] == "smoothing"
        return "metrics" if found else "config"  # FOUND_HEADING
    if words & RESULT_HEADING_WORDS:
        return "metrics"
    if words & ENVIRONMENT_WORDS:
        return "environment"
    return None


def under_environment(line: str, before) -> bool:
    """ENVIRONMENT_BLOCK: True when indented `line` is in a block under a flush-left heading
    naming the environment (``System environment:``), past blank and indented lines.
    `before(k)` gives the k lines above, oldest first."""
    return line[:1].isspace() and bool(_heading_above(before(1), before)[1])


def _heading_above(above: list[str], before, carried: int | None = -1) -> tuple[int | None, bool | None]:
    """(how many lines up, whether it names the environment) of the nearest flush-left line
    within `_ENVIRONMENT_LOOK` lines, (None, False) without one; `above` is `before(1)`.
    `carried`: that distance for the line just above, an indented one (-1 when unknown): then
    the heading is its own, one line further (its verdict None: the caller knows it)."""
    if not above:
        return None, False
    if above[0].strip() and not above[0][:1].isspace():
        return 1, _is_environment_heading(above[0])  # the usual case: the block's first line
    if carried != -1:
        return (None, False) if carried is None or carried >= _ENVIRONMENT_LOOK else (carried + 1, None)
    for distance, text in enumerate(reversed(before(_ENVIRONMENT_LOOK)), 1):
        if text.strip() and not text[:1].isspace():
            return distance, _is_environment_heading(text)
    return None, False


class EnvironmentBlocks:
    """ENVIRONMENT_BLOCK over a run's lines: `under_environment`, the heading looked up once
    for a block of indented lines (an indented table's rows), not once a line: the line right
    after one asked about has the same heading, one line further up."""

    __slots__ = ("_where", "_line", "_distance", "_verdict")

    def __init__(self):
        self._where: tuple | None = None  # (the block read, the line's index in it)
        self._line, self._verdict = "", False
        self._distance: int | None = None

    def under(self, line: str, before, where: tuple) -> bool:
        """`under_environment(line, before)`. `where` is (block, index); the last line asked
        about is the one just above when its `where` was (block, index - 1) and its text is
        the line above (a block may hold only the lines that may hold metrics)."""
        if not line[:1].isspace():
            return False
        above, last = before(1), self._where
        carried: int | None = -1
        if last is not None and last[0] is where[0] and last[1] + 1 == where[1] and (
                above and above[0] == self._line):
            carried = self._distance
        distance, verdict = _heading_above(above, before, carried)
        verdict = self._verdict if verdict is None else verdict
        self._where, self._line, self._distance, self._verdict = where, line, distance, verdict
        return verdict


def _is_environment_heading(line: str) -> bool:
    if _HEADING_LINE.match(line) is not None and heading_kind(line) == "environment":
        return True
    setup = _SETUP_HEADING.match(line)  # "Neighbor list info ...", "Setting up Verlet run ..."
    return setup is not None and heading_kind(line) is None and bool(
        _SETUP_WORDS.intersection(setup.group(1).lower().split()) or setup.group(1).lower(
        ).startswith("setting up "))


# BANNER_SETTINGS: "******** <class 'pyscf.scf.hf.RHF'> ********" then "diis_space = 8" lines: an
# object's banner, its settings dumped one "key = value" a line right under it.
_BANNER = LazyPattern(r"([*=#~+])\1{2,} \S.{0,78} \1{3,}\s*\Z")
_SETTING_LINE = LazyPattern(r"[^\W\d][^=]{0,60}? = \S")
_BANNER_LOOK = 40  # lines of settings looked back at for their banner


def under_banner(line: str, before) -> bool:
    """BANNER_SETTINGS: True when `line`, ``key = value``, is in an unbroken run of such lines
    right under a banner (a title framed by runs of one mark) whose title names no results
    (``*** Py-BOBYQA Results ***`` heads what the run found, HEADED_BLOCK's words). `before(k)` gives
    the k lines above, oldest first."""
    if _SETTING_LINE.match(line) is None:
        return False
    for text in reversed(before(_BANNER_LOOK)):
        if _SETTING_LINE.match(text) is None:
            return _BANNER.match(text) is not None and heading_kind(text) != "metrics"
    return False


# -- NOISE_LINE ---------------------------------------------------------------------------------

_NOISE_LINE = LazyPattern(
    r"\[\s*warn(?:ing)?\s*\]"  # [Warning], [WARN]
    r"|(?<![\w-])(?:warning|warn)\s*:"  # "Warning: ...", "WARNING: ...", "warn: ..."
    r"|\b[A-Z]\w*Warning\b"  # UserWarning, DeprecationWarning, FutureWarning
    r"|\bWARNING\b"  # logging's level name
    r"|^\s*\[[\w .-]{1,30}\]\s*\[(?:info|debug|fatal|error)\]"  # [LightGBM] [Info] ...
    r"|^\s*[\u2139\u26a0\u2718\u2714]",  # a message icon (wasabi, spaCy): ℹ ⚠ ✘ ✔
    re.IGNORECASE,
)


_ICONS = "\u2139\u26a0\u2718\u2714"


def is_noise_line(line: str) -> bool:
    """True for a warning or a library's info line: no number in it is a metric."""
    if "arn" not in line and "ARN" not in line and "[" not in line and (
            line.lstrip()[:1] not in _ICONS or not line.strip()):
        return False  # the usual case, without the regex: no "warn", no tag, no icon
    if line.isascii() and _no_noise_words(line.lower()):
        return False  # a tag, but no word the regex needs (an ASCII line: no icon either)
    if _NOISE_LINE.search(line) is None:
        return False
    stripped = line.strip()  # a JSON record at a warning level names its fields: no noise
    return not (stripped[:1] == "{" and stripped[-1:] == "}")


def _no_noise_words(lower: str) -> bool:
    """True when the lowercased ASCII line holds neither "warn" nor, opening with a tag, a
    level's name: every branch of _NOISE_LINE but the icons' needs one."""
    return "warn" not in lower and not (lower.lstrip()[:1] == "[" and any(
        level in lower for level in ("info", "debug", "fatal", "error")))


def is_done_mark_report(line: str, pairs) -> bool:
    """DONE_MARK: a line opened by a success mark (``✔``) whose pairs all name results
    (``✔ eval: loss=0.49 acc=76.56``) reports them, as does one opening a scored tree item
    (BRANCH_VALUES: ``✔   0 ┍ AvoidHairpins``); other message icons stay noise."""
    if line.lstrip()[:1] != "\u2714":
        return False
    if not pairs:
        return is_branch_item(line)  # BRANCH_VALUES: "✔   0 ┍ AvoidHairpins[0-300]"
    return all(is_result_name(name) for name, _ in pairs)


# -- CONFIG_MARKERS ----------------------------------------------------------------------------------

CONFIG_WORDS = frozenset(
    "config configs configuration cfg conf args arguments argv hparams hyperparameters "
    "hyperparams hyper-parameters parameters params settings options flags defaults".split()
)
