"""BAR_DESCRIPTION: the values a progress bar's description states, read as pairs.

tqdm draws ``{description}: {percentage}%|{bar}| {n}/{total} ...``, and a training loop sets
the description to its latest figures, rewritten at every update::

    loss: 0.52:  10%|#         | 1/8 [00:00<?, ?it/s]                 <- loss = 0.52
    Gen. (+01.16) | Discrim. (-00.00):  25%|██▎      | 2/8 [...]      <- Gen. = 1.16, Discrim. = -0.0

The colon tqdm sets after the description closes the last value as a separator would (it is
no part of the number); a field of the description that is a name and a number in
parentheses (``Gen. (+01.16)``), the fields parted by bars, states that number under the
name; one such field alone (``Shard (2)``) labels the bar. A value may follow its name after a
space alone too (``Epoch 3 loss 0.91``, SPACED_DESCRIPTION): without a postfix after the bar,
the description is read alone, as a plain print. A description that ends in no value
(``Epoch 3``, ``Training``), or in a whole number after a word (an index: ``Validation
DataLoader 0``) is left as printed.
"""

from __future__ import annotations

from ..lazyre import LazyPattern
from .phases import PHASE_WORD

_NUMBER = r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?"
# the description, the colon tqdm puts after it, the percentage and the bar's opening edge
_DESCRIBED = LazyPattern(r"(.*?\S):(\s+\d{1,3}%\|)")
# a field of a name and its number in parentheses: "Gen. (+01.16)"
_PAREN_FIELD = LazyPattern(rf"(\s*[^\W\d][\w.-]*(?: [^\W\d][\w.-]*)?) \(({_NUMBER})\)(\s*)\Z")
_ENDS_IN_VALUE = LazyPattern(rf"(?:.*\S)?\s*(?:[:=]\s*){_NUMBER}%?\Z")
# SPACED_DESCRIPTION: a decimal after a word (a whole number there is an index: "DataLoader 0")
_ENDS_IN_SPACED_VALUE = LazyPattern(r".*[^\W\d][ \t]+[-+]?\d*\.\d+(?:[eE][-+]?\d+)?%?\Z")


# BAR_STEP (rules): a step word and its number closing a bar's description after other words
# ("Progress for epoch 1", "Processing epoch00", a set printed by mistake: "epoch {0}") give
# the bar's step, as a description opening with them does; the words before, no phase, say
# nothing the step does not.
_CLOSING_STEP = LazyPattern(r"(.*?)(?<!\w)((?ai:epoch|ep|iteration|iter|step|episode|round|generation))"
                            r"([ \t]*#?[ \t]*)(\{?)(\d{1,9})\}?((?:[ \t]*/[ \t]*\d{1,9})?)[ \t]*\Z")
_PHASE_IN = LazyPattern(rf"(?<!\w){PHASE_WORD}(?!\w)")


def _stepped(line: str, match) -> str:
    """BAR_STEP: `line` with its bar's description opening with the step word and number that
    close it (the words before it dropped unless they name a phase), else as is. A description
    that is a whole number alone (``1:  50%|...``, ``tqdm(desc=str(epoch))``) is the step too."""
    if match.group(1).strip().isdigit() and len(match.group(1).strip()) <= 6:
        return f"Epoch {match.group(1).strip()}{line[match.end(1):]}"
    closing = _CLOSING_STEP.match(match.group(1))
    if closing is None or not (closing.group(1).strip() or closing.group(4) or not closing.group(3)):
        return line  # "Epoch 3": read as a step prefix already
    lead = closing.group(1) if _PHASE_IN.search(closing.group(1)) else ""
    return f"{lead}{closing.group(2)} {closing.group(5)}{closing.group(6)}{line[match.end(1):]}"


def described(line: str) -> str:
    """`line` with its progress bar's description's values readable as pairs, else as is."""
    match = _DESCRIBED.match(line)
    if match is None:
        return line
    if (stepped := _stepped(line, match)) is not line:
        line, match = stepped, _DESCRIBED.match(stepped)
    fields = match.group(1).split("|")
    for at, field in enumerate(fields if len(fields) > 1 else ()):  # "Shard (2)" alone: a label
        paren = _PAREN_FIELD.match(field)
        if paren is not None:
            fields[at] = f"{paren.group(1)}: {paren.group(2)}{paren.group(3)}"
    description = "|".join(fields)
    if not _ENDS_IN_VALUE.match(description):
        if "=" not in line[match.end():] and _ENDS_IN_SPACED_VALUE.match(description):
            return description  # SPACED_DESCRIPTION: no postfix after the bar, the description alone
        return line
    return f"{description} |{match.group(2)}{line[match.end():]}"
