"""Keep secrets out of the store: redact argv, environment, URLs and log text.

Two independent signals mark a secret:

* the *name* it is bound to (`--api-key`, `HF_TOKEN`, `db.password=`): see `is_secret_name`;
* the *shape* of the value itself (`ghp_…`, `AKIA…`, a JWT, a PEM private key): see
  `looks_like_secret_value`. This catches tokens passed positionally or under innocent names.

Redaction errs towards hiding: a false positive costs a `***` in a stored command, a false
negative leaks a credential into a database that gets copied around and shared.

A command line is read with the one argv grammar of `expctl.capture.argv` (`is_flag_token`,
`split_override`), the same as `params` reads it.

Only the standard library is imported: this runs on every `expctl run`.
"""

from __future__ import annotations

from ..lazyre import DOTALL, LazyPattern
from .argv import is_flag_token, split_override

# The rules live in secret_rules; callers may import them from here as before.
from .secret_rules import (  # noqa: F401
    PEM_BLOCK, add_user_rules, assignment_hint, assignment_spans, assignment_words,
    is_secret_name, may_be_secret_name, may_hold_secret, shape_hints, shape_spans, split_name,
)

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing `typing` on the run path
if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

REDACTED = "***"

# --- the rules (see secret_rules for the table) -------------------------------------------------


def looks_like_secret_value(value: str) -> bool:
    """True if `value` contains a credential SHAPE or an assignment to a secret NAME (see
    `secret_rules`), whatever it is bound to: `ghp_…`, `Bearer …`, `X-Api-Key: …`,
    `Server=x;Password=…`, `{"api_key": "…"}`. URL credentials are left to `redact_url`."""
    return bool(shape_spans(value))


def _find_secret_spans(text: str) -> list[tuple[int, int]]:
    """Sorted, non-overlapping (start, end) spans of secrets in `text`: URL credentials,
    SHAPES and values assigned to secret NAMES."""
    return _merge_spans(_url_spans(text) + shape_spans(text))


def _merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Union of possibly overlapping spans, in order."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _mask(text: str, spans: list[tuple[int, int]], found: set[str] | None = None) -> str:
    """`text` with each merged span replaced by `***`, its original added to `found`."""
    pieces: list[str] = []
    last = 0
    for start, end in spans:
        if text[start:end] == REDACTED:
            continue
        pieces.extend((text[last:start], REDACTED))
        if found is not None:
            _remember(found, text[start:end])
        last = end
    return "".join(pieces) + text[last:] if pieces else text


def _remember(found: set[str], secret: str) -> None:
    """Record a removed secret (the part after `user:` too, and its percent-decoded form) for
    later scrubbing of logs and patches."""
    if not secret or secret == REDACTED:
        return
    found.add(secret)
    if "%" in secret:  # percent-encoded (in a URL): its decoded form is a secret too
        from urllib.parse import unquote  # here: 2 ms of imports (ipaddress) at every run's start

        found.add(unquote(secret))
    user, colon, password = secret.partition(":")
    if colon and password and "/" not in user:
        _remember(found, password)


# --- URLs ---------------------------------------------------------------------------------------

# scheme://[userinfo@]rest. The userinfo runs to the *last* `@` before the first `/`, so a
# password holding `@`, `?` or `#` (people do not always percent-encode) is still hidden whole.
_URL_RE = LazyPattern(
    r"(?<![A-Za-z0-9+.\-])(?P<scheme>[A-Za-z][A-Za-z0-9+.\-]*://)"
    r"(?:(?P<userinfo>[^\s/\"'<>]*)@)?(?P<rest>[^\s\"'<>]*)"
)
_URL_PARAM_RE = LazyPattern(r"(?P<sep>[?&;#])(?P<name>[^=&;#\s]+)=(?P<value>[^&;#\s]*)")
# Query names that are secrets in URLs though not in general: Google `?key=`, Azure SAS `sig=`.
_URL_SECRET_PARAMS = frozenset({"key", "sig", "pass", "pwd", "pw"})
# `ssh://git@host/…` names the conventional account, not a credential; keep it readable.
_PUBLIC_USERS = frozenset({"", "git", REDACTED})


