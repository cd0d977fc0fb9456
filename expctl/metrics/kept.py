"""Answers kept per text. The readers ask the same question of one line or cell several times
(a row, then the lines above it for its header; each reader judging one row's cells), so a pure
function of a short text is worked out once: `kept` remembers its answers."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
_NONE = object()


def kept(most: int, width: int) -> Callable[[Callable[[str], T]], Callable[[str], T]]:
    """A decorator: `function(text)` remembered for texts of at most `width` characters, at most
    `most` answers, then all forgotten at once (cheaper than dropping the oldest: a dict has no
    cheap front). Only for a pure function whose answers its callers never change."""
    def keep(function: Callable[[str], T]) -> Callable[[str], T]:
        answers: dict[str, T] = {}

        @functools.wraps(function)
        def ask(text: str) -> T:
            answer = answers.get(text, _NONE)
            if answer is _NONE:
                answer = function(text)
                if len(text) <= width:
                    if len(answers) >= most:
                        answers.clear()
                    answers[text] = answer
            return answer  # type: ignore[return-value]
        return ask
    return keep
