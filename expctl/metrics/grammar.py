"""What a metric line looks like: the one definition of the metric grammar (issue 16, item 4).

Everything about the *spelling* of a metric line is defined here once:

* the spelling of a number and of a name (`NUMBER`, `NAME`, `WORD`; FUNCTION_NAME: a pair's
  name may be a quantity written as a function of its arguments, ``f(x)``, ``E(CCSD)``,
  `FUNCTION_ARGS`) and of a key-value pair (`PAIR`), which the readers in `formats` and
  `tables` use;
* the **candidate rules** (table below): the cheap test `may_hold_metrics` that most output
  lines stop at. The three fast scans are derived from these pieces: the whole-block regex
  scans of `scan.py` (`block_scans.block_scans`, for text and ASCII bytes), the character tables of
  the compiled scan, ``_scan.c``, whose ``GRAMMAR`` block is generated from them (``python
  -m expctl.metrics.write_scan_grammar`` rewrites it). ``tests/test_metrics_scans.py`` fails
  when that block is stale, and checks the C scan line by line against `may_hold_metrics` on
  generated lines and on every line of the corpus;
* the **look-alike exclusions** (second table): text spelt like a pair that is no metric; the
  patterns of what stands around a pair's value (QUANTITY, ARROWS, RATIOS, ROW_OF_NUMBERS,
  PROGRESS_COUNTS) are spelt from these pieces in `value_surroundings`, beside their one reader.

What a pair *means* once read (a count, a config entry, a phase) is decided by the rules of
`expctl.metrics.rules`, never here, and never by the scans.

Candidate rules: a line may hold a metric (or be a step header, a table row or header) when
===================  ====================================  ===========================  =====================
rule                 shape                                 example                      why
===================  ====================================  ===========================  =====================
COLON_NUMBER         ``:``, SPACE+, a NUMBER_START         ``loss: 0.5``                the common pair
EQUALS_NUMBER        ``=``, SPACE*, a NUMBER_START         ``loss=0.5``, ``lr = 3e-4``  the other pair
TAB_FIELD            ``]`` or ``:`` then a tab             ``[5]\\tvalid-logloss:0.3``  booster logs
ARROW_NUMBER         ``->``, SPACE*, a NUMBER_START        ``(0.23 --> 0.16)``          a value's change
ENDS_IN_NUMBER       last non-SPACE: a digit, ``%``, a     ``epoch 3 loss 0.2``,        plain prints, step
                     TABLE_BAR, a rule's ``─━═``           ``| 0.5 |``, ``54 %``,       headers, table rows,
                                                           ``── Epoch 2/5 ──``          a titled rule
ENDS_IN_HEADING      HEADING_END (``:``) last, a digit     ``Epoch 3:``, ``Best model   a heading naming its
                     anywhere in the line                  at step 3000:``, ``Round 2   step, over the lines
                                                           stats:``                     it heads
ENDS_IN_SENTENCE     a digit (``%``) then ``.``            ``inertia 123.4.``           a number ending a
                                                                                        sentence of a log
ENDS_IN_CODE         a digit, 1 to 8 spaces, then ``.``    ``s(x3)  1.00  0.0645 .``    R's significance
                                                                                        code ``.`` closing
                                                                                        a coefficient row
ENDS_IN_UNIT         a COLUMN_EDGE (or ``->`` and a        ``1   0.5   0.93s``,         a table row's or a
                     space), a number, an optional space,  ``| 2.85 ms/iter``,          plain print's time
                     then one to UNIT_LETTERS letters, or  ``  64 allocs/op``,          or speed column last,
                     one to RATE_UNIT_LETTERS letters,     ``- f:3 -> 11.4MB``          a benchmark's rate,
                     ``/`` and one to RATE_LETTERS letters                              a listed size
ENDS_IN_DECORATION   SPACE, then a run of DECORATION       ``=== Epoch 3 ===``,         a decorated step
                     (``=*#~-``) closing the line, after   ``*** Running generation     header, a row
                     what would make a candidate on its    3 ***``, ``  0.07s *``       marked best: what
                     own (a digit, a unit in a column)                                  is before it decides
ENDS_IN_TIMED_FIELD  a number, an optional space, a unit   ``Iteration 50, KL 2.17, 50  a field saying how
                     as ENDS_IN_UNIT's, after a space,     iterations in 0.18 sec``,    long it took closes
                     ``:`` or ``=``, in a line holding     ``time:1.60s``               a line of fields
                     ``,``, ``;``, `` - `` before a
                     letter, a bar, a tab or two spaces
ENDS_IN_TENSOR       ``)`` or ``}`` in a line holding      ``loss tensor(0.6, ...)``,   PyTorch's repr, a
                     ``tensor(``                           ``m: {'a': tensor(0.5)}``    dict of tensors
ENDS_IN_ASIDE        a digit then ``)``, SPACE between     ``loss 0.41 (lr 0.9700)``,   a value in an aside
                     them or not; or an aside opened by a  ``±1.2% (8 runs sampled)``,  closing the line, or
                     digit, up to ASIDE_REACH more         ``95%  ( 0.73,  0.90 )``     a count of what the
                     characters (no parenthesis)                                        values were made of;
                                                                                        R's interval bounds
ENDS_IN_PAIRS        a digit then PAIRS_END ``)])``        ``OrderedDict([('hit',       a dict printed as
                                                           0.15)])``                    its list of pairs
ENDS_IN_LIST         a digit then ``]`` or ``]]``          ``0  [4.1e+01, 1.1e-01]``    a table's cell of a
                                                                                        list of numbers
ENDS_IN_TIMED_ASIDE  a digit, one to UNIT_LETTERS         ``... [total:0.01s``         a line of fields
                     letters, then ``]``                   ``iter:0.00s]``              closed by its timing
ENDS_IN_INTERVAL     a digit, then ``%`` or an optional      ``time: [3.03 µs 3.17 µs     a value and its
                     space and a unit as ENDS_IN_UNIT's    3.33 µs]``, ``[-69.9%        confidence interval
                     (or ``µs``), then ``]``                -57.1% -33.2%]``             in brackets, units
                                                                                        and all (criterion)
ENDS_IN_ITEMS        ``)]``                                ``[('loss', 0.5), ('n',      a list of a dict's
                                                           nan)]``                      items (ITEM_LIST)
ENDS_IN_LISTED_LINE  a digit, a quote, then ``]``         ``['At iteration 3 the      a line printed as
                                                           best fitness is 22.9']``     a list of one string
ENDS_IN_WORD_CELLS   a digit (a ``%`` after it at most),   ``0.35  False   log``,       a table's text
                     then one or two words of ASCII        ``0.91\tok``                 columns (a flag, a
                     letters (up to WORD_CELL_LETTERS)                                  category) closing
                     each after a gap of two or more                                    a row of numbers
                     spaces or tabs, or one tab (one
                     space before a word in capitals:
                     R's ``0 FALSE``, ``NA``; a
                     backslash before the last word:
                     a LaTeX symbol, TRAILING_LABEL);
                     the digit one of the line's last
                     WORD_CELLS_REACH characters
LABEL_CELL           a digit (a ``%`` after it at most),   ``0.21  mean_radius``,       a row that puts its
                     a gap as ENDS_IN_WORD_CELLS', then    ``0.05 ± 0.02  od280/od315`` value first and its
                     one label (a letter, then letters,                                 label last (eli5's
                     digits, ``_./-``, up to                                            weights, a feature
                     LABEL_CELL_LETTERS) closing the line                               and its importance)
ENDS_IN_OBJECTS      one to OBJECT_CELLS cells ``<...>``   ``1 sort  0.5  110.3ms       what stands before
                     (no ``<>`` inside, up to              <NULL> <tibble [2 × 3]>``    decides: a row's
                     OBJECT_REACH characters), each                                     cells of objects
                     after SPACE, closing the line, what                                (R's list columns)
                     stands before a candidate on its own
ENDS_IN_LATEX_ROW    ``\\\\`` then up to LATEX_RULES rule    ``train & 0.04 & 0.99        what stands before
                     commands (``\\hline``: a backslash,    \\\\ \\hline``                  decides: a LaTeX
                     up to LATEX_RULE_LETTERS letters)                                  table's row (pandas,
                     closing the line, what stands before                               tabulate)
                     ``\\\\`` a candidate on its own
ENDS_IN_NONFINITE    SPACE, an optional sign, then one of  ``change inf``,              a value that is not
                     NONFINITE (any case) closing the      ``| loss  NaN``              finite is still a
                     line (``nan``, ``inf``, ``infinity``)                              value: a diverged
                                                                                        loss, a first change
ENDS_IN_STEP_COUNT   ``after``, one SPACE, a count, one    ``lower bound 41.26, BIC     a line of fields
                     SPACE, one of STEP_COUNT_WORDS in     -690.1, converged after 24   closed by how many
                     the plural (any case), closing the    iterations``                 steps it took
                     line                                                               (AFTER_STEPS)
ENDS_IN_BAR_ASIDE    SPACE, ``|`` and a space (or ``(``    ``1.2 ops/s, ±2.95%   |      what stands before
                     ... ``)``), up to ASIDE_REACH         64.12% slower``, ``15 ms     decides: a verdict
                     characters, after a candidate         (longest request)``          or a note after it
ENDS_IN_MARKS        a digit then SUPERSCRIPTS (footnote   ``b   dense   0.423ᵃ``,      a table's cell with
                     marks), or an amount then a run of    ``sort  3.2 µs  ▁▃█▅``       its significance
                     SPARKS (non-ASCII: no compiled scan)                               marks; a row's chart
VALUE_FIRST          SPACE*, a number (digits and dots,    ``  0.9341  = Validation     a report that puts
                     a sign before at most), SPACE*,       score   (accuracy)``         the value first and
                     ``=``, SPACE+, an ASCII letter,                                    names it after
                     opening the line
OPENS_WITH_CELLS     opening the line: SPACE+, a digit,    ``3001    0.002 f.py:9(g)``  a table's row whose
                     digits ``./``, SPACE{2,}, a number    ``26   41.1 MiB   a = 1``    last column is text
OPENS_WITH_VALUE     SPACE+, a number (a sign, digits,     ``      534 cumulative       a summary that puts
                     ``,`` and ``.``), spaces, then words  infections``                 its values first
                     of ASCII letters (``-``, ``_``) only                               (VALUE_FIRST_BLOCK)
ENDS_IN_DURATION     a decimal after SPACE (or opening     ``3_Linear logloss 0.29      how long a thing
                     the line), one space, then one of     trained in 5.74 seconds``    took closes its
                     DURATION_WORDS in the plural                                       line (THING_LINES)
ENDS_IN_NAMED_LIST   ``,`` SPACE number SPACE 1-3 words    ``0.7 loss, 41.7% correct``  NAMED_AFTER's lists
ENDS_IN_R_STRING     ``[`` opening the line (past SPACE),  ``[1] "objective:-357.99"``  R's print of a string
                     a digit then ``"`` closing it                                      made of a name and a
                                                                                        number (paste0)
OPENS_OBJECT         first non-SPACE character ``{``       ``{"loss": 0.5}``            JSON and dict lines
SCAN_FRAME           a log frame (frame_starts), then what  ``2026-12-06 10:00:00,123    a logged message
                     the four OPENS_ rules above accept    INFO {"loss":0.5}``          read as printed
===================  ====================================  ===========================  =====================

SPACE is what `str.isspace` accepts (in ASCII: tab, ``\\v``, ``\\f``, ``\\r``, ``\\x1c``-``\\x1f``,
space); NUMBER_START what can start a number (a sign, ``.``, a digit, the ``n``/``i`` of nan and
inf); a COLUMN_EDGE two spaces, a tab, or a TABLE_BAR (and an optional space). The rules only
choose the lines worth reading: a candidate may give nothing; a line that is no candidate
gives nothing, ever.

LOOK_ALIKES: text that is spelt like a pair but is no metric
===================  ==============================================  ================================
rule                 what                                            why
===================  ==============================================  ================================
PROSE_WORDS          a name holding of/in/the/for/is/per ... (four   ``Number of positive: 161`` is a
                     words or more too) is a sentence; so is one     sentence that ends in a number;
                     after an article mid-line (``5-NN accuracy on   a program's variable is named
                     the embedding: 0.95``); only an identifier      in it (pair_names._identifier)
                     (``_``) at its end stands alone (``... with
                     best_acc = 0.71``)
IDENTIFIER_NAME      words before an identifier (a name with         a program's variable names the
                     ``_``) in a field: ``Best val_acc: 0.87`` is    value; the words qualify it
                     ``val_acc`` (not after a possessive:            (pair_names.full_name)
                     ``valid's binary_logloss``)
VERSION              a name holding ``version``                      ``CUDA Version: 12.2``,
                                                                     ``torch: 2.1.0`` identify
                                                                     software, they do not measure
ARROWS               a value before or after ``->``/``=>``; a long   ``pavg=0.53 -> initscore=0.14``
                     arrow (``==>``, ``-->``) is a change before a   is a conversion, not a result;
                     number, but between a value and a name it       R's ``Log likelihood: -423 ==>
                     parts two statements (``-423 ==> AIC =          AIC = 849.9`` states two
                     849.9``: both read, STATEMENT_ARROW)
QUANTITY             a value followed by a word that leads to no     ``using: 0 TPU cores``, ``time:
                     next pair (NEXT_IS_WORD, NEXT_IS_PAIR)          0.01 seconds``: prose
TIMES_AND_DATES      ``:`` glued to digits (``12:30:45``), dates     when, not how well
                     (a colon needs whitespace after it: PAIR)
UNITS_AND_RATES      ``5ms``, ``45.2it/s``, ``3.1s/step``,           a progress display's speed and
                     ``total: 1.2ms`` (a unit glued to the value:    elapsed time are bookkeeping
                     UNIT, and PAIR's end); a field of its own
                     in a plain print, ``| 2.85 ms/iter`` (a
                     number and a rate unit, formats.read_plain)
PROGRESS_COUNTS      ``32/32``, a bar's ``50%|`` (PAIR), a           how far a task has come, not a
                     percentage with its count ``100% (10/10)``      result
                     (PROGRESS_COUNT_AFTER)
URLS_AND_PATHS       a name glued to ``/ . ? & # -`` before it       ``?loss=0.5`` in a URL,
                     (PAIR's lookbehind)                             ``epoch=1-step=8`` in a file
                                                                     name: names of things
NUMBERS_IN_TEXT      thousands (``1,234``), a sentence's full stop   part of prose or of a message
                     (``loss: 0.5.``), a keyword argument quoted     about code
                     in a message (``Trainer(log_every_n_steps=
                     50)``) (PAIR); not a ``[Tag`` another writer
                     glued on (``0.91[Parallel(...)]``)
RATIOS               a value followed by ``:`` and a number          ``neg : pos = 3.7 : 1.0`` (NLTK's
                     (RATIO_AFTER)                                   informative features) is a
                                                                     ratio, not a value
ROW_OF_NUMBERS       a value followed by another bare number         ``Mem:  8000000  4000000`` (``free``):
                     (NEXT_IS_NUMBER)                                a labelled row of a table, whose
                                                                     numbers belong to its columns
QUOTED_TEXT          a pair whose value stands inside a quoted       a message a program logs in a
                     text of a dict printed on the line (``event     record (gensim's lifecycle
                     {'msg': 'using lr=0.1 sg=0'}``); a quote opens  events): its numbers are words
                     after a space or ``{[(,:=`` and closes before   of the message, as a JSON
                     one of ``,}]):;`` or a space (QUOTED_TEXT)      record's strings are
                                                                     (logfmt's ``msg="loss=0.3"``,
                                                                     no dict, is still read)
CODE_SPAN            a pair inside backquotes (``set `{'verb':       code quoted in a sentence (an
                     0}` in the file``) (formats.find_pairs)         instruction), not a value
REPR_BODY            a pair inside an object printed as             an object's state (its settings,
                     ``Name<...>`` (``Best<mean: 0.5, count: 1,     its counters, a nested repr's
                     param: {'lr': 0.1}>``), up to its matching     ``exp=2.0``) as its repr shows it:
                     ``>`` (formats._repr_bodies)                   read alone, its numbers mean nothing
RICH_LOG_FRAME       Rich's ``[08:55:54]`` time column               the frame of a log line, not
                     (RICH_LOG_LEAD) and ``train.py:48`` source      its content
                     column (RICH_SOURCE_TAIL)
===================  ==============================================  ================================
"""

