"""The one compiled piece: expctl.metrics._scan, the candidate-line scan (see its source).

Optional: without a C compiler the install goes on and the pure-Python scan in
expctl/metrics/parser.py is used; it finds the same metrics, more slowly.
"""

from setuptools import Extension, setup

setup(ext_modules=[
    Extension("expctl.metrics._scan", ["expctl/metrics/_scan.c"], optional=True),
    # expctl.record._deathsig: prctl(PR_SET_PDEATHSIG) for the wrapped command (see expctl/record/childio.py).
    Extension("expctl.record._deathsig", ["expctl/record/_deathsig.c"], optional=True),
])
