"""LABEL_FIELD (rules): a line that opens with the thing it reports on, as a field whose value is
a word or a code, then that thing's results::

    [INFO] Class: class_0, Precision: 0.2333, Recall: 0.1186, F1: 0.1573
    label=cat | precision=0.91 | recall=0.88
    Target: Dry_Green_g - Train R^2: 0.0344 - Val R^2: 0.0948

Each result is the thing's (``class_0/Precision``), as a per-class table row's cells are
(`labelled`): without the label, every class would add points to one ``Precision`` series.
"""

from __future__ import annotations

from ..lazyre import LazyPattern

# The label's key (a class, a label, a category, a target, a task), its value a word or a code,
# then a separator before the results (" - " too); bracketed tags may open the line ("[INFO] ").
_LABEL_FIELD = LazyPattern(r"[ \t]*(?:\[[^\]\n]{0,20}\][ \t]*)*(?ai:class|label|category|target|task)"
                           r"[ \t]*[:=][ \t]*([^\W\d][\w.-]{0,40}|\d{1,6})(?:[ \t]*[,;|]|[ \t]+-)[ \t]*")


def label_field(line: str, pairs: list, spans: list[int]) -> list | None:
    """The pairs after `line`'s label field, each named ``<label>/<name>``; None when the line
    does not open with one or fewer than two results follow it."""
    found = _LABEL_FIELD.match(line)
    if found is None:
        return None
    label = found.group(1)
    kept = [(f"{label}/{name}", value) for (name, value), at in zip(pairs, spans) if at >= found.end()]
    return kept if len(kept) >= 2 else None
