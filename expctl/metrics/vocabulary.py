"""The vocabulary of names: which names count, bound, time, step or name a result.

The rules NOT_METRIC_WORDS, COUNTED_PLURAL, RATE_WORDS, RESULT_WORDS, TIME_COLUMNS,
STEP_COLUMNS, PROBED_POINTS and START_ASIDE's words of the rule table in `expctl.metrics.rules` (where each is
described, with its reason) are decided here; the readers call them through `rules`.
"""

from __future__ import annotations

import functools
import re

from ..lazyre import LazyPattern
from .change_columns import is_step_change
from .source_lines import is_owned_size

# -- NOT_METRIC_WORDS and RATE_WORDS ---------------------------------------------------------------

# Nouns whose numbers describe the setup: model size, data size, versions, bookkeeping.
_SETUP_NOUNS = frozenset(
    "params parameters param tensors tensor flops gflops macs vocab vocabulary version v_num "
    "size sizes bytes mb gb kb dim dims depth layers heads workers seed "
    "support index idx id pid port tolerance tol limit limits level verbosity random_state".split()
    # support: a class's sample count; an index names one; a tolerance or a limit (``time
    # limit``, ``(limit: 1)``) is a bound set for the run, as max_depth is; a level says where in a structure (``stack_level``), a verbosity how much
    # is printed; a random state (whole name: ``Random state``) is the seed, as ``seed`` is; a
    # port (``Server Port``) says where a server listens, as a pid says which process runs
)
# RUN_COUNTER: names of the run's own global counter (and the progress bar's version number).
_RUN_COUNTERS = frozenset(("v_num", "global_step", "globalstep", "total_timesteps",
                           "cycle",  # a solver's step key, new: no series of its own
                           "fold"))  # FOLD_INDEX (rules): which split of a cross-validation, no measure
# DATA_TIME: "data" alone, beside a step's "time" (torchvision's MetricLogger, timm): the time
# spent waiting for the batch, bookkeeping as data_time is.
_BOOKKEEPING_NAMES = frozenset(("data",))
# Words that make a number a count when a noun follows or precedes them.
_COUNT_WORDS = frozenset("num n count number total nb".split())
# Of those, the ones that make a count of whatever follows them, when it names no result.
_OPENING_COUNT_WORDS = frozenset("num n count number nb no nnz".split())  # "No. Observations"
# NONZERO_COUNT (rules): "nnz" reads "number of nonzeros" (``nnz_x``, ``nnz(A)``): a count of a
# vector's or a matrix's entries, as ``num_`` opens one.
# Of those, the ones that make a count of what comes before them ("GPU number", "CPU count").
_CLOSING_COUNT_WORDS = frozenset(("number", "count"))
# MEASURE_NUMBER (rules): a dimensionless measure named "<name> number", no count of anything
# ("Condition Number" of a matrix, a flow's "Reynolds number", a stability "Courant number").
_MEASURE_NUMBERS = frozenset("condition reynolds mach peclet prandtl nusselt courant rayleigh froude weber".split())
# An estimated count is a statistic of what the run produced (``n_eff``, the effective
# sample size of a chain), not a count set for it.
_ESTIMATED = frozenset(("eff", "effective"))
# SERIES_TIME (rules): a time of a series' statistics, counted in its steps, no clock's
# ("Mean Integrated Autocorrelation Time": how many steps a sampler's chain takes to forget).
_SERIES_TIMES = frozenset("autocorrelation autocorr correlation relaxation mixing".split())
# RESPONSE_TIME (rules): a time a system's response takes, on the response's own clock
# ("RiseTime", "settling time", "Peak_Time": step_info()'s): a result of the system, no clock's.
# QUEUE_TIME (rules): a time named by what a customer or job does in a modelled system
# ("waiting_time", "mean sojourn time", "ServiceTime": a queueing simulation's): its result too.
_RESPONSE_TIME = LazyPattern(r"(?i)(?:rise|settling|peak)[ _-]?time\Z|(?i:(?:\A|.*[\W_])(?:waiting|service"
                             r"|queueing|queuing|sojourn|residence|interarrival|turnaround|transit)[ _-]?times?\Z)")
