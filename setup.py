"""The compiled pieces: expctl.metrics._scan, the candidate-line scan; expctl.record._pump,
the output pump's read-and-echo (on a relay thread of its own, or one call at a time when no
thread can be started: expctl/record/relay.py); expctl.store._columns, the range of a metric's new values;
expctl.transfer._metrics_json, export lines from the stored rows (see their sources).

Optional: without a C compiler the install goes on and the pure-Python scan in
expctl/metrics/parser.py, the os.read/os.write pump in expctl/record/runner.py, min/max in
expctl/store/rows.py, sqlite3's executes in expctl/store/sqlite_import.py and the binascii
path of expctl/transfer/export.py are used; they do the same, more slowly.
"""

from setuptools import Extension, setup

setup(ext_modules=[
    Extension("expctl.metrics._scan", ["expctl/metrics/_scan.c"], optional=True),
    # expctl.capture._forms: the distinct line forms of a block of output (expctl/capture/redact.py).
    Extension("expctl.capture._forms", ["expctl/capture/_forms.c"], optional=True),
    # expctl.record._deathsig: prctl(PR_SET_PDEATHSIG) for the wrapped command (see expctl/record/childio.py).
    Extension("expctl.record._deathsig", ["expctl/record/_deathsig.c"], optional=True),
    # expctl.record._guard: once the command ended, exit with its code should the interpreter
    # hang (expctl/record/recorder.py, `_guard_the_end`).
    Extension("expctl.record._guard", ["expctl/record/_guard.c"], optional=True),
    # expctl.record._pump: read and echo the child's output without the GIL (expctl/record/runner.py);
    # its relay does so on a thread of its own (expctl/record/relay.py).
    Extension("expctl.record._pump", ["expctl/record/_pump.c", "expctl/record/_relay.c"],
              depends=["expctl/record/_pump.h"], optional=True),
    # expctl.store._columns: min and max of a flush's new points (expctl/store/rows.py).
    Extension("expctl.store._columns", ["expctl/store/_columns.c"], optional=True),
    # expctl.store._bulk_insert: import's rows bound and stepped through SQLite's C API, on the
    # store's own sqlite3 connection (expctl/store/sqlite_import.py).
    Extension("expctl.store._bulk_insert", ["expctl/store/_bulk_insert.c"], libraries=["sqlite3"],
              optional=True),
    # expctl.transfer._metrics_json: an export line's metrics, base64 of the stored chunk rows
    # (expctl/transfer/export.py).
    # Its run_lines: a batch of runs' whole export lines from the rows the store read for them,
    # some tables read from the store by SQLite's C API (the library Python's sqlite3 uses).
    # Its listing_lines: `list -f json`'s lines of a batch of runs, read so too (render/listing.py);
    # its listing_csv: `list -f csv`'s rows so (render/listing_csv.py).
    Extension("expctl.transfer._metrics_json",
              ["expctl/transfer/_metrics_json.c", "expctl/transfer/_run_lines.c",
               "expctl/transfer/_db_lines.c", "expctl/transfer/_float_repr.c",
               "expctl/transfer/_listing_lines.c", "expctl/transfer/_listing_csv.c"],
              depends=["expctl/transfer/_metrics_json.h"], libraries=["sqlite3"], optional=True),
])
