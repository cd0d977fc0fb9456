"""What a secret looks like: the one table of rules every redaction in expctl applies.

Two independent signals mark a secret, and each has its table below:

* NAMES — the word a value is bound to: an environment variable (`HF_HUB_PAT`), a flag
  (`--kaggle-key`), a config or JSON key (`"api_key"`), a header (`X-Api-Key:`), a field of a
  connection string (`Password=`). Names are split into lower-case words (at `-`, `_`, `.`,
  punctuation and camelCase) and read word by word (`is_secret_name`):

  | rule                                   | secret                         | not secret          |
  |----------------------------------------|--------------------------------|---------------------|
  | a STRONG word anywhere in a word       | PGPASSWORD, client_secret      |                     |
  | a qualifier + `key` (PAIRS)            | api_key, AWS_ACCESS_KEY_ID     |                     |
  | `key` ending a name, or alone          | --key, WANDB_KEY, TF_VAR_db_key| --sort-key, key_path|
  | `token`/`auth`/`cookie`/`bearer`       | HF_TOKEN, --auth, oauth        | max_tokens, author  |
  |   unless a neighbour says it counts    |                                | pad_token_id        |
  | `pass`/`pwd`/`pw`/`pat` in a longer name| DB_PASS, MYSQL_PWD, HF_HUB_PAT | PWD, --pass 2       |
  | the user's EXPCTL_SECRET_NAMES         | (config `secret_names`)        |                     |

  | also: a `token` neighbour that makes it a metric (`token_acc`, `token_loss`) is no secret |

* SHAPES — what the value itself looks like, whatever it is called (`shape_spans`; the table
  SECRET_SHAPES below): provider tokens with a fixed prefix (GitHub, GitLab, OpenAI, Anthropic,
  Stripe, Hugging Face, AWS, Google, npm, Slack), JWTs, `Bearer …`, `Basic <base64 of
  user:password>`, PEM private keys, webhook URLs (Slack, Discord), the user's
  EXPCTL_SECRET_PATTERNS; URL credentials (`scheme://user:pw@host`, a secret-named query
  parameter) are read in `redact`.

* ASSIGNMENTS — a secret NAME bound to a value inside text (`assignment_spans`): `api_key=…`,
  `token: 9988776655`, `"password": "…"`, `Password=…;`, `X-Api-Key: …`, `api_key => …`. After
  an unquoted name, `:` must be followed by a blank (`key:/usr/lib` is a path list); `${VAR}`
  and URLs are not values.

Rules come from the structure of credentials (a documented prefix, an encoding, a name), never
from a list of known values. Redaction errs towards hiding: a false positive costs a `***`, a
false negative leaks a credential into a database that gets copied around and shared.

Only the standard library is imported: this runs on every `expctl run`, which reads every
environment variable's name and value with these rules. `re` is imported only when a rule
needs a regular expression (see expctl.lazyre): names are split by hand, and the assignment
rule is first checked for by hand, exactly, so a plain environment needs none.
"""

from __future__ import annotations

import os

from ..lazyre import DOTALL, LazyPattern

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing `typing` on the run path
if TYPE_CHECKING:
    import re
    from collections.abc import Callable

# --- names ---------------------------------------------------------------------------------------

