"""Moved to expctl.records (the record types are shared by every layer, not the store's own);
kept for a transition so that code written against the old place still imports."""

from ..records import LogChunk, NewRun, Series  # noqa: F401
