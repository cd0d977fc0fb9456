"""HELD-OUT fixture (ninth half, see generate/heldout9/README.md): do not read while tuning the
parser.

Document classification with NLTK in the style of the NLTK book's chapter 6: word-presence
features (``contains(word)``), a ``NaiveBayesClassifier`` evaluated with
``nltk.classify.accuracy``, its ``show_most_informative_features`` (likelihood ratios of
features, ``pos : neg = 8.3 : 1.0``), per-label precision, recall and F-measure from
``nltk.metrics`` over reference and test sets, then two ``MaxentClassifier``s (GIS and IIS)
trained with NLTK's default trace, which prints ``==> Training (15 iterations)`` and a table
``Iteration  Log Likelihood  Accuracy`` with a ``Final`` row, each followed by its test
accuracy, and a closing summary. The reviews are made up from seeded word lists (NLTK's
``movie_reviews`` would need a download): positive and negative words mixed with neutral ones
and some noise.

Truth: NaiveBayes' and the maxent models' ``nltk.classify.accuracy`` and ``nltk.metrics``'s
``precision``/``recall``/``f_measure`` as the script computes them (named as printed: ``naive
bayes accuracy``, ``pos precision``, ...); the maxent tables: thin wrappers around the
``log_likelihood`` and ``accuracy`` functions that NLTK's maxent trainer calls for each row
record what they return: ``Log Likelihood`` and ``Accuracy`` at the printed ``Iteration``, the
``Final`` row with no step. The informative features' ratios are in neither map (feature
statistics, not metrics); ``Iteration`` optional; the training settings are params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT9, Truth, main

POSITIVE = ("great wonderful superb moving brilliant charming delightful touching fun "
            "memorable gripping beautiful").split()
NEGATIVE = ("boring awful dull tedious clumsy predictable bland forgettable messy weak "
            "annoying lifeless").split()
NEUTRAL = ("film movie plot actor director scene story script music camera ending character "
           "cast dialogue minutes screen sequel studio hour audience").split()
SETTINGS = {"documents": 600, "test_fraction": 0.25, "max_iter": 15, "seed": 17}


def review(rng, label):
    own, other = (POSITIVE, NEGATIVE) if label == "pos" else (NEGATIVE, POSITIVE)
    words = [rng.choice(NEUTRAL) for _ in range(rng.randint(20, 40))]
    words += [rng.choice(own) for _ in range(rng.randint(1, 4))]
    words += [rng.choice(other) for _ in range(rng.randint(0, 2))]
    rng.shuffle(words)
    return words


def features(words):
    present = set(words)
    return {f"contains({w})": (w in present) for w in POSITIVE + NEGATIVE + NEUTRAL}


def run() -> None:
    import collections
    import random

    import nltk
    import nltk.classify.maxent as maxent
    from nltk.metrics import f_measure, precision, recall

    truth = Truth()
    rng = random.Random(SETTINGS["seed"])
    print("settings: " + " ".join(f"{k}={v}" for k, v in SETTINGS.items()), flush=True)
    docs = [(review(rng, label), label)
            for label in ("pos", "neg") for _ in range(SETTINGS["documents"] // 2)]
    rng.shuffle(docs)
    featuresets = [(features(words), label) for words, label in docs]
    cut = int(len(featuresets) * (1 - SETTINGS["test_fraction"]))
    train_set, test_set = featuresets[:cut], featuresets[cut:]
    print(f"train: {len(train_set)} documents, test: {len(test_set)} documents", flush=True)

    def report(name, classifier):
        acc = nltk.classify.accuracy(classifier, test_set)
        print(f"{name} accuracy: {acc:.4f}")
        truth.add(**{f"{name} accuracy": acc})
        refsets, testsets = collections.defaultdict(set), collections.defaultdict(set)
        for i, (feats, label) in enumerate(test_set):
            refsets[label].add(i)
            testsets[classifier.classify(feats)].add(i)
        for label in ("pos", "neg"):
            p = precision(refsets[label], testsets[label])
            r = recall(refsets[label], testsets[label])
            f = f_measure(refsets[label], testsets[label])
            print(f"{label} precision: {p:.4f}")
            print(f"{label} recall: {r:.4f}")
            print(f"{label} F-measure: {f:.4f}")
            truth.add(**{f"{label} precision": p, f"{label} recall": r,
                         f"{label} F-measure": f})
        sys.stdout.flush()
        return acc

    nb = nltk.NaiveBayesClassifier.train(train_set)
    results = {"naive bayes": report("naive bayes", nb)}
    nb.show_most_informative_features(8)
    sys.stdout.flush()

    rows = []
    log_likelihood, accuracy = maxent.log_likelihood, maxent.accuracy

    def recording_log_likelihood(classifier, toks):
        value = log_likelihood(classifier, toks)
        rows.append([value])
        return value

    def recording_accuracy(classifier, toks):
        value = accuracy(classifier, toks)
        rows[-1].append(value)
        return value

    maxent.log_likelihood, maxent.accuracy = recording_log_likelihood, recording_accuracy
    for algorithm in ("GIS", "IIS"):
        print(f"\nTraining MaxentClassifier with {algorithm}", flush=True)
        rows.clear()
        classifier = nltk.MaxentClassifier.train(train_set, algorithm=algorithm,
                                                 max_iter=SETTINGS["max_iter"])
        sys.stdout.flush()
        for i, (ll, acc) in enumerate(rows):
            final = i == len(rows) - 1
            truth.add(None if final else i + 1, **{"Log Likelihood": ll, "Accuracy": acc})
            if not final:
                truth.allow(Iteration=i + 1)
        name = f"maxent {algorithm.lower()}"
        results[name] = report(name, classifier)
    maxent.log_likelihood, maxent.accuracy = log_likelihood, accuracy

    best = max(results, key=results.get)
    print(f"\nbest classifier: {best} (test accuracy {results[best]:.4f})", flush=True)
    truth.add(**{"test accuracy": results[best]})
    truth.write("nltk.classify.accuracy and nltk.metrics precision/recall/f_measure as the "
                "script computed them; maxent tables from wrappers of the log_likelihood and "
                "accuracy functions the trainer calls per row (at Iteration, Final no step); "
                "settings = params",
                libraries=("nltk",), params=SETTINGS,
                rel=1e-9, abs_tol=5.1e-4)  # accuracy 3 decimals, ll 5


if __name__ == "__main__":
    main(__file__, {"nltk": run}, root=HELDOUT9)
