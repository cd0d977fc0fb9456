"""Recording a run: spawning the command, passing its output through byte for byte, digesting
that output into metric points, and writing the run to the store as it goes.

`recorder.py` conducts an `expctl run`; `runner.py` spawns the child and pumps its output;
`childio.py` connects its streams; `handoff.py` and `digest.py` turn output into points off the
pumping thread; `logs.py` keeps the output under its cap; `sidechannel.py` takes exact metrics
from `expctl.log`; `procs.py` is process identity; `rerun.py` runs a recorded command again.
"""
