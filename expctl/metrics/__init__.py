"""Metrics out of a command's output: bytes → lines (`LineSplitter`) → points (`MetricParser`).

The recorder feeds each output stream's raw chunks to its own `LineSplitter` and every line it
returns to the run's one `MetricParser`, whose `parse` returns ``(name, step, value)`` tuples.
The exact line contract is in `expctl.metrics.splitter`; the exact list of recognised formats
(and of look-alikes that are deliberately ignored) is in `expctl.metrics.parser`.
"""

from __future__ import annotations

from expctl.metrics.parser import MetricParser
from expctl.metrics.splitter import LineSplitter

__all__ = ["LineSplitter", "MetricParser"]
