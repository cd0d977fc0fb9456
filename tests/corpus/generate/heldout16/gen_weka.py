"""HELD-OUT fixture (sixteenth half, see generate/heldout16/README.md): do not read while tuning
the parser.

Classifiers evaluated in Java with Weka (Debian's ``weka`` 3.6, its ``weka.jar`` used as a
library by a small Java program compiled with the machine's JDK): the UCI wine data (written by
the script as ARFF from scikit-learn's copy), 10-fold cross-validation (``Evaluation.
crossValidateModel`` with ``Random(1)``) of ``J48``, ``NaiveBayes`` and ``Logistic``, each
printed with Weka's own ``toSummaryString`` (``Correctly Classified Instances  167  93.8202
%``, ``Kappa statistic  0.9058``, ``Mean absolute error``, ``Root mean squared error``,
``Relative absolute error  11.0723 %``, ``Root relative squared error``, ``Total Number of
Instances``) and, for J48, ``toClassDetailsString`` (``=== Detailed Accuracy By Class ===``: a
``TP Rate FP Rate Precision Recall F-Measure ROC Area Class`` table, one row per class, the
class name last, and ``Weighted Avg.``).

Truth: the ``Evaluation`` objects' getters, written to JSON by the same Java process:
``pctCorrect`` (``Correctly Classified Instances``), ``pctIncorrect``, ``kappa``,
``meanAbsoluteError``, ``rootMeanSquaredError``, ``relativeAbsoluteError``,
``rootRelativeSquaredError`` (the percent ones in percent, as printed), and per class
``<class>/<column>`` from ``truePositiveRate``, ``falsePositiveRate``, ``precision``,
``recall``, ``fMeasure``, ``areaUnderROC`` (``Weighted Avg./...`` from the ``weighted...``
getters). Optional: the instance counts (``correct``, ``incorrect``, ``numInstances``), named
by their line. Judgement: a summary line holding a count and a percentage gives the
percentage to the line's name and the count is optional; the three classifiers are unstepped,
sharing names; a class-details row is named by its class, printed last.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT16, Truth, main

WEKA_JAR = "/usr/share/java/weka.jar"

JAVA = r"""
import java.io.*;
import java.util.*;
import weka.core.Instances;
import weka.classifiers.*;
import weka.classifiers.trees.J48;
import weka.classifiers.bayes.NaiveBayes;
import weka.classifiers.functions.Logistic;

public class Eval {
  static String num(double v) { return Double.isNaN(v) ? "null" : Double.toString(v); }

