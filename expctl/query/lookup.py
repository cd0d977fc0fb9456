"""From what a user typed to the runs it selects: references (expctl.query.refs), a `--where`
condition and `--sort` keys (expctl.query.where) are resolved and parsed here, then the store is
asked with ids and parsed trees only (see expctl.store.interface)."""

from __future__ import annotations

from collections.abc import Sequence


def find_run_ids(store, where=None, sort=None, limit: int | None = None,
                 refs: Sequence[str | int] | None = None, **filters) -> list[int]:
    """Ids of the runs named by `refs` (ids or references; `-` must be expanded first, see
    refs.expand_stdin) and/or matching `where` (text or a parsed tree), ordered by `sort` (text
    or SortKeys; default: the order of `refs`, else newest first), at most `limit`. `filters`:
    experiment, tags, statuses (see Store.find_run_ids). Bad references or expressions raise
    ExpctlError (QueryError points at the column)."""
    tree, keys = where, sort
    if isinstance(where, str) or isinstance(sort, str):  # the parser only when there is text
        from .where import parse_sort, parse_where

        tree = parse_where(where) if isinstance(where, str) else where
        keys = parse_sort(sort) if isinstance(sort, str) else sort
    ids = None
    if refs is not None:
        from .refs import resolve_refs

        ids = resolve_refs(store, refs)
        if not ids:
            return []
        if tree is None and not keys and limit is None and not any(filters.values()):
            return ids  # named runs only: resolve_refs found each, in order, once
    return store.find_run_ids(tree, keys, limit, ids, **filters)


def find_runs(store, where=None, sort=None, limit: int | None = None,
              refs: Sequence[str | int] | None = None, **filters):
    """The runs `find_run_ids` selects, loaded (params, tags, metric summaries), in its order."""
    return store.get_runs(find_run_ids(store, where, sort, limit, refs, **filters))
