"""The lines the parser reads before any format does: their shape is their own.

An R string holding a pair (R_STRING_PAIR), a piece of a spread object (SPREAD_OBJECT), a line
of a runtime environment block (ENVIRONMENT_BLOCK), a benchmark case's field (BENCH_BLOCK,
TIMED_CASE), a vector's names over its values (NAMES_OVER_VALUES) and a title with its
conditions over its value (TITLED_CONDITIONS). `LeadMixin` holds the parser's side;
`MetricParser` keeps the state they use.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from expctl.metrics import rules
from expctl.metrics.names_over_values import is_names_over_values, may_be_names
from expctl.metrics.r_strings import r_string_pair
from expctl.metrics.titled_conditions import may_be_titled, titled_conditions

Point = tuple[str, float, float]  # (name, step, value)

_STRING_ENDS = frozenset('" \t')  # R_STRING_PAIR: how R's print of a string may end
_OBJECT_LEADS = frozenset("{ \t}]")  # what a piece of a spread object may start with


class LeadMixin:
    """The lines read before the formats, for `MetricParser` (see the module docstring)."""

    # What it uses of `MetricParser` (declared for the type checker; defined there).
    _object_state: str | None
    _environment: rules.EnvironmentBlocks
    _context: object
    _index: int
    _before: Callable[[int], list[str]]
    _context_after: Callable[[int], Sequence[str]]
    _object_piece: Callable[[str], list[Point] | None]
    _add_params: Callable[..., None]
    _produced: Callable[..., list[Point]]
    _assign_steps: Callable[..., list[Point]]
    _at_step: Callable[..., list[Point]]
    _metric_pairs: Callable[..., list]

    def _read_lead(self, line: str) -> list[Point] | None:
        """`line`'s points when one of the readers above reads it, else None."""
        if line[-1:] in _STRING_ENDS and (string := r_string_pair(line)):  # R_STRING_PAIR: [1] "objective:-357.99"
            return self._produced(self._assign_steps(self._metric_pairs(string)))
        if (line[:1] in _OBJECT_LEADS or self._object_state == "pending") and (
                piece := self._object_piece(line)) is not None:
            return piece  # SPREAD_OBJECT
        if line[:1].isspace() and self._environment.under(line, self._before, (self._context, self._index)):
            return []  # ENVIRONMENT_BLOCK: "    GPU number: 1" under "Runtime environment:"
        if (case := rules.case_fields(line, self._before)) is not None:  # and TIMED_CASE
            return self._produced(self._at_step(case, None))  # BENCH_BLOCK: "\tmean: 0.91ms" under "bench: sort"
        if may_be_names(line) and is_names_over_values(line, self._context_after(1)):
            return []  # NAMES_OVER_VALUES: "    Ax1   Ax1:2" over "  62.01   86.75", a vector's names
        if may_be_titled(line) and (titled := titled_conditions(line, self._context_after(1))) is not None:
            self._add_params(titled[1])  # TITLED_CONDITIONS: "B-Basis:   ( p = 0.9 , conf = 0.95 )" over "128.03"
            return self._produced(self._assign_steps([titled[0]]))
        return None
