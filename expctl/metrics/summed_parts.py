"""SUMMED_PARTS (rules): a value followed by its parts in parentheses, joined by ``+``.

A profiler states a total and, right after it, the parts it sums, each named by a word after
its number; a rate of the total is followed by the rates of the same parts, aligned under them,
their words left out::

    D1  misses:       24,494  ( 12,835 rd   +  11,659 wr)
    D1  miss rate:      11.1% (   10.7%     +    11.6%  )

Each part is a value of its own, ``<name>/<word>`` (``D1 miss rate/rd``): the word says which
part. Parts that carry no word take the words of the nearest line above (within a few lines)
whose parts carry them, the same number of parts: they are printed under those words. Parts
with words nowhere give nothing (a sum of what is not said).
"""

from __future__ import annotations

from ..lazyre import LazyPattern

_NUMBER = r"[-+]?\d[\d,]*(?:\.\d+)?"
# "( 12,835 rd   +  11,659 wr)" or "(   10.7%     +    11.6%  )": two parts or more.
_PARTS = LazyPattern(rf"\(\s*({_NUMBER})%?(?:\s+([^\W\d]\w{{0,11}}))?((?:\s+\+\s+{_NUMBER}%?(?:\s+[^\W\d]\w{{0,11}})?)+)\s*\)")
_MORE = LazyPattern(rf"\s+\+\s+({_NUMBER})%?(?:\s+([^\W\d]\w{{0,11}}))?")
_LOOK_BACK = 6


def _parts(found) -> list[tuple[str, str | None]]:
    """The (number, word or None) parts of a match of `_PARTS`."""
    return [(found.group(1), found.group(2)), *_MORE.findall(found.group(3))]


def with_parts(named: list, line: str, before) -> list:
    """`named` and, when its one pair's value is followed right after by a parenthesized sum
    of parts on `line`, each part as ``<name>/<word>``; `before(k)` gives the k lines above."""
    if len(named) != 1 or "+" not in line or "(" not in line:
        return named
    name, value = named[0]
    end = line.find(str(value)) + len(str(value))
    found = _PARTS.search(line, end) if end >= len(str(value)) else None
    if found is None or line[end:found.start()].strip(" %"):
        return named  # no sum, or not right after the value
    parts = _parts(found)
    words = [word for _, word in parts]
    if not all(words):
        if any(words):
            return named
        for above in reversed(before(_LOOK_BACK)):
            theirs = _parts(match) if "+" in above and (match := _PARTS.search(above)) else None
            if theirs is not None and len(theirs) == len(parts) and all(w for _, w in theirs):
                words = [w for _, w in theirs]
                break
        else:
            return named
    return [*named, *((f"{name}/{word}", number.replace(",", "")) for (number, _), word in zip(parts, words))]