def redact_url(text: str) -> str:
    """Remove credentials from every `scheme://` URL in `text`.

    `https://user:pass@host/x` and `https://token@github.com/x` become `https://***@host/x`;
    secret-named query or fragment parameters keep their name: `?token=abc&x=1` becomes
    `?token=***&x=1`. Text without a URL is returned unchanged.
    """
    return _redact_urls(text, set())


def _redact_urls(text: str, found: set[str]) -> str:
    """`redact_url`, also adding every removed secret to `found`."""
    return _mask(text, _merge_spans(_url_spans(text)), found)


def _url_spans(text: str) -> list[tuple[int, int]]:
    """Spans of URL credentials: a userinfo other than `git@`, secret-named parameter values."""
    spans: list[tuple[int, int]] = []
    if "://" not in text:
        return spans
    for match in _URL_RE.finditer(text):
        userinfo = match.group("userinfo")
        if userinfo is not None and userinfo not in _PUBLIC_USERS:
            spans.append(match.span("userinfo"))
        base = match.start("rest")
        for param in _URL_PARAM_RE.finditer(match.group("rest")):
            if param.group("value") and _is_secret_url_param(param.group("name")):
                spans.append((base + param.start("value"), base + param.end("value")))
    return spans


def _is_secret_url_param(name: str) -> bool:
    return name.lower() in _URL_SECRET_PARAMS or is_secret_name(name)


# --- free text, argv, environment ---------------------------------------------------------------


def redact_text(text: str) -> str:
    """Redact URL credentials, secret-shaped tokens and values assigned to secret names inside
    free text (a log line, an argument, a run name, a note, a patch).

    Unlike `scrub` this needs no list of known secrets, so it also catches tokens the program
    printed that never appeared in its argv or environment.
    """
    return _redact_text(text, set())


def _redact_text(text: str, found: set[str]) -> str:
    return _mask(text, _find_secret_spans(text), found)


def redact_label(text: str, secrets: Iterable[str] | None = None) -> str:
    """A run name, tag or note safe to store: `redact_text`, plus known secret values: `secrets`,
    else those of the current environment's secret variables (someone pastes `$HF_TOKEN` into a
    note). An empty text stays empty."""
    if not text:
        return text
    if secrets is None:
        import os

        secrets = collect_secrets([], os.environ)
    return redact_long_text(text, secrets)


def redact_argv(argv: list[str]) -> list[str]:
    """A copy of `argv` with secret values replaced by `***`; `argv` itself is not modified.

    Hidden: the value of a secret-named long flag (`--api-key S`, `--api-key=S`, also Go-style
    `-token S`), of a secret-named Hydra override (`db.password=S`, `+api_token=S`), any
    secret-shaped token anywhere in an argument, and URL credentials. A secret-named flag
    followed by another flag (`--token --lr 1`) or by nothing has no value to hide. Empty values
    stay empty: they hide nothing and show the option was blank.

    Kept on purpose: `argv[0]`; single-letter flags (`-p S` may be a port or a password, and
    `is_secret_name` is false for one letter); a password starting with `-` that follows its flag
    as a separate argument (indistinguishable from a flag; `--password=-x` is hidden). `--` does
    not stop redaction: safety over fidelity.
    """
    return _redact_argv(argv, set())


def _redact_argv(argv: list[str], found: set[str]) -> list[str]:
    """`redact_argv`, also adding every removed secret to `found`."""
    out = list(argv)
    i = 1
    while i < len(out):
        i = _redact_arg_at(out, i, found)
    return out