_BOUND_WORDS = frozenset("max min maximum minimum".split())
_NORM_OF = LazyPattern(r"\|[^\W\d]\w{0,23}\|\Z")  # NORM_OF: "|min_val|", as NORM_NAME spells it
# BOUND_OF: "min(y)"; R's dotted name of a one-letter symbol's least or greatest ("min.c", the
# least the objective's coefficient c may be, sensitivity analysis's result)
# BOUND_SEGMENT: a bound word as a whole path segment between a thing and its quantity.
_BOUND_SEGMENT = LazyPattern(r"(?i)./(?:max|min|maximum|minimum)/[^\W\d][^/]*\Z")
_BOUND_OF = LazyPattern(r"(?i)(?:max|min|maximum|minimum)(?:\([^\W\d][\w.]*\)|\.[^\W\d_])\Z")
# INTERVAL_SETTING (rules): a name closed by "interval" or "every" says how often the run does
# something (``log_interval``, ``Optimization Interval: 10``, ``eval_every``): a setting; not
# an interval a statistic estimates (``95 percent confidence interval``).
_HOW_OFTEN = frozenset(("interval", "every"))
_INTERVAL_ESTIMATES = frozenset("confidence credible prediction tolerance percent".split())
# measured as training runs; MEASURED_DRAWDOWN (rules): a drawdown, as a strategy's returns run
_MEASURED_WORDS = frozenset("memory mem rss drawdown drawdowns".split())
# MEASURED_CHANGE: a name closed by a word of change says how far what it names moved between
# steps ("relative_params_change", "size change"): measured, though the thing is a setting.
_CHANGE_WORDS = frozenset(("change", "changes"))
# STATED_SPAN: an amount spelled before a counted noun ("five_steps", "10 epochs") states the span
# a value was measured over; a count of them would not state its own value in its name.
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten twenty hundred".split())
# Nouns that a count word turns into a count ("num_samples", "Total FLOPs", "n_updates").
_COUNTED_NOUNS = frozenset(
    "samples sample examples tokens steps timesteps iterations iters epochs batches updates "
    "episodes features classes items rows files nodes gpus devices trials instances images "
    "evals evaluations columns".split()
)
# RATE_WORDS: "per", "/s", "ps"; or a cost per operation closing the name ("ns/op", "allocs/op",
# "ns/iter", "ms/call": a benchmark's result, BENCH_CASE_NAME), or a likelihood or loss per unit
# of data ("bits/dim", "nll/token": normalised by the data's size, no size; "hidden/dim" is one).
_RATE = LazyPattern(r"(?:^|[\W_])(?:per|ps|io ?ps)(?:$|[\W_])|/s(?:ec(?:ond)?s?)?\b|_s$"
                    r"|[^\W\d_]/(?:ops?|iter|call|trial)\Z"
                    r"|(?:bits?|nats?|nll|loss|elbo)/(?:dim|token|pixel|char|sample)\Z", re.IGNORECASE)
