"""HELD-OUT fixture (twenty-sixth half, see generate/heldout26/README.md): do not read while
tuning the parser.

Community detection with Infomap (PyPI ``infomap``, its Python API with ``silent=False``, which
prints the same run log as the command-line program), seeded: a 60-node undirected network with
five planted groups (links inside a group with probability 0.35, between groups 0.05), then a
directed version of a 48-node, four-group network, each searched for a two-level partition
in four trials (``two_level=True, seed=26, num_trials=4``). Infomap prints its banner and
options, ``Network``/``Flow``/``Threads`` sections (counts and settings), per trial ``Trial 1/4
started ...``, ``- Two-level 21.11%, 0% -> codelength 4.374703548, 4 modules`` and ``Done trial
1/4 in 0.00025s | codelength 4.374703548``, then ``Summary after 4 trials`` (a ``Trial
Codelength Top modules Best`` table, ``Codelength min/avg/max a / b / c``, ``One-level
codelength``, ``Best codelength``, ``Relative savings 21.11%``, counts) and a ``Levels`` table
(``Level Modules Leaves Avg children Module bits Leaf bits Total bits``, rows 1, 2, ``Total``).

Truth: the per-trial codelengths Infomap records in its ``trial_results`` JSON file (written by
the same run) as ``codelength`` at the trial number the lines state (from 1; the ``Done trial``
line, the optimisation line and the summary row show the same state, listed once); their
minimum, mean and maximum as ``Codelength min``, ``Codelength avg``, ``Codelength max``; the
returned ``Result``'s ``one_level_codelength``, ``codelength`` and
``relative_codelength_savings`` (in percent) as ``One-level codelength``, ``Best codelength``,
``Relative savings``; the level table's bits from the same result (level 1: ``Module bits`` =
``index_codelength``, level 2: ``Leaf bits`` = ``module_codelength``, the other two cells 0;
``Total bits`` per row; the ``Total`` row sums them) as ``<level>/<column>``. Optional: module,
leaf, node, link and trial-top-module counts, average degree and children, flow sums, thread
counts, times (the average degree is twice the links over the nodes, directed or not). On a
terminal Infomap draws each trial's optimisation line live (``\r`` redraws, ``working…
codelength 5.747507035 · 3 modules``, dim ANSI labels); those intermediate codelengths are kept
in no record: no truth. Each trial's two optimisation percentages (the savings after the first phase
and the further gain) are kept in no result: no truth.
"""

import json
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT26, Truth, main


def _links(n, group, p_in, p_out, directed, rng):
    pairs = []
    for u in range(n):
        for v in range(n) if directed else range(u + 1, n):
            if u != v and rng.random() < (p_in if u // group == v // group else p_out):
                pairs.append((u, v))
    return pairs


def run() -> None:
    import infomap

    rng = random.Random(26)
    work = Path(tempfile.mkdtemp(prefix="infomap-"))
    truth = Truth()
    for k, (n, group, p_in, p_out, directed) in enumerate(((60, 12, 0.35, 0.05, False),
                                                            (48, 12, 0.3, 0.04, True))):
        trials_file = work / f"trials{k}.json"
        im = infomap.Infomap(silent=False, two_level=True, seed=26, num_trials=4,
                             directed=directed,
                             trial_results=str(trials_file))
        for u, v in _links(n, group, p_in, p_out, directed, rng):
            im.add_link(u, v)
        result = im.run()
        sys.stdout.flush()
        trials = json.loads(trials_file.read_text())["trials"]
        lengths = [t["codelength"] for t in trials]
        for t in trials:
            truth.add(at=t["trial"] + 1, codelength=t["codelength"])
            truth.allow(**{"Top modules": t["num_top_modules"], "time": t["time_s"]})
        truth.add(**{"Codelength min": min(lengths), "Codelength avg": sum(lengths) / len(lengths),
                     "Codelength max": max(lengths),
                     "One-level codelength": result.one_level_codelength,
                     "Best codelength": result.codelength,
                     "Relative savings": 100 * result.relative_codelength_savings})
        index, module = result.index_codelength, result.module_codelength
        truth.add(**{"1/Module bits": index, "1/Leaf bits": 0.0, "1/Total bits": index,
                     "2/Module bits": 0.0, "2/Leaf bits": module, "2/Total bits": module,
                     "Total/Module bits": index, "Total/Leaf bits": module,
                     "Total/Total bits": index + module})
        truth.allow(**{"Nodes": result.num_nodes, "Links": result.num_links,
                       "Top modules": result.num_top_modules, "Levels": result.num_levels,
                       "Average degree": 2 * result.num_links / result.num_nodes,
                       "1/Modules": result.num_top_modules, "2/Leaves": result.num_nodes,
                       "Total/Modules": result.num_top_modules, "Total/Leaves": result.num_nodes,
                       "1/Avg children": result.num_top_modules,
                       "2/Avg children": result.num_nodes / result.num_top_modules,
                       "Node flow sum": 1, "Link flow sum": 1})
    truth.write("Infomap: the trial_results JSON the run writes (per-trial codelength) and the "
                "Result run() returns (one_level_codelength, codelength, "
                "relative_codelength_savings, index_codelength, module_codelength, counts)",
                libraries=("infomap",), rel=1e-6, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"infomap": run}, root=HELDOUT26)