from __future__ import annotations

import re

from ..lazyre import LazyPattern
from .frame_starts import framed_message
from .word_cells import (ASCII_LETTERS, DASH_CELLS, LABEL_CELL_LETTERS, LABEL_MARKS,  # noqa: F401 (write_scan_grammar, block_scans)
                         WORD_CELL_LETTERS, WORD_CELLS_REACH, dash_cells, ends_in_stars,
                         ends_in_text_cells)

# -- the pieces ---------------------------------------------------------------------------------

# An integer or decimal with optional sign and exponent, or nan/inf/infinity in any case.
# (?ai:...), not (?i:...): Unicode case folding lets "i" match "ı" and "İ", which float() rejects.
# `\d+(?:\.\d*)?`, not `\d+\.?\d*`: that backtracks quadratically on 64 KiB of digits ending badly.
NUMBER = r"[-+]?(?:\d+(?:\.\d*)?(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?|(?ai:nan|inf(?:inity)?))"
# A plain decimal as a table cell or a field prints it: no nan/inf, digits on both sides of "."
DECIMAL = r"[-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?"
NAME = r"[^\W\d][\w./@^-]*(?<![.@^-])"  # "@": "Acc@1", "mAP@0.5"; POWER_NAME (rules): "R^2"
WORD = r"[^\W\d][\w./'^-]*+"  # one word of a name of several words ("Validation score")
# FUNCTION_NAME: a name may be a quantity written as a function of its arguments, glued: "f(x)",
# "E(CCSD)", "norm(t1,t2)" (word characters, no space), one call nested: DCGAN's "D(G(z))".
FUNCTION_ARGS = r"(?:\((?:[\w,.+-]|\([\w,.+-]{1,20}\)){1,24}\))"
# GLUED_QUALIFIER (rules): a pair's name may close with its arguments after a dot ("R-sq.(adj)", R's
# dotted abbreviation qualified) or a subscript word glued in square brackets ("sigma[eps]",
# "loss[train]"; an index of digits, "x[15]", names one element: no name's part).
GLUED_QUALIFIER = rf"(?:\.?{FUNCTION_ARGS}|\[[^\W\d_][^\W_]{{0,11}}\])"
# UNIT_ASIDE: a name may close with its unit or qualifier in parentheses, one space after it,
# no space inside ("lat (ms,99%): 0.26" among sysbench's pairs).
UNIT_ASIDE = r"(?: \([^()\s]{1,12}\))"
# NORM_NAME: a name may be a norm written as one, bars glued around one word: "|g|", "|ddm|".
NORM_NAME = r"(?:\|[^\W\d]\w{0,23}\|)"
P_VALUE_NAME = r"(?:Prob|Pr|P) ?> ?[^\W\d]\w{0,11}"  # P_VALUE_NAME (rules): "Pr>chi2", "Prob > F"
# COUNT_NAME: a name may open with a count and a hyphen, "10-intersection", "5-NN" (not after "=" or ":": "epoch=1-step=8" is a file's name).
COUNT_NAME = r"(?:(?<![=:])\d{1,4}-[^\W\d][\w./@-]*(?<![.@-]))"