def _redact_arg_at(out: list[str], i: int, found: set[str]) -> int:
    """Redact `out[i]` (and its value argument, if any) in place; return the next index."""
    arg = out[i]
    if is_flag_token(arg):
        name, eq, value = arg.partition("=")
        if not is_secret_name(name):
            out[i] = _redact_text(arg, found)
        elif eq:
            out[i] = _hide_assignment(name, value, found)
        elif i + 1 < len(out) and _is_flag_value(out[i + 1]):
            out[i + 1] = _hide_value(out[i + 1], found)
            return i + 2
        return i + 1
    override = split_override(arg)
    if override is not None and override[2] is not None and is_secret_name(override[1]):
        out[i] = _hide_assignment(override[0] + override[1], override[2], found)
    else:
        out[i] = _redact_text(arg, found)
    return i + 1


def _is_flag_value(token: str) -> bool:
    """Whether `token`, following a flag, is that flag's value rather than a new flag or `--`."""
    return token != "--" and not is_flag_token(token)


def _hide_assignment(name: str, value: str, found: set[str]) -> str:
    """`name=***` for a non-empty secret value; `name=` when there is nothing to hide."""
    return f"{name}={_hide_value(value, found)}"


def _hide_value(value: str, found: set[str]) -> str:
    """`***` for a secret value (remembering it in `found`), or "" for an empty one.

    Secrets inside it (URL credentials, token shapes, the right-hand side of `--token a=S`) are
    remembered too, since the program may later print them on their own.
    """
    if not value:
        return value
    _remember(found, value)
    _redact_text(value, found)
    override = split_override(value)
    if override is not None and override[2]:
        _remember(found, override[2])
    return REDACTED


def redact_env(env: Mapping[str, str]) -> dict[str, str]:
    """A copy of `env` safe to store.

    A value is replaced by `***` when its name is secret (`is_secret_name`) or it looks like a
    credential (`looks_like_secret_value`); otherwise URL credentials and assignments inside it
    are removed (`DATABASE_URL=postgres://u:pw@h/db` -> `postgres://***@h/db`). Empty values
    stay empty.
    """
    return _redact_env(env, set())


def _redact_env(env: Mapping[str, str], found: set[str]) -> dict[str, str]:
    """`redact_env`, also adding every removed secret to `found`. Values no rule can match
    (`may_hold_secret`: all of them at once, in most environments) are kept as they are
    without running the rules: every `expctl run` reads its whole environment."""
    out = {}
    values = dict(env)  # os.environ decodes on every read
    plain = not may_hold_secret("\0".join(values.values()))
    for name, value in values.items():
        if may_be_secret_name(name) and is_secret_name(name):
            out[name] = _hide_value(value, found)
        elif plain or not may_hold_secret(value):
            out[name] = value
        elif looks_like_secret_value(value):
            out[name] = _hide_value(value, found)
        else:
            out[name] = _redact_text(value, found)
    return out


def collect_secrets(argv: list[str], env: Mapping[str, str]) -> set[str]:
    """The raw secret strings `redact_argv(argv)` and `redact_env(env)` would remove.

    For a URL this is both its whole userinfo (`user:pw`) and the password alone, plus
    percent-decoded forms, because a program may log any of them. Feed the result to `scrub`.
    """
    found: set[str] = set()
    _redact_argv(argv, found)
    _redact_env(env, found)
    return found


def scrub(text: str, secrets: Iterable[str]) -> str:
    """Replace every occurrence of each secret (at least 4 characters) in `text` with `***`.

    Shorter strings are ignored: scrubbing `1` or `abc` out of a log would wreck it while
    protecting nothing. Longer secrets win where one contains another, so no fragment of the
    longer one survives.
    """
    wanted = sorted({s for s in secrets if len(s) >= 4}, key=len, reverse=True)
    if not wanted:
        return text
    import re  # here: only known secrets need it (see expctl.lazyre)

    # Regex alternation tries alternatives left to right, so longest-first means longest match.
    pattern = re.compile("|".join(re.escape(s) for s in wanted))
    return pattern.sub(REDACTED, text)


# --- logs and patches: long text, redacted as it is stored ----------------------------------------

# A stream's unfinished last line waits (at most this much of it) for the rest of the line
# before it is stored, so that redaction sees whole lines: a token split across two writes, or
# `token: ` in one flush and its value in the next, is still recognised. Only storage waits;
# the command's output reaches the terminal at once.
CARRY_BYTES = 16 << 10
# An unterminated PEM private key block waits for its END line, up to this much.
PEM_CARRY_BYTES = 64 << 10
_LINE_BREAKS = (b"\n", b"\r")