# Found anywhere inside a name word: `PGPASSWORD`, `client_secret`, `WANDB_APIKEY`.
_STRONG_WORDS = (
    "password", "passwd", "passphrase", "secret", "credential", "apikey", "accesskey",
    "privatekey", "sessionkey", "authorization", "signature", "connectionstring", "connstr",
)
# Two-word secrets whose second word alone would be read differently.
_SECRET_PAIRS = frozenset(
    [(qualifier, "key") for qualifier in
     ("api", "access", "private", "session", "signing", "encryption", "master", "secret")]
    + [("connection", "string")]
)
# `key` ends a secret name (`WANDB_KEY`, `--kaggle-key`, `--key`) unless the word before it makes
# it a structural key: a sort order, a dict or JAX PRNG key, a column or a public half.
_NOT_SECRET_KEY_QUALIFIERS = frozenset(
    {"sort", "primary", "foreign", "cache", "group", "partition", "hash", "join", "index", "lookup",
     "map", "shard", "order", "unique", "public", "pub", "metric", "monitor", "label", "target",
     "input", "output", "image", "text", "column", "col", "field", "feature", "dict", "row",
     "seed", "random", "rng", "prng", "state", "dataset", "data", "value", "values", "id",
     "dedup", "split", "batch", "audio", "video", "prompt", "answer", "response", "question",
     "context", "tensor", "layer", "param", "config", "model", "hotkey", "no", "num", "max"}
)
# Short or overloaded words that only mark a secret inside a longer name (`DB_PASS`, `MYSQL_PWD`,
# `HF_HUB_PAT`): alone, `PWD` is the working directory and `--pass 2` a pass count.
_WORDS_NEEDING_CONTEXT = frozenset({"pwd", "pass", "pw", "pat"})
# Neighbours that turn `token`/`auth`/`pass` into a count, a size, an ML tokenizer detail or a
# metric: `max_token`, `pad_token_id`, `eos_token`, `token_budget`, `token_acc`, `SSH_AUTH_SOCK`.
_NOT_SECRET_BEFORE = frozenset(
    {"max", "min", "num", "n", "nb", "total", "count", "avg", "mean", "no", "pad", "eos", "bos",
     "unk", "sep", "cls", "mask", "special", "start", "end", "stop", "image", "audio", "video"}
)
_NOT_SECRET_AFTER = frozenset(
    {"id", "ids", "idx", "index", "count", "counts", "num", "len", "length", "limit", "limits",
     "size", "budget", "type", "types", "dim", "embedding", "embeddings", "per", "rate",
     "mode", "method", "scheme", "kind", "sock", "socket", "acc", "accuracy", "loss", "losses",
     "f1", "error", "errors", "throughput", "latency", "time", "level"}
)

_UPPER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
_DIGITS = frozenset("0123456789")


def split_name(name: str) -> list[str]:
    """Lower-cased word parts of an identifier: `WANDB_apiKey.x2` -> [wandb, api, key, x, 2].

    The parts are what `[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+` finds in each run of ASCII letters
    and digits (camelCase and ACRONYMWord boundaries: `apiKey` -> api|Key, `HFToken` -> HF|Token),
    found by hand: every environment variable's name is split on every run (a test compares)."""
    parts: list[str] = []
    i, n = 0, len(name)
    while i < n:
        c = name[i]
        if c in _UPPER:
            j = _run_end(name, i, _UPPER)
            if j < n and name[j] in _LOWER:  # `HFToken`: the last capital starts a word
                if j - i > 1:
                    j -= 1
                else:
                    j = _run_end(name, j, _LOWER)
        elif c in _LOWER or c in _DIGITS:
            j = _run_end(name, i, _LOWER if c in _LOWER else _DIGITS)
        else:
            i += 1
            continue
        parts.append(name[i:j].lower())
        i = j
    return parts


def _run_end(text: str, i: int, chars: frozenset[str]) -> int:
    """The end of the run of `chars` starting at `i`."""
    n = len(text)
    while i < n and text[i] in chars:
        i += 1
    return i


# Every name `is_secret_name` holds secret has one of these in its lower-cased form: the STRONG
# words hold `pass`, `key`, `auth`, `string` or are here; PAIRS end in `key` or `string`; the
# words needing context hold `pass`, `pw` or `pat`.
_NAME_HINTS = ("pass", "pw", "pat", "key", "string", "token", "auth", "cookie", "bearer",
               "secret", "credential", "signature", "connstr")