SPACE = " \t\x0b\x0c\r\x1c\x1d\x1e\x1f"  # str.isspace() in ASCII, but the newline
NUMBER_START = "-+.0123456789nNiI"
TABLE_BARS = "|│┃║┆┇┊┋╎╏"  # the ASCII bar, the vertical lines of box-drawing styles
DECORATION = "=*#~-"  # ENDS_IN_DECORATION: the marks a header is framed in
# SUPERSCRIPT_MARKS (rules): superscript letters and digits, a cell's footnote marks (ENDS_IN_MARKS)
SUPERSCRIPTS = "\u02b0-\u02ff\u1d2c-\u1d6a\u1d9b-\u1dbf\u2070-\u209f\u00b2\u00b3\u00b9"
_MARKS_END = LazyPattern(rf"\d[{SUPERSCRIPTS}]{{1,6}}\Z")
SPARKS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588"  # ENDS_IN_MARKS: a sparkline's glyphs, ▁ to █
_SPARK_END = LazyPattern(rf"\d(?: {{0,2}}[^\W\d_]{{1,3}}(?:/[^\W\d_]{{1,5}})?)?\)? +[{SPARKS}][{SPARKS} ]*\Z")
END_MARKS = "%─━═"  # besides a digit and a table bar, the last character of a candidate
TAB_AFTER = "]:"  # TAB_FIELD: these, then a tab
HEADING_END = ":"  # ENDS_IN_HEADING: the last character of a heading holding a digit
UNIT_LETTERS = 3  # ENDS_IN_UNIT: "s", "ms", "sec"
RATE_LETTERS = 5  # ENDS_IN_UNIT, after "/": "ms/iter", "it/s", "tok/step", "s/epoch", "ms/trial"
RATE_UNIT_LETTERS = 8  # ENDS_IN_UNIT, before "/": "allocs/op", "ops/sec" (RATE_FIELDS)
ASIDE_REACH = 40  # ENDS_IN_ASIDE: what may follow an aside's opening number before its ")"
TENSOR_ENDS = ")}"  # ENDS_IN_TENSOR: a tensor's repr, or a dict of them
TENSOR_CALL = "tensor("
PAIRS_END = ")])"  # ENDS_IN_PAIRS: the last pair of a dict printed as a list of pairs, closed
STEP_COUNT_WORDS = ("epoch", "step", "iteration", "iter", "round", "generation", "episode")
DURATION_WORDS = ("second", "sec", "minute", "min", "hour")  # ENDS_IN_DURATION, + "s"
NONFINITE = ("nan", "inf", "infinity")  # ENDS_IN_NONFINITE: the words float() reads
OBJECT_OPEN = "{"
LATEX_RULE_LETTERS = 12  # ENDS_IN_LATEX_ROW: "\\hline", "\\bottomrule"
LATEX_RULES = 2  # ENDS_IN_LATEX_ROW: "\\\\ \\hline", "\\\\ \\midrule \\bottomrule"
OBJECT_CELLS = 6  # ENDS_IN_OBJECTS: "<NULL> <Rprofmem [24 × 3]> <bench_tm [200]>"
OBJECT_REACH = 40  # ENDS_IN_OBJECTS: the most characters from a cell's "<" to its ">"

