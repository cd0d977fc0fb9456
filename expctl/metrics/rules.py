"""The rules that decide what of a program's output is a metric, a config entry, or neither.

One table, one place (issue 16, item 4): every vocabulary and line class the parser uses to
*reject* or *re-classify* what the formats read lives here, with its reason. The formats
themselves (how a pair, a JSON line, a table row is spelt) are in `expctl.metrics.formats` and
`expctl.metrics.tables`; the order in which they run and how steps are assigned is in
`expctl.metrics.parser`. The metric grammar (the spelling of numbers, names and pairs, the
candidate rules the fast scans are derived from, and the look-alike exclusions) is in
`expctl.metrics.grammar`; the scans only decide which lines are worth reading, never what a
line means, so none of the rules below has to be repeated there.

=====================  ===========================================  =========================================
rule                   what                                          why
=====================  ===========================================  =========================================
NOISE_LINE             a line tagged as a warning (``[Warning]``,    numbers in warnings are thresholds,
                       ``Warning:``, ``UserWarning``,                 counts and limits the library complains
                       ``WARNING``), or a library's bracketed         about (``best gain: -inf``); a library's
                       info tag (``[LightGBM] [Info] ...``), a        info lines report data sizes and
                       message icon (``ℹ``, ``⚠``, ``✔``); not a     settings, not results; a record's
                       JSON record (``"levelname": "WARNING"``)      fields are named by the program
DONE_MARK              but a success mark ``✔`` before pairs that    a task done with its results (``✔
                       all name results (RESULT_WORDS) is read       eval: loss=0.49 acc=76.5``) reports them
NOT_METRIC_WORDS       a name with a word for a count, size or       counts of parameters/tensors/samples,
                       bookkeeping: params, tensors, flops, vocab,   model sizes and FLOPs, versions and a
                       tolerance (a bound, ``tolerance: 0.01%``),
                       size, version, v_num; num/n/count before a    progress bar's ``v_num`` describe the
                       word naming no result (``n_estimators``; not  setup, not how training went; so do a
                       an estimated one: ``n_eff``);                 (an effective size is estimated: a result)
                       a counted noun in the plural last             bound (``max_features``) and the count
                       (``out_features``, ``warmup steps``);         of a thing (``out_features``). Memory
                       max/min before a word naming no result        in use is measured step by step, as
                       (``max_depth``; not ``max_acc``); not         expctl's own ``sys/rss_mb`` is. An
                       memory (``memory: 1000``, ``gpu_memory``);    index or id says which one, not how
                       an index or id (``Process index: 0``), a      much; a level where in a structure
                       level (``stack_level``), a verbosity;         (``stack_level``). ``GPU number``,
                       number/count closing a name, ``total`` before ``Total extinctions`` count things,
                       a plural, naming no result (``GPU number``)   as ``num_gpus`` does
ENVIRONMENT_BLOCK      indented lines under a flush-left heading     a report of the machine and its software
                       naming the environment (``System              (versions, counts of devices) says where
                       environment:``) give no metric (line_kinds)   the run ran, not how it went
MEASURED_BOUND         max/min before a word, beside a mean or       ``mean wait 53.2 min | max wait 99.6
                       average of the same word on the line, is a    min``: the largest wait measured, a
                       metric (a statistic), no bound                result as the mean is
TIMED_FIELD            in a plain print, a field after the first     ``Iteration 50, KL divergence 2.17, 50
                       (fields end at ``,`` or ``|``) with a time    iterations in 0.18 sec``: how long the
                       amount after a number or a timing word        iterations took is bookkeeping of the
                       (``50 iterations in 0.18 sec``, ``took        run, as a table's time column is; a
                       2.1s``) is left out (plain)                   named amount (``wait 53.2 min``) stays
COUNTED_PLURAL         a one-word plural name with a whole number    ``moves: 7``, ``restarts: 0`` count
                       printed without a point, not a result word    things a solver did, not how well it
                       (``errors``) nor a rate (rules.is_counted)    did; a decimal is a measurement
RATE_WORDS             ``per``, ``/s``, ``ps``: a name that is a     ``train_samples_per_second`` is a result
                       rate stays a metric even when it holds a      (throughput), unlike ``num_samples``
                       count word
TIME_COLUMNS           table columns naming a time or a speed:       times and speeds of a table row, and
                       time, eta, remaining, elapsed, progress,      the time a log line reports (``Time
                       duration/dur, it/s, fps ...; names of pairs   taken: 0.02``) and how far it has come
                       naming a time (not a speed: a rate,           (``Progress: 100.0%``) are bookkeeping
                       RATE_WORDS; a time word with a unit ``_s``    of the display, not results
                       is a time: elapsed_s; one word glued to
                       ``time``: walltime, dtime; a time per unit
                       of work: ``ms/batch``, ``s/it``); ``data``
                       alone (a loader's wait: torchvision, timm)
PHASES                 a leading label train/training, val/valid/    two phases must never share a series:
                       validation/dev, test/testing, eval/           ``Training Results - Avg loss: 0.3`` is
                       evaluation qualifies the line's names         ``train/Avg loss``
                       (``train/``, ``val/``, ``test/``, ``eval/``);
                       so does one in parentheses after the step
                       word (``Epoch(val) [2][8/8]``, prefixes),
                       or alone in brackets (``[test] acc: 0.9``),
                       or alone right before a key glued to its
                       ``=`` (``BEST val acc=0.7``: ``val acc``)
MID_PHASES             a phase word and a colon before a name        one line may report two phases
                       (``| train: loss 1.41 acc 0.92 | valid: loss  (``valid: ... acc 0.87``): each must
                       1.46 acc 0.87``) qualifies the names after    keep its own series, as a leading
                       it, up to the next such word                  label's do (PHASES)
PHASE_FIELD            a phase word that opens a count of its own    ``Epoch: 1/8 Train steps: 6 Val steps: 2
                       (``Train steps: 6``) qualifies nothing; nor   loss: 0.6 val_loss: 0.5``: the words
                       is a name that                                count that phase's batches, no section;
                       already says a phase (``val_loss``) put       ``val_loss`` under ``train/`` would
                       under another                                 merge nothing but mislead
BRACKET_FIELD          a ``[`` or ``(`` opens a field: words after   ``[D loss: 0.51] [G loss: 0.71]`` are
                       it are part of the pair's name (formats)      two series, never one ``loss``
TAB_FIELDS             a line whose fields after its first tab are   PyTorch's ImageNet example prints
                       all ``name number (average)`` is one pair a   ``Epoch: [0][ 1/22]\tLoss 2.31e+00
                       field, the running average dropped as a       (2.31e+00)\tAcc@1  10.94 ( 10.94)``:
                       spread is (formats)                           the tab parts the fields
COMMA_FIELD            a glued ``key=value``'s name takes the one    a bar's postfix keys may hold spaces
                       or two words back to a ``, ``, a ``: ``, a    (``, step size=0.13, acc. prob=0.6]``,
                       number's closing ``. `` or an opening bracket ``gmm: mean log-lik=-3.9``): ``prob``
                       before it (formats)                           alone names nothing printed
SENTENCE_RESULT        a line that is one sentence opened by a       ``Accuracy of the network on the 10000
                       result word, a colon, its value (a ``%``      test images: 54 %``, the PyTorch
                       after it at most) is one pair named by the    tutorial's: the sentence says what was
                       whole sentence (formats)                      measured, and nothing else does
FRACTION_PERCENT       a pair's value printed as a count of a total  ``Accuracy: 9903/10000 (99%)`` (the
                       and its percentage (``9903/10000 (99%)``) is  PyTorch MNIST example's): the share is
                       the percentage (formats)                      the measure, as ``Accuracy: 99%`` is
SCALAR_REPR            a pair's value printed as a repr of one       JAX's ``loss=Array(2.14, dtype=float32)``
                       number and keyword arguments only (``Array(`` and ``tf.Tensor(0.5, shape=())``
                       ``tf.Tensor(``, after ``=`` or ``: ``) is     print a scalar with its type: the
                       the number (formats)                          number is the value, as tensor(x)'s
DROPPED_LABELS         any other leading label (``RESULT``,          a label says where a number comes from,
                       ``Final:``) is not part of a name             it does not name it
EVENT_FIELD            a logfmt record's message or event field      ``msg=validation epoch=1 loss=0.48``
                       (``msg``, ``event``, ``type``, ``stage``,     is the validation record: val/loss,
                       ``split``, ``mode`` ...) naming a phase       never the training loss series;
                       qualifies its pairs (PHASES); naming config   ``msg=config lr=1.3`` prints settings
                       (``msg=config``) makes them params            as a config label does
                       (CONFIG_MARKERS)
CONFIG_MARKERS         a line or JSON event marked config, args,     printed configuration is input, not
                       hparams, hyperparameters, parameters,         output: it is recorded as params with
                       settings, options, ``(defaults: ...)``;       source ``output``, never as a metric;
                       ``Namespace(...)``; a dict after              defaults are settings left as they are;
                       ``parameters:``, or after a key whose last    a name's last word says what its dict
                       word is one (``neg_sample_args = {...}``,     holds (``optimizer_kwargs``)
                       ``_kwargs``) (held_config, printed_config)
CONFIG_BLOCK           before any training output: a YAML-like run   configuration is printed before training
                       (a section ``key:``, an indented key, a       starts and never again; results come
                       text value) is config at once; a plain        after it. Lines that no training output
                       ``key: value`` line is held, and is config    follows (a script that only prints
                       when training output follows, a metric when   results) or whose key comes again are
                       its key is printed again (that key alone:     metrics; the output tells, not a guess.
                       HELD_AGAIN) or nothing follows                A key printed once (``mu: 10`` by a
                                                                     ``sigma: 0.5`` column) stays a setting
SETTINGS_SECTION       after training output too: a YAML-like run    a solver prints each algorithm's
                       opening with a section (``Extra info:``),     settings before its run (pygmo); a run
                       holding a value that is no number             of text values under a section is read
                       (``Memory: false``), no key naming a result   as settings wherever it stands. A key
                       or a step, is config (held_config). A key of  of words flush left is a sentence's
                       several words belongs to a YAML-like run      label (``partial log-likelihood =``),
                       only as a section or indented under one       nested under a section, a setting's
                       (``\tStopping xtol: 1e-06``) (printed_config) name
SETTINGS_LINE          before training output, a line opening with   as CONFIG_BLOCK: settings printed once
                       two or more pairs, none a result or a step    before training; printed again, a log
                       (``base_lr=1.5 decay=0.9 seed=5``), is held,  of values (held_config). A program's
                       after a program's tag too (``emcee:           name before them says who prints them,
                       nwalkers=32 ndim=3``), not a phase's, and     not what they are; a text value among
                       after settings of text (``obj=-f, seed=0``)   them is a setting all the more
SPREAD_OBJECT          a dict or JSON object printed over lines      its pieces mean nothing alone: a nested
                       (pprint, Rich, ``json.dumps(indent=2)``):     key loses its parent (``train/acc``) and
                       a line opening more than it closes, ``{``     the record its step; read whole, it is
                       first, up to the line closing it (``},`` in   the record it was printed from
                       a list), is read as one record (spread)
CONFIG_RECORD          such a spread record printed before any       a record printed for a person to read,
                       training output, in which no key names a      before training, holding text or
                       result or a step and some value is a          sections and no result, is the run's
                       section or no number (text, list, boolean,    configuration. A one-line record stays
                       null), is config (printed_config)             a record (JSON logs: its names are
                                                                     the log's own, whatever they are)
RUN_WITH               pairs after words ending in ``with``          what a run is started with is its
                       (``Training with lr=0.05 seed=0``, ``... 40   configuration; a result or a step among
                       iters with {'c1': 0.5}``), none a result or   them (``finished with loss=0.5``) means
                       a step, are config: before training output,   the line reports, so it stays metrics;
                       or after it in a line without a step prefix;  so does a step's line. A title names
                       so are two or more in one parenthesis closing the run its aside's settings are for
                       a title (``== SNES on rastrigin-8 (popsize=
                       40, stdev_init=2.0)``), or after a framed
                       title's colon (``== MD: T = 300 K``)
                       (held_config)
AT_POINT               pairs after a number and ``at`` (``best cost  they say where the value was found (a
                       0.0013 at x=1.02, y=1.04``) (held_config)     point), not how well the run did
CALL_ARGS              indented pairs ending in ``,``/``)`` inside a  a repr (``Booster(lr=0.2,`` / ``  a=1)``)
                       ``Name(`` left open above are config, and     holds the settings of an object; one
                       ending in ``,``/``}`` inside a ``{`` opened   naming a result (``Scores(f1=0.9)``)
                       after a config label (Rich's log wraps        reports; a config dict wrapped over
                       ``Hyperparameters: {'lr': 0.05,``); so is     lines is one dict; a config file
                       a line that is one ``Name(k=v, ...)`` of      printed as Python (MMEngine's) assigns
                       keywords only, none a result or a step, or    its settings so. An indented one is a
                       an assignment of one (``train_cfg =           member of a structure listed whole (a
                       dict(max_epochs=6)``), nested calls too.      genome's genes): no measurement, and
                       MEMBER_REPR: indented (after a key at most:   no setting of the run either
                       ``\t0 Gene(key=0, bias=-3.2, act=tanh)``),
                       with a value no number: neither
KEY_VALUE_TABLE        a two-column table whose first column is      a table of settings is configuration;
                       named Param/Hyperparameter/Setting/Argument   ``| Metric | Value |`` stays metrics
RESULT_WORDS           a plain ``key: value`` line whose name holds a  a loss, an accuracy or an error is what
                       word for a result (loss, acc, error, f1,      a run produces, not what it was given:
                       precision, recall, auc, score, reward,        such a line is never held as config, and
                       energy ..., or one with a threshold:
                       ``mAP50``, ``acc5``)
                       and no word of a setting (weight, scale,      it starts the results (a block printed
                       threshold, smoothing, coef ...)               before it was config). ``loss_weight``
                                                                     stays a setting
PROBED_POINTS          a table of a step, an objective (target,      a search prints each probed point beside
                       objective, fitness, value) and columns        the objective it gave: the point is the
                       naming no result: those columns are settings  settings of that trial, not a result
CUT_NAMES              a table column whose name is cut short        a cut name is no name: it would make a
                       (``learni...``) gives no metric (tables)      series no program printed whole
SPREAD_CELLS           a table cell ``0.91 ± 0.02`` (``+-``,         the spread is no series, as in a line
                       ``+/-``) is 0.91 (cells)
STEP_COLUMNS           table columns epoch, iter, iteration, step,   a table row is one step; the finest
                       ``E``, ``#``, round, gen/generation,          counter orders the rows; the counter is
                       total_timesteps, and a singular one spelt as  the step, not a result; ``n_gen`` is
                       its number (``niter``, ``n_gen``), or a       the generation's number, ``n_epochs``
                       counter (``example counter``), or a phase's   the count of epochs set for the run; a
                       (``training_iteration``): the row's step,     counter counts what the run has taken
                       never a metric
SETTINGS_GROUP         pairs (two or more) in a ``;``-ended group    the settings a result came from, which
                       before results (``C=1, gamma=0.1;,           change line by line (a grid search):
                       score=0.93``) are neither metrics nor params  no series, and no one run-level value
                       (held_config). SETTINGS_ASIDE: so are pairs   (Ray Tune's ``best: val_acc=0.95
                       of printed config keys in a parenthesis       (alpha=0.001, eta0=0.05)``: the trial's
                       closing a line of results                     settings, printed as config before)
HEADED_BLOCK           a run of ``name  number`` lines under a        what a block is, its heading says: W&B's
                       heading ``...:``: metrics when the heading    ``wandb: Run summary:``, ``Final
                       names results (summary, results, metrics,     metrics:``; a heading that names none
                       scores, evaluation, final), params when it    (``Dataset sizes:``) gives nothing, since
                       names config (CONFIG_WORDS), else nothing.    such runs are as often counts or sizes.
                       A run of ``key: value`` lines under a config  A result or a step in a block of
                       heading (``Hyperparameters:``) is config,     settings is what the settings gave
                       but for a key naming a result or a step,      (``Score: 0.75``). A comment or a blank
                       past comments, blank lines and keys holding   line parts sections of one block (gin);
                       a dict or a list; under a heading naming      a dict is one more setting of it
                       results (``... estimates:`` too) it is never
                       held as config (held_config). Rows may open
                       with a bullet (``- F-score (micro) 0.88``), a
                       heading close with an aside (``summary (eV):``)
TITLED_RULE            a horizontal rule (``─``, ``━``, ``═``), one  it heads what is printed under it
                       titled with a step word and number (Rich's    until the next rule, as ``Epoch 3/10``
                       ``Console.rule``: ``── Epoch 2/5 ──``) is a   on a line of its own does
                       step header (prefixes, decoration); one
                       titled without a step (``── Test ──``) ends
                       the carried step (parser)
GAP_LABEL              a word set apart by a column gap before a     a section column (``  train  loss 0.5``,
                       plain print's first name is its label, a      ``  valid  loss 0.4``): PHASES then
                       phase or a dropped label (plain.read_plain)   qualify the names
GROUPED_PAIRS          pairs in parentheses after a label            one result printed for several phases
                       (``accuracy: (train=0.93, test=0.85)``) are   or statistics: the label names the
                       named by both: a phase key qualifies the      quantity, the key which of it; two
                       label (``train/accuracy``), another key       labels' ``train`` never share a series
                       extends it (``loss/mean``) (formats)
STEP_IN_NAME           a name, a preposition, a step word and a       the step is part of what the line says
                       number (or ``after`` a count of steps and     the value is; the name is what was
                       words) before a colon (``Loss after epoch     measured (``Loss``), the rest its step
                       3: 0.52``, ``KL after 250 iters with x: 6``)
STEP_LABEL             a step word and number before a colon         it labels the line (tqdm's description,
                       (``iter 3: loss 0.41``), after one word too   nanoGPT): the same counter as a table's
                       (``best round 5: ...``), or before a comma    step column; ``best`` says which step,
                       or a tab and a plain print (``Iteration 0,    the number is still its step
                       inertia 123.4.``, GaussianMixture's
                       ``Iteration 2\t time lapse ...``), gives the
                       step and is no metric
                       (formats.read_line, prefixes)
STEP_HEADER            a line opening with a step word and number    it says where the lines under it belong,
                       (``No: 3`` and ``#3`` too) and then only a    as ``Epoch 3/10`` alone does; a number
                       sentence without numbers (``Iteration No:     or a bar after it (``Epoch 4 took
                       3 started. Evaluating ...``) heads the        12s``, tqdm) is no header (prefixes)
                       lines after it
LONE_STEP              a step word (epoch, step, iteration, round,   ``Generation = 1`` or ``Epoch: 3`` alone
                       generation, episode ...) and a whole number   is a header as ``Epoch 3`` is; a verb
                       alone on a line, after ``:`` or ``=`` too,    (``Running generation 0``) or a frame
                       or after a start verb, or framed in           (``=== Epoch 3 ===``) around it says
                       decoration, heads the lines after it and      no more (prefixes; grammar's
                       gives no point (prefixes, parser)             ENDS_IN_DECORATION); the counter is
                                                                     no result (PyGAD's generations)
TOKEN_COLUMNS          numbers one space apart under a header of     a solver prints right-aligned numbers
                       names standing in columns: each number is     parted by one space (CMA-ES); numbers
                       a cell under the column it overlaps most; a   hold no space, so each is a cell, and
                       column over as many numbers as its name has   where it stands says its column
                       words is that many columns (``Iterat
                       #Fevals``), a step word cut short
                       (``Iterat``) is a step column (token_rows)
COMMA_TABLE            a row of comma-separated numbers under a      CSV printed as written (``epoch,loss,
                       header of as many comma-separated names       acc`` then ``1,0.52,0.81``) is a table
                       right above it is read as a barred table's    whose bars are commas; a sentence with
                       row (tables); tabs part them under quoted     commas has gaps or words in its cells.
                       names, and a header behind ``#`` with quoted  A data writer (a simulation's reporter)
                       names (``#"Step","T (K)"``) gives them bare   comments its header and quotes names
BOXED_PAIRS            ``│ name   value │`` rows of a box titled     a panel is one record, as SB3's block is;
                       by a row over a rule or in its top border     its title says of what
                       (Ray Tune's ``Trial ... result``, Rich's
                       ``Panel``) are a vertical block (a phase's
                       step word, ``training_iteration``, is a
                       step); a title naming config: params; a
                       phase: ``test/``; none: nothing (boxes)
ROW_LABELS             a first column of names in a table drawn     a row label says which of a quantity
                       with bars labels its rows: ``| train | 0.4    (the phase, the model), the column what:
                       |`` under ``Loss`` is ``train/Loss``, when    as GROUPED_PAIRS; a column named as
                       the column is unnamed or names sections or    other things (``model``) holds
                       classes (Phase, Category); named otherwise,   instances of one kind, as in
                       as LABELLED_ROWS (tables). WRAPPED_CELL: a    LABELLED_ROWS; a class is its own. A
                       row with text in its first cell only is none  wrapped cell's end (``_n=50)``) no pair;
                       (formats). QUOTED_ROW: an indented quoted     a quoted label over a column gap, no
                       label, a colon and a gap (``  'main':    16   ``,`` or ``}`` after, labels a
                       [0,8]``) is a statistics table's row: no pair statistics table's row (a solver's)
ID_ROWS                an aligned table whose first column is        an id names an entity living from table
                       ``ID``: cells ``<id>/<column>`` at the        to table (a species)
                       carried header's step; a whole number in it
                       is a count (``age``), no value (tables)
LEAD_LABELS            a barred header with a blank first column     the label says which case, the column
                       (``|   | loss |``, or rows labelled before    which quantity
                       the first bar where the header's stands:
                       torch's ``Compare``): cells
                       ``<label>/<column>`` (``train/loss``), the
                       label no pair though spelt as one; titled
                       rules (``1 threads: ---``) passed over
                       (headers)
MARKER_CELLS           in an aligned table, a cell of one or two     skorch's ``+`` (a new best) and a blank
                       symbols is empty, and a row with fewer        cell say nothing about the values
                       cells than names is read by position under    beside them; position, not count, says
                       the header (tables)                           which column a value is in
RUN_COUNTER            a pair named as the run's global counter      it is the x axis of every series, never
                       (``global_step``, ``total_timesteps``) gives  a result; ``step``, ``epoch``, ``iter``
                       the line's step and is no metric; so does a   keep their own series as before (a
                       solver's ``cycle`` (``cycle= 3 E= -75.98``)   fractional epoch is a measurement)
LOG_LEAD               a log record's prefix (timestamp, ``| INFO |``, it says when and where a record was
                       level, ``module:func:9 -``) and a progress    logged, not what; a count ``1/8`` is no
                       count (``Epoch 1/8 |``) are skipped before    pair, so the pairs after it are read as
                       a plain print is read (formats.read_line)     if the line began there
TAB_FIELDS             in a line of tab-separated fields, the words  the field is the unit the program
                       of a field before its pair are part of its    printed one value in, as a booster's
                       name (a tab, ``best error=0.08``) (formats)   ``valid_0's l2`` is; two fields must
                                                                     not merge into one ``error`` series
BAR_LABEL              after a step count, a drawn bar and its       a bar's label is what the program shows
                       count, one ``name number`` (``Epoch 1/4       of its state; the bar and counts are its
                       [###--]  1/8  batch loss 0.37``) (formats)    progress, no pair
PLAIN_NAMES            a plain print's names are spelt as a pair's   ``Acc@1 19.79 Acc@5 68.75`` is the
                       (``Acc@1``, ``acc/valid``: a unit only when   same pair as ``Acc@1: 19.79``; a
                       no number follows), after an optional ``*``   bullet marks a summary line; a label
                       bullet; up to three words and a colon first   says what the pairs report
                       are a label (``test results:``) (formats);    (``test/loss``); a qualifier says which
                       a name may close with a qualifier of one or   of the quantity (which average)
                       two words (``f1-score (micro avg) 0.49``)
LABELLED_COUNT         a label and a count ``i/N`` then ``--`` or    the count says which of N the line
                       ``|`` opening a line (``Features: 3/4 --      reports, as ``Epoch 3/10`` does
                       score: 0.91``) give its step (prefixes)
PHASE_PAIR             a line of a phase word, a name and a number   a phase says the line reports a result
                       only (``Test MSE 1776.8``) is one pair         (formats; PHASES qualifies it)
COUNT_PREFIX           a count in brackets opening a line before a   the count of examples seen so far is the
                       name (``[1,000] Accuracy: 89%``) is its       line's step, as printed; the lines of the
                       step, carried to the lines under it           same report under it share it
                       (prefixes)
TABLE_RESTART          a row whose step column counts from the       a second run (another model, a refit)
                       start again, under a new header of the same   prints its own history: a table of its
                       width, starts another table (tables)          own, never the columns of the first
LABELLED_ROWS          an aligned table whose rows open with a text  the header says what a label is: a named
                       label, under a header naming a result: a      label column holds instances of one kind
                       named label column (in the header, or          (models, folds), so a column is one
                       pandas's index-name line) gives one point     series; an unnamed one holds different
                       per row under the column's name (``test/``    quantities (classes), which must never
                       for a phase label); an unnamed one            share a series (labelled)
                       ``<label>/<column>``, or ``<label>`` for a
                       one-value row; ``fold`` is a step.
METRIC_INDEX           a pandas index named                          the rows are quantities, not instances
                       ``Metric``/``Statistic``: cells
                       ``<label>/<column>``; the name over the
                       index names the columns (labelled)
TRANSPOSED_TABLE       an unnamed label column whose first row       rows are the quantities (``RMSE``),
                       names a result, under a header of other       columns the folds or inputs: each cell
                       names (``Fold 1  Fold 2  Mean``): each cell   is its own; a row of timings or counts
                       ``<row>/<column>``; timing rows give nothing  is bookkeeping (labelled)
ENTITY_ROWS            a table LABELLED_ROWS leaves: names (a        a statistics library's result is a table
                       ``5.0%``, ``Name (in us)``) over rows of a    of things (sites, terms, tests): the label
                       label and a cell per column: each number is   says which, the column what; two never
                       ``<label>/<column>`` (one row: ``<column>``); share a series; one row is one thing.
                       ``1,234.5 (2.26)`` is 1234.5; ``NaN``, an     An interval is a spread (as ``± x``), a
                       interval, a word: no value. LABELLED_PAIRS:   word a text column's value; a column of
                       ``a   mean acc 0.9`` by ``b   mean acc 0.8``  labels is such a table too (entities).
                       A label may be a tuple (``(x1, x2)``)         A pair of inputs is one thing too
DATA_TABLE             such a table of repeated labels, of files     records of a data set, statistics of its
                       (``pkg/cli.py``), cut by pandas (``...``,     columns (``describe()``) and a listing of
                       a footer), 1000+ rows, one ``count``: none    files are the input, not results
COUNT_COLUMNS          a column ``n``, ``count``, ``dof``, ``DF``    counts; a pair ``n: 42`` stays a metric
SUMMARY_PAIRS          ``label:  value`` pairs in two columns (a     a regression's summary heads its results
                       colon on one, or the line above) (summary)    so; a value of words (a date) is none
STAT_LINE              ``case: Mean +- std dev: 583 us +- 9 us`` is  the label names the case, the words the
                       ``case``; ``Time (mean ± σ): 25 ms ± 3 ms     statistic; the spread is dropped. A
                       [User: 5 ms]`` is ``Time``, ``User`` (kept)   benchmark's time is its result
UNIT_VALUE             a value then a physical unit (``0.07 eV``)    a unit says how a number is measured,
                       stands as a pair; in a plain print, a time's  never which quantity: no part of the
                       too, after every value (``mean 66.3 ms``); a  name, no prose after a value (``%``,
                       unit closing a name (``T[K]``) is none of it  ``MB`` stay: ``val acc (%)``) (units)
TAGGED_ROWS            a tag ``Word:`` opening each row of an        the tag says which program prints the
                       aligned table, under its header's blank lead  rows (an optimiser's name), as a log
                       (``BFGS:   3  0.80  0.38``), is no cell       prefix does
QUALIFIED_LABEL        a label closed by its settings in brackets    the settings say which of the quantity,
                       and one ``= value`` (``AP @[ IoU=0.50 |       as a name's words do: never pairs of
                       area= all ] = 0.38``) is one pair (formats)   their own
GLUED_PAIR             a whole line ``New effect:0.1`` (2-4 words)   no time (no name), no version (points)
MD_HEADING             a heading ``### Part : 1`` holds no pair      its number is the section's ordinal
METRIC_COLUMN          a barred table with columns ``Metric`` and    a table in long format: each row one
                       ``Value``: each row one pair                  metric, its label the task it belongs
                       ``<label>/<metric>``, the label its first     to; its version or shot count is no
                       cell (``- `` dropped), carried down when      series. A record's name says what its
                       blank (long_rows). NAMED_RECORD: ``{"name":   value is, as the Metric column does
                       "BLEU", "score": 15.1}`` is BLEU (objects)
TAGGED_STEP            a tag of a word and a number before a colon   the tag says who or where printed the
                       or comma (``rank 1: ``, ``Run: 2, ``, a       line (a worker, a run, a bar's
                       bar's ``on 8: ``), then a step prefix: the    position); the step word says its
                       step word gives the step; the tag is no pair  step, as without it
COUNT_STEP             a step word, a colon and a count ``i/N``      ``iteration: 2/100`` says which step, as
                       (``iteration: 2/100,``) is a step prefix,     ``Epoch 2/10`` does; a count is no
                       ``i`` the step, the word no metric (prefixes) value
FIRST_ROW_GAPS         an aligned row of numbers right under a        an optimiser's first row has nothing to
                       header of more names, each cell under a       compare with yet (``Cost reduction``):
                       column of its own: read by position (tables)  its blank cells are empty, not missing
CHAPTERS               an aligned header under a line of titles,     a title names the quantity its columns
                       each over a run of dashes that spans whole    give statistics of (``fitness`` over
                       columns: those columns are named              ``avg  max``): two chapters' ``avg``
                       ``<title>/<column>``; whether a column is a   never share a series, and the mean of a
                       count is told by its own name (tables). Bars  ``size`` is a measurement, not a size.
                       between runs separate titles (``| Population  A run without a title (``Gen``) heads
                       Average | Best Individual |``), and a run     no group; a bar inside a run is part of
                       may have none (chapters)                      a drawing, no separator
STACKED_HEADER         a header whose line above holds one word      one word alone names nothing printed
                       over each of its words (``average`` over      whole
                       ``loss``), or under which names stand under
                       some of its own (tabulate's ``train`` over
                       ``loss``; not a pandas index name flush
                       left): ``<top> <bottom>`` (stacked)
WRAPPED_HEADER         two or more lines of names closed by a        Rich wraps names in narrow columns,
                       rule, barred or aligned: each column its      tabulate splits them at newlines
                       parts top to bottom; a cut part
                       (``Validat…``) cuts the name; lines under a
                       row of dashes give types (polars's ``i64``)
                       (wrapped)
STEP_INDEX             a pandas index named as a step column         the index is the step; ``\\`` says the
                       (``iter`` alone under the header, flush       frame goes on below
                       left) steps the rows. WIDE_FRAME: a
                       header's trailing ``  \\`` is dropped
                       (headers, labelled)
UNIT_KEY               in an aligned table with no step column, the  pandas prints a ``Timedelta`` so: rows
                       first named column's whole amount with a unit keyed by a horizon are its values, as
                       word (``2 days``) is the row's step (frames)  an epoch column's rows are
PANDAS_INDEX           a DataFrame's index grown a digit, one space  pandas pads a column to its widest cell:
                       from the first cell (``10 12 days``), is      a wider index leaves a single space
                       parted from it (frames)
GROUPED_HEADER         rows without bars under names that bars part  a MIP solver's search log (HiGHS's,
                       in groups, under titles: cells by position;   Gurobi's): a whole count of nodes or
                       no value from a word, a unit, a name cut by   cuts is bookkeeping of the search, the
                       ``.``, a whole number >= 0 (grouped)          bounds and the gap its results
ELIDED_COLUMNS         pandas's ``...`` for hidden columns stands    a frame too wide for the terminal keeps
                       for none, in a header naming a result (a cut  its first and last columns; the hidden
                       ``df.head()`` of data stays no table)         ones are lost, never guessed
MIRROR_COLUMN          a table column equal to the row's step in     it counts what the step counts (VW's
                       every row so far (past steps 0 and 1) gives   ``example weight`` by ``example
                       no value (frames)                             counter``): no measurement
INTEGER_LABELS         in a table under a header naming a result,    a report's classes are often numbers;
                       integers set in under the header's blank      pandas's index stands flush left, and
                       lead label the rows (``3/accuracy``), as      counts the rows (tables, labelled)
                       LABELLED_ROWS' text labels do; flush left     a step column orders rows, so integers
                       they are a pandas index, which gives nothing, before it number them (tabulate's
                       as they are set in under a header holding a   ``showindex``)
                       step column
SYSLOG_LEAD            a host and a program with its process id      the record's frame, as a timestamp and
                       (``box app[41] INFO``) after a timestamp are  a level are; the message after it is
                       part of a log prefix (prefixes, formats)      read as if the line began there
GLOG_LEAD              glog/absl's record prefix (``I1205 10:00:00.1  the record's frame (level and date,
                       4242 train.py:42]``) is a log prefix          time, thread, source), as SYSLOG_LEAD's
                       (prefixes, formats)                           is
CHANNEL_LEAD           a logger's name after the level (``app:``, or  the record's frame (Logbook's
                       dotted ``app.eval``; any before a step word:  ``LEVEL: channel: message``,
                       ``INFO  trainer epoch 1/8``), before a step   logging's ``%(name)s``): the step
                       word, a plain print, a label or a heading,    word that follows is the step, the
                       is part of the log prefix (prefixes, formats) label the phase
FIELD_MARKS            ``•``, ``·``, ``─`` and ``→`` between fields   they part fields as ``|`` does
                       of a plain print are separators; words and    (colorlog's ``epoch 3/8 ─ loss 0.43 •
                       one before pairs are a label, config when     acc 80.47%``, ``test → loss 0.38``);
                       they name config (``hyper-parameters → lr     between two numbers an arrow is a
                       1.4 · seed 9``: CONFIG_MARKERS) (formats)     change (grammar's ARROW)
LOGGED_PAIR            a log record (timestamp, level) whose whole   a logger's message of one value
                       message is one ``name number``, a decimal     (``DEBUG grad norm 0.23``) is a pair;
                       number (plain.read_plain)                     an integer or a word after it is prose
BLANK_TIME             a blank run then a level in its column (``    the record is Rich's: its time column
                       INFO     Epoch 2/10 - ...``, INFO, DEBUG or   is left blank when the time repeats the
                       NOTICE) is a log prefix, as the timestamped   record above, so its own step word says
                       record's is: the step word after it gives     its step, never the carried one of the
                       the step (prefixes)                           last timestamped record
START_ASIDE            a pair in parentheses after another pair's    it says where the fit of the value
                       value, named as a start (``init``,            before it began: a setting the program
                       ``initial``, ``guess``: ``amp: 9.03 +/- 0.08  was given, not a result, as a printed
                       (0.91%) (init = 10)``), is the param          config is; an aside of another name
                       ``amp.init``, no metric (held_config)         (``(best = 0.4)``) stays a pair
PHASE_HEADING          indented lone pairs under a heading opening   ``Test results:`` says which phase the
                       with a phase word (``Test results:``, past    block reports: ``test/loss``, never the
                       a log prefix) are qualified (held_config);    training ``loss`` series. Words alone
                       so are HEADED_BLOCK rows, whose heading may   over indented rows are a heading as a
                       be words alone over indented rows (``Final    colon makes one. A heading closing
                       results``) (tables), and the pairs of a line  the line above (after a log prefix:
                       opening with them right under a line closed   ``INFO  valid result:``) says what
                       by such a heading (held_config)               the line under it reports
ASIDE_PAIR             in a plain print, one ``name number`` in       an aside adds one more value to the
                       parentheses (``(lr 1.2000)``) is a pair;      line; a count with a word (``(over 3
                       anything else in them and the line is no      seeds)``) is prose about the values; a
                       plain print (plain.read_plain); so is one     step word's aside (``(epoch 3)``) says
                       closing a line of pairs (``Best epoch: 6      when, not what; a spread (``(std 7.2)``)
                       (val_loss 0.37)``), not a step word (fields)  is dropped, as ``± 7.2`` is
COUNT_CELLS            a table cell ``i/N`` is a progress count: in  ``1/3`` under ``Epoch`` is epoch 1 of
                       a step column the row's step ``i``, else no   3; a count is never a value, nor a
                       value; it never labels a row (tables,         row's label
                       labelled). A labelled table ends at a header
                       above a row that it does not fit (labelled)
PIPE_FIELDS            in a ``|``-separated plain print, a progress   the count says how far the epoch has
                       count's field (``200/ 2983 batches``, ``rep   come, not how well; a sentence ending
                       1/4``) is skipped, so is one short word       in a step says which step the fields
                       after a field's number (a unit: ``53.2        report; a time with its unit is a field
                       min``); a field of words ending in a step     of bookkeeping; a sentence between
                       (``end of epoch 1``) gives the step (opened   fields describes the record (``valid on
                       by a phase, ``validation at step 40``, the    'valid' subset``), it holds no value
                       phase labels the fields, the step is no
                       pair), a ``time: 80.01s`` field is no pair,
                       a field of words with no number holding
                       prose or a quote is left out, the first too
                       (``| End of training | test loss 6.54``)
                       (formats). In a line opening with a bar, the  a record drawn between bars opens with
                       first field's step (``| epoch   1 |``, ``|    the step it reports, as a step prefix
                       end of epoch 1 |``) is the step, no pair      does
=====================  ===========================================  =========================================

LOOK_ALIKES (text spelt like a pair that is no metric: a version, a time, a URL, a sentence, an
arrow, Rich's log frame) are spelling: their table is in `expctl.metrics.grammar`.
"""

from __future__ import annotations

from .name_filter import NameFilter  # noqa: F401  (the user's controls: rules.NameFilter)
# The readers call these through this module: the vocabulary of names (NOT_METRIC_WORDS,
# COUNTED_PLURAL, RATE_WORDS, RESULT_WORDS, TIME_COLUMNS, STEP_COLUMNS, PROBED_POINTS); PHASES,
# MID_PHASES, PHASE_FIELD, EVENT_FIELD, ROW_LABELS, DROPPED_LABELS; HEADED_BLOCK's heading
# words, NOISE_LINE, CONFIG_MARKERS and ENVIRONMENT_BLOCK.
from .vocabulary import (is_count_column, is_counted, is_measured_bound, is_result_name,  # noqa: F401
                         is_setup_name, is_start_name, is_symbol_column, is_time_column,
                         probed_columns, step_column_rank)
from .phases import (bracketed_phase, event_phase, group_name, label_name, leading_label,  # noqa: F401
                     line_phase, opens_count, phase_at, phase_marks, phase_of, phased, qualify, row_name,
                     under_heading)
from .line_kinds import (CONFIG_WORDS, RESULT_HEADING_WORDS, heading_kind,  # noqa: F401
                         is_done_mark_report, is_noise_line, under_environment)
