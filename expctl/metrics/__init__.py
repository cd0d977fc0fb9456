"""Metrics out of a command's output: bytes → lines (`LineSplitter`) → points (`MetricParser`).

The recorder feeds each output stream's raw chunks to its own `LineSplitter` and every line it
returns to the run's one `MetricParser`, whose `parse` returns ``(name, step, value)`` tuples.
The exact line contract is in `expctl.metrics.splitter`. The modules, one job each:

``splitter``   bytes → lines: decoding, redraws (``\\r``, cursor moves), escapes
               (``line_blocks`` its bookkeeping on blocks of lines left uncut)
``grammar``    what a metric line looks like, defined once: numbers, names, pairs, the
               candidate rules (`may_hold_metrics`) and the look-alike exclusions, each with
               its reason
``scan``       which lines of a block may hold a metric: regex scans derived from `grammar`,
               or ``_scan.c`` compiled (its characters generated from `grammar`, its answers
               checked against it)
``formats``    how a line's pairs and plain prints are read (`read_line`: every format;
               ``pair_names`` the words that name a pair);
               ``objects`` JSON and dict lines; ``prefixes`` boosting rounds, step prefixes
``tables``     aligned, barred and boxed tables, vertical key/value blocks
``rules``      what is rejected or re-classified, each rule with its reason (one table)
``printed_config``, ``held_config``   printed configuration → params (``config_records``
               a record that is settings: a JSON or dict line)
``spread``     objects printed over several lines, read as one record
``steps``      step keys; ``templates`` the fast path for repeated lines;
``user_patterns``  ``--metric-pattern``; ``context``  the lines around a line; ``readings``
               the latest lines' readings, kept (a redraw is read once)
``parser``     `MetricParser`: the order the above run in, and how steps are assigned

The metric grammar: what is recognised (readers in `formats`, `objects`, `prefixes`, `tables`)
==============================================================================================

Key-value pairs, any number per line
    ``name: value`` (whitespace after the colon is required, so ``host:8080`` is no pair),
    ``name = value`` and ``name=value``; whitespace before the ``:`` or ``=`` is allowed. The name
    may be quoted (``'loss': 0.5``). Pairs are found anywhere in the line, separated by spaces,
    tabs, ``,``, ``|``, ``;``, `` - ``, brackets.

    *Name*: starts with a letter (any script) or ``_``, continues with letters, digits and
    ``_ . / - @`` (``Acc@1``); a trailing ``.`` or ``-`` is dropped (``acc.: 0.9`` → ``acc``). Names are kept
    as printed (``val/acc``, ``train.loss``, ``Loss``). Words right before the name belong to it
    when they open a field (at the line start or after a separator ``- | , ; : ] ) }``):
    ``Validation score: 0.3`` is ``Validation score``, ``Test set: Average loss: 0.1`` is
    ``Average loss``, but in ``12:00:00 INFO loss: 0.2`` the name is ``loss``. Four words or
    more, or a word such as ``of``/``in``/``the``, make a sentence, not a name: ``Number of
    positive: 161`` gives nothing. A name containing ``version`` gives nothing.

    *Value*: an integer or decimal with an optional sign and exponent (``3``, ``-0.5``, ``.5``,
    ``1.``, ``1e-3``, ``5e-05``, ``+2E+10``), or ``nan``, ``inf``, ``infinity`` in any case and
    with a sign; an optional ``%`` right after it is dropped (``93.7%`` → 93.7). The value must be
    followed by the end of the line, whitespace, ``|``, ``;``, ``)``, ``]``, ``}``, or a ``,`` that
    is not followed by a digit. When whitespace and a word follow, the word must lead to the next
    pair (``loss: 0.5 acc: 0.9``): ``using: 0 TPU cores`` and ``time: 0.01 seconds`` give nothing.

JSON objects and Python dicts
    A line that, once stripped, starts with ``{`` and ends with ``}`` is read with `json.loads`,
    or, when it is no JSON, as a Python dict with `ast.literal_eval` (never evaluated). Numbers
    become points; nested objects are flattened with ``/`` (``{"val": {"acc": 0.9}}`` →
    ``val/acc``); booleans, lists and null are ignored; keys are stripped and empty keys are
    skipped; ``NaN`` and ``Infinity`` are accepted; an integer too large for a float is ±inf.
    JSON strings are not read (a metric inside ``{"msg": "loss: 0.3"}`` is not one), but a
    Python dict's strings that hold a number are, as Hugging Face's Trainer prints them
    (``{'loss': '0.6955', 'epoch': '1'}``), and so are NumPy scalars (``np.float64(0.5)``).
    A line that is neither is read as key-value pairs. An object printed over several lines
    (``pprint``, Rich, ``json.dumps(indent=2)``) is read as one record, from the line that
    opens it (``{`` first) to the line that closes it (`expctl.metrics.spread`).

Gradient-boosting logs
    XGBoost ``[5]\\tvalidation_0-logloss:0.31234\\t…``, LightGBM ``[10]\\tvalid_0's l2: 0.2``
    and CatBoost ``0:\\tlearn: 0.68\\ttest: 0.69\\tbest: 0.69 (0)\\ttotal: 5ms``: the
    round number is the step of every field; a field's name is all its text before the colon;
    fields whose value has a unit (``total: 5ms``) are skipped.

Tables
    A header row of names followed by rows of numbers, whitespace-aligned, ``|``-separated or
    box-drawn, and Stable-Baselines3's vertical ``| key | value |`` blocks: see
    `expctl.metrics.tables`. Each row is one step.

Printed configuration
    Lines that are configuration (a YAML-like dump, ``Namespace(...)``, a line or JSON event
    marked config, ``key: value`` lines before any training output) give no points: their
    entries go to `MetricParser.params`, ``(name, text)`` in the order found, which the recorder
    stores as params with source ``output``. A ``key: value`` line printed before training
    output is held back until the output tells: training output follows (config), its key is
    printed again (a metric), or the output ends (`finish`: a metric). See
    `expctl.metrics.printed_config` and the CONFIG rules of `expctl.metrics.rules`.

Not metrics, labels and phases
    Names of counts, sizes and bookkeeping, warnings and library info lines give nothing; a
    leading phase label qualifies names (``train/Avg loss``), other labels are dropped. The
    rules, each with its reason, are in one table: `expctl.metrics.rules`.

Plain prints
    A line made only of name/number pairs, ``epoch 4 loss 0.2231 val_acc 0.874`` or nanoGPT's
    ``iter 3: loss 0.41, time 12.3ms, mfu 2.31%``: at least two pairs, at least one number with a
    decimal point, the line ending with a number; names of one to three words; pairs separated
    by spaces, ``,``, ``;``, ``:``, ``|`` or ``-``; a number with a unit is skipped. Leading
    bracketed tags (``[08:55:54]``) and a trailing source location (``train.py:48``, Rich's log)
    are allowed.

Steps
    How each point gets its step (step keys, boosting rounds, step prefixes, carried headers,
    per-name counters) is in `expctl.metrics.parser`.

Deliberately not recognised (look-alikes; each rule and its reason: `grammar`, LOOK_ALIKES)
    times ``12:30:45``, ``[00:01<00:01``, dates ``2026-01-01``, versions ``torch: 2.1.0`` and
    ``CUDA Version: 12.2``, rates ``45.2it/s`` and ``3.1s/step``, counts ``32/32``, a progress
    bar's percentage ``Training:  50%|``, hex ids ``0x1f``/``3fa2b1c``, URLs
    ``http://x:8080/?loss=0.5``, addresses ``127.0.0.1:5000``, paths
    ``ckpt/epoch=1-step=8.pt``, numbers with units ``5ms``, ``total: 1.2ms``,
    ``remaining: 3s``, thousands ``1,234``, a number followed by a sentence's full stop
    (``loss: 0.5.``), a conversion ``pavg=0.53 -> initscore=0.14``.
"""

from __future__ import annotations

from expctl.metrics.parser import MetricParser
from expctl.metrics.splitter import LineSplitter

__all__ = ["LineSplitter", "MetricParser"]