# -- key-value pairs: "name: value", "name = value", "name=value" --------------------------------

PAIR = LazyPattern(
    r"(?<![\w./?&#<-])['\"]?"  # URLS_AND_PATHS: not glued to a word, path or number, nor a query
    r"(?<!\w\()"  # NUMBERS_IN_TEXT: a keyword argument quoted in a message: Trainer(x=50)
    rf"({P_VALUE_NAME}|{NAME}{GLUED_QUALIFIER}?{UNIT_ASIDE}?|{NORM_NAME}|{COUNT_NAME})[.-]*['\"]?"  # FUNCTION_NAME, NORM_NAME, UNIT_ASIDE
    r"(?: \[\d+-\d+\])?"  # STEP_RANGE: "avg. loss [976-1050]: 105.6", the steps averaged over: "f(x)= 0.26", "E(CCSD) = -76.1"
    r"\s*(?::\s+|=\s*)"  # TIMES_AND_DATES: a colon needs whitespace after it
    rf"({NUMBER})(?:%(?!\|))?"  # PROGRESS_COUNTS: "50%|" is the percentage of a tqdm bar
    r"(?=[\s|;)\]}>]|,(?!\d)|\[(?=[A-Z])|\.[ \t]+[A-Z]|\.\.\.?(?:[ \t]|$)|:[ \t]{2}|/-?\d+\.\d\d|$)"  # UNITS_AND_RATES, NUMBERS_IN_TEXT:
    # "5ms", "1,234", "0.5."; a "[" opening another writer's tag glued on ("0.91[Parallel(n_jobs=1)]:
    # Done"); SENTENCE_STOP (rules): a stop before another sentence ("...: 0.97. Saved weights to");
    # FIELD_COLON (rules): a colon and a gap closing a field ("sigma^2 = 103.6:  log likelihood");
    # ANGLE_REPR (rules): ">" closing an object's repr ("<Fitter: fitted, a: 0.66, r: 0.30>"),
    # and a name right after "<" is the object's class, no key ("<ActionSpace.DISCRETE: 2>"); SECOND_VALUE: "0.50/0.49"
)