def may_be_secret_name(name: str) -> bool:
    """False only when `is_secret_name(name)` is: no word of the NAMES table is in it and the
    user named no secret words of their own. A few `in` tests where splitting the name into
    words costs several microseconds (every environment variable's name, on every run)."""
    if user_rules()[0]:
        return True
    lower = name.lower()
    return any(hint in lower for hint in _NAME_HINTS)


# is_secret_name's answers: the same names come back (every metric pair a parser reads asks).
# A dict cleared when full, not functools.lru_cache: `functools` imports `collections` and
# more, about 11 M instructions (3 ms) of every wrapped command's start.
_NAME_ANSWERS: dict[str, bool] = {}
NAME_ANSWERS_KEPT = 4096


def is_secret_name(name: str) -> bool:
    """True if a variable, flag, config key, header or field with this name probably holds a
    secret (see the NAMES table above). Leading dashes and Hydra prefixes do not matter.

    Also the predicate for "never a metric": a value printed as `token: 9988776655` is a
    credential however numeric it looks (expctl.metrics asks this before keeping a pair).
    """
    answer = _NAME_ANSWERS.get(name)
    if answer is None:
        if len(_NAME_ANSWERS) >= NAME_ANSWERS_KEPT:
            _NAME_ANSWERS.clear()
        answer = _NAME_ANSWERS[name] = _is_secret_name(name)
    return answer


def _is_secret_name(name: str) -> bool:
    parts = split_name(name)
    if any(_is_secret_part(parts, i) for i in range(len(parts))):
        return True
    extra = user_rules()[0]
    return bool(extra) and (name.lower().lstrip("-+") in extra or any(p in extra for p in parts))


def _is_secret_part(parts: list[str], i: int) -> bool:
    """Whether `parts[i]`, read in the context of its neighbours, marks a secret."""
    part = parts[i]
    if any(word in part for word in _STRONG_WORDS):
        return True
    before = parts[i - 1] if i > 0 else ""
    if (before, part) in _SECRET_PAIRS:
        return True
    if part == "key":
        return i == len(parts) - 1 and before not in _NOT_SECRET_KEY_QUALIFIERS
    if not _is_ambiguous_secret_word(part, len(parts)):
        return False
    after = parts[i + 1] if i + 1 < len(parts) else ""
    return before not in _NOT_SECRET_BEFORE and after not in _NOT_SECRET_AFTER


def _is_ambiguous_secret_word(part: str, n_parts: int) -> bool:
    """Secret-ish words whose meaning depends on context (see `_NOT_SECRET_*`).

    `token` also as a suffix (`hftoken`, `authtoken`) but not as a prefix (`tokenizer`) and
    not plural (`tokens` counts things); `auth` as a suffix (`oauth`) but not `author`.
    """
    if part.endswith(("token", "auth", "cookie", "cookies")) or part == "bearer":
        return True
    return part in _WORDS_NEEDING_CONTEXT and n_parts > 1


# --- the user's own rules ------------------------------------------------------------------------

_USER_RULES: tuple[frozenset[str], tuple[re.Pattern[str], ...]] | None = None


def user_rules() -> tuple[frozenset[str], tuple[re.Pattern[str], ...]]:
    """The user's own rules, from the environment (read once):
    `EXPCTL_SECRET_NAMES`: comma-separated names or name parts that hold secrets (`pin,otp`);
    `EXPCTL_SECRET_PATTERNS`: regular expressions, one per line, for secret-shaped values
    (a named group `s` marks the secret part). A bad pattern is ignored rather than letting a
    typo stop every run; `expctl run` reports nothing for it."""
    global _USER_RULES
    if _USER_RULES is None:
        names = frozenset(
            n.strip().lower() for n in os.environ.get("EXPCTL_SECRET_NAMES", "").split(",") if n.strip()
        )
        _USER_RULES = (names, _compile_all(os.environ.get("EXPCTL_SECRET_PATTERNS", "").splitlines()))
    return _USER_RULES


