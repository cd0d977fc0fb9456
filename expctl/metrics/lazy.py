"""Regular expressions compiled on first use: `LazyPattern` lives in expctl.lazyre, which the
secret rules use too without importing the metric parser; its name stays importable here."""

from __future__ import annotations

from ..lazyre import LazyPattern  # noqa: F401