# -- LOOK_ALIKES ---------------------------------------------------------------------------------

PROSE_WORDS = frozenset(
    "a an the of in on at to for from by with and or is are was were be been has have into "
    "than then per".split()
)
# STATISTIC_OF (rules): a statistic word right before an identifier says which figure of it
# the value is ("posterior mean log_sigma", "posterior std log_sigma"): part of the name.
STATISTIC_WORDS = frozenset("mean std stdev sd median var variance avg average".split())
# STEP_IN_NAME: a step word before its number ("after epoch 3:"), one of these in lowercase.
STEP_WORDS = ("ep ", "epoch ", "iter", "batch ", "round ", "episode ", "generation ", "update ")
VERSION = LazyPattern(r"(?<![^\W_])version", re.IGNORECASE)  # "CUDA Version", "cuda_version"
UNIT = LazyPattern(rf"{NUMBER}[^\W\d_]{{1,6}}(?:/[^\W\d_]{{1,6}})?\Z")  # "0.57ms", "3.1it/s"
# QUOTED_TEXT: a quote after a space or an opening mark, to the same quote before a closing
# mark, a space or the end ("don't" and "it's" open nothing); looked for after a "{" only.
QUOTED_TEXT = LazyPattern(r"""(?:(?<=[\s{\[(,:=])|^)(?:'[^']*+'|"[^"]*+")(?=[\s,}\]):;]|\Z)""")
RICH_LOG_LEAD = LazyPattern(r"\s*+(?:\[[^\]]{0,40}\]\s*+)*")  # "[08:55:54] " of console.log
RICH_SOURCE_TAIL = LazyPattern(r"[\w.-]+\.py:\d+\Z")  # "train.py:48" at a Rich log's end


