"""Keep secrets out of the store: redact argv, environment, URLs and log text.

Two independent signals mark a secret:

* the *name* it is bound to (`--api-key`, `HF_TOKEN`, `db.password=`): see `is_secret_name`;
* the *shape* of the value itself (`ghp_…`, `AKIA…`, a JWT, a PEM private key): see
  `looks_like_secret_value`. This catches tokens passed positionally or under innocent names.

Redaction errs towards hiding: a false positive costs a `***` in a stored command, a false
negative leaks a credential into a database that gets copied around and shared.

This module also owns the tiny argv grammar (`is_flag_token`, `split_override`) because
redaction must read a command line exactly as `params` does, and `params` depends on this
module rather than the reverse.

Only the standard library is imported: this runs on every `expctl run`.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from collections.abc import Callable
from urllib.parse import unquote

REDACTED = "***"

# --- argv grammar shared with params.py ---------------------------------------------------------

# `-1`, `-0.5`, `-1e-3`, `-.5`, `-inf`: values, not flags (so `--shift -1` means shift=-1).
_NEGATIVE_NUMBER_RE = re.compile(
    r"-(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|-(?:inf|infinity|nan)", re.IGNORECASE
)

# Hydra overrides: `key=value`, `+key=value`, `++key=value`, `a.b.c=value`, `group/opt=value`,
# `~key` and `~key=value` (deletions). A key must start like an identifier so that paths
# (`/data/x=1`, `~/data`) and URLs (`http://h?a=b`, which has a `:`) are not mistaken for one.
_OVERRIDE_RE = re.compile(r"(\+\+|\+|~)?([A-Za-z_][A-Za-z0-9_.\-/@]*)(?:=(.*))?", re.DOTALL)


def is_flag_token(token: str) -> bool:
    """True for `-x`, `-abc`, `--name`, `--name=value`.

    Not flags: `-` (stdin by convention), `--` (end of options; callers handle it), and
    negative numbers such as `-1`, `-0.5`, `-1e-3`, `-inf`, which are values.
    """
    if not token.startswith("-") or token in ("-", "--"):
        return False
    return _NEGATIVE_NUMBER_RE.fullmatch(token) is None


def split_override(token: str) -> tuple[str, str, str | None] | None:
    """Split a Hydra-style override into `(prefix, key, value)`, or None if `token` is not one.

    `prefix` is "", "+", "++" or "~". `value` is None only for a bare deletion `~key`.
    A plain word without `=` (a positional argument) is not an override.
    """
    match = _OVERRIDE_RE.fullmatch(token)
    if match is None:
        return None
    prefix, key, value = match.group(1) or "", match.group(2), match.group(3)
    if value is None and prefix != "~":
        return None
    return prefix, key, value


# --- secret names -------------------------------------------------------------------------------

# Found anywhere inside a name part: `PGPASSWORD`, `client_secret`, `WANDB_APIKEY`.
_STRONG_WORDS = (
    "password", "passwd", "passphrase", "secret", "credential", "apikey", "accesskey",
    "privatekey", "sessionkey", "authorization", "signature", "connectionstring", "connstr",
)
# Two-word secrets (`api_key`, `AWS_ACCESS_KEY_ID`); `key` or `string` alone is not one.
_SECRET_PAIRS = frozenset(
    [(qualifier, "key") for qualifier in
     ("api", "access", "private", "session", "signing", "encryption", "master")]
    + [("connection", "string")]
)
# Short or overloaded words that only mark a secret inside a longer name (`DB_PASS`, `MYSQL_PWD`):
# alone, `PWD` is the working directory and `--pass 2` a pass count.
_WORDS_NEEDING_CONTEXT = frozenset({"pwd", "pass", "pw"})
# Neighbours that turn `token`/`auth`/`pass` into a count, a size or an ML tokenizer detail:
# `max_token`, `pad_token_id`, `eos_token`, `token_budget`, `SSH_AUTH_SOCK`.
_NOT_SECRET_BEFORE = frozenset(
    {"max", "min", "num", "n", "nb", "total", "count", "avg", "mean", "no", "pad", "eos", "bos",
     "unk", "sep", "cls", "mask", "special", "start", "end", "stop", "image", "audio", "video"}
)
_NOT_SECRET_AFTER = frozenset(
    {"id", "ids", "idx", "index", "count", "counts", "num", "len", "length", "limit", "limits",
     "size", "budget", "type", "types", "dim", "embedding", "embeddings", "per", "rate",
     "mode", "method", "scheme", "kind", "sock", "socket"}
)

_NAME_CHUNK_RE = re.compile(r"[A-Za-z0-9]+")
# camelCase and ACRONYMWord boundaries: `apiKey` -> api|Key, `HFToken` -> HF|Token.
_CAMEL_PART_RE = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")


def is_secret_name(name: str) -> bool:
    """True if a variable, flag or config key with this name probably holds a secret.

    Matching works on lower-cased name parts, split at `-`, `_`, `.`, any other punctuation and
    camelCase boundaries, so leading dashes (`--api-key`) and Hydra prefixes (`+db.password`)
    do not matter. Word-aware on purpose: `HF_TOKEN`, `--auth-token`, `PGPASSWORD`,
    `WANDB_API_KEY` are secret; `tokenizer_name`, `max_new_tokens`, `pad_token_id`, `author`,
    `PWD` are not.
    """
    parts = split_name(name)
    if any(_is_secret_part(parts, i) for i in range(len(parts))):
        return True
    extra = _user_rules()[0]
    return bool(extra) and (name.lower().lstrip("-+") in extra or any(p in extra for p in parts))


def _user_rules() -> tuple[frozenset[str], tuple[re.Pattern[str], ...]]:
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
        patterns = []
        for line in os.environ.get("EXPCTL_SECRET_PATTERNS", "").splitlines():
            try:
                patterns.append(re.compile(line)) if line.strip() else None
            except re.error:
                continue
        _USER_RULES = (names, tuple(patterns))
    return _USER_RULES


_USER_RULES: tuple[frozenset[str], tuple[re.Pattern[str], ...]] | None = None


def add_user_rules(names, patterns) -> None:
    """Add secret names and value patterns (the project's config) to the EXPCTL_SECRET_* rules.
    A pattern that does not compile is skipped, as for the environment variable."""
    global _USER_RULES
    known, compiled = _user_rules()
    extra = []
    for line in patterns:
        try:
            extra.append(re.compile(line))
        except re.error:
            continue
    _USER_RULES = (known | {n.strip().lower() for n in names if n.strip()}, compiled + tuple(extra))


def split_name(name: str) -> list[str]:
    """Lower-cased word parts of an identifier: `WANDB_apiKey.x2` -> [wandb, api, key, x, 2]."""
    parts: list[str] = []
    for chunk in _NAME_CHUNK_RE.findall(name):
        parts.extend(p.lower() for p in _CAMEL_PART_RE.findall(chunk))
    return parts


def _is_secret_part(parts: list[str], i: int) -> bool:
    """Whether `parts[i]`, read in the context of its neighbours, marks a secret."""
    part = parts[i]
    if any(word in part for word in _STRONG_WORDS):
        return True
    if i > 0 and (parts[i - 1], part) in _SECRET_PAIRS:
        return True
    if not _is_ambiguous_secret_word(part, len(parts)):
        return False
    before = parts[i - 1] if i > 0 else ""
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


# --- secret-shaped values -----------------------------------------------------------------------

_LEFT = r"(?<![A-Za-z0-9])"  # a token starts at a word boundary, `=`, space, quote, ...
_RIGHT = r"(?![A-Za-z0-9])"


def _has_random_run(text: str) -> bool:
    """A run of 20+ letters and digits containing both: random key material, not a word slug."""
    return any(
        re.search(r"[0-9]", run) and re.search(r"[A-Za-z]", run)
        for run in re.findall(r"[A-Za-z0-9]{20,}", text)
    )


# (pattern, extra check on the matched text or None). `(?P<s>…)`, when present, is the part to
# hide; otherwise the whole match is. Precise prefixes keep paths, numbers, model names and git
# shas (bare hex) clear of these.
_SECRET_SHAPES: tuple[tuple[re.Pattern[str], Callable[[str], bool] | None], ...] = (
    (re.compile(_LEFT + r"gh[pousr]_[A-Za-z0-9]{30,}"), None),  # GitHub classic tokens
    (re.compile(_LEFT + r"github_pat_[A-Za-z0-9_]{22,}"), None),  # GitHub fine-grained
    (re.compile(_LEFT + r"glpat-[A-Za-z0-9_\-]{20,}"), None),  # GitLab personal token
    (re.compile(_LEFT + r"sk-[A-Za-z0-9_\-]{20,}"), _has_random_run),  # OpenAI, Anthropic
    (re.compile(_LEFT + r"(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}"), None),  # Stripe
    (re.compile(_LEFT + r"hf_[A-Za-z0-9]{30,}"), None),  # Hugging Face
    (re.compile(_LEFT + r"(?:AKIA|ASIA)[A-Z0-9]{16}" + _RIGHT), None),  # AWS access key id
    (re.compile(_LEFT + r"AIza[A-Za-z0-9_\-]{35}" + _RIGHT), None),  # Google API key
    (re.compile(_LEFT + r"npm_[A-Za-z0-9]{36}" + _RIGHT), None),  # npm
    (re.compile(_LEFT + r"xox[baprs]-[A-Za-z0-9\-]{10,}"), None),  # Slack
    (re.compile(_LEFT + r"eyJ[A-Za-z0-9_\-]{3,}\.eyJ[A-Za-z0-9_\-]{3,}\.[A-Za-z0-9_\-]*"), None),
    (re.compile(r"(?i:bearer)\s+(?P<s>[A-Za-z0-9._~+/\-]{16,}=*)"), _has_random_run),
    (
        # The whole PEM block; an unterminated one (truncated log line) to the end of the text.
        re.compile(
            r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----"
            r"(?:.*?-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|.*\Z)",
            re.DOTALL,
        ),
        None,
    ),
)


def looks_like_secret_value(value: str) -> bool:
    """True if `value` contains a well-known credential shape, whatever it is called.

    Recognised: GitHub (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`, `github_pat_`), GitLab `glpat-`,
    OpenAI/Anthropic `sk-…` (long and random-looking), Stripe `sk_live_`, Hugging Face `hf_`,
    AWS `AKIA`/`ASIA` key ids, Google `AIza…`, npm, Slack `xox?-`, JWTs, `Bearer <token>` and
    PEM private keys. The value is searched, so `Bearer ghp_…` counts too.
    """
    return bool(_find_secret_spans(value))


def _find_secret_spans(text: str) -> list[tuple[int, int]]:
    """Sorted, non-overlapping (start, end) spans of secret-shaped substrings of `text`."""
    spans = []
    shapes = [*_SECRET_SHAPES, *((pattern, None) for pattern in _user_rules()[1])]
    for pattern, check in shapes:
        for match in pattern.finditer(text):
            group = "s" if "s" in pattern.groupindex else 0
            if check is None or check(match.group(group)):
                spans.append(match.span(group))
    return _merge_spans(spans)


def _merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Union of possibly overlapping spans, in order."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _redact_secret_shapes(text: str, found: set[str]) -> str:
    """Replace every secret-shaped substring with `***`, adding the originals to `found`."""
    pieces, last = [], 0
    for start, end in _find_secret_spans(text):
        pieces.extend((text[last:start], REDACTED))
        _remember(found, text[start:end])
        last = end
    return "".join(pieces) + text[last:] if pieces else text


def _remember(found: set[str], secret: str) -> None:
    """Record a removed secret (and its percent-decoded form) for later scrubbing of logs."""
    if secret and secret != REDACTED:
        found.add(secret)
        decoded = unquote(secret)
        if decoded != secret:
            found.add(decoded)


# --- URLs ---------------------------------------------------------------------------------------

# scheme://[userinfo@]rest. The userinfo runs to the *last* `@` before the first `/`, so a
# password holding `@`, `?` or `#` (people do not always percent-encode) is still hidden whole.
_URL_RE = re.compile(
    r"(?<![A-Za-z0-9+.\-])(?P<scheme>[A-Za-z][A-Za-z0-9+.\-]*://)"
    r"(?:(?P<userinfo>[^\s/\"'<>]*)@)?(?P<rest>[^\s\"'<>]*)"
)
_URL_PARAM_RE = re.compile(r"(?P<sep>[?&;#])(?P<name>[^=&;#\s]+)=(?P<value>[^&;#\s]*)")
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
    if "://" not in text:
        return text
    return _URL_RE.sub(lambda match: _redact_one_url(match, found), text)


def _redact_one_url(match: re.Match[str], found: set[str]) -> str:
    """The redacted form of one URL match."""
    userinfo = match.group("userinfo")
    authority = ""
    if userinfo is not None:
        if userinfo in _PUBLIC_USERS:
            authority = userinfo + "@"
        else:
            _remember(found, userinfo)
            _remember(found, userinfo.partition(":")[2])
            authority = REDACTED + "@"
    rest = _URL_PARAM_RE.sub(lambda param: _redact_url_param(param, found), match.group("rest"))
    return match.group("scheme") + authority + rest


def _redact_url_param(param: re.Match[str], found: set[str]) -> str:
    """`&name=value`, with the value hidden when the name says it is a secret."""
    name, value = param.group("name"), param.group("value")
    if not value or not _is_secret_url_param(name):
        return param.group(0)
    _remember(found, value)
    return f"{param.group('sep')}{name}={REDACTED}"


def _is_secret_url_param(name: str) -> bool:
    return name.lower() in _URL_SECRET_PARAMS or is_secret_name(name)


# --- free text, argv, environment ---------------------------------------------------------------


def redact_text(text: str) -> str:
    """Redact URL credentials and secret-shaped tokens inside free text (a log line, an arg).

    Unlike `scrub` this needs no list of known secrets, so it also catches tokens the program
    printed that never appeared in its argv or environment.
    """
    return _redact_text(text, set())


def _redact_text(text: str, found: set[str]) -> str:
    return _redact_secret_shapes(_redact_urls(text, found), found)


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
    credential (`looks_like_secret_value`); otherwise URL credentials inside it are removed
    (`DATABASE_URL=postgres://u:pw@h/db` -> `postgres://***@h/db`). Empty values stay empty.
    """
    return _redact_env(env, set())


def _redact_env(env: Mapping[str, str], found: set[str]) -> dict[str, str]:
    """`redact_env`, also adding every removed secret to `found`."""
    out = {}
    for name, value in env.items():
        if is_secret_name(name) or looks_like_secret_value(value):
            out[name] = _hide_value(value, found)
        else:
            out[name] = _redact_urls(value, found)
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
    # Regex alternation tries alternatives left to right, so longest-first means longest match.
    pattern = re.compile("|".join(re.escape(s) for s in wanted))
    return pattern.sub(REDACTED, text)