def carry_length(tail: bytes) -> int:
    """How many bytes at the end of `tail` (the last bytes a stream printed, contiguous) to hold
    back until more arrives: the unfinished last line, up to CARRY_BYTES (a longer one from its
    last blank); an unterminated PEM private key block from its BEGIN line."""
    window = tail[-CARRY_BYTES:]
    cut = max(window.rfind(b) for b in _LINE_BREAKS)
    if cut < 0 and len(tail) > CARRY_BYTES:
        cut = max(window.rfind(b" "), window.rfind(b"\t"))
    hold = len(window) - cut - 1
    begin = tail.rfind(b"-----BEGIN", -PEM_CARRY_BYTES)
    if begin >= 0 and b"PRIVATE KEY" in tail[begin:begin + 80] and b"-----END" not in tail[begin:]:
        hold = max(hold, len(tail) - begin)
    return hold


def fragment_length(tail: bytes) -> int:
    """How many bytes at the end of `tail` to drop when what follows them is gone (the log cap
    cut there): the cut line after its last line end or blank, at most CARRY_BYTES; nothing
    when there is no line structure to go by (binary output)."""
    window = tail[-CARRY_BYTES:]
    cut = max(window.rfind(b) for b in (*_LINE_BREAKS, b" ", b"\t"))
    return len(window) - cut - 1 if cut >= 0 else 0


def lead_length(head: bytes) -> int:
    """How many bytes at the start of `head` to drop when what came before them is gone (the log
    cap cut there): the rest of the cut line, at most CARRY_BYTES. A fragment of a line cannot
    be redacted reliably (its name or prefix is missing), so it is not stored."""
    window = head[:CARRY_BYTES]
    ends = [i for i in (window.find(b) for b in _LINE_BREAKS) if i >= 0]
    if not ends:
        ends = [i for i in (window.find(b" "), window.find(b"\t")) if i >= 0]
    return min(ends) + 1 if ends else 0


def redact_stream(parts: list[bytes], secrets: Iterable[str] = ()) -> list[bytes]:
    """`parts`, consecutive bytes of one stream, with secrets replaced by `***`: the `secrets`
    known to the run (its argv and environment values) and everything `redact_text` finds.
    Redaction sees the parts joined, so a secret split between two parts is found; each part
    is masked where it overlaps one (a secret across a boundary leaves `***` in both)."""
    spans = stream_secret_spans(parts, secrets)
    if not spans:
        return parts
    out, base = [], 0
    for part in parts:
        end = base + len(part)
        inside = [(max(s, base) - base, min(e, end) - base) for s, e in spans if s < end and e > base]
        out.append(_mask(part.decode("latin-1"), inside).encode("latin-1") if inside else part)
        base = end
    return out


def stream_secret_spans(parts: list[bytes], secrets: Iterable[str] = ()) -> list[tuple[int, int]]:
    """Sorted, merged (start, end) byte spans of the secrets in `parts` joined (see
    `redact_stream`). Bytes are read as Latin-1, one character per byte: offsets stay byte
    offsets."""
    raw = b"".join(parts)
    spans = _pem_spans(raw)
    start = 0
    while start < len(raw):  # by blocks of whole lines: what is split stays small
        end = raw.find(b"\n", start + _BLOCK_BYTES)
        end = len(raw) if end < 0 else end + 1
        block = raw[start:end]
        spans.extend((start + s, start + e)
                     for s, e in _known_spans(block, secrets) + _long_text_spans(block))
        start = end
    return [(s, e) for s, e in _merge_spans(spans) if raw[s:e] != b"***"]


_BLOCK_BYTES = 1 << 20
_PEM_BYTES = LazyPattern(str(PEM_BLOCK.pattern).encode(), DOTALL)


