"""The rules that decide what of a program's output is a metric, a config entry, or neither.

One table, one place (issue 16, item 4): every vocabulary and line class the parser uses to
*reject* or *re-classify* what the formats read is one row of the table in
`docs/metric-rules.rst`, with its reason (a table of prose, kept beside the code's other
documents; this module is the code's one door to the rules it names). The formats
themselves (how a pair, a JSON line, a table row is spelt) are in `expctl.metrics.formats` and
`expctl.metrics.tables`; the order in which they run and how steps are assigned is in
`expctl.metrics.parser`. The metric grammar (the spelling of numbers, names and pairs, the
candidate rules the fast scans are derived from, and the look-alike exclusions) is in
`expctl.metrics.grammar`; the scans only decide which lines are worth reading, never what a
line means, so none of the rules has to be repeated there.
"""

from __future__ import annotations

from .name_filter import NameFilter  # noqa: F401  (the user's controls: rules.NameFilter)
# The readers call these through this module: the vocabulary of names (NOT_METRIC_WORDS,
# COUNTED_PLURAL, RATE_WORDS, RESULT_WORDS, TIME_COLUMNS, STEP_COLUMNS, PROBED_POINTS); PHASES,
# MID_PHASES, PHASE_FIELD, EVENT_FIELD, ROW_LABELS, DROPPED_LABELS; HEADED_BLOCK's heading
# words, NOISE_LINE, CONFIG_MARKERS, ENVIRONMENT_BLOCK and BANNER_SETTINGS.
from .vocabulary import (is_count_column, is_df_count, is_measured_bound, is_result_name,  # noqa: F401
                         is_p_value, is_measure_name, is_setup_name, is_start_name, is_symbol_column, is_time_column,
                         probed_columns, step_column_rank, is_setup_among)
from .phases import (bracketed_phase, evaluates, event_phase, framed_phase, group_name, leading_label,  # noqa: F401
                     line_phase, name_phase, opens_count, split_phase, phase_at, phase_marks, phase_of, phase_step_key, phased, qualify,
                     under_heading, block_label, table_phase, announced_phase, LabelRuns,
                     summary_phase)
from .timer_lines import timer_pair  # noqa: F401  (TIMER_OUTPUT)
from .value_lists import lone_pair  # noqa: F401  (TIMER_OUTPUT, VALUE_FIRST_BLOCK, THING_LINES)
from .row_names import (QUANTITY_COLUMNS, is_when, label_name, names_things, row_name,  # noqa: F401
                        steps_rows)  # ENTITY_NAMES, STEP_LABELS, METRIC_INDEX, TWO_COLUMN_THINGS
from .step_refs import is_counted  # noqa: F401  (COUNTED_PLURAL, BEST_STEP)
from .echoed_records import echoed_record  # noqa: F401  (ECHOED_RECORD)
from .size_column import step_ranks  # noqa: F401  (SIZE_STEP)
from .speeds import is_display_speed  # noqa: F401  (DISPLAY_SPEED)
from .breakdowns import is_breakdown_part  # noqa: F401  (BREAKDOWN_PARTS)
from .change_columns import is_step_change  # noqa: F401  (STEP_CHANGE)
from .section_label import section_labelled  # noqa: F401  (SECTION_LABEL)
from .spread_column import with_spread_column as _with_spread_column
from .summed_parts import with_parts
from .spread_heading import spread_cells  # noqa: F401  (SPREAD_HEADING)
from .rates import among_cases, is_rated_measurement  # noqa: F401  (KEYED_RATE)
from .bench_blocks import case_fields  # noqa: F401  (BENCH_BLOCK)
from .held_blocks import held_block  # noqa: F401  (HELD_BLOCK)
from .row_marks import is_marked, read_after, row_text  # noqa: F401  (SPELLED_SYMBOL, PAREN_LAST_CELL, MARK_COLUMN)
from .line_kinds import (CONFIG_WORDS, RESULT_HEADING_WORDS, heading_kind,  # noqa: F401
                         is_done_mark_report, is_noise_line, under_banner,
                         EnvironmentBlocks)


def with_spread_column(named, line: str, before):
    """SPREAD_COLUMN's error of a line's one pair, after SUMMED_PARTS' parts of it."""
    return _with_spread_column(with_parts(named, line, before), line, before)