_WORDS = LazyPattern(r"[^\W_]+")
_FORMULA = LazyPattern(r"\w\(\w+\)|\|\|")  # PROBED_POINTS: "lg(mu)", "||d||"
# SOLVER_MEASURE (rules): a norm named by the symbol of its vector (``gnorm``, ``r1norm``) or a
# gap (``Relative Gap``, ``duality gap``): a solver's measures of its iterate, no setting.
_SOLVER_MEASURE = LazyPattern(r"\A\w{1,2}norm\Z|(?:\A|[\W_])gap\Z", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def is_setup_name(name: str) -> bool:
    """True for a name whose number is a count, size or bookkeeping figure (NOT_METRIC_WORDS),
    unless the name is a rate (RATE_WORDS)."""
    words = [w.lower() for w in _WORDS.findall(name)]
    if not words:
        return False
    lowered = "_".join(words)
    if is_time_share(name) and not (_is_count(words) or _is_bound(words)):
        return False  # TIME_SHARE (rules): "Exposure Time [%]", a share of a whole, measured
    if _ESTIMATED.intersection(words) and ("sample" in words or "samples" in words):
        return False  # ESTIMATED_SAMPLES (rules): "Effective Sample Size", a chain's statistic
    if words[-1] == "size" and is_owned_size(name):
        return False  # SOURCE_LINE (rules): memory a profiler measured at "workload.py:6"
    if lowered == "param":
        return False  # PARAM_VALUE (rules): "Param." alone heads the parameters' values, as "Parameter"
    if lowered in _SETUP_NOUNS or lowered in _RUN_COUNTERS or lowered in _BOOKKEEPING_NAMES:
        return True
    if words[-1] in _CHANGE_WORDS and len(words) > 1 and not _BOUND_WORDS.intersection(words):
        return False  # MEASURED_CHANGE (rules): "relative_params_change", how far the params moved
    if len(words) == 2 and (words[0].isdigit() or words[0] in _NUMBER_WORDS) and words[1] in _COUNTED_NOUNS:
        return False  # STATED_SPAN (rules): "five_steps", the span a value was measured over
    if words[-1] in _HOW_OFTEN and len(words) > 1 and not _INTERVAL_ESTIMATES.intersection(words):
        return True  # INTERVAL_SETTING (rules): "Optimization Interval", "log_every"
    if words[0] in _BOUND_WORDS and _BOUND_OF.match(name):
        return False  # BOUND_OF (rules): "min(y)", the least of a quantity, written as a function of it
    if "/" in name and words[0] not in _BOUND_WORDS and _BOUND_SEGMENT.search(name):
        return False  # BOUND_SEGMENT (rules): "dd/max/drawdown", a thing's largest measured value
    if name[-1:] == "|" and _NORM_OF.search(name):
        return False  # NORM_OF (rules): "|min_val|", a quantity's magnitude, in a norm's bars
    setup = any(w in _SETUP_NOUNS and not (w == "size" and at and words[at - 1] == "step")
                and not _numbered(words, at)  # NUMBERED_ONE: "Dim.1", "layers.0"
                for at, w in enumerate(words)) or "v_num" in lowered  # STEP_SIZE: a length
    setup = setup and "metric" not in words  # SELF_NAMED_METRIC (rules): "Any Metric Level Total"
    timed = _TIME_NAME.search(name) is not None and not _SERIES_TIMES.intersection(words) and (
        _RESPONSE_TIME.match(name) is None) and not _amount_left(words)  # SERIES_TIME, RESPONSE_TIME
    if not (setup or _is_count(words) or _is_bound(words) or timed):
        return False
    if timed and words[-1] in ("s", "ms"):  # "elapsed_s": a time in seconds, not a rate
        return True
    return _RATE.search(name) is None


def _numbered(words: list[str], at: int) -> bool:
    """NUMBERED_ONE (rules): the word at `at` is followed by a whole number, the index of one
    of the things it names (``Dim.1``, FactoMineR's first dimension; ``layers.0``), no count."""
    return at + 1 < len(words) and words[at + 1].isdigit()


# STATISTIC_PEERS: a column of a statistic of each row's data ("p10", "p90", "mean", "median")
_PEER_WORDS = ("mean", "median", "avg", "average", "min", "max", "std", "sd")  # STATISTIC_PEERS: "mean.k."
_STATISTIC_COLUMN = LazyPattern(r"(?i)(?:p|q)\d{1,2}(?:\.\d+)?\Z|mean\Z|median\Z|avg\Z|average\Z|std\Z|stddev\Z")


def is_setup_among(name: str, names) -> bool:
    """`is_setup_name` of a table column `name` among its table's column `names`, but a bound's
    name (``max_sales``) beside a column of a statistic of each row's data (``p10``, ``mean``),
    or of the same thing (``max.k.`` beside ``mean.k.``), is that statistic, the max of the row's
    data (STATISTIC_PEERS, rules)."""
    if not is_setup_name(name):
        return False
    if is_step_change(name, names):
        return False  # STEP_CHANGE (rules): "max.diff" in a table of steps, measured at each
    words = [w.lower() for w in _WORDS.findall(name)]
    if not _is_bound(words) or words[0] not in _BOUND_WORDS or _is_count(words) or any(
            w in _SETUP_NOUNS for w in words) or _TIME_NAME.search(name):
        return True  # a count, a setting or a time besides: as before
    rest = name.strip()[len(words[0]):].lower()  # ".k." of "max.k.": what the bound is of
    peers = {word + rest for word in _PEER_WORDS} if rest[:1] in "._ " else ()
    return not any(other != name and (_STATISTIC_COLUMN.match(other.strip()) or other.strip().lower() in peers)
                   for other in names)  # "max.k." beside "mean.k.": a statistic of each row's k


# DF_COUNT: a name whose last word is df or dof ("df", "Df", "Res.Df", "Resid. Df",
# "model_dof"), or that says degrees of freedom; a count only with a whole number (Welch's
# "df = 18.332" is estimated, as mgcv's "Ref.df  3.753" is; "df" for a change in f is a decimal).
_DF_COUNT = LazyPattern(r"(?:^|[\W_])do?f\Z|deg(?:rees?|\.)? of freedom", re.IGNORECASE)


def is_df_count(name: str, value: str) -> bool:
    """DF_COUNT (rules): True for degrees of freedom printed as a whole number (R's ``Df`` and
    ``Res.Df`` columns over ``1``, ``29``)."""
    return value.isdigit() and _DF_COUNT.search(name) is not None


_PLURAL = LazyPattern(r"[^\W\d_]{2,}[^\Wasiu_\d]s\Z", re.IGNORECASE)  # not "loss", "bias", "focus"


_COUNT_PER_STEP = LazyPattern(r"(?:[^\W\d_]+[ _])?([^\W\d_]+)(?:[ \t]*/[ \t]*|[ _]per[ _])"
                              r"(?i:epoch|batch|step|iteration|iter|episode|round|update)")


def is_counted(name: str, value) -> bool:
    """COUNTED_PLURAL: a one-word name in the plural whose value is a whole number printed
    without a point (``moves: 7``, ``restarts: 0``): a count of things, unless the word names a
    result (``errors``, ``rewards``) or a rate (``fps``)."""
    if not (isinstance(value, int) or (isinstance(value, str) and value.isdigit())):
        return False
    if _DF_COUNT.search(name):
        return True  # DF_COUNT (rules): "df = 18"
    if (per := _COUNT_PER_STEP.fullmatch(name)) and per.group(1).lower() in _COUNTED_NOUNS:
        return True  # COUNT_PER_STEP (rules): "Batches/epoch: 19", how many a step holds
    if _ORDER_WORDS.intersection(name.lower().replace("_", " ").split()):
        return True  # MODEL_ORDER (rules): "Polynomial Order Est. (p): 1", "degree = 3"
    last = name.rsplit(" ", 1)[-1]  # "Neighbor list builds = 25": the words say what is counted
    if " " in name and _is_plural_opened(name):
        last = name.split(" ", 1)[0]  # PLURAL_OPENED (rules): "Nodes expanded: 340", "Terms eligible"
    return (_PLURAL.match(last) is not None and " sum of " not in f" {name.lower()} "  # a sum of amounts and last.lower().rstrip("s") not in _RESULT_WORDS
            and last.lower() not in _RESULT_WORDS and _RATE.search(name) is None
            and not is_result_name(name))


def _is_plural_opened(name: str) -> bool:
    """PLURAL_OPENED: a name opened by a plural and closed by words of running text after it,
    all lower-case (``Nodes expanded``, ``Rows left after filtering``): the words qualify what
    is counted, as an adjective before it does (``Model terms``)."""
    first, rest = name.split(" ", 1)
    return first[:1].isupper() and _PLURAL.match(first) is not None and all(
        word.isalpha() and word.islower() for word in rest.split(" "))


_ORDER_WORDS = frozenset(("order", "degree"))  # MODEL_ORDER: a model's order, a polynomial's degree


# COUNT_COLUMNS: a count word alone, or degrees of freedom, naming a column of a result table
# (``n``, ``count``, ``dof``, ``DF``); as a pair's name (``n: 42``) it stays a metric.
_COUNT_COLUMNS = frozenset("n count counts nobs dof df nnz".split())  # NONZERO_COUNT: "nnz" alone


def is_count_column(name: str) -> bool:
    """True for a table column of counts (COUNT_COLUMNS) or of any count, size or
    bookkeeping figure (NOT_METRIC_WORDS)."""
    return name.strip().lower() in _COUNT_COLUMNS or is_setup_name(name)


def _amount_left(words: list[str]) -> bool:
    """AMOUNT_LEFT (rules): ``remaining`` after a noun that is no time (``Funds remaining``,
    ``budget_remaining``) says how much of it is left, no time to go (``remaining``, ``time
    remaining``); of a counted noun, a count (``Epochs remaining``)."""
    if "remaining" not in words or len(words) < 2:
        return False
    rest = [word for word in words if word != "remaining"]
    return _TIME_NAME.search(" ".join(rest)) is None and not _is_count(rest)  # "Epochs remaining": a count


def _is_count(words: list[str]) -> bool:
    """A count: a count word with a counted noun (``Total FLOPs``, ``num_samples``), a name
    opened by a count word and naming no result (``n_estimators``, ``num_layers``; not
    ``n_correct``), or one that ends in a counted noun in the plural (``out_features``,
    ``Gradient Accumulation steps``; not ``correct_samples``)."""
    last = words[-1]
    if _STAT_WORDS.intersection(words[:-1]):
        return False  # AVERAGED_COUNT (rules): "Avg Steps", "mean episode length": a measure
    if last in _COUNTED_NOUNS and last.endswith("s") and not any(
            w in _RESULT_WORDS for w in words):
        return True
    if any(w in _COUNT_WORDS for w in words) and any(w in _COUNTED_NOUNS for w in words):
        return True
    if "sum" in words and any(w in _COUNTED_NOUNS or w + "s" in _COUNTED_NOUNS for w in words) and not (
            any(w in _RESULT_WORDS for w in words)):
        return True  # "weighted example sum": the examples' weights summed, a count of them
    if last == "number" and words[-2:-1] and words[-2] in _MEASURE_NUMBERS:
        return False  # MEASURE_NUMBER: "Weighting Matrix Condition Number", a measure
    if len(words) > 1 and (last in _CLOSING_COUNT_WORDS or words[0] == "total" and (
            _PLURAL.match(last) is not None and "sum" not in words)) and not is_result_name("_".join(words)):
        return True  # "GPU number", "total feature number", "Total extinctions"; not "Total Sum of Squares"
    return (words[0] in _OPENING_COUNT_WORDS and len(words) > 1
            and not any(w in _RESULT_WORDS or w in _ESTIMATED for w in words))


def _is_bound(words: list[str]) -> bool:
    """A bound set for a run, ``max``/``min`` with a word that names no result and nothing
    measured as it runs: ``max_features``, ``min_samples_leaf``, ``max_grad_norm``; not
    ``max_acc``, ``min_val_loss``, ``max_memory``."""
    at = next((at for at, w in enumerate(words[:-1]) if w in _BOUND_WORDS), None)
    return (at is not None and not _MEASURING.intersection(words[:at])  # "base_min_freq" too
            and not any(w in _RESULT_WORDS or w in _MEASURED_WORDS for w in words))


# Words before max/min that make it a statistic of what was measured ("avg_max_q", "ep_max_q",
# "test_min_dist"): a statistic, a phase, a step; another qualifier leaves it a bound.
_MEASURING = frozenset("mean avg average median running best train training val valid validation "
                       "test testing eval evaluation dev ep episode epoch step iter iteration "
                       "batch round gen generation".split())


_STAT_WORDS = frozenset("mean avg average median".split())


def is_measured_bound(name: str, names) -> bool:
    """MEASURED_BOUND: ``max wait`` beside ``mean wait`` on one line is the largest of what
    was measured, not a bound set for the run: a mean of the same thing is among `names`."""
    words = [w.lower() for w in _WORDS.findall(name)]
    if len(words) < 2 or words[0] not in _BOUND_WORDS:
        return False
    rest = words[1:]
    return any(other[:1] and other[0] in _STAT_WORDS and other[1:] == rest
               for other in ([w.lower() for w in _WORDS.findall(n)] for n in names))


# -- RESULT_WORDS ------------------------------------------------------------------------------------

# Words that name what a run produces (a result), and words that turn such a name into a setting.
_RESULT_WORDS = frozenset(
    "loss losses acc accuracy error err errors f1 precision recall auc roc score scores bleu "
    "rouge perplexity ppl reward rewards return returns mse mae rmse iou dice map wer cer nll "
    "likelihood deviance top1 top5 correct energy throughput "
    "r2 rsquared "  # a fit's R², what it explains ("min_r2" is a measured bound, no setting)
    "hat "  # ESTIMATE_HAT (rules): a statistician's hat, an estimate (sigma2_hat, r_hat)
    "mrr ndcg".split()  # RANKING_WORDS (rules): a ranking's MRR, NDCG@k (and hits at k: _HITS_AT)
)
_SETTING_WORDS = frozenset(
    "weight weights scale scaling factor coef coeff coefficient threshold thresh smoothing "
    "margin alpha beta gamma temperature type fn func function clip target goal patience "
    "min_delta delta".split()
)

# CAMEL_RESULT (rules): a class's name joined in camel case closes on what it measures
# (``MeanAbsolutePercentageError``, ``MulticlassAccuracy``): its last capitalised word, after a
# lower-case letter, counts as one of the name's words (``LossScaler`` closes on no result).
_CAMEL_TAIL = LazyPattern(r"(?<=[a-z])([A-Z][a-z]+)(?![A-Za-z])")


# RANKING_WORDS: hits at a cut-off, "Hit@10", "hits_at_3" (a hit alone may be a count: jiwer's)
_HITS_AT = LazyPattern(r"(?i)(?:^|[\W_])hits?(?:@|_at_)\d")


@functools.lru_cache(maxsize=4096)
def is_result_name(name: str) -> bool:
    """True for a name that says it is a result (RESULT_WORDS): ``train_loss``, ``val acc``,
    ``f1_macro``, ``top5_accuracy``; not ``loss_weight`` or ``label_smoothing``."""
    words = [w.lower() for w in _WORDS.findall(name)]
    words += [camel.group(1).lower() for camel in _CAMEL_TAIL.finditer(name)]
    return (any(w in _RESULT_WORDS or w.rstrip("0123456789") in _RESULT_WORDS for w in words)
            or _HITS_AT.search(name) is not None) and not any(w in _SETTING_WORDS for w in words)


# P_VALUE: "p-value", "p_value", "pvalue", "p.val", "Pr(>F)", "p adj": a test's p-value.
_P_VALUE = LazyPattern(r"(?:^|[\W_])p[-_. ]?val(?:ue)?s?(?:$|[\W_])|^Pr?\(>|^p[ ._]adj", re.IGNORECASE)


def is_p_value(name: str) -> bool:
    """P_VALUE (rules): True for a name that says it is a test's p-value, which is what the
    test found, never a setting."""
    return _P_VALUE.search(name) is not None


# MEASURE_HEAD (rules): words for what a sentence measures, besides the result words: an area
# (under a curve), a criterion (REML's, an information criterion), a fitness, a statistic.
_MEASURE_WORDS = frozenset("area criterion fitness statistic coefficient estimate objective correlation se penalty".split())  # a correlation's


def is_measure_name(words: list[str]) -> bool:
    """MEASURE_HEAD: True for the head words of a sentence that measure something: a measure
    word (``Area``, ``REML criterion``), an effective sample count (ESTIMATED_SAMPLES) or a
    named test's statistic (``F-test``, ``t-test``)."""
    lowered = [w.lower().rstrip(",") for w in words]  # "Polychoric Correlation, ML est."
    return (any(w in _MEASURE_WORDS or w.endswith("-test") for w in lowered)
            or bool(_ESTIMATED.intersection(lowered)) and any(w.startswith("sample") for w in lowered))


# -- TIME_COLUMNS and STEP_COLUMNS -----------------------------------------------------------------

_TIMES = (r"time|times|eta|remaining|elapsed|duration|dur|wall|clock|date|timestamp|secs?|seconds"
          r"|second(?![ _-][^\W\d])"  # ORDINAL_SECOND (rules): not "second half", an ordinal before its noun
          r"|progress")  # how far the run has come: a bar's bookkeeping, as its eta is
_SPEEDS = r"fps|speed|throughput|it/s|s/it"
# TIME_COLUMNS: a table's time and speed columns; of a pair's name, its time words only (a
# speed printed as a pair is a rate, and rates stay metrics: RATE_WORDS).
# TIME_COMPOUND (rules): not a time word joined by a hyphen to the noun it qualifies
# ("Time-series SE": a statistic of the series, no time).
_TIME_COLUMN = LazyPattern(rf"(?:^|[\W_])(?:{_TIMES}|{_SPEEDS})(?:$|(?!-[^\W\d_])[\W_])", re.IGNORECASE)
# ... and a one-word name glued to a time ("walltime", "usertime", "dtime"; a solver's report)
# ... and a time per unit of work ("ms/batch", "s/it", "sec/step": how long each took)
_TIME_NAME = LazyPattern(rf"(?:^|[\W_])(?:{_TIMES})(?:$|(?!-[^\W\d_])[\W_])|\A[^\W\d_]+time\Z"
                         r"|\A(?:ms|s|sec|secs|us|min)/[^\W\d_]+\Z", re.IGNORECASE)
_STEP_COLUMNS = {  # lower-cased column name -> rank; the lowest rank is the finest counter
    "total_timesteps": 0, "timesteps": 0, "global_step": 0, "step": 1, "steps": 1, "#": 1,
    "iter": 2, "iteration": 2, "iters": 2, "round": 2, "fold": 2, "update": 2, "updates": 2,
    "epoch": 3, "e": 3, "ep": 3, "epochs": 3,
    "gen": 3, "generation": 3, "generations": 3,  # an evolutionary search's epoch
    "tree": 2, "ntree": 2,  # GROWN_COUNT: a forest's or a booster's trees grown so far
}
_PHASE_WORDS = frozenset("train training val valid validation eval evaluation test".split())
_CUT_STEP_WORDS = ("iteration", "epoch", "generation", "step", "round", "update")  # ABBREVIATED_STEP
# CONTRACTED_STEP: the step words a column may contract by dropping letters (``itn``); not
# "generation" or "round", whose contractions spell other words (``gene``, ``rod``).
_CONTRACTED_WORDS = ("iteration", "epoch", "step", "update")
# A step column spelt as the number of its step word, singular (``niter``, ``n_gen``,
# ``num_epoch``); a plural (``n_epochs``) is a count set for the run.
_NUMBERED_STEP = LazyPattern(r"(?:n|num|nb)_?(iter|iteration|step|epoch|gen|generation|round)\Z")
# GROWN_COUNT (rules): a column spelt out as the number of what the run has grown or taken so far
# (``number_of_trees``: a booster's rounds, one tree each), a plural in full words.
# ``#`` reads "number of" (``#Estimators``: an ensemble's members fitted so far, one per round).
_GROWN_COUNT = LazyPattern(r"(?:number[_ ]of[_ ]|# ?)(trees|estimators|iterations|epochs|rounds|steps|updates)\Z")


# START_ASIDE: names of where a fitted value started ("(init = 10)", lmfit's report).
_START_NAMES = frozenset("init initial start guess init_value initial_value".split())


def is_start_name(name: str) -> bool:
    """True for a name saying where a fit started (START_ASIDE): a setting, not a result;
    ASIDE_SETTING: or a setting's word alone (``cost: 379.89 (gamma 0.551)``, RESULT_WORDS'
    _SETTING_WORDS), the setting the value was reached under."""
    return name.lower() in _START_NAMES or name.lower() in _SETTING_WORDS


def is_time_share(name: str) -> bool:
    """TIME_SHARE (rules): a time named with a percent (``% Time``, ``Exposure Time [%]``) is a
    share of a whole, no clock's reading."""
    return "%" in name and "time" in name.lower()


@functools.lru_cache(maxsize=4096)
def is_time_column(name: str) -> bool:
    return _TIME_COLUMN.search(name) is not None and _RESPONSE_TIME.match(name) is None and (
        not is_time_share(name))  # RESPONSE_TIME, TIME_SHARE


def probed_columns(names: list[str], steps: list[int | None]) -> int:
    """PROBED_POINTS: where the columns of settings start in a search's table (``iter | target
    | log_C | log_gamma``): after a step column and an objective column, when no column after
    them names a result or is a formula of a quantity (``lg(mu)``, ``||d||``: a solver's
    measures of its iterate, no setting it was given); else past the last column."""
    if (len(names) > 2 and steps[0] is not None and names[1].strip().lower() in (
            "target", "objective", "fitness", "value")
            and not any(map(is_result_name, names[2:]))
            and not any(_FORMULA.search(name) or _SOLVER_MEASURE.search(name.strip()) for name in names[2:])
            and not any(is_step_change(name, names) for name in names[2:])):  # STEP_CHANGE: the iterate's move
        return 2
    return len(names)


def step_column_rank(name: str) -> int | None:
    """The rank of a step-like table column (lower is finer), or None."""
    key = name.strip().lower().rsplit("/", 1)[-1]
    if key[-1:] == "." and len(key) > 2 and key[:-1].isalpha():
        # ABBREVIATED_STEP (rules): a step word cut short with a full stop ("It.", "Iter.", "Gen.")
        return next((_STEP_COLUMNS[word] for word in _CUT_STEP_WORDS if word.startswith(key[:-1])), None)
    rank = _STEP_COLUMNS.get(key)
    if rank is None and "_" in key and key.split("_", 1)[0] in _PHASE_WORDS:
        rank = _STEP_COLUMNS.get(key.split("_", 1)[1])  # "training_iteration": that phase's step
    if rank is None and (key == "counter" or key.endswith((" counter", "_counter"))):
        rank = 1  # "example counter": how many of them the run has taken, as a step counts
    if rank is None and key[:1] == "n":
        numbered = _NUMBERED_STEP.match(key)
        rank = _STEP_COLUMNS[numbered.group(1)] if numbered else None
    if rank is None and key[:1] in "n#" and _GROWN_COUNT.match(key):
        rank = 2  # GROWN_COUNT: "number_of_trees" over the rows of a scoring history
    if rank is None and len(key) >= 5 and key.isalpha():
        # a step word cut to fit its column ("Iterat", "Generat"): the word it begins; not a
        # whole word of one ("total" of "total_timesteps": a column of totals, TOKEN_COLUMNS)
        rank = next((r for word, r in _STEP_COLUMNS.items()
                     if len(word) > len(key) and word.startswith(key) and word[len(key)] != "_"), None)
    if rank is None and 3 <= len(key) <= 5 and key.isalpha():
        rank = _contracted_step(key)
    return rank


def _contracted_step(key: str) -> int | None:
    """CONTRACTED_STEP (rules): the rank of the step word `key` contracts (``itn``, ``itr``,
    ``epch``, ``stp``): its first two letters, then letters of it in order, a last letter
    doubled (``iterr``) read once."""
    if key[-1] == key[-2]:
        key = key[:-1]
    for word in _CONTRACTED_WORDS:
        if key[:2] == word[:2] and _in_order(key[2:], word[2:]):
            return _STEP_COLUMNS[word]
    return None


def _in_order(letters: str, word: str) -> bool:
    """True when each of `letters` is found in `word` after the one before it."""
    rest = iter(word)
    return all(letter in rest for letter in letters)


def is_symbol_column(name: str) -> bool:
    """A step column whose name is no word (``#``, ``E``): its value is the step, not a metric."""
    return len(name.strip()) <= 1
