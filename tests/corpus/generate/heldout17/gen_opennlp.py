"""HELD-OUT fixture (seventeenth half, see generate/heldout17/README.md): do not read while tuning
the parser.

Named-entity recognition in Java with Apache OpenNLP (Debian's ``libapache-opennlp-java``,
2.1, under OpenJDK 17): maximum-entropy name finders (``NameFinderME.train``, GIS, 30
iterations) trained on 300 generated sentences with ``<START:person> ... <END>`` spans (seeded
``java.util.Random``; person names share words with places and months, so the task is not
trivial), one with a feature cutoff of 1 and one of 3, each evaluated on the same 100
held-out sentences (``TokenNameFinderEvaluator``), the program printing each evaluation's
``FMeasure`` (its ``toString``: ``Precision: 0.8518518518518519``, ``Recall: ...``,
``F-Measure: ...``, at full precision).

Truth: the evaluators' ``FMeasure`` objects, written to JSON by the same Java process:
``getPrecisionScore``, ``getRecallScore``, ``getFMeasure`` as ``Precision``, ``Recall``,
``F-Measure`` (two evaluations, unstepped). Judgement: the trainers run with ``PrintMessages``
off. OpenNLP's default training log prints a line per iteration (``  2:  ...
loglikelihood=-1531.3689128234837	0.94``, the training log likelihood and accuracy), but
OpenNLP 2.1 keeps those values in no object it returns and hands them to no listener, so they
could have no truth; the quiet trainer is what a user runs to keep the log short. (A 5-fold
``TokenNameFinderCrossValidator`` was tried and failed: OpenNLP 2.1 found too little data in
a fold of this stream.)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT17, Truth, main

JAR = "/usr/share/java/opennlp-tools.jar"

SOURCE = r"""
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import opennlp.tools.namefind.*;
import opennlp.tools.util.*;
import opennlp.tools.util.eval.FMeasure;

public class Ner {
  static final String[] FIRST = {"John", "Mary", "Paris", "April", "Sofia", "Jordan", "Anna", "Raj"};
  static final String[] LAST = {"Smith", "Garcia", "Chen", "London", "Novak", "Kim", "Rossi", "May"};
  static final String[] PLACES = {"Paris", "Jordan", "London", "Sofia", "Berlin"};
  static final String[] MONTHS = {"April", "May", "June"};
  static final String[] VERBS = {"met", "called", "visited", "left", "praised"};
  static final String[] OTHER = {"the", "team", "yesterday", "in", "town", "after", "lunch", "again"};

  static String pick(Random r, String[] a) { return a[r.nextInt(a.length)]; }

  static String sentence(Random r) {
    StringBuilder b = new StringBuilder();
    if (r.nextInt(4) == 0) b.append("In ").append(pick(r, MONTHS)).append(' ');
    b.append("<START:person> ").append(pick(r, FIRST));
    if (r.nextBoolean()) b.append(' ').append(pick(r, LAST));
    b.append(" <END> ").append(pick(r, VERBS)).append(' ');
    switch (r.nextInt(3)) {
      case 0: b.append("<START:person> ").append(pick(r, FIRST)).append(" <END> "); break;
      case 1: b.append(pick(r, PLACES)).append(' '); break;
      default: b.append(pick(r, OTHER)).append(' ');
    }
    for (int i = 0; i < 2; i++) b.append(pick(r, OTHER)).append(' ');
    return b.append('.').toString();
  }

  static ObjectStream<NameSample> samples(List<String> lines) {
    return new NameSampleDataStream(
        ObjectStreamUtils.createObjectStream(lines.toArray(new String[0])));
  }

  static String json(FMeasure f) {
    return String.format(Locale.ROOT, "{\"precision\": %.17g, \"recall\": %.17g, \"f\": %.17g}",
        f.getPrecisionScore(), f.getRecallScore(), f.getFMeasure());
  }

  public static void main(String[] args) throws Exception {
    Random r = new Random(7);
    List<String> train = new ArrayList<>(), test = new ArrayList<>();
    for (int i = 0; i < 300; i++) train.add(sentence(r));
    for (int i = 0; i < 100; i++) test.add(sentence(r));
    List<String> out = new ArrayList<>();
    for (int cutoff : new int[] {1, 3}) {
      TrainingParameters p = TrainingParameters.defaultParams();
      p.put(TrainingParameters.ITERATIONS_PARAM, 30);
      p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
      p.put("PrintMessages", false);
      TokenNameFinderModel model = NameFinderME.train("en", null, samples(train), p,
                                                      new TokenNameFinderFactory());
      TokenNameFinderEvaluator ev = new TokenNameFinderEvaluator(new NameFinderME(model));
      ev.evaluate(samples(test));
      System.out.println(ev.getFMeasure());
      out.add(json(ev.getFMeasure()));
    }
    Files.write(Paths.get(System.getenv("OPENNLP_RECORD")),
        ("[" + String.join(", ", out) + "]").getBytes(StandardCharsets.UTF_8));
  }
}
"""


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="opennlp-"))
    (work / "Ner.java").write_text(SOURCE)
    subprocess.run(["javac", "-cp", JAR, "-d", str(work), str(work / "Ner.java")], check=True)
    record = work / "record.json"
    subprocess.run(["java", "-cp", f"{JAR}:{work}", "Ner"], check=True,
                   env={**os.environ, "OPENNLP_RECORD": str(record)})
    truth = Truth()
    for f in json.loads(record.read_text()):
        truth.add(Precision=f["precision"], Recall=f["recall"], **{"F-Measure": f["f"]})
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr
    truth.write("Apache OpenNLP 2.1.0 (Debian) under " + java.splitlines()[0] + ": the "
                "evaluators' FMeasure objects (precision, recall, F-measure), two models; written to JSON by the same Java process",
                libraries=(), params=None, rel=1e-12, abs_tol=0.0)  # full precision


if __name__ == "__main__":
    main(__file__, {"opennlp": run}, root=HELDOUT17)