  public static void main(String[] args) throws Exception {
    Instances data = new Instances(new BufferedReader(new FileReader(args[0])));
    data.setClassIndex(data.numAttributes() - 1);
    Classifier[] models = { new J48(), new NaiveBayes(), new Logistic() };
    StringBuilder json = new StringBuilder("{\"models\": [");
    for (int m = 0; m < models.length; m++) {
      Evaluation ev = new Evaluation(data);
      ev.crossValidateModel(models[m], data, 10, new Random(1));
      String name = models[m].getClass().getSimpleName();
      System.out.println(ev.toSummaryString("\n=== " + name + ": 10-fold cross-validation ===\n", false));
      if (m == 0) System.out.println(ev.toClassDetailsString());
      json.append(m > 0 ? "," : "").append("{\"name\": \"").append(name).append("\"")
          .append(", \"pctCorrect\": ").append(num(ev.pctCorrect()))
          .append(", \"pctIncorrect\": ").append(num(ev.pctIncorrect()))
          .append(", \"correct\": ").append(num(ev.correct()))
          .append(", \"incorrect\": ").append(num(ev.incorrect()))
          .append(", \"kappa\": ").append(num(ev.kappa()))
          .append(", \"mae\": ").append(num(ev.meanAbsoluteError()))
          .append(", \"rmse\": ").append(num(ev.rootMeanSquaredError()))
          .append(", \"rae\": ").append(num(ev.relativeAbsoluteError()))
          .append(", \"rrse\": ").append(num(ev.rootRelativeSquaredError()))
          .append(", \"n\": ").append(num(ev.numInstances()))
          .append(", \"classes\": [");
      for (int c = 0; c < data.numClasses(); c++) {
        json.append(c > 0 ? "," : "").append("{\"name\": \"").append(data.classAttribute().value(c)).append("\"")
            .append(", \"tp\": ").append(num(ev.truePositiveRate(c)))
            .append(", \"fp\": ").append(num(ev.falsePositiveRate(c)))
            .append(", \"precision\": ").append(num(ev.precision(c)))
            .append(", \"recall\": ").append(num(ev.recall(c)))
            .append(", \"f\": ").append(num(ev.fMeasure(c)))
            .append(", \"roc\": ").append(num(ev.areaUnderROC(c))).append("}");
      }
      json.append("], \"weighted\": {\"tp\": ").append(num(ev.weightedTruePositiveRate()))
          .append(", \"fp\": ").append(num(ev.weightedFalsePositiveRate()))
          .append(", \"precision\": ").append(num(ev.weightedPrecision()))
          .append(", \"recall\": ").append(num(ev.weightedRecall()))
          .append(", \"f\": ").append(num(ev.weightedFMeasure()))
          .append(", \"roc\": ").append(num(ev.weightedAreaUnderROC())).append("}}");
    }
    json.append("]}");
    try (Writer w = new FileWriter(System.getenv("WEKA_RECORD"))) { w.write(json.toString()); }
  }
}
"""

COLUMNS = (("tp", "TP Rate"), ("fp", "FP Rate"), ("precision", "Precision"),
           ("recall", "Recall"), ("f", "F-Measure"), ("roc", "ROC Area"))


def write_arff(path: Path) -> None:
    from sklearn.datasets import load_wine

    data = load_wine()
    lines = ["@relation wine", ""]
    lines += [f"@attribute {name} numeric" for name in data.feature_names]
    lines += ["@attribute class {class_0,class_1,class_2}", "", "@data"]
    for row, target in zip(data.data, data.target):
        lines.append(",".join(f"{v:g}" for v in row) + f",class_{target}")
    path.write_text("\n".join(lines) + "\n")


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="weka-"))
    write_arff(work / "wine.arff")
    (work / "Eval.java").write_text(JAVA)
    subprocess.run(["javac", "-nowarn", "-cp", WEKA_JAR, "Eval.java"], check=True, cwd=work,
                   stderr=subprocess.DEVNULL)  # the compiler's notes are no part of the run
    record = work / "record.json"
    subprocess.run(["java", "-cp", f"{WEKA_JAR}:{work}", "Eval", str(work / "wine.arff")],
                   check=True, cwd=work, env={**os.environ, "WEKA_RECORD": str(record)})
    out = json.loads(record.read_text())
    truth = Truth()
    for m in out["models"]:
        truth.add(**{"Correctly Classified Instances": m["pctCorrect"],
                     "Incorrectly Classified Instances": m["pctIncorrect"],
                     "Kappa statistic": m["kappa"], "Mean absolute error": m["mae"],
                     "Root mean squared error": m["rmse"],
                     "Relative absolute error": m["rae"],
                     "Root relative squared error": m["rrse"]})
        truth.allow(**{"Correctly Classified Instances": m["correct"],
                       "Incorrectly Classified Instances": m["incorrect"],
                       "Total Number of Instances": m["n"]})
        if m["name"] == "J48":
            for c in m["classes"]:
                truth.add(**{f"{c['name']}/{col}": c[key] for key, col in COLUMNS})
            truth.add(**{f"Weighted Avg./{col}": m["weighted"][key] for key, col in COLUMNS})
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr
    truth.write(f"Weka 3.6 (Debian weka.jar) under {java.splitlines()[0]}: the Evaluation "
                "objects' getters after 10-fold crossValidateModel, written to JSON by the "
                "same Java process; the per-class details of J48 as <class>/<column>; the "
                "instance counts optional; unstepped", libraries=("scikit-learn",),
                params=None, rel=5e-4, abs_tol=5e-4)  # 3-4 decimals


if __name__ == "__main__":
    main(__file__, {"weka": run}, root=HELDOUT16)