# -- the candidate rules, and the scans derived from them ------------------------------------------


def _chars(chars: str, kind: type) -> str:
    """`chars` as the inside of a regex character class for `kind` (str or bytes): bytes
    patterns read ASCII only, so other characters are left out."""
    if kind is bytes:
        chars = "".join(c for c in chars if c.isascii())
    return "".join(re.escape(c) if c not in "\x0b\x0c\x1c\x1d\x1e\x1f" else f"\\x{ord(c):02x}"
                   for c in chars)


def _number_start(kind: type) -> str:
    """NUMBER_START as the inside of a character class; text patterns spell digits `\\d`."""
    return _chars(NUMBER_START, kind).replace("0123456789", r"\d" if kind is str else "0-9")


def _unit_end(kind: type, edge: bool = True) -> str:
    """ENDS_IN_UNIT as a regex anchored at the end of a line's text (ENDS_IN_TIMED_FIELD's
    unit, after any space, ``:`` or ``=``, without `edge`)."""
    bars = _chars(TABLE_BARS, kind)
    unit = (rf"(?:[a-zA-Z]{{1,{RATE_UNIT_LETTERS}}}/[a-zA-Z]{{1,{RATE_LETTERS}}}"
            rf"|[a-zA-Z]{{1,{UNIT_LETTERS}}})")
    before = rf"(?:  |\t|[{bars}] ?|-> )" if edge else "[ :=]"  # ARROW_VALUE: "-> 11.378MB"
    return rf"{before}[0-9.]*[0-9] ?{unit}\Z"


def _anywhere(kind: type) -> tuple[str, str, str, str]:
    """COLON_NUMBER, EQUALS_NUMBER, TAB_FIELD, ARROW_NUMBER (opening with its rare ">") as regexes.
    Text patterns spell SPACE and digits as `\\s` and `\\d` (what `str.isspace` and
    `str.isdecimal` accept); bytes patterns spell out their ASCII members."""
    space = r"\s" if kind is str else f"[\\n{_chars(SPACE, bytes)}]"
    start = _number_start(kind)
    tab = "|".join(re.escape(c) + r"\t" for c in TAB_AFTER)
    return rf":{space}+[{start}]", rf"={space}*[{start}]", tab, rf">(?<=->){space}*[{start}]"


# A cheap first look for COLON_NUMBER or EQUALS_NUMBER (`formats.find_pairs`): a character set, no
# top alternation, so a tight scanning loop; the lookbehind rejects a glued ":" ("12:30").
PAIR_START = LazyPattern(r"[:=]\s*(?<!:)[" + _number_start(str) + "]")

_LINE_HINT = LazyPattern("|".join(_anywhere(str)))
_SPACES = f"[{_chars(SPACE, str)}]"
_DIGIT = LazyPattern("[0-9]")
# VALUE_FIRST: a line that opens with a value, then "=" and the words naming it; OPENS_WITH_CELLS.
_LINE_START = LazyPattern(rf"{_SPACES}*(?:[-+]?[0-9.]*[0-9]{_SPACES}*={_SPACES}+[a-zA-Z]"
                          rf"|(?<=[{_chars(SPACE, str)}])[0-9][0-9./]*{_SPACES}{{2}}{_SPACES}*[-+]?[0-9])")
_UNIT_END = LazyPattern(_unit_end(str))
_FIELD_PARTS = LazyPattern(r"[,|;\t]|  | - (?=[a-zA-Z])")  # ENDS_IN_TIMED_FIELD: what parts a line's fields
_SPACED_UNIT_END = LazyPattern(_unit_end(str, edge=False))
_LAST_MARKS = END_MARKS + TABLE_BARS
_TIMED_ASIDE_END = LazyPattern(rf"[0-9][a-zA-Z]{{1,{UNIT_LETTERS}}}\]\Z")
MICRO = "µμ"  # ENDS_IN_INTERVAL: a unit's micro sign (never in ASCII output, no compiled scan)
_INTERVAL_END = LazyPattern(rf"[0-9](?:%| ?(?:[a-zA-Z{MICRO}]{{1,{RATE_UNIT_LETTERS}}}/[a-zA-Z]{{1,{RATE_LETTERS}}}|[a-zA-Z{MICRO}]{{1,{UNIT_LETTERS}}}))\]\Z")
_COUNTED_ASIDE = LazyPattern(rf"\([0-9][^()]{{0,{ASIDE_REACH}}}\)\Z")
_ASCII_LETTERS = ASCII_LETTERS
OPENS_WITH_VALUE = r"[-+]?[0-9][0-9,.]* +[a-zA-Z][a-zA-Z _-]*"  # after SPACE+, to the end
_OPENS_WITH_VALUE = LazyPattern(rf"{_SPACES}+{OPENS_WITH_VALUE}\Z")
_DURATION_TAILS = tuple(f" {word}s" for word in DURATION_WORDS)
_DURATION_END = LazyPattern(rf"(?<![^{_chars(SPACE, str)}])[0-9]+\.[0-9]+ (?:{'|'.join(DURATION_WORDS)})s\Z")
_NONFINITE_END = LazyPattern(rf"[{_chars(SPACE, str)}][-+]?(?ai:{'|'.join(NONFINITE)})\Z")
_NONFINITE_LAST = frozenset(word[-1] for word in NONFINITE) | frozenset(word[-1].upper() for word in NONFINITE)

