"""Today's redaction rules, packaged for re-applying to runs already stored (`expctl scrub`)."""

from __future__ import annotations

from .capture import redact


class Rules:
    """The rules `SQLiteStore.scrub_run` applies; each returns its input when nothing is secret."""

    def argv(self, argv: list[str]) -> list[str]:
        return redact.redact_argv(list(argv))

    def param(self, name: str, text: str) -> str:
        if text == redact.REDACTED:
            return text
        if redact.is_secret_name(name) or redact.looks_like_secret_value(text):
            return redact.REDACTED
        return redact.redact_url(text)

    def env(self, env_vars: dict) -> dict:
        return redact.redact_env(env_vars)

    def url(self, url: str) -> str:
        return redact.redact_url(url)

    def log(self, data: bytes) -> bytes:
        text = data.decode("utf-8", "surrogateescape")
        clean = redact.redact_text(text)
        return data if clean == text else clean.encode("utf-8", "surrogateescape")
