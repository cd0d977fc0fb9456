"""Today's redaction rules, packaged for re-applying to runs already stored (`expctl scrub`)."""

from __future__ import annotations

from . import redact


class Rules:
    """The rules `SQLiteStore.scrub_run` applies; each returns its input when nothing is secret."""

    def secrets(self, argv: list[str], env_vars: dict) -> set[str]:
        """Values today's rules hide in the stored argv and environment: hidden wherever else
        they were stored (printed in the logs, in the patch, in a note)."""
        return redact.collect_secrets(list(argv), env_vars)

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

    def text(self, text: str, secrets=()) -> str:
        """A patch, a run name, notes, a tag."""
        return redact.redact_long_text(text, secrets)

    def logs(self, chunks: list, secrets=()) -> list:
        from ..record.logs import mask_chunks

        return mask_chunks(chunks, secrets)
