"""Secrets never reach the store: names, value shapes, URLs, argv, environment, log text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from expctl.capture.argv import is_flag_token, split_override
from expctl.capture.params import parse_params
from expctl.capture.redact import (
    REDACTED,
    collect_secrets,
    is_secret_name,
    looks_like_secret_value,
    redact_argv,
    redact_env,
    redact_text,
    redact_url,
    scrub,
    split_name,
)
from expctl.capture.secret_rules import (
    _has_assignment_hint, assignment_hint, may_be_secret_name, may_hold_secret, shape_spans,
)
from expctl.lazyre import DOTALL, IGNORECASE

GITHUB_TOKEN = "ghp_" + "aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dE3fG5"
AWS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"


# --- names ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "WANDB_API_KEY", "AWS_SECRET_ACCESS_KEY",
        "AWS_ACCESS_KEY_ID", "AWS_SESSION_TOKEN", "GITHUB_TOKEN", "--api-key", "--auth-token",
        "DB_PASSWORD", "PGPASSWORD", "MYSQL_PWD", "DB_PASS", "--passwd", "client_secret",
        "apiKey", "authToken", "HFToken", "OPENAI_APIKEY", "db.password", "+api_token",
        "--private-key", "session_key", "--cookie", "X-Amz-Signature", "X-Amz-Credential",
        "GOOGLE_APPLICATION_CREDENTIALS", "oauth", "--auth", "bearer", "ssh_passphrase",
        "AZURE_STORAGE_CONNECTION_STRING", "Authorization", "-token",
        # ending in `key`, or a PAT (issue 12 #15)
        "HF_HUB_PAT", "WANDB_KEY", "KAGGLE_KEY", "TF_VAR_db_key", "--key", "--kaggle-key",
        "--hf-pat", "X-Api-Key", "GITHUB_PAT", "ssh_key",
    ],
)
def test_secret_names(name):
    assert is_secret_name(name)


@pytest.mark.parametrize(
    "name",
    [
        "tokenizer", "tokenizer_name", "--tokenizer", "max_tokens", "--max-tokens",
        "max_new_tokens", "num_tokens", "n_tokens", "maxTokens", "pad_token_id", "eos_token",
        "bos_token_id", "token_budget", "max_token_len", "TOKENIZERS_PARALLELISM", "author",
        "--author", "authority", "authors", "XAUTHORITY", "SSH_AUTH_SOCK", "PWD", "OLDPWD",
        "--pass", "num_pass", "--sort-key", "key_path", "public_key", "prng_key", "token_acc", "monkey", "cookiecutter", "lr", "p", "",
        "HOME", "PATH", "CUDA_VISIBLE_DEVICES", "--no-auth",
    ],
)
def test_ordinary_names(name):
    assert not is_secret_name(name)


def test_split_name_handles_separators_and_camel_case():
    assert split_name("--WANDB_apiKey.x2") == ["wandb", "api", "key", "x", "2"]
    assert split_name("HFToken") == ["hf", "token"]


# The regular expressions split_name and the assignment hint stand for (they run by hand on
# every environment variable of every run, so that `re` is not imported: see secret_rules).
_NAME_CHUNK = re.compile(r"[A-Za-z0-9]+")
_CAMEL_PART = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")
_NAME_TEXT = st.text(alphabet=st.sampled_from(list("aAbBzZ09_.-: \t\"'PWpwdKeyTokenPATH/é\u0130ß")),
                     max_size=40)


@given(_NAME_TEXT | st.text(max_size=20))
def test_split_name_finds_what_its_regular_expressions_find(name):
    expected = [p.lower() for chunk in _NAME_CHUNK.findall(name) for p in _CAMEL_PART.findall(chunk)]
    assert split_name(name) == expected


@given(st.lists(st.sampled_from(["pass", "pwd", "pw", "token", "key", "pat", "x", "=", ":", " ",
                                 "\t", "'", '"', "a.b", "-", "é", "Z", "=>"]), max_size=12).map("".join)
       | st.text(max_size=30))
def test_the_assignment_check_by_hand_agrees_with_the_hint(text):
    lower = text.lower()
    assert _has_assignment_hint(lower) == bool(assignment_hint().search(lower))


# Text built from the pieces the rules look for (shape prefixes, URLs, assignments, names), so
# that the gates below are tried on text they must let through as well as on plain text.
_RULE_PIECES = st.lists(st.sampled_from([
    "pass", "pwd", "PW", "token", "Key", "pat", "api_", "secret", "Bearer ", "basic ", "ghp_",
    "sk-", "hf_", "AKIA", "eyJ", "xox", "://", "u:p@", "-----BEGIN ", "PRIVATE KEY-----", "=",
    ": ", "\"", "x", "0123456789abcdefghijKLMNOPQRST", "/usr/bin", " ", "é", "\u0130", "\0",
]), max_size=10).map("".join)


@given(_RULE_PIECES | st.text(max_size=40))
def test_a_value_the_gate_passes_by_holds_no_secret(text):
    """`may_hold_secret` False means no rule finds anything: redaction leaves the text as it is."""
    if not may_hold_secret(text):
        assert shape_spans(text) == [] and redact_text(text) == text
        assert collect_secrets([], {"X": text}) == set()


@given(st.lists(_RULE_PIECES | st.text(max_size=20), max_size=5))
def test_the_gate_of_joined_values_is_the_gate_of_each(values):
    values = [v.replace("\0", "") for v in values]  # an environment value holds no NUL
    assert may_hold_secret("\0".join(values)) == any(may_hold_secret(v) for v in values)


@given(_NAME_TEXT | _RULE_PIECES | st.text(max_size=20))
def test_a_name_the_gate_passes_by_is_no_secret_name(name):
    if not may_be_secret_name(name):
        assert not is_secret_name(name)


def test_the_gates_let_secrets_through():
    assert may_hold_secret("x\0ghp_" + "a" * 36) and may_hold_secret("api_key=zz")
    assert may_hold_secret("postgres://u:pw@h/db") and not may_hold_secret("/usr/bin:/bin\0C.UTF-8")
    assert may_be_secret_name("PGPASSWORD") and not may_be_secret_name("HOME")


def test_lazyre_flags_are_re_flags():
    assert (IGNORECASE, DOTALL) == (re.IGNORECASE, re.DOTALL)


# --- value shapes -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        GITHUB_TOKEN,
        "gho_" + "x1" * 18,
        "ghs_" + "Y2" * 18,
        "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz0123",
        "sk-" + "aBc123XyZ789" * 4,
        "sk-proj-" + "Ab1_Cd2-" * 3 + "Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2",
        "sk-ant-api03-" + "Q1w2E3r4T5y6U7i8O9p0" * 2,
        "hf_" + "AbCdEfGhIjKlMnOpQrStUvWxYzAbCdEfGh",
        AWS_KEY_ID,
        "xoxb-123456789012-abcdefABCDEF",
        "xoxp-1234-5678-abcd",
        JWT,
        "-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----",
        "-----BEGIN OPENSSH PRIVATE KEY-----",
        "glpat-" + "a1B2c3D4e5F6g7H8i9J0",
        "Bearer " + GITHUB_TOKEN,
        "token: " + GITHUB_TOKEN,
    ],
)
def test_secret_shaped_values(value):
    assert looks_like_secret_value(value)


@pytest.mark.parametrize(
    "value",
    [
        "", "0.01", "-1e-3", "128", "true", "/data/imagenet/train", "~/checkpoints/run-12",
        "bert-base-uncased", "meta-llama/Llama-2-7b-hf", "sk-learn", "task-abcdefghijklmnopqrstuv",
        "sk-a-very-long-hyphenated-model-name", "0" * 40,
        "3f786850e387550fdab836ed7e6dc881de23001b",
        "hf_datasets", "https://huggingface.co/bert-base-uncased", "AKIA", "eyJ", "sort_key=value",
        "loss: 0.5", "max_tokens=512", "tokens_per_sec: 1200", "Basic block 3", "Basic training",
        "api_key=${OPENAI_API_KEY}", "key_path=/etc/ssl/k.pem", "xoxb", "ghp_short", "-----BEGIN CERTIFICATE-----",
    ],
)
def test_ordinary_values(value):
    assert not looks_like_secret_value(value)


# --- URLs ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("https://user:pass@host/x", "https://***@host/x"),
        ("https://tok123@github.com/org/repo.git", "https://***@github.com/org/repo.git"),
        ("postgres://u:pw@db:5432/runs", "postgres://***@db:5432/runs"),
        ("https://u:p@ss@host/x", "https://***@host/x"),
        ("https://h/x?token=abc&x=1", "https://h/x?token=***&x=1"),
        ("https://h/x?key=AIzaXYZ&sig=abc&q=1", "https://h/x?key=***&sig=***&q=1"),
        ("https://h/cb#access_token=abc&state=9", "https://h/cb#access_token=***&state=9"),
        ("clone https://u:p@h/r and https://h/x", "clone https://***@h/r and https://h/x"),
        ("ssh://git@github.com/org/repo", "ssh://git@github.com/org/repo"),
        ("git@github.com:org/repo.git", "git@github.com:org/repo.git"),
        ("https://h/x?max_tokens=5", "https://h/x?max_tokens=5"),
        ("https://host/path/file@2x.png", "https://host/path/file@2x.png"),
        ("no url here: user:pass@host", "no url here: user:pass@host"),
        ("", ""),
    ],
)
def test_redact_url(text, expected):
    assert redact_url(text) == expected


def test_redact_text_hides_urls_and_shapes_in_free_text():
    line = f"pushing to https://u:pw@h/r with {GITHUB_TOKEN} done"
    assert redact_text(line) == "pushing to https://***@h/r with *** done"


# --- argv ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv, expected",
    [
        (["python", "t.py", "--api-key", "S1"], ["python", "t.py", "--api-key", "***"]),
        (["python", "t.py", "--api-key=S1"], ["python", "t.py", "--api-key=***"]),
        (["python", "t.py", "--password=p w"], ["python", "t.py", "--password=***"]),
        (["go-prog", "-token", "S1"], ["go-prog", "-token", "***"]),
        (["python", "t.py", "db.password=S1"], ["python", "t.py", "db.password=***"]),
        (["python", "t.py", "+api_token=S1"], ["python", "t.py", "+api_token=***"]),
        (["python", "t.py", "++db.pass=S1"], ["python", "t.py", "++db.pass=***"]),
        (["python", "t.py", "--token", "--lr", "1"], ["python", "t.py", "--token", "--lr", "1"]),
        (["python", "t.py", "--token"], ["python", "t.py", "--token"]),
        (["python", "t.py", "--token", "--", "x"], ["python", "t.py", "--token", "--", "x"]),
        (["python", "t.py", "--token="], ["python", "t.py", "--token="]),
        (["python", "t.py", "--token", "a=b"], ["python", "t.py", "--token", "***"]),
        (["python", "t.py", "--", "--api-key", "S1"], ["python", "t.py", "--", "--api-key", "***"]),
        (["python", "t.py", GITHUB_TOKEN], ["python", "t.py", "***"]),
        (["python", "t.py", f"--gh={GITHUB_TOKEN}"], ["python", "t.py", "--gh=***"]),
        (
            ["python", "t.py", "--header", f"Bearer {JWT}"],
            ["python", "t.py", "--header", "Bearer ***"],
        ),
        (
            ["python", "t.py", "--db", "postgres://u:pw@h/db"],
            ["python", "t.py", "--db", "postgres://***@h/db"],
        ),
        (["python", "t.py", "--url=https://u:pw@h/"], ["python", "t.py", "--url=https://***@h/"]),
        # Short flags are ambiguous (-p: port? password?) and stay as they are.
        (["mysql", "-p", "secret1"], ["mysql", "-p", "secret1"]),
        # Look-alike names are not secrets.
        (["python", "t.py", "--max-tokens", "5"], ["python", "t.py", "--max-tokens", "5"]),
        (["python", "t.py", "--tokenizer", "bert"], ["python", "t.py", "--tokenizer", "bert"]),
        (["python", "t.py", "max_new_tokens=64"], ["python", "t.py", "max_new_tokens=64"]),
        (["python", "t.py", "--author", "ada"], ["python", "t.py", "--author", "ada"]),
    ],
)
def test_redact_argv(argv, expected):
    assert redact_argv(argv) == expected


def test_redact_argv_keeps_program_and_input():
    argv = [GITHUB_TOKEN, "--api-key", "S1"]
    assert redact_argv(argv) == [GITHUB_TOKEN, "--api-key", "***"]
    assert argv == [GITHUB_TOKEN, "--api-key", "S1"]


def test_redact_argv_of_empty_and_program_only():
    assert redact_argv([]) == []
    assert redact_argv(["python"]) == ["python"]


# --- environment, collection, scrubbing ----------------------------------------------------


def test_redact_env():
    env = {
        "HF_TOKEN": "hf_abc",
        "PGPASSWORD": "pw",
        "EMPTY_TOKEN": "",
        "DATABASE_URL": "postgres://u:pw@h/db",
        "SOMETHING": AWS_KEY_ID,
        "PATH": "/usr/bin:/bin",
        "PWD": "/home/ada",
        "TOKENIZERS_PARALLELISM": "false",
    }
    assert redact_env(env) == {
        "HF_TOKEN": "***",
        "PGPASSWORD": "***",
        "EMPTY_TOKEN": "",
        "DATABASE_URL": "postgres://***@h/db",
        "SOMETHING": "***",
        "PATH": "/usr/bin:/bin",
        "PWD": "/home/ada",
        "TOKENIZERS_PARALLELISM": "false",
    }
    assert env["HF_TOKEN"] == "hf_abc"


def test_collect_secrets_matches_what_redaction_removes():
    argv = ["python", "t.py", "--api-key", "K1", "--db", "https://u:p%40w@h/", GITHUB_TOKEN]
    env = {"HF_TOKEN": "hf_abc", "DATABASE_URL": "postgres://u:pw@h/db", "HOME": "/home/ada"}
    assert collect_secrets(argv, env) == {
        "K1", "u:p%40w", "p%40w", "u:p@w", "p@w", GITHUB_TOKEN, "hf_abc", "u:pw", "pw",
    }


def test_collect_secrets_of_nothing_secret():
    assert collect_secrets(["python", "t.py", "--lr", "1"], {"HOME": "/h"}) == set()


def test_scrub():
    log = "using key abcd1234 and abcd1234xyz; short ab stays"
    scrubbed = scrub(log, ["abcd1234", "abcd1234xyz", "ab", ""])
    assert scrubbed == "using key *** and ***; short ab stays"
    assert scrub(log, []) == log
    assert scrub("a.b+c a_b", ["a.b+c"]) == "*** a_b"


# --- argv grammar shared with params ---------------------------------------------------------


@pytest.mark.parametrize(
    "token, expected",
    [
        ("--lr", True), ("--lr=1", True), ("-b", True), ("-abc", True), ("-", False),
        ("--", False), ("-1", False), ("-0.5", False), ("-1e-3", False), ("-.5", False),
        ("-inf", False), ("lr=1", False), ("x", False), ("", False),
    ],
)
def test_is_flag_token(token, expected):
    assert is_flag_token(token) is expected


@pytest.mark.parametrize(
    "token, expected",
    [
        ("lr=1", ("", "lr", "1")),
        ("+a.b=", ("+", "a.b", "")),
        ("++db/x@pkg=v=w", ("++", "db/x@pkg", "v=w")),
        ("~key", ("~", "key", None)),
        ("~key=1", ("~", "key", "1")),
        ("word", None),
        ("~/data", None),
        ("/data/x=1", None),
        ("http://h?a=b", None),
        ("1=2", None),
    ],
)
def test_split_override(token, expected):
    assert split_override(token) == expected


# --- properties ----------------------------------------------------------------------------------

# Filler arguments never contain an upper-case letter followed by a digit, so they cannot contain
# a planted secret (which starts with "Zq9") by accident.
_FILLER = st.one_of(
    st.from_regex(r"[a-z]{1,8}", fullmatch=True),
    st.from_regex(r"--[a-z][a-z\-]{0,8}", fullmatch=True),
    st.from_regex(r"[a-z]{1,6}=[a-z0-9.]{0,6}", fullmatch=True),
    st.sampled_from(["--", "-", "-1", "0.01", "--token", "--lr", "-p", "--max-tokens"]),
)
_PLAIN_SECRET = st.from_regex(r"Zq9[A-Za-z0-9]{5,20}", fullmatch=True)
_FLAG_NAMES = st.sampled_from(
    ["api-key", "api_key", "password", "auth-token", "hf_token", "secret", "db-password",
     "access_token", "client-secret", "apiKey", "GITHUB_TOKEN"]
)
_OVERRIDE_NAMES = st.sampled_from(
    ["db.password", "api_token", "auth.client_secret", "wandb.api_key"]
)


_SHAPED_SECRET = st.one_of(
    st.from_regex(r"gh[pousr]_[A-Za-z0-9]{36}", fullmatch=True),
    st.from_regex(r"hf_[A-Za-z0-9]{34}", fullmatch=True),
    st.from_regex(r"AKIA[A-Z0-9]{16}", fullmatch=True),
    st.from_regex(r"xoxb-[0-9]{12}-[A-Za-z0-9]{24}", fullmatch=True),
    st.from_regex(r"glpat-[A-Za-z0-9]{20}", fullmatch=True),
    st.from_regex(r"sk-[A-Za-z]{10}[0-9][A-Za-z0-9]{37}", fullmatch=True),
)


@st.composite
def _planted(draw):
    """(argv fragment holding the secret, the secret) for every supported form."""
    secret = draw(_PLAIN_SECRET)
    flag, key = draw(_FLAG_NAMES), draw(_OVERRIDE_NAMES)
    form = draw(st.sampled_from(range(9)))
    fragments = [
        [f"--{flag}", secret],
        [f"--{flag}={secret}"],
        [f"-{flag}", secret],
        [f"{key}={secret}"],
        [f"{draw(st.sampled_from(['+', '++']))}{key}={secret}"],
        [f"https://user:{secret}@host/x"],
        [f"https://{secret}@github.com/o/r.git"],
        [f"--url=https://h/x?token={secret}&x=1"],
        [draw(_SHAPED_SECRET)],
    ]
    fragment = fragments[form]
    return fragment, fragment[0] if form == 8 else secret


def _with_filler(before: list[str], fragment: list[str], after: list[str]) -> list[str]:
    return ["python", "train.py", *before, *fragment, *after]


@given(st.lists(_FILLER, max_size=4), _planted(), st.lists(_FILLER, max_size=4))
def test_planted_secret_never_survives_redact_argv(before, planted, after):
    fragment, secret = planted
    argv = _with_filler(before, fragment, after)
    assert not any(secret in arg for arg in redact_argv(argv)[1:])
    assert secret in collect_secrets(argv, {})


@given(st.lists(_FILLER, max_size=4), _planted(), st.lists(_FILLER, max_size=4))
def test_planted_secret_never_reaches_params(before, planted, after):
    fragment, secret = planted
    for param in parse_params(_with_filler(before, fragment, after)).values():
        assert secret not in str(param.value) and secret not in param.text


@given(st.lists(_FILLER, max_size=4), _planted(), st.lists(_FILLER, max_size=4))
def test_collected_secrets_scrub_the_log(before, planted, after):
    fragment, secret = planted
    argv = _with_filler(before, fragment, after)
    log = f"starting {' '.join(argv)}\nconnecting with {secret}\n"
    assert secret not in scrub(log, collect_secrets(argv, {}))


@given(st.dictionaries(st.text(max_size=10), st.text(max_size=20)), _FLAG_NAMES, _PLAIN_SECRET)
def test_planted_secret_never_survives_redact_env(env, name, secret):
    env = {**env, name.upper().replace("-", "_"): secret}
    assert secret not in redact_env(env).values()
    assert secret in collect_secrets([], env)


@given(st.lists(st.text()))
def test_redact_argv_is_idempotent_and_keeps_length(argv):
    once = redact_argv(argv)
    assert len(once) == len(argv)
    assert redact_argv(once) == once


@given(st.text())
def test_redaction_never_raises_on_any_text(text):
    redact_url(text)
    redact_text(text)
    is_secret_name(text)
    assert scrub(text, []) == text
    assert scrub(text, [text]) == (REDACTED if len(text) >= 4 else text)


# --- assignments and token shapes in text (issue 12 #14, #15) -------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("api_key=sk-proj-Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8", "api_key=***"),
        ("Authorization: Basic dXNlcjpwYXNzd29yZA==", "Authorization: Basic ***"),
        ("curl -H 'Authorization: Bearer abcdefghijklmnop1234'", "curl -H 'Authorization: Bearer ***'"),
        ("token: 9988776655", "token: ***"),
        ('{"api_key": "k-123", "lr": 0.1}', '{"api_key": "***", "lr": 0.1}'),
        ("{'password': 'hunter2', 'epochs': 3}", "{'password': '***', 'epochs': 3}"),
        ("Server=x;Password=pw99;Database=y", "Server=x;Password=***;Database=y"),
        ("X-Api-Key: zzzz1234", "X-Api-Key: ***"),
        ("export HF_HUB_PAT=abc123", "export HF_HUB_PAT=***"),
        ("x: api_key=abc", "x: api_key=***"),
        ("posting to https://hooks.slack.com/services/T00/B00/XXXXXXXXXX done",
         "posting to https://hooks.slack.com/services/*** done"),
        ("https://discord.com/api/webhooks/123456/AbC-dEf_1", "https://discord.com/api/webhooks/***"),
        ("db at https://admin:s3cret@db.local/x", "db at https://***@db.local/x"),
        ("loss: 0.5 acc: 0.9 tokens_per_sec: 1200", "loss: 0.5 acc: 0.9 tokens_per_sec: 1200"),
        ("key_path=/etc/k.pem max_tokens=5", "key_path=/etc/k.pem max_tokens=5"),
        ("PYTHONPATH=/opt/key:/usr/lib redis://cache:6379", "PYTHONPATH=/opt/key:/usr/lib redis://cache:6379"),
        ('{"token":"abc123"}', '{"token":"***"}'),
    ],
)
def test_assignments_and_shapes_in_text(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    "argv, hidden",
    [
        (["p", "--key", "abcdefgh123"], "abcdefgh123"),
        (["p", "--kaggle-key", "kag12345"], "kag12345"),
        (["p", "--hf-pat", "hfp12345"], "hfp12345"),
        (["p", "--header", "X-Api-Key: zzzz1234"], "zzzz1234"),
        (["p", "--conn", "Server=x;Password=pw998877"], "pw998877"),
        (["p", '{"api_key": "jsonkey123", "lr": 0.1}'], "jsonkey123"),
        (["p", "--extra", "Authorization: Basic dXNlcjpwYXNzd29yZA=="], "dXNlcjpwYXNzd29yZA=="),
    ],
)
def test_argv_values_hidden_by_name_inside_text(argv, hidden):
    assert hidden not in " ".join(redact_argv(argv))
    assert hidden in collect_secrets(argv, {}) or any(hidden in s for s in collect_secrets(argv, {}))


def test_env_names_of_common_services():
    env = {"HF_HUB_PAT": "a1", "WANDB_KEY": "b2", "KAGGLE_KEY": "c3", "TF_VAR_db_key": "d4",
           "DB_CONN": "Server=x;Password=e5", "TF_VAR_region": "eu", "SORT_KEY": "name"}
    assert redact_env(env) == {"HF_HUB_PAT": "***", "WANDB_KEY": "***", "KAGGLE_KEY": "***",
                               "TF_VAR_db_key": "***", "DB_CONN": "***",  # the value looks like one
                               "TF_VAR_region": "eu", "SORT_KEY": "name"}


def test_a_secret_named_key_is_never_a_metric():
    from expctl.metrics import MetricParser
    from expctl.store import Series

    out: dict[str, Series] = {}
    MetricParser().parse_text("token: 9988776655 loss: 0.5\n{\"api_key\": 12345, \"acc\": 0.9}\n",
                              0.0, out)
    assert sorted(out) == ["acc", "loss"]


# --- long text: logs and patches ------------------------------------------------------------------


def test_redact_stream_sees_across_parts_and_masks_both_sides():
    from expctl.capture.redact import redact_stream

    parts = [b"loss: 0.5\ntok", b"en: 9988", b"776655\nApi-Key=ab", b"cdef\n"]
    clean = redact_stream(parts)
    assert b"".join(clean) == b"loss: 0.5\ntoken: ******\nApi-Key=******\n"
    assert clean[0] == parts[0]  # untouched parts are the same objects


def test_redact_stream_known_values_and_numeric_logs():
    from expctl.capture.redact import redact_stream

    log = b"".join(b"step %d loss: 0.%d lr=1e-4\n" % (i, i) for i in range(2000))
    assert redact_stream([log], {"hunter2hunter2"}) == [log]
    assert redact_stream([b"pw hunter2hunter2 \xff\n"], {"hunter2hunter2"}) == [b"pw *** \xff\n"]


@pytest.mark.parametrize(
    "tail, held",
    [
        (b"done\nAuthorization: Bas", b"Authorization: Bas"),
        (b"line\n", b""),
        (b"bar\r  50%", b"  50%"),
        (b"a\n-----BEGIN PRIVATE KEY-----\nMIIE\n", b"-----BEGIN PRIVATE KEY-----\nMIIE\n"),
        (b"a\n-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n", b""),
    ],
)
def test_carry_length_holds_the_unfinished_line(tail, held):
    from expctl.capture.redact import carry_length

    assert tail[len(tail) - carry_length(tail):] == held


def test_patch_redaction_keeps_the_diff_readable():
    from expctl.capture.redact import redact_long_text

    patch = ("diff --git a/.env b/.env\n--- a/.env\n+++ b/.env\n@@ -1 +1,3 @@\n A=1\n"
             f"+GITHUB_TOKEN={GITHUB_TOKEN}\n+DB_PASSWORD=hunter2\n+LR=0.1\n")
    clean = redact_long_text(patch, {"hunter2"})
    assert clean.endswith("+GITHUB_TOKEN=***\n+DB_PASSWORD=***\n+LR=0.1\n")
    assert clean.startswith("diff --git a/.env b/.env\n")


@pytest.mark.parametrize("flush_between", [False, True])
def test_no_fragment_of_a_secret_at_the_log_caps_cuts(flush_between):
    """A token straddling the head's end or the tail window's start loses its prefix or its
    name to the cut, so no rule could recognise the fragment: the cut line goes with the gap."""
    from expctl.record.logs import LogBuffer

    cap = LogBuffer(head=100, tail=300)
    stored = []
    cap.add("stdout", b"a" * 80 + b"\nhub " + GITHUB_TOKEN.encode()[:15])  # straddles byte 100
    if flush_between:
        stored += cap.take()[0]
    cap.add("stdout", GITHUB_TOKEN.encode()[15:] + b"\n" + b"x" * 99 + b"\n")
    for _ in range(12):
        cap.add("stdout", b"y" * 99 + b"\n")  # past 2 x tail: the middle is pruned
    cap.add("stdout", b"z" * 50 + b" Authorization: Basic dXNlcjpwYXNzd29yZDE=\n")
    cap.add("stdout", b"w" * 288 + b"\n")  # the tail window starts inside the Basic value
    stored += cap.take(final=True)[0]
    data = b"".join(c.data for c in stored)
    assert b"a" * 80 in data and b"w" * 288 in data
    for piece in (GITHUB_TOKEN[i:i + 8] for i in range(len(GITHUB_TOKEN) - 7)):
        assert piece.encode() not in data
    for piece in (b"ZDE=", b"YXNz", b"cGFz"):
        assert piece not in data


_FORM_PIECES = [b"\n", b"\r", b"\r\n", b"0", b"1", b"9", b"42", b"a", b"loss ", b"token=",
                b"\x00", b"\xff", b"x" * 7, b"y" * 8, b"z" * 17]


@pytest.mark.parametrize("seed", range(40))
def test_the_compiled_line_forms_are_the_python_ones(seed):
    """`_forms.line_forms` (one pass, a table of forms) gives each form of the Python split
    exactly once: forms that differ in a byte, in length or only past 8 bytes stay apart,
    lines that differ only in digits 1-9 share one; many forms make the table grow."""
    import random

    from expctl.capture import redact

    compiled = pytest.importorskip("expctl.capture._forms")
    rng = random.Random(seed)
    count = rng.choice([0, 1, 5, 50, 3000])
    raw = b"".join(rng.choice(_FORM_PIECES) for _ in range(count))
    if seed % 5 == 0:  # many distinct forms
        raw += b"".join(b"form %s\n" % bytes([97 + i % 26]) * (i % 40) for i in range(2000))
    forms = compiled.line_forms(raw)
    assert len(forms) == len(set(forms))
    assert set(forms) == set(redact._line_forms_python(raw))
    assert set(compiled.line_forms(bytearray(raw))) == set(forms)  # any buffer


@pytest.mark.parametrize("seed", range(20))
def test_line_forms_tell_apart_neighbouring_lines_of_one_length(seed):
    """A line of the last line's form is passed over (a memcmp, no lookup): runs of one form,
    broken by lines of the same length that differ in one byte anywhere, or only in digits."""
    import random

    from expctl.capture import redact

    compiled = pytest.importorskip("expctl.capture._forms")
    rng = random.Random(seed)
    base = bytearray(b"epoch 1 step 20 loss 0.5 token=abcdefgh")
    lines = []
    for _ in range(rng.choice([1, 2, 30, 400])):
        line = bytearray(base)
        if rng.random() < 0.3:  # one byte changed: another form of the same length
            line[rng.randrange(len(line))] = rng.choice(b"xyz=\r\x00\xff")
        elif rng.random() < 0.5:  # other digits: the same form
            line = bytearray(rng.choice(b"123456789") if c in b"123456789" else c for c in line)
        lines.append(bytes(line) * rng.choice([1, 1, 3]))
    raw = b"\n".join(lines) + rng.choice([b"", b"\n", b"\r\n"])
    forms = compiled.line_forms(raw)
    assert len(forms) == len(set(forms))
    assert set(forms) == set(redact._line_forms_python(raw))