def _compile_all(lines) -> tuple[re.Pattern[str], ...]:
    compiled: list[re.Pattern[str]] = []
    lines = [line for line in lines if line.strip()]
    if not lines:
        return ()  # the common case: no pattern, and no `re` to import
    import re

    for line in lines:
        try:
            if line.strip():
                compiled.append(re.compile(line))
        except re.error:
            continue
    return tuple(compiled)


def add_user_rules(names, patterns) -> None:
    """Add secret names and value patterns (the project's config) to the EXPCTL_SECRET_* rules.
    A pattern that does not compile is skipped, as for the environment variable."""
    global _USER_RULES
    known, compiled = user_rules()
    _USER_RULES = (known | {n.strip().lower() for n in names if n.strip()},
                   compiled + _compile_all(patterns))
    _NAME_ANSWERS.clear()
    global _ASSIGNMENT_HINT
    _ASSIGNMENT_HINT = None


# --- shapes ---------------------------------------------------------------------------------------

_LEFT = r"(?<![A-Za-z0-9])"  # a token starts at a word boundary, `=`, space, quote, ...
_RIGHT = r"(?![A-Za-z0-9])"
_RANDOM_RUN_RE = LazyPattern(r"[A-Za-z0-9]{20,}")


def _has_random_run(text: str) -> bool:
    """A run of 20+ letters and digits containing both: random key material, not a word slug."""
    return any(not run.isdigit() and not run.isalpha() for run in _RANDOM_RUN_RE.findall(text))


def _is_basic_credential(text: str) -> bool:
    """`Basic <x>` hides `x` when it is base64 of `user:password` (not the word `Basic block`)."""
    try:
        import base64  # here: only text that says `Basic ...` needs it, not every run's start

        decoded = base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
    except ValueError:  # binascii.Error is a ValueError
        return False
    return b":" in decoded


# The SHAPES table: (what, hints, pattern, extra check on the hidden text or None). `hints` are
# literals, `|` between them, one of which every match contains once lower-cased, so that long
# text is searched line by line only where a hint occurs. `(?P<s>…)`, when present, is the part
# to hide; otherwise the whole match is. Precise prefixes keep paths, numbers, model names and
# git shas (bare hex) clear of these.
SECRET_SHAPES: tuple[tuple[str, str, LazyPattern, Callable[[str], bool] | None], ...] = (
    ("GitHub token", "ghp_|gho_|ghu_|ghs_|ghr_", LazyPattern(_LEFT + r"gh[pousr]_[A-Za-z0-9]{30,}"), None),
    ("GitHub fine-grained token", "github_pat_",
     LazyPattern(_LEFT + r"github_pat_[A-Za-z0-9_]{22,}"), None),
    ("GitLab token", "glpat-", LazyPattern(_LEFT + r"glpat-[A-Za-z0-9_\-]{20,}"), None),
    ("OpenAI/Anthropic key (sk-, sk-proj-, sk-ant-)", "sk-",
     LazyPattern(_LEFT + r"sk-[A-Za-z0-9_\-]{20,}"), _has_random_run),
    ("Stripe key", "sk_live_|sk_test_|rk_live_|rk_test_",
     LazyPattern(_LEFT + r"(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}"), None),
    ("Hugging Face token", "hf_", LazyPattern(_LEFT + r"hf_[A-Za-z0-9]{30,}"), None),
    ("AWS access key id", "akia|asia",
     LazyPattern(_LEFT + r"(?:AKIA|ASIA)[A-Z0-9]{16}" + _RIGHT), None),
    ("Google API key", "aiza", LazyPattern(_LEFT + r"AIza[A-Za-z0-9_\-]{35}" + _RIGHT), None),
    ("npm token", "npm_", LazyPattern(_LEFT + r"npm_[A-Za-z0-9]{36}" + _RIGHT), None),
    ("Slack token", "xox", LazyPattern(_LEFT + r"xox[baprs]-[A-Za-z0-9\-]{10,}"), None),
    ("JWT", "eyj",
     LazyPattern(_LEFT + r"eyJ[A-Za-z0-9_\-]{3,}\.eyJ[A-Za-z0-9_\-]{3,}\.[A-Za-z0-9_\-]*"), None),
    ("Bearer token", "bearer", LazyPattern(r"(?i:bearer)\s+(?P<s>[A-Za-z0-9._~+/\-]{16,}=*)"),
     _has_random_run),
    ("HTTP Basic credentials", "basic",
     LazyPattern(r"(?i:basic)\s+(?P<s>[A-Za-z0-9+/]{6,}={0,2})"), _is_basic_credential),
    ("Slack webhook", "hooks.slack.com/",
     LazyPattern(r"hooks\.slack\.com/(?:services|workflows|triggers)/(?P<s>[A-Za-z0-9/_\-]+)"), None),
    ("Discord webhook", "/api/webhooks/",
     LazyPattern(r"discord(?:app)?\.com/api/webhooks/(?P<s>[0-9]+/[A-Za-z0-9_\-]+)"), None),
)
_SHAPES_BY_HINT = tuple((tuple(hints.split("|")), pattern, check)
                        for _, hints, pattern, check in SECRET_SHAPES)