# ENDS_IN_STEP_COUNT: "..., converged after 24 iterations" (the steps in the plural).
_STEP_COUNT_END = LazyPattern(rf"(?<![a-zA-Z])[aA][fF][tT][eE][rR][ \t][0-9]{{1,9}}[ \t]"
                              rf"(?ai:{'|'.join(STEP_COUNT_WORDS)})[sS]\Z")
_NONFINITE_REACH, _STEP_COUNT_REACH = 2 + max(map(len, NONFINITE)), 17 + max(map(len, STEP_COUNT_WORDS))  # the most a match spans


def may_hold_metrics(line: str) -> bool:
    """False for a line no built-in format can read anything from (nor a step header, nor a
    table row or header): the candidate rules of the module docstring. True does not promise
    a metric."""
    end = line.rstrip(SPACE)  # the cheap looks at the line's end first: most rows end in a number
    last = end[-1:]
    if last.isdecimal() or (last and last in _LAST_MARKS) or last == "*" and ends_in_stars(end):
        return True  # ENDS_IN_NUMBER, ENDS_IN_STARS
    if (":" in line or "=" in line or "\t" in line or "->" in line) and _LINE_HINT.search(line):  # COLON_NUMBER, EQUALS_NUMBER, TAB_FIELD, ARROW_NUMBER
        return True
    if _LINE_START.match(line):  # VALUE_FIRST, OPENS_WITH_CELLS: "  3001    0.002 gen.py:36(f)"
        return True
    if last == '"' and end[-2:-1].isdecimal() and end.lstrip(SPACE)[:1] == "[":  # ENDS_IN_R_STRING: [1] "rmse:0.5"
        return True
    if last == HEADING_END and _DIGIT.search(end):  # ENDS_IN_HEADING: "Epoch 3:", "Round 2 stats:"
        return True
    if last in ".)" and (end[-2:-1].isdecimal() or end[-2:] == "%." and end[-3:-2].isdecimal()):  # ENDS_IN_SENTENCE, _ASIDE
        return True
    if last == "." and end[-2:-1] == " " and 1 < len(end) - len(code := end[:-1].rstrip(" ")) <= 9 and code[-1:].isdecimal():
        return True  # ENDS_IN_CODE: "0.0645 .", R's code padded to its column "0.0655    ."
    if not last.isascii() and (_MARKS_END.search(end, max(0, len(end) - 8)) or last in SPARKS and _SPARK_END.search(end)):  # ENDS_IN_MARKS
        return True
    if end[-3:] == PAIRS_END and (end[-4:-3].isdecimal()  # ENDS_IN_PAIRS, a value closing a NumPy
                                  or end[-4:-3] == ")" and end[-5:-4].isdecimal()):  # scalar's repr
        return True
    if last == "]" and (end[-2:-1] == ")" or end[-2:-1].isdecimal() or end[-2:-1] in "]'\"" and end[-3:-2].isdecimal()):
        return True  # ENDS_IN_ITEMS, _LIST, _LISTED_LINE: "['At iteration 3 the best fitness is 22.95']"
    if last == "]" and _TIMED_ASIDE_END.search(end, max(0, len(end) - 6)):  # ENDS_IN_TIMED_ASIDE
        return True
    if last == "]" and _INTERVAL_END.search(end, max(0, len(end) - 16)):  # ENDS_IN_INTERVAL
        return True
    if last == ")" and (_COUNTED_ASIDE.search(end) or end[:-1].rstrip(SPACE)[-1:].isdecimal()):
        return True  # ENDS_IN_ASIDE: "(11 runs sampled)", R's bounds "( 0.7312,  0.8996 )"
    if last in DECORATION and _ends_in_decoration(end, last):  # ENDS_IN_DECORATION, DASH_CELLS
        return True
    core = end.rstrip(_ASCII_LETTERS) if last in _ASCII_LETTERS else end  # the letters at the end, looked at once
    if "a" <= last.lower() <= "z" and "0" <= (core[:-1].rstrip(_ASCII_LETTERS) if core[-1:] == "/" else core).rstrip(" ")[-1:] <= "9" and (
            _UNIT_END.search(end) or _FIELD_PARTS.search(end) and _SPACED_UNIT_END.search(end)):  # ENDS_IN_UNIT, ENDS_IN_TIMED_FIELD: a digit before
        return True
    if last == ">" and _ends_in_objects(end):  # ENDS_IN_OBJECTS: what stands before decides
        return True
    if core[-1:] == "\\" and _ends_in_latex_row(end):  # ENDS_IN_LATEX_ROW ("\\", or a rule's letters after "\\")
        return True
    if last in _NONFINITE_LAST and _NONFINITE_END.search(end, max(0, len(end) - _NONFINITE_REACH)):  # ENDS_IN_NONFINITE
        return True
    if last in _ASCII_LETTERS and ends_in_text_cells(end, core):  # ENDS_IN_WORD_CELLS, LABEL_CELL, _NAMED_LIST
        return True
    if last in "sS" and _STEP_COUNT_END.search(end, max(0, len(end) - _STEP_COUNT_REACH)):  # ENDS_IN_STEP_COUNT
        return True
    if (last in _ASCII_LETTERS and "|" in end[-ASIDE_REACH - 2:] or last == ")") and _ends_in_bar_aside(end):  # ENDS_IN_BAR_ASIDE
        return True
    if last in TENSOR_ENDS and TENSOR_CALL in end:  # ENDS_IN_TENSOR
        return True
    if last in _ASCII_LETTERS and line[:1] in SPACE and _OPENS_WITH_VALUE.match(end):
        return True  # OPENS_WITH_VALUE: "   534 cumulative infections"
    if last == "s" and end.endswith(_DURATION_TAILS) and _DURATION_END.search(end, max(0, len(end) - 48)):  # ENDS_IN_DURATION
        return True
    return line.lstrip()[:1] == OBJECT_OPEN or line[:1].isdecimal() and _opens_behind_frame(line)  # OPENS_OBJECT, SCAN_FRAME