def _pem_spans(raw: bytes) -> list[tuple[int, int]]:
    """PEM private key blocks, which span lines (and blocks)."""
    return [m.span() for m in _PEM_BYTES.finditer(raw)] if b"-----BEGIN" in raw else []


def redact_long_text(text: str, secrets: Iterable[str] = ()) -> str:
    """`redact_stream` for text held whole (a dirty-tree patch): known secrets and every rule."""
    raw = text.encode("utf-8", "surrogateescape")
    clean = redact_stream([raw], secrets)[0]
    return text if clean is raw else clean.decode("utf-8", "surrogateescape")


def _known_spans(raw: bytes, secrets: Iterable[str]) -> list[tuple[int, int]]:
    """Where each known secret (4 characters or more) occurs in `raw`, as its UTF-8 bytes.
    Searched in the bytes: decoding a block to search it cost more than the search."""
    spans = []
    for secret in secrets:
        if len(secret) < 4:
            continue
        needle = secret.encode("utf-8", "surrogateescape")
        at = raw.find(needle)
        while at >= 0:
            spans.append((at, at + len(needle)))
            at = raw.find(needle, at + len(needle))
    return spans


# Digits read as `0` and `\r` as a line end: lines that differ only in their numbers (metric
# logs) share one form, looked at once.
_NORMALIZE = bytes.maketrans(b"123456789\r", b"000000000\n")


def _long_text_spans(raw: bytes) -> list[tuple[int, int]]:
    """`_find_secret_spans` over a block of whole lines, read as Latin-1. Lines are grouped by
    their form with digits as `0`; a form that no rule could match in any line of that form
    (no hint of a SHAPE, a URL or an assignment to a secret NAME; numbers do not change that)
    is not looked at again, so a numeric log costs one pass to find its forms (`_line_forms`).
    Only the lines of a suspect form are split out and decoded."""
    hints = shape_hints()
    if hints is None:
        return _find_secret_spans(raw.decode("latin-1"))
    spans: list[tuple[int, int]] = []
    suspect = _suspect_forms(_line_forms(raw), hints)
    if not suspect:
        return spans
    pos = 0
    for form in raw.translate(_NORMALIZE).split(b"\n"):
        if form in suspect:
            line = raw[pos:pos + len(form)].decode("latin-1")
            spans.extend((pos + a, pos + b) for a, b in _find_secret_spans(line))
        pos += len(form) + 1
    return spans


def _line_forms_python(raw: bytes) -> list[bytes]:
    """The distinct forms of the lines of `raw` (digits as `0`, `\\r` as a line end)."""
    return list(set(raw.translate(_NORMALIZE).split(b"\n")))


try:  # the same in one pass without an object per line (_forms.c)
    from ._forms import line_forms as _line_forms
except ImportError:  # built without a C compiler
    _line_forms = _line_forms_python


def _suspect_forms(forms: list[bytes], hints: tuple[str, ...]) -> set[bytes]:
    """The line forms that could hold a secret: those holding a SHAPE hint, and those where an
    assignment hint is followed by a secret name and a value (`assignment_spans`). The forms
    are searched joined, literal by literal: no work per line where nothing is found."""
    import bisect  # here: only logs and patches need it, not every run's start (0.6 M instructions)

    joined = b"\n".join(forms).lower().decode("latin-1")  # bytes.lower keeps every length
    starts, at = [], 0
    for form in forms:
        starts.append(at)
        at += len(form) + 1
    found = {bisect.bisect_right(starts, at) - 1 for at in _find_all(joined, hints)}
    assignment = assignment_hint()
    maybe = {bisect.bisect_right(starts, at) - 1 for at in _find_all(joined, assignment_words())
             if assignment.match(joined, at)} - found
    found.update(i for i in maybe if assignment_spans(forms[i].decode("latin-1")))
    return {forms[i] for i in found}


def _find_all(text: str, literals) -> list[int]:
    """Every position where one of `literals` starts in `text`."""
    out = []
    for literal in literals:
        at = text.find(literal)
        while at >= 0:
            out.append(at)
            at = text.find(literal, at + 1)
    return out