# A PEM private key spans lines: the whole block; an unterminated one (cut log) to the end.
PEM_BLOCK = LazyPattern(
    r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----"
    r"(?:.*?-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|.*\Z)",
    DOTALL,
)

# An assignment: NAME, then `=`, `:` or `=>` (JSON `"name": "v"`, env `NAME=v`, YAML `name: v`,
# a header `X-Api-Key: v`, a connection string `Password=v;`). The value is quoted (hidden up to
# the closing quote) or a run of non-separators, after an optional scheme word (`Basic`,
# `Bearer`, `token`). `${VAR}` references, URLs (see redact) and `***` are not values.
_ASSIGNMENT_WORDS = ("pass", "pwd", "pw", "secret", "credential", "token", "auth", "cookie",
                     "bearer", "key", "signature", "sig", "pat", "conn")
_VALUE = LazyPattern(
    r"""[ \t]*(?:"(?P<dq>[^"\n]*)"|'(?P<sq>[^'\n]*)'|(?:(?i:basic|bearer|token|digest)[ \t]+)?"""
    r"""(?P<bare>(?![$*]|https?://)[^\s,;&"'<>(){}\[\]]+))"""
)
_NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-")
_ASSIGNMENT_HINT: re.Pattern[str] | None = None


def assignment_words() -> tuple[str, ...]:
    """The lower-case words that start every `assignment_hint` (the user's names too)."""
    return (*_ASSIGNMENT_WORDS, *sorted(user_rules()[0]))


def assignment_hint() -> re.Pattern[str]:
    """In lower-cased text: a word that may make a name secret (the user's names too), the rest
    of the name, an optional closing quote, and `:` or `=`. Anchoring the search at these is
    what keeps long text cheap: a case-insensitive scan of every position is several times
    slower."""
    global _ASSIGNMENT_HINT
    if _ASSIGNMENT_HINT is None:
        import re

        words = "|".join(map(re.escape, assignment_words()))
        _ASSIGNMENT_HINT = re.compile(rf"""(?:{words})[a-z0-9_.\-]*(?P<q>["']?)[ \t]*[:=]""")
    return _ASSIGNMENT_HINT


_HINT_NAME = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_.-")


def _has_assignment_hint(lower: str) -> bool:
    """Whether `assignment_hint()` matches somewhere in `lower`, found without compiling it: a
    word, then the greedy run of name characters, an optional quote, blanks, and `:` or `=`
    (none of which is a name character, so the regex has no other way to match)."""
    n = len(lower)
    for word in assignment_words():
        at = lower.find(word)
        while at >= 0:
            end = at + len(word)
            while end < n and lower[end] in _HINT_NAME:
                end += 1
            if end < n and lower[end] in "\"'":
                end += 1
            while end < n and lower[end] in " \t":
                end += 1
            if end < n and lower[end] in ":=":
                return True
            at = lower.find(word, at + 1)
    return False