def _ends_in_decoration(end: str, last: str) -> bool:
    """ENDS_IN_DECORATION: what stands before the frame or mark closing `end` (a line without
    its trailing SPACE) decides; past DASH_CELLS, R's empty cells ("4.25e-02  --  --")."""
    core = end.rstrip(DECORATION)
    before = core.rstrip(SPACE)
    if last == "-" and before[-1:] == "-" and core[-1:] in SPACE and not end[len(core):].strip("-"):
        core, before = dash_cells(before, SPACE)
    return bool(core[-1:]) and core[-1:] in SPACE and before[-1:] not in DECORATION and (
        may_hold_metrics(before))


def _opens_behind_frame(line: str) -> bool:
    """SCAN_FRAME (frame_starts): `line` opens with a log frame, and its message with what
    OPENS_OBJECT, VALUE_FIRST, OPENS_WITH_CELLS or OPENS_WITH_VALUE accepts."""
    message = framed_message(line)
    if message is None:
        return False
    end = message.rstrip(SPACE)
    return bool(message.lstrip()[:1] == OBJECT_OPEN or _LINE_START.match(message) or (
        end[-1:] in _ASCII_LETTERS and end[-1:] and message[:1] in SPACE and _OPENS_WITH_VALUE.match(end)))


def _ends_in_bar_aside(end: str) -> bool:
    """ENDS_IN_BAR_ASIDE: `end` (no trailing SPACE) closes with an aside after a bar, or in brackets."""
    bracket = end[-1:] == ")"
    bar = end.rfind("(" if bracket else "|", max(0, len(end) - ASIDE_REACH - 2))
    if bar < 1 or end[bar - 1] not in SPACE or (")" in end[bar:-1] if bracket else end[bar + 1:bar + 2] not in (" ", "\t")):
        return False
    before = end[:bar].rstrip(SPACE)
    return bool(before) and may_hold_metrics(before)


def _ends_in_objects(end: str) -> bool:
    """ENDS_IN_OBJECTS: `end` (a line without its trailing SPACE) closes with one to
    OBJECT_CELLS cells ``<...>``, each after SPACE, and the text before them is a candidate."""
    for _ in range(OBJECT_CELLS):
        if end[-1:] != ">":
            break
        opening = end.rfind("<", max(0, len(end) - 1 - OBJECT_REACH), len(end) - 1)
        if opening <= 0 or ">" in end[opening:-1] or end[opening - 1] not in SPACE:
            return False
        end = end[:opening].rstrip(SPACE)
    return bool(end) and end[-1] != ">" and may_hold_metrics(end)


def _ends_in_latex_row(end: str) -> bool:
    """ENDS_IN_LATEX_ROW: `end` (a line without its trailing SPACE) closes with ``\\\\`` and up to
    LATEX_RULES rule commands, and the text before ``\\\\`` is a candidate."""
    for _ in range(LATEX_RULES):
        if end[-2:] == "\\\\":
            break
        core = end.rstrip(_ASCII_LETTERS)
        if not 0 < len(end) - len(core) <= LATEX_RULE_LETTERS or core[-1:] != "\\" or (
                len(core) < 2 or core[-2:-1] not in SPACE):
            return False  # a rule command after a space: "\\ \hline"
        end = core[:-1].rstrip(SPACE)
    if end[-2:] != "\\\\":
        return False
    end = end[:-2].rstrip(SPACE)
    return bool(end) and may_hold_metrics(end)
