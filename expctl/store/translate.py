"""One rule for every store: an error of its database driver leaves the store as a StoreError
(a damaged file, a foreign database, a server gone: a clear message, never a traceback).

A store class says which errors are its driver's (`_errors`) and how one reads (`_error`);
`translate_errors` wraps its public methods. Kept free of `functools` and `inspect`: the SQLite
store is on every wrapped command's start (see `sqlite_conn`)."""

from __future__ import annotations

TYPE_CHECKING = False  # typing stays off the run path: annotations only
if TYPE_CHECKING:
    from typing import TypeVar

    _S = TypeVar("_S")

_GENERATOR = type((lambda: (yield))())  # types.GeneratorType, without importing types


def translate_errors(cls: type[_S]) -> type[_S]:
    """Wrap every public method of `cls` and its mixins: an exception of `self._errors` leaves
    as `self._error(exc)`. A generator's reads happen as it is iterated, after the call has
    returned, so what a method returns as a generator is translated as it is iterated too."""

    def wrap(method):
        def translated(self, *args, **kwargs):
            try:
                result = method(self, *args, **kwargs)
            except self._errors as exc:
                raise self._error(exc) from None
            return _translated_rows(self, result) if type(result) is _GENERATOR else result

        # functools.wraps, without importing functools
        for name in ("__module__", "__name__", "__qualname__", "__doc__"):
            setattr(translated, name, getattr(method, name))
        translated.__dict__.update(method.__dict__)
        translated.__wrapped__ = method  # type: ignore[attr-defined]
        return translated

    for name in dir(cls):
        member = getattr(cls, name)
        if callable(member) and not name.startswith("_") and not isinstance(member, type):
            setattr(cls, name, wrap(member))
    return cls


def _translated_rows(store, rows):
    try:
        yield from rows
    except store._errors as exc:
        raise store._error(exc) from None