def _aligned_lower(text: str, lower: str) -> str:
    """`lower` (`text.lower()`), or when that changed the length (`İ` lowers to two
    characters), `text` lowered character by character where that keeps positions aligned."""
    if len(lower) == len(text):
        return lower
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def assignment_spans(text: str) -> list[tuple[int, int]]:
    """Spans of values assigned to secret NAMES in `text` (`api_key=S`, `"token": "S"`)."""
    spans: list[tuple[int, int]] = []
    lower = _aligned_lower(text, text.lower())
    if not _has_assignment_hint(lower):
        return spans  # the common case (every environment variable's value): no regex needed
    for hint in assignment_hint().finditer(lower):
        start = hint.start()
        while start > 0 and text[start - 1] in _NAME_CHARS:
            start -= 1
        name = text[start:hint.start("q")].rstrip(" \t")
        if not name or not (name[0].isalpha() or name[0] == "_") or not is_secret_name(name):
            continue
        after = text[hint.end():hint.end() + 1]
        if text[hint.end() - 1] == ":" and not hint.group("q") and after not in (" ", "\t"):
            continue  # `key:value` unquoted is a path list or a host:port, not YAML or a header
        value_at = hint.end() + (text[hint.end() - 1:hint.end() + 1] == "=>")
        value = _VALUE.match(text, value_at)
        if value is not None:
            group = next(g for g in ("dq", "sq", "bare") if value.group(g) is not None)
            if value.group(group):
                spans.append(value.span(group))
    return spans


def shape_spans(text: str, assignments: bool = True) -> list[tuple[int, int]]:
    """(start, end) of every secret SHAPE in `text` (URL credentials aside: see redact), and of
    values assigned to secret NAMES when `assignments`; possibly overlapping, unsorted."""
    spans = []
    lower = text.lower()
    for hints, pattern, check in _SHAPES_BY_HINT:
        if not any(hint in lower for hint in hints):
            continue  # no match without a hint: the pattern is not even compiled (LazyPattern)
        for match in pattern.finditer(text):
            group = "s" if "s" in pattern.groupindex else 0
            if check is None or check(match.group(group)):
                spans.append(match.span(group))
    if "-----BEGIN" in text:
        spans.extend(match.span() for match in PEM_BLOCK.finditer(text))
    for user in user_rules()[1]:
        for match in user.finditer(text):
            spans.append(match.span("s" if "s" in user.groupindex else 0))
    if assignments:
        spans.extend(assignment_spans(text))
    return [(start, end) for start, end in spans if end > start]


def may_hold_secret(text: str) -> bool:
    """False only when no rule can find anything in `text`: no SHAPE's hint, no URL, no PEM
    header, no assignment hint (`_has_assignment_hint`) and no pattern of the user's. Most
    environment values are paths, numbers and words: this gate costs a few `str.find`s where
    `shape_spans` and the URL rule cost tens of microseconds a value. Values joined by NUL
    (which no environment value holds) are gated at once, exactly: NUL is in no hint and is
    not a name character, so nothing the gate looks for can run across two values."""
    hints = shape_hints()
    if hints is None:
        return True
    lower = text.lower()
    return (any(hint in lower for hint in hints)
            or _has_assignment_hint(_aligned_lower(text, lower)))


def shape_hints() -> tuple[str, ...] | None:
    """Literals one of which is in the lower-cased form of every text a SHAPE or a URL
    credential could match (the shapes' hints, `://`, a PEM header), or None when the user's
    own patterns could match anything. Found with `str.find`, far faster than a regex
    alternation whose branches start with common letters."""
    if user_rules()[1]:
        return None
    return tuple(h for _, hints, _, _ in SECRET_SHAPES for h in hints.split("|")) + ("://", "-----begin")



