"""HELD-OUT fixture (twenty-seventh half, see generate/heldout27/README.md): do not read while
tuning the parser.

Flux balance analysis with COBRApy (PyPI ``cobra``) on the E. coli core model it ships
(``load_model("textbook")``): the model's ``summary()`` printed (``Objective`` block ``1.0
Biomass_Ecoli_core = 0.8739...``, then ``Uptake`` and ``Secretion`` tables ``Metabolite Reaction
Flux C-Number C-Flux``), the summary of the metabolite ``atp_c`` (its formula, then ``Producing
Reactions`` and ``Consuming Reactions`` tables ``Percent Flux Reaction Definition``), then the
same model made anaerobic (the oxygen exchange's lower bound set to 0) and its summary printed
again. cobra prints no fluxes below the model's tolerance.

Truth, from the summary objects (``uptake_flux``, ``secretion_flux``, ``producing_flux``,
``consuming_flux`` frames and the optimised objective), the rows the printer keeps (|flux| at
least the tolerance): per condition (``aerobic/``, ``anaerobic/``) ``Objective/<reaction>`` and,
per row, ``Uptake/<metabolite>/Flux``, ``Uptake/<metabolite>/C-Flux`` (``Secretion/`` alike);
``C-Flux`` is the carbon share the printer computes (|flux| x carbon atoms over the table's
total, in percent), computed the same way from the model's metabolite formulas; ``C-Number``
(an atom count) optional. The metabolite summary's rows as ``atp_c/Producing
Reactions/<reaction>/Percent`` and ``.../Flux`` (``Consuming Reactions`` alike), percent in
percent.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT27, Truth, main


def run() -> None:
    from cobra.io import load_model

    truth = Truth()
    model = load_model("textbook")

    def model_summary(condition):
        summary = model.summary()
        print(summary)
        tol = model.tolerance
        for reaction in summary._objective:
            truth.add(**{f"{condition}/Objective/{reaction.id}": summary._objective_value})
        for section, frame in (("Uptake", summary.uptake_flux),
                               ("Secretion", summary.secretion_flux)):
            rows = frame.loc[frame["flux"].abs() >= tol]
            carbons = [model.metabolites.get_by_id(m).elements.get("C", 0)
                       for m in rows["metabolite"]]
            c_flux = [c * abs(f) for c, f in zip(carbons, rows["flux"])]
            total = sum(c_flux)
            for met, flux, c, cf in zip(rows["metabolite"], rows["flux"], carbons, c_flux):
                share = 100 * cf / total if total > 0 else 0.0
                truth.add(**{f"{condition}/{section}/{met}/Flux": flux,
                             f"{condition}/{section}/{met}/C-Flux": share})
                truth.allow(**{f"{condition}/{section}/{met}/C-Number": c})

    model_summary("aerobic")
    met = model.metabolites.get_by_id("atp_c")
    summary = met.summary()
    print(summary)
    for section, frame in (("Producing Reactions", summary.producing_flux),
                           ("Consuming Reactions", summary.consuming_flux)):
        rows = frame.loc[frame["flux"].abs() >= model.tolerance]
        for reaction, row in rows.iterrows():
            truth.add(**{f"atp_c/{section}/{reaction}/Percent": 100 * row["percent"],
                         f"atp_c/{section}/{reaction}/Flux": row["flux"]})
    model.reactions.get_by_id("EX_o2_e").lower_bound = 0.0
    model_summary("anaerobic")
    truth.write("cobra: the summaries' uptake/secretion/producing/consuming flux frames and the "
                "objective value; C-Flux computed as the printer does from the formulas",
                libraries=("cobra", "optlang", "pandas"), rel=5e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"cobra": run}, root=HELDOUT27)
